data = {"x": 1}
versuchen:
    ausgeben(data["y"])
ausnahme KeyError:
    ausgeben("no y")
    data["total"] = data["x"] + data["z"]
