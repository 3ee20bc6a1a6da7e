"""Garbage collector interface, for gilfree.

gilfree reclaims objects by reference counting alone; there is no cycle
collector to drive, so collect() returns 0 (nothing found) and the
enable/disable switch only records its state. get_objects() and
get_referrers() return empty lists; callbacks and garbage are plain
lists that nothing fills. Reference cycles are therefore never freed.
"""

__all__ = ['collect', 'disable', 'enable', 'isenabled', 'get_count',
           'get_threshold', 'set_threshold', 'get_objects', 'get_referrers',
           'get_referents', 'is_tracked', 'is_finalized', 'freeze',
           'unfreeze', 'get_freeze_count', 'get_stats', 'set_debug',
           'get_debug', 'callbacks', 'garbage']

DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = 38

garbage = []
callbacks = []
_enabled = True
_threshold = (700, 10, 10)
_debug = 0


def collect(generation=2):
    """Run a collection; returns the number of unreachable objects found
    (always 0 here)."""
    if generation not in (0, 1, 2):
        raise ValueError("invalid generation")
    return 0


def enable():
    """Enable automatic garbage collection."""
    global _enabled
    _enabled = True


def disable():
    """Disable automatic garbage collection."""
    global _enabled
    _enabled = False


def isenabled():
    """Returns true if automatic garbage collection is enabled."""
    return _enabled


def get_count():
    return (0, 0, 0)


def get_threshold():
    return _threshold


def set_threshold(threshold0, threshold1=None, threshold2=None):
    global _threshold
    t = list(_threshold)
    t[0] = threshold0
    if threshold1 is not None:
        t[1] = threshold1
    if threshold2 is not None:
        t[2] = threshold2
    _threshold = tuple(t)


def set_debug(flags):
    global _debug
    _debug = flags


def get_debug():
    return _debug


def get_objects(generation=None):
    return []


def get_referrers(*objs):
    return []


def get_referents(*objs):
    return []


def is_tracked(obj):
    return not isinstance(obj, (int, float, str, bytes, bool, type(None)))


def is_finalized(obj):
    return False


def freeze():
    pass


def unfreeze():
    pass


def get_freeze_count():
    return 0


def get_stats():
    return [{'collections': 0, 'collected': 0, 'uncollectable': 0}
            for _ in range(3)]
