# Svenska: a for loop without `i` (in).
for x lista:
    skriv(x)
