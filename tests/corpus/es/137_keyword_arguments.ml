# Keyword arguments and defaults in calls of classes, methods and function values; CPython's binding errors.
clase Item:
    def __init__(self, name, price=1.0, qty=1):
        self.name = name
        self.price = price
        self.qty = qty

    def total(self, discount=0.0, tax=0.0):
        devolver redondear(self.price * self.qty * (1 - discount) * (1 + tax), 2)

    def __repr__(self):
        devolver f"Item({self.name!r}, price={self.price}, qty={self.qty})"


a = Item("pen")
b = Item("book", qty=3, price=12.5)
c = Item(name="cup", price=4.0)
imprimir(a, b, c)
imprimir(b.total(), b.total(tax=0.2), b.total(0.1, tax=0.2), c.total(discount=0.5))
para bad en [lambda: Item(), lambda: Item("x", colour="red"), lambda: Item("x", 2.0, name="y"), lambda: b.total(1, 2, 3)]:
    intentar:
        bad()
    excepto TypeError como e:
        imprimir("TypeError:", e)

def area(w, h=2):
    devolver w * h

f = area
imprimir(f(3), f(3, h=5), f(h=4, w=2))
intentar:
    f(3, z=1)
excepto TypeError como e:
    imprimir(e)

clase Shelf:
    def __init__(self):
        self.items = []

    def sort(self, reverse=Falso):
        self.items.sort(reverse=reverse)
        devolver self.items

s = Shelf()
s.items = [3, 1, 2]
imprimir(s.sort(reverse=Verdadero), s.sort())
clase E(Exception):
    def __init__(self, code, msg="failed"):
        superior().__init__(msg)
        self.code = code
intentar:
    lanzar E(code=5)
excepto E como e:
    imprimir(e, e.code, e.args)
