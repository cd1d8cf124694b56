# random with a seed gives CPython's sequence; sys's arguments, streams and
# exit status.
取込 random
取込 sys
から random 取込 randint, choice, shuffle

random.seed(2024)
rolls = [randint(1, 6) 毎 _ 中 範囲(12)]
表示(rolls, 合計(rolls))
deck = [f"{rank}{suit}" 毎 suit 中 "SHDC" 毎 rank 中 "A23456789TJQK"]
shuffle(deck)
表示(deck[:5], choice(deck), random.sample(deck, 3))
表示(random.choices("xyz", weights=[1, 2, 7], k=8), random.randrange(100, 200, 5))
表示(丸め(random.uniform(10, 20), 6), random.getrandbits(40), random.random() < 1)
random.seed(7)
a = [random.random() 毎 _ 中 範囲(3)]
random.seed(7)
表示(a == [random.random() 毎 _ 中 範囲(3)], random.expovariate(2.0) > 0)
表示(ソート済み(random.sample(範囲(10**6), 4)), random.randbytes(4).hex())

表示(sys.argv[1:], sys.maxsize)
name = sys.stdin.readline().strip()
count = 整数(sys.stdin.readline())
表示(f"hello {name}" * count, 表現(sys.stdin.readline()))
written = sys.stdout.write("no newline here")
sys.stdout.write("\n")
表示(written)
試行:
    sys.exit(2)
例外 SystemExit として e:
    表示("exit code", e.code)
試行:
    random.choice([])
例外 IndexError として e:
    表示("IndexError:", e)
sys.exit("bye: " + 文字列(count))
