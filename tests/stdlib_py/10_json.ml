import json
from collections import OrderedDict, Counter
from json import dumps, loads, JSONDecodeError


def show(label, thunk):
    try:
        print(label, ascii(thunk()))
    except JSONDecodeError as e:
        print(label, "-> JSONDecodeError", e, "|", e.msg, e.pos, e.lineno, e.colno)
    except Exception as e:
        print(label, "->", type(e).__name__, e)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class MyList(list):
    pass


class MyDict(dict):
    pass


def point_default(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    raise TypeError("no " + type(o).__name__)


# ---- dumps: values ----
# (a lambda around a comprehension, or around another lambda, is not
# supported by the compiler yet: named functions instead)
def dump_each(xs):
    return [dumps(x) for x in xs]


def same(o):
    return o


def in_list(o):
    return [o]


show("scalars", lambda: dump_each([None, True, False, 0, -7, 2**64, -(10**30), 1.5, -0.0, 1e16, 1e-7, 0.1 + 0.2, 5e-324, 1.7976931348623157e308]))
show("nan inf", lambda: dump_each([float("nan"), float("inf"), -float("inf")]))
show("str", lambda: dumps("a\"b\\c/d\n\r\t\b\f\x00\x1f\x7f \u00e9\u20ac\U0001f600\u2028"))
show("str non-ascii", lambda: dumps("a\"b\\c/d\n\x00\x1f\x7f \u00e9\u20ac\U0001f600", ensure_ascii=False))
show("containers", lambda: dumps({"a": [1, (2, 3), {"b": None}], "c": (), "d": {}, "e": []}))
show("nested empty indent", lambda: dumps({"a": [], "b": {}, "c": [[]]}, indent=2))
show("keys", lambda: dumps({1: "i", 2.5: "f", True: "t", False: "f", None: "n", "s": "s", -0.0: "z", 10**20: "big"}))
show("nan keys", lambda: dumps({float("nan"): 1, float("inf"): 2}))
show("nan key allow_nan", lambda: dumps({float("inf"): 2}, allow_nan=False))
show("tuple key", lambda: dumps({(1, 2): 3}))
show("tuple key skipped", lambda: dumps({(1, 2): 3, "a": 1, b"x": 2, "b": 2}, skipkeys=True))
show("first key skipped", lambda: dumps({(1, 2): 3, "a": 1}, skipkeys=True, indent=1))
show("sort_keys", lambda: dumps({"b": 1, "a": {"d": 1, "c": 2}, "A": 3}, sort_keys=True))
show("sort_keys ints", lambda: dumps({3: 1, 1: 2, 2: 3}, sort_keys=True))
show("sort_keys mixed", lambda: dumps({"b": 1, 1: 2}, sort_keys=True))
show("indent 4", lambda: dumps([1, {"a": [2, 3]}, "x"], indent=4))
show("indent 0", lambda: dumps([1, [2]], indent=0))
show("indent -2", lambda: dumps([1, [2]], indent=-2))
show("indent str", lambda: dumps({"a": [1]}, indent="->"))
show("indent float", lambda: dumps([1], indent=1.5))
show("separators", lambda: dumps({"a": [1, 2]}, separators=(",", ":")))
show("separators indent", lambda: dumps({"a": [1, 2]}, indent=2, separators=(" ,", " = ")))
show("separators bad", lambda: dumps([1], separators=(",",)))
show("allow_nan", lambda: dumps([1.0, float("nan")], allow_nan=False))
show("allow_nan indent", lambda: dumps([1.0, -float("inf")], allow_nan=False, indent=2))
show("not serializable", lambda: dumps([1, {2, 3}]))
show("not serializable obj", lambda: dumps({"p": Point(1, 2)}))
show("not serializable bytes", lambda: dumps(b"x"))
show("default", lambda: dumps({"p": Point(1, 2), "q": [Point(3, 4)]}, default=point_default))
show("default raises", lambda: dumps([1, {1}], default=point_default))
show("default sorted", lambda: dumps({"s": {3, 1, 2}}, default=sorted, indent=1))
show("default returning itself", lambda: dumps([Point(0, 0)], default=same))
show("default returning a list of itself", lambda: dumps([Point(0, 0)], default=in_list))
md = MyDict()
md["a"] = 1
show("subclasses", lambda: dumps([MyList([1, 2]), md, OrderedDict([("z", 1), ("y", 2)]), Counter("aab")]))
show("big int", lambda: dumps([10**100, -(2**200)]))
show("huge int", lambda: dumps(10**5000))
show("keyword only", lambda: dumps([1], True))
show("unknown keyword", lambda: dumps([1], colour=True))
show("str top", lambda: dumps("\u00e9", ensure_ascii=False))
show("bool opts", lambda: dumps({"a": 1}, sort_keys=1, ensure_ascii=0, skipkeys=[]))

# ---- circular references ----
a = [1]
a.append(a)
show("circular list", lambda: dumps(a))
d = {"k": 1}
d["self"] = d
show("circular dict", lambda: dumps(d))
show("circular indent", lambda: dumps({"x": [d]}, indent=2))
show("circular unchecked", lambda: dumps(a, check_circular=False))
shared = [1, 2]
show("shared is fine", lambda: dumps([shared, shared, {"a": shared}]))
deep = []
for i in range(50):
    deep = [deep]
show("deep", lambda: dumps(deep))

# ---- loads ----
show("values", lambda: loads('[null, true, false, 0, -0, 1.5, -0.0, 1e3, 1E-3, 2.5e+2, 12345678901234567890123, "s"]'))
show("floats", lambda: loads('[0.1, 1.7976931348623157e308, 1e400, -1e400, 4.9e-324, 1e-400, 123456789012345678901234567890.5, 3.141592653589793238462643383279]'))
show("constants", lambda: loads('[NaN, Infinity, -Infinity]'))
show("nested", lambda: loads(' {"a" : [1, {"b": {}}, []], "c": {"d": [[]]}} '))
show("escapes", lambda: loads('"\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\u20AC \\ud83d\\ude00"'))
show("lone surrogates", lambda: loads('["\\ud800", "\\udc00", "\\ud83d\\u0041"]'))
show("raw unicode", lambda: loads('["\u00e9\U0001f600", {"\u20ac": 1}]'))
show("duplicate keys", lambda: loads('{"a": 1, "b": 2, "a": 3}'))
show("bytes", lambda: loads(b'{"a": [1, "\xc3\xa9"]}'))
show("bytes bom", lambda: loads(b'\xef\xbb\xbf[1]'))
show("bytearray", lambda: loads(bytearray(b'[2]')))
show("str bom", lambda: loads('\ufeff[1]'))
show("not str", lambda: loads(12))
show("not str list", lambda: loads([1]))
show("whitespace", lambda: loads(' \t\n\r 1 \t\n\r '))
for text in ['', ' ', '[', ']', '{', '}', '[1,]', '[1 2]', '{"a":1,}', '{"a" 1}', '{"a":}', '{1: 2}', "{'a': 1}",
             '"abc', '"a\\', '"\\x"', '"\\u12"', '"\\u12g4"', '"\\ud800\\u12"', '"a\tb"', '"a\nb"', '[1]x', '1 2',
             'nul', 'tru', 'nan', 'infinity', '-Infinit', '-', '--1', '+1', '.5', '01', '1.', '1.e5', '1e', '1e+',
             '[1, 2\n, 3\n, ]', '{\n  "a": 1,\n  "b" 2\n}', '\n\n  x', '"\u00e9\u00e9" x', '[\u00e9]', '\u00a0 1',
             '[' * 3 + ']' * 2, '{"a": [1, {"b": ]}}', '1' * 4301, '-' + '9' * 4300]:
    show("loads " + ascii(text[:30]), lambda: str(loads(text))[:40])

# ---- JSONDecodeError ----
try:
    loads('{"a": tru}')
except ValueError as e:
    print(type(e).__name__, isinstance(e, ValueError), isinstance(e, JSONDecodeError), e.args)
    print(e.msg, e.doc, e.pos, e.lineno, e.colno)
e = JSONDecodeError("Boom", "ab\ncd\nef", 7)
print(e, e.lineno, e.colno)
print(json.JSONDecodeError.__name__, issubclass(JSONDecodeError, ValueError))

# ---- round trips ----
doc = {"name": "x\u00e9", "list": [1, 2.5, None, True, {"n": -3}], "empty": {}, "big": 2**70}
for opts in [{}, {"indent": 2}, {"ensure_ascii": False}, {"separators": (",", ":")}, {"sort_keys": True}]:
    text = dumps(doc, **opts)
    print(ascii(text), loads(text) == doc)

# ---- separators that are not str, a default that is not callable ----
for kw in [dict(separators=(1, ':')), dict(separators=(',', 2)), dict(separators=(',', 2), indent=1),
           dict(separators=(1, ':'), indent=1), dict(default=5), dict(indent=True)]:
    for v in [[1, 2], {'a': 1}, {1, 2}, 5, "s"]:
        show("options " + str(kw) + " " + str(v), lambda: dumps(v, **kw))

# ---- the type named by "not JSON serializable" ----


def gen():
    yield 1


class K:
    pass


for v in [gen(), range(2), {1: 2}.keys(), {1: 2}.items(), gen, K, K(), b"x", bytearray(b"y"), frozenset([1]),
          iter([1]), slice(1, 2), ValueError("x")]:
    show("type " + type(v).__name__, lambda: dumps(v))
import json
import io
data = {"b": [1, 2.5, None, True], "a": "é"}
with open("d.json", "w") as f:
    json.dump(data, f, indent=2, sort_keys=True)
print(open("d.json").read())
with open("d.json") as f:
    print(json.load(f))
s = io.StringIO()
json.dump([1, {"x": 2}], s, separators=(",", ":"))
print(s.getvalue(), json.load(io.StringIO(s.getvalue())))
try:
    json.loads('{"a": 1,\n "b": }')
except json.JSONDecodeError as e:
    print(e, e.lineno, e.colno)
