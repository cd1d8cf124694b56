# dict() and update() of a mapping (an object with keys(): a class of the
# program, a ChainMap) take each key with its item; "{!a}" in str.format
# escapes non-ASCII as ascii() does.
from collections import ChainMap
class M:
    def keys(self):
        return ["a", "b"]
    def __getitem__(self, k):
        return k.upper()
print(dict(M()))
d = {"z": 0}
d.update(M())
print(d)
print(dict(ChainMap({"a": 1}, {"b": 3, "a": 9})))
e = "é"
print("{!a} {!r} {!s}".format(e, e, e), f"{e!a}", ascii(e))
print("{0!a:>8}|".format("ü"))
