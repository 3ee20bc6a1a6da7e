"""Efficient-looking arrays of numeric values, for gilfree.

Provides: array(typecode[, initializer]) for typecodes b B u h H i I l L q Q
f d (C sizes of x86-64 Linux: i/I 4 bytes, l/L/q/Q 8 bytes, u 4 bytes),
typecodes, ArrayType.  Values are range-checked with CPython's
OverflowError/TypeError messages; 'f' values are rounded to IEEE-754
single precision.  Methods: append, extend, insert, pop, remove, index
(start/stop), count, reverse, byteswap, buffer_info (fake address),
tolist, fromlist, tobytes, frombytes, tounicode, fromunicode, tofile,
fromfile, itemsize, typecode; indexing, slicing (incl. extended slices and
slice assignment/deletion), len, iter, in, comparisons, +, *, +=, *=,
copy/deepcopy, repr ``array('i', [1, 2, 3])``.

Byte conversion is little-endian (the native order of gilfree's targets);
floats are packed/unpacked by hand from math.frexp/ldexp.
Lacks: the buffer protocol (memoryview(array) does not work), NaN
payloads/signalling NaNs are not preserved by tobytes (NaN is written as
the canonical quiet NaN), pickling support beyond __reduce__, and the
internal storage is a Python list, so it is not memory-compact.
"""

import math as _math

__all__ = ['ArrayType', 'array', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

_ITEMSIZE = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
             'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}

_LONG_MIN = -(1 << 63)
_LONG_MAX = (1 << 63) - 1
_ULONG_MAX = (1 << 64) - 1
_INT_MIN = -(1 << 31)
_INT_MAX = (1 << 31) - 1
_FLT_MAX = 3.4028234663852886e38


def _to_index(v):
    if isinstance(v, int):
        return int(v)
    if isinstance(v, float) or not hasattr(type(v), '__index__'):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(v).__name__)
    return type(v).__index__(v)


def _as_long(v):
    v = _to_index(v)
    if v < _LONG_MIN or v > _LONG_MAX:
        raise OverflowError('Python int too large to convert to C long')
    return v


def _range(v, lo, hi, what):
    if v < lo:
        raise OverflowError('%s is less than minimum' % what)
    if v > hi:
        raise OverflowError('%s is greater than maximum' % what)
    return v


def _conv_b(v):
    v = _range(_as_long(v), -32768, 32767, 'signed short integer')
    return _range(v, -128, 127, 'signed char')


def _conv_B(v):
    return _range(_as_long(v), 0, 255, 'unsigned byte integer')


def _conv_h(v):
    return _range(_as_long(v), -32768, 32767, 'signed short integer')


def _conv_H(v):
    v = _range(_as_long(v), _INT_MIN, _INT_MAX, 'signed integer')
    return _range(v, 0, 65535, 'unsigned short')


def _conv_i(v):
    return _range(_as_long(v), _INT_MIN, _INT_MAX, 'signed integer')


def _conv_I(v):
    v = _to_index(v)
    if v < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if v > _ULONG_MAX:
        raise OverflowError('Python int too large to convert to C unsigned long')
    if v > 0xFFFFFFFF:
        raise OverflowError('unsigned int is greater than maximum')
    return v


def _conv_l(v):
    return _as_long(v)


def _conv_L(v):
    v = _to_index(v)
    if v < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if v > _ULONG_MAX:
        raise OverflowError('Python int too large to convert to C unsigned long')
    return v


def _conv_q(v):
    v = _to_index(v)
    if v < _LONG_MIN or v > _LONG_MAX:
        raise OverflowError('int too big to convert')
    return v


def _conv_Q(v):
    v = _to_index(v)
    if v < 0:
        raise OverflowError("can't convert negative int to unsigned")
    if v > _ULONG_MAX:
        raise OverflowError('int too big to convert')
    return v


def _as_double(v):
    if isinstance(v, float):
        return v
    t = type(v)
    if hasattr(t, '__float__') or hasattr(t, '__index__'):
        return float(v)
    raise TypeError('must be real number, not %s' % t.__name__)


