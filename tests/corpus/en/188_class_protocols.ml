# Class decorators, annotations in class bodies, NotImplemented,
# __setattr__ / __getattr__ / __delattr__, defaults that are not literals,
# a class defined under an if, and a dataclass.
from dataclasses import dataclass, field

registry = {}


def register(cls):
    registry[cls.__name__] = cls
    return cls


def tagged(label):
    def apply(cls):
        cls.label = label
        return cls
    return apply


@register
@tagged("money")
class Money:
    amount: int
    currency: str = "EUR"

    def __init__(self, amount, currency="EUR"):
        self.amount = amount
        self.currency = currency

    def __add__(self, other):
        if isinstance(other, Money) and other.currency == self.currency:
            return Money(self.amount + other.amount, self.currency)
        return NotImplemented

    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return (self.amount, self.currency) == (other.amount, other.currency)

    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.amount < other.amount

    def __repr__(self):
        return f"{self.amount} {self.currency}"


print(registry, Money.label, Money.__annotations__)
wallet = [Money(5), Money(10), Money(2)]
print(sum(wallet), sorted(wallet), Money(3) == Money(3), Money(3) == 3)
for bad in ["x", Money(1, "USD")]:
    try:
        print(Money(1) + bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    print(Money(1) < 2)
except TypeError as e:
    print("TypeError:", e)


class Record:
    def __init__(self, **values):
        object.__setattr__(self, "_values", dict(values))
        object.__setattr__(self, "changes", 0)

    def __getattr__(self, name):
        if name in self._values:
            return self._values[name]
        raise AttributeError(f"no field {name!r}")

    def __setattr__(self, name, value):
        self._values[name] = value
        object.__setattr__(self, "changes", self.changes + 1)

    def __delattr__(self, name):
        del self._values[name]


r = Record(name="Ada", year=1815)
r.year = 1816
r.city = "London"
del r.name
print(r.year, r.city, r.changes, sorted(r._values))
print(getattr(r, "name", "gone"), hasattr(r, "city"))

DEFAULT_TAGS = ["new"]


def comma(tags):
    return ", ".join(tags)


def label(item, tags=DEFAULT_TAGS, sep=comma):
    return item + ": " + sep(tags)


print(label("a"), label("b", ["x", "y"]))

if len(registry) == 1:
    class Mode:
        name = "single"
else:
    class Mode:
        name = "many"
print(Mode.name)


@dataclass(order=True)
class Task:
    priority: int
    title: str = field(compare=False)
    done: bool = False


tasks = [Task(3, "write"), Task(1, "read"), Task(2, "test", True)]
print(sorted(tasks)[0], [t.title for t in sorted(tasks, reverse=True)])
print(Task(1, "a") == Task(1, "b"), Task(1, "a") < Task(2, "a"))
