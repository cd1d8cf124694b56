# random with a seed gives CPython's sequence; sys's arguments, streams and
# exit status.
importer random
importer sys
depuis random importer randint, choice, shuffle

random.seed(2024)
rolls = [randint(1, 6) pour _ dans intervalle(12)]
afficher(rolls, somme(rolls))
deck = [f"{rank}{suit}" pour suit dans "SHDC" pour rank dans "A23456789TJQK"]
shuffle(deck)
afficher(deck[:5], choice(deck), random.sample(deck, 3))
afficher(random.choices("xyz", weights=[1, 2, 7], k=8), random.randrange(100, 200, 5))
afficher(arrondir(random.uniform(10, 20), 6), random.getrandbits(40), random.random() < 1)
random.seed(7)
a = [random.random() pour _ dans intervalle(3)]
random.seed(7)
afficher(a == [random.random() pour _ dans intervalle(3)], random.expovariate(2.0) > 0)
afficher(trier(random.sample(intervalle(10**6), 4)), random.randbytes(4).hex())

afficher(sys.argv[1:], sys.maxsize)
name = sys.stdin.readline().strip()
count = entier(sys.stdin.readline())
afficher(f"hello {name}" * count, représentation(sys.stdin.readline()))
written = sys.stdout.write("no newline here")
sys.stdout.write("\n")
afficher(written)
essayer:
    sys.exit(2)
sauf SystemExit comme e:
    afficher("exit code", e.code)
essayer:
    random.choice([])
sauf IndexError comme e:
    afficher("IndexError:", e)
sys.exit("bye: " + chaine(count))
