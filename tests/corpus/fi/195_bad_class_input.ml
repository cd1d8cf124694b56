# Bad input to the class machinery gets CPython's errors: a non-class to
# @dataclass, a metaclass that is not callable, list values in an Enum,
# __match_args__ that is not a tuple.
kohteesta dataclasses tuo dataclass
kohteesta enum tuo Enum
yrita:
    dataclass(5)
paitsi Exception nimella e:
    tulosta(tyyppi(e).__name__, e)
yrita:
    luokka C(metaclass=5):
        ohita
paitsi Exception nimella e:
    tulosta(tyyppi(e).__name__, e)
luokka L(Enum):
    A = [1]
    B = [2]
tulosta(L([2]), lista(L))
luokka P:
    __match_args__ = ["x"]
    x = 1
yrita:
    taysmatch P():
        tapaus P(1):
            tulosta("one")
paitsi TypeError nimella e:
    tulosta(e)
