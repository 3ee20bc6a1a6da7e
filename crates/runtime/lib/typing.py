"""Support for type hints, for gilfree.

Enough of typing for annotations to evaluate and for the common runtime
uses to behave as in CPython 3.11: Any, Union/Optional (flattened,
deduplicated, order-insensitive equality), Literal, ClassVar, Final,
Annotated, the generic aliases (List, Dict, Tuple, Callable, Iterable,
Mapping, ...: subscriptable, with CPython's reprs such as
``typing.Dict[str, typing.List[int]]``, usable unsubscripted with
isinstance), TypeVar/ParamSpec, Generic (``class Stack(Generic[T])``,
``Stack[int]``), Protocol with runtime_checkable, NamedTuple (class
syntax and functional form, built on collections.namedtuple), TypedDict
(a dict subclass whose instances are plain dicts), NewType, cast,
overload, final, get_type_hints, get_origin, get_args,
TYPE_CHECKING = False.

Lacks: type checking of any kind, ParamSpec/TypeVarTuple substitution,
typing.IO classes beyond names, the typing.re/typing.io namespaces.
"""

import collections
import collections.abc
import contextlib
import functools
import operator
import sys
import types

from _generic_alias import GenericAlias as _BaseAlias, type_repr as _type_repr

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final',
    'ForwardRef', 'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol',
    'Tuple', 'Type', 'TypeVar', 'TypeVarTuple', 'Union',
    'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable',
    'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping',
    'MappingView', 'MutableMapping', 'MutableSequence', 'MutableSet',
    'Sequence', 'Sized', 'ValuesView', 'Awaitable', 'AsyncIterator',
    'AsyncIterable', 'Coroutine', 'Collection', 'AsyncGenerator',
    'AsyncContextManager', 'Reversible', 'SupportsAbs', 'SupportsBytes',
    'SupportsComplex', 'SupportsFloat', 'SupportsIndex', 'SupportsInt',
    'SupportsRound', 'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict',
    'List', 'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple', 'TypedDict',
    'Generator', 'BinaryIO', 'IO', 'Match', 'Pattern', 'TextIO', 'AnyStr',
    'assert_never', 'assert_type', 'cast', 'clear_overloads',
    'dataclass_transform', 'final', 'get_args', 'get_origin',
    'get_overloads', 'get_type_hints', 'is_typeddict', 'LiteralString',
    'Never', 'NewType', 'no_type_check', 'no_type_check_decorator',
    'NoReturn', 'NotRequired', 'overload', 'ParamSpecArgs',
    'ParamSpecKwargs', 'Required', 'reveal_type', 'runtime_checkable',
    'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias', 'TypeGuard', 'Unpack',
]

TYPE_CHECKING = False


def _type_check(arg, msg):
    """Accept what may appear inside a subscription: types, aliases,
    special forms, strings (forward references), None and a few more."""
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _tuple_args(params):
    return params if isinstance(params, tuple) else (params,)


# ------------------------------------------------------------- aliases

class _GenericAlias(_BaseAlias):
    """A subscripted typing alias (typing.List[int], Stack[int], ...)."""

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with"
                        " class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with"
                        " class and instance checks")

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if origin is Generic or origin is Protocol:
            # Only keep Generic once, after the other bases.
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _GenericAlias) or (
                        isinstance(b, type) and issubclass(b, Generic)):
                    return ()
        if isinstance(origin, _SpecialGenericAlias):
            return (origin.__origin__,)
        res = [origin]
        if isinstance(origin, type) and not issubclass(origin, Generic) \
                and self._name is not None:
            i = bases.index(self)
            if not any(isinstance(b, (_GenericAlias, _SpecialGenericAlias))
                       or (isinstance(b, type) and issubclass(b, Generic))
                       for b in bases[i + 1:]):
                res.append(Generic)
        return tuple(res)

    def __reduce__(self):
        return operator.getitem, (self.__origin__, self.__args__)


class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is Ellipsis:
            return '%s[..., %s]' % (self._name, _type_repr(args[1]))
        return '%s[[%s], %s]' % (self._name,
                                 ', '.join(_type_repr(a) for a in args[:-1]),
                                 _type_repr(args[-1]))


