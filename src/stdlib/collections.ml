"""Container datatypes (CPython's collections).

Written in the language itself, after CPython's pure-Python collections
module.  Differences from CPython, because of what the compiler offers so far:
- Counter, defaultdict and OrderedDict are dict subclasses, as in CPython, but
  super().update() / dict.update(self, ...) / dict.__repr__ cannot reach the
  dict underneath from a subclass, so they copy item by item;
- a dict subclass defining __delitem__ loses `del d[k]` in this compiler, so
  Counter does not define it: `del c[missing]` raises KeyError (CPython's
  Counter ignores it);
- between two instances of a dict subclass, a binary operator reaches the
  class's method only if the class also defines the reflected one, so
  Counter defines __radd__, __rsub__, __ror__ and __rand__ (raising the
  TypeError CPython would for a plain dict on the left);
- an operator with an unsupported operand raises CPython's TypeError
  itself instead of returning NotImplemented (written before the compiler
  had it), so another class's reflected method is not tried;
- deque is a class of the language (two lists, amortised O(1) at both ends),
  not a C type; it does not detect mutation during iteration;
- namedtuple() makes a class deriving from tuple, named typename, whose
  fields are also attributes of each instance (so they can be assigned,
  where CPython's are read-only properties); repr(p), fields by name and
  index, unpacking, _fields, _field_defaults, _asdict, _replace, _make,
  defaults=, rename=, the argument errors and everything a tuple does
  (isinstance, % formatting, json, match patterns) are CPython's;
- ChainMap is a plain class (CPython's is a MutableMapping): keys(), items()
  and values() are a dict's views of the merged items.
"""

__all__ = ["ChainMap", "Counter", "OrderedDict",
           "defaultdict", "deque", "namedtuple"]


def _is_mapping(obj):
    return isinstance(obj, dict) or (hasattr(obj, "keys") and hasattr(obj, "__getitem__"))


def _dict_repr(d):
    # dict.__repr__ for a dict subclass (the compiler cannot call it)
    return repr(dict(d.items()))


def _type_name(obj):
    return type(obj).__name__


# ---------------------------------------------------------------- Counter

