# A trailing comma needs parentheses around the names.
from math import sqrt,
