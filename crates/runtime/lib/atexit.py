"""Exit handlers, for gilfree.

register(func, *args, **kwargs) / unregister(func) keep a list of
callbacks; _run_exitfuncs() calls them last-registered first, printing
(not raising) their exceptions, and _clear() empties the list.

The interpreter calls _run_exitfuncs() when the program ends (after the
non-daemon threads finished), if the module was imported.
"""

import sys

__all__ = ['register', 'unregister']

_handlers = []


def register(func, *args, **kwargs):
    """Register func to be called at exit with args and kwargs; returns
    func so it can be used as a decorator."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _handlers.append((func, args, kwargs))
    return func


def unregister(func):
    """Remove every registration of func."""
    _handlers[:] = [h for h in _handlers if h[0] != func]


def _clear():
    del _handlers[:]


def _ncallbacks():
    return len(_handlers)


def _run_exitfuncs():
    """Call the registered handlers, last first; the last exception raised
    by one of them is reported on stderr."""
    while _handlers:
        func, args, kwargs = _handlers.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as exc:
            print("Exception ignored in atexit callback: %r" % (func,),
                  file=sys.stderr)
            try:
                import traceback
                traceback.print_exception(type(exc), exc, exc.__traceback__)
            except Exception:
                print("%s: %s" % (type(exc).__name__, exc), file=sys.stderr)
