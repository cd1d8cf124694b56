"""Object-oriented paths (CPython's pathlib), the POSIX flavour, written in
the language over os and os.path (so they reach only the directories the
host pre-opened).

Differences from CPython: Path(...) makes a Path, not a PosixPath (its repr
says PosixPath('...') as CPython's; type(p).__name__ is 'Path');
PurePath and PurePosixPath are Path; glob() and rglob() understand *, ?
and [...] in each part and ** as a part, and list in the host's order
(sort them to compare); resolve() and absolute() start from "/", the
working directory of a WASI module; no owner, group, chmod, symlinks.
"""

import os
import posixpath

__all__ = ["Path", "PosixPath", "PurePath", "PurePosixPath"]


def _parse(args):
    parts = []
    for a in args:
        if isinstance(a, Path):
            s = a._str
        else:
            s = os.fspath(a)
            if not isinstance(s, str):
                raise TypeError("argument should be a str or an os.PathLike object where __fspath__ returns a str, not " + type(a).__name__)
        if s.startswith("/"):
            parts = []
        parts.append(s)
    path = "/".join(parts)
    root = ""
    if path.startswith("/"):
        root = "//" if path.startswith("//") and not path.startswith("///") else "/"
    names = [x for x in path.split("/") if x and x != "."]
    return root, names


def _fnmatch(name, pattern):
    """Whether name matches a glob pattern of one part (*, ?, [...])."""
    n = len(name)
    m = len(pattern)
    items = []
    j = 0
    while j < m:
        c = pattern[j]
        if c == "[":
            k = j + 1
            if k < m and pattern[k] == "!":
                k += 1
            if k < m and pattern[k] == "]":
                k += 1
            while k < m and pattern[k] != "]":
                k += 1
            if k >= m:
                items.append(("c", "["))
                j += 1
                continue
            items.append(("set", pattern[j + 1:k]))
            j = k + 1
        elif c == "*":
            items.append(("*", ""))
            j += 1
        elif c == "?":
            items.append(("?", ""))
            j += 1
        else:
            items.append(("c", c))
            j += 1
    # dynamic programming: ok[i][j], name[:i] matched by items[:j]
    m = len(items)
    ok = [[False] * (m + 1) for _ in range(n + 1)]
    ok[0][0] = True
    for j in range(1, m + 1):
        if items[j - 1][0] == "*":
            ok[0][j] = ok[0][j - 1]
    for i in range(1, n + 1):
        ch = name[i - 1]
        for j in range(1, m + 1):
            kind, text = items[j - 1]
            if kind == "*":
                ok[i][j] = ok[i][j - 1] or ok[i - 1][j]
            elif kind == "?":
                ok[i][j] = ok[i - 1][j - 1]
            elif kind == "c":
                ok[i][j] = ok[i - 1][j - 1] and ch == text
            else:
                ok[i][j] = ok[i - 1][j - 1] and _in_set(ch, text)
    return ok[n][m]


def _in_set(ch, text):
    negate = text.startswith("!")
    if negate:
        text = text[1:]
    found = False
    i = 0
    while i < len(text):
        if i + 2 < len(text) and text[i + 1] == "-":
            if text[i] <= ch <= text[i + 2]:
                found = True
            i += 3
        else:
            if text[i] == ch:
                found = True
            i += 1
    return found != negate


