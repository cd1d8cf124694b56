"""enum: Enum, IntEnum, StrEnum, ReprEnum, auto, unique, EnumType.

Written in the language, after CPython 3.11's Lib/enum.py, with the same
reprs, strs, messages and member rules (aliases, auto(), _missing_, an
__init__ taking a tuple value). The class statement's body is turned into
members by the metaclass's __init__ here (CPython's does it in __new__,
from the namespace before the class exists); what a program sees is the
same. Not offered: Flag and IntFlag, the functional API
(Enum('Color', 'RED GREEN')), _ignore_, and `1 in Color` prints no
DeprecationWarning before its TypeError.
"""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'ReprEnum', 'auto', 'unique']


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1:2] != '_' and name[-2:-1] != '_'


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name.lstrip('_'),)
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith('_')


def _is_descriptor(value):
    return type(value).__name__ in ('function', 'property', 'classmethod', 'staticmethod')


def _own(klass, name):
    # a class's own attribute (not an inherited one), else None
    if not hasattr(klass, '__dict__'):
        return None
    return klass.__dict__.get(name)


def _data_type(bases):
    # the builtin type the members are instances of (int for IntEnum), or None
    for base in bases:
        for klass in base.__mro__:
            if klass in (int, str, float):
                return klass
    return None


# bound by their class statements below; EnumType.__init__ reads them
# while they are being made
Enum = ReprEnum = IntEnum = StrEnum = None


class EnumType(type):
    """Metaclass for Enum"""

    def __init__(cls, name, bases, classdict):
        type.__setattr__(cls, '_member_names_', [])
        type.__setattr__(cls, '_member_map_', {})
        type.__setattr__(cls, '_value2member_map_', {})
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError('%r cannot extend %r' % (cls, base))
        member_type = _data_type(bases)
        type.__setattr__(cls, '_member_type_', member_type if member_type is not None else object)
        own_init = None
        for klass in cls.__mro__:
            if klass is Enum or klass is ReprEnum or klass is IntEnum or klass is StrEnum:
                break
            if _own(klass, '__init__') is not None:
                own_init = _own(klass, '__init__')
                break
        last_values = []
        for key, value in classdict.items():
            if _is_dunder(key) or _is_sunder(key) or _is_private(name, key) or _is_descriptor(value):
                continue
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = cls._generate_next_value_(key, 1, len(cls._member_names_), last_values[:])
                value = value.value
            elif isinstance(value, tuple):
                value = tuple([v.value if isinstance(v, auto) else v for v in value])
            last_values.append(value)
            args = value if isinstance(value, tuple) else (value,)
            if member_type is None:
                member = object.__new__(cls)
                member_value = value
            else:
                member = member_type.__new__(cls, *args)
                member_value = member_type(*args)
            object.__setattr__(member, '_name_', key)
            object.__setattr__(member, '_value_', value if member_type is None else member_value)
            if own_init is not None:
                member.__init__(*args)
            canonical = None
            for other in cls._member_map_.values():
                if other._value_ == member._value_:
                    canonical = other
                    break
            if canonical is not None:
                member = canonical  # an alias
            else:
                cls._member_names_.append(key)
            cls._member_map_[key] = member
            try:
                if member._value_ not in cls._value2member_map_:
                    cls._value2member_map_[member._value_] = member
            except TypeError:
                pass
            type.__setattr__(cls, key, member)

    def __call__(cls, value, names=None):
        if names is not None:
            raise NotImplementedError('the functional API of Enum is not supported yet')
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        raise TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                        % (cls.__name__, result))

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        type.__delattr__(cls, attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return iter([cls._member_map_[name] for name in cls._member_names_])

    def __len__(cls):
        return len(cls._member_names_)

    def __reversed__(cls):
        return iter([cls._member_map_[name] for name in reversed(cls._member_names_)])

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        return '<enum %r>' % (cls.__name__,)

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        type.__setattr__(cls, name, value)


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        last = last_values[-1]
        try:
            ordered = sorted(last_values)
            if last == ordered[-1]:
                return last + 1
        except TypeError:
            pass
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = repr(self._value_)
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, v_repr)

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    # a member is its class's only one of its value: copies are itself
    # (CPython's Enum pickles by name, so copy and deepcopy give it back)
    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints"""

    def __str__(self):
        return str(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    def __hash__(self):
        return hash(self._value_)


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings"""

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    def __str__(self):
        return self._value_

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    def __hash__(self):
        return hash(self._value_)


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(['%s -> %s' % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration
