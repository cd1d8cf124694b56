import pprint
from dataclasses import dataclass, field

data = {"name": "Ada Lovelace", "langs": ["English", "French", "Italian"], "born": 1815,
        "works": {"notes": ["Note A", "Note B", "Note G"], "year": 1843}, "tags": {3, 1, 2},
        "pair": (1, 2), "one": (1,), "nested": [[1, 2, 3] * 5, {"k": list(range(30))}], "z": None, 3: 4.5}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, indent=4, width=60)
pprint.pprint(data, depth=1)
pprint.pprint(data, compact=True, width=50)
pprint.pp({"b": 1, "a": 2})
pprint.pprint(list(range(40)), compact=True)
pprint.pprint(list(range(25)))
print(pprint.pformat({"x": [1, 2], "y": "short"}))
long = "The quick brown fox jumps over the lazy dog. " * 4
pprint.pprint(long)
pprint.pprint({"text": long, "lines": "one\ntwo\nthree " * 10})
pprint.pprint(frozenset(range(30)))
rec = [1, 2]
rec.append(rec)
print(pprint.saferepr(rec)[:28], pprint.isrecursive(rec), pprint.isreadable(rec), pprint.isreadable([1, "a"]))
print(pprint.pformat(10 ** 12, underscore_numbers=True), pprint.saferepr({"b": [3, 2], "a": 1}))


@dataclass
class Point:
    x: int
    y: int
    label: str = "origin of the coordinate system used everywhere in this program"
    hidden: list = field(default_factory=list, repr=False)


pprint.pprint(Point(1, 2))
pprint.pprint([Point(3, 4, "p")] * 3)
p = pprint.PrettyPrinter(width=30, sort_dicts=False)
p.pprint({"zeta": 1, "alpha": [10, 20, 30, 40, 50, 60], "mid": "m"})
print(p.pformat((1, [2, 3])), p.isreadable({1: 2}))
for bad in (lambda: pprint.PrettyPrinter(indent=-1), lambda: pprint.PrettyPrinter(depth=0), lambda: pprint.PrettyPrinter(width=0)):
    try:
        bad()
    except ValueError as e:
        print(e)
from collections import Counter, OrderedDict, defaultdict, deque, ChainMap

words = "the quick brown fox jumps over the lazy dog the end and the fox again and again".split()
pprint.pprint(Counter(words))
pprint.pprint(Counter(words), width=30)
d = defaultdict(list)
for w in words:
    d[len(w)].append(w)
pprint.pprint(d)
pprint.pprint(OrderedDict((w, len(w)) for w in words))
pprint.pprint(deque(range(30)))
pprint.pprint(deque(range(40), maxlen=35))
pprint.pprint(ChainMap({"a" * 30: 1, "b" * 30: 2}, {"c" * 30: 3}))
pprint.pprint({"counts": Counter("mississippi"), "q": deque("abc")})


class MyCounter(Counter):
    pass


pprint.pprint(MyCounter(words), width=40)
pprint.pprint([Counter(), deque(), OrderedDict(), defaultdict(int)])
