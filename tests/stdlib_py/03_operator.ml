import operator
from operator import itemgetter, attrgetter, methodcaller
from functools import reduce


def show(label, thunk):
    try:
        print(label, thunk())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __pos__(self):
        return self

    def __abs__(self):
        return (self.x * self.x + self.y * self.y) ** 0.5

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __repr__(self):
        return "Vec(" + str(self.x) + ", " + str(self.y) + ")"


class Idx:
    def __index__(self):
        return 3


# arithmetic
print(operator.add(2, 3), operator.add("ab", "cd"), operator.add([1], [2]), operator.add(1.5, 2))
print(operator.sub(10, 4), operator.mul(6, 7), operator.mul("ab", 3), operator.truediv(7, 2))
print(operator.floordiv(7, 2), operator.floordiv(-7, 2), operator.mod(-7, 3), operator.mod(7.5, 2))
print(operator.pow(2, 10), operator.pow(2, -1), operator.pow(2, 100), operator.pow(9, 0.5))
print(operator.neg(5), operator.neg(-2.5), operator.pos(-3), operator.pos(True), operator.neg(True))
print(operator.abs(-7), operator.abs(3), operator.abs(-2.5), operator.abs(-0.0), operator.abs(True))
print(operator.abs(-2 ** 80), operator.abs(float("-inf")), operator.abs(Vec(3, 4)))
print(operator.add(Vec(1, 2), Vec(3, 4)), operator.sub(Vec(1, 2), Vec(3, 4)), operator.neg(Vec(1, -1)))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.invert(5), operator.inv(-1))
print(operator.and_({1, 2}, {2, 3}), operator.or_({1}, {2}), operator.xor({1, 2}, {2, 3}))
print(operator.and_(True, False), operator.or_(True, False), operator.xor(True, True))
print(operator.lshift(1, 10), operator.rshift(1024, 3), operator.lshift(3, 70), operator.rshift(-16, 2))
print(operator.index(7), operator.index(True), operator.index(2 ** 70), operator.index(Idx()))
show("truediv by zero", lambda: operator.truediv(1, 0))
show("floordiv by zero", lambda: operator.floordiv(1, 0))
show("mod by zero", lambda: operator.mod(1, 0))
show("add int str", lambda: operator.add(1, "a"))
show("neg str", lambda: operator.neg("a"))
show("abs str", lambda: operator.abs("a"))
show("index float", lambda: operator.index(2.0))
show("index str", lambda: operator.index("3"))
show("lshift negative", lambda: operator.lshift(1, -1))
show("invert float", lambda: operator.invert(1.5))

# comparisons
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne("a", "a"))
print(operator.gt(3, 2), operator.ge(1, 2), operator.lt("abc", "abd"), operator.lt((1, 2), (1, 3)))
print(operator.eq(Vec(1, 2), Vec(1, 2)), operator.lt(Vec(1, 2), Vec(1, 3)), operator.eq([1], [1]))
show("lt int str", lambda: operator.lt(1, "a"))

# logical and identity
print(operator.not_(0), operator.not_([]), operator.not_("x"), operator.truth(0), operator.truth([0]))
print(operator.truth(None), operator.truth(3.5), operator.truth(""))
a = [1]
print(operator.is_(a, a), operator.is_(a, [1]), operator.is_not(a, [1]), operator.is_(None, None))

# sequences
print(operator.concat([1, 2], [3]), operator.concat("ab", "c"), operator.concat((1,), (2,)))
show("concat ints", lambda: operator.concat(1, 2))
show("concat list tuple", lambda: operator.concat([1], (2,)))
print(operator.contains([1, 2, 3], 2), operator.contains("hello", "ell"), operator.contains({"k": 1}, "v"))
print(operator.countOf([1, 2, 1, 1], 1), operator.countOf("banana", "a"), operator.countOf([], 0))
print(operator.indexOf([5, 6, 7], 7), operator.indexOf("abc", "b"))
show("indexOf missing", lambda: operator.indexOf([1, 2], 3))
lst = [10, 20, 30, 40]
print(operator.getitem(lst, 1), operator.getitem(lst, -1), operator.getitem(lst, slice(1, 3)))
print(operator.getitem({"a": 1}, "a"), operator.getitem("xyz", 2), operator.getitem((4, 5), 0))
operator.setitem(lst, 0, 99)
operator.setitem(lst, slice(1, 3), ["a", "b", "c"])
print(lst)
operator.delitem(lst, 1)
operator.delitem(lst, slice(0, 2))
print(lst)
d = {}
operator.setitem(d, "k", "v")
print(d)
operator.delitem(d, "k")
print(d)
show("getitem out of range", lambda: operator.getitem([1], 5))
show("getitem missing key", lambda: operator.getitem({}, "x"))
show("delitem missing", lambda: operator.delitem({}, "x"))

