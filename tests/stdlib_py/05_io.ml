# io: open() and the file objects, in text and binary modes (run in an
# empty folder of its own).
import io


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


with open("a.txt", "w") as f:
    print(f.write("first line\nsecond línea\n"), f.writable(), f.readable(), f.closed, f.name, f.mode)
    f.writelines(["x\n", "y\n"])
    print(f.tell())
print(f.closed)

with open("a.txt") as f:
    print(repr(f.readline()), f.tell(), repr(f.readline(5)), repr(f.readline()))
    print(f.readlines())
    print(repr(f.read()), repr(f.readline()))
    print(f.seek(0), repr(f.read(6)), f.tell())
    print(f.seek(0, 2), repr(f.read()))
    show("seek cur", lambda: f.seek(3, 1))
    show("seek end", lambda: f.seek(-1, 2))
    show("write", lambda: f.write("no"))

for line in open("a.txt"):
    print(repr(line))

with open("a.txt", "a") as f:
    f.write("appended\n")
with open("a.txt", "r+") as f:
    print(repr(f.read(5)))
    f.write("!!")
    print(f.tell())
print(open("a.txt").read().splitlines())

with open("b.bin", "wb") as f:
    print(f, f.write(b"\x00\x01binary\n\xff"), f.write(bytearray(b"ab")))
with open("b.bin", "rb") as f:
    print(f, f.read(3), f.readline(), f.read(), f.read())
    print(f.seek(-2, 2), f.read(), f.seek(1), f.tell(), f.read(2), f.tell())
with open("b.bin", "rb") as f:
    print(list(f))
show("text write bytes", lambda: open("c.txt", "w").write(b"x"))
show("binary write str", lambda: open("c.bin", "wb").write("x"))

# newlines: universal on read, as given on write
with open("nl.txt", "wb") as f:
    f.write(b"one\r\ntwo\rthree\nfour")
print(open("nl.txt").read().split("\n"))
print(open("nl.txt", newline="").readlines())
print(open("nl.txt", newline="\r").readlines())
with open("nl.txt") as f:
    print(repr(f.readline()), f.tell(), repr(f.readline()))
with open("nl2.txt", "w", newline="\r\n") as f:
    f.write("a\nb\n")
print(open("nl2.txt", "rb").read())

# encodings
with open("e.txt", "w", encoding="latin-1") as f:
    print(f.encoding, f.write("café"))
print(open("e.txt", "rb").read(), open("e.txt", encoding="latin-1").read())
show("decode", lambda: open("e.txt").read())
show("decode replace", lambda: open("e.txt", errors="replace").read())
show("encoding", lambda: open("e.txt", encoding="klingon"))

# exclusive creation, modes, arguments
show("x exists", lambda: open("a.txt", "x"))
with open("new.txt", "x") as f:
    f.write("made")
print(open("new.txt").read())
show("mode rw", lambda: open("a.txt", "rw"))
show("mode rr", lambda: open("a.txt", "rr"))
show("mode q", lambda: open("a.txt", "q"))
show("mode bt", lambda: open("a.txt", "rbt"))
show("mode +", lambda: open("a.txt", "+"))
show("binary encoding", lambda: open("a.txt", "rb", encoding="utf-8"))
show("binary newline", lambda: open("a.txt", "rb", newline=""))
show("newline", lambda: open("a.txt", newline="x"))
show("missing", lambda: open("missing.txt"))
show("directory", lambda: open("."))
show("path type", lambda: open(42.5))
f = open("a.txt")
f.close()
f.close()
show("closed read", lambda: f.read())
show("closed iter", lambda: next(iter(f)))
show("closed tell", lambda: f.tell())
show("write only read", lambda: open("w.txt", "w").read())
print(isinstance(open("a.txt"), io.TextIOWrapper), io.SEEK_END, issubclass(io.UnsupportedOperation, OSError))
import io
import csv
s = io.StringIO()
print(s.write("hello\nworld\n"), s.tell(), repr(s.getvalue()))
s.seek(0)
print(s.readline(), end="")
print(s.read(), s.read(), s.tell())
s.seek(2)
s.write("XY")
print(repr(s.getvalue()))
s.seek(20)
s.write("!")
print(repr(s.getvalue()), s.truncate(5), repr(s.getvalue()))
t = io.StringIO("a,b\n1,2\n")
print(list(csv.reader(t)), list(io.StringIO("x\ny")))
out = io.StringIO()
csv.writer(out).writerow(["a", "b c", 'q"'])
print(repr(out.getvalue()))
print("printed", 3, file=out)
print(repr(out.getvalue()))
b = io.BytesIO(b"ab\ncd")
print(b.readline(), b.read(), b.write(b"ef"), b.getvalue())
with io.StringIO("z") as z:
    print(z.read())
print(z.closed)
try:
    z.read()
except ValueError as e:
    print(e)
try:
    io.StringIO().write(b"x")
except TypeError as e:
    print(e)
# bad arguments: an empty path names no file; newline's type
show("empty path", lambda: open(""))
show("newline type", lambda: open("a.txt", "w", newline=5))
import os
show("listdir empty", lambda: os.listdir(""))
show("stat empty", lambda: os.stat(""))
print(os.path.exists(""))
