"""Base16, Base32 and Base64 data encodings (CPython's base64).

Written in the language itself, after CPython 3.11's base64.py and the
parts of binascii it calls (a2b_base64 with its non-strict and strict
modes, its errors and messages): b64encode, b64decode, standard_ and
urlsafe_ variants, encodebytes, decodebytes, b32encode, b32decode,
b16encode, b16decode.
Differences from CPython, because of what the compiler offers so far:
- no Base85/Ascii85 (b85encode, a85encode ...) nor b32hex, and no
  memoryview arguments (bytes, bytearray and ASCII str are taken);
- binascii (src/stdlib/binascii.ml) has only the conversions base64
  needs, hexlify, unhexlify and crc32.
"""

__all__ = ["encodebytes", "decodebytes", "b64encode", "b64decode", "b32encode", "b32decode", "b16encode",
           "b16decode", "standard_b64encode", "standard_b64decode", "urlsafe_b64encode", "urlsafe_b64decode"]


import binascii

_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters")
    if isinstance(s, (bytes, bytearray)):
        return s
    raise TypeError("argument should be a bytes-like object or ASCII string, not %r" % s.__class__.__name__)


def _translate(s, frm, to):
    """s with each byte of frm replaced by the byte of to at its place
    (s.translate(bytes.maketrans(frm, to)))."""
    table = {frm[i]: to[i] for i in range(len(frm))}
    return bytes([table.get(c, c) for c in s])


def b64encode(s, altchars=None):
    """Encode the bytes-like object s using Base64 (altchars: the two
    characters used for '+' and '/')."""
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return binascii._encode64(s, _B64[:62] + bytes(altchars))
    return binascii._encode64(s, _B64)


def b64decode(s, altchars=None, validate=False):
    """Decode the Base64 encoded bytes-like object or ASCII string s."""
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = _translate(s, altchars, b"+/")
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    """Base64 with '-' for '+' and '_' for '/'."""
    return b64encode(s, b"-_")


def urlsafe_b64decode(s):
    s = _bytes_from_decode_data(s)
    s = _translate(s, b"-_", b"+/")
    return b64decode(s)


def _input_type_check(s):
    if not isinstance(s, (bytes, bytearray)):
        raise TypeError("expected bytes-like object, not %s" % s.__class__.__name__)


def encodebytes(s):
    """Base64 in lines of at most 76 characters, each ending with a newline."""
    _input_type_check(s)
    pieces = []
    for i in range(0, len(s), 57):
        pieces.append(binascii.b2a_base64(s[i:i + 57]))
    return b"".join(pieces)


def decodebytes(s):
    """Decode a bytestring of base-64 data into a bytes object."""
    _input_type_check(s)
    return binascii.a2b_base64(s)


_B32 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def b32encode(s):
    """Encode the bytes-like object s using Base32."""
    s = binascii._as_data(s)
    out = bytearray()
    for i in range(0, len(s), 5):
        chunk = bytes(s[i:i + 5])
        padded = chunk + bytes(5 - len(chunk))
        v = int.from_bytes(padded, "big")
        out += bytes([_B32[(v >> (35 - 5 * k)) & 31] for k in range(8)])
        if len(chunk) < 5:
            keep = {1: 2, 2: 4, 3: 5, 4: 7}[len(chunk)]
            out[len(out) - 8 + keep:] = b"=" * (8 - keep)
    return bytes(out)


def b32decode(s, casefold=False, map01=None):
    """Decode the Base32 encoded bytes-like object or ASCII string s."""
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error("Incorrect padding")
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = _translate(s, b"01", b"O" + map01)
    if casefold:
        s = s.upper()
    n = len(s)
    s = s.rstrip(b"=")
    padchars = n - len(s)
    out = bytearray()
    acc = 0
    for i in range(0, len(s), 8):
        quanta = s[i:i + 8]
        acc = 0
        for c in quanta:
            k = _B32.find(bytes([c]))
            if k < 0:
                raise binascii.Error("Non-base32 digit found")
            acc = (acc << 5) + k
        out += acc.to_bytes(5, "big")
    if n % 8 or padchars not in (0, 1, 3, 4, 6):
        raise binascii.Error("Incorrect padding")
    if padchars and out:
        acc <<= 5 * padchars
        last = acc.to_bytes(5, "big")
        leftover = (43 - 5 * padchars) // 8  # 1: 4, 3: 3, 4: 2, 6: 1
        out[len(out) - 5:] = last[:leftover]
    return bytes(out)


def b16encode(s):
    """Encode the bytes-like object s using Base16 (upper-case hex)."""
    return binascii._as_data(s).hex().upper().encode("ascii")


def b16decode(s, casefold=False):
    """Decode the Base16 encoded bytes-like object or ASCII string s."""
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    for c in s:
        if c not in b"0123456789ABCDEF":
            raise binascii.Error("Non-base16 digit found")
    if len(s) % 2:
        raise binascii.Error("Odd-length string")
    return bytes.fromhex(s.decode("ascii"))
