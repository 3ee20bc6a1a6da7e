"""Data classes (PEP 557), for gilfree.

Provides dataclass (init, repr, eq, order, unsafe_hash, frozen,
match_args, kw_only, slots), field, Field, fields, asdict, astuple,
replace, is_dataclass, make_dataclass, FrozenInstanceError, InitVar,
KW_ONLY and MISSING.

Unlike CPython, the generated methods are closures, not exec'd source:
__init__ takes (self, *args, **kwargs) and binds them itself, raising the
messages CPython's argument parsing gives ("P.__init__() missing 1
required positional argument: 'y'", "... takes from 2 to 3 positional
arguments but 4 were given", "... got an unexpected keyword argument 'z'",
"... got multiple values for argument 'x'"). So inspect.signature() of
__init__ shows (*args, **kwargs), and the methods' __code__ is shared.

Field order, inheritance from dataclass bases, the hash table of
(unsafe_hash, eq, frozen, explicit __hash__), ClassVar/InitVar detection
(objects or strings), default validation ("non-default argument 'y'
follows default argument", "mutable default <class 'list'> for field tags
is not allowed: use default_factory"), __post_init__ and __match_args__
follow CPython 3.11.
"""

import copy
import sys

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar',
           'KW_ONLY', 'MISSING', 'fields', 'asdict', 'astuple',
           'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _FieldKind:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FieldKind('_FIELD')
_FIELD_CLASSVAR = _FieldKind('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FieldKind('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class _InitVarMeta(type):
    # InitVar[int]; a metaclass __getitem__ rather than __class_getitem__.
    def __getitem__(cls, type):
        return InitVar(type)


class InitVar(metaclass=_InitVarMeta):
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return 'dataclasses.InitVar[%s]' % type_name


class Field:
    """One field of a dataclass: what field() returns and fields() lists."""

    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr',
                 'hash', 'init', 'compare', 'metadata', 'kw_only',
                 '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else dict(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                'name=%r,type=%r,default=%r,default_factory=%r,init=%r,'
                'repr=%r,hash=%r,compare=%r,metadata=%r,kw_only=%r,'
                '_field_type=%r)'
                % (self.name, self.type, self.default, self.default_factory,
                   self.init, self.repr, self.hash, self.compare,
                   self.metadata, self.kw_only, self._field_type))

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,'
                'unsafe_hash=%r,frozen=%r)'
                % (self.init, self.repr, self.eq, self.order,
                   self.unsafe_hash, self.frozen))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describe one field: default or default_factory, and whether it takes
    part in __init__, __repr__, comparisons and hashing."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


def _fields_in_init_order(fields):
    return (tuple(f for f in fields if f.init and not f.kw_only),
            tuple(f for f in fields if f.init and f.kw_only))


# ---------------------------------------------------------------- annotations

def _is_classvar(a_type):
    typing = sys.modules.get('typing')
    if typing is None:
        return False
    cv = getattr(typing, 'ClassVar', None)
    return a_type is cv or (cv is not None
                            and getattr(a_type, '__origin__', None) is cv)


def _is_initvar(a_type):
    return a_type is InitVar or type(a_type) is InitVar


def _string_kind(annotation):
    """For a string annotation, the kind it names: 'ClassVar', 'InitVar'
    or None (only the plain and module-qualified spellings)."""
    s = annotation.strip()
    for prefix in ('typing.', 'dataclasses.', ''):
        for kind in ('ClassVar', 'InitVar'):
            name = prefix + kind
            if s == name or s.startswith(name + '['):
                if prefix == 'typing.' and kind == 'InitVar':
                    continue
                if prefix == 'dataclasses.' and kind == 'ClassVar':
                    continue
                return kind
    return None


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    kind = _string_kind(a_type) if isinstance(a_type, str) else None
    if kind == 'ClassVar' or _is_classvar(a_type):
        f._field_type = _FIELD_CLASSVAR
    elif kind == 'InitVar' or _is_initvar(a_type):
        f._field_type = _FIELD_INITVAR

    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError('field %s cannot have a default factory' % f.name)

    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError('field %s is a ClassVar but specifies kw_only'
                            % f.name)

    if (f._field_type is _FIELD and f.default is not MISSING
            and type(f.default).__hash__ is None):
        raise ValueError('mutable default %s for field %s is not allowed: '
                         'use default_factory' % (type(f.default), f.name))
    return f


