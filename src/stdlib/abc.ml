# abc: abstract base classes, as CPython's. A method decorated with
# @abstractmethod makes its class abstract until a subclass defines that
# name again; an abstract class cannot be instantiated (TypeError naming
# the abstract methods, sorted). CPython decides it when the class is made
# (__abstractmethods__); here, at the first instantiation of each class.
# The abstract methods are kept in a set, not marked by an attribute
# (__isabstractmethod__): functions have no attributes of their own yet.

_abstract = {}
_abstract_methods = set()


def abstractmethod(funcobj):
    _abstract_methods.add(funcobj)
    return funcobj


def _is_marked(value):
    try:
        return value in _abstract_methods
    except TypeError:  # unhashable: a list or dict class attribute, no method
        return False


def _is_abstract(value):
    # an abstract function, or a property whose accessor is one
    # (@property over @abstractmethod)
    if _is_marked(value):
        return True
    for name in ("fget", "fset", "fdel"):
        accessor = getattr(value, name, None)
        if accessor is not None and _is_marked(accessor):
            return True
    return False


def _abstract_names(cls):
    # the names whose first definition along the mro is abstract
    seen = set()
    names = []
    for klass in cls.__mro__:
        if klass is object:
            continue
        for name, value in vars(klass).items():
            if name in seen:
                continue
            seen.add(name)
            if _is_abstract(value):
                names.append(name)
    return sorted(names)


def _check_instantiable(cls):
    names = _abstract.get(cls)
    if names is None:
        names = _abstract_names(cls)
        _abstract[cls] = names
    if names:
        s = "s" if len(names) > 1 else ""
        raise TypeError("Can't instantiate abstract class " + cls.__name__ + " with abstract method" + s + " " +
                        ", ".join(names))


def _abc_new(cls, *args, **kwargs):
    _check_instantiable(cls)
    return object.__new__(cls)


class ABCMeta(type):
    # the check goes in each class's __new__ (type.__call__ cannot be
    # called from a metaclass yet)
    def __init__(cls, name, bases, namespace):
        if "__new__" not in namespace:
            cls.__new__ = _abc_new


class ABC:
    def __new__(cls, *args, **kwargs):
        return _abc_new(cls, *args, **kwargs)
