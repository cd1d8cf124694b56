# Español: the body of the loop is not indented.
x = 0
mientras x < 3:
x = x + 1
