def make_list(n):
    out = []
    for i in range(n):
        out.append(str(i) * 3)
    return out


def churn(k):
    junk = 0
    for i in range(k):
        junk += len([str(j) for j in range(20)])
    return junk


def pair(a, b):
    return [a, b]


keep = {"a": [1, 2, 3]}
results = []
for round_ in range(3000):
    x = [round_] + make_list(50)
    d = {str(round_): churn(30), "k": make_list(3)}
    t = (x[0], churn(10), x[-1])
    msg = f"{round_}:{churn(5)}:{len(make_list(10))}"
    y = pair(make_list(2), pair(churn(3), make_list(1)))
    results.append((len(x), d[str(round_)], t[2], msg[-3:], y[1][1]))
    keep["a"].append(round_)
print(results[0], results[-1], len(results), len(keep["a"]), sum(keep["a"]))
words = " ".join([str(i) for i in range(1000)]).split()
print(len(words), words[10], words[-1])
