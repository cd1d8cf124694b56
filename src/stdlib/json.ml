"""JSON encoder and decoder (CPython's json).

dumps() and loads() as CPython 3.11's, with their output and their errors.
The walk over the values and the parse are C in the runtime (the private
module _json: src/runtime/rt_json_encode.c, rt_json_decode.c), for speed;
this module resolves the options as JSONEncoder does and raises
JSONDecodeError, whose position the parser reports.

Differences from CPython, because of what the compiler offers so far:
- dump() writes the whole text with one fp.write() (CPython's writes it
  in chunks: the file holds the same text);
- the cls=, object_hook=, object_pairs_hook=, parse_float=, parse_int= and
  parse_constant= parameters, nor JSONEncoder and JSONDecoder;
- loads() of bytes decodes UTF-8 (with or without its BOM) only;
- the nesting depth past which RecursionError is raised is the runtime's
  (1000 levels), not what is left of CPython's recursion limit, and with an
  indent its message is _json.c's (encoder.py's recursion fails elsewhere);
- with an indent, a key separator that is not a str raises the TypeError of
  CPython's join naming item 3 wherever the key is.
"""

import _json

__all__ = ["dump", "dumps", "load", "loads", "JSONDecodeError"]


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos
    """

    __module__ = "json.decoder"  # where CPython defines it: its tracebacks say so

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        super().__init__(errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, indent=None, separators=None, default=None,
          sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str (CPython's json.dumps)."""
    if kw:
        # CPython passes the others to JSONEncoder, which refuses them
        raise TypeError("JSONEncoder.__init__() got an unexpected keyword argument '%s'" % next(iter(kw)))
    # JSONEncoder.__init__ and _make_iterencode: the separators, and the
    # indent as the str written once per level
    if separators is not None:
        item_separator, key_separator = separators
    elif indent is not None:
        item_separator, key_separator = ',', ': '
    else:
        item_separator, key_separator = ', ', ': '
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent
    return _json.encode(obj, skipkeys, ensure_ascii, check_circular,
                        allow_nan, indent, item_separator, key_separator,
                        default, sort_keys)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, indent=None, separators=None, default=None,
         sort_keys=False, **kw):
    """Serialize obj as a JSON formatted stream to fp, a file-like object
    with a write() method (CPython's json.dump)."""
    if kw:
        raise TypeError("JSONEncoder.__init__() got an unexpected keyword argument '%s'" % next(iter(kw)))
    fp.write(dumps(obj, skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                   allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                   sort_keys=sort_keys))


def load(fp):
    """Deserialize fp, a file-like object with a read() method holding a
    JSON document, to a Python object (CPython's json.load)."""
    return loads(fp.read())


def loads(s):
    """Deserialize s (a str, bytes or bytearray holding a JSON document)
    to a Python object (CPython's json.loads)."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                            f'not {type(s).__name__}')
        # json.detect_encoding finds UTF-8 or UTF-8 with its BOM in the
        # texts this module decodes (the codec utf-8-sig is not offered yet)
        if s.startswith(b'\xef\xbb\xbf'):
            s = s[3:]
        s = s.decode('utf-8')
    err = []
    obj = _json.decode(s, err)
    if err:
        raise JSONDecodeError(err[0], s, err[1])
    return obj
