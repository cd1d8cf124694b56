# sys.stdout and sys.stderr as values: passed around, stored, imported by
# name, their write() (which returns the length) and flush() bound.
importera sys
fran sys importera stdout, stderr


definiera log(message, stream=sys.stderr):
    skriv(message, file=stream)
    stream.flush()


log("to stderr")
log("to stdout", stream=sys.stdout)
out = sys.stdout om langd(sys.argv) < 50 annars sys.stderr
count = out.write("written\n")
skriv(count, out ar sys.stdout, stdout ar sys.stdout, typ(out).__name__, out.name, stderr.name)
stdout.write("imported by name\n")
stdout.flush()
skriv("flushed", end="", file=stdout, flush=Sant)
skriv()
write = sys.stdout.write
write("a bound write\n")
streams = {"out": sys.stdout, "err": sys.stderr}
streams["out"].write("through a dict\n")
streams["err"].write("an error line\n")
forsok:
    out.write(5)
utom TypeError som err:
    skriv("TypeError:", err)
