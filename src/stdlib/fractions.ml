"""Fraction, infinite-precision, rational numbers (CPython's fractions).

Written in the language itself, after CPython 3.11's fractions.py.
Differences from CPython, because of what the compiler offers so far:
- there is no numbers module (no abstract Rational / Real): the rational
  operands are int, bool and Fraction, the real ones float; there is no
  decimal module, so no from_decimal() and no Decimal operand;
- divmod(x, f) with x not a Fraction calls f.__rfloordiv__ and f.__rmod__
  (the compiler does not call __rdivmod__): the result is the same;
- an operator with an unsupported operand raises CPython's TypeError
  itself instead of returning NotImplemented (written before the compiler
  had it: another class's reflected method is not tried), and == with a
  foreign object is False;
- the string parser takes ASCII digits only (CPython's regex takes any
  Unicode decimal digit);
- a fractional power of a negative Fraction gives what the compiler's
  float ** float gives (CPython gives a complex).
"""

import math

__all__ = ['Fraction']

_PyHASH_MODULUS = 2305843009213693951   # sys.hash_info.modulus
_PyHASH_INF = 314159                    # sys.hash_info.inf


def _as_integer_ratio(x):
    # float.as_integer_ratio (the compiler's float has none yet)
    if x != x:
        raise ValueError("cannot convert NaN to integer ratio")
    if x == math.inf or x == -math.inf:
        raise OverflowError("cannot convert Infinity to integer ratio")
    m, e = math.frexp(x)
    n = int(m * 9007199254740992.0)   # 2**53
    e -= 53
    if n == 0:
        return 0, 1
    while n % 2 == 0 and e < 0:
        n //= 2
        e += 1
    if e >= 0:
        return n << e, 1
    return n, 1 << (-e)


def _is_rational(x):
    return isinstance(x, int) or isinstance(x, Fraction)


def _digit_run(s, i):
    # \d+(_\d+)* at s[i:]: its end, or i when there is none
    n = len(s)
    j = i
    if j >= n or not ('0' <= s[j] <= '9'):
        return i
    while j < n and '0' <= s[j] <= '9':
        j += 1
    while j + 1 < n and s[j] == '_' and '0' <= s[j + 1] <= '9':
        j += 1
        while j < n and '0' <= s[j] <= '9':
            j += 1
    return j


def _parse(text):
    # CPython's _RATIONAL_FORMAT: (numerator, denominator) or None
    s = text.strip()
    n = len(s)
    i = 0
    negative = False
    if i < n and (s[i] == '+' or s[i] == '-'):
        negative = s[i] == '-'
        i += 1
    if not (i < n and ('0' <= s[i] <= '9' or
                       (s[i] == '.' and i + 1 < n and '0' <= s[i + 1] <= '9'))):
        return None
    j = _digit_run(s, i)
    num_text = s[i:j]
    i = j
    numerator = int(num_text.replace('_', '')) if num_text else 0
    denominator = 1
    if i < n and s[i] == '/':
        j = _digit_run(s, i + 1)
        if j == i + 1 or j != n:
            return None
        denominator = int(s[i + 1:j].replace('_', ''))
    else:
        if i < n and s[i] == '.':
            j = _digit_run(s, i + 1)
            decimal = s[i + 1:j].replace('_', '')
            i = j
            if decimal:
                scale = 10 ** len(decimal)
                numerator = numerator * scale + int(decimal)
                denominator *= scale
        if i < n and (s[i] == 'e' or s[i] == 'E'):
            k = i + 1
            exp_negative = False
            if k < n and (s[k] == '+' or s[k] == '-'):
                exp_negative = s[k] == '-'
                k += 1
            j = _digit_run(s, k)
            if j == k:
                return None
            exp = int(s[k:j].replace('_', ''))
            if exp_negative:
                exp = -exp
            i = j
            if exp >= 0:
                numerator *= 10 ** exp
            else:
                denominator *= 10 ** -exp
        if i != n:
            return None
    if negative:
        numerator = -numerator
    return numerator, denominator


def _type_name(obj):
    return type(obj).__name__


def _binop_error(op, a, b):
    if op == "+" and (isinstance(a, str) or isinstance(a, list) or isinstance(a, tuple)):
        raise TypeError('can only concatenate %s (not "%s") to %s' % (_type_name(a), _type_name(b), _type_name(a)))
    if op == "*" and (isinstance(a, str) or isinstance(a, list) or isinstance(a, tuple)):
        raise TypeError("can't multiply sequence by non-int of type '%s'" % _type_name(b))
    raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'" % (op, _type_name(a), _type_name(b)))


