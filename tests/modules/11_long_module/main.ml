# Long modules: lowered in parts, imported as any module.
import long_ok
print(long_ok.total, len(long_ok.values), long_ok.last)
try:
    import long_fail
except ValueError as e:
    print("import failed:", e)
print("after")
