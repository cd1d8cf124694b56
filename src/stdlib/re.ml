"""Regular expression operations (CPython 3.11's re module).

Written in the language itself, with the matching engine in C in the
runtime (the private module _re: src/runtime/rt_re*.c), the way CPython's
re.py and re/_parser.py sit on _sre:
- a pattern is parsed here by a port of CPython's re/_parser.py, so the
  syntax accepted and every re.error (message and position) are CPython's;
- the parse tree is compiled here into the engine's program (a list of
  ints, the opcodes of src/runtime/rt_re.h), packed once by _re.compile;
- matching, searching, and the successive matches of findall, finditer,
  sub and split run in C (a backtracking machine with CPython's _sre
  semantics); Pattern and Match objects, template expansion, the cache of
  compiled patterns are here.
The engine follows _sre's rules where they are observable: the order
alternatives and repeats are tried in, the zero-width-iteration rule, the
empty-match rules of findall/finditer/sub/split (3.7+), which group marks
a failed path leaves behind (_sre restores them only at certain points),
the start-charset filter of search() (compiled with the pattern's global
flags), and the SystemError _sre raises for a group span it leaves
inverted.
Differences from CPython, because of what the compiler offers so far:
- only str patterns: a bytes pattern or subject raises NotImplementedError
  (a designed refusal);
- RegexFlag (re.I, re.M ...) is a class of its own, not an int
  subclass: its members print, combine (| & ^) and compare with ints as
  CPython's, but ~re.I (the compiler does not call __invert__ yet: use
  re.I.__invert__()), int(re.I) (no __int__ yet: re.I.value), arithmetic
  and isinstance(re.I, int) do not; Pattern.flags is an int, as in CPython;
- case-insensitive matching and \\w, \\d, \\s beyond ASCII use the
  runtime's Unicode tables (Latin, Greek, Cyrillic and the scripts of the
  language packs), and a character with several case forms (the Kelvin
  sign, long s) matches only through its simple lower case;
- finditer() returns an iterator over matches found at once, not lazily;
- Pattern.scanner, re.template and \\N{name} escapes are not offered;
  the warnings CPython gives for possible set operations in a class and
  for odd group numbers are not printed.
"""

import _re

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split",
           "findall", "finditer", "compile", "purge", "escape",
           "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
           "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
           "UNICODE", "NOFLAG", "RegexFlag"]

# ---------------------------------------------------------------- flags

# the flags as ints, for the parser and compiler
_F_IGNORECASE = 2
_F_LOCALE = 4
_F_MULTILINE = 8
_F_DOTALL = 16
_F_UNICODE = 32
_F_VERBOSE = 64
_F_ASCII = 256

# RegexFlag's members in their order of definition (how a combination is
# spelled)
_MEMBERS = [(256, "ASCII"), (2, "IGNORECASE"), (4, "LOCALE"), (32, "UNICODE"),
            (8, "MULTILINE"), (16, "DOTALL"), (64, "VERBOSE"), (1, "TEMPLATE"),
            (128, "DEBUG")]
_ALL_FLAGS = 511


def _flag_int(x, op, left):
    if isinstance(x, RegexFlag):
        return x._value_
    if isinstance(x, int) and not isinstance(x, bool):
        return x
    if isinstance(x, bool):
        return int(x)
    if left:
        raise TypeError("unsupported operand type(s) for %s: 'RegexFlag' and '%s'" % (op, type(x).__name__))
    raise TypeError("unsupported operand type(s) for %s: '%s' and 'RegexFlag'" % (op, type(x).__name__))


class RegexFlag:
    """CPython's re.RegexFlag (an IntFlag there): its members print as
    re.IGNORECASE, combine with | & ^ ~ and compare equal to their ints.
    Not an int subclass here: int(flag) or flag.value gives the int."""

    def __init__(self, value):
        self._value_ = value

    @property
    def value(self):
        return self._value_

    @property
    def name(self):
        if self._value_ == 0:
            return "NOFLAG"
        names = []
        for v, n in _MEMBERS:
            if self._value_ & v:
                names.append(n)
        if not names or self._value_ & ~_ALL_FLAGS:
            return None
        return "|".join(names)

    def __repr__(self):
        v = self._value_
        if v == 0:
            return "re.NOFLAG"
        names = []
        for bit, n in _MEMBERS:
            if v & bit:
                names.append("re." + n)
        if v & ~_ALL_FLAGS:
            names.append("0x%x" % (v & ~_ALL_FLAGS))
        return "|".join(names)

    def __str__(self):
        return self.__repr__()

    def __format__(self, spec):
        return format(self.__repr__(), spec)

    def __int__(self):
        return self._value_

    def __index__(self):
        return self._value_

    def __bool__(self):
        return self._value_ != 0

    def __hash__(self):
        return hash(self._value_)

    def __eq__(self, other):
        if isinstance(other, RegexFlag):
            return self._value_ == other._value_
        if isinstance(other, int):
            return self._value_ == other
        return False

    def __ne__(self, other):
        return not self.__eq__(other)

    def __or__(self, other):
        return RegexFlag(self._value_ | _flag_int(other, "|", True))

    def __ror__(self, other):
        return RegexFlag(_flag_int(other, "|", False) | self._value_)

    def __and__(self, other):
        return RegexFlag(self._value_ & _flag_int(other, "&", True))

    def __rand__(self, other):
        return RegexFlag(_flag_int(other, "&", False) & self._value_)

    def __xor__(self, other):
        return RegexFlag(self._value_ ^ _flag_int(other, "^", True))

    def __rxor__(self, other):
        return RegexFlag(_flag_int(other, "^", False) ^ self._value_)

    def __invert__(self):
        return RegexFlag(_ALL_FLAGS & ~self._value_)


NOFLAG = RegexFlag(0)
ASCII = A = RegexFlag(256)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
UNICODE = U = RegexFlag(32)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
VERBOSE = X = RegexFlag(64)
TEMPLATE = T = RegexFlag(1)
DEBUG = RegexFlag(128)

_MAXREPEAT = 4294967295
_MAXGROUPS = 1073741823
_MAXWIDTH = 1 << 64
_MAXSIZE = 9223372036854775807

_FLAG_NAMES = [(1, "re.TEMPLATE"), (2, "re.IGNORECASE"), (4, "re.LOCALE"),
               (8, "re.MULTILINE"), (16, "re.DOTALL"), (32, "re.UNICODE"),
               (64, "re.VERBOSE"), (128, "re.DEBUG"), (256, "re.ASCII")]


