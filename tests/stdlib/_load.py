"""Helper: load one of gilfree's frozen stdlib modules under a private name.

The module is executed from crates/runtime/lib/<name>.py and registered in
sys.modules as ``gf_<name>``.  Sibling modules it imports (e.g. random ->
bisect) resolve to CPython's own stdlib, which is fine for comparison.
"""
import importlib.util
import os
import sys

LIB = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..',
                                   'crates', 'runtime', 'lib'))


def load(name):
    path = os.path.join(LIB, name + '.py')
    modname = 'gf_' + name
    spec = importlib.util.spec_from_file_location(modname, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[modname] = mod
    spec.loader.exec_module(mod)
    assert mod.__file__ == path, mod.__file__
    return mod


class Checker:
    def __init__(self, name):
        self.name = name
        self.count = 0
        self.failures = 0

    def eq(self, got, want, what=''):
        self.count += 1
        if got != want or type(got) is not type(want):
            self.failures += 1
            if self.failures <= 20:
                print('MISMATCH %s: %s\n  got:  %r\n  want: %r'
                      % (self.name, what, got, want))

    def same_exc(self, f_got, f_want, what=''):
        """Both callables must raise the same exception type and message."""
        def run(f):
            try:
                r = f()
            except Exception as e:
                return ('raise', type(e).__name__, str(e))
            return ('ok', r)
        self.eq(run(f_got), run(f_want), what)

    def done(self):
        status = 'OK' if not self.failures else 'FAILED'
        print('%s: %s (%d checks, %d failures)'
              % (self.name, status, self.count, self.failures))
        sys.exit(1 if self.failures else 0)
