"""Functions creating iterators for efficient looping (CPython's itertools).

Written in the language itself, after the "roughly equivalent" code of
CPython's documentation.  Most tools are generator functions: they are lazy
and give the same items as CPython's, but they are generators, not classes,
so type(), repr() and isinstance() differ from CPython's (repr(count(3)) is
a generator's repr, not 'count(3)').  chain and groupby are classes.  Like
CPython's, the tools call iter() on their arguments (and check them) when
they are called, not at the first next().
"""

import sys as _sys

__all__ = ["count", "cycle", "repeat", "accumulate", "chain", "compress",
           "dropwhile", "takewhile", "filterfalse", "groupby", "islice",
           "pairwise", "starmap", "tee", "zip_longest", "product",
           "permutations", "combinations", "combinations_with_replacement"]


def _as_index(value):
    # What CPython's PyNumber_Index accepts (ints and bools here), or its TypeError.
    if not isinstance(value, int):
        raise TypeError("'" + type(value).__name__ + "' object cannot be interpreted as an integer")
    return int(value)


def _is_number(value):
    if isinstance(value, int) or isinstance(value, float):
        return True
    return hasattr(value, "__index__") or hasattr(value, "__int__") or hasattr(value, "__float__")


# ---------------------------------------------------------------- infinite

def _count(n, step):
    while True:
        yield n
        n += step


def count(start=0, step=1):
    """count(start=0, step=1): start, start+step, start+2*step, ..."""
    if not _is_number(start) or not _is_number(step):
        raise TypeError("a number is required")
    return _count(start, step)


def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element


def cycle(iterable):
    """cycle(p): p0, p1, ... plast, p0, p1, ..."""
    return _cycle(iter(iterable))


def _repeat_forever(obj):
    while True:
        yield obj


def _repeat_times(obj, times):
    while times > 0:
        times -= 1
        yield obj


def repeat(object, *args, **kwargs):
    """repeat(object [,times]): object for the specified number of times, or forever."""
    if len(args) + len(kwargs) > 1:
        raise TypeError("repeat expected at most 2 arguments, got " + str(1 + len(args) + len(kwargs)))
    if args:
        return _repeat_times(object, _as_index(args[0]))
    if kwargs:
        if "times" not in kwargs:
            for name in kwargs:
                raise TypeError("repeat() got an unexpected keyword argument '" + name + "'")
        return _repeat_times(object, _as_index(kwargs["times"]))
    return _repeat_forever(object)


# ------------------------------------------------- terminating on the shortest input

def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


def accumulate(iterable, func=None, *, initial=None):
    """accumulate(p[, func][, initial=None]): running sums (or results of func)."""
    return _accumulate(iter(iterable), func, initial)


def _chain(iterables):
    for it in iterables:
        yield from it


class chain:
    """chain(*iterables): the items of the first iterable, then the next ...

    chain.from_iterable(iterable) takes the iterables from one iterable, lazily.
    """

    def __init__(self, *iterables):
        self._it = _chain(iterables)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)

    @classmethod
    def from_iterable(cls, iterable):
        result = cls()
        result._it = _chain(iter(iterable))
        return result


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def compress(data, selectors):
    """compress(data, selectors): the items of data whose selector is true."""
    return _compress(iter(data), iter(selectors))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def dropwhile(predicate, iterable):
    """dropwhile(pred, seq): seq[n], seq[n+1], ... starting when pred fails."""
    return _dropwhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            break


def takewhile(predicate, iterable):
    """takewhile(pred, seq): seq[0], seq[1], ... until pred fails."""
    return _takewhile(predicate, iter(iterable))


def _filterfalse(predicate, it):
    if predicate is None:
        for x in it:
            if not x:
                yield x
    else:
        for x in it:
            if not predicate(x):
                yield x


def filterfalse(predicate, iterable):
    """filterfalse(pred, seq): the items of seq where pred(item) is false."""
    return _filterfalse(predicate, iter(iterable))


class groupby:
    """groupby(iterable, key=None): (key, group) pairs of consecutive items with the same key."""

    def __init__(self, iterable, key=None):
        self.keyfunc = key
        self.it = iter(iterable)
        self.tgtkey = self.currkey = self.currvalue = object()
        self.id = None

    def __iter__(self):
        return self

    def __next__(self):
        self.id = object()
        while self.currkey == self.tgtkey:
            self.currvalue = next(self.it)
            if self.keyfunc is None:
                self.currkey = self.currvalue
            else:
                self.currkey = self.keyfunc(self.currvalue)
        self.tgtkey = self.currkey
        return (self.currkey, self._grouper(self.tgtkey, self.id))

    def _grouper(self, tgtkey, id):
        while self.id is id and self.currkey == tgtkey:
            yield self.currvalue
            try:
                self.currvalue = next(self.it)
            except StopIteration:
                return
            if self.keyfunc is None:
                self.currkey = self.currvalue
            else:
                self.currkey = self.keyfunc(self.currvalue)


_STOP_MESSAGE = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
_INDEX_MESSAGE = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
_STEP_MESSAGE = "Step for islice() must be a positive integer or None."


def _islice_int(value):
    # CPython's PyNumber_AsSsize_t with its errors cleared: -1 for a bad value.
    if not isinstance(value, int) or value > _sys.maxsize or value < -_sys.maxsize - 1:
        return -1
    return int(value)


