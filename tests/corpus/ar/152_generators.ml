دالة countdown(n):
    اطبع("start", n)
    طالما n > 0:
        أنتج n
        n -= 1
    اطبع("done")
    إرجاع "finished"

لكل x في countdown(3):
    اطبع("got", x)

g = countdown(2)
اطبع(التالي(g), التالي(g))
حاول:
    التالي(g)
استثناء StopIteration كـ e:
    اطبع("stop", e.value)
اطبع(التالي(g, "default"))

دالة echo():
    received = لاشيء
    طالما صحيح:
        received = أنتج received
        إذا received == "quit":
            إرجاع
        اطبع("echo got", received)

e = echo()
اطبع(التالي(e))
اطبع(e.send("hello"))
اطبع(e.send("world"))
حاول:
    e.send("quit")
استثناء StopIteration:
    اطبع("echo stopped")

دالة inner():
    x = أنتج 1
    اطبع("inner got", x)
    أنتج 2
    إرجاع 42

دالة outer():
    r = أنتج من inner()
    اطبع("inner returned", r)
    أنتج من [10, 20]
    أنتج من مدى(3)

اطبع(قائمة(outer()))
o = outer()
اطبع(التالي(o))
اطبع(o.send("S"))
اطبع(قائمة(o))

دالة nested(n):
    لكل i في مدى(n):
        إذا i % 2 == 0:
            أنتج i
        وإلا:
            لكل j في "ab":
                أنتج نص(i) + j

اطبع(قائمة(nested(5)))

دالة guarded():
    حاول:
        أنتج 1
        أنتج 2
    استثناء ValueError كـ err:
        اطبع("caught", err)
    أخيراً:
        اطبع("cleanup")

gg = guarded()
اطبع(التالي(gg))
حاول:
    اطبع(gg.throw(ValueError("boom")))
استثناء StopIteration:
    اطبع("stopped by throw")
حاول:
    التالي(gg)
استثناء StopIteration:
    اطبع("end")
gc = guarded()
اطبع(التالي(gc))
gc.close()
اطبع("closed")

دالة with_closure(k):
    دالة add(x):
        إرجاع x + k
    لكل i في مدى(3):
        أنتج add(i)
اطبع(قائمة(with_closure(10)))

دالة pipeline():
    evens = (x لكل x في مدى(20) إذا x % 2 == 0)
    squares = (x * x لكل x في evens)
    إرجاع مجموع(squares)
اطبع(pipeline())
اطبع(نوع(countdown(1)).__name__)
اطبع(مجموع(x لكل x في مدى(100) إذا x % 7 == 0))
اطبع(أقصى(طول(w) لكل w في ["aa", "bbbb", "c"]))
دالة gen_unpack():
    أنتج 1
    أنتج 2
a, b = gen_unpack()
اطبع(a, b)
اطبع(*gen_unpack())
اطبع(قاموس(اربط("abc", countdown(3))))
اطبع(3 في countdown(5))
