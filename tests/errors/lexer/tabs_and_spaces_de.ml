# Deutsch: a tab where the block used spaces.
def f(x):
        wenn x:
		rückgabe x
