# `si` is a fine English name but the French `if`.
si = 1
print(si)