class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes:

        msg: The unformatted error message
        pattern: The regular expression pattern
        pos: The index in the pattern where compilation failed (may be None)
        lineno: The line corresponding to pos (may be None)
        colno: The column corresponding to pos (may be None)
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            # pattern.count('\n', 0, pos) and rfind, written out (the
            # compiler's str has neither with bounds)
            self.lineno = 1
            nl = -1
            for i in range(min(pos, len(pattern))):
                if pattern[i] == '\n':
                    self.lineno += 1
                    nl = i
            self.colno = pos - nl
            if '\n' in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = None
            self.colno = None
        super().__init__(msg)


# ---------------------------------------------------------------- parser
# A port of CPython 3.11's re/_parser.py: the same tokenizer, the same
# parse tree (op, argument) with ops as ints, the same checks and errors.
# A SubPattern's items are read through .data (the compiler does not call
# __delitem__ or slice a class through __getitem__).

_LITERAL = 1
_NOT_LITERAL = 2
_ANY = 3
_IN = 4
_AT = 5
_BRANCH = 6
_SUBPATTERN = 7
_MAX_REPEAT = 8
_MIN_REPEAT = 9
_POSSESSIVE_REPEAT = 10
_GROUPREF = 11
_GROUPREF_EXISTS = 12
_ASSERT = 13
_ASSERT_NOT = 14
_ATOMIC_GROUP = 15
_RANGE = 16
_CATEGORY = 17
_NEGATE = 18
_SUCCESS = 19

# AT arguments and categories: the engine's numbers (rt_re.h)
_AT_BEGINNING = 0
_AT_BEGINNING_STRING = 2
_AT_END = 3
_AT_END_STRING = 5
_AT_BOUNDARY = 6
_AT_NON_BOUNDARY = 7
_CATEGORY_DIGIT = 0
_CATEGORY_NOT_DIGIT = 1
_CATEGORY_SPACE = 2
_CATEGORY_NOT_SPACE = 3
_CATEGORY_WORD = 4
_CATEGORY_NOT_WORD = 5

_SPECIAL_CHARS = ".\\[{()*+?^$|"
_REPEAT_CHARS = "*+?{"
_DIGITS = "0123456789"
_OCTDIGITS = "01234567"
_HEXDIGITS = "0123456789abcdefABCDEF"
_ASCIILETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_WHITESPACE = " \t\n\r\v\f"

_ESCAPES = {
    "\\a": (_LITERAL, 7),
    "\\b": (_LITERAL, 8),
    "\\f": (_LITERAL, 12),
    "\\n": (_LITERAL, 10),
    "\\r": (_LITERAL, 13),
    "\\t": (_LITERAL, 9),
    "\\v": (_LITERAL, 11),
    "\\\\": (_LITERAL, 92),
}

_CATEGORIES = {
    "\\A": (_AT, _AT_BEGINNING_STRING),
    "\\b": (_AT, _AT_BOUNDARY),
    "\\B": (_AT, _AT_NON_BOUNDARY),
    "\\d": (_IN, [(_CATEGORY, _CATEGORY_DIGIT)]),
    "\\D": (_IN, [(_CATEGORY, _CATEGORY_NOT_DIGIT)]),
    "\\s": (_IN, [(_CATEGORY, _CATEGORY_SPACE)]),
    "\\S": (_IN, [(_CATEGORY, _CATEGORY_NOT_SPACE)]),
    "\\w": (_IN, [(_CATEGORY, _CATEGORY_WORD)]),
    "\\W": (_IN, [(_CATEGORY, _CATEGORY_NOT_WORD)]),
    "\\Z": (_AT, _AT_END_STRING),
}

_FLAGS = {"i": 2, "L": 4, "m": 8, "s": 16, "x": 64, "a": 256, "t": 1, "u": 32}
_TYPE_FLAGS = 256 | 4 | 32
_GLOBAL_FLAGS = 128 | 1


def _isidentifier(name):
    if not name:
        return False
    c = name[0]
    if not (c == "_" or c.isalpha()):
        return False
    for c in name:
        if not (c == "_" or c.isalnum()):
            return False
    return True


def _group_number(s):
    # int(s) as CPython's parser takes a group number (a sign, spaces and
    # underscores allowed: (?(+1)...) is group 1); -1 when it is not one
    try:
        v = int(s)
    except ValueError:
        return -1
    return v


def _uniq(items):
    out = []
    for x in items:
        if x not in out:
            out.append(x)
    return out


class _State:
    def __init__(self):
        self.flags = 0
        self.groupdict = {}
        self.groupwidths = [None]
        self.lookbehindgroups = None
        self.grouprefpos = {}
        self.str = None

    def groups(self):
        return len(self.groupwidths)

    def opengroup(self, name=None):
        gid = self.groups()
        self.groupwidths.append(None)
        if self.groups() > _MAXGROUPS:
            raise error("too many groups")
        if name is not None:
            ogid = self.groupdict.get(name, None)
            if ogid is not None:
                raise error("redefinition of group name %r as group %d; "
                            "was group %d" % (name, gid, ogid))
            self.groupdict[name] = gid
        return gid

    def closegroup(self, gid, p):
        self.groupwidths[gid] = p.getwidth()

    def checkgroup(self, gid):
        return gid < self.groups() and self.groupwidths[gid] is not None

    def checklookbehindgroup(self, gid, source):
        if self.lookbehindgroups is not None:
            if not self.checkgroup(gid):
                raise source.error('cannot refer to an open group')
            if gid >= self.lookbehindgroups:
                raise source.error('cannot refer to group defined in the same '
                                   'lookbehind subpattern')


class _SubPattern:
    def __init__(self, state, data=None):
        self.state = state
        if data is None:
            data = []
        self.data = data
        self.width = None

    def getwidth(self):
        if self.width is not None:
            return self.width
        lo = 0
        hi = 0
        for item in self.data:
            op = item[0]
            av = item[1]
            if op == _BRANCH:
                i = _MAXWIDTH
                j = 0
                for b in av[1]:
                    w = b.getwidth()
                    i = min(i, w[0])
                    j = max(j, w[1])
                lo = lo + i
                hi = hi + j
            elif op == _ATOMIC_GROUP:
                w = av.getwidth()
                lo = lo + w[0]
                hi = hi + w[1]
            elif op == _SUBPATTERN:
                w = av[3].getwidth()
                lo = lo + w[0]
                hi = hi + w[1]
            elif op == _MAX_REPEAT or op == _MIN_REPEAT or op == _POSSESSIVE_REPEAT:
                w = av[2].getwidth()
                lo = lo + w[0] * av[0]
                if av[1] == _MAXREPEAT and w[1]:
                    hi = _MAXWIDTH
                else:
                    hi = hi + w[1] * av[1]
            elif op == _ANY or op == _RANGE or op == _IN or op == _LITERAL or op == _NOT_LITERAL or op == _CATEGORY:
                lo = lo + 1
                hi = hi + 1
            elif op == _GROUPREF:
                w = self.state.groupwidths[av]
                lo = lo + w[0]
                hi = hi + w[1]
            elif op == _GROUPREF_EXISTS:
                w = av[1].getwidth()
                i = w[0]
                j = w[1]
                if av[2] is not None:
                    w2 = av[2].getwidth()
                    i = min(i, w2[0])
                    j = max(j, w2[1])
                else:
                    i = 0
                lo = lo + i
                hi = hi + j
            elif op == _SUCCESS:
                break
        self.width = (min(lo, _MAXWIDTH), min(hi, _MAXWIDTH))
        return self.width


