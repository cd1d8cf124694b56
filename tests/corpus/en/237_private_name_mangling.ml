# Private names: __x in a class body is _Class__x (attributes, class
# variables, defs, parameters), as CPython mangles them; a method keeps its
# own name in its __name__, __qualname__ and tracebacks.
class P:
    __count = 0

    def __init__(self, secret):
        self.__secret = secret
        P.__count += 1

    def __helper(self, __scale=2):
        return self.__secret * __scale

    def reveal(self):
        return self.__helper(3)

    @classmethod
    def count(cls):
        return cls.__count


class Q(P):
    def peek(self):
        try:
            return self.__secret
        except AttributeError as e:
            return "no: " + str(e)


class __Hidden:
    def __init__(self):
        self.__x = 1


p = P(5)
print(vars(p), p.reveal(), P.count(), p._P__secret)
print(Q(2).peek())
print(sorted(k for k in vars(P) if "count" in k or "helper" in k))
print(vars(__Hidden()))
try:
    print(p.__secret)
except AttributeError as e:
    print(e)
print(getattr(p, "_P__secret"), hasattr(p, "__secret"))
print(P._P__helper.__name__, P._P__helper.__qualname__)
class R:
    def __boom(self):
        raise ValueError("boom")
    def go(self):
        self.__boom()
R().go()
