# A yield inside a loop's else block is refused (not resumable there yet;
# inside a match case it is).
def g(xs):
    for x in xs:
        if x:
            break
    else:
        yield "none"
