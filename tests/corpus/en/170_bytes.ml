# bytes and bytearray: literals, constructors, encode/decode, operators,
# methods, mutation, and the errors CPython raises for them.

def attempt(label, f):
    try:
        print(label, repr(f()))
    except (ValueError, TypeError, IndexError, LookupError, OverflowError) as e:
        print(label, type(e).__name__ + ":", e)

# literals, repr and quotes
data = b"hello"
print(data, len(data), data[0], data[-1], data[1:4], data[::-1])
print(b"it's", b'say "hi"', b"both ' and \"", b"\x00\t\n\r\\\x7f\x80\xff")
print(bytearray(b"it's"), bytearray(b'say "hi"'), bytearray(), bytes())
print(str(b"abc"), repr(bytearray(b"abc")), f"{b'x'}|{bytearray(b'y')!r}")

# constructors
print(bytes(4), bytearray(2), bytes([72, 105]), bytes(range(65, 70)))
print(bytes("héllo", "utf-8"), bytes("héllo", encoding="latin-1"), bytearray("ok", "ascii"))
print(bytes(bytearray(b"copy")), bytearray(b"copy"), bytes((x * 2 for x in [1, 2, 3])))
print(bytes([True, False]), bytes.fromhex("de ad BE EF"), bytearray.fromhex("00ff"))
attempt("bytes(-1)", lambda: bytes(-1))
attempt("bytes(2**70)", lambda: bytes(2 ** 70))
attempt("bytes([1, 256])", lambda: bytes([1, 256]))
attempt("bytearray([-1])", lambda: bytearray([-1]))
attempt("bytes(['a'])", lambda: bytes(["a"]))
attempt("bytes('abc')", lambda: bytes("abc"))
attempt("bytes(1.5)", lambda: bytes(1.5))
attempt("bytes(None)", lambda: bytes(None))
attempt("bytes(5, enc)", lambda: bytes(5, "utf-8"))
attempt("fromhex('zz')", lambda: bytes.fromhex("zz"))
attempt("fromhex('abc')", lambda: bytes.fromhex("abc"))

