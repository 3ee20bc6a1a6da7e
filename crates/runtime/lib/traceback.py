"""Printing and formatting exceptions, for gilfree.

The full report ("Traceback (most recent call last):", the frames, chained
causes and contexts, the final "Type: message" line) comes from the native
`_traceback.format_exception(exc)`, the same text the interpreter prints
for an uncaught exception.  This module splits and trims that text and
writes the exception-only part itself.

When `_traceback` is missing (running these files under CPython to test
them) the report is taken from `sys.__excepthook__` by pointing
`sys.stderr` at a collector for the duration of the call.

Provides: print_exc, format_exc, print_exception, format_exception,
format_exception_only (3.10+ signatures: the exception alone, or the old
type/value/traceback triple).

Lacks: `limit` is accepted and ignored; a traceback argument that differs
from the exception's own `__traceback__` is ignored; no stack/frame
extraction (extract_tb, print_stack, StackSummary, TracebackException).
"""

import sys

__all__ = ['print_exc', 'format_exc', 'print_exception',
           'format_exception', 'format_exception_only']

_sentinel = object()

try:
    from _traceback import format_exception as _report
except ImportError:
    class _Collector(object):
        def __init__(self):
            self.parts = []

        def write(self, text):
            self.parts.append(text)
            return len(text)

        def flush(self):
            pass

    def _report(exc):
        saved = sys.stderr
        collector = _Collector()
        sys.stderr = collector
        try:
            sys.__excepthook__(type(exc), exc, exc.__traceback__)
        finally:
            sys.stderr = saved
        return "".join(collector.parts)


# Lines that separate the links of an exception chain in a report.
_CHAIN_SEPARATORS = (
    "\nThe above exception was the direct cause of the following exception:\n\n",
    "\nDuring handling of the above exception, another exception occurred:\n\n",
)


def _pick_exception(exc, value):
    # Old calling convention: (type, value, tb) -> the value is the exception.
    if value is _sentinel:
        return exc
    return value


def _lines(text):
    return text.splitlines(True)


def _last_link(text):
    # The report of the outermost exception alone (for chain=False).
    cut = 0
    for sep in _CHAIN_SEPARATORS:
        at = text.rfind(sep)
        if at >= 0 and at + len(sep) > cut:
            cut = at + len(sep)
    return text[cut:]


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    """Return the report of an exception as a list of lines that each end
    in a newline; "".join() of it is what print_exception writes."""
    exc = _pick_exception(exc, value)
    if exc is None:
        return ["NoneType: None\n"]
    text = _report(exc)
    if not chain:
        text = _last_link(text)
    return _lines(text)


def format_exception_only(exc, /, value=_sentinel):
    """Return the last part of a report: "Type: message" (plus the source
    line and caret of a SyntaxError, and any __notes__)."""
    if value is _sentinel:
        value = exc
        exc_type = type(exc) if exc is not None else None
    else:
        exc_type = exc
    if value is None:
        return ["NoneType: None\n"]
    if exc_type is None:
        exc_type = type(value)
    name = _type_name(exc_type)
    lines = []
    if isinstance(value, SyntaxError):
        lines.extend(_syntax_error_lines(value, name))
    else:
        message = _safe_str(value)
        if message:
            lines.append("%s: %s\n" % (name, message))
        else:
            lines.append("%s\n" % name)
    lines.extend(_note_lines(value))
    return lines


def _type_name(exc_type):
    name = getattr(exc_type, '__qualname__', None) or getattr(exc_type, '__name__', '<unknown>')
    module = getattr(exc_type, '__module__', None)
    if module not in ("__main__", "builtins"):
        if not isinstance(module, str):
            module = "<unknown>"
        name = module + "." + name
    return name


def _safe_str(value):
    try:
        return str(value)
    except Exception:
        return "<exception str() failed>"


def _note_lines(value):
    try:
        notes = value.__notes__
    except Exception:
        return []
    if notes is None:
        return []
    out = []
    if isinstance(notes, (list, tuple)):
        for note in notes:
            if isinstance(note, str):
                text = note
            else:
                text = _safe_str(note)
            for line in text.split("\n"):
                out.append(line + "\n")
    else:
        try:
            out.append(repr(notes) + "\n")
        except Exception:
            out.append("<__notes__ repr() failed>\n")
    return out


def _syntax_error_lines(err, name):
    out = []
    suffix = ""
    if err.lineno is not None:
        out.append('  File "%s", line %s\n' % (err.filename or "<string>", err.lineno))
    elif err.filename is not None:
        suffix = " (%s)" % err.filename
    text = err.text
    if text is not None:
        stripped_right = text.rstrip("\n")
        code = stripped_right.lstrip(" \n\f")
        indent = len(stripped_right) - len(code)
        out.append("    %s\n" % code)
        if err.offset is not None:
            start = err.offset
            end = getattr(err, 'end_offset', None)
            if end in (None, 0):
                end = start
            if end == start or end == -1:
                end = start + 1
            col = start - 1 - indent
            end_col = end - 1 - indent
            if col >= 0:
                pad = "".join(c if c.isspace() else " " for c in code[:col])
                out.append("    %s%s\n" % (pad, "^" * (end_col - col)))
    msg = err.msg or "<no detail available>"
    out.append("%s: %s%s\n" % (name, msg, suffix))
    return out


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Write the report of an exception to `file` (sys.stderr by default)."""
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    """The report of the exception being handled, as one string."""
    return "".join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Write the report of the exception being handled."""
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)
