# print(..., file=...): a file object, any object with write() (called for
# each piece, as CPython's print does), None (stdout), sys.stdout; flush.
استيراد io
استيراد sys


صنف Recorder:
    دالة __init__(self):
        self.parts = []
        self.flushed = 0

    دالة write(self, text):
        self.parts.append(text)
        إرجاع طول(text)

    دالة flush(self):
        self.flushed += 1


دالة log(message, *values, file=لاشيء):
    اطبع("log:", message, *values, file=file)


log("to stdout", 1, 2)
rec = Recorder()
log("recorded", 3, file=rec)
اطبع(rec.parts)
اطبع("a", "b", sep="", end="", file=rec, flush=صحيح)
اطبع(rec.parts[-3:], rec.flushed)
اطبع("plain", file=sys.stdout)
sys.stdout.write("written\n")
اطبع(sys.stdout.flush(), sys.stderr.flush())
target = لاشيء
اطبع("None is stdout", file=target)

buf = io.StringIO()
مدى(3) ضمن لكل n:
    اطبع("line", n, file=buf)
اطبع(*"xyz", sep="-", file=buf)
اطبع(تمثيل(buf.getvalue()))

حاول:
    اطبع("x", file=rec, sep=3)
استثناء TypeError كـ err:
    اطبع("TypeError:", err)
حاول:
    اطبع("x", file=كائن())
استثناء AttributeError كـ err:
    اطبع("AttributeError:", err)
