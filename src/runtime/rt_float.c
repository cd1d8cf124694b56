/* float arithmetic with CPython's semantics and error messages. */
#include <math.h>

#include "rt_internal.h"
#include "rt_math.h"

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
    double ix = rt_m_pow(iv, iw);
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
