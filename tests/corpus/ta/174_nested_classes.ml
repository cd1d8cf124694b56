# Classes inside functions: a new class each call, closures over the function's variables, inheritance, special methods, generators and exceptions
வரையறு make_point_class(scale):
    வகுப்பு Point:
        count = 0
        வரையறு __init__(self, x, y=0):
            self.x = x * scale
            self.y = y * scale
            Point.count += 1
        வரையறு __add__(self, other):
            திருப்பு Point(self.x + other.x, self.y + other.y)
        வரையறு __repr__(self):
            திருப்பு f"Point({self.x}, {self.y})"
        வரையறு __eq__(self, other):
            திருப்பு (self.x, self.y) == (other.x, other.y)
        வரையறு norm(self, *, squared=பொய்):
            n = self.x * self.x + self.y * self.y
            திருப்பு n என்றால் squared இல்லை n ** 0.5
    திருப்பு Point

P1 = make_point_class(1)
P2 = make_point_class(10)
a = P1(3, 4)
அச்சிடு(a, a.norm(), a.norm(squared=உண்மை), P1(1) + P1(2, 2), P1.count, P2(1, 1), P2.count)
அச்சிடு(P1 ஆகும் P2, வகை(a).__name__, நிகழ்வா(a, P1), நிகழ்வா(a, P2), a == P1(3, 4))

வரையறு counter_factory():
    total = [0]
    வகுப்பு Counter:
        வரையறு tick(self, n=1):
            total[0] += n
            திருப்பு total[0]
    திருப்பு Counter()

c = counter_factory()
அச்சிடு(c.tick(), c.tick(5), counter_factory().tick())

வரையறு shapes():
    வகுப்பு Shape:
        வரையறு area(self):
            திருப்பு 0
        வரையறு describe(self):
            திருப்பு f"{வகை(self).__name__} with area {self.area()}"
    வகுப்பு Square(Shape):
        வரையறு __init__(self, side):
            self.side = side
        வரையறு area(self):
            திருப்பு self.side ** 2
    திருப்பு [Shape(), Square(3)]

shapes() இல் s ஒவ்வொரு:
    அச்சிடு(s.describe())
வரையறு run():
    வகுப்பு Oops(ValueError):
        தாண்டு
    வகுப்பு Bag:
        வரையறு __init__(self, *items):
            self.items = பட்டியல்(items)
        வரையறு __iter__(self):
            self.items இல் it ஒவ்வொரு:
                விளை it * 2
        வரையறு __len__(self):
            திருப்பு நீளம்(self.items)
    முயற்சி:
        எழுப்பு Oops("bad", 2)
    விதிவிலக்கு ValueError ஆக err:
        அச்சிடு(வகை(err).__name__, err.args, நிகழ்வா(err, Oops))
    b = Bag(1, 2, 3)
    அச்சிடு(பட்டியல்(b), நீளம்(b), கூட்டுத்தொகை(b))
run()
வரையறு build(tag):
    வகுப்பு Base:
        வரையறு __init__(self, x):
            self.x = x
        வரையறு show(self):
            திருப்பு f"{tag}:{self.x}"
    வகுப்பு Child(Base):
        வரையறு __init__(self, x, y):
            மேற்கிளை().__init__(x)
            self.y = y
        வரையறு show(self):
            திருப்பு மேற்கிளை().show() + f"/{self.y}"
    திருப்பு Child(1, 2)

அச்சிடு(build("a").show(), build("b").show())
வரையறு make(unit):
    வரையறு loud(f):
        வரையறு wrapper(self, *args):
            திருப்பு f(self, *args).upper()
        திருப்பு wrapper
    வகுப்பு Temp:
        scale = unit
        வரையறு __init__(self, deg):
            self._deg = deg
        @பண்பு
        வரையறு deg(self):
            திருப்பு self._deg
        @deg.setter
        வரையறு deg(self, v):
            self._deg = v * Temp.scale
        @நிலை_முறை
        வரையறு zero():
            திருப்பு Temp(0)
        @வகுப்பு_முறை
        வரையறு named(cls, d):
            திருப்பு cls(d)
        @loud
        வரையறு label(self, suffix=""):
            திருப்பு f"{self._deg} {unit}{suffix}"
    திருப்பு Temp

T = make("c")
t = T.named(20)
t.deg = 3
அச்சிடு(t.deg, T.zero().deg, t.label(), t.label("!"), T.scale)
