"""CSV files (CPython's csv), written in the language: reader and writer
with CPython's parsing state machine and quoting rules (Modules/_csv.c),
DictReader and DictWriter, the dialects excel, excel-tab and unix, and the
format parameters (delimiter, quotechar, escapechar, doublequote,
skipinitialspace, lineterminator, quoting, strict).

Differences from CPython: Dialect classes and Sniffer are not offered;
register_dialect takes format parameters (not a Dialect class);
reader.dialect and writer.dialect are not offered.
"""

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "reader", "writer", "DictReader", "DictWriter",
           "register_dialect", "unregister_dialect", "list_dialects",
           "field_size_limit"]

QUOTE_MINIMAL = 0
QUOTE_ALL = 1
QUOTE_NONNUMERIC = 2
QUOTE_NONE = 3

__version__ = "1.0"


class Error(Exception):
    pass


_limit = [131072]


def field_size_limit(*args):
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got " + str(len(args)))
    old = _limit[0]
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _limit[0] = args[0]
    return old


_dialects = {
    "excel": {"delimiter": ",", "quotechar": '"', "escapechar": None, "doublequote": True,
              "skipinitialspace": False, "lineterminator": "\r\n", "quoting": QUOTE_MINIMAL, "strict": False},
    "excel-tab": {"delimiter": "\t", "quotechar": '"', "escapechar": None, "doublequote": True,
                  "skipinitialspace": False, "lineterminator": "\r\n", "quoting": QUOTE_MINIMAL, "strict": False},
    "unix": {"delimiter": ",", "quotechar": '"', "escapechar": None, "doublequote": True,
             "skipinitialspace": False, "lineterminator": "\n", "quoting": QUOTE_ALL, "strict": False},
}


def _char(name, value, allow_none):
    if value is None and allow_none:
        return None
    if not isinstance(value, str):
        if allow_none:
            raise TypeError('"' + name + '" must be string or None, not ' + type(value).__name__)
        raise TypeError('"' + name + '" must be string, not ' + type(value).__name__)
    if len(value) != 1:
        raise TypeError('"' + name + '" must be a 1-character string')
    return value


def _dialect(dialect, params):
    if isinstance(dialect, str):
        if dialect not in _dialects:
            raise Error("unknown dialect")
        d = dict(_dialects[dialect])
    elif isinstance(dialect, dict):
        d = dict(_dialects["excel"])
        d.update(dialect)
    else:
        d = dict(_dialects["excel"])
        for key in d:
            if hasattr(dialect, key):
                d[key] = getattr(dialect, key)
    for key in params:
        if key not in d:
            raise TypeError("'" + key + "' is an invalid keyword argument for this function")
        d[key] = params[key]
    d["delimiter"] = _char("delimiter", d["delimiter"], False)
    d["escapechar"] = _char("escapechar", d["escapechar"], True)
    quoting = d["quoting"]
    if not isinstance(quoting, int) or quoting not in (0, 1, 2, 3):
        raise TypeError("bad \"quoting\" value")
    if d["quotechar"] is None:
        if quoting != QUOTE_NONE:
            raise TypeError("quotechar must be set if quoting enabled")
    else:
        d["quotechar"] = _char("quotechar", d["quotechar"], True)
    if not isinstance(d["lineterminator"], str):
        raise TypeError('"lineterminator" must be a string, not ' + type(d["lineterminator"]).__name__)
    return d


def register_dialect(name, dialect="excel", **params):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _dialect(dialect, params)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    return dict(_dialects[name])


def list_dialects():
    return list(_dialects)


# the parser's states (_csv.c)
_START_RECORD = 0
_START_FIELD = 1
_ESCAPED_CHAR = 2
_IN_FIELD = 3
_IN_QUOTED_FIELD = 4
_ESCAPE_IN_QUOTED_FIELD = 5
_QUOTE_IN_QUOTED_FIELD = 6
_EAT_CRNL = 7
_AFTER_ESCAPED_CRNL = 8


