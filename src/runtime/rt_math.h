/* The math module's internals (rt_math*.c), shared by its files only.
 *
 * The rt_math_* entry points (rt_abi.h, "math module") reproduce CPython
 * 3.11's Modules/mathmodule.c: its results, exception types and messages.
 * The elementary functions they need are the rt_m_* kernels below: most
 * are wasi-libc's libm (musl), the others are the runtime's own where
 * musl's result differs from the glibc one CPython is measured against
 * (see rt_math_libm.c). */
#ifndef ML_RT_MATH_H
#define ML_RT_MATH_H
#include "rt_bigint.h"

/* ---- errors, as CPython's math_1 / is_error report them ---- */
void rt_math_domain_error(void); /* ValueError: math domain error */
void rt_math_range_error(void);  /* OverflowError: math range error */
/* math_1: r = f(x); ValueError for a NaN from a non-NaN x, and for an
 * infinity from a finite x unless can_overflow (then OverflowError). */
double rt_math_check1(double x, double r, int can_overflow);

/* Numbers as doubles: rt_math_float_arg (rt_abi.h). */
/* PyNumber_Index: the tagged int of an int or bool, or of an instance's
 * __index__; else TypeError. Check RT_ERR. */
int64_t rt_math_index(RtObj *o);

/* ---- elementary kernels (rt_math_libm.c: libm, or the runtime's own) ----
 * Each is the C99 function of the same name for the arguments the
 * rt_math_* functions pass it. */
double rt_m_sin(double x);
double rt_m_cos(double x);
double rt_m_tan(double x);
double rt_m_asin(double x);
double rt_m_acos(double x);
double rt_m_atan(double x);
double rt_m_atan2(double y, double x);
double rt_m_sinh(double x);
double rt_m_cosh(double x);
double rt_m_tanh(double x);
double rt_m_asinh(double x);
double rt_m_acosh(double x);
double rt_m_atanh(double x);
double rt_m_exp(double x);
double rt_m_exp2(double x);
double rt_m_expm1(double x);
double rt_m_log(double x);
double rt_m_log2(double x);
double rt_m_log10(double x);
double rt_m_log1p(double x);
double rt_m_pow(double x, double y);
double rt_m_cbrt(double x);
double rt_m_erf(double x);
double rt_m_erfc(double x);
double rt_m_hypot(double x, double y); /* rt_math_seq.c: vector_norm of two */

#endif
