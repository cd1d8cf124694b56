# getattr/setattr/hasattr/delattr on objects, divmod, pow with a modulus (negative exponents too).
class Config:
    debug = False

    def __init__(self):
        self.name = "app"

c = Config()
print(getattr(c, "name"), getattr(c, "missing", "dflt"), getattr(c, "debug"), hasattr(c, "name"), hasattr(c, "nope"))
setattr(c, "level", 3)
print(c.level, getattr(c, "level"))
delattr(c, "level")
print(hasattr(c, "level"))
for field in ["name", "debug"]:
    print(field, "=", getattr(c, field))
try:
    getattr(c, "zzz")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(c, 5)
except TypeError as e:
    print("TypeError:", e)
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(7, -2))
print(pow(2, 10), pow(2, -1), pow(2.5, 2), pow(3, 4, 5), pow(3, -1, 7), pow(-3, 3, 7), pow(5, 0, 1), pow(2, 100, -7))
q, r = divmod(100, 7)
print(q, r)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