# ------------------------------------------------------------ method builders

def _set_qualname(cls, fn, name):
    fn.__name__ = name
    fn.__qualname__ = '%s.%s' % (cls.__qualname__, name)
    return fn


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    if callable(value) and hasattr(value, '__qualname__'):
        _set_qualname(cls, value, name)
    setattr(cls, name, value)
    return False


def _names_list(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return '%s and %s' % tuple(quoted)
    return '%s, and %s' % (', '.join(quoted[:-1]), quoted[-1])


def _make_init(cls, all_fields, std_fields, kw_fields, frozen, has_post_init):
    pos_names = tuple(f.name for f in std_fields)
    kw_names = tuple(f.name for f in kw_fields)
    init_index = {}
    for i, name in enumerate(pos_names):
        init_index[name] = i
    kw_set = frozenset(kw_names)
    # Per parameter: a value default, a factory, or required.
    defaults = {}
    factories = {}
    for f in std_fields + kw_fields:
        if f.default_factory is not MISSING:
            factories[f.name] = f.default_factory
        elif f.default is not MISSING:
            defaults[f.name] = f.default
    n_pos = len(pos_names)
    n_pos_defaults = sum(1 for n in pos_names
                         if n in defaults or n in factories)
    # Fields stored by __init__ (InitVars are only passed on).
    stored = tuple(f.name for f in all_fields
                   if f._field_type is _FIELD and f.init)
    # init=False fields with a factory are filled by __init__ too.
    no_init_factories = tuple((f.name, f.default_factory) for f in all_fields
                              if f._field_type is _FIELD and not f.init
                              and f.default_factory is not MISSING)
    initvars = tuple(f.name for f in all_fields
                     if f._field_type is _FIELD_INITVAR)
    setter = object.__setattr__ if frozen else setattr

    def too_many(qualname, given, kwonly_given):
        if n_pos_defaults:
            sig = 'from %d to %d' % (n_pos - n_pos_defaults + 1, n_pos + 1)
        else:
            sig = '%d' % (n_pos + 1)
        plural = 's' if n_pos + 1 != 1 or n_pos_defaults else ''
        if kwonly_given:
            extra = (' positional argument%s (and %d keyword-only argument%s)'
                     % ('s' if given != 1 else '', kwonly_given,
                        's' if kwonly_given != 1 else ''))
        else:
            extra = ''
        return TypeError('%s() takes %s positional argument%s but %d%s %s given'
                         % (qualname, sig, plural, given, extra,
                            'was' if given == 1 and not kwonly_given
                            else 'were'))

    def __init__(self, *args, **kwargs):
        qualname = __init__.__qualname__
        values = {}
        for i, v in enumerate(args[:n_pos]):
            values[pos_names[i]] = v
        for name, v in kwargs.items():
            if name in init_index:
                if init_index[name] < len(args):
                    raise TypeError('%s() got multiple values for argument %r'
                                    % (qualname, name))
            elif name not in kw_set:
                raise TypeError('%s() got an unexpected keyword argument %r'
                                % (qualname, name))
            values[name] = v
        if len(args) > n_pos:
            raise too_many(qualname, len(args) + 1,
                           sum(1 for n in kwargs if n in kw_set))
        missing = [n for n in pos_names if n not in values
                   and n not in defaults and n not in factories]
        if missing:
            raise TypeError('%s() missing %d required positional argument%s: %s'
                            % (qualname, len(missing),
                               's' if len(missing) > 1 else '',
                               _names_list(missing)))
        missing = [n for n in kw_names if n not in values
                   and n not in defaults and n not in factories]
        if missing:
            raise TypeError('%s() missing %d required keyword-only argument%s: %s'
                            % (qualname, len(missing),
                               's' if len(missing) > 1 else '',
                               _names_list(missing)))
        for name in stored:
            if name in values:
                v = values[name]
            elif name in factories:
                v = factories[name]()
            else:
                v = defaults[name]
            setter(self, name, v)
        for name, factory in no_init_factories:
            setter(self, name, factory())
        if has_post_init:
            iv = []
            for name in initvars:
                if name in values:
                    iv.append(values[name])
                else:
                    iv.append(defaults.get(name))
            self.__post_init__(*iv)
    return __init__


def _make_repr(fields):
    names = tuple(f.name for f in fields)
    running = set()

    def __repr__(self):
        key = id(self)
        if key in running:
            return '...'
        running.add(key)
        try:
            body = ', '.join('%s=%r' % (n, getattr(self, n)) for n in names)
        finally:
            running.discard(key)
        return '%s(%s)' % (self.__class__.__qualname__, body)
    return __repr__


def _make_cmp(name, fields, op):
    names = tuple(f.name for f in fields)

    def method(self, other):
        if other.__class__ is self.__class__:
            a = tuple(getattr(self, n) for n in names)
            b = tuple(getattr(other, n) for n in names)
            return op(a, b)
        return NotImplemented
    method.__name__ = name
    return method


def _make_hash(fields):
    names = tuple(f.name for f in fields)

    def __hash__(self):
        return hash(tuple(getattr(self, n) for n in names))
    return __hash__


def _make_frozen(cls, fields):
    names = frozenset(f.name for f in fields)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError('cannot assign to field %r' % (name,))
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError('cannot delete field %r' % (name,))
        super(cls, self).__delattr__(name)
    return __setattr__, __delattr__


def _hash_action(cls, unsafe_hash, eq, frozen, has_explicit_hash, fields):
    if not unsafe_hash:
        if not eq:
            return
        if not frozen:
            if not has_explicit_hash:
                cls.__hash__ = None
            return
        if not has_explicit_hash:
            cls.__hash__ = _set_qualname(cls, _make_hash(fields), '__hash__')
        return
    if has_explicit_hash:
        raise TypeError('Cannot overwrite attribute __hash__ in class %s'
                        % cls.__name__)
    cls.__hash__ = _set_qualname(cls, _make_hash(fields), '__hash__')


# ------------------------------------------------------------------- process

def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots):
    fields = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order,
                                           unsafe_hash, frozen))

    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    kw_only_now = kw_only
    seen_kw_only_marker = False
    for name, a_type in cls_annotations.items():
        if (a_type is KW_ONLY or (isinstance(a_type, str)
                                  and a_type.strip() in ('KW_ONLY',
                                                         'dataclasses.KW_ONLY'))):
            if seen_kw_only_marker:
                raise TypeError('%r is KW_ONLY, but KW_ONLY has already been '
                                'specified' % (name,))
            seen_kw_only_marker = True
            kw_only_now = True
        else:
            cls_fields.append(_get_field(cls, name, a_type, kw_only_now))

    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError('%r is a field but has no type annotation'
                            % (name,))

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a '
                            'frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a '
                            'non-frozen one')

    setattr(cls, _FIELDS, fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values()
                       if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields, kw_only_init_fields = _fields_in_init_order(
        all_init_fields)

    if init:
        seen_default = False
        for f in std_init_fields:
            if not f.init:
                continue
            if f.default is MISSING and f.default_factory is MISSING:
                if seen_default:
                    raise TypeError('non-default argument %r follows '
                                    'default argument' % (f.name,))
            else:
                seen_default = True
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, '__init__', _make_init(
            cls, all_init_fields, std_init_fields, kw_only_init_fields,
            frozen, has_post_init))

    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if repr:
        _set_new_attribute(cls, '__repr__',
                           _make_repr([f for f in field_list if f.repr]))

    cmp_fields = [f for f in field_list if f.compare]
    if eq:
        _set_new_attribute(cls, '__eq__',
                           _make_cmp('__eq__', cmp_fields,
                                     lambda a, b: a == b))

    if order:
        for name, op in (('__lt__', lambda a, b: a < b),
                         ('__le__', lambda a, b: a <= b),
                         ('__gt__', lambda a, b: a > b),
                         ('__ge__', lambda a, b: a >= b)):
            if _set_new_attribute(cls, name, _make_cmp(name, cmp_fields, op)):
                raise TypeError('Cannot overwrite attribute %s in class %s. '
                                'Consider using functools.total_ordering'
                                % (name, cls.__name__))

    if frozen:
        setter, deleter = _make_frozen(cls, field_list)
        for name, fn in (('__setattr__', setter), ('__delattr__', deleter)):
            if _set_new_attribute(cls, name, fn):
                raise TypeError('Cannot overwrite attribute %s in class %s'
                                % (name, cls.__name__))

    hash_fields = [f for f in field_list
                   if (f.compare if f.hash is None else f.hash)]
    _hash_action(cls, unsafe_hash, eq, frozen, has_explicit_hash, hash_fields)

    if not getattr(cls, '__doc__'):
        try:
            text = '%s(%s)' % (cls.__name__, ', '.join(
                _param_text(f) for f in std_init_fields + kw_only_init_fields
                if f.init))
            cls.__doc__ = text
        except Exception:
            pass

    if match_args:
        _set_new_attribute(cls, '__match_args__',
                           tuple(f.name for f in std_init_fields))

    if slots:
        cls = _add_slots(cls, frozen)

    _update_abstracts(cls)
    return cls


