klasse Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        rückgabe self
    def __next__(self):
        wenn self.current <= 0:
            auslösen StopIteration
        self.current -= 1
        rückgabe self.current + 1

klasse Tree:
    def __init__(self, value, children):
        self.value = value
        self.children = children
    def __iter__(self):
        erzeugen self.value
        für c in self.children:
            erzeugen von c
    def walk(self, depth=0):
        erzeugen depth, self.value
        für c in self.children:
            erzeugen von c.walk(depth + 1)

ausgeben(liste(Countdown(4)))
für x in Countdown(2):
    ausgeben("cd", x)
t = Tree(1, [Tree(2, [Tree(4, [])]), Tree(3, [])])
ausgeben(liste(t))
ausgeben(summe(t), maximum(t), sortiert(t, reverse=Wahr))
für d, v in t.walk():
    ausgeben("  " * d + zeichenkette(v))
it = iterator(Countdown(3))
ausgeben(naechstes(it), naechstes(it), naechstes(it), naechstes(it, "end"))

def take(n, it):
    out = []
    für x in it:
        wenn laenge(out) >= n:
            abbrechen
        out.append(x)
    rückgabe out

def naturals():
    n = 0
    solange Wahr:
        erzeugen n
        n += 1

def evens(src):
    für x in src:
        wenn x % 2 == 0:
            erzeugen x

ausgeben(take(5, evens(naturals())))

def fib():
    a, b = 0, 1
    solange Wahr:
        erzeugen a
        a, b = b, a + b

def gen_with_locals(words):
    count = 0
    total = 0.5
    für w in words:
        count += 1
        total += laenge(w) * 1.5
        erzeugen f"{w}:{count}:{total}"
ausgeben(liste(gen_with_locals(["a", "bb", "ccc"])))
g = fib()
ausgeben([naechstes(g) für _ in bereich(12)])

def raiser():
    erzeugen 1
    auslösen ValueError("inside")

versuchen:
    für v in raiser():
        ausgeben("v", v)
ausnahme ValueError als e:
    ausgeben("caught", e)

def stopper():
    erzeugen 1
    auslösen StopIteration
versuchen:
    ausgeben(liste(stopper()))
ausnahme RuntimeError als e:
    ausgeben("RuntimeError:", e)

klasse CM:
    def __enter__(self):
        ausgeben("enter")
        rückgabe self
    def __exit__(self, *a):
        ausgeben("exit")
        rückgabe Falsch
def with_cm():
    mit CM():
        erzeugen "a"
        erzeugen "b"
ausgeben(liste(with_cm()))