# in-place
x = [1, 2]
y = operator.iadd(x, [3])
print(x, y, x is y)
t = (1,)
t2 = operator.iadd(t, (2,))
print(t, t2)
print(operator.isub(10, 3), operator.imul(4, 5), operator.imul([0], 3), operator.itruediv(9, 2))
print(operator.ifloordiv(9, 2), operator.imod(9, 4), operator.ipow(3, 4), operator.iand(6, 3))
print(operator.ior(6, 3), operator.ixor(6, 3), operator.ilshift(1, 4), operator.irshift(64, 2))
s = {1}
operator.ior(s, {2})
print(s, operator.iconcat([1], [2]))
show("iconcat int", lambda: operator.iconcat(1, [2]))
show("imod by zero", lambda: operator.imod(1, 0))

# as values
print(reduce(operator.mul, range(1, 11)), reduce(operator.add, ["x", "y", "z"]))
print(list(map(operator.add, [1, 2, 3], [10, 20, 30])), list(map(operator.neg, [1, -2])))
print(sorted([3, 1, 2], key=operator.neg), list(filter(operator.truth, [0, 1, "", "a"])))
print(operator.__add__(1, 2), operator.__lt__(1, 2), operator.__getitem__("abc", 1), operator.__not__(1))
ops = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}
print([ops[o](12, 4) for o in "+-*/"])

# itemgetter
print(itemgetter(1)("ABCDEFG"), itemgetter(1, 3, 5)("ABCDEFG"), itemgetter(slice(2, None))("ABCDEFG"))
print(itemgetter("rank")({"rank": 3, "name": "x"}), itemgetter("a", "b")({"a": 1, "b": 2}))
inventory = [("apple", 3), ("banana", 2), ("pear", 5), ("orange", 1)]
print(sorted(inventory, key=itemgetter(1)), list(map(itemgetter(0), inventory)))
print(max(inventory, key=itemgetter(1)), sorted(inventory, key=itemgetter(1, 0), reverse=True))
print(itemgetter(0)([[1, 2]]), itemgetter(-1)(range(5)), itemgetter(0, 0)("ab"))
print(repr(itemgetter(1)), repr(itemgetter(1, "a")), repr(itemgetter(slice(1, 2))))
show("itemgetter()", lambda: itemgetter())
show("itemgetter(5)([])", lambda: itemgetter(5)([]))
show("itemgetter missing key", lambda: itemgetter("z")({}))
show("itemgetter of int", lambda: itemgetter(0)(5))


# attrgetter
class Name:
    def __init__(self, first, last):
        self.first = first
        self.last = last


class Person:
    def __init__(self, first, last, age):
        self.name = Name(first, last)
        self.age = age

    def greeting(self):
        return "hi " + self.name.first


people = [Person("Ada", "Lovelace", 36), Person("Alan", "Turing", 41), Person("Grace", "Hopper", 85)]
print(attrgetter("age")(people[0]), attrgetter("name.last")(people[1]))
print(attrgetter("age", "name.first", "name.last")(people[2]))
print([p.name.last for p in sorted(people, key=attrgetter("name.last"))])
print([p.age for p in sorted(people, key=attrgetter("age"), reverse=True)])
print(attrgetter("greeting")(people[0])())
print(repr(attrgetter("a")), repr(attrgetter("a", "b.c")))
show("attrgetter()", lambda: attrgetter())
show("attrgetter(1)", lambda: attrgetter(1))
show("attrgetter missing", lambda: attrgetter("height")(people[0]))
show("attrgetter missing dotted", lambda: attrgetter("name.middle")(people[0]))


