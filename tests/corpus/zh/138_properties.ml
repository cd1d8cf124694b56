# @property (getter and setter), @staticmethod, @classmethod, inherited.
类 Temperature:
    scale = "C"
    count = 0

    函数 __init__(self, celsius=0.0):
        self._c = celsius
        Temperature.count += 1

    @属性
    函数 celsius(self):
        返回 self._c

    @celsius.setter
    函数 celsius(self, value):
        如果 value < -273.15:
            抛出 ValueError("too cold")
        self._c = value

    @属性
    函数 fahrenheit(self):
        返回 self._c * 9 / 5 + 32

    @静态方法
    函数 convert(c):
        返回 c * 9 / 5 + 32

    @类方法
    函数 from_f(cls, f):
        返回 cls((f - 32) * 5 / 9)

    @类方法
    函数 made(cls):
        返回 cls.count


t = Temperature(25)
打印(t.celsius, t.fahrenheit, Temperature.convert(100), t.convert(0))
t.celsius = 30
打印(t.celsius, t.fahrenheit)
尝试:
    t.celsius = -300
除了 ValueError 作为 e:
    打印("ValueError:", e)
尝试:
    t.fahrenheit = 1
除了 AttributeError 作为 e:
    打印("AttributeError:", e)
u = Temperature.from_f(212)
打印(u.celsius, 类型(u).__name__, Temperature.made(), t.made())


类 Kelvin(Temperature):
    scale = "K"

    @属性
    函数 kelvin(self):
        返回 self.celsius + 273.15


k = Kelvin.from_f(32)
打印(类型(k).__name__, k.kelvin, k.scale, Kelvin.made())
