"""Utilities for with-statement contexts (CPython's contextlib).

Written in the language itself, after CPython's contextlib.py: the
contextmanager decorator (a generator function as a context manager),
suppress, closing, nullcontext, ExitStack and ContextDecorator, and the
asynchronous forms: asynccontextmanager, aclosing, AsyncExitStack.
Differences from CPython, because of what the compiler offers so far:
- no redirect_stdout / redirect_stderr / chdir: sys.stdout cannot be
  replaced and a module has no working directory of its own;
- a context manager made by contextmanager() is not reusable as a
  decorator of a method bound to an instance (it decorates functions).
"""

__all__ = ["contextmanager", "suppress", "closing", "nullcontext",
           "ExitStack", "ContextDecorator", "AbstractContextManager",
           "asynccontextmanager", "aclosing", "AsyncExitStack",
           "AbstractAsyncContextManager"]


class AbstractContextManager:
    """A base whose __enter__ returns self; __exit__ must be defined."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None


class ContextDecorator:
    """A base class that lets a context manager also be a decorator:
    the decorated function runs inside the context."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        inner.__name__ = func.__name__
        inner.__qualname__ = func.__qualname__
        inner.__wrapped__ = func
        return inner


class _GeneratorContextManager(ContextDecorator):
    """What contextmanager() returns: the generator runs up to its yield on
    __enter__, and on to its end (or gets the exception thrown in) on
    __exit__."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds

    def _recreate_cm(self):
        return self.__class__(self.func, self.args, self.kwds)

    def __enter__(self):
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            else:
                raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            # the generator caught the exception and returned: suppressed,
            # unless what stopped it is the exception passed in
            return exc is not value
        except RuntimeError as exc:
            # a StopIteration raised in the body comes back as a
            # RuntimeError (PEP 479) whose cause is that StopIteration
            if exc is value:
                return False
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                return False
            raise
        except BaseException as exc:
            # the exception passed in, raised again: not suppressed (the
            # with statement re-raises it); any other goes on from here
            if exc is not value:
                raise
            return False
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """@contextmanager decorator: a generator function that yields once
    becomes a factory of context managers; what it yields is the value of
    `with ... as x`, and the code after the yield runs on leaving."""

    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)

    helper.__name__ = func.__name__
    helper.__qualname__ = func.__qualname__
    helper.__wrapped__ = func
    return helper


class suppress(AbstractContextManager):
    """Suppresses the listed exceptions in the body of a with statement;
    the statement after the with statement runs next."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        return None

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class closing(AbstractContextManager):
    """Calls thing.close() on leaving the with statement."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class nullcontext(AbstractContextManager):
    """A context manager that does nothing; `with nullcontext(x) as y`
    gives y = x."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


