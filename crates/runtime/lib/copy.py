"""Generic (shallow and deep) copying operations, for gilfree.

Provides: copy(x), deepcopy(x, memo=None), Error (alias error).
Handles immutable atoms, list/dict/set/frozenset/tuple/bytearray, the
__copy__ / __deepcopy__ hooks, classes that define their own
__reduce_ex__ / __reduce__ (the full 2..5-tuple protocol), and plain class
instances, which are rebuilt with cls.__new__(cls, *__getnewargs__())
followed by copying __dict__ and __slots__ state (honouring
__getstate__ / __setstate__ when a class defines them).  Deep copies keep
a memo so shared and cyclic structures are reproduced faithfully.

Lacks: weakref.ref objects are not special-cased (no weakref import); the
copyreg dispatch table (copyreg.pickle registrations are not
consulted) and object.__reduce_ex__ itself: instances of classes that
don't define a reduce method go through the generic instance path above.
"""

import types as _types

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error

_atomic = {type(None), int, float, bool, complex, str, bytes,
           type(Ellipsis), type(NotImplemented), type, range,
           _types.FunctionType, _types.BuiltinFunctionType, _types.CodeType,
           property, slice}

_IMMUTABLE_BASES = (int, float, complex, str, bytes, tuple, frozenset)
_BUILTIN_BASES = (object, int, float, complex, str, bytes, tuple, frozenset,
                  list, dict, set, bytearray, BaseException)


def _defines(cls, name):
    """True if cls or a non-builtin base defines attribute `name`."""
    for klass in getattr(cls, '__mro__', (cls,)):
        if klass in _BUILTIN_BASES:
            continue
        if name in klass.__dict__:
            return True
    return False


def _slot_names(cls):
    names = []
    for klass in getattr(cls, '__mro__', (cls,)):
        slots = klass.__dict__.get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = klass.__name__.lstrip('_')
                if stripped:
                    name = '_%s%s' % (stripped, name)
            names.append(name)
    return names


def _generic_reduce(x, cls):
    """Build a reduce tuple for an instance of a class without its own
    __reduce__/__reduce_ex__."""
    if isinstance(x, BaseException):
        return (cls, x.args, getattr(x, '__dict__', None) or None)
    args = ()
    if _defines(cls, '__getnewargs_ex__'):
        args, kwargs = x.__getnewargs_ex__()
        if kwargs:
            def make(cls, args, kwargs):
                return cls.__new__(cls, *args, **kwargs)
            return _finish_reduce(x, cls, make, (cls, args, kwargs))
    elif _defines(cls, '__getnewargs__'):
        args = x.__getnewargs__()
    else:
        for base in _IMMUTABLE_BASES:
            if isinstance(x, base):
                args = (base(x),)
                break
    if isinstance(x, (set, frozenset)) and not isinstance(x, frozenset):
        return (cls, (list(x),), _object_state(x, cls), None, None)
    return _finish_reduce(x, cls, _new_instance, (cls,) + tuple(args))


def _new_instance(cls, *args):
    return cls.__new__(cls, *args)


def _object_state(x, cls):
    if _defines(cls, '__getstate__'):
        return x.__getstate__()
    try:
        d = x.__dict__
    except AttributeError:
        d = None
    state = d or None
    slots = _slot_names(cls)
    if slots:
        slotstate = {}
        for name in slots:
            try:
                slotstate[name] = getattr(x, name)
            except AttributeError:
                pass
        if slotstate:
            state = (state, slotstate)
    return state


def _finish_reduce(x, cls, func, args):
    state = _object_state(x, cls)
    listiter = iter(x) if isinstance(x, list) else None
    dictiter = iter(x.items()) if isinstance(x, dict) else None
    return (func, args, state, listiter, dictiter)


def _reduce(x, cls):
    if _defines(cls, '__reduce_ex__'):
        return x.__reduce_ex__(4)
    if _defines(cls, '__reduce__'):
        return x.__reduce__()
    return _generic_reduce(x, cls)


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _atomic or cls is tuple or cls is frozenset:
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y

    cls = type(x)
    if cls in _atomic:
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # A cycle through this tuple may have produced a copy already.
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, items):
            if k is not j:
                y = tuple(items)
                break
        else:
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = set()
        memo[d] = y
        for a in x:
            y.add(deepcopy(a, memo))
    elif cls is frozenset:
        items = [deepcopy(a, memo) for a in x]
        try:
            return memo[d]
        except KeyError:
            pass
        y = frozenset(items)
    elif cls is bytearray:
        y = bytearray(x)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)

    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    """Keep x alive as long as memo, so its id() is not reused."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None,
                 dictiter=None, *rest):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, '__setstate__', None)
        if setstate is not None:
            setstate(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