def _round_float32(x):
    """Round a double to the nearest IEEE-754 single (ties to even)."""
    if x != x or x == 0.0 or x in (_math.inf, -_math.inf):
        return x
    m, e = _math.frexp(x)
    if e >= -125:
        r = round(m * 16777216.0)          # 24 significant bits
        result = _math.ldexp(r, e - 24)
    else:
        r = round(_math.ldexp(x, 149))     # subnormal: quantum 2**-149
        result = _math.copysign(_math.ldexp(r, -149), x)
    if result > _FLT_MAX:
        return _math.inf
    if result < -_FLT_MAX:
        return -_math.inf
    return result


def _conv_f(v):
    return _round_float32(_as_double(v))


def _conv_d(v):
    return _as_double(v)


def _conv_u(v):
    if not isinstance(v, str) or len(v) != 1:
        raise TypeError('array item must be unicode character')
    return v


_CONVERT = {'b': _conv_b, 'B': _conv_B, 'u': _conv_u, 'h': _conv_h,
            'H': _conv_H, 'i': _conv_i, 'I': _conv_I, 'l': _conv_l,
            'L': _conv_L, 'q': _conv_q, 'Q': _conv_Q, 'f': _conv_f,
            'd': _conv_d}
_SIGNED = frozenset('bhilq')


# -- IEEE-754 packing ---------------------------------------------------------

def _float_bits(x, mant_bits, exp_bits):
    bias = (1 << (exp_bits - 1)) - 1
    sign = 1 if _math.copysign(1.0, x) < 0 else 0
    top = ((1 << exp_bits) - 1)
    if x != x:
        return (sign << (mant_bits + exp_bits)) | (top << mant_bits) | (1 << (mant_bits - 1))
    x = abs(x)
    if x == _math.inf:
        return (sign << (mant_bits + exp_bits)) | (top << mant_bits)
    if x == 0.0:
        return sign << (mant_bits + exp_bits)
    m, e = _math.frexp(x)
    biased = e + bias - 1
    if biased >= 1:
        mant = int(_math.ldexp(m, mant_bits + 1)) - (1 << mant_bits)
    else:
        biased = 0
        mant = int(_math.ldexp(x, bias - 1 + mant_bits))
    return (sign << (mant_bits + exp_bits)) | (biased << mant_bits) | mant


def _bits_float(bits, mant_bits, exp_bits):
    bias = (1 << (exp_bits - 1)) - 1
    sign = -1.0 if bits >> (mant_bits + exp_bits) else 1.0
    biased = (bits >> mant_bits) & ((1 << exp_bits) - 1)
    mant = bits & ((1 << mant_bits) - 1)
    if biased == (1 << exp_bits) - 1:
        if mant:
            return _math.copysign(_math.nan, sign)
        return sign * _math.inf
    if biased == 0:
        return sign * _math.ldexp(mant, 1 - bias - mant_bits)
    return sign * _math.ldexp(mant + (1 << mant_bits), biased - bias - mant_bits)


def _pack(typecode, value):
    size = _ITEMSIZE[typecode]
    if typecode == 'd':
        return _float_bits(value, 52, 11).to_bytes(8, 'little')
    if typecode == 'f':
        return _float_bits(value, 23, 8).to_bytes(4, 'little')
    if typecode == 'u':
        return ord(value).to_bytes(4, 'little')
    return value.to_bytes(size, 'little', signed=typecode in _SIGNED)


def _unpack(typecode, chunk):
    if typecode == 'd':
        return _bits_float(int.from_bytes(chunk, 'little'), 52, 11)
    if typecode == 'f':
        return _bits_float(int.from_bytes(chunk, 'little'), 23, 8)
    if typecode == 'u':
        return chr(int.from_bytes(chunk, 'little'))
    return int.from_bytes(chunk, 'little', signed=typecode in _SIGNED)