class _SpecialGenericAlias:
    """An unsubscripted alias of a builtin or ABC: typing.List, ..."""

    def __init__(self, origin, nparams, name, alias_cls=_GenericAlias):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name
        self._alias_cls = alias_cls
        self.__doc__ = 'A generic version of %s.%s.' % (origin.__module__,
                                                        origin.__qualname__)

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        params = tuple(_type_check(p, '') for p in _tuple_args(params))
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError("Too %s arguments for %r; actual %d, expected %d"
                            % ('many' if len(params) > self._nparams
                               else 'few', self, len(params), self._nparams))
        return self._alias_cls(self.__origin__, params,
                               'typing.' + self._name)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        return issubclass(cls, self.__origin__)

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __reduce__(self):
        return self._name


class _TupleSpecial(_SpecialGenericAlias):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), 'typing.Tuple')
        params = tuple(p if p is Ellipsis else _type_check(p, '')
                       for p in _tuple_args(params))
        return _GenericAlias(tuple, params, 'typing.Tuple')


class _CallableSpecial(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as "
                            "Callable[[arg, ...], result].")
        args, result = params
        if args is Ellipsis:
            flat = (Ellipsis, _type_check(result, ''))
        else:
            if not isinstance(args, (list, tuple)):
                raise TypeError("Callable[args, result]: args must be a list."
                                " Got %.100r." % (args,))
            flat = tuple(_type_check(a, '') for a in args) + \
                (_type_check(result, ''),)
        return _CallableGenericAlias(self.__origin__, flat, 'typing.Callable')


class _TypeSpecial(_SpecialGenericAlias):
    pass


_abc = collections.abc
List = _SpecialGenericAlias(list, 1, 'List')
Dict = _SpecialGenericAlias(dict, 2, 'Dict')
Set = _SpecialGenericAlias(set, 1, 'Set')
FrozenSet = _SpecialGenericAlias(frozenset, 1, 'FrozenSet')
Tuple = _TupleSpecial(tuple, -1, 'Tuple')
Type = _TypeSpecial(type, 1, 'Type')
Callable = _CallableSpecial(_abc.Callable, 2, 'Callable')
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, 'DefaultDict')
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 2, 'OrderedDict')
Counter = _SpecialGenericAlias(collections.Counter, 1, 'Counter')
ChainMap = _SpecialGenericAlias(collections.ChainMap, 2, 'ChainMap')
Deque = _SpecialGenericAlias(collections.deque, 1, 'Deque')
Hashable = _SpecialGenericAlias(_abc.Hashable, 0, 'Hashable')
Sized = _SpecialGenericAlias(_abc.Sized, 0, 'Sized')
Awaitable = _SpecialGenericAlias(_abc.Awaitable, 1, 'Awaitable')
Coroutine = _SpecialGenericAlias(_abc.Coroutine, 3, 'Coroutine')
AsyncIterable = _SpecialGenericAlias(_abc.AsyncIterable, 1, 'AsyncIterable')
AsyncIterator = _SpecialGenericAlias(_abc.AsyncIterator, 1, 'AsyncIterator')
AsyncGenerator = _SpecialGenericAlias(_abc.AsyncGenerator, 2, 'AsyncGenerator')
Iterable = _SpecialGenericAlias(_abc.Iterable, 1, 'Iterable')
Iterator = _SpecialGenericAlias(_abc.Iterator, 1, 'Iterator')
Reversible = _SpecialGenericAlias(_abc.Reversible, 1, 'Reversible')
Container = _SpecialGenericAlias(_abc.Container, 1, 'Container')
Collection = _SpecialGenericAlias(_abc.Collection, 1, 'Collection')
AbstractSet = _SpecialGenericAlias(_abc.Set, 1, 'AbstractSet')
MutableSet = _SpecialGenericAlias(_abc.MutableSet, 1, 'MutableSet')
Mapping = _SpecialGenericAlias(_abc.Mapping, 2, 'Mapping')
MutableMapping = _SpecialGenericAlias(_abc.MutableMapping, 2, 'MutableMapping')
Sequence = _SpecialGenericAlias(_abc.Sequence, 1, 'Sequence')
MutableSequence = _SpecialGenericAlias(_abc.MutableSequence, 1, 'MutableSequence')
ByteString = _SpecialGenericAlias(_abc.ByteString, 0, 'ByteString')
MappingView = _SpecialGenericAlias(_abc.MappingView, 1, 'MappingView')
KeysView = _SpecialGenericAlias(_abc.KeysView, 1, 'KeysView')
ItemsView = _SpecialGenericAlias(_abc.ItemsView, 2, 'ItemsView')
ValuesView = _SpecialGenericAlias(_abc.ValuesView, 1, 'ValuesView')
Generator = _SpecialGenericAlias(_abc.Generator, 3, 'Generator')
ContextManager = _SpecialGenericAlias(contextlib.AbstractContextManager, 1,
                                      'ContextManager')