class Counter(dict):
    """Dict subclass for counting hashable items.  Sometimes called a bag
    or multiset.  Elements are stored as dictionary keys and their counts
    are stored as dictionary values.
    """

    def __init__(self, iterable=None, **kwds):
        self.update(iterable, **kwds)

    def __missing__(self, key):
        """The count of elements not in the Counter is zero."""
        return 0

    def total(self):
        """Sum of the counts"""
        return sum(self.values())

    def most_common(self, n=None):
        """List the n most common elements and their counts from the most
        common to the least.  If n is None, then list all element counts.
        """
        items = sorted(self.items(), key=lambda kv: kv[1], reverse=True)
        if n is None:
            return items
        if n < 0:
            n = 0
        return items[:n]

    def elements(self):
        """Iterator over elements repeating each as many times as its count."""
        return _elements(list(self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable=None, **kwds):
        """Like dict.update() but add counts instead of replacing them."""
        if iterable is not None:
            if _is_mapping(iterable):
                for elem in iterable.keys():
                    self[elem] = iterable[elem] + self.get(elem, 0)
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, **kwds):
        """Like dict.update() but subtracts counts instead of replacing them."""
        if iterable is not None:
            if _is_mapping(iterable):
                for elem in iterable.keys():
                    self[elem] = self.get(elem, 0) - iterable[elem]
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """Return a shallow copy."""
        return type(self)(self)

    def __repr__(self):
        if not self:
            return _type_name(self) + "()"
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self.items())
        return _type_name(self) + "(" + repr(d) + ")"

    # Multiset-style mathematical operations

    def __eq__(self, other):
        """True if all counts agree. Missing counts are treated as zero."""
        if not isinstance(other, Counter):
            return dict(self.items()) == other
        return self._all(other, lambda a, b: a == b) and other._all(self, lambda a, b: a == b)

    def __ne__(self, other):
        return not self == other

    def _all(self, other, cmp):
        for e in self:
            if not cmp(self[e], other[e]):
                return False
        return True

    def _check_cmp(self, other, sym):
        if not isinstance(other, Counter):
            raise TypeError("'" + sym + "' not supported between instances of '"
                            + _type_name(self) + "' and '" + _type_name(other) + "'")

    def __le__(self, other):
        """True if all counts in self are a subset of those in other."""
        self._check_cmp(other, "<=")
        return self._all(other, lambda a, b: a <= b) and other._all(self, lambda a, b: b <= a)

    def __lt__(self, other):
        """True if all counts in self are a proper subset of those in other."""
        self._check_cmp(other, "<")
        return self <= other and self != other

    def __ge__(self, other):
        """True if all counts in self are a superset of those in other."""
        self._check_cmp(other, ">=")
        return self._all(other, lambda a, b: a >= b) and other._all(self, lambda a, b: b >= a)

    def __gt__(self, other):
        """True if all counts in self are a proper superset of those in other."""
        self._check_cmp(other, ">")
        return self >= other and self != other

    def _check_op(self, other, sym):
        if not isinstance(other, Counter):
            raise TypeError("unsupported operand type(s) for " + sym + ": '"
                            + _type_name(self) + "' and '" + _type_name(other) + "'")

    def _rcheck_op(self, other, sym):
        # only reached for a non-Counter on the left (see the module's doc)
        raise TypeError("unsupported operand type(s) for " + sym + ": '"
                        + _type_name(other) + "' and '" + _type_name(self) + "'")

    def __add__(self, other):
        """Add counts from two counters."""
        self._check_op(other, "+")
        result = Counter()
        for elem in self:
            newcount = self[elem] + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem in other:
            if elem not in self and other[elem] > 0:
                result[elem] = other[elem]
        return result

    def __radd__(self, other):
        if isinstance(other, Counter):
            return other.__add__(self)
        self._rcheck_op(other, "+")

    def __sub__(self, other):
        """Subtract count, but keep only results with positive counts."""
        self._check_op(other, "-")
        result = Counter()
        for elem in self:
            newcount = self[elem] - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem in other:
            if elem not in self and other[elem] < 0:
                result[elem] = 0 - other[elem]
        return result

    def __rsub__(self, other):
        if isinstance(other, Counter):
            return other.__sub__(self)
        self._rcheck_op(other, "-")

    def __or__(self, other):
        """Union is the maximum of value in either of the input counters."""
        self._check_op(other, "|")
        result = Counter()
        for elem in self:
            count = self[elem]
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem in other:
            if elem not in self and other[elem] > 0:
                result[elem] = other[elem]
        return result

    def __ror__(self, other):
        if isinstance(other, Counter):
            return other.__or__(self)
        self._rcheck_op(other, "|")

    def __and__(self, other):
        """Intersection is the minimum of corresponding counts."""
        self._check_op(other, "&")
        result = Counter()
        for elem in self:
            count = self[elem]
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __rand__(self, other):
        if isinstance(other, Counter):
            return other.__and__(self)
        self._rcheck_op(other, "&")

    def __pos__(self):
        """Adds an empty counter, effectively stripping negative and zero counts"""
        result = Counter()
        for elem in self:
            if self[elem] > 0:
                result[elem] = self[elem]
        return result

    def __neg__(self):
        """Subtracts from an empty counter.  Strips positive and zero counts,
        and flips the sign on negative counts.
        """
        result = Counter()
        for elem in self:
            if self[elem] < 0:
                result[elem] = 0 - self[elem]
        return result

    def _keep_positive(self):
        """Internal method to strip elements with a negative or zero count"""
        nonpositive = [elem for elem in self if not self[elem] > 0]
        for elem in nonpositive:
            self.pop(elem)
        return self

    def __iadd__(self, other):
        """Inplace add from another counter, keeping only positive counts."""
        self._check_op(other, "+=")
        for elem in other:
            self[elem] += other[elem]
        return self._keep_positive()

    def __isub__(self, other):
        """Inplace subtract counter, but keep only results with positive counts."""
        self._check_op(other, "-=")
        for elem in other:
            self[elem] -= other[elem]
        return self._keep_positive()

    def __ior__(self, other):
        """Inplace union is the maximum of value from either counter."""
        self._check_op(other, "|=")
        for elem in other:
            other_count = other[elem]
            if other_count > self[elem]:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        """Inplace intersection is the minimum of corresponding counts."""
        self._check_op(other, "&=")
        for elem in list(self):
            other_count = other[elem]
            if other_count < self[elem]:
                self[elem] = other_count
        return self._keep_positive()


