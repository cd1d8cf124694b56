# posixpath (os.path): path names as strings.
import posixpath
from os.path import join, split, splitext, basename, dirname, normpath, isabs, relpath, commonprefix

for parts in [("a", "b"), ("a/", "b"), ("/a", "/b", "c"), ("", "x"), ("a", ""), ("a",)]:
    print(parts, join(*parts))
for p in ["a/b/c.txt", "a/b/", "/", "//x", "file", "", "a//b", ".bashrc", "a/.b.c", "x.tar.gz", "a.b/c", "..."]:
    print(repr(p), split(p), splitext(p), repr(basename(p)), repr(dirname(p)), isabs(p))
for p in ["a//b/./c/../d", "/../x", "../../y", "", ".", "//a/b", "///a/b", "a/b/..", "./", "a/../.."]:
    print(repr(p), repr(normpath(p)))
print(relpath("a/b/c", "a/d"), relpath("a", "a"), relpath("/x/y", "/"), relpath("b", "a/c"))
print(commonprefix(["abcd", "abce", "abx"]), repr(commonprefix([])), commonprefix([["a", "b"], ["a", "c"]]))
print(posixpath.sep, posixpath.curdir, posixpath.pardir, posixpath.extsep, posixpath.normcase("A/B"))
try:
    join("a", 3)
except TypeError as e:
    print(type(e).__name__)
try:
    relpath("")
except ValueError as e:
    print(e)
