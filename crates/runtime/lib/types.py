"""Names for built-in types, for gilfree.

Provides: SimpleNamespace (repr ``namespace(a=1)``, equality), FunctionType,
LambdaType, CodeType, MethodType, BuiltinFunctionType, BuiltinMethodType,
GeneratorType, ModuleType, NoneType, NotImplementedType, EllipsisType,
CellType (when obtainable), FrameType/TracebackType (when obtainable),
GetSetDescriptorType/MemberDescriptorType (best effort),
MappingProxyType, new_class (simple), DynamicClassAttribute is absent.
Lacks: MappingProxyType is a real read-only proxy only where the
interpreter exposes one (``type.__dict__``); otherwise it falls back to a
small read-only wrapper class. Coroutine/async generator types are absent.
"""

import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)


def _g():
    yield 1


GeneratorType = type(_g())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)


def _cell_factory():
    a = 1

    def f():
        nonlocal a
    return f.__closure__[0]


try:
    CellType = type(_cell_factory())
except Exception:  # pragma: no cover - interpreter dependent
    pass

try:
    raise TypeError
except TypeError as _exc:
    _tb = _exc.__traceback__
    if _tb is not None:
        TracebackType = type(_tb)
        if getattr(_tb, 'tb_frame', None) is not None:
            FrameType = type(_tb.tb_frame)
    del _exc, _tb

try:
    GetSetDescriptorType = type(FunctionType.__code__)
except Exception:  # pragma: no cover
    pass

try:
    _mp = type(type.__dict__)
    if _mp is dict:
        raise TypeError
    MappingProxyType = _mp
except Exception:
    class MappingProxyType(object):
        """Read-only view of a mapping (fallback implementation)."""
        __slots__ = ('_mapping',)

        def __init__(self, mapping):
            object.__setattr__(self, '_mapping', mapping)

        def __getitem__(self, key):
            return self._mapping[key]

        def __iter__(self):
            return iter(self._mapping)

        def __len__(self):
            return len(self._mapping)

        def __contains__(self, key):
            return key in self._mapping

        def get(self, key, default=None):
            return self._mapping.get(key, default)

        def keys(self):
            return self._mapping.keys()

        def values(self):
            return self._mapping.values()

        def items(self):
            return self._mapping.items()

        def copy(self):
            return self._mapping.copy()

        def __eq__(self, other):
            return self._mapping == other

        def __repr__(self):
            return 'mappingproxy(%r)' % (self._mapping,)
try:
    del _mp
except NameError:
    pass


class SimpleNamespace(object):
    """A simple attribute-based namespace."""

    def __init__(self, /, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        items = ['%s=%r' % (k, v) for k, v in self.__dict__.items()]
        return '%s(%s)' % (name, ', '.join(items))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


try:
    GenericAlias = type(list[int])
except Exception:  # pragma: no cover - interpreter dependent
    pass

try:
    UnionType = type(int | str)
except Exception:  # pragma: no cover - interpreter dependent
    pass


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically (no metaclass keyword support)."""
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    meta = type
    if kwds and 'metaclass' in kwds:
        meta = kwds['metaclass']
    return meta(name, tuple(bases), ns)


def coroutine(func):
    """Placeholder: returns func unchanged (no coroutine support)."""
    return func


__all__ = [n for n in globals() if n[:1] != '_' and n != 'sys']
