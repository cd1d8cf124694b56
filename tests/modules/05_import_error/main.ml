# An error in a module's top-level code, raised at the import, caught once.
print("before")
try:
    import broken
except ZeroDivisionError as e:
    print("import failed:", e)
print("after")
import broken
