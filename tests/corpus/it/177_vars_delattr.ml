# vars(), __dict__ and del of attributes
classe A:
    kind = "a"
    definisci __init__(self):
        self.x = 1
        self.y = "b"
a = A()
stampa(variabili(a), a.__dict__)
variabili(a)["z"] = 3
stampa(a.z, ordinato(variabili(a)), "kind" in variabili(A), variabili(A)["kind"])
b = A()
elimina b.x
stampa(b.__dict__)
prova:
    variabili(5)
eccetto TypeError come e_:
    stampa("TypeError:", e_)
classe P:
    passa
p = P()
p.a = 1
p.b = 2
elimina p.a
stampa(variabili(p), ha_attributo(p, "a"))
prova:
    elimina p.a
eccetto AttributeError come err:
    stampa("AttributeError:", err)