class _Tokenizer:
    def __init__(self, string):
        self.string = string
        self.index = 0
        self.next = None
        self._next()

    def _next(self):
        index = self.index
        s = self.string
        if index >= len(s):
            self.next = None
            return
        char = s[index]
        if char == "\\":
            index += 1
            if index >= len(s):
                raise error("bad escape (end of pattern)", s, len(s) - 1)
            char += s[index]
        self.index = index + 1
        self.next = char

    def match(self, char):
        if char == self.next:
            self._next()
            return True
        return False

    def get(self):
        this = self.next
        self._next()
        return this

    def getwhile(self, n, charset):
        result = ''
        for _ in range(n):
            c = self.next
            if c is None or c not in charset:
                break
            result += c
            self._next()
        return result

    def getuntil(self, terminator, name):
        result = ''
        while True:
            c = self.next
            self._next()
            if c is None:
                if not result:
                    raise self.error("missing " + name)
                raise self.error("missing %s, unterminated name" % terminator,
                                 len(result))
            if c == terminator:
                if not result:
                    raise self.error("missing " + name, 1)
                break
            result += c
        return result

    def tell(self):
        if self.next is None:
            return self.index
        return self.index - len(self.next)

    def seek(self, index):
        self.index = index
        self._next()

    def error(self, msg, offset=0):
        return error(msg, self.string, self.tell() - offset)

    def checkgroupname(self, name, offset, nested):
        if not _isidentifier(name):
            msg = "bad character in group name %r" % name
            raise self.error(msg, len(name) + offset)


def _in_chars(c, chars):
    return c is not None and c in chars


def _code_point_escape(source, escape, c):
    # \xhh, \uhhhh, \Uhhhhhhhh and \N{...}: the same in and out of a class
    if c == "N":
        if not source.match('{'):
            raise source.error("missing {")
        raise NotImplementedError("re: \\N{...} escapes (named characters) are not supported yet")
    width = {"x": 2, "u": 4, "U": 8}[c]
    escape += source.getwhile(width, _HEXDIGITS)
    if len(escape) != width + 2:
        raise source.error("incomplete escape %s" % escape, len(escape))
    code = int(escape[2:], 16)
    if code > 0x10FFFF:
        raise source.error("bad escape %s" % escape, len(escape))
    return (_LITERAL, code)


def _class_escape(source, escape):
    code = _ESCAPES.get(escape)
    if code:
        return code
    code = _CATEGORIES.get(escape)
    if code and code[0] == _IN:
        return code
    c = escape[1:2]
    if c in ("x", "u", "U", "N"):
        return _code_point_escape(source, escape, c)
    elif c in _OCTDIGITS:
        escape += source.getwhile(2, _OCTDIGITS)
        c = int(escape[1:], 8)
        if c > 0o377:
            raise source.error('octal escape value %s outside of '
                               'range 0-0o377' % escape, len(escape))
        return (_LITERAL, c)
    elif c in _DIGITS:
        raise source.error("bad escape %s" % escape, len(escape))
    if len(escape) == 2:
        if c in _ASCIILETTERS:
            raise source.error('bad escape %s' % escape, len(escape))
        return (_LITERAL, ord(escape[1]))
    raise source.error("bad escape %s" % escape, len(escape))


def _escape(source, escape, state):
    code = _CATEGORIES.get(escape)
    if code:
        return code
    code = _ESCAPES.get(escape)
    if code:
        return code
    c = escape[1:2]
    if c in ("x", "u", "U", "N"):
        return _code_point_escape(source, escape, c)
    elif c == "0":
        escape += source.getwhile(2, _OCTDIGITS)
        return (_LITERAL, int(escape[1:], 8))
    elif c in _DIGITS:
        # octal escape *or* decimal group reference (sigh)
        if _in_chars(source.next, _DIGITS):
            escape += source.get()
            if (escape[1] in _OCTDIGITS and escape[2] in _OCTDIGITS and
                    _in_chars(source.next, _OCTDIGITS)):
                escape += source.get()
                c = int(escape[1:], 8)
                if c > 0o377:
                    raise source.error('octal escape value %s outside of '
                                       'range 0-0o377' % escape,
                                       len(escape))
                return (_LITERAL, c)
        group = int(escape[1:])
        if group < state.groups():
            if not state.checkgroup(group):
                raise source.error("cannot refer to an open group",
                                   len(escape))
            state.checklookbehindgroup(group, source)
            return (_GROUPREF, group)
        raise source.error("invalid group reference %d" % group, len(escape) - 1)
    if len(escape) == 2:
        if c in _ASCIILETTERS:
            raise source.error("bad escape %s" % escape, len(escape))
        return (_LITERAL, ord(escape[1]))
    raise source.error("bad escape %s" % escape, len(escape))


def _parse_sub(source, state, verbose, nested):
    # parse an alternation: a|b|c
    items = []
    while True:
        items.append(_parse(source, state, verbose, nested + 1,
                            not nested and not items))
        if not source.match("|"):
            break
        if not nested:
            verbose = state.flags & _F_VERBOSE

    if len(items) == 1:
        return items[0]

    subpattern = _SubPattern(state)

    # check if all items share a common prefix
    while True:
        prefix = None
        common = True
        for item in items:
            if not item.data:
                common = False
                break
            if prefix is None:
                prefix = item.data[0]
            elif item.data[0] != prefix:
                common = False
                break
        if not common:
            break
        for item in items:
            del item.data[0]
        subpattern.data.append(prefix)

    # check if the branch can be replaced by a character set
    set = []
    can_set = True
    for item in items:
        if len(item.data) != 1:
            can_set = False
            break
        op = item.data[0][0]
        av = item.data[0][1]
        if op == _LITERAL:
            set.append((op, av))
        elif op == _IN and av[0][0] != _NEGATE:
            set.extend(av)
        else:
            can_set = False
            break
    if can_set:
        subpattern.data.append((_IN, _uniq(set)))
        return subpattern

    subpattern.data.append((_BRANCH, (None, items)))
    return subpattern


