# Class decorators, annotations in class bodies, NotImplemented,
# __setattr__ / __getattr__ / __delattr__, defaults that are not literals,
# a class defined under an if, and a dataclass.
から dataclasses 取込 dataclass, field

registry = {}


関数 register(cls):
    registry[cls.__name__] = cls
    戻る cls


関数 tagged(label):
    関数 apply(cls):
        cls.label = label
        戻る cls
    戻る apply


@register
@tagged("money")
クラス Money:
    amount: 整数
    currency: 文字列 = "EUR"

    関数 __init__(self, amount, currency="EUR"):
        self.amount = amount
        self.currency = currency

    関数 __add__(self, other):
        インスタンスか(other, Money) かつ other.currency == self.currency もし:
            戻る Money(self.amount + other.amount, self.currency)
        戻る NotImplemented

    関数 __radd__(self, other):
        other == 0 もし:
            戻る self
        戻る NotImplemented

    関数 __eq__(self, other):
        ない インスタンスか(other, Money) もし:
            戻る NotImplemented
        戻る (self.amount, self.currency) == (other.amount, other.currency)

    関数 __lt__(self, other):
        ない インスタンスか(other, Money) もし:
            戻る NotImplemented
        戻る self.amount < other.amount

    関数 __repr__(self):
        戻る f"{self.amount} {self.currency}"


表示(registry, Money.label, Money.__annotations__)
wallet = [Money(5), Money(10), Money(2)]
表示(合計(wallet), ソート済み(wallet), Money(3) == Money(3), Money(3) == 3)
["x", Money(1, "USD")] 内の 各 bad に対して:
    試行:
        表示(Money(1) + bad)
    例外 TypeError として e:
        表示("TypeError:", e)
試行:
    表示(Money(1) < 2)
例外 TypeError として e:
    表示("TypeError:", e)


クラス Record:
    関数 __init__(self, **values):
        オブジェクト.__setattr__(self, "_values", 辞書(values))
        オブジェクト.__setattr__(self, "changes", 0)

    関数 __getattr__(self, name):
        name 中 self._values もし:
            戻る self._values[name]
        発生 AttributeError(f"no field {name!r}")

    関数 __setattr__(self, name, value):
        self._values[name] = value
        オブジェクト.__setattr__(self, "changes", self.changes + 1)

    関数 __delattr__(self, name):
        削除 self._values[name]


r = Record(name="Ada", year=1815)
r.year = 1816
r.city = "London"
削除 r.name
表示(r.year, r.city, r.changes, ソート済み(r._values))
表示(属性取得(r, "name", "gone"), 属性あり(r, "city"))

DEFAULT_TAGS = ["new"]


関数 comma(tags):
    戻る ", ".join(tags)


関数 label(item, tags=DEFAULT_TAGS, sep=comma):
    戻る item + ": " + sep(tags)


表示(label("a"), label("b", ["x", "y"]))

長さ(registry) == 1 もし:
    クラス Mode:
        name = "single"
でなければ:
    クラス Mode:
        name = "many"
表示(Mode.name)


@dataclass(order=真)
クラス Task:
    priority: 整数
    title: 文字列 = field(compare=偽)
    done: 真偽 = 偽


tasks = [Task(3, "write"), Task(1, "read"), Task(2, "test", 真)]
表示(ソート済み(tasks)[0], [t.title 毎 t 中 ソート済み(tasks, reverse=真)])
表示(Task(1, "a") == Task(1, "b"), Task(1, "a") < Task(2, "a"))
