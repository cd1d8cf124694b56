# sys.stdout and sys.stderr as values: passed around, stored, imported by
# name, their write() (which returns the length) and flush() bound.
tuo sys
kohteesta sys tuo stdout, stderr


maarittele log(message, stream=sys.stderr):
    tulosta(message, file=stream)
    stream.flush()


log("to stderr")
log("to stdout", stream=sys.stdout)
out = sys.stdout jos pituus(sys.argv) < 50 muuten sys.stderr
count = out.write("written\n")
tulosta(count, out on sys.stdout, stdout on sys.stdout, tyyppi(out).__name__, out.name, stderr.name)
stdout.write("imported by name\n")
stdout.flush()
tulosta("flushed", end="", file=stdout, flush=Tosi)
tulosta()
write = sys.stdout.write
write("a bound write\n")
streams = {"out": sys.stdout, "err": sys.stderr}
streams["out"].write("through a dict\n")
streams["err"].write("an error line\n")
yrita:
    out.write(5)
paitsi TypeError nimella err:
    tulosta("TypeError:", err)