def _parse(source, state, verbose, nested, first=False):
    # parse a simple pattern
    subpattern = _SubPattern(state)
    data = subpattern.data

    while True:
        this = source.next
        if this is None:
            break
        if this == "|" or this == ")":
            break
        source.get()

        if verbose:
            # skip whitespace and comments
            if this in _WHITESPACE:
                continue
            if this == "#":
                while True:
                    this = source.get()
                    if this is None or this == "\n":
                        break
                continue

        if this[0] == "\\":
            data.append(_escape(source, this, state))

        elif this not in _SPECIAL_CHARS:
            data.append((_LITERAL, ord(this)))

        elif this == "[":
            here = source.tell() - 1
            # character set
            set = []
            negate = source.match("^")
            while True:
                this = source.get()
                if this is None:
                    raise source.error("unterminated character set",
                                       source.tell() - here)
                if this == "]" and set:
                    break
                elif this[0] == "\\":
                    code1 = _class_escape(source, this)
                else:
                    code1 = (_LITERAL, ord(this))
                if source.match("-"):
                    # potential range
                    that = source.get()
                    if that is None:
                        raise source.error("unterminated character set",
                                           source.tell() - here)
                    if that == "]":
                        if code1[0] == _IN:
                            code1 = code1[1][0]
                        set.append(code1)
                        set.append((_LITERAL, 45))
                        break
                    if that[0] == "\\":
                        code2 = _class_escape(source, that)
                    else:
                        code2 = (_LITERAL, ord(that))
                    if code1[0] != _LITERAL or code2[0] != _LITERAL:
                        msg = "bad character range %s-%s" % (this, that)
                        raise source.error(msg, len(this) + 1 + len(that))
                    lo = code1[1]
                    hi = code2[1]
                    if hi < lo:
                        msg = "bad character range %s-%s" % (this, that)
                        raise source.error(msg, len(this) + 1 + len(that))
                    set.append((_RANGE, (lo, hi)))
                else:
                    if code1[0] == _IN:
                        code1 = code1[1][0]
                    set.append(code1)

            set = _uniq(set)
            if len(set) == 1 and set[0][0] == _LITERAL:
                if negate:
                    data.append((_NOT_LITERAL, set[0][1]))
                else:
                    data.append(set[0])
            else:
                if negate:
                    set.insert(0, (_NEGATE, None))
                data.append((_IN, set))

        elif this in _REPEAT_CHARS:
            # repeat previous item
            here = source.tell()
            if this == "?":
                min = 0
                max = 1
            elif this == "*":
                min = 0
                max = _MAXREPEAT
            elif this == "+":
                min = 1
                max = _MAXREPEAT
            else:
                if source.next == "}":
                    data.append((_LITERAL, ord(this)))
                    continue
                min = 0
                max = _MAXREPEAT
                lo = ""
                hi = ""
                while _in_chars(source.next, _DIGITS):
                    lo += source.get()
                if source.match(","):
                    while _in_chars(source.next, _DIGITS):
                        hi += source.get()
                else:
                    hi = lo
                if not source.match("}"):
                    data.append((_LITERAL, ord(this)))
                    source.seek(here)
                    continue
                if lo:
                    min = int(lo)
                    if min >= _MAXREPEAT:
                        raise OverflowError("the repetition number is too large")
                if hi:
                    max = int(hi)
                    if max >= _MAXREPEAT:
                        raise OverflowError("the repetition number is too large")
                    if max < min:
                        raise source.error("min repeat greater than max repeat",
                                           source.tell() - here)
            # figure out which item to repeat
            if not data or data[-1][0] == _AT:
                raise source.error("nothing to repeat",
                                   source.tell() - here + len(this))
            last = data[-1]
            if last[0] == _MAX_REPEAT or last[0] == _MIN_REPEAT or last[0] == _POSSESSIVE_REPEAT:
                raise source.error("multiple repeat",
                                   source.tell() - here + len(this))
            item = _SubPattern(state, [last])
            if last[0] == _SUBPATTERN:
                av = last[1]
                if av[0] is None and not av[1] and not av[2]:
                    item = av[3]
            if source.match("?"):
                data[-1] = (_MIN_REPEAT, (min, max, item))
            elif source.match("+"):
                data[-1] = (_POSSESSIVE_REPEAT, (min, max, item))
            else:
                data[-1] = (_MAX_REPEAT, (min, max, item))

        elif this == ".":
            data.append((_ANY, None))

        elif this == "(":
            start = source.tell() - 1
            capture = True
            atomic = False
            name = None
            add_flags = 0
            del_flags = 0
            done = False
            if source.match("?"):
                # options
                char = source.get()
                if char is None:
                    raise source.error("unexpected end of pattern")
                if char == "P":
                    # python extensions
                    if source.match("<"):
                        # named group: skip forward to end of name
                        name = source.getuntil(">", "group name")
                        source.checkgroupname(name, 1, nested)
                    elif source.match("="):
                        # named backreference
                        name = source.getuntil(")", "group name")
                        source.checkgroupname(name, 1, nested)
                        gid = state.groupdict.get(name)
                        if gid is None:
                            msg = "unknown group name %r" % name
                            raise source.error(msg, len(name) + 1)
                        if not state.checkgroup(gid):
                            raise source.error("cannot refer to an open group",
                                               len(name) + 1)
                        state.checklookbehindgroup(gid, source)
                        data.append((_GROUPREF, gid))
                        continue
                    else:
                        char = source.get()
                        if char is None:
                            raise source.error("unexpected end of pattern")
                        raise source.error("unknown extension ?P" + char,
                                           len(char) + 2)
                elif char == ":":
                    # non-capturing group
                    capture = False
                elif char == "#":
                    # comment
                    while True:
                        if source.next is None:
                            raise source.error("missing ), unterminated comment",
                                               source.tell() - start)
                        if source.get() == ")":
                            break
                    continue
                elif char in "=!<":
                    # lookahead assertions
                    dir = 1
                    lookbehindgroups = None
                    if char == "<":
                        char = source.get()
                        if char is None:
                            raise source.error("unexpected end of pattern")
                        if char not in "=!":
                            raise source.error("unknown extension ?<" + char,
                                               len(char) + 2)
                        dir = -1  # lookbehind
                        lookbehindgroups = state.lookbehindgroups
                        if lookbehindgroups is None:
                            state.lookbehindgroups = state.groups()
                    p = _parse_sub(source, state, verbose, nested + 1)
                    if dir < 0:
                        if lookbehindgroups is None:
                            state.lookbehindgroups = None
                    if not source.match(")"):
                        raise source.error("missing ), unterminated subpattern",
                                           source.tell() - start)
                    if char == "=":
                        data.append((_ASSERT, (dir, p)))
                    else:
                        data.append((_ASSERT_NOT, (dir, p)))
                    continue
                elif char == "(":
                    # conditional backreference group
                    condname = source.getuntil(")", "group name")
                    if _isidentifier(condname):
                        source.checkgroupname(condname, 1, nested)
                        condgroup = state.groupdict.get(condname)
                        if condgroup is None:
                            msg = "unknown group name %r" % condname
                            raise source.error(msg, len(condname) + 1)
                    else:
                        condgroup = _group_number(condname)
                        if condgroup < 0:
                            msg = "bad character in group name %r" % condname
                            raise source.error(msg, len(condname) + 1)
                        if not condgroup:
                            raise source.error("bad group number",
                                               len(condname) + 1)
                        if condgroup >= _MAXGROUPS:
                            msg = "invalid group reference %d" % condgroup
                            raise source.error(msg, len(condname) + 1)
                        if condgroup not in state.grouprefpos:
                            state.grouprefpos[condgroup] = (
                                source.tell() - len(condname) - 1
                            )
                    state.checklookbehindgroup(condgroup, source)
                    item_yes = _parse(source, state, verbose, nested + 1)
                    if source.match("|"):
                        item_no = _parse(source, state, verbose, nested + 1)
                        if source.next == "|":
                            raise source.error("conditional backref with more than two branches")
                    else:
                        item_no = None
                    if not source.match(")"):
                        raise source.error("missing ), unterminated subpattern",
                                           source.tell() - start)
                    data.append((_GROUPREF_EXISTS, (condgroup, item_yes, item_no)))
                    continue
                elif char == ">":
                    # non-capturing, atomic group
                    capture = False
                    atomic = True
                elif char in _FLAGS or char == "-":
                    # flags
                    flags = _parse_flags(source, state, char)
                    if flags is None:  # global flags
                        if not first or data:
                            raise source.error('global flags not at the start '
                                               'of the expression',
                                               source.tell() - start)
                        verbose = state.flags & _F_VERBOSE
                        continue
                    add_flags = flags[0]
                    del_flags = flags[1]
                    capture = False
                else:
                    raise source.error("unknown extension ?" + char,
                                       len(char) + 1)

            # parse group contents
            if capture:
                try:
                    group = state.opengroup(name)
                except error as err:
                    raise source.error(err.msg, len(name) + 1) from None
            else:
                group = None
            sub_verbose = ((verbose or (add_flags & _F_VERBOSE)) and
                           not (del_flags & _F_VERBOSE))
            p = _parse_sub(source, state, sub_verbose, nested + 1)
            if not source.match(")"):
                raise source.error("missing ), unterminated subpattern",
                                   source.tell() - start)
            if group is not None:
                state.closegroup(group, p)
            if atomic:
                data.append((_ATOMIC_GROUP, p))
            else:
                data.append((_SUBPATTERN, (group, add_flags, del_flags, p)))

        elif this == "^":
            data.append((_AT, _AT_BEGINNING))

        elif this == "$":
            data.append((_AT, _AT_END))

    # unpack non-capturing groups
    i = len(data) - 1
    while i >= 0:
        op = data[i][0]
        if op == _SUBPATTERN:
            av = data[i][1]
            if av[0] is None and not av[1] and not av[2]:
                data[i:i + 1] = av[3].data
        i -= 1

    return subpattern


