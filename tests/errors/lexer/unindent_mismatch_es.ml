# Español: the last line dedents to a column no block started at.
def f(x):
        si x > 0:
            devolver x
    devolver 0
