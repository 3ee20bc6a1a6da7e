"""Enumerations, for gilfree.

Provides EnumType (alias EnumMeta), Enum, ReprEnum, IntEnum, StrEnum,
Flag, IntFlag, auto, unique, member/nonmember, the FlagBoundary names
(STRICT, CONFORM, EJECT, KEEP) and the functional API
(``Enum('Color', 'RED GREEN')``).

How it works: EnumType.__prepare__ returns an _EnumDict that records the
member names in definition order (resolving auto() through
_generate_next_value_ and rejecting redefinitions); EnumType.__new__
builds the class without those names, then creates each member with the
class's own __new__ (or its data type's: int.__new__ for IntEnum,
object.__new__ otherwise), sets _name_/_value_, calls __init__ with the
value (unpacked when a tuple) and records aliases for repeated values.
EnumType.__call__ looks a value up (``Color(1)``), falling back to
_missing_, and raises ``ValueError: 3 is not a valid Color``.

Reprs, str() and format() follow 3.11: ``<Color.RED: 1>``, ``Color.RED``;
IntEnum/IntFlag/StrEnum (ReprEnum) print as their value. Flag members
combine with | & ^ ~, iterate over their single-bit members and name
composite values ``Perm.R|W``.

Lacks: the DeprecationWarning that 3.11 emits for `non-member in Enum`
(a TypeError is raised, as 3.11 does), _ignore_ with dynamic names,
pickling by name, verify() checks beyond UNIQUE.
"""

import sys

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag',
           'IntFlag', 'ReprEnum', 'auto', 'unique', 'property', 'verify',
           'member', 'nonmember', 'FlagBoundary', 'STRICT', 'CONFORM',
           'EJECT', 'KEEP', 'global_flag_repr', 'global_enum_repr',
           'global_str', 'global_enum', 'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS',
           'UNIQUE', 'pickle_by_global_name', 'pickle_by_enum_name']

_builtin_property = property

Enum = Flag = EJECT = ReprEnum = None


class nonmember(object):
    """Protects item from becoming an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


class member(object):
    """Forces item to become an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


class property(_builtin_property):
    """enum.property: a property that also works for member names."""


_auto_null = object()


class auto:
    """Instances are replaced with an appropriate value in Enum class
    suites (by _generate_next_value_)."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % self.value


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__')
            or hasattr(obj, '__delete__'))


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_'
            and name[1:2] != '_' and name[-2:-1] != '_')


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name,)
    return (len(name) > len(pattern) and name.startswith(pattern)
            and not name.endswith('__'))


def _is_single_bit(num):
    return num != 0 and num & (num - 1) == 0


def _bits_of(num):
    """The single-bit values set in num, lowest first."""
    while num:
        b = num & (~num + 1)
        yield b
        num ^= b


_SUNDER_ALLOWED = frozenset({
    '_order_', '_generate_next_value_', '_missing_', '_ignore_',
    '_numeric_repr_', '_iter_member_', '_iter_member_by_value_',
    '_iter_member_by_def_', '_add_alias_', '_add_value_alias_',
})


class _EnumDict(dict):
    """The class-body namespace of an Enum: remembers member names in
    order and turns auto() into values."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._generate_next_value = None
        self._cls_name = None

    def __setitem__(self, key, value):
        if self._cls_name is not None and _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in _SUNDER_ALLOWED:
                raise ValueError('_sunder_ names, such as %r, are reserved '
                                 'for future Enum use' % (key,))
            if key == '_generate_next_value_':
                if self._auto_called:
                    raise TypeError("_generate_next_value_ must be defined "
                                    "before members")
                self._generate_next_value = getattr(value, '__func__', value)
            elif key == '_ignore_':
                if isinstance(value, str):
                    value = value.replace(',', ' ').split()
                else:
                    value = list(value)
                self._ignore = value
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value) and not isinstance(value, member):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            if isinstance(value, auto):
                if value.value is _auto_null:
                    self._auto_called = True
                    value.value = self._generate_next_value(
                        key, 1, len(self._member_names),
                        self._last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto)
                                                  for v in value):
                parts = []
                for v in value:
                    if isinstance(v, auto):
                        if v.value is _auto_null:
                            self._auto_called = True
                            v.value = self._generate_next_value(
                                key, 1, len(self._member_names),
                                self._last_values[:])
                        v = v.value
                    parts.append(v)
                value = tuple(parts)
            self._member_names[key] = None
            self._last_values.append(value)
        super().__setitem__(key, value)

    def update(self, members=(), **more):
        items = members.items() if hasattr(members, 'items') else members
        for k, v in items:
            self[k] = v
        for k, v in more.items():
            self[k] = v


