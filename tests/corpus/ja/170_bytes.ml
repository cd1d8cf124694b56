# bytes and bytearray: literals, constructors, encode/decode, operators,
# methods, mutation, and the errors CPython raises for them.

関数 attempt(label, f):
    試行:
        表示(label, 表現(f()))
    例外 (ValueError, TypeError, IndexError, LookupError, OverflowError) として e:
        表示(label, 型(e).__name__ + ":", e)

# literals, repr and quotes
data = b"hello"
表示(data, 長さ(data), data[0], data[-1], data[1:4], data[::-1])
表示(b"it's", b'say "hi"', b"both ' and \"", b"\x00\t\n\r\\\x7f\x80\xff")
表示(バイト配列(b"it's"), バイト配列(b'say "hi"'), バイト配列(), バイト列())
表示(文字列(b"abc"), 表現(バイト配列(b"abc")), f"{b'x'}|{バイト配列(b'y')!r}")

# constructors
表示(バイト列(4), バイト配列(2), バイト列([72, 105]), バイト列(範囲(65, 70)))
表示(バイト列("héllo", "utf-8"), バイト列("héllo", encoding="latin-1"), バイト配列("ok", "ascii"))
表示(バイト列(バイト配列(b"copy")), バイト配列(b"copy"), バイト列((x * 2 毎 x 中 [1, 2, 3])))
表示(バイト列([真, 偽]), バイト列.fromhex("de ad BE EF"), バイト配列.fromhex("00ff"))
attempt("bytes(-1)", ラムダ: バイト列(-1))
attempt("bytes(2**70)", ラムダ: バイト列(2 ** 70))
attempt("bytes([1, 256])", ラムダ: バイト列([1, 256]))
attempt("bytearray([-1])", ラムダ: バイト配列([-1]))
attempt("bytes(['a'])", ラムダ: バイト列(["a"]))
attempt("bytes('abc')", ラムダ: バイト列("abc"))
attempt("bytes(1.5)", ラムダ: バイト列(1.5))
attempt("bytes(None)", ラムダ: バイト列(なし))
attempt("bytes(5, enc)", ラムダ: バイト列(5, "utf-8"))
attempt("fromhex('zz')", ラムダ: バイト列.fromhex("zz"))
attempt("fromhex('abc')", ラムダ: バイト列.fromhex("abc"))

