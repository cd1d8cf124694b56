def average(values):
    total = 0
    para v en values:
        total += v
    devolver total / longitud(values)

def report(groups):
    para name en groups:
        imprimir(name, average(groups[name]))

report({"a": [1, 2, 3], "b": [4, 5]})
report({"c": []})
imprimir("never printed")
