from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, ContextDecorator


@contextmanager
def tag(name):
    print("<" + name + ">")
    try:
        yield name.upper()
    finally:
        print("</" + name + ">")


with tag("b") as t:
    print("inside", t)

try:
    with tag("i"):
        raise ValueError("boom")
except ValueError as err:
    print("went on:", err)


@contextmanager
def swallow(kind):
    try:
        yield
    except kind as err:
        print("swallowed", type(err).__name__, err)


with swallow(KeyError):
    {}["missing"]
print("after swallow")

try:
    with swallow(KeyError):
        [][1]
except IndexError as err:
    print("not swallowed:", err)


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as err:
    print("RuntimeError:", err)


@contextmanager
def twice():
    yield 1
    yield 2


try:
    with twice():
        pass
except RuntimeError as err:
    print("RuntimeError:", err)


@tag("decorated")
def work(n):
    print("working", n)
    return n * 2


print(work(3), work(4), work.__name__ if hasattr(work, "__name__") else "")

with suppress(ZeroDivisionError, KeyError):
    print("before")
    1 / 0
    print("not here")
print("suppressed")


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closed", self.name)


with closing(Resource("db")) as r:
    print("using", r.name)

with nullcontext(42) as v:
    print("null", v)


class Named:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, typ, value, tb):
        print("exit", self.name, typ.__name__ if typ else None)
        return self.name == "stopper"


with ExitStack() as stack:
    names = [stack.enter_context(Named(n)) for n in ("one", "two")]
    stack.callback(print, "callback", "ran")
    print("entered", names)

with ExitStack() as stack:
    stack.enter_context(Named("stopper"))
    stack.enter_context(Named("inner"))
    raise KeyError("stopped")
print("after stack")


class Logged(ContextDecorator):
    def __enter__(self):
        print("start")
        return self

    def __exit__(self, *exc):
        print("end")
        return False


@Logged()
def task():
    print("task body")


task()


# ---- the asynchronous forms ----
import asyncio
from contextlib import asynccontextmanager, aclosing, AsyncExitStack, nullcontext


@asynccontextmanager
async def opened(name, log):
    log.append("open " + name)
    await asyncio.sleep(0)
    try:
        yield name.upper()
    except KeyError:
        log.append("handled KeyError in " + name)
    finally:
        log.append("close " + name)


async def numbers():
    try:
        for n in range(10):
            yield n
    finally:
        print("numbers closed")


class AsyncResource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print("enter", self.name)
        return self

    async def __aexit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False


async def main():
    log = []
    async with opened("a", log) as value:
        log.append("body " + value)
    async with opened("b", log):
        raise KeyError("swallowed")
    try:
        async with opened("c", log):
            raise ValueError("kept")
    except ValueError as error:
        log.append("caught " + str(error))
    print(log)
    print(opened.__name__)

    async with aclosing(numbers()) as gen:
        async for n in gen:
            if n == 2:
                break
    async with nullcontext(42) as v:
        print("nullcontext gave", v)

    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(AsyncResource("first"))
        stack.enter_context(nullcontext())
        stack.callback(print, "sync callback")

        async def later(what):
            print("async callback", what)

        stack.push_async_callback(later, "x")
        b = await stack.enter_async_context(AsyncResource("second"))
        print("inside", a.name, b.name)
    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(AsyncResource("third"))
            raise RuntimeError("boom")
    except RuntimeError as error:
        print("stack re-raised", error)


asyncio.run(main())
