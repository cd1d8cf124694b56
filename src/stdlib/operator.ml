"""Operators as functions (CPython's operator module).

Written in the language itself, after CPython's pure-Python operator.py.
Differences from CPython, because of what the compiler offers so far:
- matmul / imatmul are left out (the '@' operator is not supported yet);
- length_hint is left out (iterators have no __length_hint__ here);
- a module-level name shadows the builtin of that name even in code that
  runs before the def (CPython reads the builtin there), so abs() is written
  without the builtin: ints, floats (math.fabs) and objects with __abs__;
- getattr() does not return the methods of builtin types, and a method of
  a builtin type cannot be called with *args or keywords when the object's
  type is only known at run time: methodcaller calls the methods of str,
  bytes, list, tuple, dict, set, int and float through a table of their
  names and positional arities (keywords for sort, split, rsplit,
  splitlines and dict.update), and any method of a user class; what the
  compiler cannot call that way yet is written out here (split with a None
  separator, splitlines(keepends), list and tuple count and index,
  int.bit_length); the methods the compiler lacks altogether (casefold,
  translate ...) raise its AttributeError;
  attrgetter reads attributes of user objects (and modules), not the data
  attributes of builtin types (int.real ...).
"""

import math as _math

__all__ = ["abs", "add", "and_", "attrgetter", "call", "concat", "contains", "countOf",
           "delitem", "eq", "floordiv", "ge", "getitem", "gt", "iadd", "iand",
           "iconcat", "ifloordiv", "ilshift", "imod", "imul", "index",
           "indexOf", "inv", "invert", "ior", "ipow", "irshift", "is_",
           "is_not", "isub", "itemgetter", "itruediv", "ixor", "le",
           "lshift", "lt", "methodcaller", "mod", "mul", "ne", "neg", "not_",
           "or_", "pos", "pow", "rshift", "setitem", "sub", "truediv", "truth",
           "xor"]


# ---------------------------------------------------------------- comparisons

def lt(a, b):
    "Same as a < b."
    return a < b


def le(a, b):
    "Same as a <= b."
    return a <= b


def eq(a, b):
    "Same as a == b."
    return a == b


def ne(a, b):
    "Same as a != b."
    return a != b


def ge(a, b):
    "Same as a >= b."
    return a >= b


def gt(a, b):
    "Same as a > b."
    return a > b


# ---------------------------------------------------------------- logical

def not_(a):
    "Same as not a."
    return not a


def truth(a):
    "Return True if a is true, False otherwise."
    return True if a else False


def is_(a, b):
    "Same as a is b."
    return a is b


def is_not(a, b):
    "Same as a is not b."
    return a is not b


# ---------------------------------------------------------------- arithmetic and bitwise

def abs(a):
    "Same as abs(a)."
    if isinstance(a, float):
        return _math.fabs(a)
    if isinstance(a, int):
        return -a if a < 0 else +a
    if hasattr(a, "__abs__"):
        return a.__abs__()
    raise TypeError("bad operand type for abs(): '" + type(a).__name__ + "'")


def add(a, b):
    "Same as a + b."
    return a + b


def and_(a, b):
    "Same as a & b."
    return a & b


def floordiv(a, b):
    "Same as a // b."
    return a // b


def index(a):
    "Same as a.__index__()."
    if isinstance(a, int):
        return int(a)
    if hasattr(a, "__index__"):
        result = a.__index__()
        if not isinstance(result, int):
            raise TypeError("__index__ returned non-int (type " + type(result).__name__ + ")")
        return result
    raise TypeError("'" + type(a).__name__ + "' object cannot be interpreted as an integer")


def inv(a):
    "Same as ~a."
    return ~a


invert = inv


def lshift(a, b):
    "Same as a << b."
    return a << b


def mod(a, b):
    "Same as a % b."
    return a % b


def mul(a, b):
    "Same as a * b."
    return a * b


def neg(a):
    "Same as -a."
    return -a


def or_(a, b):
    "Same as a | b."
    return a | b


def pos(a):
    "Same as +a."
    return +a


def pow(a, b):
    "Same as a ** b."
    return a ** b


def rshift(a, b):
    "Same as a >> b."
    return a >> b


def sub(a, b):
    "Same as a - b."
    return a - b


