परिभाषा average(values):
    total = 0
    के_लिए v में values:
        total += v
    वापसी total / लंबाई(values)

परिभाषा report(groups):
    के_लिए name में groups:
        छापो(name, average(groups[name]))

report({"a": [1, 2, 3], "b": [4, 5]})
report({"c": []})
छापो("never printed")
