"""Mathematical functions for complex numbers (CPython's cmath).

Written in the language itself, after CPython 3.11's Modules/cmathmodule.c
for finite arguments: the same formulas (sqrt scaled against overflow and
subnormals, log through log1p near the unit circle, exp and the hyperbolic
functions past the overflow threshold through e * exp(x - 1)), so that
results agree to the last bit where the math module's do, and the same
errors (ValueError: math domain error, OverflowError: math range error).
Differences from CPython, because of what the compiler offers so far:
- an infinite or NaN part takes the formulas too, where CPython reads its
  tables of special values (cmath.sqrt(complex(inf, nan)) may differ);
- atanh(±1) raises ValueError as CPython does, but other points of the
  special-value tables are not distinguished.
"""
import math

__all__ = ["pi", "e", "tau", "inf", "infj", "nan", "nanj", "phase", "polar", "rect", "sqrt", "exp", "log",
           "log10", "sin", "cos", "tan", "sinh", "cosh", "tanh", "asin", "acos", "atan", "asinh", "acosh", "atanh",
           "isfinite", "isinf", "isnan", "isclose"]

pi = math.pi
e = math.e
tau = math.tau
inf = math.inf
nan = math.nan
infj = complex(0.0, math.inf)
nanj = complex(0.0, math.nan)

_DBL_MIN = 2.2250738585072014e-308
_LARGE_DOUBLE = 1.7976931348623157e308 / 4.0
_LOG_LARGE_DOUBLE = math.log(_LARGE_DOUBLE)
_SQRT_LARGE_DOUBLE = math.sqrt(_LARGE_DOUBLE)
_SQRT_DBL_MIN = math.sqrt(_DBL_MIN)
_LN2 = 0.6931471805599453
_LN10 = 2.302585092994046


def _parts(z):
    """z as (real, imag): a number, or an object with __complex__ or
    __float__ (CPython's PyArg_Parse 'D'); else TypeError."""
    if isinstance(z, complex):
        return z.real, z.imag
    if isinstance(z, (int, float)):
        return float(z), 0.0
    if hasattr(z, "__complex__"):
        c = z.__complex__()
        return c.real, c.imag
    if hasattr(z, "__float__") or hasattr(z, "__index__"):
        return float(z), 0.0
    raise TypeError("must be real number, not " + type(z).__name__)


def _abs(re, im):
    if math.isinf(re) or math.isinf(im):
        return math.inf
    if math.isnan(re) or math.isnan(im):
        return math.nan
    r = math.hypot(re, im)
    if math.isinf(r):
        raise OverflowError("math range error")
    return r


def phase(z):
    """The argument of z: atan2(z.imag, z.real)."""
    re, im = _parts(z)
    return math.atan2(im, re)


def polar(z):
    """(abs(z), phase(z))."""
    re, im = _parts(z)
    phi = math.atan2(im, re)
    return _abs(re, im), phi


def rect(r, phi):
    """The complex with modulus r and argument phi."""
    r = float(r)
    phi = float(phi)
    if phi == 0.0:
        return complex(r, r * phi)
    return complex(r * math.cos(phi), r * math.sin(phi))


