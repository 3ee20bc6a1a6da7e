"""Abstract base classes, for gilfree.

Provides ABCMeta (register, __instancecheck__/__subclasscheck__ honouring
registered virtual subclasses and __subclasshook__, with positive and
negative caches invalidated by a global registration counter), ABC,
abstractmethod, abstractproperty/abstractclassmethod/abstractstaticmethod,
get_cache_token and update_abstractmethods.

Instantiation of a class that still has abstract methods is refused in
ABCMeta.__call__ with CPython 3.11's message ("Can't instantiate abstract
class X with abstract method m" / "... methods a, b", names sorted), because
gilfree's object.__new__ does not look at __abstractmethods__.

Differences from CPython: the registry and caches are ordinary sets, so they
keep registered classes alive (CPython uses weak references); a property,
classmethod or staticmethod counts as abstract when the function it wraps
is, whether or not the interpreter's descriptor exposes __isabstractmethod__.
"""

__all__ = ['ABCMeta', 'ABC', 'abstractmethod', 'abstractproperty',
           'abstractclassmethod', 'abstractstaticmethod', 'get_cache_token',
           'update_abstractmethods']


def abstractmethod(funcobj):
    """Mark a method as abstract; ABCMeta classes refuse to instantiate
    while such a method is not overridden."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """Deprecated: use classmethod over abstractmethod."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """Deprecated: use staticmethod over abstractmethod."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """Deprecated: use property over abstractmethod."""
    __isabstractmethod__ = True


def _is_abstract(value):
    """True when value (a class-dict entry) is marked abstract, looking
    through property/classmethod/staticmethod wrappers."""
    try:
        if getattr(value, '__isabstractmethod__', False):
            return True
    except Exception:
        return False
    if isinstance(value, property):
        return any(getattr(f, '__isabstractmethod__', False)
                   for f in (value.fget, value.fset, value.fdel))
    if isinstance(value, (classmethod, staticmethod)):
        return bool(getattr(value.__func__, '__isabstractmethod__', False))
    return False


def _lookup_in_mro(cls, name):
    """The raw class-dict entry for name along cls's MRO (no descriptor
    binding), or a sentinel when absent."""
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass.__dict__[name]
    return _MISSING


_MISSING = object()


def _compute_abstracts(cls):
    names = set()
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            names.add(name)
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if _is_abstract(_lookup_in_mro(cls, name)):
                names.add(name)
    return frozenset(names)


class ABCMeta(type):
    """Metaclass for abstract base classes.

    A class made with it may have abstract methods, and may be given
    'virtual subclasses' with register(); those are seen by isinstance()
    and issubclass() although they do not inherit from it.
    """

    # Bumped by every register(): negative caches older than it are stale.
    _abc_invalidation_counter = 0

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls)
        cls._abc_registry = set()
        cls._abc_cache = set()
        cls._abc_negative_cache = set()
        cls._abc_negative_cache_version = ABCMeta._abc_invalidation_counter
        return cls

    def __call__(cls, *args, **kwargs):
        abstracts = cls.__dict__.get('__abstractmethods__')
        if abstracts:
            names = sorted(abstracts)
            raise TypeError(
                "Can't instantiate abstract class %s with abstract method%s %s"
                % (cls.__name__, 's' if len(names) > 1 else '',
                   ', '.join(names)))
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        """Register a virtual subclass of an ABC; returns the subclass, so
        it can be used as a class decorator."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.add(subclass)
        ABCMeta._abc_invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        if subclass in cls._abc_cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (cls._abc_negative_cache_version
                    == ABCMeta._abc_invalidation_counter
                    and subclass in cls._abc_negative_cache):
                return False
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if subclass in cls._abc_cache:
            return True
        if cls._abc_negative_cache_version < ABCMeta._abc_invalidation_counter:
            cls._abc_negative_cache = set()
            cls._abc_negative_cache_version = ABCMeta._abc_invalidation_counter
        elif subclass in cls._abc_negative_cache:
            return False
        verdict = cls.__subclasshook__(subclass)
        if verdict is not NotImplemented:
            if verdict:
                cls._abc_cache.add(subclass)
            else:
                cls._abc_negative_cache.add(subclass)
            return verdict
        if cls in subclass.__mro__:
            cls._abc_cache.add(subclass)
            return True
        for rcls in list(cls._abc_registry):
            if issubclass(subclass, rcls):
                cls._abc_cache.add(subclass)
                return True
        for scls in type.__subclasses__(cls):
            if issubclass(subclass, scls):
                cls._abc_cache.add(subclass)
                return True
        cls._abc_negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        """Debug helper: print the ABC's registry and caches."""
        print("Class: %s.%s" % (cls.__module__, cls.__qualname__), file=file)
        print("Inv. counter: %s" % get_cache_token(), file=file)
        for name in ('_abc_registry', '_abc_cache', '_abc_negative_cache',
                     '_abc_negative_cache_version'):
            print("%s: %r" % (name, getattr(cls, name)), file=file)

    def _abc_registry_clear(cls):
        cls._abc_registry = set()

    def _abc_caches_clear(cls):
        cls._abc_cache = set()
        cls._abc_negative_cache = set()


def get_cache_token():
    """A token that changes whenever any ABC's registry changes."""
    return ABCMeta._abc_invalidation_counter


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ after methods were added or
    replaced once the class was created; returns cls."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    cls.__abstractmethods__ = _compute_abstracts(cls)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class: inherit from it to get ABCMeta as metaclass."""
    __slots__ = ()
