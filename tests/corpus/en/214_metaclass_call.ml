# A metaclass's __call__ runs when its classes are called; super().__call__
# makes the instance (the class's __new__ and __init__) as type.__call__.
class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, name, debug=False):
        self.name = name
        self.debug = debug


class Cache(metaclass=Singleton):
    pass


a = Config("first", debug=True)
b = Config("second")
print(a is b, a.name, b.debug, Cache() is Cache(), Cache() is a)


class Counted(type):
    made = 0

    def __call__(cls, *args, **kwargs):
        Counted.made += 1
        obj = super().__call__(*args, **kwargs)
        obj.serial = Counted.made
        return obj


class Token(metaclass=Counted):
    def __new__(cls, text):
        print("new", text)
        return super().__new__(cls)

    def __init__(self, text):
        self.text = text.upper()


class Plain(metaclass=Counted):
    pass


t1, t2 = Token("a"), Token(text="b")
print(t1.text, t1.serial, t2.text, t2.serial, Plain().serial, Counted.made)
try:
    Token()
except TypeError as err:
    print("TypeError:", err)
