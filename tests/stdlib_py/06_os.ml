# os: files and folders (run in an empty folder of its own), the
# environment, and os.path reached through os.
import os
import os.path


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(os.sep, repr(os.linesep), os.curdir, os.pardir, os.name)
print(sorted(os.listdir(".")), sorted(os.listdir()))
os.mkdir("d")
os.makedirs("d/e/f")
os.makedirs("d/e/f", exist_ok=True)
show("makedirs again", lambda: os.makedirs("d/e/f"))
show("mkdir again", lambda: os.mkdir("d"))
show("mkdir no parent", lambda: os.mkdir("x/y"))
with open("d/one.txt", "w") as f:
    f.write("1")
with open("d/e/two.txt", "w") as f:
    f.write("22")
print(sorted(os.listdir("d")), os.path.exists("d/one.txt"), os.path.isfile("d/one.txt"), os.path.isdir("d/e"))
print(os.path.getsize("d/e/two.txt"), os.stat("d/e/two.txt").st_size, os.path.exists("nope"), os.path.isdir("d/one.txt"))
for root, dirs, files in os.walk("d"):
    dirs.sort()
    print(root, sorted(dirs), sorted(files))
for root, dirs, files in os.walk("d", topdown=False):
    print(root, sorted(dirs), sorted(files))
os.rename("d/one.txt", "d/uno.txt")
print(sorted(os.listdir("d")))
os.replace("d/uno.txt", "d/e/two.txt")
print(sorted(os.listdir("d/e")), open("d/e/two.txt").read())
show("rename missing", lambda: os.rename("d/none.txt", "d/x.txt"))
show("remove missing", lambda: os.remove("d/none.txt"))
show("remove folder", lambda: os.remove("d/e"))
show("rmdir not empty", lambda: os.rmdir("d/e"))
show("rmdir a file", lambda: os.rmdir("d/e/two.txt"))
show("listdir a file", lambda: os.listdir("d/e/two.txt"))
show("listdir missing", lambda: os.listdir("zz"))
show("stat missing", lambda: os.stat("zz"))
os.unlink("d/e/two.txt")
os.removedirs("d/e/f")
print(os.path.exists("d"), sorted(os.listdir(".")))
print(os.getenv("ML_SURELY_UNSET_VARIABLE"), os.getenv("ML_SURELY_UNSET_VARIABLE", "fallback"),
      os.environ.get("ML_SURELY_UNSET_VARIABLE", 0), "ML_SURELY_UNSET_VARIABLE" in os.environ)
print(os.fspath("a/b"), os.path.join("a", "b"), os.path.basename("x/y.z"))
show("fspath", lambda: os.fspath(3))
