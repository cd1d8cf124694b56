from random import getstate
print(getstate())