# methodcaller
class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self, greeting="hello", punctuation="!"):
        return greeting + " " + self.name + punctuation


print(operator.call(max, 3, 9, 4), operator.call(Greeter("dee").greet, "yo", punctuation="."))
print(methodcaller("greet")(Greeter("bob")), methodcaller("greet", "hey")(Greeter("amy")))
print(methodcaller("greet", punctuation="?")(Greeter("cy")))
print(methodcaller("upper")("abc"), methodcaller("split")("a b  c"), methodcaller("split", ",")("a,b,c"))
print(methodcaller("split", ",", 1)("a,b,c"), methodcaller("split", maxsplit=1)("a b c"))
print(methodcaller("rsplit", sep=",", maxsplit=1)("a,b,c"), methodcaller("replace", "a", "o")("banana"))
print(methodcaller("count", "a")("banana"), methodcaller("strip", "x")("xxhixx"), methodcaller("startswith", "ba")("banana"))
print(methodcaller("join", ["a", "b"])("-"), methodcaller("zfill", 5)("42"), methodcaller("center", 7, "*")("hi"))
print(methodcaller("format", 1, 2)("{}+{}"), methodcaller("splitlines", keepends=True)("a\nb"))
print(methodcaller("count", 1)([1, 1, 2]), methodcaller("index", 2)((1, 2)), methodcaller("get", "a", 0)({}))
print(list(map(methodcaller("lower"), ["A", "Bc"])), methodcaller("keys")({"x": 1}))
print(methodcaller("hex")(b"\x01\xff"), methodcaller("decode")(b"abc"), methodcaller("bit_length")(255))
print(methodcaller("bit_length")(True), methodcaller("union", {2})({1}), methodcaller("add", 5)({1}))
nums = [3, 1, 2]
print(methodcaller("sort")(nums), nums)
methodcaller("sort", reverse=True)(nums)
print(nums)
methodcaller("sort", key=lambda v: (v % 2, v))(nums)
print(nums)
methodcaller("append", 9)(nums)
methodcaller("insert", 0, 7)(nums)
print(nums, methodcaller("pop")(nums), methodcaller("pop", 0)(nums), nums)
dd = {"a": 1}
methodcaller("update", {"b": 2}, c=3)(dd)
methodcaller("setdefault", "a", 5)(dd)
print(dd, methodcaller("pop", "b")(dd), dd)
print(repr(methodcaller("greet")), repr(methodcaller("greet", "hi", punctuation=".")))
show("methodcaller()", lambda: methodcaller())
show("methodcaller(1)", lambda: methodcaller(1))
show("methodcaller missing", lambda: methodcaller("nope")(Greeter("x")))
show("methodcaller missing on str", lambda: methodcaller("nope")("x"))
show("methodcaller upper on list", lambda: methodcaller("upper")([1]))
show("methodcaller sort on str", lambda: methodcaller("sort")("x"))
show("methodcaller index missing", lambda: methodcaller("index", 9)([1]))
show("methodcaller tuple index missing", lambda: methodcaller("index", 9)((1,)))
print(methodcaller("index", 3, -2)([3, 1, 3, 3]), methodcaller("index", 3, 1, -1)([3, 1, 3, 3]), methodcaller("count", [1])([[1], 1]))
print(methodcaller("index", 1, 1)((1, 2, 1)), methodcaller("index", 1, 1, 3)((0, 1, 2)), methodcaller("count", 1)((1, 1)))
show("methodcaller tuple index range", lambda: methodcaller("index", 1, 1, 2)((1, 2, 1)))
print(methodcaller("split", None, 1)(" a  b c "), methodcaller("rsplit", None, 1)(" a  b c "))
print(methodcaller("split", maxsplit=2)(b" a\tb c d"), methodcaller("rsplit")("x y"))
print(methodcaller("splitlines", True)("a\r\nb\rc\x1cd\n\n"), methodcaller("splitlines")("a\nb"))
