"""File objects and open() (CPython's io), written in the language over the
private C module _os (src/runtime/rt_os.c: WASI's file calls, on the
directories the host pre-opened and nothing else).

The builtin open() is this module's open(): a program that names `open`
gets this module compiled in (src/api_units.c); one that does not pays
nothing.

Differences from CPython, by design or because of what the compiler offers
so far:
- writes go straight to the file (one WASI call per write()): there are no
  finalizers to flush a buffer a program forgot to close, so nothing is
  held back; flush() has nothing to do;
- a text file reading decodes the rest of the file at its first read (and
  again after a seek or a write), not chunk by chunk;
- open() takes a path (str or an object with __fspath__), not a file
  descriptor; `opener` is not supported; buffering is accepted and ignored;
- the encodings are the ones bytes.decode() knows (utf-8, ascii, latin-1);
  the default is UTF-8, as CPython's UTF-8 locales;
- the working directory is "/" (WASI has none): relative paths start there.
"""

import _os
from posixpath import _fspath

__all__ = ["open", "UnsupportedOperation", "TextIOWrapper", "BufferedReader", "StringIO", "BytesIO",
           "BufferedWriter", "BufferedRandom", "SEEK_SET", "SEEK_CUR",
           "SEEK_END", "DEFAULT_BUFFER_SIZE"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

# _os.open's flags (src/runtime/rt_os.c)
_READ = 1
_WRITE = 2
_CREATE = 4
_TRUNCATE = 8
_EXCLUSIVE = 16
_APPEND = 32


class UnsupportedOperation(OSError, ValueError):
    pass


def _check_encoding(encoding):
    # the runtime's codecs decide which names there are (LookupError:
    # unknown encoding), as for str.encode
    "".encode(encoding)


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    path = _fspath(file)
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not " + type(mode).__name__)
    modes = set(mode)
    if len(modes - set("axrwb+t")) > 0 or len(mode) > len(modes):
        raise ValueError("invalid mode: " + repr(mode))
    creating = "x" in modes
    reading = "r" in modes
    writing = "w" in modes
    appending = "a" in modes
    updating = "+" in modes
    text = "t" in modes
    binary = "b" in modes
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if int(creating) + int(reading) + int(writing) + int(appending) > 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if not (creating or reading or writing or appending):
        raise ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if newline is not None and not isinstance(newline, str):
        raise TypeError("open() argument 'newline' must be str or None, not " + type(newline).__name__)
    if newline is not None and newline not in ("", "\n", "\r", "\r\n"):
        raise ValueError("illegal newline value: " + newline)
    if opener is not None:
        raise NotImplementedError("open(opener=...) is not supported")
    if encoding is not None:
        _check_encoding(encoding)
    flags = 0
    if reading:
        flags = _READ
    elif writing:
        flags = _WRITE | _CREATE | _TRUNCATE
    elif appending:
        flags = _WRITE | _CREATE | _APPEND
    else:
        flags = _WRITE | _CREATE | _EXCLUSIVE
    if updating:
        flags = flags | _READ | _WRITE
    fd = _os.open(path, flags)
    readable = reading or updating
    writable = not reading or updating
    if binary:
        raw_mode = ("x" if creating else "r" if reading else "w" if writing else "a") + ("b+" if updating else "b")
        if updating:
            return BufferedRandom(fd, file, raw_mode, readable, writable)
        if readable:
            return BufferedReader(fd, file, raw_mode, readable, writable)
        return BufferedWriter(fd, file, raw_mode, readable, writable)
    return TextIOWrapper(fd, file, mode, readable, writable, encoding, errors, newline)


class _IOBase:
    """What every stream shares (CPython's IOBase): closing, `with`,
    iteration by lines, readlines and writelines."""

    _closed_message = "I/O operation on closed file."

    def __init__(self):
        self._closed = False

    @property
    def closed(self):
        return self._closed

    def _check_open(self):
        if self._closed:
            raise ValueError(self._closed_message)

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def isatty(self):
        self._check_open()
        return False

    def flush(self):
        self._check_open()

    def close(self):
        self._closed = True

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self.close()
        return False

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if hint is not None and hint > 0 and total >= hint:
                break
        return lines

    def writelines(self, lines):
        for line in lines:
            self.write(line)


class _File(_IOBase):
    """What binary and text files share: the descriptor, its mode and the
    checks of it."""

    def __init__(self, fd, name, mode, readable, writable):
        _IOBase.__init__(self)
        self._fd = fd
        self.name = name
        self.mode = mode
        self._readable = readable
        self._writable = writable

    def _check_readable(self):
        self._check_open()
        if not self._readable:
            raise UnsupportedOperation("not readable")

    def _check_writable(self):
        self._check_open()
        if not self._writable:
            raise UnsupportedOperation("not writable")

    def readable(self):
        self._check_open()
        return self._readable

    def writable(self):
        self._check_open()
        return self._writable

    def fileno(self):
        self._check_open()
        return self._fd

    def close(self):
        if not self._closed:
            self._closed = True
            _os.close(self._fd)


class _Binary(_File):
    """A binary file: bytes in and out, a read-ahead buffer."""

    def __init__(self, fd, name, mode, readable, writable):
        _File.__init__(self, fd, name, mode, readable, writable)
        self._buf = b""
        self._pos = 0

    def __repr__(self):
        return "<_io." + type(self).__name__ + " name=" + repr(self.name) + ">"

    def _unread(self):
        """Gives back what was read ahead: the file's position becomes the
        reader's."""
        ahead = len(self._buf) - self._pos
        if ahead:
            _os.seek(self._fd, -ahead, 1)
        self._buf = b""
        self._pos = 0

    def read(self, size=-1):
        self._check_readable()
        if size is None or size < 0:
            data = self._buf[self._pos:] + _os.read(self._fd, -1)
            self._buf = b""
            self._pos = 0
            return data
        while len(self._buf) - self._pos < size:
            more = _os.read(self._fd, max(DEFAULT_BUFFER_SIZE, size))
            if not more:
                break
            self._buf = self._buf[self._pos:] + more
            self._pos = 0
        data = self._buf[self._pos:self._pos + size]
        self._pos += len(data)
        return data

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        self._check_readable()
        while True:
            end = self._buf.find(b"\n", self._pos)
            if end >= 0:
                end += 1
                break
            if size is not None and size >= 0 and len(self._buf) - self._pos >= size:
                end = len(self._buf)
                break
            more = _os.read(self._fd, DEFAULT_BUFFER_SIZE)
            if not more:
                end = len(self._buf)
                break
            self._buf = self._buf[self._pos:] + more
            self._pos = 0
        if size is not None and size >= 0 and end - self._pos > size:
            end = self._pos + size
        line = self._buf[self._pos:end]
        self._pos = end
        return line

    def write(self, data):
        self._check_writable()
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        self._unread()
        return _os.write(self._fd, bytes(data))

    def tell(self):
        self._check_open()
        return _os.seek(self._fd, 0, 1) - (len(self._buf) - self._pos)

    def seek(self, offset, whence=0):
        self._check_open()
        if whence not in (0, 1, 2):
            raise ValueError("whence value " + str(whence) + " unsupported")
        if whence == 1:
            offset -= len(self._buf) - self._pos
        self._buf = b""
        self._pos = 0
        if whence == 0 and offset < 0:
            raise ValueError("negative seek position " + str(offset))
        return _os.seek(self._fd, offset, whence)

    def truncate(self, size=None):
        raise UnsupportedOperation("truncate")


class BufferedReader(_Binary):
    pass


class BufferedWriter(_Binary):
    pass


class BufferedRandom(_Binary):
    pass


class TextIOWrapper(_File):
    """A text file: str in and out, encoded and decoded, newlines
    translated as CPython's (newline=None: any of \\n, \\r, \\r\\n read as
    \\n; '': lines end at any of them, untranslated; '\\n', '\\r',
    '\\r\\n': lines end there, and \\n is written as it)."""

    def __init__(self, fd, name, mode, readable, writable, encoding, errors, newline):
        _File.__init__(self, fd, name, mode, readable, writable)
        self.encoding = "UTF-8" if encoding is None else encoding
        self.errors = "strict" if errors is None else errors
        self.newlines = None
        self._newline = newline
        self._text = None   # the rest of the file, decoded and translated
        self._tpos = 0      # where reading is in it
        self._start = 0     # the file's position where _text starts
        self._joined = []   # where a \r\n of the file became one \n of _text

    def __repr__(self):
        return ("<_io.TextIOWrapper name=" + repr(self.name) + " mode=" + repr(self.mode) +
                " encoding=" + repr(self.encoding) + ">")

    @property
    def line_buffering(self):
        return False

    def _load(self):
        if self._text is not None:
            return
        self._start = _os.seek(self._fd, 0, 1)
        raw = _os.read(self._fd, -1).decode(self.encoding, self.errors)
        self._joined = []
        if self._newline is None and "\r" in raw:
            parts = []
            i = 0
            n = len(raw)
            length = 0
            while i < n:
                j = raw.find("\r", i)
                if j < 0:
                    parts.append(raw[i:])
                    break
                parts.append(raw[i:j])
                parts.append("\n")
                length += j - i + 1
                if j + 1 < n and raw[j + 1] == "\n":
                    self._joined.append(length - 1)
                    i = j + 2
                else:
                    i = j + 1
            raw = "".join(parts)
        self._text = raw
        self._tpos = 0

    def _unread(self):
        """Drops what was read ahead. The file's position stays where the
        read-ahead left it, as CPython's (which reads ahead 8 KB): a write
        after a read lands there, at the end of a small file."""
        self._text = None

    def read(self, size=-1):
        self._check_readable()
        self._load()
        if size is None or size < 0:
            data = self._text[self._tpos:]
        else:
            data = self._text[self._tpos:self._tpos + size]
        self._tpos += len(data)
        return data

    def _line_end(self, start):
        """Where the line starting at start ends (after its terminator)."""
        text = self._text
        if self._newline is None or self._newline == "\n":
            end = text.find("\n", start)
            return len(text) if end < 0 else end + 1
        if self._newline == "":
            n = text.find("\n", start)
            r = text.find("\r", start)
            if r < 0 and n < 0:
                return len(text)
            if r < 0 or (n >= 0 and n < r):
                return n + 1
            if r + 1 < len(text) and text[r + 1] == "\n":
                return r + 2
            return r + 1
        end = text.find(self._newline, start)
        return len(text) if end < 0 else end + len(self._newline)

    def __next__(self):
        # the loop over a file's lines: the common case without a call
        # more than needed (the text loaded, lines ending at \n)
        text = self._text
        if text is not None and not self._closed and (self._newline is None or self._newline == "\n"):
            start = self._tpos
            end = text.find("\n", start)
            end = len(text) if end < 0 else end + 1
            if end == start:
                raise StopIteration
            self._tpos = end
            return text[start:end]
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readline(self, size=-1):
        self._check_readable()
        self._load()
        end = self._line_end(self._tpos)
        if size is not None and size >= 0 and end - self._tpos > size:
            end = self._tpos + size
        line = self._text[self._tpos:end]
        self._tpos = end
        return line

    def write(self, s):
        self._check_writable()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not " + type(s).__name__)
        self._unread()
        text = s
        if self._newline is not None and self._newline != "" and self._newline != "\n":
            text = text.replace("\n", self._newline)
        _os.write(self._fd, text.encode(self.encoding, self.errors))
        return len(s)

    def tell(self):
        self._check_open()
        if self._text is None:
            return _os.seek(self._fd, 0, 1)
        prefix = self._text[:self._tpos]
        joined = 0
        for at in self._joined:
            if at < self._tpos:
                joined += 1
        return self._start + len(prefix.encode(self.encoding, self.errors)) + joined

    def seek(self, offset, whence=0):
        self._check_open()
        if whence == 1:
            if offset != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            offset = self.tell()
            whence = 0
        elif whence == 2:
            if offset != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
        elif whence != 0:
            raise ValueError("invalid whence (" + str(whence) + ", should be 0, 1 or 2)")
        elif offset < 0:
            raise ValueError("negative seek position " + str(offset))
        self._text = None
        return _os.seek(self._fd, offset, whence)

    def truncate(self, size=None):
        raise UnsupportedOperation("truncate")


class _Memory(_IOBase):
    """What StringIO and BytesIO share: a value held in memory, written
    where the position is (appends collected in parts, joined when read)."""

    _closed_message = "I/O operation on closed file"

    def __init__(self, empty, initial):
        _IOBase.__init__(self)
        self._empty = empty
        self._value = initial
        self._parts = []
        self._length = len(initial)
        self._pos = 0

    def _joined(self):
        if self._parts:
            self._value = self._value + self._empty.join(self._parts)
            self._parts = []
        return self._value

    def getvalue(self):
        self._check_open()
        return self._joined()

    def tell(self):
        self._check_open()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_open()
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position " + str(pos))
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, self._length + pos)
        else:
            raise ValueError("Invalid whence (" + str(whence) + ", should be 0, 1 or 2)")
        return self._pos

    def read(self, size=-1):
        self._check_open()
        value = self._joined()
        end = self._length if size is None or size < 0 else min(self._length, self._pos + size)
        data = value[self._pos:end]
        self._pos = max(self._pos, end)
        return data

    def readline(self, size=-1):
        self._check_open()
        value = self._joined()
        end = value.find(self._newline_char, self._pos)
        end = self._length if end < 0 else end + 1
        if size is not None and size >= 0 and end - self._pos > size:
            end = self._pos + size
        line = value[self._pos:end]
        self._pos = max(self._pos, end)
        return line

    def _write(self, data):
        n = len(data)
        if self._pos == self._length:
            self._parts.append(data)
        else:
            value = self._joined()
            if self._pos > self._length:
                value = value + self._pad * (self._pos - self._length)
            self._value = value[:self._pos] + data + value[self._pos + n:]
        self._pos += n
        self._length = max(self._length, self._pos)
        return n

    def truncate(self, size=None):
        self._check_open()
        value = self._joined()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("Negative size value " + str(size))
        self._value = value[:size]
        self._length = min(self._length, size)
        return size


class StringIO(_Memory):
    def __init__(self, initial_value="", newline="\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not " + type(initial_value).__name__)
        _Memory.__init__(self, "", initial_value)
        self._newline_char = "\n"
        self._pad = "\0"

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '" + type(s).__name__ + "'")
        return self._write(s)


class BytesIO(_Memory):
    def __init__(self, initial_bytes=b""):
        _Memory.__init__(self, b"", bytes(initial_bytes))
        self._newline_char = b"\n"
        self._pad = b"\0"

    def write(self, b):
        self._check_open()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        return self._write(bytes(b))

    def getbuffer(self):
        return bytearray(self.getvalue())