def _parse_flags(source, state, char):
    add_flags = 0
    del_flags = 0
    if char != "-":
        while True:
            flag = _FLAGS[char]
            if char == 'L':
                msg = "bad inline flags: cannot use 'L' flag with a str pattern"
                raise source.error(msg)
            add_flags |= flag
            if (flag & _TYPE_FLAGS) and (add_flags & _TYPE_FLAGS) != flag:
                msg = "bad inline flags: flags 'a', 'u' and 'L' are incompatible"
                raise source.error(msg)
            char = source.get()
            if char is None:
                raise source.error("missing -, : or )")
            if char in ")-:":
                break
            if char not in _FLAGS:
                msg = "unknown flag" if char.isalpha() else "missing -, : or )"
                raise source.error(msg, len(char))
    if char == ")":
        state.flags |= add_flags
        return None
    if add_flags & _GLOBAL_FLAGS:
        raise source.error("bad inline flags: cannot turn on global flag", 1)
    if char == "-":
        char = source.get()
        if char is None:
            raise source.error("missing flag")
        if char not in _FLAGS:
            msg = "unknown flag" if char.isalpha() else "missing flag"
            raise source.error(msg, len(char))
        while True:
            flag = _FLAGS[char]
            if flag & _TYPE_FLAGS:
                msg = "bad inline flags: cannot turn off flags 'a', 'u' and 'L'"
                raise source.error(msg)
            del_flags |= flag
            char = source.get()
            if char is None:
                raise source.error("missing :")
            if char == ":":
                break
            if char not in _FLAGS:
                msg = "unknown flag" if char.isalpha() else "missing :"
                raise source.error(msg, len(char))
    if del_flags & _GLOBAL_FLAGS:
        raise source.error("bad inline flags: cannot turn off global flag", 1)
    if add_flags & del_flags:
        raise source.error("bad inline flags: flag turned on and off", 1)
    return (add_flags, del_flags)


def _fix_flags(flags):
    if flags & _F_LOCALE:
        raise ValueError("cannot use LOCALE flag with a str pattern")
    if not flags & _F_ASCII:
        flags |= _F_UNICODE
    elif flags & _F_UNICODE:
        raise ValueError("ASCII and UNICODE flags are incompatible")
    return flags


def _parse_pattern(pattern, flags):
    source = _Tokenizer(pattern)
    state = _State()
    state.flags = flags
    state.str = pattern
    p = _parse_sub(source, state, flags & _F_VERBOSE, 0)
    state.flags = _fix_flags(state.flags)
    if source.next is not None:
        raise source.error("unbalanced parenthesis")
    for g in state.grouprefpos:
        if g >= state.groups():
            msg = "invalid group reference %d" % g
            raise error(msg, pattern, state.grouprefpos[g])
    return p, state


# ---------------------------------------------------------------- compiler
# The parse tree into the engine's program: the opcodes of rt_re.h.

