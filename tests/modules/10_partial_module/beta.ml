import alpha

try:
    seen = alpha.status
except AttributeError as e:
    seen = "AttributeError: " + str(e)


def half(x):
    return x / 2
