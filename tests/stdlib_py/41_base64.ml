import base64
import binascii

for data in (b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256)), "héllo wörld".encode()):
    e = base64.b64encode(data)
    print(e, base64.b64decode(e) == data, base64.urlsafe_b64encode(data)[:20], base64.b32encode(data)[:24], base64.b16encode(data)[:16])
    print(" ", base64.b32decode(base64.b32encode(data)) == data, base64.b16decode(base64.b16encode(data)) == data, base64.urlsafe_b64decode(base64.urlsafe_b64encode(data)) == data)
print(base64.b64decode("aGVsbG8="), base64.b64decode(b"aGVs\nbG8=!!"), base64.standard_b64decode("YQ=="), base64.b64encode(b"\xfb\xff", altchars=b"*-"))
print(base64.encodebytes(bytes(range(100))), base64.decodebytes(b"AAEC\nAwQ=\n"), base64.b16decode("ff0a", casefold=True), base64.b32decode("mzxw6===", casefold=True))
for bad in ("YQ", "Y", "YQ=", "aGVsbG8", "abcde", "é"):
    try:
        print(base64.b64decode(bad))
    except ValueError as e:
        print(type(e).__name__, e)
for bad in ("YQ==x", "=YQ==", "Y!Q=", "YQ=a="):
    try:
        print(base64.b64decode(bad, validate=True))
    except binascii.Error as e:
        print("binascii.Error", e)
for bad in (lambda: base64.b16decode("F"), lambda: base64.b16decode("zz"), lambda: base64.b32decode("ABC"), lambda: base64.b32decode("AB!====="), lambda: base64.b64encode("text")):
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