_OP_SUCCESS = 1
_OP_CHAR = 2
_OP_CHAR_I = 3
_OP_NOT_CHAR = 4
_OP_NOT_CHAR_I = 5
_OP_ANY = 6
_OP_ANY_ALL = 7
_OP_IN = 8
_OP_AT = 9
_OP_SPLIT = 10
_OP_JMP = 11
_OP_MARK = 12
_OP_GROUPREF = 13
_OP_GROUPREF_EXISTS = 14
_OP_REPEAT = 15
_OP_UNTIL_MAX = 16
_OP_UNTIL_MIN = 17
_OP_REPEAT_ONE = 18
_OP_MIN_REPEAT_ONE = 19
_OP_ASSERT = 20
_OP_ASSERT_END = 21
_OP_POSS_REPEAT = 22
_OP_POSS_END = 23
_OP_RESTORE_POINT = 24
_INF = 0x7fffffff


def _iscased(c):
    ch = chr(c)
    return ch.lower() != ch or ch.upper() != ch


# _sre's choices key on UNICODE (which fix_flags sets unless ASCII, and
# which a scoped (?a:...) clears), not on ASCII.
def _case_mode(flags):
    if not flags & _F_IGNORECASE:
        return 0
    if flags & _F_UNICODE:
        return 1
    return 2


def _at_code(av, flags):
    if av == _AT_BEGINNING and flags & _F_MULTILINE:
        return 1
    if av == _AT_END and flags & _F_MULTILINE:
        return 4
    if (av == _AT_BOUNDARY or av == _AT_NON_BOUNDARY) and flags & _F_UNICODE:
        return av + 2
    return av


def _combine_flags(flags, add_flags, del_flags):
    # a scoped a, u or L replaces the pattern's one
    if add_flags & _TYPE_FLAGS:
        flags &= ~_TYPE_FLAGS
    return (flags | add_flags) & ~del_flags


def _start_filter(p, flags):
    # CPython's _compile_info charset: when a match must consume a first
    # character, no literal prefix leads, and the pattern begins with a
    # class (or literals), search() only tries the positions whose
    # character is in that class -- compiled with the pattern's global
    # flags, even when a scoped (?a:...) or (?u:...) gives the class
    # itself other categories (which CPython's results show). Returns the
    # members (as _IN's argument) or None.
    if p.getwidth()[0] == 0:
        return None
    data = p.data
    if data and data[0][0] == _LITERAL:
        return None  # a literal prefix (or a cased first literal): exact anyway
    sub_flags = flags
    while True:
        if not data:
            return None
        op = data[0][0]
        av = data[0][1]
        if op != _SUBPATTERN:
            break
        sub_flags = _combine_flags(sub_flags, av[1], av[2])
        data = av[3].data
    cased = sub_flags & _F_IGNORECASE
    if op == _IN:
        for m in av:
            if cased and m[0] == _LITERAL and _iscased(m[1]):
                return None
            if cased and m[0] == _RANGE:
                for c in range(m[1][0], m[1][1] + 1):
                    if _iscased(c):
                        return None
        return av
    return None


def _emit_item(code, op, av, flags):
    # a single-character item; False if op is not one
    mode = _case_mode(flags)
    if op == _LITERAL:
        if mode and _iscased(av):
            code.extend([_OP_CHAR_I, av, mode])
        else:
            code.extend([_OP_CHAR, av])
    elif op == _NOT_LITERAL:
        if mode and _iscased(av):
            code.extend([_OP_NOT_CHAR_I, av, mode])
        else:
            code.extend([_OP_NOT_CHAR, av])
    elif op == _ANY:
        code.append(_OP_ANY_ALL if flags & _F_DOTALL else _OP_ANY)
    elif op == _IN:
        negate = 0
        members = []
        for m in av:
            if m[0] == _NEGATE:
                negate = 1
            elif m[0] == _LITERAL:
                members.extend([0, m[1], 0])
            elif m[0] == _RANGE:
                members.extend([1, m[1][0], m[1][1]])
            else:
                cat = m[1]
                if flags & _F_UNICODE:
                    cat += 6
                members.extend([2, cat, 0])
        # the four zeros: the engine's ASCII bitmap, filled when packed
        code.extend([_OP_IN, 9 + len(members), negate, mode, len(members) // 3, 0, 0, 0, 0])
        code.extend(members)
    else:
        return False
    return True


def _emit(code, data, flags, counters):
    for item in data:
        op = item[0]
        av = item[1]
        if _emit_item(code, op, av, flags):
            pass
        elif op == _AT:
            code.extend([_OP_AT, _at_code(av, flags)])
        elif op == _BRANCH:
            alts = av[1]
            jumps = []
            for i in range(len(alts)):
                split = -1
                if i < len(alts) - 1:
                    split = len(code)
                    code.extend([_OP_SPLIT, 0])
                else:
                    code.append(_OP_RESTORE_POINT)
                _emit(code, alts[i].data, flags, counters)
                if split >= 0:
                    code.extend([_OP_JMP, 0])
                    jumps.append(len(code) - 1)
                    code[split + 1] = len(code)
            for j in jumps:
                code[j] = len(code)
        elif op == _SUBPATTERN:
            group = av[0]
            sub_flags = _combine_flags(flags, av[1], av[2])
            if group is not None:
                code.extend([_OP_MARK, 2 * group])
            _emit(code, av[3].data, sub_flags, counters)
            if group is not None:
                code.extend([_OP_MARK, 2 * group + 1])
        elif op == _ATOMIC_GROUP:
            head = len(code)
            code.extend([_OP_ASSERT, 0, 0, 0])
            _emit(code, av.data, flags, counters)
            code.append(_OP_ASSERT_END)
            code[head + 3] = len(code)
        elif op == _ASSERT or op == _ASSERT_NOT:
            direction = av[0]
            p = av[1]
            width = 0
            if direction < 0:
                w = p.getwidth()
                if w[0] != w[1]:
                    raise error("look-behind requires fixed-width pattern")
                width = w[0]
                kind = 3 if op == _ASSERT else 4
            else:
                kind = 1 if op == _ASSERT else 2
            head = len(code)
            code.extend([_OP_ASSERT, kind, width, 0])
            _emit(code, p.data, flags, counters)
            code.append(_OP_ASSERT_END)
            code[head + 3] = len(code)
        elif op == _GROUPREF:
            code.extend([_OP_GROUPREF, av, _case_mode(flags)])
        elif op == _GROUPREF_EXISTS:
            head = len(code)
            code.extend([_OP_GROUPREF_EXISTS, av[0], 0])
            _emit(code, av[1].data, flags, counters)
            if av[2] is not None:
                code.extend([_OP_JMP, 0])
                jump = len(code) - 1
                code[head + 2] = len(code)
                _emit(code, av[2].data, flags, counters)
                code[jump] = len(code)
            else:
                code[head + 2] = len(code)
        elif op == _MAX_REPEAT or op == _MIN_REPEAT or op == _POSSESSIVE_REPEAT:
            min = av[0]
            max = av[1]
            if max >= _INF:
                max = _INF
            body = av[2].data
            single = []
            if len(body) == 1 and _emit_item(single, body[0][0], body[0][1], flags):
                head = len(code)
                if op == _POSSESSIVE_REPEAT:
                    code.extend([_OP_ASSERT, 0, 0, 0])
                code.extend([_OP_MIN_REPEAT_ONE if op == _MIN_REPEAT else _OP_REPEAT_ONE,
                             4 + len(single), min, max])
                code.extend(single)
                if op == _POSSESSIVE_REPEAT:
                    code.append(_OP_ASSERT_END)
                    code[head + 3] = len(code)
            elif op == _POSSESSIVE_REPEAT:
                k = counters[0]
                counters[0] += 1
                head = len(code)
                code.extend([_OP_POSS_REPEAT, k, min, max, 0])
                _emit(code, body, flags, counters)
                code.extend([_OP_POSS_END, head])
                code[head + 4] = len(code)
            else:
                k = counters[0]
                counters[0] += 1
                head = len(code)
                code.extend([_OP_REPEAT, k, 0])
                start = len(code)
                _emit(code, body, flags, counters)
                code[head + 2] = len(code)
                code.extend([_OP_UNTIL_MIN if op == _MIN_REPEAT else _OP_UNTIL_MAX, k, min, max, start])
        else:
            raise error("internal: unknown opcode %d" % op)


def _compile_program(p, flags, groups):
    # header: mark slots, repeat counters, the start filter's index (0: none)
    code = [2 * groups, 0, 0]
    counters = [0]
    _emit(code, p.data, flags, counters)
    code.append(_OP_SUCCESS)
    code[1] = counters[0]
    members = _start_filter(p, flags)
    if members is not None:
        code[2] = len(code)
        _emit_item(code, _IN, members, flags & ~_F_IGNORECASE)
    return _re.compile(code)


# ---------------------------------------------------------------- Pattern and Match

def _check_string(string):
    if isinstance(string, str):
        return
    if isinstance(string, bytes) or isinstance(string, bytearray):
        raise NotImplementedError("re: bytes subjects are not supported yet (only str)")
    raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)


def _bound(n, name):
    if isinstance(n, bool) or isinstance(n, int):
        return int(n)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)


