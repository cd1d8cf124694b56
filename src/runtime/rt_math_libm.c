/* math module: the elementary kernels rt_m_* (rt_math.h). Each is
 * wasi-libc's libm (musl) unless the runtime has its own. */
#include <math.h>

#include "rt_math.h"

double rt_m_sin(double x) { return sin(x); }
double rt_m_cos(double x) { return cos(x); }
double rt_m_tan(double x) { return tan(x); }
double rt_m_asin(double x) { return asin(x); }
double rt_m_acos(double x) { return acos(x); }
double rt_m_atan(double x) { return atan(x); }
double rt_m_atan2(double y, double x) { return atan2(y, x); }
double rt_m_sinh(double x) { return sinh(x); }
double rt_m_cosh(double x) { return cosh(x); }
double rt_m_tanh(double x) { return tanh(x); }
double rt_m_asinh(double x) { return asinh(x); }
double rt_m_acosh(double x) { return acosh(x); }
double rt_m_atanh(double x) { return atanh(x); }
double rt_m_exp(double x) { return exp(x); }
double rt_m_exp2(double x) { return exp2(x); }
double rt_m_expm1(double x) { return expm1(x); }
double rt_m_log(double x) { return log(x); }
double rt_m_log2(double x) { return log2(x); }
double rt_m_log10(double x) { return log10(x); }
double rt_m_log1p(double x) { return log1p(x); }
double rt_m_pow(double x, double y) { return pow(x, y); }
double rt_m_cbrt(double x) { return cbrt(x); }
double rt_m_erf(double x) { return erf(x); }
double rt_m_erfc(double x) { return erfc(x); }
