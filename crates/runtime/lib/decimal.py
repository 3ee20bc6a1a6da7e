"""Decimal fixed- and floating-point arithmetic, for gilfree.

Provides: Decimal, Context (getcontext, setcontext, localcontext,
DefaultContext, BasicContext, ExtendedContext), DecimalTuple, the
rounding modes ROUND_*, and the signals (DecimalException, InvalidOperation,
DivisionByZero, Inexact, Rounded, Overflow, Underflow, Subnormal, Clamped,
FloatOperation and the InvalidOperation conditions).

A finite Decimal is (-1)**sign * coefficient * 10**exponent with the
coefficient a non-negative int; specials are Infinity, NaN and sNaN (a NaN
keeps its payload in the coefficient). Construction is exact; every
arithmetic result is rounded to the current context's precision by
Context._round, which also raises the signals the context traps (as
CPython's C implementation does, the exception's args are the list of
conditions: InvalidOperation([<class 'decimal.ConversionSyntax'>])).
Integer division and remainder truncate toward zero, as the General Decimal
Arithmetic specification says.

Lacks: exp, ln, log10 and powers with a non-integral exponent, the logical
and next_* operations, and the 'n' format type. The context is per thread.
"""

import math as _math
import numbers as _numbers
from collections import namedtuple as _namedtuple

__all__ = [
    'Decimal', 'Context', 'DecimalTuple',
    'DefaultContext', 'BasicContext', 'ExtendedContext',
    'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero',
    'Inexact', 'Rounded', 'Subnormal', 'Overflow', 'Underflow',
    'FloatOperation', 'DivisionImpossible', 'InvalidContext',
    'ConversionSyntax', 'DivisionUndefined',
    'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING',
    'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP',
    'setcontext', 'getcontext', 'localcontext',
    'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY',
    'HAVE_THREADS', 'HAVE_CONTEXTVAR',
]

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = False

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING,
              ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')


# --- signals ---

class DecimalException(ArithmeticError):
    """Base class of the decimal signals."""

class Clamped(DecimalException):
    """An exponent was changed to fit the context's limits."""

class InvalidOperation(DecimalException):
    """An operation has no meaningful result (the result is NaN)."""

class ConversionSyntax(InvalidOperation):
    """A string is not a well-formed number."""

class DivisionByZero(DecimalException, ZeroDivisionError):
    """A non-zero number was divided by zero."""

class DivisionImpossible(InvalidOperation):
    """An integer quotient does not fit the precision."""

class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    """Zero was divided by zero."""

class Inexact(DecimalException):
    """Rounding discarded non-zero digits."""

class InvalidContext(InvalidOperation):
    """The context's settings are invalid."""

class Rounded(DecimalException):
    """Rounding discarded digits (perhaps zeros)."""

class Subnormal(DecimalException):
    """The result's exponent is below Emin."""

class Overflow(Inexact, Rounded):
    """The result's exponent is above Emax after rounding."""

class Underflow(Inexact, Rounded, Subnormal):
    """A subnormal result was rounded to a smaller or zero value."""

class FloatOperation(DecimalException, TypeError):
    """A float was mixed with a Decimal."""

# In the order a Context's repr lists them.
_SIGNALS = [InvalidOperation, FloatOperation, DivisionByZero, Overflow,
            Underflow, Subnormal, Inexact, Rounded, Clamped]
# The signal each condition raises (conditions not listed are signals).
_CONDITION_SIGNAL = {ConversionSyntax: InvalidOperation,
                     DivisionImpossible: InvalidOperation,
                     DivisionUndefined: InvalidOperation,
                     InvalidContext: InvalidOperation}


# --- helpers on coefficients ---

def _ndigits(n):
    """The number of decimal digits of the non-negative int n (1 for 0)."""
    if n < 10 ** 18:
        return len(str(n))
    # 10**k <= n for this k (one below the estimate, to absorb float error).
    k = max(0, int((n.bit_length() - 1) * 0.30102999566398120) - 1)
    p = 10 ** (k + 1)
    while n >= p:
        k += 1
        p *= 10
    return k + 1


def _round_coefficient(sign, coef, drop, rounding):
    """coef without its last `drop` digits (drop > 0), rounded as `rounding`
    says; returns (new coefficient, whether non-zero digits were dropped)."""
    scale = 10 ** drop
    kept, rest = divmod(coef, scale)
    if rest == 0:
        return kept, False
    half = scale // 2
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    elif rounding == ROUND_HALF_UP:
        up = rest >= half
    elif rounding == ROUND_HALF_DOWN:
        up = rest > half
    elif rounding == ROUND_HALF_EVEN:
        up = rest > half or (rest == half and kept % 2 == 1)
    else:  # ROUND_05UP
        up = kept % 10 in (0, 5)
    return kept + 1 if up else kept, True


# --- Decimal ---

_FINITE, _INF, _NAN, _SNAN = 0, 1, 2, 3


def _make(sign, coef, exp, kind=_FINITE):
    d = object.__new__(Decimal)
    d._sign = sign
    d._coef = coef
    d._exp = exp
    d._kind = kind
    return d


def _parse(text):
    """(sign, coefficient, exponent, kind) of a numeric string, or None."""
    s = text.strip().replace('_', '')
    if not s:
        return None
    sign = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return sign, 0, 0, _INF
    for prefix, kind in (('snan', _SNAN), ('nan', _NAN)):
        if low.startswith(prefix):
            payload = low[len(prefix):]
            if payload == '':
                return sign, 0, 0, kind
            if payload.isdigit() and payload.isascii():
                return sign, int(payload), 0, kind
            return None
    exp = 0
    epos = max(low.find('e'), -1)
    if epos >= 0:
        etext = low[epos + 1:]
        low = low[:epos]
        digits = etext[1:] if etext[:1] in ('+', '-') else etext
        if not digits or not (digits.isdigit() and digits.isascii()):
            return None
        exp = int(etext)
    intpart, dot, frac = low.partition('.')
    if not intpart and not frac:
        return None
    for part in (intpart, frac):
        if part and not (part.isdigit() and part.isascii()):
            return None
    return sign, int(intpart + frac), exp - len(frac), _FINITE


def _from_float(f):
    if f != f:
        return _make(1 if _math.copysign(1.0, f) < 0 else 0, 0, 0, _NAN)
    sign = 1 if _math.copysign(1.0, f) < 0 else 0
    if f in (float('inf'), float('-inf')):
        return _make(sign, 0, 0, _INF)
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1          # d is a power of two
    return _make(sign, n * 5 ** k, -k)


