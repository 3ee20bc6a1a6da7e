"""importlib.util for gilfree: resolve_name, find_spec,
spec_from_file_location, module_from_spec and a minimal ModuleSpec with
a source-file loader (exec_module runs the file in the module's
namespace).  find_spec() of a frozen or native module imports it (gilfree
has no finders to ask without loading)."""

import os
import sys

from importlib import _resolve_name

__all__ = ['resolve_name', 'find_spec', 'spec_from_file_location',
           'module_from_spec', 'ModuleSpec']


def resolve_name(name, package):
    """Resolve a relative module name to an absolute one."""
    if not name.startswith('.'):
        return name
    elif not package:
        raise ImportError('no package specified for %r (required for '
                          'relative module names)' % name)
    level = 0
    for character in name:
        if character != '.':
            break
        level += 1
    return _resolve_name(name[level:], package, level)


class SourceFileLoader:
    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        with open(self.path, encoding='utf-8') as f:
            source = f.read()
        exec(compile(source, self.path, 'exec'), module.__dict__)

    def get_filename(self, fullname=None):
        return self.path


class ModuleSpec:
    def __init__(self, name, loader, *, origin=None,
                 is_package=None, submodule_search_locations=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.submodule_search_locations = submodule_search_locations
        self.has_location = origin is not None and not origin.startswith('<')
        self.cached = None
        self.loader_state = None

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    def __repr__(self):
        args = ['name=%r' % (self.name,), 'loader=%r' % (self.loader,)]
        if self.origin is not None:
            args.append('origin=%r' % (self.origin,))
        if self.submodule_search_locations is not None:
            args.append('submodule_search_locations=%s'
                        % (self.submodule_search_locations,))
        return 'ModuleSpec(%s)' % ', '.join(args)


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=None):
    """A spec whose loader executes the Python source at location."""
    if location is None:
        return None
    location = os.fspath(location)
    if loader is None:
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location,
                      submodule_search_locations=submodule_search_locations)
    return spec


def module_from_spec(spec):
    """A new, empty module for spec, with __name__, __file__, __spec__
    and __loader__ set (run spec.loader.exec_module(module) to fill it)."""
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    if module is None:
        module = type(sys)(spec.name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    if spec.has_location:
        module.__file__ = spec.origin
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    module.__package__ = spec.parent
    return module


class _BuiltinLoader:
    def __repr__(self):
        return "<class '_frozen_importlib.BuiltinImporter'>"


def find_spec(name, package=None):
    """A spec for the module name (resolved against package when
    relative), or None when it cannot be found."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    module = sys.modules.get(fullname)
    if module is not None:
        spec = getattr(module, '__spec__', None)
        if spec is None:
            if '__spec__' in getattr(module, '__dict__', {}):
                raise ValueError('%s.__spec__ is None' % fullname)
            spec = ModuleSpec(fullname, _BuiltinLoader(),
                              origin=getattr(module, '__file__', None))
        return spec
    parent, _, last = fullname.rpartition('.')
    if parent:
        parent_module = __import__(parent, fromlist=['__name__'])
        try:
            dirs = parent_module.__path__
        except AttributeError:
            raise ModuleNotFoundError(
                "__path__ attribute not found on %r while trying to find %r"
                % (parent, fullname), name=fullname) from None
    else:
        dirs = sys.path
    for d in dirs:
        base = os.path.join(d or '.', last)
        init = os.path.join(base, '__init__.py')
        if os.path.isfile(init):
            return spec_from_file_location(fullname, init,
                                           submodule_search_locations=[base])
        if os.path.isfile(base + '.py'):
            return spec_from_file_location(fullname, base + '.py')
    # Native and frozen modules have no file to find: importing is the
    # only way gilfree offers to know they exist.
    try:
        module = __import__(fullname, fromlist=['__name__'])
    except ImportError:
        return None
    return ModuleSpec(fullname, _BuiltinLoader(),
                      origin=getattr(module, '__file__', None))
