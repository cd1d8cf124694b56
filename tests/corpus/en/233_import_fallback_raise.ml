# A failed optional import re-raised with a cause: CPython's two tracebacks.
try:
    import fancy_colors
except ImportError as problem:
    raise RuntimeError("fancy_colors is needed") from problem