class _Reader:
    def __init__(self, lines, d):
        self._lines = iter(lines)
        self._d = d
        self.line_num = 0
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        self._numeric = False

    def __iter__(self):
        return self

    def _save_field(self):
        text = "".join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            self._fields.append(float(text))
        else:
            self._fields.append(text)

    def _add_char(self, c):
        if len(self._field) >= _limit[0]:
            raise Error("field larger than field limit (" + str(_limit[0]) + ")")
        self._field.append(c)

    def _process(self, c):
        """One character of a line (None: the line's end)."""
        d = self._d
        state = self._state
        if state == _START_RECORD:
            if c is None:
                return
            if c == "\n" or c == "\r":
                self._state = _EAT_CRNL
                return
            state = _START_FIELD
        if state == _START_FIELD:
            if c is None or c == "\n" or c == "\r":
                self._save_field()
                self._state = _START_RECORD if c is None else _EAT_CRNL
            elif c == d["quotechar"] and d["quoting"] != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d["escapechar"]:
                self._state = _ESCAPED_CHAR
            elif c == " " and d["skipinitialspace"]:
                self._state = _START_FIELD
            elif c == d["delimiter"]:
                self._save_field()
                self._state = _START_FIELD
            else:
                if d["quoting"] == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add_char(c)
                self._state = _IN_FIELD
            return
        if state == _ESCAPED_CHAR:
            if c == "\n" or c == "\r":
                self._add_char(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            self._add_char("\n" if c is None else c)
            self._state = _IN_FIELD
            return
        if state == _AFTER_ESCAPED_CRNL:
            if c is None:
                return
            state = _IN_FIELD
        if state == _IN_FIELD:
            if c is None or c == "\n" or c == "\r":
                self._save_field()
                self._state = _START_RECORD if c is None else _EAT_CRNL
            elif c == d["escapechar"]:
                self._state = _ESCAPED_CHAR
            elif c == d["delimiter"]:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._add_char(c)
            return
        if state == _IN_QUOTED_FIELD:
            if c is None:
                pass
            elif c == d["escapechar"]:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d["quotechar"] and d["quoting"] != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d["doublequote"] else _IN_FIELD
            else:
                self._add_char(c)
            return
        if state == _ESCAPE_IN_QUOTED_FIELD:
            self._add_char("\n" if c is None else c)
            self._state = _IN_QUOTED_FIELD
            return
        if state == _QUOTE_IN_QUOTED_FIELD:
            if d["quoting"] != QUOTE_NONE and c == d["quotechar"]:
                self._add_char(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d["delimiter"]:
                self._save_field()
                self._state = _START_FIELD
            elif c is None or c == "\n" or c == "\r":
                self._save_field()
                self._state = _START_RECORD if c is None else _EAT_CRNL
            elif not d["strict"]:
                self._add_char(c)
                self._state = _IN_FIELD
            else:
                raise Error("'" + d["delimiter"] + "' expected after '" + d["quotechar"] + "'")
            return
        if state == _EAT_CRNL:
            if c == "\n" or c == "\r":
                pass
            elif c is None:
                self._state = _START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - do you need to open the file in universal-newline mode?")

    def __next__(self):
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        self._numeric = False
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if len(self._field) != 0 or self._state == _IN_QUOTED_FIELD:
                    if self._d["strict"]:
                        raise Error("unexpected end of data")
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not " + type(line).__name__ +
                            " (the file should be opened in text mode)")
            self.line_num += 1
            for c in line:
                self._process(c)
            self._process(None)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = []
        return fields


def reader(csvfile, dialect="excel", **params):
    return _Reader(csvfile, _dialect(dialect, params))


class _Writer:
    def __init__(self, f, d):
        self._write = f.write
        self._d = d

    def _quoted(self, field, quote_all):
        d = self._d
        quoting = d["quoting"]
        if field is None:
            text = ""
        elif isinstance(field, float):
            text = repr(field)
        else:
            text = str(field)
        if quoting == QUOTE_NONNUMERIC:
            quote = not isinstance(field, (int, float))
        else:
            quote = quoting == QUOTE_ALL
        out = []
        q = d["quotechar"]
        esc = d["escapechar"]
        specials = d["delimiter"] + d["lineterminator"]
        for c in text:
            want_escape = False
            if c in specials or c == q or (esc is not None and c == esc):
                if quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == q:
                        if d["doublequote"]:
                            out.append(q)
                        else:
                            want_escape = True
                    elif c == esc:
                        want_escape = True
                    if not want_escape:
                        quote = True
                if want_escape:
                    if esc is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(esc)
            out.append(c)
        if not text and quote_all:
            quote = quoting != QUOTE_NONE
            if quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
        body = "".join(out)
        if quote:
            return q + body + q
        return body

    def writerow(self, row):
        d = self._d
        try:
            items = list(row)
        except TypeError:
            raise Error("iterable expected, not " + type(row).__name__)
        parts = []
        for field in items:
            parts.append(self._quoted(field, len(items) == 1))
        return self._write(d["delimiter"].join(parts) + d["lineterminator"])

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect="excel", **params):
    if not hasattr(csvfile, "write"):
        raise TypeError('argument 1 must have a "write" method')
    return _Writer(csvfile, _dialect(dialect, params))


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel", **params):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = _Reader(f, _dialect(dialect, params))
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
            self.line_num = self.reader.line_num
        names = self.fieldnames
        d = dict(zip(names, row))
        lf = len(names)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in names[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel", **params):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (" + extrasaction + ") must be 'raise' or 'ignore'")
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, **params)

    def writeheader(self):
        return self.writer.writerow(list(self.fieldnames))

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong = [k for k in rowdict if k not in self.fieldnames]
            if wrong:
                raise ValueError("dict contains fields not in fieldnames: " + ", ".join([repr(x) for x in wrong]))
        return [rowdict.get(key, self.restval) for key in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        for rowdict in rowdicts:
            self.writerow(rowdict)
