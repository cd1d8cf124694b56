"""Path names (CPython's posixpath, which is os.path), written in the
language. The string operations are CPython's; the ones that ask the file
system (exists, isfile, isdir, getsize, getmtime) go through the private C
module _os (src/runtime/rt_os.c), so they see only the directories the host
pre-opened. The working directory is "/" (WASI has none): abspath("x") is
"/x"; expanduser and expandvars leave their argument as it is (no home, no
environment of the host's own).
"""

import _os

__all__ = ["abspath", "basename", "commonprefix", "dirname", "exists", "expanduser",
           "expandvars", "getmtime", "getsize", "isabs", "isdir", "isfile", "join",
           "normcase", "normpath", "relpath", "split", "splitext", "sep", "curdir",
           "pardir", "extsep", "altsep", "pathsep", "defpath", "devnull"]

sep = "/"
curdir = "."
pardir = ".."
extsep = "."
altsep = None
pathsep = ":"
defpath = "/bin:/usr/bin"
devnull = "/dev/null"


def _fspath(p):
    if isinstance(p, str):
        return p
    if hasattr(p, "__fspath__"):
        path = p.__fspath__()
        if isinstance(path, str):
            return path
    raise TypeError("expected str, bytes or os.PathLike object, not " + type(p).__name__)


def normcase(s):
    return _fspath(s)


def isabs(s):
    return _fspath(s).startswith("/")


def join(a, *p):
    path = _fspath(a)
    for b in p:
        b = _fspath(b)
        if b.startswith("/"):
            path = b
        elif not path or path.endswith("/"):
            path += b
        else:
            path += "/" + b
    return path


def split(p):
    p = _fspath(p)
    i = p.rfind("/") + 1
    head = p[:i]
    tail = p[i:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


def splitext(p):
    p = _fspath(p)
    sep_index = p.rfind("/")
    dot_index = p.rfind(".")
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != ".":
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, ""


def basename(p):
    p = _fspath(p)
    return p[p.rfind("/") + 1:]


def dirname(p):
    p = _fspath(p)
    i = p.rfind("/") + 1
    head = p[:i]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head


def commonprefix(m):
    if not m:
        return ""
    s1 = min(m)
    s2 = max(m)
    for i in range(len(s1)):
        if s1[i] != s2[i]:
            return s1[:i]
    return s1


def normpath(path):
    path = _fspath(path)
    if path == "":
        return "."
    initial_slashes = 1 if path.startswith("/") else 0
    if initial_slashes and path.startswith("//") and not path.startswith("///"):
        initial_slashes = 2
    comps = path.split("/")
    new_comps = []
    for comp in comps:
        if comp == "" or comp == ".":
            continue
        if comp != ".." or (not initial_slashes and not new_comps) or (new_comps and new_comps[-1] == ".."):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = "/".join(new_comps)
    if initial_slashes:
        path = "/" * initial_slashes + path
    return path or "."


def abspath(path):
    path = _fspath(path)
    if not path.startswith("/"):
        path = join("/", path)
    return normpath(path)


def relpath(path, start=None):
    path = _fspath(path)
    if not path:
        raise ValueError("no path specified")
    start = curdir if start is None else _fspath(start)
    start_list = [x for x in abspath(start).split("/") if x]
    path_list = [x for x in abspath(path).split("/") if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def expanduser(path):
    return _fspath(path)


def expandvars(path):
    return _fspath(path)


def exists(path):
    return _os.kind(_fspath(path)) != 0


def isfile(path):
    return _os.kind(_fspath(path)) == 4


def isdir(path):
    return _os.kind(_fspath(path)) == 3


def islink(path):
    return False


def getsize(path):
    return _os.stat(_fspath(path))[1]


def getmtime(path):
    return _os.stat(_fspath(path))[2] / 1e9
