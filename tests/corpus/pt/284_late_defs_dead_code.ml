# Calls and values of functions defined after module code has run: before
# the def a NameError, after it none; code after a raise is never reached.
defina first():
    retorne "first"


imprima(first())


defina try_call(fn, *args):
    tente:
        retorne fn(*args)
    exceto NameError como e_:
        retorne "NameError: " + texto(e_)
    exceto TypeError como e_:
        retorne "TypeError: " + texto(e_)


tente:
    imprima(late_one(1))
exceto NameError como e_:
    imprima("before its def:", e_)


defina late_one(x):
    retorne x * 10


imprima(late_one(2), late_one(x=3))
args = (4,)
imprima(late_one(*args), late_one(**{"x": 5}))
tente:
    late_one(1, 2)
exceto TypeError como e_:
    imprima("TypeError:", e_)

early = lambda: late_two()
imprima(try_call(early))


defina late_two():
    retorne "two"


imprima(early(), [late_two() para _ em intervalo(2)], {k: late_one(k) para k em intervalo(3)})
se late_one(1) > 5:
    imprima("if", late_two())
senão:
    imprima("else")
intervalo(3) para i:
    imprima("for", late_one(i))
n = 0
enquanto late_one(n) < 30:
    n += 1
imprima("while", n)
tente:
    imprima("try", late_two())
    lance ValueError("boom")
    imprima("never")
exceto ValueError como e_:
    imprima("except", e_, late_one(7))
finalmente:
    imprima("finally", late_two())


classe Box:
    size = late_one(4)

    defina get(self):
        retorne late_three()


imprima(Box.size, try_call(Box().get))


defina late_three():
    retorne 3


imprima(Box().get())


defina outer():
    defina inner():
        retorne late_four()
    retorne inner


f = outer()
imprima(try_call(f))


defina late_four():
    retorne "four"


imprima(f(), f() + late_two())


defina fails(msg):
    lance RuntimeError(msg)


defina dead_after_raise(k):
    se k == 0:
        lance KeyError("k is zero")
        imprima("unreachable")
    total = [1, fails("in a list") se k == 1 senão 2, 3]
    retorne total


intervalo(3) para k:
    tente:
        imprima(dead_after_raise(k))
    exceto (KeyError, RuntimeError) como e_:
        imprima(tipo(e_).__name__, e_)
tente:
    h = late_five
    imprima("bound", h)
exceto NameError como e_:
    imprima("value before its def:", e_)
keep = lambda: late_five


defina late_five():
    retorne 5


h = late_five
imprima(h(), late_five é h, [late_five][0](), keep()())
imprima(Nenhum)
imprima()
x = imprima("print's value") ou "or"
imprima(x)
imprima(late_one(10), undefined_name_here)
imprima("not printed")
