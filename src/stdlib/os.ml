"""Operating system services (CPython's os), the part a WASI module has,
written in the language over the private C module _os
(src/runtime/rt_os.c): files and directories in the directories the host
pre-opened, and the environment the host gives the module.

Differences from CPython: the working directory is "/" (getcwd() says so,
chdir() is not offered); listdir() lists in the host's order (CPython's is
the file system's too: sort it to compare); stat() gives st_mode (the file
type bits only), st_size and st_mtime; os.environ is a dict (CPython's is a
mapping writing through to the process: here there is none).
"""

import _os
import posixpath as path

__all__ = ["sep", "linesep", "curdir", "pardir", "extsep", "altsep", "pathsep",
           "devnull", "name", "environ", "getenv", "getcwd", "listdir", "mkdir",
           "makedirs", "remove", "unlink", "rmdir", "removedirs", "rename",
           "replace", "stat", "walk", "fspath", "path", "SEEK_SET", "SEEK_CUR",
           "SEEK_END"]

name = "posix"
sep = "/"
linesep = "\n"
curdir = "."
pardir = ".."
extsep = "."
altsep = None
pathsep = ":"
devnull = "/dev/null"
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

environ = _os.environ()


def getenv(key, default=None):
    return environ.get(key, default)


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    if hasattr(p, "__fspath__"):
        result = p.__fspath__()
        if isinstance(result, (str, bytes)):
            return result
        raise TypeError("expected " + type(p).__name__ + ".__fspath__() to return str or bytes, not " +
                        type(result).__name__)
    raise TypeError("expected str, bytes or os.PathLike object, not " + type(p).__name__)


def getcwd():
    return "/"


def listdir(p="."):
    return _os.listdir(fspath(p))


def mkdir(p, mode=511):
    _os.mkdir(fspath(p))


def makedirs(name, mode=511, exist_ok=False):
    name = fspath(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
    try:
        _os.mkdir(name)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def remove(p):
    _os.remove(fspath(p))


def unlink(p):
    _os.remove(fspath(p))


def rmdir(p):
    _os.rmdir(fspath(p))


def removedirs(name):
    name = fspath(name)
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def rename(src, dst):
    _os.rename(fspath(src), fspath(dst))


def replace(src, dst):
    _os.rename(fspath(src), fspath(dst))


class stat_result:
    """What stat() gives: the file type bits of st_mode (S_IFDIR, S_IFREG),
    st_size, st_mtime (seconds, a float) and st_mtime_ns."""

    def __init__(self, kind, size, mtime_ns):
        self.st_mode = 16877 if kind == 3 else 41471 if kind == 7 else 33188
        self.st_size = size
        self.st_mtime_ns = mtime_ns
        self.st_mtime = mtime_ns / 1e9


def stat(p):
    kind, size, mtime_ns = _os.stat(fspath(p))
    return stat_result(kind, size, mtime_ns)


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        names = _os.listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs = []
    nondirs = []
    for entry in names:
        if path.isdir(path.join(top, entry)):
            dirs.append(entry)
        else:
            nondirs.append(entry)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            yield from walk(path.join(top, d), topdown, onerror, followlinks)
    else:
        for d in dirs:
            yield from walk(path.join(top, d), topdown, onerror, followlinks)
        yield top, dirs, nondirs
