"""Generic (shallow and deep) copying operations (CPython's copy).

copy(x) and deepcopy(x, memo=None) as CPython 3.11's Lib/copy.py, step for
step: the builtin containers, immutable values returned as they are, the
instances of user classes made with cls.__new__(cls) and given a copy of
their attributes (deepcopy: a deep one), __copy__ and __deepcopy__
honoured, a list or dict subclass's items appended or set through its own
methods, and deepcopy's memo (keyed by id(), as user __deepcopy__ methods
expect) keeping shared and cyclic references. The exact type of a value,
and cls.__new__(cls), come from the private module _copy (C in the
runtime: src/runtime/rt_copy.c).

Differences from CPython, because of what the compiler offers so far:
- there is no pickling protocol: __reduce_ex__, __reduce__,
  __getstate__ and __setstate__ are not called, and copyreg's dispatch
  table does not exist; an instance's state is its attributes (__dict__);
- an iterator (which CPython copies through its __reduce__) raises
  TypeError "cannot pickle '...' object", as a generator does in CPython;
- a bound method is returned as it is by both (CPython's deepcopy binds
  the function to a deep copy of its instance);
- slice objects are returned as they are by deepcopy (CPython rebuilds
  them from deep copies of start, stop and step, which are ints or None in
  practice).
"""

import _copy

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error   # backward compatibility


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    kind = _copy.kind(x)
    if kind == "atomic" or kind == "tuple" or kind == "frozenset":
        return x
    if kind == "list" or kind == "dict" or kind == "set" or kind == "bytearray":
        return x.copy()
    if kind == "other":
        raise TypeError(f"cannot pickle '{type(x).__name__}' object")
    cls = type(x)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None)


_nil = []  # deepcopy's "not in the memo" (a default value in CPython)


def deepcopy(x, memo=None):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    kind = _copy.kind(x)
    if kind == "atomic":
        y = x
    elif kind == "list":
        y = _deepcopy_list(x, memo)
    elif kind == "tuple":
        y = _deepcopy_tuple(x, memo)
    elif kind == "dict":
        y = _deepcopy_dict(x, memo)
    elif kind == "other":
        raise TypeError(f"cannot pickle '{type(x).__name__}' object")
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        elif kind == "set" or kind == "frozenset" or kind == "bytearray":
            # their __reduce_ex__: (type(x), (list(x) or bytes(x),), None)
            y = _reconstruct_builtin(x, memo, kind)
        else:
            y = _reconstruct(x, memo)
    # If is its own copy, don't memoize.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)  # Make sure x lives at least as long as d
    return y


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    for a in x:
        y.append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(a, memo) for a in x]
    # We're not going to put the tuple in the memo, but it's still important we
    # check for it, in case the tuple contains recursive mutable structures.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            y = tuple(y)
            break
    else:
        y = x
    return y


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _keep_alive(x, memo):
    """Keeps a reference to the object x in the memo.

    Because we remember objects by their id, we have
    to assure that possibly temporary objects are kept
    alive by referencing them.
    We store a reference at the id of the memo, which should
    normally not be used unless someone tries to deepcopy
    the memo itself...
    """
    try:
        memo[id(memo)].append(x)
    except KeyError:
        # aha, this is the first one :-)
        memo[id(memo)] = [x]


def _reconstruct_builtin(x, memo, kind):
    # set, frozenset, bytearray: rebuilt from a deep copy of their items
    if kind == "bytearray":
        y = bytearray(deepcopy(bytes(x), memo))
    else:
        items = deepcopy(list(x), memo)
        y = set(items) if kind == "set" else frozenset(items)
    memo[id(x)] = y
    return y


def _slot_values(x):
    """The slots of x that are set, by name (copyreg._slotnames)."""
    values = {}
    for klass in type(x).__mro__:
        names = getattr(klass, "__slots__", ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name not in ("__dict__", "__weakref__") and name not in values and hasattr(x, name):
                values[name] = getattr(x, name)
    return values


def _reconstruct(x, memo):
    # copy.py's _reconstruct for what object.__reduce_ex__(4) gives of an
    # instance: (copyreg.__newobj__, (cls,), x.__dict__ or None,
    # iter(x) for a list subclass, iter(x.items()) for a dict subclass);
    # an exception's BaseException.__reduce__: (cls, x.args, x.__dict__)
    deep = memo is not None
    kind = _copy.kind(x)
    if kind == "exception":
        args = x.args
        if deep and args:
            args = deepcopy(args, memo)
        y = type(x)(*args)
    else:
        y = _copy.new(x)
    if deep:
        memo[id(x)] = y
    try:
        state = x.__dict__
    except AttributeError:  # a class with __slots__: its slots' values (copyreg's state)
        state = None
        for name, value in _slot_values(x).items():
            setattr(y, name, deepcopy(value, memo) if deep else value)
    if state:
        if deep:
            state = deepcopy(state, memo)
        y.__dict__.update(state)
    if isinstance(x, list):
        if deep:
            for item in x:
                item = deepcopy(item, memo)
                y.append(item)
        else:
            for item in x:
                y.append(item)
    elif isinstance(x, dict):
        if deep:
            for key, value in x.items():
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in x.items():
                y[key] = value
    return y
