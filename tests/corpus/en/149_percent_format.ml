# printf-style formatting: str % args (flags, width, precision, *, mapping keys, CPython's errors).
n = 3
print("%d items" % n, "%s: %.2f" % ("pi", 3.14159), "%5s|%-4d|%x" % ("ab", 7, 255))
print("%05d|%+d|% d|%#x|%#o|%X|%e|%g|%10.3f|%-8s|" % (42, 5, 7, 255, 8, 255, 12345.678, 0.0001, 3.14159, "hi"))
print("%c%c %r %s %%" % (72, "i", "q", [1, 2]), "%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%d" % 3.99, "%.1f%%" % 12.345, "%s" % (1,), "%s" % None, "%*d|%-*d|" % (5, 1, 4, 2))
for bad in [lambda: "%d" % "x", lambda: "%d %d" % (1,), lambda: "%d" % (1, 2), lambda: "%x" % 1.5, lambda: "%q" % 1]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
t = ("a", "b")
x = "%s-%s" % t
print(x, "abc" % ())