class Pattern:
    """Compiled regular expression object."""

    def __init__(self, pattern, flags, groups, groupindex, program):
        self.pattern = pattern
        self.flags = flags
        self.groups = groups
        self.groupindex = groupindex
        self._program = program
        self._names = {}
        for name in groupindex:
            self._names[groupindex[name]] = name

    def __repr__(self):
        flags = self.flags
        if (flags & (_F_LOCALE | _F_UNICODE | _F_ASCII)) == _F_UNICODE:
            flags &= ~_F_UNICODE
        text = "re.compile(%s" % repr(self.pattern)[:200]
        if flags:
            names = []
            for f, name in _FLAG_NAMES:
                if flags & f:
                    names.append(name)
                    flags &= ~f
            if flags:
                names.append("0x%x" % flags)
            text += ", " + "|".join(names)
        return text + ")"

    def __eq__(self, other):
        return isinstance(other, Pattern) and self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def _run(self, string, pos, endpos, mode):
        _check_string(string)
        pos = _bound(pos, "pos")
        endpos = _bound(endpos, "endpos")
        n = len(string)
        if pos < 0:
            pos = 0
        elif pos > n:
            pos = n
        if endpos < 0:
            endpos = 0
        elif endpos > n:
            endpos = n
        m = _re.match(self._program, string, pos, endpos, mode)
        if m is None:
            return None
        return Match(self, string, pos, endpos, m)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 2)

    def _scan(self, string, pos, endpos, count):
        _check_string(string)
        pos = _bound(pos, "pos")
        endpos = _bound(endpos, "endpos")
        n = len(string)
        if endpos < 0:
            endpos = 0
        elif endpos > n:
            endpos = n
        if pos < 0:
            pos = 0
        elif pos > n:
            pos = n
        return _re.scan(self._program, string, pos, endpos, count), pos, endpos

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        _check_string(string)
        pos = _bound(pos, "pos")
        endpos = _bound(endpos, "endpos")
        return _re.findall(self._program, string, pos, endpos)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        found = self._scan(string, pos, endpos, 0)
        out = []
        for marks in found[0]:
            out.append(Match(self, string, found[1], found[2], marks))
        return iter(out)

    def split(self, string, maxsplit=0):
        maxsplit = _bound(maxsplit, "maxsplit")
        if maxsplit < 0:
            return [string]
        found = self._scan(string, 0, _MAXSIZE, maxsplit)[0]
        out = []
        last = 0
        for marks in found:
            _check_spans(marks)
            out.append(string[last:marks[1]])
            for g in range(1, self.groups + 1):
                a = marks[2 * g + 1]
                b = marks[2 * g + 2]
                if a < 0 or b < 0:
                    out.append(None)
                else:
                    out.append(string[a:b])
            last = marks[2]
        out.append(string[last:])
        return out

    def _subx(self, repl, string, count):
        _check_string(string)
        count = _bound(count, "count")
        literal = None
        if callable(repl):
            template = None
        else:
            _check_string(repl)
            if "\\" in repl:
                template = _compile_template(self, repl)
            else:
                literal = repl
                template = [repl]
        if count < 0:
            return string, 0
        found = self._scan(string, 0, _MAXSIZE, count)[0]
        # parts as _sre's pattern_subx lists them (an empty piece left
        # out, None from repl skipped), so that a non-str result is named
        # by its index as CPython's join names it
        parts = []
        bad = None
        last = 0
        for marks in found:
            if last < marks[1]:
                parts.append(string[last:marks[1]])
            if template is None:
                r = repl(Match(self, string, 0, len(string), marks))
                if r is not None:
                    if bad is None and not isinstance(r, str):
                        bad = (len(parts), r)
                    parts.append(r)
            else:
                if literal is None:
                    _check_spans(marks)  # CPython makes a match object for it
                for piece in template:
                    if isinstance(piece, int):
                        a = marks[2 * piece + 1]
                        b = marks[2 * piece + 2]
                        if a >= 0 and b >= 0:
                            parts.append(string[a:b])
                    else:
                        parts.append(piece)
            last = marks[2]
        if last < len(string):
            parts.append(string[last:])
        if bad is not None:
            raise TypeError("sequence item %d: expected str instance, %s found" % (bad[0], type(bad[1]).__name__))
        return "".join(parts), len(found)

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _check_spans(marks):
    # _sre's check when it reads the groups: its mark rules can leave a
    # group starting after its end
    i = 3
    while i < len(marks):
        if marks[i] >= 0 and marks[i] > marks[i + 1]:
            raise SystemError("The span of capturing group is wrong, please report a bug for the re module.")
        i += 2