def _elements(items):
    for elem, count in items:
        for _ in range(count):
            yield elem


# ---------------------------------------------------------------- defaultdict

class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory

    The default factory is called without arguments to produce a new value
    when a key is not present, in __getitem__ only.  A defaultdict compares
    equal to a dict with the same items.  All remaining arguments are treated
    the same as if they were passed to the dict constructor, including
    keyword arguments.
    """

    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        if len(args) > 1:
            raise TypeError("defaultdict expected at most 2 arguments, got " + str(len(args) + 1))
        self.default_factory = default_factory
        if args:
            source = args[0]
            if _is_mapping(source):
                for k in source.keys():
                    self[k] = source[k]
            else:
                for k, v in source:
                    self[k] = v
        for k in kwargs:
            self[k] = kwargs[k]

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        return "defaultdict(" + repr(self.default_factory) + ", " + _dict_repr(self) + ")"

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return defaultdict(self.default_factory, self)

    def __copy__(self):
        return self.copy()

    def __or__(self, other):
        if not isinstance(other, dict):
            raise TypeError("unsupported operand type(s) for |: '" + _type_name(self)
                            + "' and '" + _type_name(other) + "'")
        new = self.copy()
        for k in other.keys():
            new[k] = other[k]
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            raise TypeError("unsupported operand type(s) for |: '" + _type_name(other)
                            + "' and '" + _type_name(self) + "'")
        new = defaultdict(self.default_factory, other)
        for k in self.keys():
            new[k] = self[k]
        return new


# ---------------------------------------------------------------- deque

class deque:
    """A list-like sequence optimized for data accesses near its endpoints.

    Two lists: _left holds the first items in reverse order, _right the
    others in order; an end that runs dry takes half of the other.
    """

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._left = []
        self._right = []
        self._maxlen = maxlen
        self.extend(iterable)

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    def __len__(self):
        return len(self._left) + len(self._right)

    def __bool__(self):
        return len(self._left) + len(self._right) > 0

    def _items(self):
        return self._left[::-1] + self._right

    def _set_items(self, items):
        self._left = []
        self._right = list(items)

    def __iter__(self):
        return iter(self._items())

    def __reversed__(self):
        return iter(self._right[::-1] + self._left)

    def __contains__(self, x):
        return x in self._left or x in self._right

    def append(self, x):
        """Add an element to the right side of the deque."""
        if self._maxlen == 0:
            return
        self._right.append(x)
        if self._maxlen is not None and len(self) > self._maxlen:
            self.popleft()

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        if self._maxlen == 0:
            return
        self._left.append(x)
        if self._maxlen is not None and len(self) > self._maxlen:
            self.pop()

    def pop(self):
        """Remove and return the rightmost element."""
        if not self._right:
            if not self._left:
                raise IndexError("pop from an empty deque")
            # take the left half-list's older half over (reversed)
            n = (len(self._left) + 1) // 2
            self._right = self._left[:n][::-1]
            self._left = self._left[n:]
        return self._right.pop()

    def popleft(self):
        """Remove and return the leftmost element."""
        if not self._left:
            if not self._right:
                raise IndexError("pop from an empty deque")
            n = (len(self._right) + 1) // 2
            self._left = self._right[:n][::-1]
            self._right = self._right[n:]
        return self._left.pop()

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Remove all elements from the deque."""
        self._left = []
        self._right = []

    def copy(self):
        """Return a shallow copy of a deque."""
        return deque(self, self._maxlen)

    def __copy__(self):
        return self.copy()

    def count(self, x):
        """D.count(value) -- return number of occurrences of value"""
        return self._left.count(x) + self._right.count(x)

    def index(self, x, start=0, stop=None):
        """D.index(value, [start, [stop]]) -- return first index of value."""
        items = self._items()
        if stop is None:
            stop = len(items)
        for i in range(len(items))[start:stop]:
            if items[i] == x:
                return i
        raise ValueError(repr(x) + " is not in deque")

    def insert(self, i, x):
        """D.insert(index, object) -- insert object before index"""
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        items = self._items()
        items.insert(i, x)
        self._set_items(items)

    def remove(self, value):
        """D.remove(value) -- remove first occurrence of value."""
        items = self._items()
        for i in range(len(items)):
            if items[i] == value:
                del items[i]
                self._set_items(items)
                return
        raise ValueError(repr(value) + " is not in deque")

    def reverse(self):
        """D.reverse() -- reverse *IN PLACE*"""
        self._left, self._right = self._right, self._left

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is
        negative, rotates left."""
        size = len(self)
        if size <= 1:
            return
        n = n % size
        if n == 0:
            return
        items = self._items()
        self._set_items(items[size - n:] + items[:size - n])

    def _index(self, i):
        size = len(self)
        if not isinstance(i, int):
            raise TypeError("sequence index must be integer, not '" + _type_name(i) + "'")
        if i < 0:
            i += size
        if i < 0 or i >= size:
            raise IndexError("deque index out of range")
        return i

    def __getitem__(self, i):
        i = self._index(i)
        nl = len(self._left)
        if i < nl:
            return self._left[nl - 1 - i]
        return self._right[i - nl]

    def __setitem__(self, i, x):
        i = self._index(i)
        nl = len(self._left)
        if i < nl:
            self._left[nl - 1 - i] = x
        else:
            self._right[i - nl] = x

    def __delitem__(self, i):
        i = self._index(i)
        items = self._items()
        del items[i]
        self._set_items(items)

    def __repr__(self):
        body = repr(self._items())
        if self._maxlen is None:
            return "deque(" + body + ")"
        return "deque(" + body + ", maxlen=" + str(self._maxlen) + ")"

    def __eq__(self, other):
        if not isinstance(other, deque):
            return False
        return self._items() == other._items()

    def __ne__(self, other):
        return not self == other

    def _cmp_items(self, other, sym):
        if not isinstance(other, deque):
            raise TypeError("'" + sym + "' not supported between instances of 'deque' and '"
                            + _type_name(other) + "'")
        return other._items()

    def __lt__(self, other):
        return self._items() < self._cmp_items(other, "<")

    def __le__(self, other):
        return self._items() <= self._cmp_items(other, "<=")

    def __gt__(self, other):
        return self._items() > self._cmp_items(other, ">")

    def __ge__(self, other):
        return self._items() >= self._cmp_items(other, ">=")

    def __hash__(self):
        raise TypeError("unhashable type: 'collections.deque'")

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "' + _type_name(other) + '") to deque')
        return deque(self._items() + other._items(), self._maxlen)

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        return deque(self._items() * n, self._maxlen)

    def __rmul__(self, n):
        return deque(self._items() * n, self._maxlen)

    def __imul__(self, n):
        items = self._items() * n
        self.clear()
        self.extend(items)
        return self


# ---------------------------------------------------------------- OrderedDict

class OrderedDict(dict):
    """Dictionary that remembers insertion order"""

    def __init__(self, other=(), **kwds):
        self.update(other, **kwds)

    def update(self, other=(), **kwds):
        if _is_mapping(other):
            for k in other.keys():
                self[k] = other[k]
        else:
            for k, v in other:
                self[k] = v
        for k in kwds:
            self[k] = kwds[k]

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary.

        Pairs are returned in LIFO order if last is true or FIFO order if false.
        """
        if not self:
            raise KeyError("dictionary is empty")
        if last:
            key = list(self.keys())[-1]
        else:
            key = next(iter(self.keys()))
        value = self.pop(key)
        return key, value

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false).

        Raise KeyError if the element does not exist.
        """
        value = self.pop(key)
        if last:
            self[key] = value
        else:
            rest = list(self.items())
            self.clear()
            self[key] = value
            for k, v in rest:
                self[k] = v

    def __reversed__(self):
        return iter(list(self.keys())[::-1])

    def copy(self):
        """od.copy() -> a shallow copy of od"""
        return type(self)(self)

    def __copy__(self):
        return self.copy()

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Create a new ordered dictionary with keys from iterable and values set to value."""
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __repr__(self):
        if not self:
            return _type_name(self) + "()"
        return _type_name(self) + "(" + repr(list(self.items())) + ")"

    def __eq__(self, other):
        """od.__eq__(y) <==> od==y.  Comparison to another OD is order-sensitive
        while comparison to a regular mapping is order-insensitive.
        """
        if isinstance(other, OrderedDict):
            return list(self.items()) == list(other.items())
        return dict(self.items()) == other

    def __ne__(self, other):
        return not self == other

    def __or__(self, other):
        if not isinstance(other, dict):
            raise TypeError("unsupported operand type(s) for |: '" + _type_name(self)
                            + "' and '" + _type_name(other) + "'")
        new = type(self)(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            raise TypeError("unsupported operand type(s) for |: '" + _type_name(other)
                            + "' and '" + _type_name(self) + "'")
        new = type(self)(other)
        new.update(self)
        return new


# ---------------------------------------------------------------- namedtuple

_KEYWORDS = frozenset([
    "False", "None", "True", "and", "as", "assert", "async", "await", "break",
    "class", "continue", "def", "del", "elif", "else", "except", "finally",
    "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield"])


def _isidentifier(s):
    # str.isidentifier (not offered by the compiler yet), near enough
    if not s:
        return False
    if not (s[0] == "_" or s[0].isalpha()):
        return False
    for ch in s[1:]:
        if not (ch == "_" or ch.isalnum()):
            return False
    return True


def _and_list(names):
    # 'x', 'x' and 'y', 'x', 'y', and 'z' as CPython's argument errors
    quoted = ["'" + n + "'" for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + " and " + quoted[1]
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def _nt_bind(typename, fields, field_defaults, args, kwargs):
    # the values of __new__(_cls, field...) called with args and kwargs,
    # with CPython's TypeErrors
    where = typename + ".__new__()"
    n = len(fields)
    if len(args) > n:
        ndef = len(field_defaults)
        if ndef:
            takes = "from " + str(n - ndef + 1) + " to " + str(n + 1) + " positional arguments"
        else:
            takes = str(n + 1) + " positional argument" + ("" if n == 0 else "s")
        given = len(args) + 1
        raise TypeError(where + " takes " + takes + " but " + str(given)
                        + (" was" if given == 1 else " were") + " given")
    values = list(args)
    while len(values) < n:
        values.append(_NT_MISSING)
    for name in kwargs:
        if name not in fields:
            raise TypeError(where + " got an unexpected keyword argument '" + name + "'")
        i = list(fields).index(name)
        if values[i] is not _NT_MISSING:
            raise TypeError(where + " got multiple values for argument '" + name + "'")
        values[i] = kwargs[name]
    missing = []
    for i in range(n):
        if values[i] is _NT_MISSING:
            if fields[i] in field_defaults:
                values[i] = field_defaults[fields[i]]
            else:
                missing.append(fields[i])
    if missing:
        raise TypeError(where + " missing " + str(len(missing)) + " required positional argument"
                        + ("" if len(missing) == 1 else "s") + ": " + _and_list(missing))
    return tuple(values)


_NT_MISSING = object()


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new class with named fields.

    The class is not a tuple subclass here (see the module's doc), but
    compares, hashes, indexes, unpacks and prints as CPython's namedtuple.
    """
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = [str(name) for name in field_names]
    typename = str(typename)
    if rename:
        seen = set()
        for index in range(len(field_names)):
            name = field_names[index]
            if (not _isidentifier(name) or name in _KEYWORDS
                    or name.startswith("_") or name in seen):
                field_names[index] = "_" + str(index)
            seen.add(name)
    for name in [typename] + field_names:
        if not _isidentifier(name):
            raise ValueError("Type names and field names must be valid identifiers: " + repr(name))
        if name in _KEYWORDS:
            raise ValueError("Type names and field names cannot be a keyword: " + repr(name))
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError("Field names cannot start with an underscore: " + repr(name))
        if name in seen:
            raise ValueError("Encountered duplicate field name: " + repr(name))
        seen.add(name)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError("Got more default values than field names")
        first = len(field_names) - len(defaults)
        for i in range(len(defaults)):
            field_defaults[field_names[first + i]] = defaults[i]
    fields = tuple(field_names)
    num_fields = len(fields)

    class namedtuple_class(tuple):
        _fields = fields
        _field_defaults = field_defaults

        def __new__(cls, *args, **kwargs):
            values = _nt_bind(typename, fields, field_defaults, args, kwargs)
            self = tuple.__new__(cls, values)
            for i in range(num_fields):
                setattr(self, fields[i], values[i])
            return self

        @classmethod
        def _make(cls, iterable):
            """Make a new object from a sequence or iterable"""
            result = tuple(iterable)
            if len(result) != num_fields:
                raise TypeError("Expected " + str(num_fields) + " arguments, got " + str(len(result)))
            return cls(*result)

        def _replace(self, **kwds):
            """Return a new object replacing specified fields with new values"""
            values = []
            for name in fields:
                if name in kwds:
                    values.append(kwds.pop(name))
                else:
                    values.append(getattr(self, name))
            if kwds:
                raise ValueError("Got unexpected field names: " + repr(list(kwds)))
            return type(self)(*values)

        def _asdict(self):
            """Return a new dict which maps field names to their values."""
            result = {}
            for name in fields:
                result[name] = getattr(self, name)
            return result

        def __repr__(self):
            parts = [name + "=" + repr(getattr(self, name)) for name in fields]
            return typename + "(" + ", ".join(parts) + ")"

        def __getnewargs__(self):
            return tuple(self)

        # (a tuple's methods: a call p.count(x) reaches the tuple's, but
        # p.count as a value does not yet for an instance of a class
        # deriving from tuple)
        def count(self, value):
            return tuple(self).count(value)

        def index(self, value):
            return tuple(self).index(value)

    namedtuple_class.__name__ = typename
    namedtuple_class.__qualname__ = typename
    # CPython's is the calling module's; the program's main one here
    namedtuple_class.__module__ = "__main__" if module is None else module
    return namedtuple_class


# -------------------------------------------------- typing.NamedTuple

# What a class deriving from typing.NamedTuple may not define itself
# (CPython's typing._prohibited).
_NT_PROHIBITED = ("__new__", "__init__", "__slots__", "__getnewargs__", "_fields",
                  "_field_defaults", "_make", "_replace", "_asdict", "_source")
_NT_SKIPPED = ("__dict__", "__weakref__", "__module__", "__qualname__", "__doc__")


class _NamedTuple(tuple):
    """typing.NamedTuple (the compiler imports this class for it): a class
    deriving from it, with annotated fields (those with a value have that
    default), becomes a named tuple with its own methods, as CPython's
    NamedTupleMeta makes it: a tuple, as namedtuple's. The functional form
    NamedTuple("P", [...]) is not offered."""

    def __init_subclass__(cls):
        own = vars(cls)
        fields = list(own.get("__annotations__", {}))
        defaults = []
        default_names = []
        for name in fields:
            if name in own:
                defaults.append(own[name])
                default_names.append(name)
            elif default_names:
                raise TypeError("Non-default namedtuple field " + name + " cannot follow default field"
                                + ("s " if len(default_names) > 1 else " ") + ", ".join(default_names))
        for key in own:
            if key in _NT_PROHIBITED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
        made = namedtuple(cls.__name__, fields, defaults=defaults)
        for key, value in vars(made).items():
            if key in _NT_SKIPPED or (key in own and key not in fields):
                continue
            setattr(cls, key, value)


# ---------------------------------------------------------------- ChainMap

class ChainMap:
    """A ChainMap groups multiple dicts (or other mappings) together
    to create a single, updateable view.

    Lookups search the underlying mappings successively until a key is found.
    Writes, updates, and deletions only operate on the first mapping.
    keys(), values() and items() are those of a dict of the merged items (in
    CPython they are KeysView, ValuesView and ItemsView of the ChainMap).
    """

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]     # not 'key in mapping': a defaultdict
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def _merged(self):
        d = {}
        for mapping in self.maps[::-1]:
            for k in mapping:
                d[k] = None
        return d

    def __len__(self):
        return len(self._merged())

    def __iter__(self):
        return iter(self._merged())

    def keys(self):
        return self._merged().keys()

    def items(self):
        return dict([(k, self[k]) for k in self._merged()]).items()

    def values(self):
        return dict([(k, self[k]) for k in self._merged()]).values()

    def __contains__(self, key):
        for m in self.maps:
            if key in m:
                return True
        return False

    def __bool__(self):
        for m in self.maps:
            if m:
                return True
        return False

    def __repr__(self):
        return _type_name(self) + "(" + ", ".join([repr(m) for m in self.maps]) + ")"

    def __eq__(self, other):
        if isinstance(other, ChainMap):
            other = dict(other.items())
        elif not isinstance(other, dict):
            return False
        return dict(self.items()) == other

    def __ne__(self, other):
        return not self == other

    @classmethod
    def fromkeys(cls, iterable, *args):
        """Create a ChainMap with a single dict created from the iterable."""
        d = {}
        value = args[0] if args else None
        for k in iterable:
            d[k] = value
        return cls(d)

    def copy(self):
        """New ChainMap or subclass with a new copy of maps[0] and refs to maps[1:]"""
        return type(self)(self.maps[0].copy(), *self.maps[1:])

    def __copy__(self):
        return self.copy()

    def new_child(self, m=None, **kwargs):
        """New ChainMap with a new map followed by all previous maps.
        If no map is provided, an empty dict is used.
        Keyword arguments update the map or new empty dict.
        """
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        """New ChainMap from maps[1:]."""
        return type(self)(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError("Key not found in the first mapping: " + repr(key)) from None

    def popitem(self):
        """Remove and return an item pair from maps[0]. Raise KeyError is maps[0] is empty."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError("No keys found in the first mapping.") from None

    def pop(self, key, *args):
        """Remove *key* from maps[0] and return its value. Raise KeyError if *key* not in maps[0]."""
        try:
            if args:
                # (a builtin method called with *args is refused by the compiler)
                return self.maps[0].pop(key, args[0])
            return self.maps[0].pop(key)
        except KeyError:
            raise KeyError("Key not found in the first mapping: " + repr(key)) from None

    def clear(self):
        """Clear maps[0], leaving maps[1:] intact."""
        self.maps[0].clear()

    def update(self, other=(), **kwds):
        m = self.maps[0]
        if _is_mapping(other):
            for k in other.keys():
                m[k] = other[k]
        else:
            for k, v in other:
                m[k] = v
        for k in kwds:
            m[k] = kwds[k]

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, dict) and not isinstance(other, ChainMap):
            raise TypeError("unsupported operand type(s) for |: '" + _type_name(self)
                            + "' and '" + _type_name(other) + "'")
        m = self.copy()
        m.maps[0].update(dict(other.items()))
        return m

    def __ror__(self, other):
        if not isinstance(other, dict):
            raise TypeError("unsupported operand type(s) for |: '" + _type_name(other)
                            + "' and '" + _type_name(self) + "'")
        m = dict(other.items())
        for child in self.maps[::-1]:
            m.update(dict(child.items()))
        return type(self)(m)