def _islice(it, start, stop, step):
    # CPython's islice_next, with stop -1 meaning "no stop".
    cnt = 0
    nxt = start
    while True:
        while cnt < nxt:
            try:
                next(it)
            except StopIteration:
                return
            cnt += 1
        if stop != -1 and cnt >= stop:
            return
        try:
            item = next(it)
        except StopIteration:
            return
        cnt += 1
        oldnext = nxt
        nxt += step
        if nxt < oldnext or (stop != -1 and nxt > stop):
            nxt = stop
        yield item


def islice(iterable, *args):
    """islice(iterable, stop) or islice(iterable, start, stop[, step]): selected items."""
    if len(args) < 1:
        raise TypeError("islice expected at least 2 arguments, got " + str(len(args) + 1))
    if len(args) > 3:
        raise TypeError("islice expected at most 4 arguments, got " + str(len(args) + 1))
    start = 0
    stop = -1
    step = 1
    if len(args) == 1:
        if args[0] is not None:
            stop = _islice_int(args[0])
            if stop == -1:
                raise ValueError(_STOP_MESSAGE)
    else:
        if args[0] is not None:
            start = _islice_int(args[0])
        if args[1] is not None:
            stop = _islice_int(args[1])
            if stop == -1:
                raise ValueError(_STOP_MESSAGE)
    if start < 0 or stop < -1:
        raise ValueError(_INDEX_MESSAGE)
    if len(args) == 3 and args[2] is not None:
        step = _islice_int(args[2])
    if step < 1:
        raise ValueError(_STEP_MESSAGE)
    return _islice(iter(iterable), start, stop, step)


def _pairwise(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield (a, b)
        a = b


def pairwise(iterable):
    """pairwise(s): (s0, s1), (s1, s2), (s2, s3), ..."""
    return _pairwise(iter(iterable))


def _starmap(function, it):
    for args in it:
        yield function(*args)


def starmap(function, iterable):
    """starmap(fun, seq): fun(*seq[0]), fun(*seq[1]), ..."""
    return _starmap(function, iter(iterable))


def _tee(it, link):
    # link is a cell [value, next cell]; the cells are shared by the copies,
    # so an item is fetched once and kept until every copy has passed it.
    while True:
        following = link[1]
        if following is None:
            try:
                value = next(it)
            except StopIteration:
                return
            following = [value, None]
            link[1] = following
        link = following
        yield link[0]


def tee(iterable, n=2):
    """tee(it, n=2): a tuple of n independent iterators over it."""
    n = _as_index(n)
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(iterable)
    start = [None, None]
    result = []
    for i in range(n):
        result.append(_tee(it, start))
    return tuple(result)


def _zip_longest(iterators, fillvalue):
    num_active = len(iterators)
    if not num_active:
        return
    while True:
        values = []
        for i in range(len(iterators)):
            it = iterators[i]
            if it is None:
                values.append(fillvalue)
                continue
            try:
                value = next(it)
            except StopIteration:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = None
                value = fillvalue
            values.append(value)
        yield tuple(values)


def zip_longest(*iterables, fillvalue=None):
    """zip_longest(p, q, ...): (p[0], q[0]), (p[1], q[1]), ... filled with fillvalue."""
    iterators = [iter(it) for it in iterables]
    return _zip_longest(iterators, fillvalue)


# ---------------------------------------------------------------- combinatoric

def _product(pools):
    n = len(pools)
    for pool in pools:
        if not pool:
            return
    indices = [0] * n
    yield tuple([pool[0] for pool in pools])
    while True:
        i = n - 1
        while i >= 0:
            indices[i] += 1
            if indices[i] < len(pools[i]):
                break
            indices[i] = 0
            i -= 1
        if i < 0:
            return
        yield tuple([pools[k][indices[k]] for k in range(n)])


def product(*iterables, repeat=1):
    """product(p, q, ... [repeat=1]): the cartesian product, as tuples."""
    repeat = _as_index(repeat)
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[:r])
    while n:
        i = r - 1
        while i >= 0:
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple([pool[k] for k in indices[:r]])
                break
            i -= 1
        if i < 0:
            return


def permutations(iterable, r=None):
    """permutations(p[, r]): r-length tuples, all possible orderings, no repeated items."""
    pool = tuple(iterable)
    if r is None:
        r = len(pool)
    elif not isinstance(r, int):
        raise TypeError("Expected int as r")
    if r < 0:
        raise ValueError("r must be non-negative")
    return _permutations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[:r])
    while True:
        i = r - 1
        while i >= 0:
            if indices[i] != i + n - r:
                break
            i -= 1
        if i < 0:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple([pool[k] for k in indices])


def combinations(iterable, r):
    """combinations(p, r): r-length tuples, in sorted order, no repeated items."""
    r = _as_index(r)
    pool = tuple(iterable)
    if r < 0:
        raise ValueError("r must be non-negative")
    return _combinations(pool, r)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple([pool[k] for k in indices])
    while True:
        i = r - 1
        while i >= 0:
            if indices[i] != n - 1:
                break
            i -= 1
        if i < 0:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple([pool[k] for k in indices])


def combinations_with_replacement(iterable, r):
    """combinations_with_replacement(p, r): r-length tuples, in sorted order, with repeated items."""
    r = _as_index(r)
    pool = tuple(iterable)
    if r < 0:
        raise ValueError("r must be non-negative")
    return _combinations_with_replacement(pool, r)