class Match:
    """The result of re.match() and re.search()."""

    def __init__(self, pattern, string, pos, endpos, marks):
        _check_spans(marks)
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._marks = marks
        li = marks[0]
        if li < 0:
            self.lastindex = None
            self.lastgroup = None
        else:
            self.lastindex = li
            self.lastgroup = pattern._names.get(li)

    def _index(self, g):
        if isinstance(g, int):
            if 0 <= g <= self.re.groups:
                return int(g)
        elif isinstance(g, str):
            i = self.re.groupindex.get(g)
            if i is not None:
                return i
        raise IndexError("no such group")

    def _get(self, i, default=None):
        a = self._marks[2 * i + 1]
        b = self._marks[2 * i + 2]
        if a < 0 or b < 0:
            return default
        return self.string[a:b]

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        out = []
        for g in args:
            out.append(self._get(self._index(g)))
        return tuple(out)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        out = []
        for i in range(1, self.re.groups + 1):
            out.append(self._get(i, default))
        return tuple(out)

    def groupdict(self, default=None):
        out = {}
        for name in self.re.groupindex:
            out[name] = self._get(self.re.groupindex[name], default)
        return out

    def start(self, group=0):
        return self._marks[2 * self._index(group) + 1]

    def end(self, group=0):
        return self._marks[2 * self._index(group) + 2]

    def span(self, group=0):
        i = self._index(group)
        return (self._marks[2 * i + 1], self._marks[2 * i + 2])

    @property
    def regs(self):
        out = []
        for i in range(self.re.groups + 1):
            out.append((self._marks[2 * i + 1], self._marks[2 * i + 2]))
        return tuple(out)

    def expand(self, template):
        return _expand(self, _compile_template(self.re, template))

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%s>" % (
            self._marks[1], self._marks[2], repr(self._get(0))[:50])

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


# ---------------------------------------------------------------- templates

def _parse_template(source, pattern):
    # CPython's _parser.parse_template: a list of str pieces and group
    # numbers (ints)
    s = _Tokenizer(source)
    out = []
    literal = []
    groupindex = pattern.groupindex
    while True:
        this = s.get()
        if this is None:
            break
        if this[0] == "\\":
            c = this[1]
            if c == "g":
                if not s.match("<"):
                    raise s.error("missing <")
                name = s.getuntil(">", "group name")
                if _isidentifier(name):
                    if name not in groupindex:
                        raise IndexError("unknown group name %r" % name)
                    index = groupindex[name]
                else:
                    index = _group_number(name)
                    if index < 0:
                        raise s.error("bad character in group name %r" % name,
                                      len(name) + 1)
                    if index >= _MAXGROUPS:
                        raise s.error("invalid group reference %d" % index,
                                      len(name) + 1)
                if index > pattern.groups:
                    raise s.error("invalid group reference %d" % index, len(name) + 1)
                if literal:
                    out.append("".join(literal))
                    literal = []
                out.append(index)
            elif c == "0":
                if _in_chars(s.next, _OCTDIGITS):
                    this += s.get()
                    if _in_chars(s.next, _OCTDIGITS):
                        this += s.get()
                literal.append(chr(int(this[1:], 8) & 0xff))
            elif c in _DIGITS:
                isoctal = False
                if _in_chars(s.next, _DIGITS):
                    this += s.get()
                    if (c in _OCTDIGITS and this[2] in _OCTDIGITS and
                            _in_chars(s.next, _OCTDIGITS)):
                        this += s.get()
                        isoctal = True
                        c = int(this[1:], 8)
                        if c > 0o377:
                            raise s.error('octal escape value %s outside of '
                                          'range 0-0o377' % this, len(this))
                        literal.append(chr(c))
                if not isoctal:
                    index = int(this[1:])
                    if index > pattern.groups:
                        raise s.error("invalid group reference %d" % index, len(this) - 1)
                    if literal:
                        out.append("".join(literal))
                        literal = []
                    out.append(index)
            else:
                if this in _ESCAPES:
                    literal.append(chr(_ESCAPES[this][1]))
                else:
                    if c in _ASCIILETTERS:
                        raise s.error('bad escape %s' % this, len(this))
                    literal.append(this)
        else:
            literal.append(this)
    if literal:
        out.append("".join(literal))
    return out


_template_cache = {}


def _compile_template(pattern, repl):
    key = (pattern.pattern, pattern.flags, repl)
    t = _template_cache.get(key)
    if t is None:
        if len(_template_cache) >= _MAXCACHE:
            _template_cache.clear()
        t = _parse_template(repl, pattern)
        _template_cache[key] = t
    return t


def _expand(match, template):
    parts = []
    for piece in template:
        if isinstance(piece, int):
            v = match._get(piece)
            if v is not None:
                parts.append(v)
        else:
            parts.append(piece)
    return "".join(parts)


# ---------------------------------------------------------------- module functions

_MAXCACHE = 512
_cache = {}


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags._value_
    elif not isinstance(flags, int):
        raise TypeError("unsupported operand type(s) for &: '%s' and 'RegexFlag'" % type(flags).__name__)
    flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError(
                "cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, str):
        if isinstance(pattern, bytes) or isinstance(pattern, bytearray):
            raise NotImplementedError("re: bytes patterns are not supported yet (only str)")
        raise TypeError("first argument must be string or compiled pattern")
    key = (pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    parsed = _parse_pattern(pattern, flags)
    tree = parsed[0]
    state = parsed[1]
    program = _compile_program(tree, state.flags, state.groups())
    groupindex = {}
    for name in state.groupdict:
        groupindex[name] = state.groupdict[name]
    p = Pattern(pattern, state.flags, state.groups() - 1, groupindex, program)
    if len(_cache) >= _MAXCACHE:
        # drop the oldest entry (CPython's FIFO)
        for k in _cache:
            del _cache[k]
            break
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object."""
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression caches"
    _cache.clear()
    _template_cache.clear()


_SPECIAL = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"


def escape(pattern):
    """Escape special characters in a string."""
    if not isinstance(pattern, str):
        if isinstance(pattern, bytes) or isinstance(pattern, bytearray):
            raise NotImplementedError("re: bytes patterns are not supported yet (only str)")
        raise TypeError("expected string or bytes-like object, got '%s'" % type(pattern).__name__)
    out = []
    for c in pattern:
        if c in _SPECIAL:
            out.append("\\" + c)
        else:
            out.append(c)
    return "".join(out)
