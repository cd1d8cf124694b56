# Exceptions
def divide(total, parts):
    if parts == 0:
        raise ValueError("cannot split into zero parts")
    return total / parts


for parts in [4, 0, 2]:
    try:
        print(divide(10, parts))
    except ValueError as problem:
        print("error:", problem)
    finally:
        print("checked", parts)
