# random with a seed gives CPython's sequence; sys's arguments, streams and
# exit status.
importe random
importe sys
de random importe randint, choice, shuffle

random.seed(2024)
rolls = [randint(1, 6) para _ em intervalo(12)]
imprima(rolls, soma(rolls))
deck = [f"{rank}{suit}" para suit em "SHDC" para rank em "A23456789TJQK"]
shuffle(deck)
imprima(deck[:5], choice(deck), random.sample(deck, 3))
imprima(random.choices("xyz", weights=[1, 2, 7], k=8), random.randrange(100, 200, 5))
imprima(arredondar(random.uniform(10, 20), 6), random.getrandbits(40), random.random() < 1)
random.seed(7)
a = [random.random() para _ em intervalo(3)]
random.seed(7)
imprima(a == [random.random() para _ em intervalo(3)], random.expovariate(2.0) > 0)
imprima(ordenado(random.sample(intervalo(10**6), 4)), random.randbytes(4).hex())

imprima(sys.argv[1:], sys.maxsize)
name = sys.stdin.readline().strip()
count = inteiro(sys.stdin.readline())
imprima(f"hello {name}" * count, representacao(sys.stdin.readline()))
written = sys.stdout.write("no newline here")
sys.stdout.write("\n")
imprima(written)
tente:
    sys.exit(2)
exceto SystemExit como e_:
    imprima("exit code", e_.code)
tente:
    random.choice([])
exceto IndexError como e_:
    imprima("IndexError:", e_)
sys.exit("bye: " + texto(count))