def truediv(a, b):
    "Same as a / b."
    return a / b


def xor(a, b):
    "Same as a ^ b."
    return a ^ b


# ---------------------------------------------------------------- sequences

def concat(a, b):
    "Same as a + b, for a and b sequences."
    if not hasattr(a, "__getitem__"):
        raise TypeError("'" + type(a).__name__ + "' object can't be concatenated")
    return a + b


def contains(a, b):
    "Same as b in a (note reversed operands)."
    return b in a


def countOf(a, b):
    "Return the number of items in a which are, or which equal, b."
    count = 0
    for i in a:
        if i is b or i == b:
            count += 1
    return count


def delitem(a, b):
    "Same as del a[b]."
    del a[b]


def getitem(a, b):
    "Same as a[b]."
    return a[b]


def indexOf(a, b):
    "Return the first index of b in a."
    i = 0
    for j in a:
        if j is b or j == b:
            return i
        i += 1
    raise ValueError("sequence.index(x): x not in sequence")


def setitem(a, b, c):
    "Same as a[b] = c."
    a[b] = c


def call(obj, *args, **kwargs):
    "Same as obj(*args, **kwargs)."
    return obj(*args, **kwargs)


# ---------------------------------------------------------------- in-place

def iadd(a, b):
    "Same as a += b."
    a += b
    return a


def iand(a, b):
    "Same as a &= b."
    a &= b
    return a


def iconcat(a, b):
    "Same as a += b, for a and b sequences."
    if not hasattr(a, "__getitem__"):
        raise TypeError("'" + type(a).__name__ + "' object can't be concatenated")
    a += b
    return a


def ifloordiv(a, b):
    "Same as a //= b."
    a //= b
    return a


def ilshift(a, b):
    "Same as a <<= b."
    a <<= b
    return a


def imod(a, b):
    "Same as a %= b."
    a %= b
    return a


def imul(a, b):
    "Same as a *= b."
    a *= b
    return a


def ior(a, b):
    "Same as a |= b."
    a |= b
    return a


def ipow(a, b):
    "Same as a **= b."
    a **= b
    return a


def irshift(a, b):
    "Same as a >>= b."
    a >>= b
    return a


def isub(a, b):
    "Same as a -= b."
    a -= b
    return a


def itruediv(a, b):
    "Same as a /= b."
    a /= b
    return a


def ixor(a, b):
    "Same as a ^= b."
    a ^= b
    return a


# ---------------------------------------------------------------- itemgetter, attrgetter

class itemgetter:
    """Return a callable object that fetches the given item(s) from its operand.

    After f = itemgetter(2), the call f(r) returns r[2].
    After g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])
    """

    def __init__(self, *items):
        if not items:
            raise TypeError("itemgetter expected 1 argument, got 0")
        self._items = items
        self._single = len(items) == 1

    def __call__(self, obj):
        if self._single:
            return obj[self._items[0]]
        return tuple([obj[i] for i in self._items])

    def __repr__(self):
        return "operator.itemgetter(" + ", ".join([repr(i) for i in self._items]) + ")"


def _resolve_attr(obj, names):
    for name in names:
        obj = getattr(obj, name)
    return obj


class attrgetter:
    """Return a callable object that fetches the given attribute(s) from its operand.

    After f = attrgetter('name'), the call f(r) returns r.name.
    After g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).
    After h = attrgetter('name.first', 'name.last'), the call h(r) returns
    (r.name.first, r.name.last).
    """

    def __init__(self, *attrs):
        if not attrs:
            raise TypeError("attrgetter expected 1 argument, got 0")
        for attr in attrs:
            if not isinstance(attr, str):
                raise TypeError("attribute name must be a string")
        self._attrs = attrs
        self._paths = [attr.split(".") for attr in attrs]

    def __call__(self, obj):
        if len(self._paths) == 1:
            return _resolve_attr(obj, self._paths[0])
        return tuple([_resolve_attr(obj, path) for path in self._paths])

    def __repr__(self):
        return "operator.attrgetter(" + ", ".join([repr(a) for a in self._attrs]) + ")"


# ---------------------------------------------------------------- methodcaller

