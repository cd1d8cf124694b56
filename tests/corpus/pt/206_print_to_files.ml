# print(..., file=...): a file object, any object with write() (called for
# each piece, as CPython's print does), None (stdout), sys.stdout; flush.
importe io
importe sys


classe Recorder:
    defina __init__(self):
        self.parts = []
        self.flushed = 0

    defina write(self, text):
        self.parts.append(text)
        retorne comprimento(text)

    defina flush(self):
        self.flushed += 1


defina log(message, *values, file=Nenhum):
    imprima("log:", message, *values, file=file)


log("to stdout", 1, 2)
rec = Recorder()
log("recorded", 3, file=rec)
imprima(rec.parts)
imprima("a", "b", sep="", end="", file=rec, flush=Verdadeiro)
imprima(rec.parts[-3:], rec.flushed)
imprima("plain", file=sys.stdout)
sys.stdout.write("written\n")
imprima(sys.stdout.flush(), sys.stderr.flush())
target = Nenhum
imprima("None is stdout", file=target)

buf = io.StringIO()
intervalo(3) para n:
    imprima("line", n, file=buf)
imprima(*"xyz", sep="-", file=buf)
imprima(representacao(buf.getvalue()))

tente:
    imprima("x", file=rec, sep=3)
exceto TypeError como err:
    imprima("TypeError:", err)
tente:
    imprima("x", file=objeto())
exceto AttributeError como err:
    imprima("AttributeError:", err)
