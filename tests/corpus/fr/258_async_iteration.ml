# async for, async with, asynchronous generators and comprehensions, and
# awaits anywhere in an expression.
importer asyncio


classe Countdown:
    """An asynchronous iterator written by hand."""

    déf __init__(self, start):
        self.current = start

    déf __aiter__(self):
        retour self

    asynchrone déf __anext__(self):
        si self.current <= 0:
            lever StopAsyncIteration
        attendre asyncio.sleep(0)
        self.current -= 1
        retour self.current + 1


classe Session:
    """An asynchronous context manager that swallows KeyError."""

    déf __init__(self, name):
        self.name = name

    asynchrone déf __aenter__(self):
        afficher("open", self.name)
        attendre asyncio.sleep(0)
        retour self

    asynchrone déf __aexit__(self, kind, value, traceback):
        afficher("close", self.name, kind.__name__ si kind sinon "cleanly")
        retour kind est KeyError


asynchrone déf numbers(limit):
    pour n dans intervalle(limit):
        attendre asyncio.sleep(0)
        produire n
    afficher("numbers exhausted")


asynchrone déf accumulate():
    seen = []
    tantque Vrai:
        value = produire longueur(seen)
        si value est Rien:
            arrêter
        seen.append(value)


asynchrone déf twice(x):
    attendre asyncio.sleep(0)
    retour 2 * x


asynchrone déf pairs():
    produire "a", 1
    produire "b", 2


asynchrone déf main():
    asynchrone pour n dans Countdown(3):
        afficher("countdown", n)
    sinon:
        afficher("liftoff")

    asynchrone avec Session("first") comme s:
        afficher("inside", s.name)
    asynchrone avec Session("second"):
        lever KeyError("ignored")
    essayer:
        asynchrone avec Session("third"):
            lever ValueError("kept")
    sauf ValueError comme error:
        afficher("caught", error)

    asynchrone pour n dans numbers(3):
        afficher("number", n)
    gen = numbers(5)
    afficher(type_de(gen).__name__, attendre gen.__anext__(), attendre gen.__anext__())
    attendre gen.aclose()
    essayer:
        attendre gen.__anext__()
    sauf StopAsyncIteration:
        afficher("closed generator is exhausted")

    acc = accumulate()
    afficher(attendre acc.asend(Rien), attendre acc.asend("x"), attendre acc.asend("y"))
    essayer:
        attendre acc.asend(Rien)
    sauf StopAsyncIteration:
        afficher("accumulate ended")

    afficher([attendre twice(i) pour i dans intervalle(4)])
    afficher({key: attendre twice(value) asynchrone pour key, value dans pairs()})
    afficher(trier({n % 3 asynchrone pour n dans numbers(7) si n > 1}))
    afficher([[attendre twice(a + b) pour b dans intervalle(2)] pour a dans intervalle(2)])

    total = attendre twice(1) + attendre twice(2) * 10
    afficher("total", total, f"and {attendre twice(21)} in an f-string")
    si attendre twice(0):
        afficher("unreachable")
    sinon si attendre twice(1) == 2:
        afficher("elif awaited")
    n = 0
    tantque attendre twice(n) < 7:
        n += 1
    afficher("while stopped at", n)
    data = {"k": attendre twice(5), "l": [attendre twice(6)]}
    afficher(data, maximum(attendre twice(3), attendre twice(4)))

    coro = twice(8)
    afficher(type_de(coro).__name__, attendre coro)
    essayer:
        attendre coro
    sauf RuntimeError comme error:
        afficher("RuntimeError:", error)
    essayer:
        attendre 42
    sauf TypeError comme error:
        afficher("TypeError:", error)
    retour attendre twice(50)


afficher(asyncio.run(main()))