def _param_text(f):
    text = '%s: %s' % (f.name, _type_text(f.type))
    if f.default_factory is not MISSING:
        return text + ' = <factory>'
    if f.default is not MISSING:
        return text + ' = ' + repr(f.default)
    return text


def _type_text(t):
    if isinstance(t, type):
        return t.__name__
    return repr(t) if not isinstance(t, str) else t


def _update_abstracts(cls):
    abc = sys.modules.get('abc')
    if abc is not None and hasattr(abc, 'update_abstractmethods'):
        abc.update_abstractmethods(cls)


def _add_slots(cls, is_frozen):
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        for s in getattr(base, '__slots__', ()) or ():
            inherited.add(s)
    cls_dict['__slots__'] = tuple(n for n in field_names if n not in inherited)
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    # The generated methods close over the old class (frozen checks).
    if is_frozen:
        setter, deleter = _make_frozen(new_cls, fields(new_cls))
        new_cls.__setattr__ = _set_qualname(new_cls, setter, '__setattr__')
        new_cls.__delattr__ = _set_qualname(new_cls, deleter, '__delattr__')
    return new_cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Add __init__, __repr__, __eq__ (and optionally ordering, __hash__,
    frozen-ness) to a class from its annotated fields."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The Field objects of a dataclass or instance, in definition order
    (ClassVar and InitVar pseudo-fields excluded)."""
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """True if obj is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """Convert a dataclass instance to a dict, recursing into dataclasses,
    lists, tuples and dicts (other values are deep-copied)."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name),
                                                    dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory),
                          _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Convert a dataclass instance to a tuple, recursing like asdict()."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name),
                                             tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory),
                          _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def replace(obj, /, **changes):
    """A new object of obj's class with the given fields replaced."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it '
                                 'cannot be specified with replace()'
                                 % f.name)
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError("InitVar %r must be specified with replace()"
                                 % (f.name,))
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False, module=None):
    """Create a dataclass named cls_name from (name[, type[, Field]]) specs."""
    namespace = {} if namespace is None else dict(namespace)
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError('Invalid field: %r' % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError('Field names must be valid identifiers: %r'
                            % (name,))
        if name in seen:
            raise TypeError('Field name duplicated: %r' % (name,))
        seen.add(name)
        annotations[name] = tp
    namespace.update(defaults)
    namespace['__annotations__'] = annotations
    cls = type(cls_name, bases, namespace)
    if module is None:
        try:
            module = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = '__main__'
    cls.__module__ = module
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots)
