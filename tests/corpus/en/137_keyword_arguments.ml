# Keyword arguments and defaults in calls of classes, methods and function values; CPython's binding errors.
class Item:
    def __init__(self, name, price=1.0, qty=1):
        self.name = name
        self.price = price
        self.qty = qty

    def total(self, discount=0.0, tax=0.0):
        return round(self.price * self.qty * (1 - discount) * (1 + tax), 2)

    def __repr__(self):
        return f"Item({self.name!r}, price={self.price}, qty={self.qty})"


a = Item("pen")
b = Item("book", qty=3, price=12.5)
c = Item(name="cup", price=4.0)
print(a, b, c)
print(b.total(), b.total(tax=0.2), b.total(0.1, tax=0.2), c.total(discount=0.5))
for bad in [lambda: Item(), lambda: Item("x", colour="red"), lambda: Item("x", 2.0, name="y"), lambda: b.total(1, 2, 3)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

def area(w, h=2):
    return w * h

f = area
print(f(3), f(3, h=5), f(h=4, w=2))
try:
    f(3, z=1)
except TypeError as e:
    print(e)

class Shelf:
    def __init__(self):
        self.items = []

    def sort(self, reverse=False):
        self.items.sort(reverse=reverse)
        return self.items

s = Shelf()
s.items = [3, 1, 2]
print(s.sort(reverse=True), s.sort())
class E(Exception):
    def __init__(self, code, msg="failed"):
        super().__init__(msg)
        self.code = code
try:
    raise E(code=5)
except E as e:
    print(e, e.code, e.args)