class _AsyncCMPlaceholder:
    pass


AsyncContextManager = _SpecialGenericAlias(_AsyncCMPlaceholder, 1,
                                           'AsyncContextManager')
Text = str


# -------------------------------------------------------- special forms

class _SpecialForm:
    """Any, Union, Optional, ClassVar, ...: printable, subscriptable
    (when the form takes parameters), never instantiable."""

    def __init__(self, name, getitem=None, doc=''):
        self._name = name
        self._getitem = getitem
        self.__doc__ = doc

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError("Cannot instantiate %r" % self)

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError("%r is not subscriptable" % self)
        return self._getitem(self, parameters)

    def __instancecheck__(self, obj):
        raise TypeError("%r cannot be used with isinstance()" % self)

    def __subclasscheck__(self, cls):
        raise TypeError("%r cannot be used with issubclass()" % self)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass %r" % self)


class _FormAlias(_GenericAlias):
    """ClassVar[int], Final[int], Literal[1], Annotated[...]: a special
    form with its parameters."""

    def __init__(self, origin, args, name=None):
        super().__init__(origin, args, name)

    def __repr__(self):
        return '%r[%s]' % (self.__origin__,
                           ', '.join(self._arg_repr(a) for a in self.__args__))

    def _arg_repr(self, a):
        return _type_repr(a)

    def __call__(self, *args, **kwargs):
        raise TypeError("Cannot instantiate %r" % self)


class _LiteralAlias(_FormAlias):
    def _arg_repr(self, a):
        return repr(a)

    def __eq__(self, other):
        if not isinstance(other, _LiteralAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


class _AnnotatedAlias(_FormAlias):
    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,))
        self.__metadata__ = metadata
        self.__origin__ = origin

    def __repr__(self):
        return 'typing.Annotated[%s, %s]' % (
            _type_repr(self.__origin__),
            ', '.join(repr(m) for m in self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__
                and self.__metadata__ == other.__metadata__)

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class _UnionGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is type(None):
                return 'typing.Optional[%s]' % _type_repr(args[1])
            if args[1] is type(None):
                return 'typing.Optional[%s]' % _type_repr(args[0])
        return 'typing.Union[%s]' % ', '.join(_type_repr(a) for a in args)

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, types.UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return any(isinstance(obj, a) for a in self.__args__
                   if isinstance(a, type))

    def __subclasscheck__(self, cls):
        return any(issubclass(cls, a) for a in self.__args__
                   if isinstance(a, type))


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    parameters = _tuple_args(parameters)
    flat = []
    for p in parameters:
        p = _type_check(p, '')
        if isinstance(p, (_UnionGenericAlias, types.UnionType)):
            items = p.__args__
        else:
            items = (p,)
        for item in items:
            if item not in flat:
                flat.append(item)
    if len(flat) == 1:
        return flat[0]
    return _UnionGenericAlias(self, tuple(flat), 'typing.Union')


def _optional_getitem(self, parameter):
    return Union[_type_check(parameter, ''), None]


def _one_param(self, parameter):
    return _FormAlias(self, (_type_check(parameter, ''),))


def _literal_getitem(self, parameters):
    values = []
    for p in _tuple_args(parameters):
        if isinstance(p, _LiteralAlias):
            for v in p.__args__:
                if v not in values:
                    values.append(v)
        elif p not in values:
            values.append(p)
    return _LiteralAlias(self, tuple(values))


def _concat_getitem(self, parameters):
    return _FormAlias(self, _tuple_args(parameters))


Any = _SpecialForm('Any', doc='Special type indicating an unconstrained type.')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
ClassVar = _SpecialForm('ClassVar', _one_param)
Final = _SpecialForm('Final', _one_param)
Required = _SpecialForm('Required', _one_param)
NotRequired = _SpecialForm('NotRequired', _one_param)
TypeGuard = _SpecialForm('TypeGuard', _one_param)
Unpack = _SpecialForm('Unpack', _one_param)
Union = _SpecialForm('Union', _union_getitem)
Optional = _SpecialForm('Optional', _optional_getitem)
Literal = _SpecialForm('Literal', _literal_getitem)
Concatenate = _SpecialForm('Concatenate', _concat_getitem)


class _AnnotatedForm(_SpecialForm):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two "
                            "arguments (a type and an annotation).")
        origin = _type_check(params[0], '')
        metadata = tuple(params[1:])
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        return _AnnotatedAlias(origin, metadata)


