# print(..., file=...): a file object, any object with write() (called for
# each piece, as CPython's print does), None (stdout), sys.stdout; flush.
import io
import sys


class Recorder:
    def __init__(self):
        self.parts = []
        self.flushed = 0

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        self.flushed += 1


def log(message, *values, file=None):
    print("log:", message, *values, file=file)


log("to stdout", 1, 2)
rec = Recorder()
log("recorded", 3, file=rec)
print(rec.parts)
print("a", "b", sep="", end="", file=rec, flush=True)
print(rec.parts[-3:], rec.flushed)
print("plain", file=sys.stdout)
sys.stdout.write("written\n")
print(sys.stdout.flush(), sys.stderr.flush())
target = None
print("None is stdout", file=target)

buf = io.StringIO()
for n in range(3):
    print("line", n, file=buf)
print(*"xyz", sep="-", file=buf)
print(repr(buf.getvalue()))

try:
    print("x", file=rec, sep=3)
except TypeError as err:
    print("TypeError:", err)
try:
    print("x", file=object())
except AttributeError as err:
    print("AttributeError:", err)
