# `try: import X / except ImportError:` with a module that is not there:
# the import raises ModuleNotFoundError when it runs, and the program's
# fallback takes over (it was a compile error).
try:
    import fancy_yaml_parser
    HAVE = True
except (ImportError, AttributeError) as problem:
    print("no parser:", problem, type(problem).__name__)
    HAVE = False
print(HAVE)


def to_text(values):
    try:
        from simplejson_fast import dumps
    except ModuleNotFoundError as problem:
        print(repr(problem))
        from json import dumps
    return dumps(values)


print(to_text([1, 2]))
try:
    import numpy_like.linalg as la
except ImportError:
    la = None
print(la is None)
try:
    import missing_helpers, math
except Exception as problem:
    print("before math:", problem)
