# A starred target needs a list or tuple around it.
*a = [1, 2]
