# typing.NamedTuple as a base class: annotated fields, defaults, methods of
# its own, and everything a named tuple does.
de typing importe List, NamedTuple, Optional
de typing importe NamedTuple como Record


classe Point(NamedTuple):
    x: inteiro
    up: inteiro = 0

    defina norm2(self) -> inteiro:
        retorne self.x * self.x + self.up * self.up

    defina moved(self, dx: inteiro, dy: inteiro) -> "Point":
        retorne self._replace(x=self.x + dx, up=self.up + dy)


classe Student(Record):
    name: texto
    marks: List[inteiro]
    tutor: Optional[texto] = Nenhum

    defina average(self):
        retorne soma(self.marks) / comprimento(self.marks)

    defina __str__(self):
        retorne self.name + " (" + formatar(self.average(), ".1f") + ")"


p = Point(3, 4)
imprima(p, p.norm2(), p.x, p[1], p[-1], Point(5), Point(up=1, x=2))
x, up = p
imprima(x, up, p.moved(1, 1), p._asdict(), p == Point(3, 4), p == (3, 4), p != Point(4, 3))
imprima(Point._fields, Point._field_defaults, Point._make([7, 8]), comprimento(p), lista(p), 4 em p)
imprima(ordenado([Point(2, 1), Point(1, 5), Point(1, 2)]), máximo(Point(0, 9), Point(1, 0)))
seen = {Point(1, 2): "a", Point(1, 2): "b"}
imprima(seen, hash(Point(1, 2)) == hash((1, 2)), é_instancia(p, Point), tipo(p).__name__)

people = [Student("Ada", [90, 85]), Student("Alan", [70, 95, 80], "Max")]
people para s:
    imprima(s, representacao(s), s.tutor)
total = 0
people para name, marks, tutor:
    total += comprimento(marks)
imprima(total)

tente:
    Point(1, 2, 3)
exceto TypeError como err:
    imprima("TypeError:", err)
tente:
    Point()
exceto TypeError como err:
    imprima("TypeError:", err)
tente:
    classe Bad(NamedTuple):
        a: inteiro = 1
        b: inteiro
exceto TypeError como err:
    imprima("TypeError:", err)
tente:
    classe Worse(NamedTuple):
        a: inteiro

        defina _asdict(self):
            retorne {}
exceto AttributeError como err:
    imprima("AttributeError:", err)