class array(object):
    """array(typecode [, initializer]) -> array

    Return a new array whose items are restricted by typecode, and
    initialized from the optional initializer value, which must be a list,
    a bytes-like object, or iterable over elements of the appropriate type.
    """

    __slots__ = ('_tc', '_items')

    def __init__(self, typecode, initializer=None, /):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError('array() argument 1 must be a unicode character, '
                            'not %s' % type(typecode).__name__)
        if typecode not in _ITEMSIZE:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, '
                             'L, q, Q, f or d)')
        self._tc = typecode
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError('cannot use a str to initialize an array with '
                                "typecode '%s'" % typecode)
            self.fromunicode(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if initializer._tc == 'u' and typecode != 'u':
                raise TypeError("cannot use a unicode array to initialize an "
                                "array with typecode '%s'" % typecode)
            self._items = [_CONVERT[typecode](x) for x in initializer._items]
        else:
            conv = _CONVERT[typecode]
            self._items = [conv(x) for x in initializer]

    # -- attributes ---------------------------------------------------------
    @property
    def typecode(self):
        """the typecode character used to create the array"""
        return self._tc

    @property
    def itemsize(self):
        """the size, in bytes, of one array item"""
        return _ITEMSIZE[self._tc]

    def _new(self, items):
        new = array.__new__(type(self))
        new._tc = self._tc
        new._items = items
        return new

    # -- mutation -------------------------------------------------------------
    def append(self, v, /):
        """Append new value v to the end of the array."""
        self._items.append(_CONVERT[self._tc](v))

    def extend(self, bb, /):
        """Append items to the end of the array."""
        if isinstance(bb, array):
            if bb._tc != self._tc:
                raise TypeError('can only extend with array of same kind')
            self._items.extend(bb._items)
            return
        conv = _CONVERT[self._tc]
        for x in bb:
            self._items.append(conv(x))

    def insert(self, i, v, /):
        """Insert a new item v into the array before position i."""
        i = _to_index(i)
        self._items.insert(i, _CONVERT[self._tc](v))

    def pop(self, i=-1, /):
        """Return the i-th element and delete it from the array."""
        i = _to_index(i)
        n = len(self._items)
        if n == 0:
            raise IndexError('pop from empty array')
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError('pop index out of range')
        return self._items.pop(i)

    def remove(self, v, /):
        """Remove the first occurrence of v in the array."""
        for k, x in enumerate(self._items):
            if x == v:
                del self._items[k]
                return
        raise ValueError('array.remove(x): x not in array')

    def index(self, v, start=0, stop=None, /):
        """Return index of first occurrence of v in the array."""
        n = len(self._items)
        start = _to_index(start)
        stop = n if stop is None else _to_index(stop)
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        for k in range(start, min(stop, n)):
            if self._items[k] == v:
                return k
        raise ValueError('array.index(x): x not in array')

    def count(self, v, /):
        """Return number of occurrences of v in the array."""
        return sum(1 for x in self._items if x == v)

    def reverse(self):
        """Reverse the order of the items in the array."""
        self._items.reverse()

    def byteswap(self):
        """Byteswap all items of the array."""
        tc = self._tc
        size = _ITEMSIZE[tc]
        out = []
        for x in self._items:
            out.append(_unpack(tc, _pack(tc, x)[::-1]))
        self._items = out

    def buffer_info(self):
        """Return a tuple (address, length) (the address is fake)."""
        return (id(self._items), len(self._items))

    # -- conversion -----------------------------------------------------------
    def tolist(self):
        """Convert array to an ordinary list with the same items."""
        return list(self._items)

    def fromlist(self, list, /):
        """Append items to array from list."""
        if not isinstance(list, type([])):
            raise TypeError('arg must be list')
        conv = _CONVERT[self._tc]
        new = [conv(x) for x in list]   # all-or-nothing
        self._items.extend(new)

    def tobytes(self):
        """Convert the array to an array of machine values and return the
        bytes representation."""
        tc = self._tc
        return b''.join(_pack(tc, x) for x in self._items)

    def frombytes(self, buffer, /):
        """Appends items from the bytes-like object, interpreting it as an
        array of machine values."""
        if isinstance(buffer, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(buffer)
        size = _ITEMSIZE[self._tc]
        if len(data) % size:
            raise ValueError('bytes length not a multiple of item size')
        tc = self._tc
        self._items.extend(_unpack(tc, data[k:k + size])
                           for k in range(0, len(data), size))

    def tounicode(self):
        """Extends this array with data from the unicode string ustr."""
        if self._tc != 'u':
            raise ValueError('tounicode() may only be called on unicode '
                             'type arrays')
        return ''.join(self._items)

    def fromunicode(self, ustr, /):
        """Extends this array with data from the unicode string ustr."""
        if not isinstance(ustr, str):
            raise TypeError('fromunicode() argument must be str, not %s'
                            % type(ustr).__name__)
        if self._tc != 'u':
            raise ValueError('fromunicode() may only be called on unicode '
                             'type arrays')
        self._items.extend(ustr)

    def tofile(self, f, /):
        """Write all items (as machine values) to the file object f."""
        f.write(self.tobytes())

    def fromfile(self, f, n, /):
        """Read n objects from the file object f and append them to the end
        of the array."""
        n = _to_index(n)
        if n < 0:
            raise ValueError('negative count')
        size = _ITEMSIZE[self._tc]
        data = f.read(n * size)
        if not isinstance(data, bytes):
            raise TypeError('read() didn\'t return bytes')
        self.frombytes(data)
        if len(data) != n * size:
            raise EOFError("read() didn't return enough bytes")

    # -- sequence protocol ----------------------------------------------------
    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, v):
        for x in self._items:
            if x == v:
                return True
        return False

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._new(self._items[index])
        try:
            i = _to_index(index)
        except TypeError:
            raise TypeError('array indices must be integers') from None
        n = len(self._items)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError('array index out of range')
        return self._items[i]

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            if not isinstance(value, array):
                raise TypeError('can only assign array (not "%s") to array '
                                'slice' % type(value).__name__)
            if value._tc != self._tc:
                raise TypeError('bad argument type for built-in operation')
            start, stop, step = index.indices(len(self._items))
            if step != 1 and not value._items:
                # CPython: assigning an empty array to an extended slice
                # deletes the selected items.
                del self._items[index]
                return
            if step != 1:
                count = len(range(start, stop, step))
                if len(value._items) != count:
                    raise ValueError('attempt to assign array of size %d to '
                                     'extended slice of size %d'
                                     % (len(value._items), count))
            self._items[index] = list(value._items)
            return
        try:
            i = _to_index(index)
        except TypeError:
            raise TypeError('array indices must be integers') from None
        n = len(self._items)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError('array assignment index out of range')
        self._items[i] = _CONVERT[self._tc](value)

    def __delitem__(self, index):
        if isinstance(index, slice):
            del self._items[index]
            return
        try:
            i = _to_index(index)
        except TypeError:
            raise TypeError('array indices must be integers') from None
        n = len(self._items)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError('array assignment index out of range')
        del self._items[i]

    # -- comparisons ----------------------------------------------------------
    def _compare(self, other, op):
        if not isinstance(other, array):
            return NotImplemented
        a = self._items
        b = other._items
        if len(a) != len(b) and op in ('eq', 'ne'):
            return op == 'ne'
        for x, y in zip(a, b):
            if not (x == y):
                break
        else:
            x, y = len(a), len(b)
        if op == 'eq':
            return x == y
        if op == 'ne':
            return x != y
        if op == 'lt':
            return x < y
        if op == 'le':
            return x <= y
        if op == 'gt':
            return x > y
        return x >= y

    def __eq__(self, other):
        return self._compare(other, 'eq')

    def __ne__(self, other):
        return self._compare(other, 'ne')

    def __lt__(self, other):
        return self._compare(other, 'lt')

    def __le__(self, other):
        return self._compare(other, 'le')

    def __gt__(self, other):
        return self._compare(other, 'gt')

    def __ge__(self, other):
        return self._compare(other, 'ge')

    __hash__ = None

    # -- arithmetic -----------------------------------------------------------
    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array'
                            % type(other).__name__)
        if other._tc != self._tc:
            raise TypeError('bad argument type for built-in operation')
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")'
                            % type(other).__name__)
        self.extend(other)
        return self

    def __mul__(self, n):
        if not hasattr(type(n), '__index__'):
            raise TypeError("can't multiply sequence by non-int of type '%s'"
                            % type(n).__name__)
        n = _to_index(n)
        return self._new(self._items * n if n > 0 else [])

    __rmul__ = __mul__

    def __imul__(self, n):
        if not hasattr(type(n), '__index__'):
            raise TypeError("can't multiply sequence by non-int of type '%s'"
                            % type(n).__name__)
        n = _to_index(n)
        self._items = self._items * n if n > 0 else []
        return self

    # -- misc ---------------------------------------------------------------
    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self._new(list(self._items))

    def __reduce__(self):
        return (type(self), (self._tc, list(self._items)),
                getattr(self, '__dict__', None))

    def __repr__(self):
        name = type(self).__name__
        if not self._items:
            return "%s('%s')" % (name, self._tc)
        if self._tc == 'u':
            return "%s('%s', %r)" % (name, self._tc, ''.join(self._items))
        return "%s('%s', %r)" % (name, self._tc, self._items)


ArrayType = array
