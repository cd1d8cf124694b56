# Reading the input: sys.stdin.readline(), then `for line in sys.stdin`,
# then nothing is left for read() and readlines().
tuo sys

count = kokonaisluku(sys.stdin.readline())
scores = {}
jokaiselle line sisalla sys.stdin:
    line = line.strip()
    jos ei line:
        jatka
    name, points = line.rsplit(" ", 1)
    scores[name] = scores.get(name, 0) + kokonaisluku(points)
tulosta(count, "players expected,", pituus(scores), "found")
jokaiselle name sisalla jarjestetty(scores, key=scores.get, reverse=Tosi):
    tulosta(f"{name:<10}{scores[name]:>4}")
tulosta(esitys(sys.stdin.read()), sys.stdin.readlines(), tyyppi(sys.stdin).__name__)
