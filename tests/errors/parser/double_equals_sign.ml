# "= =" is not an operator.
x = = 1
