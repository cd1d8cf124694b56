PRICES = {"apple": 3, "pear": 4}

def price(name):
    try:
        return PRICES[name]
    except KeyError as e:
        raise LookupError("no price for " + repr(name)) from e

def total(items):
    result = 0
    for item in items:
        result += price(item)
    return result

print(total(["apple", "pear"]))
print(total(["apple", "kiwi"]))