def _convert(other, allow_float=False):
    """other as a Decimal, or NotImplemented for foreign types."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _make(1 if other < 0 else 0, abs(other), 0)
    if allow_float and isinstance(other, float):
        getcontext()._signal(FloatOperation, FloatOperation, "strict semantics for mixing floats and Decimals are enabled")
        return _from_float(other)
    return NotImplemented


class Decimal(object):
    """Decimal(value="0", context=None): an exact decimal number made from
    an int, a str, a float, a tuple (sign, digits, exponent) or a Decimal."""

    __slots__ = ('_sign', '_coef', '_exp', '_kind')

    def __new__(cls, value="0", context=None):
        if isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                ctx = context if context is not None else getcontext()
                return ctx._signal(ConversionSyntax, InvalidOperation, "Invalid literal for Decimal")
            sign, coef, exp, kind = parsed
        elif isinstance(value, Decimal):
            sign, coef, exp, kind = value._sign, value._coef, value._exp, value._kind
        elif isinstance(value, int):
            sign, coef, exp, kind = (1 if value < 0 else 0), abs(value), 0, _FINITE
        elif isinstance(value, float):
            d = _from_float(value)
            sign, coef, exp, kind = d._sign, d._coef, d._exp, d._kind
        elif isinstance(value, (list, tuple)):
            sign, coef, exp, kind = cls._from_tuple(value)
        else:
            raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)
        d = object.__new__(cls)
        d._sign, d._coef, d._exp, d._kind = sign, coef, exp, kind
        return d

    @staticmethod
    def _from_tuple(value):
        if len(value) != 3:
            raise ValueError("argument must be a sequence of length 3")
        sign, digits, exp = value
        if sign not in (0, 1) or not isinstance(sign, int):
            raise ValueError("sign must be an integer with the value 0 or 1")
        coef = 0
        for digit in digits:
            if not isinstance(digit, int) or not 0 <= digit <= 9:
                raise ValueError("coefficient must be a tuple of digits")
            coef = coef * 10 + digit
        if exp == 'F':
            return sign, 0, 0, _INF
        if exp in ('n', 'N'):
            return sign, coef, 0, _NAN if exp == 'n' else _SNAN
        if not isinstance(exp, int):
            raise ValueError("exponent must be an integer")
        return sign, coef, exp, _FINITE

    @classmethod
    def from_float(cls, f):
        """The exact value of the float (or int) f."""
        if isinstance(f, int):
            d = _make(1 if f < 0 else 0, abs(f), 0)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError("argument must be int or float")
        return d if cls is Decimal else cls(d)

    # --- predicates and views ---

    def is_nan(self):
        return self._kind in (_NAN, _SNAN)

    def is_qnan(self):
        return self._kind == _NAN

    def is_snan(self):
        return self._kind == _SNAN

    def is_infinite(self):
        return self._kind == _INF

    def is_finite(self):
        return self._kind == _FINITE

    def is_zero(self):
        return self._kind == _FINITE and self._coef == 0

    def is_signed(self):
        return self._sign == 1

    def is_canonical(self):
        return True

    def is_normal(self, context=None):
        ctx = context if context is not None else getcontext()
        return self._kind == _FINITE and self._coef != 0 and self.adjusted() >= ctx.Emin

    def is_subnormal(self, context=None):
        ctx = context if context is not None else getcontext()
        return self._kind == _FINITE and self._coef != 0 and self.adjusted() < ctx.Emin

    def adjusted(self):
        """The exponent of the most significant digit."""
        if self._kind != _FINITE:
            return 0
        return self._exp + _ndigits(self._coef) - 1

    def as_tuple(self):
        if self._kind == _INF:
            return DecimalTuple(self._sign, (0,), 'F')
        digits = tuple(int(c) for c in str(self._coef)) if (self._coef or self._kind == _FINITE) else ()
        if self._kind == _NAN:
            return DecimalTuple(self._sign, digits, 'n')
        if self._kind == _SNAN:
            return DecimalTuple(self._sign, digits, 'N')
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._kind == _INF:
            raise OverflowError("cannot convert Infinity to integer ratio")
        if self._kind != _FINITE:
            raise ValueError("cannot convert NaN to integer ratio")
        n = -self._coef if self._sign else self._coef
        if self._exp >= 0:
            return n * 10 ** self._exp, 1
        d = 10 ** -self._exp
        g = _math.gcd(n, d)
        return n // g, d // g

    def canonical(self):
        return self

    def copy_abs(self):
        return _make(0, self._coef, self._exp, self._kind)

    def copy_negate(self):
        return _make(1 - self._sign, self._coef, self._exp, self._kind)

    def copy_sign(self, other, context=None):
        other = _convert_strict(other)
        return _make(other._sign, self._coef, self._exp, self._kind)

    def radix(self):
        return Decimal(10)

    # --- text ---

    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._kind == _INF:
            return sign + 'Infinity'
        if self._kind in (_NAN, _SNAN):
            body = 'sNaN' if self._kind == _SNAN else 'NaN'
            return sign + body + (str(self._coef) if self._coef else '')
        digits = str(self._coef)
        # `lead`: the exponent just above the first digit; `point`: how many
        # digits stand before the decimal point (may be <= 0 or past the end).
        lead = self._exp + len(digits)
        if self._exp <= 0 and lead > -6:
            point = lead
        elif not eng:
            point = 1
        elif self._coef == 0:
            point = (lead + 1) % 3 - 1      # the exponent becomes a multiple of 3
        else:
            point = (lead - 1) % 3 + 1
        if point <= 0:
            text = '0.' + '0' * -point + digits
        elif point >= len(digits):
            text = digits + '0' * (point - len(digits))
        else:
            text = digits[:point] + '.' + digits[point:]
        if lead == point:
            return sign + text
        ctx = context if context is not None else getcontext()
        return sign + text + ('E' if ctx.capitals else 'e') + '%+d' % (lead - point)

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def __format__(self, spec):
        return _format_decimal(self, spec)

    # --- conversions ---

    def __bool__(self):
        return self._kind != _FINITE or self._coef != 0

    def _check_integral_conversion(self):
        if self._kind in (_NAN, _SNAN):
            raise ValueError("cannot convert NaN to integer")
        if self._kind == _INF:
            raise OverflowError("cannot convert Infinity to integer")

    def __int__(self):
        self._check_integral_conversion()
        if self._exp >= 0:
            n = self._coef * 10 ** self._exp
        else:
            n = self._coef // 10 ** -self._exp
        return -n if self._sign else n

    __trunc__ = __int__

    def __float__(self):
        if self._kind == _NAN:
            return float('-nan') if self._sign else float('nan')
        if self._kind == _SNAN:
            raise ValueError("cannot convert signaling NaN to float")
        if self._kind == _INF:
            return float('-inf') if self._sign else float('inf')
        if self._coef == 0:
            return -0.0 if self._sign else 0.0
        return float(str(self))

    def __complex__(self):
        return complex(float(self))

    def _integral(self, rounding):
        """self rounded to an integer Decimal (exponent 0 or more)."""
        if self._kind != _FINITE or self._exp >= 0:
            return self
        coef, _ = _round_coefficient(self._sign, self._coef, -self._exp, rounding)
        return _make(self._sign, coef, 0)

    def __floor__(self):
        self._check_integral_conversion()
        return int(self._integral(ROUND_FLOOR))

    def __ceil__(self):
        self._check_integral_conversion()
        return int(self._integral(ROUND_CEILING))

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError("Second argument to round should be integral")
            return self.quantize(_make(0, 1, -n))
        self._check_integral_conversion()
        return int(self._integral(ROUND_HALF_EVEN))

    def to_integral_value(self, rounding=None, context=None):
        ctx = context if context is not None else getcontext()
        if self._kind in (_NAN, _SNAN):
            return ctx._nan_result(self)
        return self._integral(rounding or ctx.rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = context if context is not None else getcontext()
        if self._kind in (_NAN, _SNAN):
            return ctx._nan_result(self)
        result = self._integral(rounding or ctx.rounding)
        if result is not self:
            ctx._flag(Rounded)
            if result != self:
                ctx._flag(Inexact)
        return result

    # --- hashing and comparison ---

    def __hash__(self):
        if self._kind == _SNAN:
            raise TypeError("Cannot hash a signaling NaN value")
        if self._kind == _NAN:
            return object.__hash__(self)
        if self._kind == _INF:
            return -314159 if self._sign else 314159
        modulus = 2305843009213693951
        if self._exp >= 0:
            scale = pow(10, self._exp, modulus)
        else:
            scale = pow(pow(10, modulus - 2, modulus), -self._exp, modulus)
        h = self._coef * scale % modulus
        h = -h if self._sign else h
        return -2 if h == -1 else h

    def _cmp(self, other):
        """-1, 0 or 1 comparing two non-NaN Decimals."""
        if self._kind == _INF or other._kind == _INF:
            a = 0 if self._kind != _INF else (-1 if self._sign else 1)
            b = 0 if other._kind != _INF else (-1 if other._sign else 1)
            if a != b:
                return -1 if a < b else 1
            if a != 0:
                return 0
            # one side infinite, the other finite
        if not self._coef and not other._coef:
            return 0
        if not self._coef:
            return 1 if other._sign else -1
        if not other._coef:
            return -1 if self._sign else 1
        if self._sign != other._sign:
            return -1 if self._sign else 1
        low = min(self._exp, other._exp)
        # Compare magnitudes; adjusted exponents settle most cases cheaply.
        a_adj, b_adj = self.adjusted(), other.adjusted()
        if a_adj != b_adj:
            result = 1 if a_adj > b_adj else -1
        else:
            a = self._coef * 10 ** (self._exp - low)
            b = other._coef * 10 ** (other._exp - low)
            result = (a > b) - (a < b)
        return -result if self._sign else result

    def _compare_operand(self, other, ordering):
        other = _convert(other, allow_float=True)
        if other is NotImplemented:
            if isinstance(other, _numbers.Rational):
                return NotImplemented
            return NotImplemented
        if self._kind in (_NAN, _SNAN) or other._kind in (_NAN, _SNAN):
            if ordering or self._kind == _SNAN or other._kind == _SNAN:
                getcontext()._signal(InvalidOperation, InvalidOperation, "comparison involving NaN")
            return None
        return other

    def __eq__(self, other):
        other = _convert(other, allow_float=True)
        if other is NotImplemented:
            return NotImplemented
        if self._kind in (_NAN, _SNAN) or other._kind in (_NAN, _SNAN):
            if self._kind == _SNAN or other._kind == _SNAN:
                getcontext()._signal(InvalidOperation, InvalidOperation, "comparison involving sNaN")
            return False
        return self._cmp(other) == 0

    def _order(self, other, test):
        other = self._compare_operand(other, True)
        if other is NotImplemented:
            return NotImplemented
        if other is None:
            return False
        return test(self._cmp(other))

    def __lt__(self, other):
        return self._order(other, lambda c: c < 0)

    def __le__(self, other):
        return self._order(other, lambda c: c <= 0)

    def __gt__(self, other):
        return self._order(other, lambda c: c > 0)

    def __ge__(self, other):
        return self._order(other, lambda c: c >= 0)

    def compare(self, other, context=None):
        other = _convert_strict(other)
        ctx = context if context is not None else getcontext()
        nan = ctx._nan_operands(self, other)
        if nan is not None:
            return nan
        return Decimal(self._cmp(other))

    def max(self, other, context=None):
        other = _convert_strict(other)
        ctx = context if context is not None else getcontext()
        if self.is_nan() or other.is_nan():
            if self._kind == _NAN and other._kind == _FINITE | 0 and other._kind != _SNAN:
                return ctx.plus(other)
            if other._kind == _NAN and self._kind != _SNAN and not self.is_nan():
                return ctx.plus(self)
            return ctx._nan_operands(self, other)
        return ctx.plus(self if self._cmp(other) >= 0 else other)

    def min(self, other, context=None):
        other = _convert_strict(other)
        ctx = context if context is not None else getcontext()
        if self.is_nan() or other.is_nan():
            if self._kind == _NAN and not other.is_nan():
                return ctx.plus(other)
            if other._kind == _NAN and not self.is_nan():
                return ctx.plus(self)
            return ctx._nan_operands(self, other)
        return ctx.plus(self if self._cmp(other) <= 0 else other)

    # --- arithmetic ---

    def __neg__(self, context=None):
        return (context or getcontext()).minus(self)

    def __pos__(self, context=None):
        return (context or getcontext()).plus(self)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        return (context or getcontext()).abs(self)

    def __add__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return (context or getcontext()).add(self, other)

    def __radd__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return (context or getcontext()).add(other, self)

    def __sub__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return (context or getcontext()).subtract(self, other)

    def __rsub__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return (context or getcontext()).subtract(other, self)

    def __mul__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return (context or getcontext()).multiply(self, other)

    def __rmul__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return (context or getcontext()).multiply(other, self)

    def __truediv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return (context or getcontext()).divide(self, other)

    def __rtruediv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return (context or getcontext()).divide(other, self)

    def __floordiv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return (context or getcontext()).divide_int(self, other)

    def __rfloordiv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return (context or getcontext()).divide_int(other, self)

    def __mod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return (context or getcontext()).remainder(self, other)

    def __rmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return (context or getcontext()).remainder(other, self)

    def __divmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return (context or getcontext()).divmod(self, other)

    def __rdivmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return (context or getcontext()).divmod(other, self)

    def __pow__(self, other, modulo=None, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return (context or getcontext()).power(self, other, modulo)

    def __rpow__(self, other, modulo=None, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return (context or getcontext()).power(other, self, modulo)

    def sqrt(self, context=None):
        return (context or getcontext()).sqrt(self)

    def quantize(self, exp, rounding=None, context=None):
        return (context or getcontext()).quantize(self, exp, rounding)

    def normalize(self, context=None):
        return (context or getcontext()).normalize(self)

    def same_quantum(self, other, context=None):
        other = _convert_strict(other)
        if self.is_nan() or other.is_nan():
            return self.is_nan() and other.is_nan()
        if self._kind == _INF or other._kind == _INF:
            return self._kind == other._kind
        return self._exp == other._exp

    def fma(self, other, third, context=None):
        ctx = context or getcontext()
        other, third = _convert_strict(other), _convert_strict(third)
        exact = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN, traps=[])
        return ctx.add(exact.multiply(self, other), third)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (self.__class__, (str(self),))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self


def _convert_strict(other):
    d = _convert(other)
    if d is NotImplemented:
        raise TypeError("conversion from %s to Decimal is not supported" % type(other).__name__)
    return d


_numbers.Number.register(Decimal)


# --- Context ---

class Context(object):
    """Context(prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
    clamp=None, flags=None, traps=None): precision, rounding, exponent limits
    and the signals that raise (traps) or were seen (flags)."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        base = DefaultContext if '_default_ready' in globals() else None
        self.prec = prec if prec is not None else (base.prec if base else 28)
        self.rounding = rounding if rounding is not None else (base.rounding if base else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (base.Emin if base else -999999)
        self.Emax = Emax if Emax is not None else (base.Emax if base else 999999)
        self.capitals = capitals if capitals is not None else (base.capitals if base else 1)
        self.clamp = clamp if clamp is not None else (base.clamp if base else 0)
        if traps is None:
            traps = dict(base.traps) if base else {s: s in (InvalidOperation, DivisionByZero, Overflow) for s in _SIGNALS}
        elif not isinstance(traps, dict):
            traps = {s: s in traps for s in _SIGNALS}
        if flags is None:
            flags = {s: False for s in _SIGNALS}
        elif not isinstance(flags, dict):
            flags = {s: s in flags for s in _SIGNALS}
        object.__setattr__(self, 'traps', dict(traps))
        object.__setattr__(self, 'flags', dict(flags))

    def __setattr__(self, name, value):
        if name == 'prec':
            if not isinstance(value, int):
                raise TypeError("an integer is required")
            if not 1 <= value <= MAX_PREC:
                raise ValueError("valid range for prec is [1, MAX_PREC]")
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")
        elif name == 'Emin':
            if not isinstance(value, int):
                raise TypeError("an integer is required")
            if not MIN_EMIN <= value <= 0:
                raise ValueError("valid range for Emin is [MIN_EMIN, 0]")
        elif name == 'Emax':
            if not isinstance(value, int):
                raise TypeError("an integer is required")
            if not 0 <= value <= MAX_EMAX:
                raise ValueError("valid range for Emax is [0, MAX_EMAX]")
        elif name in ('capitals', 'clamp'):
            if not isinstance(value, int):
                raise TypeError("an integer is required")
            if value not in (0, 1):
                raise ValueError("valid values for %s are 0 or 1" % name)
        elif name in ('traps', 'flags'):
            if not isinstance(value, dict):
                value = {s: s in value for s in _SIGNALS}
        else:
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)

    def __repr__(self):
        flags = [s.__name__ for s in _SIGNALS if self.flags.get(s)]
        traps = [s.__name__ for s in _SIGNALS if self.traps.get(s)]
        return ("Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, "
                "flags=[%s], traps=[%s])" % (self.prec, self.rounding, self.Emin, self.Emax,
                                             self.capitals, self.clamp, ", ".join(flags), ", ".join(traps)))

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax,
                       self.capitals, self.clamp, dict(self.flags), dict(self.traps))

    __copy__ = copy

    def clear_flags(self):
        for s in self.flags:
            self.flags[s] = False

    def clear_traps(self):
        for s in self.traps:
            self.traps[s] = False

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def radix(self):
        return Decimal(10)

    # --- signals ---

    def _flag(self, signal):
        self.flags[signal] = True

    def _signal(self, condition, signal, explanation=""):
        """Records `signal`; raises it (with [condition]) when trapped, else
        returns the quiet result: a NaN for InvalidOperation."""
        self.flags[signal] = True
        if self.traps.get(signal):
            raise signal([condition])
        if signal is InvalidOperation:
            return _make(0, 0, 0, _NAN)
        return None

    def _nan_result(self, d):
        """A NaN operand as a result: an sNaN signals and turns quiet."""
        if d._kind == _SNAN:
            self._signal(InvalidOperation, InvalidOperation, "sNaN")
            return _make(d._sign, d._coef, 0, _NAN)
        return d

    def _nan_operands(self, *ds):
        """The NaN result of an operation on NaNs (None when there is none)."""
        for d in ds:
            if d._kind == _SNAN:
                return self._nan_result(d)
        for d in ds:
            if d._kind == _NAN:
                return d
        return None

    # --- rounding to the context ---

    def _round(self, sign, coef, exp, rounding=None):
        """The finite value (sign, coef, exp) fitted to this context."""
        rounding = rounding or self.rounding
        prec = self.prec
        etiny = self.Emin - prec + 1
        ndigits = _ndigits(coef)
        inexact = rounded = False
        subnormal = coef != 0 and exp + ndigits - 1 < self.Emin
        # Too many digits, or below the smallest exponent: drop digits.
        drop = max(ndigits - prec, etiny - exp)
        if drop > 0:
            if coef == 0:
                exp = etiny
                self._flag(Clamped)
            else:
                coef, inexact = _round_coefficient(sign, coef, drop, rounding)
                exp += drop
                rounded = True
                if _ndigits(coef) > prec:       # rounding carried into a new digit
                    coef //= 10
                    exp += 1
        if coef != 0 and exp + _ndigits(coef) - 1 > self.Emax:
            return self._overflow(sign, rounding)
        if coef == 0 and exp > self.Emax - (prec - 1 if self.clamp else 0):
            exp = self.Emax - (prec - 1 if self.clamp else 0)
            self._flag(Clamped)
        if self.clamp and coef != 0 and exp > self.Emax - prec + 1:
            coef *= 10 ** (exp - (self.Emax - prec + 1))
            exp = self.Emax - prec + 1
            self._flag(Clamped)
        result = _make(sign, coef, exp)
        if subnormal:
            self._signal(Subnormal, Subnormal)
            if inexact:
                if coef == 0:
                    self._flag(Clamped)
                self._signal(Underflow, Underflow)
        if rounded:
            self._signal(Rounded, Rounded)
        if inexact:
            self._signal(Inexact, Inexact)
        return result

    def _overflow(self, sign, rounding):
        self._flag(Inexact)
        self._flag(Rounded)
        self._signal(Overflow, Overflow)
        to_infinity = (rounding in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP)
                       or (rounding == ROUND_CEILING and sign == 0)
                       or (rounding == ROUND_FLOOR and sign == 1))
        if to_infinity:
            return _make(sign, 0, 0, _INF)
        return _make(sign, 10 ** self.prec - 1, self.Emax - self.prec + 1)

    def _fit(self, d):
        return d if d._kind != _FINITE else self._round(d._sign, d._coef, d._exp)

    def create_decimal(self, num="0"):
        """num as a Decimal rounded to this context."""
        if isinstance(num, str) and num != num.strip():
            return self._signal(ConversionSyntax, InvalidOperation, "leading or trailing whitespace")
        d = Decimal(num, self)
        if d._kind in (_NAN, _SNAN):
            if _ndigits(d._coef) > self.prec - self.clamp and d._coef:
                return self._signal(ConversionSyntax, InvalidOperation, "diagnostic info too long in NaN")
            return d
        return self._fit(d)

    def create_decimal_from_float(self, f):
        return self._fit(Decimal.from_float(f))

    # --- operations ---

    def plus(self, a):
        a = _convert_strict(a)
        if a._kind in (_NAN, _SNAN):
            return self._nan_result(a)
        if a._kind == _FINITE and a._coef == 0:
            return self._round(1 if self.rounding == ROUND_FLOOR and a._sign else 0, 0, a._exp)
        return self._fit(a)

    def minus(self, a):
        a = _convert_strict(a)
        if a._kind in (_NAN, _SNAN):
            return self._nan_result(a)
        if a._kind == _FINITE and a._coef == 0:
            return self._round(1 if self.rounding == ROUND_FLOOR and not a._sign else 0, 0, a._exp)
        return self._fit(a.copy_negate())

    def abs(self, a):
        a = _convert_strict(a)
        return self.minus(a) if a._sign else self.plus(a)

    def add(self, a, b):
        a, b = _convert_strict(a), _convert_strict(b)
        nan = self._nan_operands(a, b)
        if nan is not None:
            return nan
        if a._kind == _INF or b._kind == _INF:
            if a._kind == _INF and b._kind == _INF and a._sign != b._sign:
                return self._signal(InvalidOperation, InvalidOperation, "-INF + INF")
            return a if a._kind == _INF else b
        exp = min(a._exp, b._exp)
        if a._coef == 0 and b._coef == 0:
            if a._sign and b._sign:
                sign = 1
            else:
                sign = 1 if (self.rounding == ROUND_FLOOR and a._sign != b._sign) else 0
            return self._round(sign, 0, exp)
        a_coef, a_exp = self._shrink_far(a, b)
        b_coef, b_exp = self._shrink_far(b, a)
        exp = min(a_exp, b_exp)
        x = a_coef * 10 ** (a_exp - exp)
        y = b_coef * 10 ** (b_exp - exp)
        total = (-x if a._sign else x) + (-y if b._sign else y)
        if total == 0:
            sign = 1 if self.rounding == ROUND_FLOOR else 0
            return self._round(sign, 0, exp)
        return self._round(1 if total < 0 else 0, abs(total), exp)

    def _shrink_far(self, d, other):
        """d's (coefficient, exponent) for adding to `other`: when d lies far
        below other's digits that rounding could see, a one-digit stand-in
        just below them rounds the same way."""
        if d._coef == 0 or other._coef == 0:
            return d._coef, d._exp
        floor = other.adjusted() - self.prec - 2
        if d.adjusted() < floor and d._exp < other._exp:
            return 1, min(floor, other._exp - 1)
        return d._coef, d._exp

    def subtract(self, a, b):
        b = _convert_strict(b)
        if b._kind in (_NAN, _SNAN):
            return self.add(a, b)
        return self.add(a, b.copy_negate())

    def multiply(self, a, b):
        a, b = _convert_strict(a), _convert_strict(b)
        nan = self._nan_operands(a, b)
        if nan is not None:
            return nan
        sign = a._sign ^ b._sign
        if a._kind == _INF or b._kind == _INF:
            if a.is_zero() or b.is_zero():
                return self._signal(InvalidOperation, InvalidOperation, "0 * INF")
            return _make(sign, 0, 0, _INF)
        return self._round(sign, a._coef * b._coef, a._exp + b._exp)

    def divide(self, a, b):
        a, b = _convert_strict(a), _convert_strict(b)
        nan = self._nan_operands(a, b)
        if nan is not None:
            return nan
        sign = a._sign ^ b._sign
        if a._kind == _INF:
            if b._kind == _INF:
                return self._signal(InvalidOperation, InvalidOperation, "INF / INF")
            return _make(sign, 0, 0, _INF)
        if b._kind == _INF:
            self._signal(Clamped, Clamped)
            return _make(sign, 0, self.Etiny())
        if b._coef == 0:
            if a._coef == 0:
                return self._signal(DivisionUndefined, InvalidOperation, "0 / 0")
            self._signal(DivisionByZero, DivisionByZero, "x / 0")
            return _make(sign, 0, 0, _INF)
        ideal = a._exp - b._exp
        if a._coef == 0:
            return self._round(sign, 0, ideal)
        shift = _ndigits(b._coef) - _ndigits(a._coef) + self.prec + 1
        exp = ideal - shift
        if shift >= 0:
            q, r = divmod(a._coef * 10 ** shift, b._coef)
        else:
            q, r = divmod(a._coef, b._coef * 10 ** -shift)
        if r:
            if q % 5 == 0:
                q += 1                # a sticky digit: the quotient is not exact
        else:
            while exp < ideal and q % 10 == 0:
                q //= 10
                exp += 1
        return self._round(sign, q, exp)

    def _integer_division(self, a, b):
        """The integer quotient (a Decimal) of finite a by finite non-zero b,
        and the remainder as an unrounded (sign, coefficient, exponent); None
        when the quotient needs more digits than the precision."""
        exp = min(a._exp, b._exp)
        gap = a.adjusted() - b.adjusted()
        if a._coef == 0 or gap <= -2:
            return _make(a._sign ^ b._sign, 0, 0), (a._sign, a._coef * 10 ** (a._exp - exp), exp)
        if gap > self.prec:
            return None
        x = a._coef * 10 ** (a._exp - exp)
        y = b._coef * 10 ** (b._exp - exp)
        q, r = divmod(x, y)
        if _ndigits(q) > self.prec:
            return None
        return _make(a._sign ^ b._sign, q, 0), (a._sign, r, exp)

    def _division_specials(self, a, b, op):
        """The result of //, % or divmod when an operand is special or b is
        zero (a 2-tuple for divmod), else None."""
        nan = self._nan_operands(a, b)
        if nan is not None:
            return (nan, nan) if op == 'divmod' else nan
        sign = a._sign ^ b._sign
        if a._kind == _INF:
            if b._kind == _INF:
                r = self._signal(InvalidOperation, InvalidOperation, "INF // INF")
                return (r, r) if op == 'divmod' else r
            if op == 'divmod':
                return (_make(sign, 0, 0, _INF), self._signal(InvalidOperation, InvalidOperation, "INF % x"))
            if op == '//':
                return _make(sign, 0, 0, _INF)
            return self._signal(InvalidOperation, InvalidOperation, "INF % x")
        if b._kind == _INF:
            if op == 'divmod':
                return (_make(sign, 0, 0), self._fit(a))
            return _make(sign, 0, 0) if op == '//' else self._fit(a)
        if b._coef == 0:
            if a._coef == 0:
                r = self._signal(DivisionUndefined, InvalidOperation, "0 // 0")
                return (r, r) if op == 'divmod' else r
            if op == '%':
                return self._signal(InvalidOperation, InvalidOperation, "x % 0")
            inf = _make(sign, 0, 0, _INF)
            if op == 'divmod':
                # Both signals at once; the exception lists both conditions.
                self._flag(InvalidOperation)
                self._flag(DivisionByZero)
                for signal in (InvalidOperation, DivisionByZero):
                    if self.traps.get(signal):
                        raise signal([InvalidOperation, DivisionByZero])
                return (inf, _make(0, 0, 0, _NAN))
            self._signal(DivisionByZero, DivisionByZero, "x // 0")
            return inf
        return None

    def divide_int(self, a, b):
        a, b = _convert_strict(a), _convert_strict(b)
        special = self._division_specials(a, b, '//')
        if special is not None:
            return special
        qr = self._integer_division(a, b)
        if qr is None:
            return self._signal(DivisionImpossible, InvalidOperation, "quotient too large")
        return qr[0]

    def remainder(self, a, b):
        a, b = _convert_strict(a), _convert_strict(b)
        special = self._division_specials(a, b, '%')
        if special is not None:
            return special
        qr = self._integer_division(a, b)
        if qr is None:
            return self._signal(DivisionImpossible, InvalidOperation, "quotient too large")
        return self._round(*qr[1])

    def divmod(self, a, b):
        a, b = _convert_strict(a), _convert_strict(b)
        special = self._division_specials(a, b, 'divmod')
        if special is not None:
            return special
        qr = self._integer_division(a, b)
        if qr is None:
            r = self._signal(DivisionImpossible, InvalidOperation, "quotient too large")
            return r, r
        return qr[0], self._round(*qr[1])

    def power(self, a, b, modulo=None):
        a, b = _convert_strict(a), _convert_strict(b)
        if modulo is not None:
            return self._power_modulo(a, b, _convert_strict(modulo))
        nan = self._nan_operands(a, b)
        if nan is not None:
            return nan
        if b._kind == _INF or a._kind == _INF or b._exp < 0 and b._integral(ROUND_DOWN) != b:
            return self._power_special(a, b)
        n = int(b)
        if a._coef == 0 and a._kind == _FINITE:
            if n == 0:
                return self._signal(InvalidOperation, InvalidOperation, "0 ** 0")
            sign = a._sign if n % 2 else 0
            if n < 0:
                return _make(sign, 0, 0, _INF)
            return _make(sign, 0, 0)
        if n == 0:
            return self._round(0, 1, 0)
        sign = a._sign if n % 2 else 0
        if n > 0:
            # Exact when it fits; else round a result computed with guard digits.
            digits_needed = n * _ndigits(a._coef)
            if digits_needed <= self.prec + 20 or n < 64:
                return self._round(sign, a._coef ** n, a._exp * n)
        work = Context(prec=self.prec + len(str(abs(n))) + 3, rounding=ROUND_HALF_EVEN,
                       Emin=MIN_EMIN, Emax=MAX_EMAX, traps=[])
        base = _make(0, a._coef, a._exp)
        result = work._round(0, 1, 0)
        k = abs(n)
        while k:
            if k & 1:
                result = work.multiply(result, base)
            base = work.multiply(base, base)
            k >>= 1
        if n < 0:
            result = work.divide(_make(0, 1, 0), result)
        if result._kind != _FINITE:
            return result if result._kind != _INF else self._overflow(sign, self.rounding)
        return self._round(sign, result._coef, result._exp)

    def _power_special(self, a, b):
        if b._kind == _INF:
            if a._sign and not a.is_zero():
                return self._signal(InvalidOperation, InvalidOperation, "x ** INF with x < 0")
            mag = a.copy_abs()
            one = _make(0, 1, 0)
            c = mag._cmp(one)
            if c == 0:
                return self._round(0, 1 * 10 ** (self.prec - 1), -(self.prec - 1))
            big = (c > 0) != bool(b._sign)
            return _make(0, 0, 0, _INF) if big else _make(0, 0, 0)
        if a._kind == _INF:
            if b._integral(ROUND_DOWN) == b:
                n = int(b)
                sign = a._sign if n % 2 else 0
            else:
                if a._sign:
                    return self._signal(InvalidOperation, InvalidOperation, "-INF ** x")
                sign = 0
            if b.is_zero():
                return self._round(0, 1, 0)
            return _make(sign, 0, 0, _INF) if not b._sign else _make(sign, 0, 0)
        if a._sign and not a.is_zero():
            return self._signal(InvalidOperation, InvalidOperation, "x ** y with x < 0 and y not integral")
        if b == Decimal("0.5"):
            return self.sqrt(a)
        raise NotImplementedError("gilfree's decimal supports only integral exponents (and 0.5)")

    def _power_modulo(self, a, b, m):
        for d in (a, b, m):
            if d._kind != _FINITE or d._exp < 0 and d._integral(ROUND_DOWN) != d:
                return self._signal(InvalidOperation, InvalidOperation, "pow() 3rd argument not allowed unless all arguments are integers")
        ai, bi, mi = int(a), int(b), int(m)
        if bi < 0 or mi == 0 or (ai == 0 and bi == 0) or _ndigits(abs(mi)) > self.prec:
            return self._signal(InvalidOperation, InvalidOperation, "invalid pow() arguments")
        r = pow(abs(ai), bi, abs(mi))
        sign = 1 if ai < 0 and bi % 2 else 0
        return _make(sign, r, 0)

    def sqrt(self, a):
        a = _convert_strict(a)
        if a._kind in (_NAN, _SNAN):
            return self._nan_result(a)
        if a._kind == _INF:
            if a._sign:
                return self._signal(InvalidOperation, InvalidOperation, "sqrt(-INF)")
            return a
        ideal = a._exp // 2
        if a._coef == 0:
            return self._round(a._sign, 0, ideal)
        if a._sign:
            return self._signal(InvalidOperation, InvalidOperation, "sqrt(-x), x > 0")
        coef, exp = a._coef, a._exp
        if exp % 2:
            coef *= 10
            exp -= 1
        # Enough digits that the root has at least prec + 1 of them.
        extra = max(0, (2 * (self.prec + 1) - _ndigits(coef) + 1) // 2)
        coef *= 10 ** (2 * extra)
        exp -= 2 * extra
        root = _math.isqrt(coef)
        exp //= 2
        if root * root != coef:
            if root % 5 == 0:
                root += 1             # a sticky digit: the root is not exact
        else:
            while exp < ideal and root % 10 == 0:
                root //= 10
                exp += 1
        return self._round(0, root, exp, ROUND_HALF_EVEN)

    def quantize(self, a, b, rounding=None):
        a, b = _convert_strict(a), _convert_strict(b)
        nan = self._nan_operands(a, b)
        if nan is not None:
            return nan
        if a._kind == _INF or b._kind == _INF:
            if a._kind == _INF and b._kind == _INF:
                return a
            return self._signal(InvalidOperation, InvalidOperation, "quantize with one INF")
        exp = b._exp
        if not self.Etiny() <= exp <= self.Emax:
            return self._signal(InvalidOperation, InvalidOperation, "target exponent out of bounds in quantize")
        rounding = rounding or self.rounding
        if a._coef == 0:
            return _make(a._sign, 0, exp)
        if exp >= a._exp:
            coef, inexact = (_round_coefficient(a._sign, a._coef, exp - a._exp, rounding)
                             if exp > a._exp else (a._coef, False))
            rounded = exp > a._exp
        else:
            coef, inexact, rounded = a._coef * 10 ** (a._exp - exp), False, False
        if _ndigits(coef) > self.prec:
            return self._signal(InvalidOperation, InvalidOperation, "quantize result has too many digits for current context")
        if coef != 0 and exp + _ndigits(coef) - 1 > self.Emax:
            return self._signal(InvalidOperation, InvalidOperation, "exponent of quantize result too large for current context")
        result = _make(a._sign, coef, exp)
        if coef and result.adjusted() < self.Emin:
            self._signal(Subnormal, Subnormal)
        if rounded:
            self._signal(Rounded, Rounded)
        if inexact:
            self._signal(Inexact, Inexact)
        return result

    def normalize(self, a):
        a = _convert_strict(a)
        if a._kind in (_NAN, _SNAN):
            return self._nan_result(a)
        if a._kind == _INF:
            return a
        d = self._fit(a)
        if d._kind != _FINITE:
            return d
        if d._coef == 0:
            return _make(d._sign, 0, 0)
        coef, exp = d._coef, d._exp
        top = self.Emax - (self.prec - 1 if self.clamp else 0)
        while coef % 10 == 0 and exp < top:
            coef //= 10
            exp += 1
        return _make(d._sign, coef, exp)

    def compare(self, a, b):
        return _convert_strict(a).compare(b, self)

    def max(self, a, b):
        return _convert_strict(a).max(b, self)

    def min(self, a, b):
        return _convert_strict(a).min(b, self)

    def to_integral_value(self, a):
        return _convert_strict(a).to_integral_value(context=self)

    to_integral = to_integral_value

    def to_integral_exact(self, a):
        return _convert_strict(a).to_integral_exact(context=self)

    def to_sci_string(self, a):
        return _convert_strict(a).__str__(context=self)

    def to_eng_string(self, a):
        return _convert_strict(a).to_eng_string(context=self)

    def is_nan(self, a):
        return _convert_strict(a).is_nan()

    def is_zero(self, a):
        return _convert_strict(a).is_zero()

    def is_signed(self, a):
        return _convert_strict(a).is_signed()

    def is_finite(self, a):
        return _convert_strict(a).is_finite()

    def is_infinite(self, a):
        return _convert_strict(a).is_infinite()

    def copy_abs(self, a):
        return _convert_strict(a).copy_abs()

    def copy_negate(self, a):
        return _convert_strict(a).copy_negate()

    def copy_decimal(self, a):
        return Decimal(_convert_strict(a))

    def fma(self, a, b, c):
        return _convert_strict(a).fma(b, c, context=self)

    def same_quantum(self, a, b):
        return _convert_strict(a).same_quantum(b)


# --- the current context (one per thread) ---

DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                         capitals=1, clamp=0, flags=[],
                         traps=[DivisionByZero, Overflow, InvalidOperation])
