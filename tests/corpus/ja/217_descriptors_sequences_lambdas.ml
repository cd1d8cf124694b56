# Descriptors (__get__, __set__, __delete__, __set_name__), iteration and
# `in` through __iter__ or only __getitem__, lambdas with *args, **kwargs
# and keyword-only parameters.
クラス Positive:
    関数 __set_name__(self, owner, name):
        self.private = "_" + name

    関数 __get__(self, obj, objtype=なし):
        obj は なし もし:
            戻る self
        戻る 属性取得(obj, self.private)

    関数 __set__(self, obj, value):
        value <= 0 もし:
            発生 ValueError(self.private[1:] + " must be positive")
        属性設定(obj, self.private, value)


クラス Unit:
    関数 __init__(self, text):
        self.text = text

    関数 __get__(self, obj, objtype=なし):
        戻る self.text もし obj は なし でなければ self.text + " of " + obj.name


クラス Item:
    price = Positive()
    qty = Positive()
    unit = Unit("box")

    関数 __init__(self, name, price, qty):
        self.name = name
        self.price = price
        self.qty = qty

    関数 total(self):
        戻る self.price * self.qty


pen = Item("pen", 3, 4)
表示(pen.price, pen.qty, pen.total(), pen.unit, Item.unit, 型(Item.price).__name__)
試行:
    pen.qty = 0
例外 ValueError として err:
    表示("ValueError:", err)
表示(ソート済み(vars(pen).items()))


クラス Letters:
    関数 __init__(self, text):
        self.text = text

    関数 __getitem__(self, i):
        戻る self.text[i].upper()


クラス Countdown:
    関数 __init__(self, n):
        self.n = n

    関数 __iter__(self):
        戻る イテレータ(範囲(self.n, 0, -1))


表示(リスト(Letters("abc")), "B" 中 Letters("abc"), "z" 中 Letters("abc"), ソート済み(Letters("cab")))
表示(3 中 Countdown(5), 9 中 Countdown(5), リスト(Countdown(3)))
it = イテレータ(Letters("xy"))
表示(型(it).__name__, 次(it), 次(it), 次(it, "done"))

collect = ラムダ *a: a
named = ラムダ **k: ソート済み(k.items())
mixed = ラムダ x, *rest, scale=1, **opts: (x * scale, rest, opts)
only_kw = ラムダ a, *, b=2: a + b
表示(collect(), collect(1, 2), named(z=1, y=2), mixed(3), mixed(3, 4, 5, scale=2, tag="t"))
表示(only_kw(1), only_kw(1, b=5), (ラムダ f, *args, **kw: f(*args, **kw))(ラムダ a, b, c=0: a * b + c, 3, 9, c=1))
試行:
    only_kw(1, 2)
例外 TypeError として err:
    表示("TypeError:", err)
