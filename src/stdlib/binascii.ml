"""Conversions between binary data and ASCII (CPython's binascii), the
parts base64 needs: Error, a2b_base64 (its non-strict and strict modes),
b2a_base64, hexlify/b2a_hex, unhexlify/a2b_hex, crc32.

Written in the language itself, after CPython 3.11's Modules/binascii.c.
Differences from CPython, because of what the compiler offers so far: no
uu, qp or crc_hqx conversions, and no memoryview arguments.
"""

__all__ = ["Error", "Incomplete", "a2b_base64", "b2a_base64", "hexlify", "unhexlify", "b2a_hex", "a2b_hex", "crc32"]


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_VALUES = {c: i for i, c in enumerate(_B64)}


def _as_data(s):
    if isinstance(s, (bytes, bytearray)):
        return s
    raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)


def _ascii_data(s):
    if isinstance(s, str):
        try:
            return s.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters")
    return _as_data(s)


def _encode64(s, alphabet):
    s = _as_data(s)
    out = bytearray()
    n = len(s)
    for i in range(0, n - n % 3, 3):
        v = s[i] << 16 | s[i + 1] << 8 | s[i + 2]
        out += bytes([alphabet[v >> 18], alphabet[(v >> 12) & 63], alphabet[(v >> 6) & 63], alphabet[v & 63]])
    rest = n % 3
    if rest == 1:
        v = s[n - 1] << 16
        out += bytes([alphabet[v >> 18], alphabet[(v >> 12) & 63], 61, 61])
    elif rest == 2:
        v = s[n - 2] << 16 | s[n - 1] << 8
        out += bytes([alphabet[v >> 18], alphabet[(v >> 12) & 63], alphabet[(v >> 6) & 63], 61])
    return bytes(out)


def b2a_base64(data, *, newline=True):
    """Base64 of data, a newline after it unless newline is false."""
    out = _encode64(data, _B64)
    return out + b"\n" if newline else out

def a2b_base64(s, *, strict_mode=False):
    """binascii.a2b_base64: characters outside the alphabet skipped (an
    error in strict mode), '=' ending the data once a quad is padded."""
    s = _ascii_data(s)
    out = bytearray()
    quad_pos = 0
    leftchar = 0
    pads = 0
    padding_started = False
    n = len(s)
    if strict_mode and n > 0 and s[0] == 61:
        raise Error("Leading padding not allowed")
    i = 0
    while i < n:
        ch = s[i]
        if ch == 61:
            padding_started = True
            if strict_mode and quad_pos == 0:
                raise Error("Excess padding not allowed")
            if quad_pos >= 2:
                pads += 1
                if quad_pos + pads >= 4:
                    if strict_mode and i + 1 < n:
                        raise Error("Excess data after padding")
                    return bytes(out)
            i += 1
            continue
        v = _B64_VALUES.get(ch, 64)
        if v >= 64:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            i += 1
            continue
        if strict_mode and padding_started:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        if quad_pos == 0:
            quad_pos = 1
            leftchar = v
        elif quad_pos == 1:
            quad_pos = 2
            out.append(((leftchar << 2) | (v >> 4)) & 255)
            leftchar = v & 0x0F
        elif quad_pos == 2:
            quad_pos = 3
            out.append(((leftchar << 4) | (v >> 2)) & 255)
            leftchar = v & 0x03
        else:
            quad_pos = 0
            out.append(((leftchar << 6) | v) & 255)
            leftchar = 0
        i += 1
    if quad_pos == 1:
        raise Error("Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than a "
                    "multiple of 4" % (len(out) // 3 * 4 + 1))
    if quad_pos != 0:
        raise Error("Incorrect padding")
    return bytes(out)


def hexlify(data, sep=None, bytes_per_sep=1):
    """The hexadecimal digits of data, as bytes."""
    data = _as_data(data)
    if sep is None:
        return data.hex().encode("ascii")
    return data.hex(sep, bytes_per_sep).encode("ascii")


b2a_hex = hexlify


def unhexlify(hexstr):
    """The bytes of the hexadecimal digits hexstr."""
    s = _ascii_data(hexstr)
    if len(s) % 2:
        raise Error("Odd-length string")
    for c in s:
        if c not in b"0123456789abcdefABCDEF":
            raise Error("Non-hexadecimal digit found")
    return bytes.fromhex(s.decode("ascii"))


a2b_hex = unhexlify


def crc32(data, crc=0):
    """The CRC-32 of data, starting from crc."""
    crc = ~crc & 0xFFFFFFFF
    for b in _as_data(data):
        crc ^= b
        for _ in range(8):
            crc = (crc >> 1) ^ (0xEDB88320 & -(crc & 1))
    return ~crc & 0xFFFFFFFF
