print(str.format("{}!", 1), str.format("{a}-{0}", 5, a=3))
f = str.format
print(f("<{}>", "x"))
for g in (lambda: str.format(), lambda: str.format(1, 2)):
    try:
        g()
    except TypeError as e:
        print(e)


class Meta(type):
    registry = []

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Meta.registry.append(name)


class Base(metaclass=Meta):
    pass


class Child(Base):
    pass


print(Meta.registry)