# The methods of the builtin types by (name, number of positional arguments).
_METHODS = {
    ("add", 1): lambda o, a: o.add(a[0]),
    ("append", 1): lambda o, a: o.append(a[0]),
    ("as_integer_ratio", 0): lambda o, a: o.as_integer_ratio(),
    ("bit_count", 0): lambda o, a: o.bit_count(),
    ("bit_length", 0): lambda o, a: o.bit_length(),
    ("capitalize", 0): lambda o, a: o.capitalize(),
    ("casefold", 0): lambda o, a: o.casefold(),
    ("center", 1): lambda o, a: o.center(a[0]),
    ("center", 2): lambda o, a: o.center(a[0], a[1]),
    ("clear", 0): lambda o, a: o.clear(),
    ("conjugate", 0): lambda o, a: o.conjugate(),
    ("copy", 0): lambda o, a: o.copy(),
    ("count", 1): lambda o, a: o.count(a[0]),
    ("count", 2): lambda o, a: o.count(a[0], a[1]),
    ("count", 3): lambda o, a: o.count(a[0], a[1], a[2]),
    ("decode", 0): lambda o, a: o.decode(),
    ("decode", 1): lambda o, a: o.decode(a[0]),
    ("decode", 2): lambda o, a: o.decode(a[0], a[1]),
    ("difference", 0): lambda o, a: o.difference(),
    ("difference", 1): lambda o, a: o.difference(a[0]),
    ("difference", 2): lambda o, a: o.difference(a[0], a[1]),
    ("difference", 3): lambda o, a: o.difference(a[0], a[1], a[2]),
    ("difference_update", 0): lambda o, a: o.difference_update(),
    ("difference_update", 1): lambda o, a: o.difference_update(a[0]),
    ("difference_update", 2): lambda o, a: o.difference_update(a[0], a[1]),
    ("difference_update", 3): lambda o, a: o.difference_update(a[0], a[1], a[2]),
    ("discard", 1): lambda o, a: o.discard(a[0]),
    ("encode", 0): lambda o, a: o.encode(),
    ("encode", 1): lambda o, a: o.encode(a[0]),
    ("encode", 2): lambda o, a: o.encode(a[0], a[1]),
    ("endswith", 1): lambda o, a: o.endswith(a[0]),
    ("endswith", 2): lambda o, a: o.endswith(a[0], a[1]),
    ("endswith", 3): lambda o, a: o.endswith(a[0], a[1], a[2]),
    ("expandtabs", 0): lambda o, a: o.expandtabs(),
    ("expandtabs", 1): lambda o, a: o.expandtabs(a[0]),
    ("extend", 1): lambda o, a: o.extend(a[0]),
    ("find", 1): lambda o, a: o.find(a[0]),
    ("find", 2): lambda o, a: o.find(a[0], a[1]),
    ("find", 3): lambda o, a: o.find(a[0], a[1], a[2]),
    ("format", 0): lambda o, a: o.format(),
    ("format", 1): lambda o, a: o.format(a[0]),
    ("format", 2): lambda o, a: o.format(a[0], a[1]),
    ("format", 3): lambda o, a: o.format(a[0], a[1], a[2]),
    ("format_map", 1): lambda o, a: o.format_map(a[0]),
    ("get", 1): lambda o, a: o.get(a[0]),
    ("get", 2): lambda o, a: o.get(a[0], a[1]),
    ("hex", 0): lambda o, a: o.hex(),
    ("hex", 1): lambda o, a: o.hex(a[0]),
    ("hex", 2): lambda o, a: o.hex(a[0], a[1]),
    ("index", 1): lambda o, a: o.index(a[0]),
    ("index", 2): lambda o, a: o.index(a[0], a[1]),
    ("index", 3): lambda o, a: o.index(a[0], a[1], a[2]),
    ("insert", 2): lambda o, a: o.insert(a[0], a[1]),
    ("intersection", 0): lambda o, a: o.intersection(),
    ("intersection", 1): lambda o, a: o.intersection(a[0]),
    ("intersection", 2): lambda o, a: o.intersection(a[0], a[1]),
    ("intersection", 3): lambda o, a: o.intersection(a[0], a[1], a[2]),
    ("intersection_update", 0): lambda o, a: o.intersection_update(),
    ("intersection_update", 1): lambda o, a: o.intersection_update(a[0]),
    ("intersection_update", 2): lambda o, a: o.intersection_update(a[0], a[1]),
    ("intersection_update", 3): lambda o, a: o.intersection_update(a[0], a[1], a[2]),
    ("is_integer", 0): lambda o, a: o.is_integer(),
    ("isalnum", 0): lambda o, a: o.isalnum(),
    ("isalpha", 0): lambda o, a: o.isalpha(),
    ("isascii", 0): lambda o, a: o.isascii(),
    ("isdecimal", 0): lambda o, a: o.isdecimal(),
    ("isdigit", 0): lambda o, a: o.isdigit(),
    ("isdisjoint", 1): lambda o, a: o.isdisjoint(a[0]),
    ("isidentifier", 0): lambda o, a: o.isidentifier(),
    ("islower", 0): lambda o, a: o.islower(),
    ("isnumeric", 0): lambda o, a: o.isnumeric(),
    ("isprintable", 0): lambda o, a: o.isprintable(),
    ("isspace", 0): lambda o, a: o.isspace(),
    ("issubset", 1): lambda o, a: o.issubset(a[0]),
    ("issuperset", 1): lambda o, a: o.issuperset(a[0]),
    ("istitle", 0): lambda o, a: o.istitle(),
    ("isupper", 0): lambda o, a: o.isupper(),
    ("items", 0): lambda o, a: o.items(),
    ("join", 1): lambda o, a: o.join(a[0]),
    ("keys", 0): lambda o, a: o.keys(),
    ("ljust", 1): lambda o, a: o.ljust(a[0]),
    ("ljust", 2): lambda o, a: o.ljust(a[0], a[1]),
    ("lower", 0): lambda o, a: o.lower(),
    ("lstrip", 0): lambda o, a: o.lstrip(),
    ("lstrip", 1): lambda o, a: o.lstrip(a[0]),
    ("partition", 1): lambda o, a: o.partition(a[0]),
    ("pop", 0): lambda o, a: o.pop(),
    ("pop", 1): lambda o, a: o.pop(a[0]),
    ("pop", 2): lambda o, a: o.pop(a[0], a[1]),
    ("popitem", 0): lambda o, a: o.popitem(),
    ("remove", 1): lambda o, a: o.remove(a[0]),
    ("removeprefix", 1): lambda o, a: o.removeprefix(a[0]),
    ("removesuffix", 1): lambda o, a: o.removesuffix(a[0]),
    ("replace", 2): lambda o, a: o.replace(a[0], a[1]),
    ("replace", 3): lambda o, a: o.replace(a[0], a[1], a[2]),
    ("reverse", 0): lambda o, a: o.reverse(),
    ("rfind", 1): lambda o, a: o.rfind(a[0]),
    ("rfind", 2): lambda o, a: o.rfind(a[0], a[1]),
    ("rfind", 3): lambda o, a: o.rfind(a[0], a[1], a[2]),
    ("rindex", 1): lambda o, a: o.rindex(a[0]),
    ("rindex", 2): lambda o, a: o.rindex(a[0], a[1]),
    ("rindex", 3): lambda o, a: o.rindex(a[0], a[1], a[2]),
    ("rjust", 1): lambda o, a: o.rjust(a[0]),
    ("rjust", 2): lambda o, a: o.rjust(a[0], a[1]),
    ("rpartition", 1): lambda o, a: o.rpartition(a[0]),
    ("rstrip", 0): lambda o, a: o.rstrip(),
    ("rstrip", 1): lambda o, a: o.rstrip(a[0]),
    ("setdefault", 1): lambda o, a: o.setdefault(a[0]),
    ("setdefault", 2): lambda o, a: o.setdefault(a[0], a[1]),
    ("sort", 0): lambda o, a: o.sort(),
    ("splitlines", 0): lambda o, a: o.splitlines(),
    ("startswith", 1): lambda o, a: o.startswith(a[0]),
    ("startswith", 2): lambda o, a: o.startswith(a[0], a[1]),
    ("startswith", 3): lambda o, a: o.startswith(a[0], a[1], a[2]),
    ("strip", 0): lambda o, a: o.strip(),
    ("strip", 1): lambda o, a: o.strip(a[0]),
    ("swapcase", 0): lambda o, a: o.swapcase(),
    ("symmetric_difference", 1): lambda o, a: o.symmetric_difference(a[0]),
    ("symmetric_difference_update", 1): lambda o, a: o.symmetric_difference_update(a[0]),
    ("title", 0): lambda o, a: o.title(),
    ("to_bytes", 0): lambda o, a: o.to_bytes(),
    ("to_bytes", 1): lambda o, a: o.to_bytes(a[0]),
    ("to_bytes", 2): lambda o, a: o.to_bytes(a[0], a[1]),
    ("translate", 1): lambda o, a: o.translate(a[0]),
    ("union", 0): lambda o, a: o.union(),
    ("union", 1): lambda o, a: o.union(a[0]),
    ("union", 2): lambda o, a: o.union(a[0], a[1]),
    ("union", 3): lambda o, a: o.union(a[0], a[1], a[2]),
    ("update", 0): lambda o, a: o.update(),
    ("update", 1): lambda o, a: o.update(a[0]),
    ("upper", 0): lambda o, a: o.upper(),
    ("values", 0): lambda o, a: o.values(),
    ("zfill", 1): lambda o, a: o.zfill(a[0]),
}

