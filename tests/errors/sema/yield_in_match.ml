# A yield inside a match case is refused (not resumable there yet).
def g(x):
    match x:
        case 1:
            yield "one"
