"""Text wrapping and filling (CPython's textwrap).

Written in the language itself, after CPython 3.11's textwrap.py: the same
TextWrapper (its options, its chunking regular expressions, its wrapping
and truncating loop) and wrap, fill, shorten, dedent, indent.
Differences from CPython, because of what the compiler offers so far:
- a subclass overriding the private methods (_split, _wrap_chunks ...)
  gets them called as CPython calls them, but the class attributes
  wordsep_re, wordsep_simple_re and sentence_end_re are module globals
  (a subclass replacing them is not looked at).
"""
import re

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

# The recognized whitespace characters are US-ASCII's: some Unicode spaces
# (like \u00a0) are non-breaking.
_whitespace = "\t\n\x0b\x0c\r "

_word_punct = r"[\w!\"'&.,?]"
_letter = r"[^\d\W]"
_ws = r"[\t\n\x0b\x0c\r ]"
_nws = r"[^\t\n\x0b\x0c\r ]"

# Splits text into word-wrappable chunks:
#   "Hello there -- you goof-ball, use the -b option!"
# into Hello/ /there/ /--/ /you/ /goof-/ball,/ /use/ /the/ /-b/ /option!
_wordsep_re = re.compile(
    r"""
        ( # any whitespace
          %(ws)s+
        | # em-dash between words
          (?<=%(wp)s) -{2,} (?=\w)
        | # word, possibly hyphenated
          %(nws)s+? (?:
            # hyphenated word
              -(?: (?<=%(lt)s{2}-) | (?<=%(lt)s-%(lt)s-))
              (?= %(lt)s -? %(lt)s)
            | # end of word
              (?=%(ws)s|\Z)
            | # em-dash
              (?<=%(wp)s) (?=-{2,}\w)
            )
        )"""
    % {"wp": _word_punct, "lt": _letter, "ws": _ws, "nws": _nws},
    re.VERBOSE,
)

# Splits on recognized spaces only (break_on_hyphens=False).
_wordsep_simple_re = re.compile(r"(%s+)" % _ws)

# A lowercase letter, sentence-ending punctuation, an optional end quote,
# at the end of a chunk (US-ASCII only, as CPython's).
_sentence_end_re = re.compile(r"[a-z][\.\!\?][\"']?\Z")

_unicode_whitespace_trans = {9: 32, 10: 32, 11: 32, 12: 32, 13: 32, 32: 32}


class TextWrapper:
    """Object for wrapping/filling text: wrap() and fill() are its public
    interface; the options are its attributes (width, initial_indent,
    subsequent_indent, expand_tabs, replace_whitespace,
    fix_sentence_endings, break_long_words, drop_whitespace,
    break_on_hyphens, tabsize, max_lines, placeholder)."""

    unicode_whitespace_trans = _unicode_whitespace_trans

    def __init__(
        self,
        width=70,
        initial_indent="",
        subsequent_indent="",
        expand_tabs=True,
        replace_whitespace=True,
        fix_sentence_endings=False,
        break_long_words=True,
        drop_whitespace=True,
        break_on_hyphens=True,
        tabsize=8,
        *,
        max_lines=None,
        placeholder=" [...]",
    ):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        """Expand tabs and turn every other whitespace character into a
        space: " foo\\tbar\\n\\nbaz" becomes " foo    bar  baz"."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """The indivisible chunks of text: 'Look,', ' ', 'goof-', 'ball' ..."""
        if self.break_on_hyphens is True:
            chunks = _wordsep_re.split(text)
        else:
            chunks = _wordsep_simple_re.split(text)
        return [c for c in chunks if c]

    def _fix_sentence_endings(self, chunks):
        """Two spaces after a sentence's end ("foo.", " ", "Bar")."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _sentence_end_re.search(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """A chunk too long for any line: broken (after a hyphen if it
        can), or on a line of its own."""
        if width < 1:
            space_left = 1
        else:
            space_left = width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and any(c != "-" for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """The lines of at most width columns the chunks make (longer only
        when break_long_words is false), whitespace chunks dropped at the
        lines' ends, truncated to max_lines with the placeholder."""
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            if self.max_lines > 1:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            if lines:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == "" and lines:
                del chunks[-1]
            while chunks:
                n = len(chunks[-1])
                if cur_len + n <= width:
                    cur_line.append(chunks.pop())
                    cur_len += n
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == "":
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if cur_line:
                if (
                    self.max_lines is None
                    or len(lines) + 1 < self.max_lines
                    or (not chunks or self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
                    and cur_len <= width
                ):
                    lines.append(indent + "".join(cur_line))
                else:
                    placed = False
                    while cur_line:
                        if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                            cur_line.append(self.placeholder)
                            lines.append(indent + "".join(cur_line))
                            placed = True
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    if not placed:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if len(prev_line) + len(self.placeholder) <= self.width:
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break
        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    def wrap(self, text):
        """The lines of the paragraph text, each at most width columns."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The paragraph text wrapped, its lines joined by newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    w = TextWrapper(width=width, **kwargs)
    return w.wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    w = TextWrapper(width=width, **kwargs)
    return w.fill(text)


def shorten(text, width, **kwargs):
    """Collapse the whitespace of text and truncate it to width with the
    placeholder: shorten("Hello  world!", width=11) is 'Hello [...]'."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(" ".join(text.strip().split()))


_whitespace_only_re = re.compile("^[ \t]+$", re.MULTILINE)
_leading_whitespace_re = re.compile("(^[ \t]*)(?:[^ \t\n])", re.MULTILINE)


def dedent(text):
    """Remove any common leading whitespace from every line in text (tabs
    and spaces are both whitespace, but not equal); blank lines become
    empty."""
    margin = None
    text = _whitespace_only_re.sub("", text)
    indents = _leading_whitespace_re.findall(text)
    for indent in indents:
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            for i, (x, y) in enumerate(zip(margin, indent)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        text = re.sub(r"(?m)^" + margin, "", text)
    return text


def indent(text, prefix, predicate=None):
    """Add prefix to the lines of text predicate(line) is true of (by
    default the lines that are not only whitespace)."""
    lines = []
    for line in text.splitlines(True):
        if predicate is None:
            chosen = line.strip()
        else:
            chosen = predicate(line)
        lines.append(prefix + line if chosen else line)
    return "".join(lines)
