import hashlib

for name in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512"):
    for data in (b"", b"abc", b"The quick brown fox jumps over the lazy dog", bytes(range(256)) * 3, b"a" * 55, b"a" * 56, b"b" * 64, b"c" * 111, b"d" * 112, b"e" * 128):
        h = hashlib.new(name, data)
        print(name, len(data), h.hexdigest())
h = hashlib.sha256()
h.update(b"hello ")
c = h.copy()
h.update("world".encode())
print(h.hexdigest(), c.hexdigest(), h.digest()[:4], h.name, h.digest_size, h.block_size, c.name)
print(hashlib.md5("pässword".encode("utf-8")).hexdigest(), hashlib.sha1(bytearray(b"xyz")).hexdigest())
print(hashlib.new("SHA256", b"x").hexdigest() == hashlib.sha256(b"x").hexdigest(), sorted(hashlib.algorithms_guaranteed & {"md5", "sha256"}))
for bad in (lambda: hashlib.sha256("text"), lambda: hashlib.md5(5), lambda: hashlib.new("whirlpool9")):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