_default_ready = True
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, flags=[],
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, flags=[], traps=[])

import threading as _threading
_local = _threading.local()


def getcontext():
    """This thread's current context (a copy of DefaultContext at first)."""
    try:
        return _local.context
    except AttributeError:
        ctx = DefaultContext.copy()
        ctx.clear_flags()
        _local.context = ctx
        return ctx


def setcontext(context):
    """Makes `context` this thread's current context."""
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _local.context = context


class _ContextManager(object):
    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """A context manager that runs its block with a copy of ctx (default:
    the current context), changed by the keyword arguments."""
    manager = _ContextManager(ctx if ctx is not None else getcontext())
    for key, value in kwargs.items():
        if key not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps'):
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        setattr(manager.new_context, key, value)
    return manager


# --- format() ---

def _format_decimal(d, spec):
    """format(d, spec) for the presentation types '', e, E, f, F, g, G and %."""
    import re
    m = re.fullmatch(r'(?:(.)?([<>=^]))?([-+ ])?(z)?(0)?(\d+)?(,)?(?:\.(\d+))?([eEfFgG%])?', spec, re.S)
    if m is None:
        raise ValueError("invalid format string")
    fill, align, sign_opt, negzero, zero, width, grouping, precision, kind = m.groups()
    zeropad = bool(zero) and fill is None and align is None
    if zeropad:
        fill, align = '0', '='
    fill = fill or ' '
    align = align or '>'
    width = int(width) if width else 0
    precision = int(precision) if precision is not None else None
    sign = '-' if d._sign else ('+' if sign_opt == '+' else (' ' if sign_opt == ' ' else ''))
    if d._kind != _FINITE:
        body = 'Infinity' if d._kind == _INF else ('sNaN' if d._kind == _SNAN else 'NaN')
        if kind == '%':
            body += '%'
        if zeropad:
            fill, align = ' ', '>'
        return _pad(sign, body, fill, align, width)
    unsigned = '+' if sign_opt == '+' else (' ' if sign_opt == ' ' else '')
    if negzero and d._coef == 0:
        sign = unsigned
    rounding = getcontext().rounding
    mag = d.copy_abs()
    if kind is None or kind in 'gG':
        if precision is not None:
            p = precision or 1
            if mag._coef and _ndigits(mag._coef) > p:
                mag = _round_significant(mag, p, rounding)
        capitals = 0 if kind == 'g' else (1 if kind == 'G' else getcontext().capitals)
        text = mag.__str__(context=Context(capitals=capitals))
        cut = min([i for i in (text.find('.'), text.find('e'), text.find('E')) if i >= 0] or [len(text)])
        intpart, rest = text[:cut], text[cut:]
    elif kind in 'eE':
        if precision is not None and mag._coef and _ndigits(mag._coef) > precision + 1:
            mag = _round_significant(mag, precision + 1, rounding)
        digits = str(mag._coef)
        # a zero keeps its exponent for the last digit shown
        adj = mag.adjusted() if mag._coef else mag._exp + (precision or 0)
        if precision is not None and len(digits) < precision + 1:
            digits += '0' * (precision + 1 - len(digits))
        intpart = digits[0]
        rest = ('.' + digits[1:] if len(digits) > 1 else '') + kind + '%+d' % adj
    else:  # f, F, %
        if kind == '%':
            mag = _make(0, mag._coef, mag._exp + 2)
        if precision is not None:
            mag = _quantize_exact(mag, -precision, rounding)
        digits = str(mag._coef)
        if mag._exp >= 0:
            intpart, rest = (digits + '0' * mag._exp) if mag._coef else '0', ''
        else:
            digits = digits.rjust(-mag._exp + 1, '0')
            intpart, rest = digits[:mag._exp], '.' + digits[mag._exp:]
        if kind == '%':
            rest += '%'
    if negzero and kind in ('f', '%') and not intpart.strip('0') and not rest.strip('.0%'):
        # As in CPython 3.11's C decimal, 'z' drops the sign of a value that
        # rounds to zero only for 'f' and '%' (for other types, only of a zero).
        sign = unsigned
    if grouping:
        min_width = width - len(sign) - len(rest) if zeropad else 0
        intpart = _group(intpart, ',', min_width)
    return _pad(sign, intpart + rest, fill, align, width)


