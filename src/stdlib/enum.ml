"""enum: Enum, IntEnum, StrEnum, ReprEnum, auto, unique, EnumType.

Written in the language, after CPython 3.11's Lib/enum.py, with the same
reprs, strs, messages and member rules (aliases, auto(), _missing_, an
__init__ taking a tuple value). The class statement's body is turned into
members by the metaclass's __init__ here (CPython's does it in __new__,
from the namespace before the class exists); what a program sees is the
same. Flag and IntFlag are 3.11's (powers of two from auto(), composite
members named 'R|W', multi-bit members as aliases, the STRICT boundary of
Flag and the KEEP one of IntFlag, boundary= as a class keyword). Not offered: the functional API (Enum('Color', 'RED GREEN')),
_ignore_, and `1 in Color` prints no DeprecationWarning before its
TypeError.
"""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'ReprEnum', 'Flag', 'IntFlag', 'FlagBoundary',
           'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'auto', 'unique']

_Flag = None  # Flag, once defined: its subclasses' members are bits


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

    # R | W in a Flag's body, while R and W are still auto(): worked out
    # with their values when the members are made (CPython's class
    # namespace gives auto() its value at once)
    def __or__(self, other):
        return _AutoOp('|', self, other)

    def __ror__(self, other):
        return _AutoOp('|', other, self)

    def __and__(self, other):
        return _AutoOp('&', self, other)

    def __rand__(self, other):
        return _AutoOp('&', other, self)

    def __xor__(self, other):
        return _AutoOp('^', self, other)

    def __rxor__(self, other):
        return _AutoOp('^', other, self)


class _AutoOp(auto):
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right
        self.value = _auto_null

    def resolve(self):
        a = self.left.resolve() if isinstance(self.left, _AutoOp) else self.left
        b = self.right.resolve() if isinstance(self.right, _AutoOp) else self.right
        a = a.value if isinstance(a, auto) else a
        b = b.value if isinstance(b, auto) else b
        if self.op == '|':
            return a | b
        if self.op == '&':
            return a & b
        return a ^ b


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
        is_flag = _Flag is not None and issubclass(cls, _Flag)
        if is_flag:
            type.__setattr__(cls, '_flag_mask_', 0)
            type.__setattr__(cls, '_singles_mask_', 0)
            type.__setattr__(cls, '_all_bits_', 0)
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
            if isinstance(value, _AutoOp):
                value.value = value.resolve()
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
            object.__setattr__(member, '_sort_order_', len(cls._member_names_))
            if is_flag:
                bits = member._value_
                type.__setattr__(cls, '_flag_mask_', cls._flag_mask_ | bits)
                if _is_single_bit(bits):
                    type.__setattr__(cls, '_singles_mask_', cls._singles_mask_ | bits)
                type.__setattr__(cls, '_all_bits_', 2 ** (cls._flag_mask_.bit_length()) - 1)
            canonical = None
            for other in cls._member_map_.values():
                if other._value_ == member._value_:
                    canonical = other
                    break
            if canonical is not None:
                member = canonical  # an alias
            elif not is_flag or _is_single_bit(member._value_):
                cls._member_names_.append(key)  # (a flag's multi-bit member is an alias of its bits)
            cls._member_map_[key] = member
            try:
                if member._value_ not in cls._value2member_map_:
                    cls._value2member_map_[member._value_] = member
            except TypeError:
                pass
            type.__setattr__(cls, key, member)
        if is_flag:  # members not defined in increasing value: a composite lists them in definition order
            member_list = [cls._member_map_[n]._value_ for n in cls._member_names_]
            type.__setattr__(cls, '_by_def_', member_list != sorted(member_list))

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
        if _Flag is not None and issubclass(cls, _Flag) and cls._boundary_ is EJECT and isinstance(result, int):
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
        if _Flag is not None and issubclass(cls, _Flag):
            return '<flag %r>' % (cls.__name__,)
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


class FlagBoundary(StrEnum):
    """How out of range values are handled: "strict" raises (Flag's
    default), "conform" drops the extra bits, "eject" gives the int,
    "keep" keeps every bit (IntFlag's default)."""

    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT = FlagBoundary.STRICT
CONFORM = FlagBoundary.CONFORM
EJECT = FlagBoundary.EJECT
KEEP = FlagBoundary.KEEP


