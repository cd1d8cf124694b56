/* math module: the functions of one or two floats (CPython 3.11's
 * math_1 / math_2 wrappers and the functions with their own special-value
 * handling: pow, fmod, remainder, atan2, ldexp, frexp, modf, ulp,
 * isclose). Results come from the rt_m_* kernels (rt_math_libm.c); the
 * errors are decided from the result as CPython decides them on a C99
 * libm: a NaN from non-NaN arguments is "ValueError: math domain error",
 * an infinity from finite ones "OverflowError: math range error" for the
 * functions that can overflow and a domain error (a singularity) for the
 * others. wasi-libc's libm sets no errno, so nothing here reads it. */
#include "rt_math.h"

#define INF __builtin_inf()
#define NAN_ __builtin_nan("")
#define IS_NAN(x) ((x) != (x))
#define IS_INF(x) (__builtin_fabs(x) == INF)
#define IS_FINITE(x) (__builtin_fabs(x) < INF)

void rt_math_domain_error(void) { rt_raise_cstr(RT_EXC_VALUE, "math domain error"); }
void rt_math_range_error(void) { rt_raise_cstr(RT_EXC_OVERFLOW, "math range error"); }

double rt_math_check1(double x, double r, int can_overflow) {
    if (IS_NAN(r) && !IS_NAN(x)) {
        rt_math_domain_error();
        return 0;
    }
    if (IS_INF(r) && IS_FINITE(x)) {
        if (can_overflow) rt_math_range_error();
        else rt_math_domain_error();
        return 0;
    }
    return r;
}

/* math_2: a NaN from non-NaN arguments is a domain error, an infinity
 * from finite ones an overflow. */
static double check2(double x, double y, double r) {
    if (IS_NAN(r) && !IS_NAN(x) && !IS_NAN(y)) {
        rt_math_domain_error();
        return 0;
    }
    if (IS_INF(r) && IS_FINITE(x) && IS_FINITE(y)) {
        rt_math_range_error();
        return 0;
    }
    return r;
}

/* ---- one float ---- */
#define MATH1(name, expr, can_overflow) \
    double rt_math_##name(double x) { return rt_math_check1(x, expr, can_overflow); }

MATH1(sqrt, __builtin_sqrt(x), 0)
MATH1(exp, rt_m_exp(x), 1)
MATH1(exp2, rt_m_exp2(x), 1)
MATH1(expm1, rt_m_expm1(x), 1)
MATH1(sin, rt_m_sin(x), 0)
MATH1(cos, rt_m_cos(x), 0)
MATH1(tan, rt_m_tan(x), 0)
MATH1(asin, rt_m_asin(x), 0)
MATH1(acos, rt_m_acos(x), 0)
MATH1(atan, rt_m_atan(x), 0)
MATH1(sinh, rt_m_sinh(x), 1)
MATH1(cosh, rt_m_cosh(x), 1)
MATH1(tanh, rt_m_tanh(x), 0)
MATH1(asinh, rt_m_asinh(x), 0)
MATH1(acosh, rt_m_acosh(x), 0)
MATH1(atanh, rt_m_atanh(x), 0)
MATH1(fabs, __builtin_fabs(x), 0)
MATH1(cbrt, rt_m_cbrt(x), 0)
/* _Py_log1p: zeros are returned as they are (log1p(-0.0) is -0.0 on
 * every platform) */
MATH1(log1p, x == 0 ? x : rt_m_log1p(x), 0)

/* erf and erfc (math_1a: libm's, which raise nothing) */
double rt_math_erf(double x) { return rt_m_erf(x); }
double rt_math_erfc(double x) { return rt_m_erfc(x); }

/* degrees/radians multiply by a constant and never raise (an overflow
 * is an infinity) */
double rt_math_degrees(double x) { return x * (180.0 / 3.141592653589793238462643383279502884); }
double rt_math_radians(double x) { return x * (3.141592653589793238462643383279502884 / 180.0); }

int32_t rt_math_isfinite(double x) { return IS_FINITE(x); }
int32_t rt_math_isinf(double x) { return IS_INF(x); }
int32_t rt_math_isnan(double x) { return IS_NAN(x); }

static double next_up(double x) { /* the next float toward +inf, x finite or -inf */
    uint64_t b;
    __builtin_memcpy(&b, &x, 8);
    if (x == 0) b = 1;
    else if (x > 0) b++;
    else b--;
    __builtin_memcpy(&x, &b, 8);
    return x;
}

/* nextafter(x, y) as C99 (exact, no errors) */
double rt_math_nextafter(double x, double y) {
    if (IS_NAN(x)) return x;
    if (IS_NAN(y)) return y;
    if (x == y) return y;
    if (x < y) return next_up(x);
    return -next_up(-x);
}

/* ulp(x): the gap from |x| to the next float up (down for the largest) */
double rt_math_ulp(double x) {
    if (IS_NAN(x)) return x;
    x = __builtin_fabs(x);
    if (IS_INF(x)) return x;
    double up = next_up(x);
    if (IS_INF(up)) return x - (-next_up(-x));
    return up - x;
}

/* ---- two floats ---- */

/* m_atan2: the special values first, so that every platform agrees */
double rt_math_atan2(double y, double x) {
    const double pi = 3.141592653589793238462643383279502884;
    double r;
    if (IS_NAN(x) || IS_NAN(y)) r = NAN_;
    else if (IS_INF(y)) {
        if (IS_INF(x)) r = __builtin_copysign(__builtin_copysign(1.0, x) == 1.0 ? 0.25 * pi : 0.75 * pi, y);
        else r = __builtin_copysign(0.5 * pi, y);
    } else if (IS_INF(x) || y == 0) r = __builtin_copysign(__builtin_copysign(1.0, x) == 1.0 ? 0.0 : pi, y);
    else r = rt_m_atan2(y, x);
    return check2(y, x, r);
}

