# @property (getter and setter), @staticmethod, @classmethod, inherited.
class Temperature:
    scale = "C"
    count = 0

    def __init__(self, celsius=0.0):
        self._c = celsius
        Temperature.count += 1

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("too cold")
        self._c = value

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @staticmethod
    def convert(c):
        return c * 9 / 5 + 32

    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)

    @classmethod
    def made(cls):
        return cls.count


t = Temperature(25)
print(t.celsius, t.fahrenheit, Temperature.convert(100), t.convert(0))
t.celsius = 30
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print("AttributeError:", e)
u = Temperature.from_f(212)
print(u.celsius, type(u).__name__, Temperature.made(), t.made())


class Kelvin(Temperature):
    scale = "K"

    @property
    def kelvin(self):
        return self.celsius + 273.15


k = Kelvin.from_f(32)
print(type(k).__name__, k.kelvin, k.scale, Kelvin.made())
