# Reading the input: sys.stdin.readline(), then `for line in sys.stdin`,
# then nothing is left for read() and readlines().
आयात sys

count = पूर्णांक(sys.stdin.readline())
scores = {}
sys.stdin में line के_लिए:
    line = line.strip()
    नहीं line अगर:
        जारी
    name, points = line.rsplit(" ", 1)
    scores[name] = scores.get(name, 0) + पूर्णांक(points)
छापो(count, "players expected,", लंबाई(scores), "found")
क्रमबद्ध(scores, key=scores.get, reverse=सत्य) में name के_लिए:
    छापो(f"{name:<10}{scores[name]:>4}")
छापो(प्रतिनिधि(sys.stdin.read()), sys.stdin.readlines(), प्रकार(sys.stdin).__name__)
