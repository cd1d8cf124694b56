/* float arithmetic with CPython's semantics and error messages. */
#include <math.h>

#include "rt_internal.h"

double rt_float_div(double a, double b) {
    if (b == 0.0) {
        rt_raise_cstr(RT_EXC_ZERO_DIVISION, "float division by zero");
        return 0;
    }
    return a / b;
}

double rt_float_mod(double a, double b) {
    if (b == 0.0) {
        rt_raise_cstr(RT_EXC_ZERO_DIVISION, "float modulo");
        return 0;
    }
    double mod = fmod(a, b);
    if (mod != 0.0) {
        if ((b < 0) != (mod < 0)) mod += b;
    } else {
        mod = copysign(0.0, b);
    }
    return mod;
}

double rt_float_floordiv(double a, double b) {
    if (b == 0.0) {
        rt_raise_cstr(RT_EXC_ZERO_DIVISION, "float floor division by zero");
        return 0;
    }
    double mod = fmod(a, b);
    double div = (a - mod) / b;
    if (mod != 0.0) {
        if ((b < 0) != (mod < 0)) div -= 1.0;
    }
    double floordiv;
    if (div != 0.0) {
        floordiv = floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
    } else {
        floordiv = copysign(0.0, a / b);
    }
    return floordiv;
}

static int is_odd_integer(double x) { return fmod(fabs(x), 2.0) == 1.0; }

/* ---- correctly rounded special cases of pow ----
 * musl's pow (no FMA on wasm) is within 0.52 ulp but not always correctly
 * rounded, so it sometimes differs in the last bit from CPython on glibc
 * (FMA path). Integer exponents are computed exactly enough in double-double
 * arithmetic (relative error < 2^-100) to round correctly, and y == 0.5 is
 * sqrt. */
typedef struct Dd {
    double hi, lo;
} Dd;

static Dd two_prod(double a, double b) {
    double p = a * b;
    double ca = 134217729.0 * a, ah = ca - (ca - a), al = a - ah;
    double cb = 134217729.0 * b, bh = cb - (cb - b), bl = b - bh;
    Dd r = {p, ((ah * bh - p) + ah * bl + al * bh) + al * bl};
    return r;
}

static Dd dd_mul(Dd x, Dd y) {
    Dd p = two_prod(x.hi, y.hi);
    double lo = p.lo + (x.hi * y.lo + x.lo * y.hi);
    double hi = p.hi + lo;
    Dd r = {hi, lo - (hi - p.hi)};
    return r;
}

/* x^n for x > 0 and 1 <= |n| <= 1024, when the result is far from the
 * overflow and subnormal ranges (checked by the caller). */
static double pow_int_exact(double x, int n) {
    unsigned m = (unsigned)(n < 0 ? -n : n);
    Dd acc = {1.0, 0.0}, base = {x, 0.0};
    for (;;) {
        if (m & 1) acc = dd_mul(acc, base);
        m >>= 1;
        if (!m) break;
        base = dd_mul(base, base);
    }
    if (n > 0) return acc.hi + acc.lo;
    /* 1 / (hi + lo): one Newton step from q = 1/hi */
    double q = 1.0 / acc.hi;
    Dd p = two_prod(q, acc.hi);
    double e = ((1.0 - p.hi) - p.lo) - q * acc.lo;
    return q + q * e;
}

static double pow_positive(double x, double y) {
    double r = pow(x, y);
    if (y == 0.5) return sqrt(x);
    if (y == floor(y) && fabs(y) <= 1024.0) {
        double a = fabs(r);
        if (a > 0x1p-960 && a < 0x1p960) return pow_int_exact(x, (int)y);
    }
    return r;
}

double rt_float_pow(double iv, double iw) {
    if (iw == 0.0) return 1.0;
    if (isnan(iv)) return iv;
    if (isnan(iw)) return iv == 1.0 ? 1.0 : iw;
    if (isinf(iw)) {
        iv = fabs(iv);
        if (iv == 1.0) return 1.0;
        if ((iw > 0.0) == (iv > 1.0)) return fabs(iw);
        return 0.0;
    }
    if (isinf(iv)) {
        int odd = is_odd_integer(iw);
        if (iw > 0.0) return odd ? iv : fabs(iv);
        return odd ? copysign(0.0, iv) : 0.0;
    }
    if (iv == 0.0) {
        int odd = is_odd_integer(iw);
        if (iw < 0.0) {
            rt_raise_cstr(RT_EXC_ZERO_DIVISION, "0.0 cannot be raised to a negative power");
            return 0;
        }
        return odd ? iv : 0.0;
    }
    int negate = 0;
    if (iv < 0.0) {
        if (iw != floor(iw)) {
            rt_raise_cstr(RT_EXC_VALUE, "complex results are not supported yet");
            return 0;
        }
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if (iv == 1.0) return negate ? -1.0 : 1.0;
    double ix = pow_positive(iv, iw);
    if (isinf(ix)) {
        rt_raise_cstr(RT_EXC_OVERFLOW, "(34, 'Numerical result out of range')");
        return 0;
    }
    return negate ? -ix : ix;
}

int64_t rt_float_round_int(double v) {
    if (isnan(v)) {
        rt_raise_cstr(RT_EXC_VALUE, "cannot convert float NaN to integer");
        return 0;
    }
    if (isinf(v)) {
        rt_raise_cstr(RT_EXC_OVERFLOW, "cannot convert float infinity to integer");
        return 0;
    }
    double r = round(v);
    if (fabs(v - r) == 0.5) r = 2.0 * round(v / 2.0);
    return rt_int_from_float(r);
}

/* CPython's double_round: the exact decimal value rounded half-even to
 * ndigits after the point, then converted back. */
double rt_float_round(double x, int64_t ndigits) {
    if (!isfinite(x) || x == 0.0) return x;
    if (ndigits > 323) return x;
    if (ndigits < -308) return 0.0 * x;
    char d[RT_DTOA_MAX];
    int decpt;
    int n = rt_dtoa_exact(x, d, &decpt);
    int keep = decpt + (int)ndigits; /* digits before the rounding position */
    if (keep >= n) return x;
    if (keep < 0) return copysign(0.0, x);
    int up;
    if (d[keep] != '5') {
        up = d[keep] > '5';
    } else {
        up = keep + 1 < n; /* anything after the 5 (trailing zeros are stripped) */
        if (!up) up = keep > 0 && ((d[keep - 1] - '0') & 1);
    }
    n = keep;
    if (up) {
        while (n > 0 && d[n - 1] == '9') n--;
        if (n == 0) {
            d[0] = '1';
            n = 1;
            decpt++;
        } else {
            d[n - 1]++;
        }
    }
    double r = rt_decimal_to_double(d, n, decpt);
    if (isinf(r)) {
        rt_raise_cstr(RT_EXC_OVERFLOW, "rounded value too large to represent");
        return 0;
    }
    return copysign(r, x);
}
