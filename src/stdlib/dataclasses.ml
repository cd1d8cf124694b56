"""dataclasses: @dataclass, field, fields, asdict, astuple, replace,
is_dataclass, FrozenInstanceError, MISSING, KW_ONLY, InitVar.

Written in the language, after CPython 3.11's Lib/dataclasses.py. CPython
writes the source of each generated method and execs it; here the methods
are closures over the class's fields, which bind their arguments with
CPython's messages (`P.__init__() missing 1 required positional argument:
'y'`). Differences:
- an annotation that is not a name or a str (list[int], Optional[str]) is
  its text here (what `from __future__ import annotations` gives), so a
  Field's type is that text; ClassVar and InitVar are recognised in it;
- slots=True and weakref_slot=True raise NotImplementedError (a class
  cannot get __slots__ after it is made); make_dataclass is not offered;
- a class defined inside a function: repr shows its name, not the
  `f.<locals>.C` qualified name;
- an error in the arguments of a generated __init__ shows its frame in
  the traceback (CPython's binding raises before the frame exists).
"""
import copy

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING',
           'fields', 'asdict', 'astuple', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class InitVar:
    def __init__(self, type):
        self.type = type

    def __repr__(self):
        return f'dataclasses.InitVar[{self.type!r}]'


_FIELD = '_FIELD'
_FIELD_CLASSVAR = '_FIELD_CLASSVAR'
_FIELD_INITVAR = '_FIELD_INITVAR'
_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type}'
                ')')


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'eq={self.eq!r},'
                f'order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},'
                f'frozen={self.frozen!r}'
                ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _annotation_is(a_type, name):
    # ClassVar / InitVar, written bare, subscripted or through their module
    # (typing.ClassVar[int], dataclasses.InitVar[str]); here as text
    if a_type is InitVar and name == 'InitVar':
        return True
    if isinstance(a_type, InitVar):
        return name == 'InitVar'
    if not isinstance(a_type, str):
        return False
    text = a_type.strip()
    for prefix in ('typing.', 'dataclasses.'):
        if text.startswith(prefix):
            text = text[len(prefix):]
    if not text.startswith(name):
        return False
    rest = text[len(name):].strip()
    return rest == '' or rest.startswith('[')


def _unhashable(value):
    # CPython's test is value.__class__.__hash__ is None
    cls = type(value)
    if cls in (list, dict, set, bytearray):
        return True
    if not hasattr(cls, '__dict__'):
        return False
    for klass in cls.__mro__:
        if klass is object or not hasattr(klass, '__dict__'):
            continue
        d = klass.__dict__
        if '__hash__' in d:
            return d['__hash__'] is None
        if '__eq__' in d:
            return True
    return False


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    if _annotation_is(a_type, 'ClassVar'):
        f._field_type = _FIELD_CLASSVAR
    elif _annotation_is(a_type, 'InitVar'):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')
    if f._field_type == _FIELD and _unhashable(f.default):
        raise ValueError(f'mutable default {type(f.default)} for field {f.name} '
                         'is not allowed: use default_factory')
    return f


def _set_new_attribute(cls, name, value):
    # never overwrites what the class defines itself
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _quoted_names(names):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + ' and ' + quoted[1]
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _has_default(f):
    return f.default is not MISSING or f.default_factory is not MISSING


def _init_fn(cls, all_fields, std_fields, kw_only_fields, frozen, has_post_init):
    seen_default = False
    for f in std_fields:
        if f.init:
            if _has_default(f):
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} follows default argument')
    qualname = cls.__qualname__ + '.__init__'
    positional = [f for f in std_fields if f.init]
    keyword_only = [f for f in kw_only_fields if f.init]
    by_name = {}
    for f in positional + keyword_only:
        by_name[f.name] = f
    npositional = len(positional)
    ndefaults = len([f for f in positional if _has_default(f)])
    initvars = [f.name for f in all_fields if f._field_type == _FIELD_INITVAR]

    def too_many(given, nkw):
        # counts self, as CPython's message does
        most = npositional + 1
        if ndefaults:
            takes = f'from {most - ndefaults} to {most}'
        else:
            takes = str(most)
        plural = '' if most == 1 and not ndefaults else 's'
        extra = ''
        if nkw:
            extra = f' positional argument{"" if given == 1 else "s"} (and {nkw} keyword-only argument{"" if nkw == 1 else "s"})'
            verb = 'were'
        else:
            verb = 'was' if given == 1 else 'were'
        raise TypeError(f'{qualname}() takes {takes} positional argument{plural} but {given}{extra} {verb} given')

    def __init__(self, *args, **kwargs):
        values = {}
        for i in range(min(len(args), npositional)):
            values[positional[i].name] = args[i]
        for name in kwargs:
            if name not in by_name:
                raise TypeError(f'{qualname}() got an unexpected keyword argument {name!r}')
            if name in values:
                raise TypeError(f'{qualname}() got multiple values for argument {name!r}')
            values[name] = kwargs[name]
        if len(args) > npositional:
            nkw = len([f for f in keyword_only if f.name in kwargs])
            too_many(len(args) + 1, nkw)
        missing = [f.name for f in positional if f.name not in values and not _has_default(f)]
        if missing:
            raise TypeError(f'{qualname}() missing {len(missing)} required positional '
                            f'argument{"" if len(missing) == 1 else "s"}: {_quoted_names(missing)}')
        missing = [f.name for f in keyword_only if f.name not in values and not _has_default(f)]
        if missing:
            raise TypeError(f'{qualname}() missing {len(missing)} required keyword-only '
                            f'argument{"" if len(missing) == 1 else "s"}: {_quoted_names(missing)}')
        for f in all_fields:
            if f._field_type == _FIELD_INITVAR:
                continue
            if f.init and f.name in values:
                value = values[f.name]
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            elif f.init:
                value = f.default
            else:
                continue  # init=False with a default: the class attribute holds it
            if frozen:
                object.__setattr__(self, f.name, value)
            else:
                setattr(self, f.name, value)
        if has_post_init:
            extra = []
            for name in initvars:
                if name in values:
                    extra.append(values[name])
                else:
                    extra.append(by_name[name].default)
            self.__post_init__(*extra)

    return __init__