Annotated = _AnnotatedForm('Annotated')


class ForwardRef:
    """A string annotation, kept for later evaluation."""

    def __init__(self, arg, is_argument=True, module=None, *,
                 is_class=False):
        if not isinstance(arg, str):
            raise TypeError("Forward reference must be a string -- got %r"
                            % (arg,))
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard=frozenset()):
        return eval(self.__forward_arg__, globalns, localns)

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return 'ForwardRef(%r)' % (self.__forward_arg__,)


# ------------------------------------------------------------ type vars

def _caller_module(depth=2):
    try:
        return sys._getframe(depth).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return None


class _TypeVarLike:
    _is_type_parameter = True

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __reduce__(self):
        return self.__name__


class TypeVar(_TypeVarLike):
    """A type variable: T = TypeVar('T'), optionally constrained
    (TypeVar('S', int, str)) or bounded (TypeVar('N', bound=int))."""

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__constraints__ = tuple(_type_check(t, '') for t in constraints)
        self.__bound__ = _type_check(bound, '') if bound is not None else None
        mod = _caller_module()
        if mod != 'typing':
            self.__module__ = mod


class ParamSpecArgs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return '%s.args' % self.__origin__.__name__


class ParamSpecKwargs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return '%s.kwargs' % self.__origin__.__name__


class ParamSpec(_TypeVarLike):
    """P = ParamSpec('P'): the parameters of a callable, as a unit."""

    def __init__(self, name, *, bound=None, covariant=False,
                 contravariant=False):
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__bound__ = bound
        self.args = ParamSpecArgs(self)
        self.kwargs = ParamSpecKwargs(self)


class TypeVarTuple(_TypeVarLike):
    __covariant__ = __contravariant__ = False

    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]


AnyStr = TypeVar('AnyStr', bytes, str)
AnyStr.__module__ = 'typing'


# -------------------------------------------------------------- Generic

def _collect_parameters(args):
    params = []
    for a in args:
        if getattr(a, '_is_type_parameter', False):
            if a not in params:
                params.append(a)
        else:
            for p in getattr(a, '__parameters__', ()) or ():
                if p not in params:
                    params.append(p)
    return tuple(params)


class Generic:
    """Base class for generic classes: class Stack(Generic[T]): ...;
    Stack[int] is then an alias whose instances are Stacks."""
    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        params = tuple(_type_check(p, '') for p in _tuple_args(params))
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError("Parameter list to %s[...] cannot be empty"
                                % cls.__qualname__)
            if not all(getattr(p, '_is_type_parameter', False)
                       for p in params):
                raise TypeError("Parameters to %s[...] must all be type "
                                "variables or parameter specification "
                                "variables." % cls.__name__)
            if len(set(params)) != len(params):
                raise TypeError("Parameters to %s[...] must all be unique"
                                % cls.__name__)
            alias = _GenericAlias(cls, params, 'typing.' + cls.__name__)
            return alias
        expected = getattr(cls, '__parameters__', ())
        if not expected:
            raise TypeError('%s is not a generic class' % _type_repr(cls))
        if len(params) != len(expected):
            raise TypeError("Too %s arguments for %s; actual %d, expected %d"
                            % ('many' if len(params) > len(expected)
                               else 'few', _type_repr(cls), len(params),
                               len(expected)))
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        orig = cls.__dict__.get('__orig_bases__')
        if orig is None:
            orig = ()
        tvars = _collect_parameters(orig)
        gvars = None
        for base in orig:
            if (isinstance(base, _GenericAlias)
                    and base.__origin__ in (Generic, Protocol)):
                if gvars is not None:
                    raise TypeError("Cannot inherit from Generic[...] "
                                    "multiple times.")
                gvars = base.__parameters__
        if gvars is not None:
            missing = [t for t in tvars if t not in gvars]
            if missing:
                raise TypeError("Some type variables (%s) are not listed in "
                                "Generic[%s]" % (
                                    ', '.join(str(t) for t in missing),
                                    ', '.join(str(g) for g in gvars)))
            tvars = gvars
        cls.__parameters__ = tuple(tvars)