def _find_data_type(bases):
    """The first non-Enum base that provides storage (int, str, a user
    class), or object."""
    for chain in bases:
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if base._member_type_ is not object:
                    return base._member_type_
                continue
            if '__new__' in base.__dict__ or '__init__' in base.__dict__ \
                    or base.__dict__.get('__dataclass_fields__'):
                return base
    return object


def _find_first_enum(bases):
    if not bases:
        return None
    last = bases[-1]
    if not isinstance(last, EnumType):
        raise TypeError("new enumerations should be created as "
                        "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
    return last


def _find_new(classdict, member_type, first_enum):
    """The __new__ that creates members, and whether it takes the value
    as arguments: the class body's own, an enum base's saved
    __new_member__, or the data type's."""
    new = classdict.get('__new__')
    if new is not None:
        return getattr(new, '__func__', new), True
    if first_enum is not None:
        for base in first_enum.__mro__:
            candidate = base.__dict__.get('__new_member__')
            if candidate is not None:
                return getattr(candidate, '__func__', candidate), True
    if member_type is object:
        return object.__new__, False
    return member_type.__new__, True


class EnumType(type):
    """Metaclass for Enum."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        enum_dict = _EnumDict()
        enum_dict._cls_name = cls
        first_enum = bases[-1] if bases else None
        gnv = None
        if first_enum is not None and isinstance(first_enum, EnumType):
            gnv = getattr(first_enum, '_generate_next_value_', None)
        enum_dict._generate_next_value = gnv
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None,
                _simple=False, **kwds):
        member_names = list(getattr(classdict, '_member_names', {}))
        first_enum = _find_first_enum(bases) if Enum is not None else None
        if first_enum is not None and first_enum._member_names_:
            raise TypeError("<enum %r> cannot extend %r" % (cls, first_enum))
        member_type = _find_data_type(bases) if bases else object
        members = {name: classdict[name] for name in member_names}
        ns = {k: v for k, v in classdict.items() if k not in members}
        ignore = classdict.get('_ignore_')
        if ignore is not None:
            ns.pop('_ignore_', None)
            if isinstance(ignore, str):
                ignore = ignore.replace(',', ' ').split()
            for name in ignore:
                ns.pop(name, None)
        ns['_new_member_'] = None
        ns['_member_names_'] = []
        ns['_member_map_'] = {}
        ns['_value2member_map_'] = {}
        ns['_unhashable_values_'] = []
        ns['_member_type_'] = member_type
        if boundary is not None:
            ns['_boundary_'] = boundary
        order = ns.pop('_order_', None)
        enum_class = super().__new__(metacls, cls, bases, ns, **kwds)

        new, use_args = _find_new(classdict, member_type, first_enum)
        type.__setattr__(enum_class, '_new_member_', staticmethod(new))
        type.__setattr__(enum_class, '_use_args_', use_args)
        if '__new__' in classdict and Enum is not None:
            type.__setattr__(enum_class, '__new_member__', staticmethod(new))
        if Enum is not None:
            # As in CPython, calling the class (or its __new__) only looks
            # members up; the creating __new__ is kept as __new_member__.
            type.__setattr__(enum_class, '__new__', staticmethod(_enum_lookup))

        is_flag = Flag is not None and issubclass(enum_class, Flag)
        flag_mask = 0
        for name in member_names:
            value = members[name]
            _add_member(enum_class, name, value, new, use_args, member_type)
        if is_flag:
            for m in enum_class._member_map_.values():
                flag_mask |= m._value_
            type.__setattr__(enum_class, '_flag_mask_', flag_mask)
            type.__setattr__(enum_class, '_all_bits_',
                             2 ** flag_mask.bit_length() - 1)
            single = [m for m in enum_class._member_map_.values()
                      if _is_single_bit(m._value_)]
            type.__setattr__(enum_class, '_singles_by_def_', single)
            type.__setattr__(enum_class, '_singles_by_value_',
                             sorted(single, key=lambda m: m._value_))

        if first_enum is not None:
            # A data type's repr/str/format must not shadow Enum's.
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name in classdict:
                    continue
                found = getattr(enum_class, name)
                if found in (getattr(member_type, name), getattr(object, name)):
                    type.__setattr__(enum_class, name,
                                     getattr(first_enum, name))

        if ReprEnum is not None and issubclass(enum_class, ReprEnum) and \
                member_type is not object:
            if '__format__' not in classdict:
                type.__setattr__(enum_class, '__format__',
                                 member_type.__format__)
            if '__str__' not in classdict:
                method = member_type.__str__
                if method is object.__str__:
                    method = member_type.__repr__
                type.__setattr__(enum_class, '__str__', method)

        if order is not None:
            if isinstance(order, str):
                order = order.replace(',', ' ').split()
            if order != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n  %r\n'
                                '  %r' % (enum_class._member_names_, order))
        return enum_class

    def __init__(cls, *args, **kwds):
        super().__init__(*args)

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        if names is None:
            return _enum_lookup(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'"
                % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r."
                                 % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        interesting = set(['__class__', '__contains__', '__doc__',
                           '__getitem__', '__iter__', '__len__',
                           '__members__', '__module__', '__name__',
                           '__qualname__'] + cls._member_names_)
        if cls._new_member_ is not object.__new__:
            interesting.add('__new__')
        if cls.__init_subclass__ is not object.__init_subclass__:
            interesting.add('__init_subclass__')
        for name in cls.__dict__:
            if not name.startswith('_') and name not in cls._member_map_:
                interesting.add(name)
        return sorted(interesting)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name]
                for name in reversed(cls._member_names_))

    @_builtin_property
    def __members__(cls):
        try:
            from types import MappingProxyType
            return MappingProxyType(cls._member_map_)
        except ImportError:
            return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and \
                isinstance(names[0], str):
            original, names = names, []
            last_values = []
            for count, name in enumerate(original):
                value = cls._generate_next_value_(name, start, count,
                                                  last_values[:])
                last_values.append(value)
                names.append((name, value))
        items = names.items() if hasattr(names, 'items') else names
        for item in items:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            try:
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict,
                               boundary=boundary)


EnumMeta = EnumType


def _add_member(enum_class, name, value, new, use_args, member_type):
    if isinstance(value, tuple) and member_type is not tuple:
        args = value
    else:
        args = (value,)
    if use_args:
        enum_member = new(enum_class, *args)
    else:
        enum_member = new(enum_class)
    if not hasattr(enum_member, '_value_'):
        if member_type is object:
            enum_member._value_ = value
        else:
            try:
                enum_member._value_ = member_type(*args)
            except Exception:
                enum_member._value_ = value
    value = enum_member._value_
    enum_member._name_ = name
    enum_member.__objclass__ = enum_class
    enum_member.__init__(*args)
    enum_member._sort_order_ = len(enum_class._member_names_)
    # An equal value already defined makes this name an alias.
    canonical = None
    try:
        canonical = enum_class._value2member_map_.get(value)
    except TypeError:
        for m in enum_class._member_map_.values():
            if m._value_ == value:
                canonical = m
                break
    if canonical is not None:
        enum_member = canonical
    else:
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        # Flags list only their single-bit members; multi-bit and zero
        # values are reachable by name but not iterated (as in 3.11).
        if not is_flag or not isinstance(value, int) or _is_single_bit(value):
            enum_class._member_names_.append(name)
    enum_class._member_map_[name] = enum_member
    try:
        enum_class._value2member_map_.setdefault(value, enum_member)
    except TypeError:
        enum_class._unhashable_values_.append(value)
    # Members live in the class dict unless a descriptor of the same
    # name is inherited (e.g. a member called 'name' or 'value').
    descriptor = None
    for base in enum_class.__mro__[1:]:
        descriptor = base.__dict__.get(name)
        if descriptor is not None:
            break
    if descriptor is None or not _is_descriptor(descriptor) or \
            isinstance(descriptor, property):
        type.__setattr__(enum_class, name, enum_member)


def _enum_lookup(cls, value):
    """cls(value): the member with that value, else cls._missing_(value)."""
    if type(value) is cls:
        return value
    try:
        return cls._value2member_map_[value]
    except KeyError:
        pass
    except TypeError:
        for m in cls._member_map_.values():
            if m._value_ == value:
                return m
    exc = None
    try:
        result = cls._missing_(value)
    except Exception as e:
        exc = e
        result = None
    if isinstance(result, cls):
        return result
    if Flag is not None and issubclass(cls, Flag) and result is None \
            and exc is None and cls._boundary_ is EJECT:
        return value
    ve_exc = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
    if result is None and exc is None:
        raise ve_exc
    if exc is None:
        exc = TypeError('error in %s._missing_: returned %r instead of '
                        'None or a valid member'
                        % (cls.__name__, result))
    if not isinstance(exc, ValueError):
        exc.__context__ = ve_exc
    raise exc


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs.

    Access members by attribute (Color.RED), by value (Color(1)) or by
    name (Color['RED']); iterate with list(Color)."""

    def __new__(cls, value):
        return _enum_lookup(cls, value)

    def __init__(self, *args, **kwds):
        pass


    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """Integer after the largest previous value (start if none)."""
        if not last_values:
            return start
        try:
            last = last_values[-1]
            last_values = sorted(last_values)
            last_value = last_values[-1]
            if last != last_value:
                # Not monotonic: continue from the largest.
                pass
            return last_value + 1
        except TypeError:
            raise TypeError('unable to sort non-numeric values') from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_,
                                v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __dir__(self):
        names = {'__class__', '__doc__', '__eq__', '__hash__', '__module__',
                 'name', 'value'}
        for cls in self.__class__.mro():
            for name, obj in cls.__dict__.items():
                if name[0] == '_':
                    continue
                if isinstance(obj, _builtin_property) or callable(obj):
                    names.add(name)
        names.update(k for k in getattr(self, '__dict__', {})
                     if not k.startswith('_'))
        return sorted(names)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @_builtin_property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @_builtin_property
    def value(self):
        """The value of the Enum member."""
        return self._value_


Enum._value_repr_ = None


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in
    type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """The lower-cased member name."""
        return name.lower()




def _int_repr(v):
    return int.__repr__(v)


IntEnum._value_repr_ = _int_repr


class FlagBoundary(StrEnum):
    """How a Flag handles values with bits outside its members."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """Support for flags: members combine with | & ^ ~."""

    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """The next power of two above the highest value so far."""
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        boundary = cls._boundary_
        extra = value & ~flag_mask
        if extra:
            if boundary is STRICT:
                raise ValueError(
                    "%r invalid value %r\n    given %s\n  allowed %s"
                    % (cls, value, bin(value), bin(flag_mask)))
            elif boundary is CONFORM:
                value = value & flag_mask
            elif boundary is EJECT:
                return value
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        known = value & flag_mask
        names = [m._name_ for m in cls._singles_by_def_
                 if m._value_ & known]
        if not names and not (value & ~flag_mask):
            pseudo._name_ = None
        else:
            if value & ~flag_mask:
                names.append(cls._numeric_repr_(value & ~flag_mask))
            pseudo._name_ = '|'.join(names)
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if neg_value is not None:
            cls._value2member_map_.setdefault(neg_value, pseudo)
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r"
                % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        value = self._value_
        for m in self.__class__._singles_by_def_:
            if m._value_ & value and m._name_ in \
                    self.__class__._member_names_:
                yield m

    def __len__(self):
        return bin(self._value_).count('1')

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

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
        if self._member_type_ is not object and \
                isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ v)

    def __invert__(self):
        return self.__class__(self._flag_mask_ ^ self._value_
                              & self._flag_mask_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags."""

    def __invert__(self):
        return self.__class__(self._flag_mask_ ^ self._value_
                              & self._flag_mask_)

    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


IntFlag._value_repr_ = _int_repr
Flag._value_repr_ = None


def unique(enumeration):
    """Class decorator: raise ValueError if any value has an alias."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(["%s -> %s" % (alias, name)
                                   for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s'
                         % (enumeration, alias_details))
    return enumeration


class EnumCheck(StrEnum):
    """Checks for verify()."""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Class decorator checking an Enum (only UNIQUE is checked here)."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        if UNIQUE in self.checks:
            unique(enumeration)
        return enumeration


def global_enum_repr(self):
    module = self.__class__.__module__.split('.')[-1]
    return '%s.%s' % (module, self._name_)


def global_flag_repr(self):
    module = self.__class__.__module__.split('.')[-1]
    if self._name_ is None:
        return "%s.%s(%r)" % (module, self.__class__.__name__, self._value_)
    return '|'.join('%s.%s' % (module, n) for n in self._name_.split('|'))


def global_str(self):
    if self._name_ is None:
        return "%s(%r)" % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Export the members into the module namespace."""
    if issubclass(cls, Flag):
        cls.__repr__ = global_flag_repr
    else:
        cls.__repr__ = global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)