def _fallback(x, other):
    """A Fraction as the operand CPython's fallback makes of it: complex(x)
    beside a complex, else float(x)."""
    return complex(x.__float__()) if isinstance(other, complex) else x.__float__()


class Fraction:
    """This class implements rational numbers.

    In the two-argument form of the constructor, Fraction(8, 6) will
    produce a rational number equivalent to 4/3. Both arguments must
    be Rational. The numerator defaults to 0 and the denominator
    defaults to 1 so that Fraction(3) == 3 and Fraction() == 0.

    Fractions can also be constructed from:

      - numeric strings similar to those accepted by the
        float constructor (for example, '-2.3' or '1e10')

      - strings of the form '123/456'

      - float instances

      - other Rational instances (including integers)
    """

    def __init__(self, numerator=0, denominator=None, *, _normalize=True):
        if denominator is None:
            if isinstance(numerator, int):
                self._numerator = int(numerator)
                self._denominator = 1
                return
            elif isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return
            elif isinstance(numerator, float):
                # Exact conversion
                self._numerator, self._denominator = _as_integer_ratio(numerator)
                return
            elif isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %s' % repr(numerator))
                numerator, denominator = parsed
            else:
                raise TypeError("argument should be a string "
                                "or a Rational instance")
        elif isinstance(numerator, int) and isinstance(denominator, int):
            numerator = int(numerator)
            denominator = int(denominator)
        elif _is_rational(numerator) and _is_rational(denominator):
            numerator, denominator = (
                _numer(numerator) * _denom(denominator),
                _numer(denominator) * _denom(numerator)
            )
        else:
            raise TypeError("both arguments should be "
                            "Rational instances")
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator

    @classmethod
    def from_float(cls, f):
        """Converts a finite float to a rational number, exactly.

        Beware that Fraction.from_float(0.3) != Fraction(3, 10).
        """
        if isinstance(f, int):
            return cls(f)
        elif not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %s (%s)" %
                            (cls.__name__, repr(f), type(f).__name__))
        n, d = _as_integer_ratio(f)
        return cls(n, d)

    def as_integer_ratio(self):
        """Return the integer ratio as a tuple.

        Return a tuple of two integers, whose ratio is equal to the
        Fraction and with a positive denominator.
        """
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """Closest Fraction to self with denominator at most max_denominator.

        >>> Fraction('3.141592653589793').limit_denominator(10)
        Fraction(22, 7)
        >>> Fraction('3.141592653589793').limit_denominator(100)
        Fraction(311, 99)
        >>> Fraction(4321, 8765).limit_denominator(10000)
        Fraction(4321, 8765)
        """
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0 = 0
        q0 = 1
        p1 = 1
        q1 = 0
        n = self._numerator
        d = self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        bound1 = Fraction(p0 + k * p1, q0 + k * q1)
        bound2 = Fraction(p1, q1)
        if (bound2 - self).__abs__() <= (bound1 - self).__abs__():
            return bound2
        else:
            return bound1

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        """repr(self)"""
        return '%s(%s, %s)' % (type(self).__name__, self._numerator, self._denominator)

    def __str__(self):
        """str(self)"""
        if self._denominator == 1:
            return str(self._numerator)
        else:
            return '%s/%s' % (self._numerator, self._denominator)

    def __float__(self):
        """float(self) = self.numerator / self.denominator"""
        return self._numerator / self._denominator

    # ---------------------------------------------------------------- arithmetic

    def __add__(a, b):
        """a + b"""
        if _is_rational(b):
            return _add(a, b)
        if isinstance(b, (float, complex)):
            return a.__float__() + b
        _binop_error("+", a, b)

    def __radd__(b, a):
        """a + b"""
        if _is_rational(a):
            return _add(a, b)
        if isinstance(a, (float, complex)):
            return a + b.__float__()
        _binop_error("+", a, b)

    def __sub__(a, b):
        """a - b"""
        if _is_rational(b):
            return _sub(a, b)
        if isinstance(b, (float, complex)):
            return a.__float__() - b
        _binop_error("-", a, b)

    def __rsub__(b, a):
        """a - b"""
        if _is_rational(a):
            return _sub(a, b)
        if isinstance(a, (float, complex)):
            return a - b.__float__()
        _binop_error("-", a, b)

    def __mul__(a, b):
        """a * b"""
        if _is_rational(b):
            return _mul(a, b)
        if isinstance(b, (float, complex)):
            return a.__float__() * b
        _binop_error("*", a, b)

    def __rmul__(b, a):
        """a * b"""
        if _is_rational(a):
            return _mul(a, b)
        if isinstance(a, (float, complex)):
            return a * b.__float__()
        _binop_error("*", a, b)

    def __truediv__(a, b):
        """a / b"""
        if _is_rational(b):
            return _div(a, b)
        if isinstance(b, (float, complex)):
            return a.__float__() / b
        _binop_error("/", a, b)

    def __rtruediv__(b, a):
        """a / b"""
        if _is_rational(a):
            return _div(a, b)
        if isinstance(a, (float, complex)):
            return a / b.__float__()
        _binop_error("/", a, b)

    def __floordiv__(a, b):
        """a // b"""
        if _is_rational(b):
            return _floordiv(a, b)
        if isinstance(b, (float, complex)):
            return _fallback(a, b) // b
        _binop_error("//", a, b)

    def __rfloordiv__(b, a):
        """a // b"""
        if _is_rational(a):
            return _floordiv(a, b)
        if isinstance(a, (float, complex)):
            return a // _fallback(b, a)
        _binop_error("//", a, b)

    def __divmod__(a, b):
        """(a // b, a % b)"""
        if _is_rational(b):
            return _divmod(a, b)
        if isinstance(b, (float, complex)):
            return divmod(_fallback(a, b), b)
        _binop_error("divmod()", a, b)

    def __rdivmod__(b, a):
        """(a // b, a % b)"""
        if _is_rational(a):
            return _divmod(a, b)
        if isinstance(a, (float, complex)):
            return divmod(a, _fallback(b, a))
        _binop_error("divmod()", a, b)

    def __mod__(a, b):
        """a % b"""
        if _is_rational(b):
            return _mod(a, b)
        if isinstance(b, (float, complex)):
            return _fallback(a, b) % b
        _binop_error("%", a, b)

    def __rmod__(b, a):
        """a % b"""
        if _is_rational(a):
            return _mod(a, b)
        if isinstance(a, (float, complex)):
            return a % _fallback(b, a)
        _binop_error("%", a, b)

    def __pow__(a, b):
        """a ** b

        If b is not an integer, the result will be a float or complex
        since roots are generally irrational. If b is an integer, the
        result will be rational.
        """
        if _is_rational(b):
            if _denom(b) == 1:
                power = _numer(b)
                if power >= 0:
                    return Fraction(a._numerator ** power,
                                    a._denominator ** power,
                                    _normalize=False)
                elif a._numerator >= 0:
                    return Fraction(a._denominator ** -power,
                                    a._numerator ** -power,
                                    _normalize=False)
                else:
                    return Fraction((-a._denominator) ** -power,
                                    (-a._numerator) ** -power,
                                    _normalize=False)
            else:
                # A fractional power will generally produce an
                # irrational number.
                return a.__float__() ** b.__float__()
        elif isinstance(b, float):
            return a.__float__() ** b
        _binop_error("** or pow()", a, b)

    def __rpow__(b, a):
        """a ** b"""
        if b._denominator == 1 and b._numerator >= 0:
            # If a is an int, keep it that way if possible.
            return a ** b._numerator
        if isinstance(a, Fraction):
            return a ** b
        if isinstance(a, int):
            return Fraction(a) ** b
        if not isinstance(a, float):
            _binop_error("** or pow()", a, b)
        if b._denominator == 1:
            return a ** b._numerator
        return a ** b.__float__()

    def __pos__(a):
        """+a: Coerces a subclass instance to Fraction"""
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        """-a"""
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        """abs(a)"""
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        """int(a)"""
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        else:
            return a._numerator // a._denominator

    def __trunc__(a):
        """math.trunc(a)"""
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        else:
            return a._numerator // a._denominator

    def __floor__(a):
        """math.floor(a)"""
        return a._numerator // a._denominator

    def __ceil__(a):
        """math.ceil(a)"""
        # The negations cleverly convince floordiv to return the ceiling.
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round(self, ndigits)

        Rounds half toward even.
        """
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            elif remainder * 2 > self._denominator:
                return floor + 1
            # Deal with the half case:
            elif floor % 2 == 0:
                return floor
            else:
                return floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction((self * shift).__round__(), shift)
        else:
            return Fraction((self / shift).__round__() * shift)

    def __hash__(self):
        """hash(self)"""
        if self._denominator % _PyHASH_MODULUS == 0:
            # There is no modular inverse.
            hash_ = _PyHASH_INF
        else:
            dinv = pow(self._denominator, -1, _PyHASH_MODULUS)
            hash_ = hash(hash(abs(self._numerator)) * dinv)
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    def __eq__(a, b):
        """a == b"""
        if _is_rational(b):
            return a._numerator == _numer(b) and a._denominator == _denom(b)
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                # comparisons with an infinity or nan should behave in
                # the same way for any finite a, so treat a as zero.
                return 0.0 == b
            else:
                return a == a.from_float(b)
        return False

    def __ne__(a, b):
        """a != b"""
        return not a.__eq__(b)

    def _richcmp(self, other, op):
        # Comparison of self with a Rational instance or a float `other`.
        if _is_rational(other):
            x = self._numerator * _denom(other)
            y = self._denominator * _numer(other)
        elif isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                x = 0.0
                y = other
            else:
                return self._richcmp(self.from_float(other), op)
        else:
            raise TypeError("'%s' not supported between instances of '%s' and '%s'"
                            % (op, _type_name(self), _type_name(other)))
        if op == '<':
            return x < y
        if op == '>':
            return x > y
        if op == '<=':
            return x <= y
        return x >= y

    def __lt__(a, b):
        """a < b"""
        return a._richcmp(b, '<')

    def __gt__(a, b):
        """a > b"""
        return a._richcmp(b, '>')

    def __le__(a, b):
        """a <= b"""
        return a._richcmp(b, '<=')

    def __ge__(a, b):
        """a >= b"""
        return a._richcmp(b, '>=')

    def __bool__(a):
        """a != 0"""
        return a._numerator != 0

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _numer(x):
    if isinstance(x, Fraction):
        return x._numerator
    return int(x)


def _denom(x):
    if isinstance(x, Fraction):
        return x._denominator
    return 1


# Rational arithmetic algorithms: Knuth, TAOCP, Volume 2, 4.5.1.

def _add(a, b):
    """a + b"""
    na = _numer(a)
    da = _denom(a)
    nb = _numer(b)
    db = _denom(b)
    g = math.gcd(da, db)
    if g == 1:
        return Fraction(na * db + da * nb, da * db, _normalize=False)
    s = da // g
    t = na * (db // g) + nb * s
    g2 = math.gcd(t, g)
    if g2 == 1:
        return Fraction(t, s * db, _normalize=False)
    return Fraction(t // g2, s * (db // g2), _normalize=False)


def _sub(a, b):
    """a - b"""
    na = _numer(a)
    da = _denom(a)
    nb = _numer(b)
    db = _denom(b)
    g = math.gcd(da, db)
    if g == 1:
        return Fraction(na * db - da * nb, da * db, _normalize=False)
    s = da // g
    t = na * (db // g) - nb * s
    g2 = math.gcd(t, g)
    if g2 == 1:
        return Fraction(t, s * db, _normalize=False)
    return Fraction(t // g2, s * (db // g2), _normalize=False)


def _mul(a, b):
    """a * b"""
    na = _numer(a)
    da = _denom(a)
    nb = _numer(b)
    db = _denom(b)
    g1 = math.gcd(na, db)
    if g1 > 1:
        na //= g1
        db //= g1
    g2 = math.gcd(nb, da)
    if g2 > 1:
        nb //= g2
        da //= g2
    return Fraction(na * nb, db * da, _normalize=False)


def _div(a, b):
    """a / b"""
    na = _numer(a)
    da = _denom(a)
    nb = _numer(b)
    db = _denom(b)
    g1 = math.gcd(na, nb)
    if g1 > 1:
        na //= g1
        nb //= g1
    g2 = math.gcd(db, da)
    if g2 > 1:
        da //= g2
        db //= g2
    n = na * db
    d = nb * da
    if d < 0:
        n = -n
        d = -d
    return Fraction(n, d, _normalize=False)


def _floordiv(a, b):
    """a // b"""
    return (_numer(a) * _denom(b)) // (_denom(a) * _numer(b))


def _divmod(a, b):
    """(a // b, a % b)"""
    da = _denom(a)
    db = _denom(b)
    div, n_mod = divmod(_numer(a) * db, da * _numer(b))
    return div, Fraction(n_mod, da * db)


def _mod(a, b):
    """a % b"""
    da = _denom(a)
    db = _denom(b)
    return Fraction((_numer(a) * db) % (_numer(b) * da), da * db)
