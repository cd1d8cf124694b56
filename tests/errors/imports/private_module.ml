# _os is the standard library's own (under io and os): CPython has no such module
import _os
print(_os.kind("x"))
