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
- Formatter's parse() and get_field() are written in the language after
  CPython's C _string.formatter_parser and formatter_field_name_split (same
  results and messages); format_field() calls format(), which does not call
  a class's __format__ with a non-empty spec in this compiler yet.
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


########################################################################
# The Formatter class
# see PEP 3101 for details and purpose of this class

# The C parser of format strings (Objects/stringlib/unicode_format.h):
# MarkupIterator_next and parse_field.

def _parse_field(text, pos):
    # The field after a '{' at text[pos:]: (field_name, format_spec,
    # conversion, position after the field)
    n = len(text)
    conversion = None
    format_spec = ''
    name_start = pos
    c = ''
    while pos < n:
        c = text[pos]
        pos += 1
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c == '[':
            while pos < n and text[pos] != ']':
                pos += 1
            continue
        if c == '}' or c == ':' or c == '!':
            break
    field_name = text[name_start:pos - 1]
    if c == '!' or c == ':':
        if c == '!':
            if pos >= n:
                raise ValueError("end of string while looking for conversion specifier")
            conversion = text[pos]
            pos += 1
            if pos < n:
                c = text[pos]
                pos += 1
                if c == '}':
                    return field_name, format_spec, conversion, pos
                if c != ':':
                    raise ValueError("expected ':' after conversion specifier")
        spec_start = pos
        count = 1
        while pos < n:
            c = text[pos]
            pos += 1
            if c == '{':
                count += 1
            elif c == '}':
                count -= 1
                if count == 0:
                    return field_name, text[spec_start:pos - 1], conversion, pos
        raise ValueError("unmatched '{' in format spec")
    elif c != '}':
        raise ValueError("expected '}' before end of string")
    return field_name, format_spec, conversion, pos


def _formatter_parser(text):
    # _string.formatter_parser: (literal_text, field_name, format_spec,
    # conversion) for each piece of text, as a generator
    n = len(text)
    pos = 0
    while pos < n:
        start = pos
        c = ''
        markup_follows = False
        while pos < n:
            c = text[pos]
            pos += 1
            if c == '{' or c == '}':
                markup_follows = True
                break
        at_end = pos >= n
        length = pos - start
        if c == '}' and markup_follows and (at_end or text[pos] != c):
            raise ValueError("Single '}' encountered in format string")
        if at_end and c == '{' and markup_follows:
            raise ValueError("Single '{' encountered in format string")
        if not at_end and markup_follows:
            if text[pos] == c:
                # escaped } or {: no markup follows this literal text
                pos += 1
                markup_follows = False
            else:
                length -= 1
        literal = text[start:start + length]
        if not markup_follows:
            yield (literal, None, None, None)
            continue
        field_name, format_spec, conversion, pos = _parse_field(text, pos)
        yield (literal, field_name, format_spec, conversion)


def _decimal_index(s):
    # get_integer(): the int s spells in decimal digits, or -1
    # (str.isdecimal is not offered yet: isdigit, and int() refuses the
    # digits that are not decimal ones)
    if s == '' or not str(s).isdigit():
        return -1
    try:
        return int(s)
    except ValueError:
        return -1


def _field_rest(text, i):
    # formatter_field_name_split's iterator: (is_attribute, key) pairs
    n = len(text)
    while i < n:
        c = text[i]
        i += 1
        if c == '.':
            start = i
            while i < n and text[i] != '.' and text[i] != '[':
                i += 1
            name = text[start:i]
            if name == '':
                raise ValueError("Empty attribute in format string")
            yield (True, name)
        elif c == '[':
            start = i
            while i < n and text[i] != ']':
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            name = text[start:i]
            i += 1
            if name == '':
                raise ValueError("Empty attribute in format string")
            index = _decimal_index(name)
            yield (False, index if index != -1 else name)
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")


def _formatter_field_name_split(field_name):
    i = 0
    n = len(field_name)
    while i < n and field_name[i] != '.' and field_name[i] != '[':
        i += 1
    first = field_name[:i]
    index = _decimal_index(first)
    return (index if index != -1 else first), _field_rest(field_name, i)


class Formatter:
    def format(self, format_string, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):

            # output the literal text
            if literal_text:
                result.append(literal_text)

            # if there's a field, output it
            if field_name is not None:
                # this is some markup, find the object and do
                #  the formatting

                # handle arg indexing when empty field_names are given.
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif str(field_name).isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    # disable auto arg incrementing, if it gets
                    # used later on, then an exception will be raised
                    auto_arg_index = False

                # given the field_name, find the object it references
                #  and the argument it came from
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)

                # do any conversion on the resulting object
                obj = self.convert_field(obj, conversion)

                # expand the format spec, if needed
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs,
                    used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)

                # format the object and append to the result
                result.append(self.format_field(obj, format_spec))

        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        else:
            return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        # do any conversion on the resulting object
        if conversion is None:
            return value
        elif conversion == 's':
            return str(value)
        elif conversion == 'r':
            return repr(value)
        elif conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier %s" % str(conversion))

    # returns an iterable that contains tuples of the form:
    # (literal_text, field_name, format_spec, conversion)
    # literal_text can be zero length
    # field_name can be None, in which case there's no
    #  object to format and output
    # if field_name is not None, it is looked up, formatted
    #  with format_spec and conversion and then used
    def parse(self, format_string):
        return _formatter_parser(format_string)

    # given a field_name, find the object it references.
    #  field_name:   the field being looked up, e.g. "0.name"
    #                 or "lookup[3]"
    #  used_args:    a set of which args have been used
    #  args, kwargs: as passed in to vformat
    def get_field(self, field_name, args, kwargs):
        first, rest = _formatter_field_name_split(field_name)

        obj = self.get_value(first, args, kwargs)

        # loop through the rest of the field_name, doing
        #  getattr or getitem as needed
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]

        return obj, first
