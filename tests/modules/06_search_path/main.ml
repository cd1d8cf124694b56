# A module found through --path lib.
from textutil import shout, WIDTH

print(shout("hello"), WIDTH)
