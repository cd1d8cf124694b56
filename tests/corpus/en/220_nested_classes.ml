# Classes in class bodies: attributes of the outer class, with CPython's
# __qualname__ in reprs and tracebacks; and classes in functions.
class Base:
    kind = "base"


class Outer:
    """An outer class."""
    kind = "outer"

    class Inner(Base):
        LIMIT = 3

        def __init__(self, v):
            self.v = v

        def __repr__(self):
            return f"Inner({self.v})"

        def show(self):
            return self.show

        class Deep:
            pass

    default = Inner(1)
    kinds = [Inner, Inner.Deep]

    class Error(Exception):
        pass

    def make(self):
        return Outer.Inner(3)

    def check(self, v):
        if v > Outer.Inner.LIMIT:
            raise Outer.Error(f"{v} is over {Outer.Inner.LIMIT}")
        return v


class LinkedList:
    class Node:
        def __init__(self, value, next=None):
            self.value = value
            self.next = next

    def __init__(self):
        self.head = None

    def push(self, v):
        self.head = LinkedList.Node(v, self.head)

    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next


print(Outer().make(), Outer.default, Outer.Inner.LIMIT, Outer.Inner.kind)
print(Outer.Inner, Outer.Inner.Deep, Outer.kinds)
print(Outer.Inner.__name__, Outer.Inner.__qualname__, Outer.Inner.Deep.__qualname__)
print(Outer.Inner.__init__.__qualname__, Outer.Inner.Deep().__class__.__name__)
print(isinstance(Outer.default, Base), type(Outer.default).__qualname__)
print(Outer.Inner(2).show.__qualname__)
print("Inner" in vars(Outer), hasattr(Outer(), "Inner"))

ll = LinkedList()
for k in range(4):
    ll.push(k * k)
print(list(ll), type(ll.head).__qualname__)

for v in (2, 5):
    try:
        print(Outer().check(v))
    except Outer.Error as err:
        print("error:", err, repr(err))


def make_class(k):
    class A:
        size = k

        class B:
            def get(self):
                return k * 2

        def both(self):
            return A.B().get() + self.size

    return A


A = make_class(5)
print(A, A.B, A.B.__qualname__, A().both(), A.B().get())
print(make_class(1)().both(), A.B is make_class(5).B)
try:
    Outer.Inner()
except TypeError as err:
    print(err)
raise Outer.Error("boom")
