# A metaclass's __call__ runs when its classes are called; super().__call__
# makes the instance (the class's __new__ and __init__) as type.__call__.
classe Singleton(tipo):
    _instances = {}

    definisci __call__(cls, *args, **kwargs):
        se cls non in cls._instances:
            cls._instances[cls] = superclasse().__call__(*args, **kwargs)
        ritorna cls._instances[cls]


classe Config(metaclass=Singleton):
    definisci __init__(self, name, debug=Falso):
        self.name = name
        self.debug = debug


classe Cache(metaclass=Singleton):
    passa


a = Config("first", debug=Vero)
b = Config("second")
stampa(a è b, a.name, b.debug, Cache() è Cache(), Cache() è a)


classe Counted(tipo):
    made = 0

    definisci __call__(cls, *args, **kwargs):
        Counted.made += 1
        obj = superclasse().__call__(*args, **kwargs)
        obj.serial = Counted.made
        ritorna obj


classe Token(metaclass=Counted):
    definisci __new__(cls, text):
        stampa("new", text)
        ritorna superclasse().__new__(cls)

    definisci __init__(self, text):
        self.text = text.upper()


classe Plain(metaclass=Counted):
    passa


t1, t2 = Token("a"), Token(text="b")
stampa(t1.text, t1.serial, t2.text, t2.serial, Plain().serial, Counted.made)
prova:
    Token()
eccetto TypeError come err:
    stampa("TypeError:", err)
