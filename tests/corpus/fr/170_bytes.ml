# bytes and bytearray: literals, constructors, encode/decode, operators,
# methods, mutation, and the errors CPython raises for them.

déf attempt(label, f):
    essayer:
        afficher(label, représentation(f()))
    sauf (ValueError, TypeError, IndexError, LookupError, OverflowError) comme e:
        afficher(label, type_de(e).__name__ + ":", e)

# literals, repr and quotes
data = b"hello"
afficher(data, longueur(data), data[0], data[-1], data[1:4], data[::-1])
afficher(b"it's", b'say "hi"', b"both ' and \"", b"\x00\t\n\r\\\x7f\x80\xff")
afficher(tableau_octets(b"it's"), tableau_octets(b'say "hi"'), tableau_octets(), octets())
afficher(chaine(b"abc"), représentation(tableau_octets(b"abc")), f"{b'x'}|{tableau_octets(b'y')!r}")

# constructors
afficher(octets(4), tableau_octets(2), octets([72, 105]), octets(intervalle(65, 70)))
afficher(octets("héllo", "utf-8"), octets("héllo", encoding="latin-1"), tableau_octets("ok", "ascii"))
afficher(octets(tableau_octets(b"copy")), tableau_octets(b"copy"), octets((x * 2 pour x dans [1, 2, 3])))
afficher(octets([Vrai, Faux]), octets.fromhex("de ad BE EF"), tableau_octets.fromhex("00ff"))
attempt("bytes(-1)", lambda: octets(-1))
attempt("bytes(2**70)", lambda: octets(2 ** 70))
attempt("bytes([1, 256])", lambda: octets([1, 256]))
attempt("bytearray([-1])", lambda: tableau_octets([-1]))
attempt("bytes(['a'])", lambda: octets(["a"]))
attempt("bytes('abc')", lambda: octets("abc"))
attempt("bytes(1.5)", lambda: octets(1.5))
attempt("bytes(None)", lambda: octets(Rien))
attempt("bytes(5, enc)", lambda: octets(5, "utf-8"))
attempt("fromhex('zz')", lambda: octets.fromhex("zz"))
attempt("fromhex('abc')", lambda: octets.fromhex("abc"))