double rt_math_copysign(double x, double y) { return __builtin_copysign(x, y); }

/* fmod, exact. fmod(x, +-inf) is x for a finite x; fmod(inf, y) and
 * fmod(x, 0) are domain errors. */
double rt_math_fmod(double x, double y) {
    if (IS_INF(y) && IS_FINITE(x)) return x;
    double r = __builtin_fmod(x, y);
    if (IS_NAN(r) && !IS_NAN(x) && !IS_NAN(y)) {
        rt_math_domain_error();
        return 0;
    }
    return r;
}

/* m_remainder: IEEE 754 remainder, x - n*y with n the nearest integer to
 * x/y (even on a tie); always exact. */
static double remainder_of(double x, double y) {
    if (IS_FINITE(x) && IS_FINITE(y)) {
        if (y == 0.0) return NAN_;
        double ax = __builtin_fabs(x), ay = __builtin_fabs(y);
        double m = __builtin_fmod(ax, ay);
        /* m against ay/2, as m against ay - m (exact where it matters) */
        double c = ay - m, r;
        if (m < c) r = m;
        else if (m > c) r = -c;
        else r = m - 2.0 * __builtin_fmod(0.5 * (ax - m), ay); /* a tie: m if the multiple is even, else -m */
        return __builtin_copysign(1.0, x) * r;
    }
    if (IS_NAN(x)) return x;
    if (IS_NAN(y)) return y;
    if (IS_INF(x)) return NAN_;
    return x; /* y infinite */
}

double rt_math_remainder(double x, double y) { return check2(x, y, remainder_of(x, y)); }

/* math.pow: the IEEE special values directly (C99 Annex F), libm for
 * finite ** finite; 0 ** negative is a domain error, other infinities
 * from finite arguments overflow. */
double rt_math_pow(double x, double y) {
    if (!IS_FINITE(x) || !IS_FINITE(y)) {
        if (IS_NAN(x)) return y == 0 ? 1.0 : x;
        if (IS_NAN(y)) return x == 1.0 ? 1.0 : y;
        if (IS_INF(x)) {
            int odd_y = IS_FINITE(y) && __builtin_fmod(__builtin_fabs(y), 2.0) == 1.0;
            if (y > 0) return odd_y ? x : __builtin_fabs(x);
            if (y == 0) return 1.0;
            return odd_y ? __builtin_copysign(0.0, x) : 0.0;
        }
        /* y infinite */
        double ax = __builtin_fabs(x);
        if (ax == 1.0) return 1.0;
        if (y > 0 && ax > 1.0) return y;
        if (y < 0 && ax < 1.0) return -y;
        return 0.0;
    }
    double r = rt_m_pow(x, y);
    if (IS_NAN(r)) {
        rt_math_domain_error();
        return 0;
    }
    if (IS_INF(r)) {
        if (x == 0) rt_math_domain_error();
        else rt_math_range_error();
        return 0;
    }
    return r;
}

/* isclose(a, b, rel_tol=, abs_tol=): Boost's "weak" test */
int32_t rt_math_isclose(double a, double b, double rel_tol, double abs_tol) {
    if (rel_tol < 0.0 || abs_tol < 0.0) {
        rt_raise_cstr(RT_EXC_VALUE, "tolerances must be non-negative");
        return 0;
    }
    if (a == b) return 1;
    if (IS_INF(a) || IS_INF(b)) return 0;
    double diff = __builtin_fabs(b - a);
    return diff <= __builtin_fabs(rel_tol * b) || diff <= __builtin_fabs(rel_tol * a) || diff <= abs_tol;
}

/* ---- mantissas and exponents ---- */

/* frexp(x) -> (m, e): NaN, infinities and zeros give (x, 0) */
RtObj *rt_math_frexp(double x) {
    int e = 0;
    if (IS_FINITE(x) && x != 0) x = __builtin_frexp(x, &e);
    return rt_tuple_pack2(rt_box_float(x), rt_box_int(e));
}

/* modf(x) -> (fractional part, integral part), both with x's sign */
RtObj *rt_math_modf(double x) {
    double i;
    if (IS_INF(x)) return rt_tuple_pack2(rt_box_float(__builtin_copysign(0.0, x)), rt_box_float(x));
    if (IS_NAN(x)) return rt_tuple_pack2(rt_box_float(x), rt_box_float(x));
    i = __builtin_trunc(x);
    return rt_tuple_pack2(rt_box_float(__builtin_copysign(x - i, x)), rt_box_float(i));
}

/* ldexp(x, i): i an int (a bool is one) of any size; an exponent beyond
 * a C long is LONG_MAX / LONG_MIN, beyond a C int an overflow or 0.0. */
double rt_math_ldexp(double x, RtObj *i) {
    if (!rt_is_intlike(i)) {
        rt_raise_cstr(RT_EXC_TYPE, "Expected an int as second argument to ldexp.");
        return 0;
    }
    int64_t v = ((RtInt *)i)->value, e;
    if (!rt_int_to_i64(v, &e)) e = rt_int_cmp(v, 0) < 0 ? INT64_MIN : INT64_MAX;
    if (x == 0 || !IS_FINITE(x)) return x;
    if (e > 2147483647) {
        rt_math_range_error();
        return 0;
    }
    if (e < -2147483647 - 1) return __builtin_copysign(0.0, x);
    double r = __builtin_ldexp(x, (int)e);
    if (IS_INF(r)) {
        rt_math_range_error();
        return 0;
    }
    return r;
}