_METHOD_NAMES = {key[0] for key in _METHODS}


def _sort_with(obj, key=None, reverse=False):
    if not isinstance(obj, list):
        raise AttributeError("'" + type(obj).__name__ + "' object has no attribute 'sort'")
    obj[:] = sorted(obj, key=key, reverse=reverse)


def _is_space(c, ascii_only):
    if ascii_only:
        return c in " \t\n\r\x0b\x0c"
    return c.isspace()


def _split_whitespace(s, maxsplit, right, ascii_only):
    # str.split(None, maxsplit) / rsplit, which the compiler refuses so far
    result = []
    if right:
        s = s[::-1]
    i = 0
    n = len(s)
    while i < n:
        while i < n and _is_space(s[i], ascii_only):
            i += 1
        if i == n:
            break
        if maxsplit >= 0 and len(result) == maxsplit:
            result.append(s[i:])
            break
        j = i
        while j < n and not _is_space(s[j], ascii_only):
            j += 1
        result.append(s[i:j])
        i = j
    if right:
        result = [part[::-1] for part in result[::-1]]
    return result


def _split_with(obj, right, sep=None, maxsplit=-1):
    if not isinstance(obj, str) and not isinstance(obj, bytes):
        name = "rsplit" if right else "split"
        raise AttributeError("'" + type(obj).__name__ + "' object has no attribute '" + name + "'")
    maxsplit = index(maxsplit)
    if sep is not None:
        if right:
            return obj.rsplit(sep, maxsplit)
        return obj.split(sep, maxsplit)
    if isinstance(obj, bytes):
        parts = _split_whitespace(obj.decode("latin-1"), maxsplit, right, True)
        return [part.encode("latin-1") for part in parts]
    return _split_whitespace(str(obj), maxsplit, right, False)


_LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def _splitlines_with(obj, keepends=False):
    if not isinstance(obj, str):
        raise AttributeError("'" + type(obj).__name__ + "' object has no attribute 'splitlines'")
    if not keepends:
        return obj.splitlines()
    result = []
    start = 0
    i = 0
    n = len(obj)
    while i < n:
        c = obj[i]
        if c in _LINE_BREAKS:
            end = i + 1
            if c == "\r" and end < n and obj[end] == "\n":
                end += 1
            result.append(obj[start:end])
            start = end
            i = end
        else:
            i += 1
    if start < n:
        result.append(obj[start:])
    return result


def _update_with(obj, args, kwargs):
    if len(args) == 1:
        obj.update(args[0])
    elif args:
        raise TypeError("update expected at most 1 argument, got " + str(len(args)))
    for k in kwargs:
        obj[k] = kwargs[k]


def _sequence_method(seq, name, args):
    # list and tuple count() and index(), written out: the compiler does not
    # find a tuple's methods when its type is known only at run time, nor
    # index() with start and stop
    kind = type(seq).__name__
    if name == "count":
        if len(args) != 1:
            raise TypeError(kind + ".count() takes exactly one argument (" + str(len(args)) + " given)")
        x = args[0]
        n = 0
        for item in seq:
            if item is x or item == x:
                n += 1
        return n
    if len(args) < 1 or len(args) > 3:
        raise TypeError("index expected at least 1 argument, got " + str(len(args)))
    x = args[0]
    size = len(seq)
    start = index(args[1]) if len(args) > 1 else 0
    stop = index(args[2]) if len(args) > 2 else size
    if start < 0:
        start = max(start + size, 0)
    if stop < 0:
        stop = max(stop + size, 0)
    for i in range(start, min(stop, size)):
        item = seq[i]
        if item is x or item == x:
            return i
    if kind == "list":
        raise ValueError(repr(x) + " is not in list")
    raise ValueError("tuple.index(x): x not in tuple")


