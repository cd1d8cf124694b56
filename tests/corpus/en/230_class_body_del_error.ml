# An error in a class body points at its statement: del of a name the
# class does not have.
class Registry:
    items = []
    for k in range(3):
        items.append(k)
    del k
    print(items)
    del k
