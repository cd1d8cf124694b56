data = {"x": 1}
try:
    print(data["y"])
except KeyError:
    print("no y")
    data["total"] = data["x"] + data["z"]
