"""Higher-order functions and operations on callable objects (CPython's functools).

Written in the language itself, after CPython's pure-Python functools.py.
Differences from CPython, because of what the compiler offers so far:
- functions have no settable attributes (__doc__, __wrapped__ ...): when
  __name__ or __qualname__ is to be assigned, update_wrapper() and wraps()
  return a copy of a function wrapper named as the wrapped function, and
  otherwise copy only the attributes the wrapper accepts;
- the repr of a partial shows repr(func), which for a function differs
  from CPython's address anyway.
"""

import _functools

__all__ = ["update_wrapper", "wraps", "WRAPPER_ASSIGNMENTS", "WRAPPER_UPDATES",
           "total_ordering", "cache", "cmp_to_key", "lru_cache", "reduce",
           "partial", "cached_property"]

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__",
                       "__annotations__")
WRAPPER_UPDATES = ("__dict__",)

_NOTHING = object()


# ---------------------------------------------------------------- update_wrapper, wraps

def update_wrapper(wrapper, wrapped, assigned=None, updated=None):
    """Update a wrapper function to look like the wrapped function.

    Each attribute the wrapper cannot take is skipped.
    """
    if assigned is None:
        assigned = WRAPPER_ASSIGNMENTS
    if updated is None:
        updated = WRAPPER_UPDATES
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            continue
        try:
            setattr(wrapper, attr, value)
        except AttributeError:
            pass
    for attr in updated:
        try:
            getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
        except AttributeError:
            pass
    try:
        wrapper.__wrapped__ = wrapped
    except AttributeError:
        pass
    if "__name__" in assigned or "__qualname__" in assigned:
        wrapper = _functools.renamed(wrapper, wrapped)
    return wrapper


class _Wraps:
    # what wraps() returns: a decorator applying update_wrapper
    def __init__(self, wrapped, assigned, updated):
        self.wrapped = wrapped
        self.assigned = assigned
        self.updated = updated

    def __call__(self, wrapper):
        return update_wrapper(wrapper, self.wrapped, self.assigned, self.updated)


def wraps(wrapped, assigned=None, updated=None):
    """Decorator factory to apply update_wrapper() to a wrapper function."""
    return _Wraps(wrapped, assigned, updated)


# ---------------------------------------------------------------- total_ordering

def _gt_from_lt(self, other):
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result and self != other


def _le_from_lt(self, other):
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result or self == other


def _ge_from_lt(self, other):
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result


def _ge_from_le(self, other):
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result or self == other


def _lt_from_le(self, other):
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result and self != other


def _gt_from_le(self, other):
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result


def _lt_from_gt(self, other):
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result and self != other


def _ge_from_gt(self, other):
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result or self == other


def _le_from_gt(self, other):
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result


def _le_from_ge(self, other):
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result or self == other


def _gt_from_ge(self, other):
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result and self != other


def _lt_from_ge(self, other):
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result


_convert = {
    "__lt__": [("__gt__", _gt_from_lt), ("__le__", _le_from_lt), ("__ge__", _ge_from_lt)],
    "__le__": [("__ge__", _ge_from_le), ("__lt__", _lt_from_le), ("__gt__", _gt_from_le)],
    "__gt__": [("__lt__", _lt_from_gt), ("__ge__", _ge_from_gt), ("__le__", _le_from_gt)],
    "__ge__": [("__le__", _le_from_ge), ("__gt__", _gt_from_ge), ("__lt__", _lt_from_ge)],
}


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods."""
    roots = set()
    for op in _convert:
        if getattr(cls, op, None) is not getattr(object, op, None):
            roots.add(op)
    if not roots:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = max(roots)       # prefer __lt__ to __le__ to __gt__ to __ge__
    for opname, opfunc in _convert[root]:
        if opname not in roots:
            setattr(cls, opname, opfunc)
    return cls


# ---------------------------------------------------------------- cmp_to_key

class KeyWrapper:
    # CPython's functools.KeyWrapper: cmp_to_key(cmp) is one, and calling it
    # wraps an object in another, which compares with cmp.
    def __init__(self, cmp, obj=None):
        self.cmp = cmp
        self.obj = obj

    def __call__(self, obj):
        return KeyWrapper(self.cmp, obj)

    def _other(self, other):
        if not isinstance(other, KeyWrapper):
            raise TypeError("other argument must be K instance")
        return other.obj

    def __lt__(self, other):
        return self.cmp(self.obj, self._other(other)) < 0

    def __gt__(self, other):
        return self.cmp(self.obj, self._other(other)) > 0

    def __eq__(self, other):
        return self.cmp(self.obj, self._other(other)) == 0

    def __ne__(self, other):
        return self.cmp(self.obj, self._other(other)) != 0

    def __le__(self, other):
        return self.cmp(self.obj, self._other(other)) <= 0

    def __ge__(self, other):
        return self.cmp(self.obj, self._other(other)) >= 0

    def __hash__(self):
        raise TypeError("unhashable type: 'functools.KeyWrapper'")


def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function."""
    return KeyWrapper(mycmp)


# ---------------------------------------------------------------- reduce