# ------------------------------------------------------------- Protocol

_PROTO_SKIP = frozenset({
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__',
    '__init__', '__module__', '__new__', '__slots__', '__subclasshook__',
    '__weakref__', '__class_getitem__', '__parameters__', '__orig_bases__',
    '__qualname__', '__init_subclass__', '_is_protocol', '_is_runtime_protocol',
    '__protocol_attrs__', '__match_args__', '_abc_registry', '_abc_cache',
    '_abc_negative_cache', '_abc_negative_cache_version',
})


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        annotations = base.__dict__.get('__annotations__', {})
        for attr in list(base.__dict__) + list(annotations):
            if not attr.startswith('_abc_') and attr not in _PROTO_SKIP:
                attrs.add(attr)
    return attrs


import abc as _abc_mod


class _ProtocolMeta(_abc_mod.ABCMeta):
    def __instancecheck__(cls, instance):
        if getattr(cls, '_is_protocol', False):
            if not getattr(cls, '_is_runtime_protocol', False):
                raise TypeError("Instance and class checks can only be used "
                                "with @runtime_checkable protocols")
            if super().__instancecheck__(instance):
                return True
            for attr in _protocol_attrs(cls):
                try:
                    val = getattr(instance, attr)
                except AttributeError:
                    return False
                if val is None and callable(getattr(cls, attr, None)):
                    return False
            return True
        return super().__instancecheck__(instance)

    def __subclasscheck__(cls, other):
        if getattr(cls, '_is_protocol', False) and \
                not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError("Instance and class checks can only be used "
                            "with @runtime_checkable protocols")
        return super().__subclasscheck__(other)