class _BaseExitStack:
    """What ExitStack and AsyncExitStack share: the stack of callbacks,
    each (is_async, callback), left in reverse order."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """A new stack holding this one's callbacks (this one empty)."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        """Registers an __exit__-like callable (or an object's __exit__)."""
        if hasattr(exit, "__exit__"):
            cm = exit
            self._exit_callbacks.append((False, lambda t, v, tb: cm.__exit__(t, v, tb)))
        else:
            self._exit_callbacks.append((False, exit))
        return exit

    def enter_context(self, cm):
        """Enters cm and registers its __exit__; returns what __enter__ gave."""
        if not hasattr(cm, "__enter__") or not hasattr(cm, "__exit__"):
            raise TypeError("'" + type(cm).__name__ + "' object does not support the context manager protocol")
        result = cm.__enter__()
        self._exit_callbacks.append((False, lambda t, v, tb: cm.__exit__(t, v, tb)))
        return result

    def callback(self, callback, *args, **kwds):
        """Registers callback(*args, **kwds), called on leaving (it never
        suppresses an exception)."""
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        self._exit_callbacks.append((False, _exit_wrapper))
        return callback


class ExitStack(_BaseExitStack, AbstractContextManager):
    """A stack of context managers and callbacks, left in reverse order
    when the with statement ends (each sees the exception the later ones
    left, and may suppress it)."""

    def close(self):
        self.__exit__(None, None, None)

    def __exit__(self, exc_type, exc_value, traceback):
        received = exc_type is not None
        pending = exc_value
        suppressed = False
        while self._exit_callbacks:
            is_async, cb = self._exit_callbacks.pop()
            try:
                if pending is None:
                    handled = cb(None, None, None)
                else:
                    handled = cb(type(pending), pending, None)
                if handled:
                    suppressed = True
                    pending = None
            except BaseException as new_exc:
                pending = new_exc
                suppressed = False
        if pending is not None and pending is not exc_value:
            raise pending
        return received and suppressed


# ---- the asynchronous forms ----

class AbstractAsyncContextManager:
    """A base whose __aenter__ returns self; __aexit__ must be defined."""

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc_value, traceback):
        return None


class _AsyncGeneratorContextManager(AbstractAsyncContextManager):
    """What asynccontextmanager() returns: the asynchronous generator runs
    up to its yield on __aenter__, and on to its end (or gets the exception
    thrown in) on __aexit__."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds

    async def __aenter__(self):
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await anext(self.gen)
            except StopAsyncIteration:
                return False
            else:
                raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(value)
        except StopAsyncIteration as exc:
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                return False
            if isinstance(value, (StopIteration, StopAsyncIteration)) and exc.__cause__ is value:
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            return False
        raise RuntimeError("generator didn't stop after athrow()")


def asynccontextmanager(func):
    """@asynccontextmanager decorator: an asynchronous generator function
    that yields once becomes a factory of asynchronous context managers
    (`async with`)."""

    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)

    helper.__name__ = func.__name__
    helper.__qualname__ = func.__qualname__
    helper.__wrapped__ = func
    return helper


class aclosing(AbstractAsyncContextManager):
    """Awaits thing.aclose() on leaving the async with statement."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """ExitStack for async with: asynchronous context managers and
    callbacks too, left in reverse order."""

    def push_async_exit(self, exit):
        """Registers an __aexit__-like coroutine function."""
        if hasattr(exit, "__aexit__"):
            cm = exit
            self._exit_callbacks.append((True, lambda t, v, tb: cm.__aexit__(t, v, tb)))
        else:
            self._exit_callbacks.append((True, exit))
        return exit

    async def enter_async_context(self, cm):
        """Enters cm (async with) and registers its __aexit__."""
        if not hasattr(cm, "__aenter__") or not hasattr(cm, "__aexit__"):
            raise TypeError("'" + type(cm).__name__ +
                            "' object does not support the asynchronous context manager protocol")
        result = await cm.__aenter__()
        self._exit_callbacks.append((True, lambda t, v, tb: cm.__aexit__(t, v, tb)))
        return result

    def push_async_callback(self, callback, *args, **kwds):
        """Registers the coroutine function callback(*args, **kwds),
        awaited on leaving."""
        async def _exit_wrapper(exc_type, exc, tb):
            await callback(*args, **kwds)
        self._exit_callbacks.append((True, _exit_wrapper))
        return callback

    async def aclose(self):
        await self.__aexit__(None, None, None)

    async def __aexit__(self, exc_type, exc_value, traceback):
        received = exc_type is not None
        pending = exc_value
        suppressed = False
        while self._exit_callbacks:
            is_async, cb = self._exit_callbacks.pop()
            try:
                if pending is None:
                    args = (None, None, None)
                else:
                    args = (type(pending), pending, None)
                if is_async:
                    handled = await cb(*args)
                else:
                    handled = cb(*args)
                if handled:
                    suppressed = True
                    pending = None
            except BaseException as new_exc:
                pending = new_exc
                suppressed = False
        if pending is not None and pending is not exc_value:
            raise pending
        return received and suppressed