def reduce(function, sequence, *args):
    """reduce(function, iterable[, initial]) -> value

    Apply a function of two arguments cumulatively to the items of a sequence
    or iterable, from left to right, so as to reduce the iterable to a single
    value.
    """
    if len(args) > 1:
        raise TypeError("reduce expected at most 3 arguments, got " + str(len(args) + 2))
    try:
        it = iter(sequence)
    except TypeError:
        raise TypeError("reduce() arg 2 must support iteration") from None
    if args:
        value = args[0]
    else:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    for element in it:
        value = function(value, element)
    return value


# ---------------------------------------------------------------- partial

class partial:
    """New function with partial application of the given arguments and keywords."""

    def __init__(self, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func = args[0]
        args = args[1:]
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = tuple(args)
        self.keywords = keywords

    def __call__(self, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        parts = [repr(self.func)]
        for x in self.args:
            parts.append(repr(x))
        for k in self.keywords:
            parts.append(str(k) + "=" + repr(self.keywords[k]))
        return "functools.partial(" + ", ".join(parts) + ")"


# ---------------------------------------------------------------- lru_cache, cache

class CacheInfo:
    # CPython's namedtuple CacheInfo(hits, misses, maxsize, currsize)
    def __init__(self, hits, misses, maxsize, currsize):
        self.hits = hits
        self.misses = misses
        self.maxsize = maxsize
        self.currsize = currsize

    def _astuple(self):
        return (self.hits, self.misses, self.maxsize, self.currsize)

    def __repr__(self):
        return ("CacheInfo(hits=" + repr(self.hits) + ", misses=" + repr(self.misses)
                + ", maxsize=" + repr(self.maxsize) + ", currsize=" + repr(self.currsize) + ")")

    def __iter__(self):
        return iter(self._astuple())

    def __len__(self):
        return 4

    def __getitem__(self, index):
        return self._astuple()[index]

    def __eq__(self, other):
        if isinstance(other, CacheInfo):
            return self._astuple() == other._astuple()
        return self._astuple() == other

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(self._astuple())


_CacheInfo = CacheInfo
_kwd_mark = object()


def _make_key(args, kwds, typed):
    # As CPython's: a lone int or str argument is its own key (so f(1) and
    # f(1.0) are two entries, but f(1.0) and f(True) one).
    if not kwds and not typed and len(args) == 1:
        first = args[0]
        if type(first) is int or type(first) is str:
            return first
    key = args
    if kwds:
        key += (_kwd_mark,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple([type(v) for v in args])
        if kwds:
            key += tuple([type(v) for v in kwds.values()])
    return key


class _lru_cache_wrapper:
    # the callable an lru_cache decorator returns
    def __init__(self, user_function, maxsize, typed):
        self.__wrapped__ = user_function
        self.maxsize = maxsize
        self.typed = typed
        self.cache = {}
        self.hits = 0
        self.misses = 0

    def __call__(self, *args, **kwds):
        maxsize = self.maxsize
        if maxsize == 0:
            self.misses += 1
            return self.__wrapped__(*args, **kwds)
        key = _make_key(args, kwds, self.typed)
        cache = self.cache
        result = cache.get(key, _NOTHING)
        if result is not _NOTHING:
            if maxsize is not None:
                # the most recently used entry goes last
                del cache[key]
                cache[key] = result
            self.hits += 1
            return result
        self.misses += 1
        result = self.__wrapped__(*args, **kwds)
        if key in cache:
            # the call itself cached it (a recursive call): keep that entry
            return result
        if maxsize is not None and len(cache) >= maxsize:
            del cache[next(iter(cache))]
        cache[key] = result
        return result

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return partial(self, obj)

    def cache_info(self):
        """Report cache statistics"""
        return CacheInfo(self.hits, self.misses, self.maxsize, len(self.cache))

    def cache_clear(self):
        """Clear the cache and cache statistics"""
        self.cache.clear()
        self.hits = 0
        self.misses = 0

    def cache_parameters(self):
        return {"maxsize": self.maxsize, "typed": self.typed}


class _LruDecorator:
    # what lru_cache(maxsize, typed) returns
    def __init__(self, maxsize, typed):
        self.maxsize = maxsize
        self.typed = typed

    def __call__(self, user_function):
        return _lru_cache_wrapper(user_function, self.maxsize, self.typed)


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator.

    @lru_cache, @lru_cache(maxsize=None) and @lru_cache(32, typed=True) as
    in CPython; the wrapper has cache_info(), cache_clear() and
    cache_parameters().
    """
    if isinstance(maxsize, int):
        # negative maxsize is treated as 0
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # the user_function was passed in directly via the maxsize argument
        return _lru_cache_wrapper(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")
    return _LruDecorator(maxsize, typed)


def cache(user_function):
    """Simple lightweight unbounded cache.  Sometimes called "memoize"."""
    return _lru_cache_wrapper(user_function, None, False)


# ---------------------------------------------------------------- cached_property

_NOT_FOUND = object()


class cached_property:
    """A method computed once per instance, then kept as an ordinary
    attribute of the instance (CPython's: a non-data descriptor writing
    the instance's __dict__; del obj.name computes it again)."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r})."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        cache = instance.__dict__
        val = cache.get(self.attrname, _NOT_FOUND)
        if val is _NOT_FOUND:
            val = self.func(instance)
            cache[self.attrname] = val
        return val
