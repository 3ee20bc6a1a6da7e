"""A pure-Python stand-in for types.GenericAlias, for gilfree.

`Sequence[int]`, `typing.List[int]` and friends evaluate to a GenericAlias:
it remembers __origin__ and __args__, prints like CPython
(``collections.abc.Sequence[int]``, ``list[int]``), compares and hashes by
(origin, args), can be subscripted again when it has TypeVar parameters,
calls through to its origin, and forwards other attributes to it.
isinstance() with an alias raises TypeError as in CPython.
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


class GenericAlias:
    """origin[args], e.g. list[int] or collections.abc.Mapping[str, int]."""

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
        if not isinstance(items, tuple):
            items = (items,)
        params = self.__parameters__
        if not params:
            raise TypeError('%r is not a generic class' % (self,))
        if len(items) != len(params):
            raise TypeError('Too %s arguments for %r'
                            % ('many' if len(items) > len(params) else 'few',
                               self))
        subst = dict(zip(params, items))

        def sub(a):
            if getattr(a, '_is_type_parameter', False) and a in subst:
                return subst[a]
            if isinstance(a, GenericAlias) and a.__parameters__:
                return a[tuple(subst.get(p, p) for p in a.__parameters__)]
            return a
        return type(self)(self.__origin__, tuple(sub(a) for a in self.__args__),
                          self._name)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        raise TypeError('isinstance() argument 2 cannot be a parameterized generic')

    def __subclasscheck__(self, cls):
        raise TypeError('issubclass() argument 2 cannot be a parameterized generic')

    def __or__(self, other):
        import typing
        return typing.Union[self, other]

    def __ror__(self, other):
        import typing
        return typing.Union[other, self]

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)