def _no_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError('Protocols cannot be instantiated')


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes (structural subtyping); decorate
    with @runtime_checkable to allow isinstance()/issubclass()."""
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)

        def _proto_hook(other):
            if not cls.__dict__.get('_is_protocol', False):
                return NotImplemented
            if not isinstance(other, type):
                raise TypeError('issubclass() arg 1 must be a class')
            for attr in _protocol_attrs(cls):
                for base in other.__mro__:
                    if attr in base.__dict__:
                        if base.__dict__[attr] is None:
                            return NotImplemented
                        break
                    annotations = getattr(base, '__annotations__', {})
                    if (isinstance(annotations, dict) and attr in annotations
                            and issubclass(other, Generic)
                            and other._is_protocol):
                        break
                else:
                    return NotImplemented
            return True

        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = staticmethod(_proto_hook)
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init

    def __init__(self, *args, **kwargs):
        if type(self)._is_protocol:
            raise TypeError('Protocols cannot be instantiated')


def runtime_checkable(cls):
    """Mark a protocol class as usable with isinstance()/issubclass()."""
    if not (isinstance(cls, type) and issubclass(cls, Generic)) or \
            not cls._is_protocol:
        raise TypeError('@runtime_checkable can be only applied to protocol '
                        'classes, got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


@runtime_checkable
class SupportsInt(Protocol):
    __slots__ = ()

    @_abc_mod.abstractmethod
    def __int__(self):
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    __slots__ = ()

    @_abc_mod.abstractmethod
    def __float__(self):
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    __slots__ = ()

    @_abc_mod.abstractmethod
    def __complex__(self):
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    __slots__ = ()

    @_abc_mod.abstractmethod
    def __bytes__(self):
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    __slots__ = ()

    @_abc_mod.abstractmethod
    def __index__(self):
        pass


@runtime_checkable
class SupportsAbs(Protocol):
    __slots__ = ()

    @_abc_mod.abstractmethod
    def __abs__(self):
        pass


@runtime_checkable
class SupportsRound(Protocol):
    __slots__ = ()

    @_abc_mod.abstractmethod
    def __round__(self, ndigits=0):
        pass


# ----------------------------------------------------------- NamedTuple

def _make_nmtuple(name, fields, module, defaults=()):
    names = [n for n, t in fields]
    types_ = {n: _type_check(t, '') for n, t in fields}
    nm_tpl = collections.namedtuple(name, names, defaults=defaults,
                                    module=module)
    nm_tpl.__annotations__ = types_
    return nm_tpl


_NT_PROHIBITED = frozenset({'__new__', '__init__', '__slots__',
                            '__getnewargs__', '_fields', '_field_defaults',
                            '_make', '_replace', '_asdict', '_source'})
_NT_SPECIAL = frozenset({'__module__', '__name__', '__annotations__',
                         '__qualname__', '__orig_bases__', '__doc__',
                         '__classcell__'})


class NamedTupleMeta(type):
    """Metaclass of NamedTuple: `class P(NamedTuple)` runs __new__, which
    returns a collections.namedtuple class instead of a subclass."""

    def __new__(cls, typename, bases, ns):
        if not bases:
            return super().__new__(cls, typename, bases, ns)
        types_ = ns.get('__annotations__', {})
        default_names = []
        for field_name in types_:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError("Non-default namedtuple field %s cannot "
                                "follow default field%s %s"
                                % (field_name,
                                   's' if len(default_names) > 1 else '',
                                   ', '.join(default_names)))
        nm_tpl = _make_nmtuple(typename, types_.items(),
                               module=ns.get('__module__', '__main__'),
                               defaults=[ns[n] for n in default_names])
        nm_tpl.__qualname__ = ns.get('__qualname__', typename)
        for key, value in ns.items():
            if key in _NT_PROHIBITED:
                raise AttributeError("Cannot overwrite NamedTuple attribute "
                                     + key)
            elif key not in _NT_SPECIAL:
                if key in nm_tpl._fields:
                    continue
                setattr(nm_tpl, key, value)
                set_name = getattr(type(value), '__set_name__', None)
                if set_name is not None:
                    set_name(value, nm_tpl, key)
        if '__doc__' in ns and ns['__doc__'] is not None:
            nm_tpl.__doc__ = ns['__doc__']
        return nm_tpl

    def __call__(cls, typename, fields=None, /, **kwargs):
        # The functional form: NamedTuple('P', [('x', int)]).
        if fields is None:
            fields = kwargs.items()
        elif kwargs:
            raise TypeError("Either list of fields or keywords"
                            " can be provided to NamedTuple, not both")
        return _make_nmtuple(typename, fields, module=_caller_module())


class NamedTuple(metaclass=NamedTupleMeta):
    """Typed version of namedtuple: class P(NamedTuple): x: int = 0, or
    NamedTuple('P', [('x', int)]).

    (A class with a metaclass rather than CPython's function with
    __mro_entries__, so subclassing works on gilfree, which lacks PEP 560.)
    """


# ------------------------------------------------------------ TypedDict

class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        if not bases and name == 'TypedDict':
            return super().__new__(cls, name, bases, ns)
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type '
                                'and a non-TypedDict base class')
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        own = ns.get('__annotations__', {})
        for key, tp in own.items():
            annotations[key] = _type_check(tp, '')
            origin = getattr(tp, '__origin__', None)
            if origin is Required:
                is_required = True
            elif origin is NotRequired:
                is_required = False
            else:
                is_required = total
            if is_required:
                required.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                required.discard(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        if not hasattr(tp_dict, '__total__'):
            tp_dict.__total__ = total
        return tp_dict

    def __init__(cls, name, bases, ns, total=True):
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        if cls is TypedDict:
            return _typeddict_functional(*args, **kwargs)
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def _typeddict_functional(typename, fields=None, /, *, total=True, **kwargs):
    if fields is None:
        fields = kwargs
    ns = {'__annotations__': dict(fields)}
    module = _caller_module(3)
    if module is not None:
        ns['__module__'] = module
    return _TypedDictMeta(typename, (TypedDict,), ns, total=total)


class TypedDict(metaclass=_TypedDictMeta):
    """A dict with a fixed set of typed keys; at run time its instances
    are plain dicts.  (A class with a metaclass rather than CPython's
    function with __mro_entries__, which gilfree lacks.)"""


def is_typeddict(tp):
    """True if tp is a TypedDict class."""
    return isinstance(tp, _TypedDictMeta) and tp is not TypedDict


# ------------------------------------------------------------ functions

class NewType:
    """NewType('UserId', int): a callable returning its argument, typed
    as a distinct subtype for checkers."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        mod = _caller_module()
        if mod != 'typing':
            self.__module__ = mod

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of NewType. Perhaps you "
                        "were looking for: `%s = NewType(%r, %s)`"
                        % (self.__name__, self.__name__, self.__name__))

    def __repr__(self):
        return '%s.%s' % (self.__module__, self.__qualname__)

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def cast(typ, val):
    """Return val unchanged (a hint for type checkers)."""
    return val


