# sys.stdout and sys.stderr as values: passed around, stored, imported by
# name, their write() (which returns the length) and flush() bound.
import sys
from sys import stdout, stderr


def log(message, stream=sys.stderr):
    print(message, file=stream)
    stream.flush()


log("to stderr")
log("to stdout", stream=sys.stdout)
out = sys.stdout if len(sys.argv) < 50 else sys.stderr
count = out.write("written\n")
print(count, out is sys.stdout, stdout is sys.stdout, type(out).__name__, out.name, stderr.name)
stdout.write("imported by name\n")
stdout.flush()
print("flushed", end="", file=stdout, flush=True)
print()
write = sys.stdout.write
write("a bound write\n")
streams = {"out": sys.stdout, "err": sys.stderr}
streams["out"].write("through a dict\n")
streams["err"].write("an error line\n")
try:
    out.write(5)
except TypeError as err:
    print("TypeError:", err)
