"""A collection of string constants (CPython's string).

Written in the language itself, after CPython 3.11's string.py.

Public module variables:

whitespace -- a string containing all ASCII whitespace
ascii_lowercase -- a string containing all ASCII lowercase letters
ascii_uppercase -- a string containing all ASCII uppercase letters
ascii_letters -- a string containing all ASCII letters
digits -- a string containing all ASCII decimal digits
hexdigits -- a string containing all ASCII hexadecimal digits
octdigits -- a string containing all ASCII octal digits
punctuation -- a string containing all ASCII punctuation characters
printable -- a string containing all ASCII characters considered printable

Differences from CPython, because of what the compiler and the library
offer so far:
- there is no re module: Template scans its text itself, so a subclass may
  change `delimiter` (any non-empty string) but not `idpattern`,
  `braceidpattern`, `flags` or `pattern` (identifiers are ASCII:
  [_a-zA-Z][_a-zA-Z0-9]*, as CPython's default); Template has no
  `pattern` attribute;
- substitute() and safe_substitute() take the mapping as a parameter that
  is not positional-only: a keyword argument named `mapping` is taken as the
  mapping, not as a value for $mapping;
- Formatter is not offered yet.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

# Some strings for ctype-style character classification
whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


# Capitalize the words in a string, e.g. " aBc  dEf " -> "Abc Def".
def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.
    """
    # str.split(None) is refused by the compiler's runtime: split() is called
    words = s.split() if sep is None else s.split(sep)
    return (sep or ' ').join([x.capitalize() for x in words])


####################################################################

_sentinel_dict = {}

_LINE_BREAKS = '\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029'

_ID_START = '_' + ascii_letters
_ID_CHARS = _ID_START + digits


def _identifier_end(text, i):
    # The end of the ASCII identifier at text[i:], or i when there is none.
    n = len(text)
    if i >= n or text[i] not in _ID_START:
        return i
    j = i + 1
    while j < n and text[j] in _ID_CHARS:
        j += 1
    return j


def _scan(text, delim):
    # The placeholders of text, as CPython's Template.pattern finds them:
    # a list of (kind, start, end, name) with kind 'escaped', 'named',
    # 'braced' or 'invalid'; start is the delimiter's index, end the match's.
    found = []
    n = len(text)
    dl = len(delim)
    i = 0
    while i < n:
        if text[i:i + dl] != delim:
            i += 1
            continue
        j = i + dl
        if text[j:j + dl] == delim:
            found.append(('escaped', i, j + dl, None))
            i = j + dl
            continue
        k = _identifier_end(text, j)
        if k > j:
            found.append(('named', i, k, text[j:k]))
            i = k
            continue
        if j < n and text[j] == '{':
            k = _identifier_end(text, j + 1)
            if k > j + 1 and k < n and text[k] == '}':
                found.append(('braced', i, k + 1, text[j + 1:k]))
                i = k + 1
                continue
        found.append(('invalid', i, j, None))
        i = j
    return found


class _Lookup:
    # The mapping of a substitution: the keywords first, then the mapping.
    def __init__(self, mapping, kws):
        self.mapping = mapping
        self.kws = kws

    def get(self, name):
        if self.kws is not None and name in self.kws:
            return self.kws[name]
        return self.mapping[name]


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    # Search for $$, $identifier, ${identifier}, and any bare $'s

    def _invalid(self, i):
        # CPython's lines of self.template[:i].splitlines(keepends=True)
        # (the compiler's str.splitlines takes no keepends yet)
        head = self.template[:i]
        n = len(head)
        starts = [0]
        k = 0
        while k < n:
            c = head[k]
            if c in _LINE_BREAKS:
                if c == '\r' and k + 1 < n and head[k + 1] == '\n':
                    k += 1
                k += 1
                if k < n:
                    starts.append(k)
            else:
                k += 1
        if n == 0:
            colno = 1
            lineno = 1
        else:
            colno = i - starts[-1]
            lineno = len(starts)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def _mapping(self, mapping, kws):
        if mapping is _sentinel_dict:
            return _Lookup(kws, None)
        if kws:
            return _Lookup(mapping, kws)
        return _Lookup(mapping, None)

    def substitute(self, mapping=_sentinel_dict, **kws):
        lookup = self._mapping(mapping, kws)
        text = self.template
        out = []
        last = 0
        for kind, start, end, name in _scan(text, self.delimiter):
            out.append(text[last:start])
            last = end
            if kind == 'named' or kind == 'braced':
                out.append(str(lookup.get(name)))
            elif kind == 'escaped':
                out.append(self.delimiter)
            else:
                self._invalid(start + len(self.delimiter))
        out.append(text[last:])
        return ''.join(out)

    def safe_substitute(self, mapping=_sentinel_dict, **kws):
        lookup = self._mapping(mapping, kws)
        text = self.template
        out = []
        last = 0
        for kind, start, end, name in _scan(text, self.delimiter):
            out.append(text[last:start])
            last = end
            if kind == 'named' or kind == 'braced':
                try:
                    out.append(str(lookup.get(name)))
                except KeyError:
                    out.append(text[start:end])
            elif kind == 'escaped':
                out.append(self.delimiter)
            else:
                out.append(text[start:end])
        out.append(text[last:])
        return ''.join(out)

    def is_valid(self):
        for kind, start, end, name in _scan(self.template, self.delimiter):
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for kind, start, end, name in _scan(self.template, self.delimiter):
            if name is not None and name not in ids:
                # add a named group only the first time it appears
                ids.append(name)
        return ids