def _is_single_bit(num):
    if num == 0:
        return False
    num &= num - 1
    return num == 0


def _iter_bits_lsb(num):
    while num:
        b = num & (~num + 1)
        yield b
        num ^= b


def _high_bit(value):
    return value.bit_length() - 1


def _flag_bin(num, max_bits=None):
    """enum.bin: two's complement, the leading bit the sign ('0b0 1010')."""
    ceiling = 2 ** (num).bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace('1', '0', 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None:
        if len(digits) < max_bits:
            digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


class Flag(Enum):
    """Support for flags"""

    # class Perm(Flag, boundary=KEEP): the keyword reaches the class
    # before its members are made (EnumType.__init__ runs after it)
    def __init_subclass__(cls, boundary=None, **kwds):
        super().__init_subclass__(**kwds)
        if boundary is not None:
            type.__setattr__(cls, '_boundary_', boundary)

    _boundary_ = STRICT
    _inverted_ = None
    _by_def_ = False

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = _high_bit(last_value)
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_(cls, value):
        """The members of value's bits, in increasing value (in definition
        order when the class did not define them so)."""
        members = [cls._value2member_map_.get(val) for val in _iter_bits_lsb(value & cls._flag_mask_)]
        if cls._by_def_:
            members.sort(key=lambda m: m._sort_order_)
        return members

    @classmethod
    def _missing_(cls, value):
        """A composite member of the canonical members in value (a pseudo-member,
        made once); bits no member has are refused, dropped or kept as the
        class's boundary says."""
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        singles_mask = cls._singles_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if cls._boundary_ is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                                 % (cls, value, _flag_bin(value, max_bits), _flag_bin(flag_mask, max_bits)))
            elif cls._boundary_ is CONFORM:
                value = value & flag_mask
            elif cls._boundary_ is EJECT:
                return value
            elif cls._boundary_ is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** (value.bit_length())) + value
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        aliases = value & ~singles_mask
        member_value = value & singles_mask
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]' % (cls.__name__, value, unknown, bin(unknown)))
        if cls._member_type_ is object:
            pseudo_member = object.__new__(cls)
        else:
            pseudo_member = cls._member_type_.__new__(cls, value)
        object.__setattr__(pseudo_member, '_value_', value)
        if member_value or aliases:
            members = []
            combined_value = 0
            for m in cls._iter_member_(member_value):
                members.append(m)
                combined_value |= m._value_
            if aliases:
                value = member_value | aliases
                for n, pm in cls._member_map_.items():
                    if pm not in members and pm._value_ and pm._value_ & value == pm._value_:
                        members.append(pm)
                        combined_value |= pm._value_
            unknown = value ^ combined_value
            name = '|'.join([m._name_ for m in members])
            if not combined_value:
                name = None
            elif unknown and cls._boundary_ is STRICT:
                raise ValueError('%r: no members with value %r' % (cls, unknown))
            elif unknown:
                name += '|%s' % repr(unknown)
            object.__setattr__(pseudo_member, '_name_', name)
        else:
            object.__setattr__(pseudo_member, '_name_', None)
        pseudo_member = cls._value2member_map_.setdefault(value, pseudo_member)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo_member
        return pseudo_member

    def __contains__(self, other):
        """Whether self has at least the flags of other."""
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        """The flags of self, in definition order."""
        return iter(self._iter_member_(self._value_))

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return "<%s: %r>" % (cls_name, self._value_)
        return "<%s.%s: %r>" % (cls_name, self._name_, self._value_)

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return None

    def __or__(self, other):
        other = self._other_value(other)
        if other is None:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        other = self._other_value(other)
        if other is None:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        other = self._other_value(other)
        if other is None:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __ror__(self, other):
        return self.__or__(other)

    def __rand__(self, other):
        return self.__and__(other)

    def __rxor__(self, other):
        return self.__xor__(other)

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ is EJECT or self._boundary_ is KEEP:
                inverted = self.__class__(~self._value_)
            else:
                inverted = self.__class__(self._singles_mask_ & ~self._value_)
            object.__setattr__(self, '_inverted_', inverted)
        return self._inverted_

    def __hash__(self):
        return hash(self._name_)


_Flag = Flag


class IntFlag(int, ReprEnum, Flag):
    """Support for integer-based Flags"""

    _boundary_ = KEEP

    def __str__(self):
        return str(self._value_)

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
