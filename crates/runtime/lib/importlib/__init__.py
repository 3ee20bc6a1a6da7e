"""The import machinery's public face, for gilfree.

import_module (absolute, and relative with package=), reload,
invalidate_caches; importlib.util has resolve_name, find_spec,
spec_from_file_location, module_from_spec and a source-file loader.

gilfree's import system is native (vm/import.rs) and has no specs or
loaders: reload() re-executes a module's source in its existing
namespace, reading __file__ when the module has one and, for the
interpreter's frozen stdlib modules, importing a fresh copy and copying
its namespace over.
"""

import sys

__all__ = ['import_module', 'reload', 'invalidate_caches']


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return '%s.%s' % (base, name) if name else base


def import_module(name, package=None):
    """Import a module; name may be relative ('.mod') when package names
    the package to resolve it against."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform "
                            "a relative import for %r" % name)
        for character in name:
            if character != '.':
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    """No finder caches exist in gilfree; kept for compatibility."""


def reload(module):
    """Re-execute a previously imported module's code in its namespace
    and return it."""
    ModuleType = type(sys)
    if not isinstance(module, ModuleType):
        raise TypeError("reload() argument must be a module")
    name = module.__name__
    if sys.modules.get(name) is not module:
        raise ImportError("module %s not in sys.modules" % name, name=name)
    parent = name.rpartition('.')[0]
    if parent and parent not in sys.modules:
        raise ImportError("parent %r not in sys.modules" % parent,
                          name=parent)
    filename = getattr(module, '__file__', None)
    if filename:
        with open(filename, encoding='utf-8') as f:
            source = f.read()
        code = compile(source, filename, 'exec')
        exec(code, module.__dict__)
        return sys.modules.get(name, module)
    # A frozen or native module: import a fresh copy and adopt its names.
    del sys.modules[name]
    try:
        fresh = import_module(name)
    except BaseException:
        sys.modules[name] = module
        raise
    module.__dict__.update(fresh.__dict__)
    sys.modules[name] = module
    return module