# text
word = "naïve café 😀"
raw = word.encode()
表示(raw, 長さ(word), 長さ(raw))
表示(raw.decode(), raw.decode("utf-8") == word, word.encode("utf-8") == raw)
表示("abc".encode("ascii"), "é".encode("latin-1"), b"\xe9".decode("latin-1"))
表示(b"a\xffb\xc3".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"))
表示("aé€b".encode("ascii", "replace"), "aé€b".encode("ascii", "ignore"))
表示(文字列(b"\xc3\xa9t\xc3\xa9", "utf-8"), 文字列(バイト配列(b"ok"), encoding="ascii"))
names = ["utf-8", "UTF8", "latin_1", "nope"]
names 内の 各 name に対して:
    attempt("encode " + name, ラムダ: "x".encode(name))
attempt("decode ff", ラムダ: b"\xff".decode())
attempt("decode c3", ラムダ: b"ab\xc3".decode())
attempt("decode c3 28", ラムダ: b"\xc3(".decode())
attempt("decode f0 9f 98", ラムダ: b"\xf0\x9f\x98".decode())
attempt("decode ed a0 80", ラムダ: b"\xed\xa0\x80".decode())
attempt("ascii decode", ラムダ: b"ok\xe9".decode("ascii"))
attempt("ascii encode", ラムダ: "aéé€b".encode("ascii"))
attempt("latin-1 encode", ラムダ: "€".encode("latin-1"))
attempt("decode(5)", ラムダ: b"x".decode(5))
表示(整数(b" 42 "), 整数(バイト配列(b"ff"), 16), 浮動小数(b"2.5"), 浮動小数(バイト配列(b"-1e3")))
attempt("int(b'4x')", ラムダ: 整数(b"4x"))
attempt("int(bytearray)", ラムダ: 整数(バイト配列(b"\xff")))
attempt("float(b'x')", ラムダ: 浮動小数(b"x"))

# items, slices, iteration, membership
表示(リスト(data), ソート済み(b"banana"), 合計(b"\x01\x02\x03"), 最大値(data), 最小値(data))
表示([c 毎 c 中 b"abc"], リスト(逆順(b"xyz")), リスト(列挙(バイト配列(b"hi"))))
表示(104 中 data, 7 中 data, b"ell" 中 data, b"" 中 data, バイト配列(b"lo") 中 data)
attempt("data[10]", ラムダ: data[10])
attempt("bytearray(b'a')[5]", ラムダ: バイト配列(b"a")[5])
attempt("300 in data", ラムダ: 300 中 data)
attempt("'h' in data", ラムダ: "h" 中 data)
first, second = b"xy"
表示(first, second)

# operators
表示(b"ab" + b"cd", b"ab" + バイト配列(b"cd"), バイト配列(b"ab") + b"cd", b"ab" * 3, 2 * バイト配列(b"z"))
表示(b"abc" == バイト配列(b"abc"), b"abc" == "abc", b"abc" != b"abd", b"abc" < b"abd", b"ab" < b"abc")
表示(ソート済み([b"b", バイト配列(b"a"), b"ab"]), b"" < b"\x00", バイト配列(b"z") > b"a")
attempt("bytes + str", ラムダ: b"a" + "b")
attempt("str + bytes", ラムダ: "a" + b"b")
attempt("bytes < str", ラムダ: b"a" < "b")
attempt("bytes * float", ラムダ: b"a" * 1.5)

# hashing
counts = {}
[b"a", b"b", b"a", バイト列([97]), バイト配列(b"b")] 内の 各 w に対して:
    key = バイト列(w)
    counts[key] = counts.get(key, 0) + 1
表示(counts, counts[b"a"], b"b" 中 counts, ハッシュ(b"q") == ハッシュ(バイト列(b"q")))
表示(ソート済み({b"x", b"y", b"x"}), 長さ({b"k": 1, バイト列(b"k"): 2}))
attempt("hash(bytearray)", ラムダ: ハッシュ(バイト配列(b"x")))
attempt("{bytearray}", ラムダ: {バイト配列(b"x")})

# methods
表示(data.hex(), バイト配列(b"\x00\xff").hex(), b"\x01\x02\x03".hex(":"), data.upper(), b"MiXeD".lower())
表示(b"a,b,,c".split(b","), b"a,b,c".split(b",", 1), b"  a b  c ".split(), b"a b c".rsplit(なし, 1))
表示(b"-".join([b"a", バイト配列(b"b"), b"c"]), バイト配列(b", ").join([b"x", b"y"]))
表示(b"  pad  ".strip(), b"xxhixx".strip(b"x"), b"  l".lstrip(), b"r  ".rstrip())
表示(b"banana".count(b"a"), b"banana".count(97), b"banana".find(b"na"), b"banana".rfind(b"na"))
表示(b"banana".find(b"x"), b"banana".index(b"n"), b"banana".find(b"a", 2), b"banana".count(b"a", 0, 3))
表示(b"banana".startswith(b"ban"), b"banana".endswith((b"x", b"na")), b"banana".replace(b"a", b"o"))
表示(b"banana".replace(b"a", b"", 2), b"abc".replace(b"", b"-"), b"123".isdigit(), b"abc".isalpha())
表示(b"ABC".isupper(), b"abc".islower(), b" \t".isspace(), b"a1".isalnum(), b"".isdigit())
attempt("index missing", ラムダ: b"abc".index(b"z"))
attempt("count(300)", ラムダ: b"abc".count(300))
attempt("find('b')", ラムダ: b"abc".find("b"))
attempt("split('a')", ラムダ: b"abc".split("a"))
attempt("split(b'')", ラムダ: b"abc".split(b""))
attempt("join str", ラムダ: b",".join([b"a", "b"]))
attempt("startswith str", ラムダ: b"abc".startswith("a"))

# bytearray in place
buf = バイト配列(b"hello")
buf[0] = 74
buf.append(33)
buf.extend(b"??")
buf.extend([65, 66])
buf += b"+"
表示(buf, 長さ(buf), buf.pop(), buf.pop(0), buf)
buf.insert(1, 88)
buf.remove(63)
削除 buf[-1]
表示(buf)
buf[1:3] = b"<->"
表示(buf)
削除 buf[::2]
表示(buf, buf.copy(), buf.copy() は buf)
buf.reverse()
表示(buf)
buf *= 2
表示(buf)
buf.clear()
表示(buf, 長さ(buf), 真偽(buf), 真偽(b"x"))
cell = バイト配列(b"ab")
試行:
    cell[0] = 256
例外 ValueError として e:
    表示("ValueError:", e)
試行:
    cell[5] = 1
例外 IndexError として e:
    表示("IndexError:", e)
試行:
    cell[0] = "x"
例外 TypeError として e:
    表示("TypeError:", e)
試行:
    cell.append(999)
例外 ValueError として e:
    表示("ValueError:", e)
試行:
    バイト配列().pop()
例外 IndexError として e:
    表示("IndexError:", e)
試行:
    cell.remove(120)
例外 ValueError として e:
    表示("ValueError:", e)
試行:
    frozen = b"ab"
    frozen[0] = 1
例外 TypeError として e:
    表示("TypeError:", e)

# types
表示(型(data).__name__, 型(buf).__name__, 型(イテレータ(data)).__name__, 型(イテレータ(buf)).__name__)
表示(インスタンスか(data, バイト列), インスタンスか(buf, バイト列), インスタンスか(buf, (バイト列, バイト配列)), 型(data) == バイト列)
表示(バイト列, バイト配列, リスト(写像(バイト列, [[1], [2, 3]])))
表示(文字コード(b"A"), 文字コード(バイト配列(b"\xff")), [文字コード(data[i:i + 1]) 毎 i 中 範囲(2)])

# patterns
関数 kind(x):
    照合 x:
        場合 b"ping":
            戻る "ping"
        場合 [a, b]:
            戻る "pair"
        場合 バイト列(raw):
            戻る "bytes " + raw.hex()
        場合 バイト配列():
            戻る "bytearray of " + 文字列(長さ(x))
        場合 _:
            戻る "other"
[b"ping", バイト配列(b"ping"), b"xy", バイト配列(b"xyz"), [1, 2], "ping"] 内の 各 v に対して:
    表示(kind(v))