def _call_builtin_method(obj, name, args, kwargs):
    if name == "split" or name == "rsplit":
        return _split_with(obj, name == "rsplit", *args, **kwargs)
    if name == "splitlines" and len(args) == 1:
        return _splitlines_with(obj, args[0], **kwargs)
    if kwargs:
        if name == "sort" and not args:
            return _sort_with(obj, **kwargs)
        if name == "splitlines" and not args:
            return _splitlines_with(obj, **kwargs)
        if name == "update" and isinstance(obj, dict):
            return _update_with(obj, args, kwargs)
        if name in _METHOD_NAMES:
            raise TypeError(type(obj).__name__ + "." + name + "() takes no keyword arguments")
    if (name == "count" or name == "index") and (isinstance(obj, list) or isinstance(obj, tuple)):
        return _sequence_method(obj, name, args)
    if name == "bit_length" and isinstance(obj, int) and not args:
        # (an int's methods are not found when its type is known only at run time)
        return int(obj).bit_length()
    method = _METHODS.get((name, len(args)))
    if method is not None:
        return method(obj, args)
    if name in _METHOD_NAMES:
        raise TypeError(type(obj).__name__ + "." + name + "() got a wrong number of arguments ("
                        + str(len(args)) + " given)")
    raise AttributeError("'" + type(obj).__name__ + "' object has no attribute '" + name + "'")


def _call_method(obj, name, args, kwargs):
    try:
        method = getattr(obj, name)
    except AttributeError:
        return _call_builtin_method(obj, name, args, kwargs)
    return method(*args, **kwargs)


class methodcaller:
    """Return a callable object that calls the given method on its operand.

    After f = methodcaller('name'), the call f(r) returns r.name().
    After g = methodcaller('name', 'date', foo=1), the call g(r) returns
    r.name('date', foo=1).
    """

    def __init__(self, *args, **kwargs):
        if not args:
            raise TypeError("methodcaller needs at least one argument, the method name")
        name = args[0]
        if not isinstance(name, str):
            raise TypeError("method name must be a string")
        self._name = name
        self._args = args[1:]
        self._kwargs = kwargs

    def __call__(self, obj):
        return _call_method(obj, self._name, self._args, self._kwargs)

    def __repr__(self):
        parts = [repr(self._name)]
        for a in self._args:
            parts.append(repr(a))
        for k in self._kwargs:
            parts.append(str(k) + "=" + repr(self._kwargs[k]))
        return "operator.methodcaller(" + ", ".join(parts) + ")"


# ---------------------------------------------------------------- the dunder names

__lt__ = lt
__le__ = le
__eq__ = eq
__ne__ = ne
__ge__ = ge
__gt__ = gt
__not__ = not_
__abs__ = abs
__add__ = add
__and__ = and_
__floordiv__ = floordiv
__index__ = index
__inv__ = inv
__invert__ = invert
__lshift__ = lshift
__mod__ = mod
__mul__ = mul
__neg__ = neg
__or__ = or_
__pos__ = pos
__pow__ = pow
__rshift__ = rshift
__sub__ = sub
__truediv__ = truediv
__xor__ = xor
__concat__ = concat
__contains__ = contains
__delitem__ = delitem
__getitem__ = getitem
__setitem__ = setitem
__iadd__ = iadd
__iand__ = iand
__iconcat__ = iconcat
__ifloordiv__ = ifloordiv
__ilshift__ = ilshift
__imod__ = imod
__imul__ = imul
__ior__ = ior
__ipow__ = ipow
__irshift__ = irshift
__isub__ = isub
__itruediv__ = itruediv
__ixor__ = ixor
