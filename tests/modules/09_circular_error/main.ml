# A from-import of a name its module has not bound yet (a circular import)
# is CPython's ImportError, caught here, then uncaught.
try:
    import first
except ImportError as e:
    print("ImportError:", e)
import second
