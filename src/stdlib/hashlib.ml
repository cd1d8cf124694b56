"""Secure hashes and message digests (CPython's hashlib).

Written in the language itself over the private module _hashlib (the
digests, in C in the runtime: src/runtime/rt_hashlib.c): md5, sha1,
sha224, sha256, sha384, sha512, new(name), and hash objects with update,
digest, hexdigest, copy, name, digest_size and block_size.
Differences from CPython, because of what the compiler offers so far:
- no sha3_*, blake2b/blake2s, shake_*, pbkdf2_hmac, scrypt or file_digest;
- a hash object keeps the bytes it was given and hashes them all for each
  digest() (the same digest; longer for very long inputs);
- its repr does not print an address of the object.
"""
import _hashlib

__all__ = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "new", "algorithms_guaranteed",
           "algorithms_available"]

_SIZES = {"md5": (16, 64), "sha1": (20, 64), "sha224": (28, 64), "sha256": (32, 64), "sha384": (48, 128),
          "sha512": (64, 128)}

algorithms_guaranteed = {"md5", "sha1", "sha224", "sha256", "sha384", "sha512"}
algorithms_available = {"md5", "sha1", "sha224", "sha256", "sha384", "sha512"}


def _as_bytes(data):
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    if not isinstance(data, (bytes, bytearray)):
        raise TypeError("object supporting the buffer API required")
    return data


class _Hash:
    """A hash object: update() it with bytes, then read its digest."""

    def __init__(self, name, data=b""):
        self.name = name
        self.digest_size = _SIZES[name][0]
        self.block_size = _SIZES[name][1]
        self._data = bytearray(_as_bytes(data))

    def update(self, data):
        self._data += _as_bytes(data)

    def digest(self):
        return _hashlib.digest(self.name, bytes(self._data))

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        other = _Hash(self.name)
        other._data = bytearray(self._data)
        return other

    def __repr__(self):
        return "<%s _hashlib.HASH object>" % self.name


def md5(string=b"", *, usedforsecurity=True):
    return _Hash("md5", string)


def sha1(string=b"", *, usedforsecurity=True):
    return _Hash("sha1", string)


def sha224(string=b"", *, usedforsecurity=True):
    return _Hash("sha224", string)


def sha256(string=b"", *, usedforsecurity=True):
    return _Hash("sha256", string)


def sha384(string=b"", *, usedforsecurity=True):
    return _Hash("sha384", string)


def sha512(string=b"", *, usedforsecurity=True):
    return _Hash("sha512", string)


def new(name, data=b"", **kwargs):
    """A hash object of the algorithm called name ("sha256", "SHA256" ...)."""
    if not isinstance(name, str):
        raise TypeError("new() argument 'name' must be str, not " + type(name).__name__)
    key = name.lower().replace("-", "")
    if key not in _SIZES:
        raise ValueError("unsupported hash type " + name)
    return _Hash(key, data)
