"""A pure-Python stand-in for types.GenericAlias, for gilfree.

`Sequence[int]`, `typing.List[int]` and friends evaluate to a GenericAlias:
it remembers __origin__ and __args__, prints like CPython
(``collections.abc.Sequence[int]``, ``list[int]``), compares and hashes by
(origin, args), can be subscripted again when it has TypeVar parameters,
calls through to its origin, and forwards other attributes to it.
isinstance() with an alias raises TypeError as in CPython.

UnionType is ``int | str``: built by ``type.__or__`` (through `_union_or`),
flattened and deduplicated, usable with isinstance()/issubclass().
"""


def type_repr(obj):
    """The way CPython shows a type argument inside ``X[...]``."""
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is Ellipsis:
        return '...'
    if isinstance(obj, (list, tuple)) and not isinstance(obj, GenericAlias):
        return '[%s]' % ', '.join(type_repr(a) for a in obj)
    if type(obj).__name__ == 'function':
        return obj.__qualname__
    return repr(obj)


def _params_of(args):
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


def _substituted_args(alias, items):
    """`alias.__args__` with its type parameters replaced by `items`
    (what `alias[items]` is made of)."""
    if not isinstance(items, tuple):
        items = (items,)
    params = alias.__parameters__
    if not params:
        raise TypeError('%r is not a generic class' % (alias,))
    if len(items) != len(params):
        raise TypeError('Too %s arguments for %r'
                        % ('many' if len(items) > len(params) else 'few',
                           alias))
    subst = dict(zip(params, items))

    def sub(a):
        if getattr(a, '_is_type_parameter', False) and a in subst:
            return subst[a]
        if isinstance(a, GenericAlias) and a.__parameters__:
            return a[tuple(subst.get(p, p) for p in a.__parameters__)]
        return a
    return [sub(a) for a in alias.__args__]


class GenericAlias:
    """origin[args], e.g. list[int] or collections.abc.Mapping[str, int]."""

    __module__ = 'types'

    def __init__(self, origin, args, name=None):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _params_of(args)
        self._name = name

    def __repr__(self):
        if self._name is not None:
            head = self._name
        else:
            head = type_repr(self.__origin__)
        if not self.__args__:
            return '%s[()]' % head
        return '%s[%s]' % (head, ', '.join(type_repr(a) for a in self.__args__))

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__
                and self.__args__ == other.__args__)

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __getitem__(self, items):
        return type(self)(self.__origin__, tuple(_substituted_args(self, items)),
                          self._name)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        raise TypeError('isinstance() argument 2 cannot be a parameterized generic')

    def __subclasscheck__(self, cls):
        raise TypeError('issubclass() argument 2 cannot be a parameterized generic')

    def __or__(self, other):
        if type(self) is GenericAlias:
            return _union_or(self, other)
        import typing
        return typing.Union[self, other]

    def __ror__(self, other):
        if type(self) is GenericAlias:
            return _union_or(other, self)
        import typing
        return typing.Union[other, self]

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)


def _unionable(obj):
    return (obj is None or isinstance(obj, type)
            or type(obj) is GenericAlias or type(obj) is UnionType)


def _union_or(left, right):
    """``left | right`` for types, None, list[int]-style aliases and unions:
    a UnionType (or the single type left after deduplication), else
    NotImplemented."""
    if not (_unionable(left) and _unionable(right)):
        return NotImplemented
    args = []
    for side in (left, right):
        items = side.__args__ if type(side) is UnionType else (side,)
        for item in items:
            if item is None:
                item = type(None)
            for seen in args:
                if seen is item:
                    break
                if (type(seen) is GenericAlias and type(item) is GenericAlias
                        and seen == item):
                    break
            else:
                args.append(item)
    if len(args) == 1:
        return args[0]
    union = object.__new__(UnionType)
    union.__args__ = tuple(args)
    union.__parameters__ = _params_of(union.__args__)
    return union


class UnionType:
    """``X | Y``: the type of unions made with the | operator."""

    __module__ = 'types'

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'types.UnionType' instances")

    def __repr__(self):
        parts = []
        for a in self.__args__:
            if a is type(None):
                parts.append('None')
            else:
                parts.append(type_repr(a))
        return ' | '.join(parts)

    def __eq__(self, other):
        if type(other) is not UnionType:
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return _union_or(self, other)

    def __ror__(self, other):
        return _union_or(other, self)

    def __instancecheck__(self, obj):
        for a in self.__args__:
            if isinstance(obj, a):
                return True
        return False

    def __subclasscheck__(self, cls):
        for a in self.__args__:
            if issubclass(cls, a):
                return True
        return False

    def __getitem__(self, items):
        result = None
        for a in _substituted_args(self, items):
            result = a if result is None else result | a
        return result
