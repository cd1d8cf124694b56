# Bad input to the class machinery gets CPython's errors: a non-class to
# @dataclass, a metaclass that is not callable, list values in an Enum,
# __match_args__ that is not a tuple.
from dataclasses import dataclass
from enum import Enum
try:
    dataclass(5)
except Exception as e:
    print(type(e).__name__, e)
try:
    class C(metaclass=5):
        pass
except Exception as e:
    print(type(e).__name__, e)
class L(Enum):
    A = [1]
    B = [2]
print(L([2]), list(L))
class P:
    __match_args__ = ["x"]
    x = 1
try:
    match P():
        case P(1):
            print("one")
except TypeError as e:
    print(e)
