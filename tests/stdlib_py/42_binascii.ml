import binascii

print(binascii.hexlify(b"\x00\xffab"), binascii.hexlify(b"abcdef", "-", 2), binascii.b2a_hex(b"z"), binascii.unhexlify("00ff61"), binascii.a2b_hex(b"4142"))
print(binascii.crc32(b"hello world"), binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.crc32(b""))
print(binascii.b2a_base64(b"hi"), binascii.b2a_base64(b"hi", newline=False), binascii.a2b_base64("aGk="), binascii.a2b_base64(b"aG k=\n"))
for bad in (lambda: binascii.unhexlify("abc"), lambda: binascii.unhexlify("zz"), lambda: binascii.a2b_base64("a"), lambda: binascii.a2b_base64("aGk=x", strict_mode=True)):
    try:
        bad()
    except binascii.Error as e:
        print(type(e).__name__, isinstance(e, ValueError), e)
