# A metaclass's __call__ runs when its classes are called; super().__call__
# makes the instance (the class's __new__ and __init__) as type.__call__.
klass Singleton(typ):
    _instances = {}

    definiera __call__(cls, *args, **kwargs):
        om cls inte i cls._instances:
            cls._instances[cls] = superklass().__call__(*args, **kwargs)
        retur cls._instances[cls]


klass Config(metaclass=Singleton):
    definiera __init__(self, name, debug=Falskt):
        self.name = name
        self.debug = debug


klass Cache(metaclass=Singleton):
    passera


a = Config("first", debug=Sant)
b = Config("second")
skriv(a ar b, a.name, b.debug, Cache() ar Cache(), Cache() ar a)


klass Counted(typ):
    made = 0

    definiera __call__(cls, *args, **kwargs):
        Counted.made += 1
        obj = superklass().__call__(*args, **kwargs)
        obj.serial = Counted.made
        retur obj


klass Token(metaclass=Counted):
    definiera __new__(cls, text):
        skriv("new", text)
        retur superklass().__new__(cls)

    definiera __init__(self, text):
        self.text = text.upper()


klass Plain(metaclass=Counted):
    passera


t1, t2 = Token("a"), Token(text="b")
skriv(t1.text, t1.serial, t2.text, t2.serial, Plain().serial, Counted.made)
forsok:
    Token()
utom TypeError som err:
    skriv("TypeError:", err)