def _group(digits, sep, min_width=0):
    """digits with `sep` between groups of three, padded with zeros (and
    their separators) to at least min_width characters."""
    groups = []
    while True:
        size = min(max(len(digits), min_width, 1), 3)
        groups.append(digits[-size:].rjust(size, '0') if digits else '0' * size)
        digits = digits[:-size] if len(digits) > size else ''
        min_width -= size
        if not digits and min_width <= 0:
            break
        min_width -= len(sep)
    return sep.join(reversed(groups))


def _quantize_exact(d, exp, rounding):
    """d with exponent exp (rounded when that drops digits)."""
    if exp <= d._exp:
        return _make(d._sign, d._coef * 10 ** (d._exp - exp), exp)
    coef, _ = _round_coefficient(d._sign, d._coef, exp - d._exp, rounding)
    return _make(d._sign, coef, exp)


def _round_significant(d, digits, rounding):
    """d rounded to `digits` significant digits (a carry keeps the count)."""
    r = _quantize_exact(d, d.adjusted() - digits + 1, rounding)
    if _ndigits(r._coef) > digits:
        r = _make(r._sign, r._coef // 10, r._exp + 1)
    return r


def _pad(sign, body, fill, align, width):
    pad = max(0, width - len(sign) - len(body))
    if align == '<':
        return sign + body + fill * pad
    if align == '^':
        return fill * (pad // 2) + sign + body + fill * (pad - pad // 2)
    if align == '=':
        return sign + fill * pad + body
    return fill * pad + sign + body
