def safe_ints(items):
    for s in items:
        try:
            yield int(s)
        except ValueError as e:
            print("bad:", e)
            yield -1
        finally:
            print("checked", s)

print(list(safe_ints(["1", "x", "3"])))

def cleanup_gen():
    try:
        yield "work"
    finally:
        print("finally starts")
        yield "in finally"
        print("finally ends")

print(list(cleanup_gen()))

def reraiser():
    try:
        raise KeyError("k")
    except KeyError:
        yield "handling"
        raise

g = reraiser()
print(next(g))
try:
    next(g)
except KeyError as e:
    print("re-raised", repr(e))

def context_gen():
    try:
        1 / 0
    except ZeroDivisionError:
        yield "suspended in handler"
        try:
            raise ValueError("inner")
        except ValueError as v:
            print("context:", repr(v.__context__))

for x in context_gen():
    print(x)
    try:
        raise TypeError("outside")
    except TypeError as t:
        print("consumer context:", t.__context__)

def nested_try():
    for i in range(3):
        try:
            if i == 1:
                raise RuntimeError("one")
            yield i
        except RuntimeError as e:
            yield "caught " + str(e)
        else:
            yield "else " + str(i)
print(list(nested_try()))

def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("exit seen")
        raise
    finally:
        print("closing")
c = closer()
next(c)
c.close()
