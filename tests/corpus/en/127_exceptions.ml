def parse(s):
    try:
        return int(s)
    except ValueError:
        return -1

print(parse("12"), parse("x"))

def cleanup():
    try:
        print("working")
        return "result"
    finally:
        print("cleanup")

print(cleanup())
try:
    [1, 2][5]
except IndexError as e:
    print("index error:", e)
try:
    1 / 0
except (TypeError, ZeroDivisionError) as e:
    print(e)
try:
    raise KeyError("k")
except Exception as e:
    print("generic", repr(e), e.args)

def loop():
    total = 0
    for i in range(10):
        try:
            if i == 3:
                continue
            if i == 7:
                break
            total += i
        finally:
            print("fin", i)
    return total

print(loop())

def nested():
    try:
        try:
            raise ValueError("inner")
        except ValueError as e:
            print("caught", e)
            raise
    except ValueError as e2:
        print("outer", e2)
    try:
        try:
            raise ValueError("a")
        finally:
            print("finally runs")
    except ValueError as e:
        print("then caught", e)
    return "ok"

print(nested())

def swallow():
    for i in range(3):
        try:
            raise RuntimeError("x")
        finally:
            break
    return "swallowed"

print(swallow())
try:
    raise ValueError
except ValueError as e:
    print(repr(e), str(e) == "")
try:
    try:
        1 // 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print(e, repr(e.__cause__))
x = 5
try:
    x = int("zz")
except ValueError:
    pass
else:
    print("no")
finally:
    print("x is", x)

def classify(values):
    out = []
    for v in values:
        try:
            out.append(10 // v)
        except ZeroDivisionError:
            out.append("div0")
        except TypeError as e:
            out.append(str(e))
        else:
            out.append("ok")
        finally:
            out.append("|")
    return out

print(classify([1, 0, "a", 5]))

def depth(n):
    try:
        if n == 0:
            raise LookupError("bottom")
        return depth(n - 1)
    finally:
        if n % 2 == 0:
            print("unwinding", n)

try:
    depth(4)
except LookupError as e:
    print("caught", e, e.args)

def handler_returns():
    try:
        {}["missing"]
    except KeyError as e:
        return "key " + str(e)
    return "unreachable"

print(handler_returns())
count = 0
while True:
    try:
        count += 1
        if count > 3:
            raise StopIteration
    except StopIteration:
        break
print("count", count)
try:
    try:
        raise TypeError("first")
    except TypeError:
        raise ValueError("second")
except ValueError as e:
    print(repr(e), repr(e.__context__))
errors = [ValueError, KeyError, IndexError]
for cls in errors:
    try:
        raise cls("boom")
    except LookupError as e:
        print("lookup", repr(e))
    except Exception as e:
        print("other", repr(e))
try:
    raise Exception("a", 1, [2])
except Exception as e:
    print(e, e.args)
try:
    assert 1 > 2, "math is broken"
except AssertionError as e:
    print("assert:", e)