def assert_type(val, typ, /):
    return val


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError("Expected code to be unreachable, but got: %s"
                         % value)


def reveal_type(obj, /):
    print("Runtime type is %r" % type(obj).__name__, file=sys.stderr)
    return obj


_overload_registry = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


def overload(func):
    """Decorator for overloaded signatures; the last, undecorated
    definition is the implementation."""
    f = getattr(func, '__func__', func)
    try:
        key = (f.__module__, f.__qualname__)
        _overload_registry.setdefault(key, []).append(func)
    except AttributeError:
        pass
    return _overload_dummy


def get_overloads(func):
    f = getattr(func, '__func__', func)
    return list(_overload_registry.get((f.__module__, f.__qualname__), []))


def clear_overloads():
    _overload_registry.clear()


def final(f):
    """Mark a method or class as final (only for type checkers)."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    @functools.wraps(decorator)
    def wrapped_decorator(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    return wrapped_decorator


def dataclass_transform(*, eq_default=True, order_default=False,
                        kw_only_default=False, field_specifiers=(),
                        **kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default, "order_default": order_default,
            "kw_only_default": kw_only_default,
            "field_specifiers": field_specifiers, "kwargs": kwargs}
        return cls_or_fn
    return decorator


def get_origin(tp):
    """The unsubscripted form: get_origin(List[int]) is list."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_BaseAlias, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if isinstance(tp, _SpecialGenericAlias):
        return None
    if tp is Generic:
        return Generic
    if isinstance(tp, types.UnionType):
        return types.UnionType
    return None


def get_args(tp):
    """The subscription arguments: get_args(Dict[str, int]) is
    (str, int); Callable's are ([args], result)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _BaseAlias):
        res = tp.__args__
        if isinstance(tp, _CallableGenericAlias) and res and \
                res[0] is not Ellipsis:
            res = (list(res[:-1]), res[-1])
        return res
    if isinstance(tp, types.UnionType):
        return tp.__args__
    return ()


def _eval_hint(t, globalns, localns):
    if isinstance(t, str):
        t = eval(t, globalns, localns)
    elif isinstance(t, ForwardRef):
        t = t._evaluate(globalns, localns)
    if t is None:
        return type(None)
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a function, class or module, with string
    annotations evaluated and None turned into NoneType."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            if globalns is None:
                mod = sys.modules.get(base.__module__)
                base_globals = getattr(mod, '__dict__', {})
            else:
                base_globals = globalns
            base_locals = dict(vars(base)) if localns is None else localns
            for name, value in ann.items():
                hints[name] = _eval_hint(value, base_globals, base_locals)
        return hints
    ann = getattr(obj, '__annotations__', None)
    if ann is None:
        if isinstance(obj, types.ModuleType):
            return {}
        raise TypeError('%r is not a module, class, method, or function.'
                        % (obj,))
    if globalns is None:
        if isinstance(obj, types.ModuleType):
            globalns = obj.__dict__
        else:
            nsobj = obj
            while hasattr(nsobj, '__wrapped__'):
                nsobj = nsobj.__wrapped__
            globalns = getattr(nsobj, '__globals__', {})
    for name, value in ann.items():
        hints[name] = _eval_hint(value, globalns, localns)
    return hints


class IO:
    """Generic base class for TextIO and BinaryIO (names only)."""
    __slots__ = ()


class BinaryIO(IO):
    __slots__ = ()


class TextIO(IO):
    __slots__ = ()


class Pattern:
    """Placeholder for re.Pattern in annotations."""

    def __class_getitem__(cls, item):
        return cls


class Match:
    """Placeholder for re.Match in annotations."""

    def __class_getitem__(cls, item):
        return cls
