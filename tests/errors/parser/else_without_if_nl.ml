# Nederlands: `anders` (else) with no block before it.
x = 1
anders:
    print(x)
