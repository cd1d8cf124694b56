# json.dumps and json.loads of the benchmarks' document (json_build.ml), timed
# inside the program: the best of 15 calls each (its output differs from run
# to run, so bench/stdlib.mjs does not run it): build/multilingual run
# bench/stdlib/json_timed.ml, python3 bench/stdlib/json_timed.ml
import json


def document():
    records = []
    x = 12345
    for i in range(3000):
        x = (x * 1103515245 + 12345) % 2147483648
        records.append({
            "id": i,
            "name": "user" + str(x % 100000),
            "email": "user" + str(i) + "@example.com",
            "score": (x % 1000000) / 997.0,
            "active": x % 3 == 0,
            "manager": None if x % 5 else i // 7,
            "tags": ["t" + str(x % 11), "t" + str(x % 13), "caf\u00e9"],
            "address": {"street": str(x % 997) + " Main St.", "city": "Z\u00fcrich", "zip": x % 100000},
            "note": "line one\nline \"two\"\t\u2713",
            "history": [x % 101, (x >> 3) % 1001, (x >> 7) % 10001, -(x % 77), 1.5e-3 * (x % 17)],
        })
    return {"version": 3, "records": records}


doc = document()
text = json.dumps(doc)
import time
best_d = 1e9
best_l = 1e9
for k in range(15):
    t0 = time.perf_counter()
    s = json.dumps(doc)
    t1 = time.perf_counter()
    b = json.loads(text)
    t2 = time.perf_counter()
    best_d = min(best_d, t1 - t0)
    best_l = min(best_l, t2 - t1)
print("dumps %.2f ms  loads %.2f ms" % (best_d * 1000, best_l * 1000))