class Path:
    def __init__(self, *args):
        root, names = _parse(args)
        self._root = root
        self._names = names
        self._str = (root + "/".join(names)) or "."

    @classmethod
    def cwd(cls):
        return Path("/")

    @classmethod
    def home(cls):
        return Path("/")

    def __str__(self):
        return self._str

    def __fspath__(self):
        return self._str

    def __repr__(self):
        return "PosixPath(" + repr(self._str) + ")"

    def as_posix(self):
        return self._str

    def __eq__(self, other):
        if not isinstance(other, Path):
            return False
        return self._str == other._str

    def __ne__(self, other):
        return not self.__eq__(other)

    def __hash__(self):
        return hash(self._str)

    def __lt__(self, other):
        return self._parts_key() < other._parts_key()

    def __le__(self, other):
        return self._parts_key() <= other._parts_key()

    def __gt__(self, other):
        return self._parts_key() > other._parts_key()

    def __ge__(self, other):
        return self._parts_key() >= other._parts_key()

    def _parts_key(self):
        return self.parts

    def __truediv__(self, key):
        return Path(self, key)

    def __rtruediv__(self, key):
        return Path(key, self)

    def joinpath(self, *args):
        return Path(self, *args)

    @property
    def parts(self):
        if self._root:
            return tuple([self._root] + self._names)
        return tuple(self._names)

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def drive(self):
        return ""

    @property
    def name(self):
        return self._names[-1] if self._names else ""

    @property
    def suffix(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[i:]
        return ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._names:
            return self
        p = Path()
        p._root = self._root
        p._names = self._names[:-1]
        p._str = (p._root + "/".join(p._names)) or "."
        return p

    @property
    def parents(self):
        result = []
        p = self
        while p._names:
            p = p.parent
            result.append(p)
        return _Parents(result)

    def is_absolute(self):
        return self._root != ""

    def with_name(self, name):
        if not self._names:
            raise ValueError(repr(self) + " has an empty name")
        if not name or "/" in name or name == ".":
            raise ValueError("Invalid name " + repr(name))
        return self.parent / name

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if "/" in suffix or (suffix and (not suffix.startswith(".") or suffix == ".")):
            raise ValueError("Invalid suffix " + repr(suffix))
        name = self.name
        if not name:
            raise ValueError(repr(self) + " has an empty name")
        old = self.suffix
        if not old:
            return self.with_name(name + suffix)
        return self.with_name(name[:len(name) - len(old)] + suffix)

    def relative_to(self, *other):
        base = Path(*other)
        n = len(base.parts)
        if self.parts[:n] != base.parts:
            raise ValueError(repr(str(self)) + " is not in the subpath of " + repr(str(base)) +
                             " OR one path is relative and the other is absolute.")
        return Path(*self.parts[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def match(self, pattern):
        pat = Path(pattern)
        pat_names = pat._names
        if pat._root:
            if not self._root or len(pat_names) != len(self._names):
                return False
        elif len(pat_names) > len(self._names):
            return False
        names = self._names[len(self._names) - len(pat_names):]
        for name, part in zip(names, pat_names):
            if not _fnmatch(name, part):
                return False
        return True

    def absolute(self):
        if self._root:
            return self
        return Path("/", self)

    def resolve(self, strict=False):
        return Path(posixpath.abspath(self._str))

    # ---- the file system ----

    def exists(self):
        return posixpath.exists(self._str)

    def is_file(self):
        return posixpath.isfile(self._str)

    def is_dir(self):
        return posixpath.isdir(self._str)

    def is_symlink(self):
        return False

    def stat(self):
        return os.stat(self._str)

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        return open(self._str, mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with open(self._str, "r", -1, encoding, errors) as f:
            return f.read()

    def read_bytes(self):
        with open(self._str, "rb") as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError("data must be str, not " + type(data).__name__)
        with open(self._str, "w", -1, encoding, errors, newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        with open(self._str, "wb") as f:
            return f.write(data)

    def touch(self, mode=438, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, "File exists", self._str)
            return
        open(self._str, "a").close()

    def mkdir(self, mode=511, parents=False, exist_ok=False):
        if parents:
            os.makedirs(self._str, exist_ok=exist_ok)
            return
        try:
            os.mkdir(self._str)
        except FileExistsError:
            if not exist_ok or not self.is_dir():
                raise

    def unlink(self, missing_ok=False):
        try:
            os.remove(self._str)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self._str)

    def rename(self, target):
        os.rename(self._str, os.fspath(target))
        return Path(target)

    def replace(self, target):
        os.rename(self._str, os.fspath(target))
        return Path(target)

    def iterdir(self):
        for name in os.listdir(self._str):
            yield self / name

    def glob(self, pattern):
        parts = Path(pattern)._names
        if not parts:
            raise ValueError("Unacceptable pattern: " + repr(pattern))
        return self._glob(parts)

    def rglob(self, pattern):
        return self._glob(["**"] + Path(pattern)._names)

    def _glob(self, parts):
        part = parts[0]
        rest = parts[1:]
        if part == "**":
            for d in self._walk_dirs():
                if rest:
                    yield from d._glob(rest)
                else:
                    yield d
            return
        if not self.is_dir():
            return
        for name in os.listdir(self._str):
            if not _fnmatch(name, part) or (name.startswith(".") and not part.startswith(".")):
                continue
            child = self / name
            if rest:
                if child.is_dir():
                    yield from child._glob(rest)
            else:
                yield child

    def _walk_dirs(self):
        yield self
        for name in os.listdir(self._str):
            child = self / name
            if child.is_dir() and not name.startswith("."):
                yield from child._walk_dirs()


class _Parents:
    """Path.parents: a sequence of the ancestors, nearest first."""

    def __init__(self, paths):
        self._paths = paths

    def __len__(self):
        return len(self._paths)

    def __getitem__(self, i):
        return self._paths[i]

    def __iter__(self):
        return iter(self._paths)

    def __repr__(self):
        return "<PosixPath.parents>"


PosixPath = Path
PurePath = Path
PurePosixPath = Path
