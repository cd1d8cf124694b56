# An uncaught error in a module's function: the traceback names each file.
from stats import mean

print(mean([1, 2, 3]))
print(mean([]))