def sqrt(z):
    """The square root of z (the branch cut along the negative real axis)."""
    re, im = _parts(z)
    if re == 0.0 and im == 0.0:
        return complex(0.0, im)
    ax = math.fabs(re)
    ay = math.fabs(im)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        ax = math.ldexp(ax, 53)
        s = math.ldexp(math.sqrt(ax + math.hypot(ax, math.ldexp(ay, 53))), -27)
    else:
        ax /= 8.0
        s = 2.0 * math.sqrt(ax + math.hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if re >= 0.0:
        return complex(s, math.copysign(d, im))
    return complex(d, math.copysign(s, im))


def exp(z):
    """e to the power z."""
    re, im = _parts(z)
    if re > _LOG_LARGE_DOUBLE:
        size = math.exp(re - 1.0)
        r = complex(size * math.cos(im) * math.e, size * math.sin(im) * math.e)
    else:
        size = math.exp(re)
        r = complex(size * math.cos(im), size * math.sin(im))
    if math.isinf(r.real) or math.isinf(r.imag):
        raise OverflowError("math range error")
    return r


def _log(re, im):
    ax = math.fabs(re)
    ay = math.fabs(im)
    if ax > _LARGE_DOUBLE or ay > _LARGE_DOUBLE:
        real = math.log(math.hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax > 0.0 or ay > 0.0:
            real = math.log(math.hypot(math.ldexp(ax, 53), math.ldexp(ay, 53))) - 53 * _LN2
        else:
            raise ValueError("math domain error")
    else:
        h = math.hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            am = ax if ax > ay else ay
            an = ay if ax > ay else ax
            real = math.log1p((am - 1) * (am + 1) + an * an) / 2.0
        else:
            real = math.log(h)
    return real, math.atan2(im, re)


def log(z, base=None):
    """The natural logarithm of z, or its logarithm to base."""
    re, im = _parts(z)
    real, imag = _log(re, im)
    if base is None:
        return complex(real, imag)
    bre, bim = _parts(base)
    breal, bimag = _log(bre, bim)
    return complex(real, imag) / complex(breal, bimag)


def log10(z):
    """The base-10 logarithm of z."""
    re, im = _parts(z)
    real, imag = _log(re, im)
    return complex(real / _LN10, imag / _LN10)


def cosh(z):
    """The hyperbolic cosine of z."""
    re, im = _parts(z)
    if math.fabs(re) > _LOG_LARGE_DOUBLE:
        x = re - math.copysign(1.0, re)
        r = complex(math.cos(im) * math.cosh(x) * math.e, math.sin(im) * math.sinh(x) * math.e)
    else:
        r = complex(math.cos(im) * math.cosh(re), math.sin(im) * math.sinh(re))
    if math.isinf(r.real) or math.isinf(r.imag):
        raise OverflowError("math range error")
    return r


def sinh(z):
    """The hyperbolic sine of z."""
    re, im = _parts(z)
    if math.fabs(re) > _LOG_LARGE_DOUBLE:
        x = re - math.copysign(1.0, re)
        r = complex(math.cos(im) * math.sinh(x) * math.e, math.sin(im) * math.cosh(x) * math.e)
    else:
        r = complex(math.cos(im) * math.sinh(re), math.sin(im) * math.cosh(re))
    if math.isinf(r.real) or math.isinf(r.imag):
        raise OverflowError("math range error")
    return r


def cos(z):
    """The cosine of z: cosh(iz)."""
    re, im = _parts(z)
    return cosh(complex(-im, re))


def sin(z):
    """The sine of z: -i sinh(iz)."""
    re, im = _parts(z)
    s = sinh(complex(-im, re))
    return complex(s.imag, -s.real)


def tanh(z):
    """The hyperbolic tangent of z."""
    re, im = _parts(z)
    if math.fabs(re) > _LOG_LARGE_DOUBLE:
        return complex(math.copysign(1.0, re), 4.0 * math.sin(im) * math.cos(im) * math.exp(-2.0 * math.fabs(re)))
    tx = math.tanh(re)
    ty = math.tan(im)
    cx = 1.0 / math.cosh(re)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return complex(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)


def tan(z):
    """The tangent of z: -i tanh(iz)."""
    re, im = _parts(z)
    s = tanh(complex(-im, re))
    return complex(s.imag, -s.real)


def asinh(z):
    """The inverse hyperbolic sine of z."""
    re, im = _parts(z)
    if math.fabs(re) > _LARGE_DOUBLE or math.fabs(im) > _LARGE_DOUBLE:
        if im >= 0.0:
            real = math.copysign(math.log(math.hypot(re / 2.0, im / 2.0)) + _LN2 * 2.0, re)
        else:
            real = -math.copysign(math.log(math.hypot(re / 2.0, im / 2.0)) + _LN2 * 2.0, -re)
        return complex(real, math.atan2(im, math.fabs(re)))
    s1 = sqrt(complex(1.0 + im, -re))
    s2 = sqrt(complex(1.0 - im, re))
    return complex(math.asinh(s1.real * s2.imag - s2.real * s1.imag),
                   math.atan2(im, s1.real * s2.real - s1.imag * s2.imag))


def asin(z):
    """The arc sine of z: -i asinh(iz)."""
    re, im = _parts(z)
    s = asinh(complex(-im, re))
    return complex(s.imag, -s.real)


def acos(z):
    """The arc cosine of z."""
    re, im = _parts(z)
    if math.fabs(re) > _LARGE_DOUBLE or math.fabs(im) > _LARGE_DOUBLE:
        real = math.atan2(math.fabs(im), re)
        if re < 0.0:
            imag = -math.copysign(math.log(math.hypot(re / 2.0, im / 2.0)) + _LN2 * 2.0, im)
        else:
            imag = math.copysign(math.log(math.hypot(re / 2.0, im / 2.0)) + _LN2 * 2.0, -im)
        return complex(real, imag)
    s1 = sqrt(complex(1.0 - re, -im))
    s2 = sqrt(complex(1.0 + re, im))
    return complex(2.0 * math.atan2(s1.real, s2.real), math.asinh(s2.real * s1.imag - s2.imag * s1.real))


def acosh(z):
    """The inverse hyperbolic cosine of z."""
    re, im = _parts(z)
    if math.fabs(re) > _LARGE_DOUBLE or math.fabs(im) > _LARGE_DOUBLE:
        return complex(math.log(math.hypot(re / 2.0, im / 2.0)) + _LN2 * 2.0, math.atan2(im, re))
    s1 = sqrt(complex(re - 1.0, im))
    s2 = sqrt(complex(re + 1.0, im))
    return complex(math.asinh(s1.real * s2.real + s1.imag * s2.imag), 2.0 * math.atan2(s1.imag, s2.real))


def atanh(z):
    """The inverse hyperbolic tangent of z."""
    re, im = _parts(z)
    if re < 0.0:
        r = atanh(complex(-re, -im))
        return complex(-r.real, -r.imag)
    ay = math.fabs(im)
    if re > _SQRT_LARGE_DOUBLE or ay > _SQRT_LARGE_DOUBLE:
        h = math.hypot(re / 2.0, im / 2.0)
        return complex(re / 4.0 / h / h, -math.copysign(math.pi / 2.0, -im))
    if re == 1.0 and ay < _SQRT_DBL_MIN:
        if ay == 0.0:
            raise ValueError("math domain error")
        return complex(-math.log(math.sqrt(ay) / math.sqrt(math.hypot(ay, 2.0))),
                       math.copysign(math.atan2(2.0, -ay) / 2, im))
    return complex(math.log1p(4.0 * re / ((1 - re) * (1 - re) + ay * ay)) / 4.0,
                   -math.atan2(-2.0 * im, (1 - re) * (1 + re) - ay * ay) / 2.0)


def atan(z):
    """The arc tangent of z: -i atanh(iz)."""
    re, im = _parts(z)
    s = atanh(complex(-im, re))
    return complex(s.imag, -s.real)


def isfinite(z):
    re, im = _parts(z)
    return math.isfinite(re) and math.isfinite(im)


def isinf(z):
    re, im = _parts(z)
    return math.isinf(re) or math.isinf(im)


def isnan(z):
    re, im = _parts(z)
    return math.isnan(re) or math.isnan(im)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    """Whether a and b are close: within rel_tol of the larger modulus, or
    abs_tol."""
    are, aim = _parts(a)
    bre, bim = _parts(b)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    if are == bre and aim == bim:
        return True
    if math.isinf(are) or math.isinf(aim) or math.isinf(bre) or math.isinf(bim):
        return False
    diff = _abs(are - bre, aim - bim)
    return diff <= rel_tol * _abs(bre, bim) or diff <= rel_tol * _abs(are, aim) or diff <= abs_tol
