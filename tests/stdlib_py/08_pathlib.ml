# pathlib: Path objects, pure and on the file system (run in an empty
# folder of its own).
from pathlib import Path, PurePath, PurePosixPath

p = Path("a") / "b" / "c.tar.gz"
print(p, repr(p), p.name, p.suffix, p.suffixes, p.stem, p.parent, p.parent.parent, p.parts)
print(Path("/x/y").parts, Path("/x/y").root, Path("x").root, Path("/").name, Path("/x").is_absolute(), p.is_absolute())
print(Path(), Path("."), Path("a//b/./c"), Path("a", "/b", "c"), "x" / Path("y"), Path("a").joinpath("b", "c"))
print(p.with_name("d.txt"), p.with_suffix(".zip"), p.with_stem("e"), Path("f").with_suffix(".py"))
print(Path("/a/b/c").relative_to("/a"), Path("a/b").is_relative_to("a"), Path("a/b").is_relative_to("c"))
print(Path("a/b.py").match("*.py"), Path("/a/b.py").match("/*.py"), Path("a/b/c.py").match("b/*.py"), Path("a/b").match("a"))
print(list(Path("a/b/c").parents), len(Path("a/b/c").parents), Path("a/b/c").parents[1])
print(Path("a") == Path("a/"), Path("a") == "a", Path("a") < Path("b"), sorted([Path("b"), Path("a/c"), Path("a")]))
print(hash(Path("q")) == hash(Path("q")), str(PurePath("z")), PurePosixPath("m/n").name, Path("m").as_posix())
for bad in [lambda: Path("").with_name("x"), lambda: p.with_name(""), lambda: p.with_suffix("zip"), lambda: Path("a").relative_to("b")]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)

d = Path("data")
print(d.exists(), d.is_dir())
d.mkdir()
d.mkdir(exist_ok=True)
try:
    d.mkdir()
except FileExistsError as e:
    print(e)
(d / "sub" / "deep").mkdir(parents=True)
print((d / "one.txt").write_text("one\ntwo\n"), (d / "one.txt").read_text().splitlines())
print((d / "bytes.bin").write_bytes(b"\x00\x01"), (d / "bytes.bin").read_bytes())
(d / "sub" / "two.md").write_text("# two")
(d / "sub" / "deep" / "three.txt").touch()
print(sorted(x.name for x in d.iterdir()))
print(sorted(str(x) for x in d.glob("*.txt")), sorted(str(x) for x in d.glob("*/*")))
print(sorted(str(x) for x in d.rglob("*.txt")), sorted(str(x) for x in d.glob("**/*.md")))
print(sorted(str(x) for x in d.glob("[ob]*")), sorted(str(x) for x in d.glob("?ne.*")))
print((d / "one.txt").is_file(), (d / "sub").is_file(), (d / "nope").exists(), (d / "one.txt").stat().st_size)
with (d / "one.txt").open() as f:
    print(f.readline().strip())
moved = (d / "one.txt").rename(d / "uno.txt")
print(moved, moved.exists(), (d / "one.txt").exists())
(d / "uno.txt").unlink()
(d / "uno.txt").unlink(missing_ok=True)
try:
    (d / "uno.txt").unlink()
except FileNotFoundError as e:
    print(e)
try:
    (d / "sub").rmdir()
except OSError as e:
    print(type(e).__name__, e)
try:
    Path("missing.txt").read_text()
except FileNotFoundError as e:
    print(e)
