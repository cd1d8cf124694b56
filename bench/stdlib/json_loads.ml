# The document of the json benchmarks (about 1 MB of JSON): 3,000 records
# of ints, floats, strings (some non-ASCII, some with escapes), booleans,
# None, lists and nested dicts; built, then dumped once.
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
for k in range(10):
    back = json.loads(text)
print(len(text), len(back["records"]), back["records"][-1])
