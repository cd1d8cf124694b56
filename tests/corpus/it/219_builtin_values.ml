# min and max called as values (through a variable, through f(*a, **k)) take
# key= and default= as the direct calls do; getattr(x, "name") of a builtin
# type's method.
pick = massimo
low = minimo
words = ["pear", "fig", "banana", "kiwi"]
stampa(pick(words, key=lunghezza), low(words, key=lunghezza), pick(words), low(3, 1, 2, key=lambda v: -v))
stampa(pick([], predefinito="none"), low([], key=lunghezza, predefinito=0), pick(words, key=lambda w: w[-1]))
apply = lambda f, *a, **k: f(*a, **k)
stampa(apply(massimo, [1, 5, 3], key=lambda v: v % 5), apply(minimo, "hello", key=ordinale))
per bad in [lambda: pick(1, 2, predefinito=0), lambda: pick([1], bogus=1), lambda: pick([])]:
    prova:
        bad()
    eccetto (TypeError, ValueError) come err:
        stampa(tipo(err).__name__, err)

stampa(ottieni_attributo([1, 2, 1], "count")(1), ottieni_attributo("abc", "upper")(), ottieni_attributo({"a": 1}, "get")("a"))
classe C:
    count = 5
    definisci upper(self):
        ritorna "mine"
stampa(ottieni_attributo(C(), "count"), ottieni_attributo(C(), "upper")(), ottieni_attributo(C, "count"))
prova:
    ottieni_attributo(5, "upper")
eccetto AttributeError come err:
    stampa("AttributeError:", err)
stampa(ottieni_attributo(5, "upper", "default"), ha_attributo([], "append"))