_repr_running = set()


def _repr_fn(flds):
    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            parts = [f'{f.name}={getattr(self, f.name)!r}' for f in flds]
            return self.__class__.__qualname__ + '(' + ', '.join(parts) + ')'
        finally:
            _repr_running.discard(key)
    return __repr__


def _values(obj, flds):
    return tuple([getattr(obj, f.name) for f in flds])


def _eq_fn(flds):
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return _values(self, flds) == _values(other, flds)
        return NotImplemented
    return __eq__


def _order_fns(flds):
    def __lt__(self, other):
        if other.__class__ is self.__class__:
            return _values(self, flds) < _values(other, flds)
        return NotImplemented

    def __le__(self, other):
        if other.__class__ is self.__class__:
            return _values(self, flds) <= _values(other, flds)
        return NotImplemented

    def __gt__(self, other):
        if other.__class__ is self.__class__:
            return _values(self, flds) > _values(other, flds)
        return NotImplemented

    def __ge__(self, other):
        if other.__class__ is self.__class__:
            return _values(self, flds) >= _values(other, flds)
        return NotImplemented
    return [('__lt__', __lt__), ('__le__', __le__), ('__gt__', __gt__), ('__ge__', __ge__)]


def _hash_fn(flds):
    def __hash__(self):
        return hash(_values(self, flds))
    return __hash__


def _frozen_fns(cls, flds):
    names = tuple([f.name for f in flds])

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        object.__delattr__(self, name)
    return [('__setattr__', __setattr__), ('__delattr__', __delattr__)]


# What to do with __hash__, by (unsafe_hash, eq, frozen, has_explicit_hash):
# CPython's table. '' leaves it, 'add' makes one, 'none' sets it to None.
def _hash_action(unsafe_hash, eq, frozen, explicit):
    if unsafe_hash:
        return 'exception' if explicit else 'add'
    if not eq or explicit:
        return ''
    return 'add' if frozen else 'none'


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot):
    cls.__module__  # CPython's first read of cls: dataclass(5) is its AttributeError
    if slots or weakref_slot:
        raise NotImplementedError('dataclass(slots=True) and weakref_slot=True are not supported yet')
    fields = {}
    any_frozen_base = False
    has_dataclass_bases = False
    mro = cls.__mro__
    for i in range(len(mro) - 1, 0, -1):
        base_fields = getattr(mro[i], _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(mro[i], _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    kw_only_seen = False
    for name, a_type in cls_annotations.items():
        if a_type is KW_ONLY or a_type == 'KW_ONLY' or a_type == 'dataclasses.KW_ONLY':
            if kw_only_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            kw_only_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, a_type, kw_only))
    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, fields)
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields = [f for f in all_init_fields if not f.kw_only]
    kw_only_init_fields = [f for f in all_init_fields if f.kw_only]

    if init:
        has_post_init = hasattr(cls, '__post_init__')
        _set_new_attribute(cls, '__init__', _init_fn(cls, all_init_fields, std_init_fields,
                                                     kw_only_init_fields, frozen, has_post_init))

    field_list = [f for f in fields.values() if f._field_type == _FIELD]

    if repr:
        _set_new_attribute(cls, '__repr__', _repr_fn([f for f in field_list if f.repr]))

    if eq:
        _set_new_attribute(cls, '__eq__', _eq_fn([f for f in field_list if f.compare]))

    if order:
        for name, method in _order_fns([f for f in field_list if f.compare]):
            if _set_new_attribute(cls, name, method):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                'Consider using functools.total_ordering')

    if frozen:
        for name, method in _frozen_fns(cls, field_list):
            if _set_new_attribute(cls, name, method):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}')

    action = _hash_action(bool(unsafe_hash), bool(eq), bool(frozen), has_explicit_hash)
    if action == 'add':
        hash_fields = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
        cls.__hash__ = _hash_fn(hash_fields)
    elif action == 'none':
        cls.__hash__ = None
    elif action == 'exception':
        raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')

    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple([f.name for f in std_init_fields]))
    return cls


def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        all_fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple([f for f in all_fields.values() if f._field_type == _FIELD])


def _is_dataclass_instance(obj):
    return not isinstance(obj, type) and hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            result.append((f.name, _asdict_inner(getattr(obj, f.name), dict_factory)))
        return dict_factory(result)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)([_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, dict):
        return type(obj)([(_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                          for k, v in obj.items()])
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            result.append(_astuple_inner(getattr(obj, f.name), tuple_factory))
        return tuple_factory(result)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)([_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, dict):
        return type(obj)([(_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                          for k, v in obj.items()])
    return copy.deepcopy(obj)


def replace(obj, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type == _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type == _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f'InitVar {f.name!r} must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