# text
word = "naïve café 😀"
raw = word.encode()
print(raw, len(word), len(raw))
print(raw.decode(), raw.decode("utf-8") == word, word.encode("utf-8") == raw)
print("abc".encode("ascii"), "é".encode("latin-1"), b"\xe9".decode("latin-1"))
print(b"a\xffb\xc3".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"))
print("aé€b".encode("ascii", "replace"), "aé€b".encode("ascii", "ignore"))
print(str(b"\xc3\xa9t\xc3\xa9", "utf-8"), str(bytearray(b"ok"), encoding="ascii"))
names = ["utf-8", "UTF8", "latin_1", "nope"]
for name in names:
    attempt("encode " + name, lambda: "x".encode(name))
attempt("decode ff", lambda: b"\xff".decode())
attempt("decode c3", lambda: b"ab\xc3".decode())
attempt("decode c3 28", lambda: b"\xc3(".decode())
attempt("decode f0 9f 98", lambda: b"\xf0\x9f\x98".decode())
attempt("decode ed a0 80", lambda: b"\xed\xa0\x80".decode())
attempt("ascii decode", lambda: b"ok\xe9".decode("ascii"))
attempt("ascii encode", lambda: "aéé€b".encode("ascii"))
attempt("latin-1 encode", lambda: "€".encode("latin-1"))
attempt("decode(5)", lambda: b"x".decode(5))
print(int(b" 42 "), int(bytearray(b"ff"), 16), float(b"2.5"), float(bytearray(b"-1e3")))
attempt("int(b'4x')", lambda: int(b"4x"))
attempt("int(bytearray)", lambda: int(bytearray(b"\xff")))
attempt("float(b'x')", lambda: float(b"x"))

# items, slices, iteration, membership
print(list(data), sorted(b"banana"), sum(b"\x01\x02\x03"), max(data), min(data))
print([c for c in b"abc"], list(reversed(b"xyz")), list(enumerate(bytearray(b"hi"))))
print(104 in data, 7 in data, b"ell" in data, b"" in data, bytearray(b"lo") in data)
attempt("data[10]", lambda: data[10])
attempt("bytearray(b'a')[5]", lambda: bytearray(b"a")[5])
attempt("300 in data", lambda: 300 in data)
attempt("'h' in data", lambda: "h" in data)
first, second = b"xy"
print(first, second)

# operators
print(b"ab" + b"cd", b"ab" + bytearray(b"cd"), bytearray(b"ab") + b"cd", b"ab" * 3, 2 * bytearray(b"z"))
print(b"abc" == bytearray(b"abc"), b"abc" == "abc", b"abc" != b"abd", b"abc" < b"abd", b"ab" < b"abc")
print(sorted([b"b", bytearray(b"a"), b"ab"]), b"" < b"\x00", bytearray(b"z") > b"a")
attempt("bytes + str", lambda: b"a" + "b")
attempt("str + bytes", lambda: "a" + b"b")
attempt("bytes < str", lambda: b"a" < "b")
attempt("bytes * float", lambda: b"a" * 1.5)

# hashing
counts = {}
for w in [b"a", b"b", b"a", bytes([97]), bytearray(b"b")]:
    key = bytes(w)
    counts[key] = counts.get(key, 0) + 1
print(counts, counts[b"a"], b"b" in counts, hash(b"q") == hash(bytes(b"q")))
print(sorted({b"x", b"y", b"x"}), len({b"k": 1, bytes(b"k"): 2}))
attempt("hash(bytearray)", lambda: hash(bytearray(b"x")))
attempt("{bytearray}", lambda: {bytearray(b"x")})

# methods
print(data.hex(), bytearray(b"\x00\xff").hex(), b"\x01\x02\x03".hex(":"), data.upper(), b"MiXeD".lower())
print(b"a,b,,c".split(b","), b"a,b,c".split(b",", 1), b"  a b  c ".split(), b"a b c".rsplit(None, 1))
print(b"-".join([b"a", bytearray(b"b"), b"c"]), bytearray(b", ").join([b"x", b"y"]))
print(b"  pad  ".strip(), b"xxhixx".strip(b"x"), b"  l".lstrip(), b"r  ".rstrip())
print(b"banana".count(b"a"), b"banana".count(97), b"banana".find(b"na"), b"banana".rfind(b"na"))
print(b"banana".find(b"x"), b"banana".index(b"n"), b"banana".find(b"a", 2), b"banana".count(b"a", 0, 3))
print(b"banana".startswith(b"ban"), b"banana".endswith((b"x", b"na")), b"banana".replace(b"a", b"o"))
print(b"banana".replace(b"a", b"", 2), b"abc".replace(b"", b"-"), b"123".isdigit(), b"abc".isalpha())
print(b"ABC".isupper(), b"abc".islower(), b" \t".isspace(), b"a1".isalnum(), b"".isdigit())
attempt("index missing", lambda: b"abc".index(b"z"))
attempt("count(300)", lambda: b"abc".count(300))
attempt("find('b')", lambda: b"abc".find("b"))
attempt("split('a')", lambda: b"abc".split("a"))
attempt("split(b'')", lambda: b"abc".split(b""))
attempt("join str", lambda: b",".join([b"a", "b"]))
attempt("startswith str", lambda: b"abc".startswith("a"))

# bytearray in place
buf = bytearray(b"hello")
buf[0] = 74
buf.append(33)
buf.extend(b"??")
buf.extend([65, 66])
buf += b"+"
print(buf, len(buf), buf.pop(), buf.pop(0), buf)
buf.insert(1, 88)
buf.remove(63)
del buf[-1]
print(buf)
buf[1:3] = b"<->"
print(buf)
del buf[::2]
print(buf, buf.copy(), buf.copy() is buf)
buf.reverse()
print(buf)
buf *= 2
print(buf)
buf.clear()
print(buf, len(buf), bool(buf), bool(b"x"))
cell = bytearray(b"ab")
try:
    cell[0] = 256
except ValueError as e:
    print("ValueError:", e)
try:
    cell[5] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    cell[0] = "x"
except TypeError as e:
    print("TypeError:", e)
try:
    cell.append(999)
except ValueError as e:
    print("ValueError:", e)
try:
    bytearray().pop()
except IndexError as e:
    print("IndexError:", e)
try:
    cell.remove(120)
except ValueError as e:
    print("ValueError:", e)
try:
    frozen = b"ab"
    frozen[0] = 1
except TypeError as e:
    print("TypeError:", e)

# types
print(type(data).__name__, type(buf).__name__, type(iter(data)).__name__, type(iter(buf)).__name__)
print(isinstance(data, bytes), isinstance(buf, bytes), isinstance(buf, (bytes, bytearray)), type(data) == bytes)
print(bytes, bytearray, list(map(bytes, [[1], [2, 3]])))
print(ord(b"A"), ord(bytearray(b"\xff")), [ord(data[i:i + 1]) for i in range(2)])

# patterns
def kind(x):
    match x:
        case b"ping":
            return "ping"
        case [a, b]:
            return "pair"
        case bytes(raw):
            return "bytes " + raw.hex()
        case bytearray():
            return "bytearray of " + str(len(x))
        case _:
            return "other"
for v in [b"ping", bytearray(b"ping"), b"xy", bytearray(b"xyz"), [1, 2], "ping"]:
    print(kind(v))