# text
word = "naïve café 😀"
raw = word.encode()
afficher(raw, longueur(word), longueur(raw))
afficher(raw.decode(), raw.decode("utf-8") == word, word.encode("utf-8") == raw)
afficher("abc".encode("ascii"), "é".encode("latin-1"), b"\xe9".decode("latin-1"))
afficher(b"a\xffb\xc3".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"))
afficher("aé€b".encode("ascii", "replace"), "aé€b".encode("ascii", "ignore"))
afficher(chaine(b"\xc3\xa9t\xc3\xa9", "utf-8"), chaine(tableau_octets(b"ok"), encoding="ascii"))
names = ["utf-8", "UTF8", "latin_1", "nope"]
pour name dans names:
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
afficher(entier(b" 42 "), entier(tableau_octets(b"ff"), 16), flottant(b"2.5"), flottant(tableau_octets(b"-1e3")))
attempt("int(b'4x')", lambda: entier(b"4x"))
attempt("int(bytearray)", lambda: entier(tableau_octets(b"\xff")))
attempt("float(b'x')", lambda: flottant(b"x"))

# items, slices, iteration, membership
afficher(liste(data), trier(b"banana"), somme(b"\x01\x02\x03"), maximum(data), minimum(data))
afficher([c pour c dans b"abc"], liste(inversé(b"xyz")), liste(énumérer(tableau_octets(b"hi"))))
afficher(104 dans data, 7 dans data, b"ell" dans data, b"" dans data, tableau_octets(b"lo") dans data)
attempt("data[10]", lambda: data[10])
attempt("bytearray(b'a')[5]", lambda: tableau_octets(b"a")[5])
attempt("300 in data", lambda: 300 dans data)
attempt("'h' in data", lambda: "h" dans data)
first, second = b"xy"
afficher(first, second)

# operators
afficher(b"ab" + b"cd", b"ab" + tableau_octets(b"cd"), tableau_octets(b"ab") + b"cd", b"ab" * 3, 2 * tableau_octets(b"z"))
afficher(b"abc" == tableau_octets(b"abc"), b"abc" == "abc", b"abc" != b"abd", b"abc" < b"abd", b"ab" < b"abc")
afficher(trier([b"b", tableau_octets(b"a"), b"ab"]), b"" < b"\x00", tableau_octets(b"z") > b"a")
attempt("bytes + str", lambda: b"a" + "b")
attempt("str + bytes", lambda: "a" + b"b")
attempt("bytes < str", lambda: b"a" < "b")
attempt("bytes * float", lambda: b"a" * 1.5)

# hashing
counts = {}
pour w dans [b"a", b"b", b"a", octets([97]), tableau_octets(b"b")]:
    key = octets(w)
    counts[key] = counts.get(key, 0) + 1
afficher(counts, counts[b"a"], b"b" dans counts, hachage(b"q") == hachage(octets(b"q")))
afficher(trier({b"x", b"y", b"x"}), longueur({b"k": 1, octets(b"k"): 2}))
attempt("hash(bytearray)", lambda: hachage(tableau_octets(b"x")))
attempt("{bytearray}", lambda: {tableau_octets(b"x")})

# methods
afficher(data.hex(), tableau_octets(b"\x00\xff").hex(), b"\x01\x02\x03".hex(":"), data.upper(), b"MiXeD".lower())
afficher(b"a,b,,c".split(b","), b"a,b,c".split(b",", 1), b"  a b  c ".split(), b"a b c".rsplit(Rien, 1))
afficher(b"-".join([b"a", tableau_octets(b"b"), b"c"]), tableau_octets(b", ").join([b"x", b"y"]))
afficher(b"  pad  ".strip(), b"xxhixx".strip(b"x"), b"  l".lstrip(), b"r  ".rstrip())
afficher(b"banana".count(b"a"), b"banana".count(97), b"banana".find(b"na"), b"banana".rfind(b"na"))
afficher(b"banana".find(b"x"), b"banana".index(b"n"), b"banana".find(b"a", 2), b"banana".count(b"a", 0, 3))
afficher(b"banana".startswith(b"ban"), b"banana".endswith((b"x", b"na")), b"banana".replace(b"a", b"o"))
afficher(b"banana".replace(b"a", b"", 2), b"abc".replace(b"", b"-"), b"123".isdigit(), b"abc".isalpha())
afficher(b"ABC".isupper(), b"abc".islower(), b" \t".isspace(), b"a1".isalnum(), b"".isdigit())
attempt("index missing", lambda: b"abc".index(b"z"))
attempt("count(300)", lambda: b"abc".count(300))
attempt("find('b')", lambda: b"abc".find("b"))
attempt("split('a')", lambda: b"abc".split("a"))
attempt("split(b'')", lambda: b"abc".split(b""))
attempt("join str", lambda: b",".join([b"a", "b"]))
attempt("startswith str", lambda: b"abc".startswith("a"))

# bytearray in place
buf = tableau_octets(b"hello")
buf[0] = 74
buf.append(33)
buf.extend(b"??")
buf.extend([65, 66])
buf += b"+"
afficher(buf, longueur(buf), buf.pop(), buf.pop(0), buf)
buf.insert(1, 88)
buf.remove(63)
supprimer buf[-1]
afficher(buf)
buf[1:3] = b"<->"
afficher(buf)
supprimer buf[::2]
afficher(buf, buf.copy(), buf.copy() est buf)
buf.reverse()
afficher(buf)
buf *= 2
afficher(buf)
buf.clear()
afficher(buf, longueur(buf), booléen(buf), booléen(b"x"))
cell = tableau_octets(b"ab")
essayer:
    cell[0] = 256
sauf ValueError comme e:
    afficher("ValueError:", e)
essayer:
    cell[5] = 1
sauf IndexError comme e:
    afficher("IndexError:", e)
essayer:
    cell[0] = "x"
sauf TypeError comme e:
    afficher("TypeError:", e)
essayer:
    cell.append(999)
sauf ValueError comme e:
    afficher("ValueError:", e)
essayer:
    tableau_octets().pop()
sauf IndexError comme e:
    afficher("IndexError:", e)
essayer:
    cell.remove(120)
sauf ValueError comme e:
    afficher("ValueError:", e)
essayer:
    frozen = b"ab"
    frozen[0] = 1
sauf TypeError comme e:
    afficher("TypeError:", e)

# types
afficher(type_de(data).__name__, type_de(buf).__name__, type_de(itérateur(data)).__name__, type_de(itérateur(buf)).__name__)
afficher(est_instance(data, octets), est_instance(buf, octets), est_instance(buf, (octets, tableau_octets)), type_de(data) == octets)
afficher(octets, tableau_octets, liste(appliquer(octets, [[1], [2, 3]])))
afficher(ordinal(b"A"), ordinal(tableau_octets(b"\xff")), [ordinal(data[i:i + 1]) pour i dans intervalle(2)])

# patterns
déf kind(x):
    selon x:
        cas b"ping":
            retour "ping"
        cas [a, b]:
            retour "pair"
        cas octets(raw):
            retour "bytes " + raw.hex()
        cas tableau_octets():
            retour "bytearray of " + chaine(longueur(x))
        cas _:
            retour "other"
pour v dans [b"ping", tableau_octets(b"ping"), b"xy", tableau_octets(b"xyz"), [1, 2], "ping"]:
    afficher(kind(v))
