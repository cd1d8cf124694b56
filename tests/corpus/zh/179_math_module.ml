# The math module: constants, float functions on ints, floats and bools,
# integer functions on big ints, keyword arguments, functions as values,
# and CPython's errors.
导入 math
导入 math 作为 m
从 math 导入 sqrt, floor, ceil, pi 作为 PI, inf

打印(math.pi, math.e, math.tau, PI, inf, -math.inf, math.nan)
打印(sqrt(2), sqrt(16), math.sqrt(真), m.sqrt(10**20))
打印(math.exp(1), math.log(math.e), math.log(1024, 2), math.log10(1000), math.log2(2**100))
打印(math.log(10**400), math.log2(3**1000), math.log10(10**500))
打印(math.sin(PI / 6), math.cos(0), math.tan(1), math.atan2(1, -1), math.hypot(3, 4, 12))
打印(math.degrees(PI), math.radians(180), math.fabs(-3), math.copysign(2, -0.0))
打印(floor(2.5), floor(-2.5), ceil(2.1), ceil(-2.1), math.trunc(-7.9), floor(10**30), 类型(floor(1.5)).__name__)
打印(floor(1e300) == 10**300, ceil(-1e20))
打印(math.factorial(30), math.comb(100, 50), math.perm(10, 3), math.perm(5))
打印(math.gcd(2**100, 6**50), math.gcd(), math.gcd(-12, 18, 30), math.lcm(4, 6, 10), math.lcm())
打印(math.isqrt(10**41), math.isqrt(99), math.isqrt(2**200 - 1))
打印(math.fmod(7, -3), math.remainder(7, 3), math.modf(-3.75), math.frexp(1000.0), math.ldexp(0.75, 11))
打印(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9))
打印(math.isfinite(1e308), math.isinf(-inf), math.isnan(math.nan), math.isnan(浮点("nan")))
打印(math.fsum([0.1] * 10), 总和([0.1] * 10), math.fsum(x / 7 对于 x 里 范围(100)))
打印(math.prod([1, 2, 3, 4]), math.prod(范围(1, 25)), math.prod([1.5, 2]), math.prod([], start=5), math.prod([2, 3], start=0.5))
打印(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 8]))
打印(math.erf(0.5), math.erfc(0.5), math.gamma(5), math.gamma(0.5), math.lgamma(100))
打印(math.expm1(1e-10), math.log1p(1e-10), math.cbrt(27), math.exp2(10))
打印(math.pow(2, 10), math.pow(2, -1), math.pow(-8, 1/3) 如果 假 否则 math.pow(4, 0.5))
打印(math.nextafter(1.0, 2.0), math.ulp(1.0), math.acosh(1), math.asinh(1), math.atanh(0.5))
打印(列表(映射(math.sqrt, [1, 4, 9])), 排序([2.7, -1.2, 2.1], key=math.floor), 列表(映射(math.factorial, 范围(6))))
f = math.atan2
打印(f(1, 1), f(0, -1))


函数 hypotenuse(a: 浮点, b: 浮点) -> 浮点:
    返回 math.sqrt(a * a + b * b)


打印(hypotenuse(5, 12), [四舍五入(math.sin(k * PI / 4), 6) 对于 k 里 范围(5)])

对于 bad 里 ["sqrt(-1)", "log(0)", "log(-5)", "acos(2)", "exp(1000)", "factorial(-1)", "factorial(2.5)",
            "isqrt(-4)", "comb(-1, 2)", "floor(inf)", "floor(nan)", "sqrt('x')", "fmod(inf, 1)",
            "ldexp(1.0, 10**10)", "pow(0, -1)", "gamma(0)", "lgamma(-2)", "dist((1, 2), (1, 2, 3))",
            "isclose(1, 2, rel_tol=-1)", "perm(3, -1)", "gcd(1.5)", "log(10, 1)", "trunc('s')"]:
    尝试:
        如果 bad == "sqrt(-1)": math.sqrt(-1)
        否则如果 bad == "log(0)": math.log(0)
        否则如果 bad == "log(-5)": math.log(-5)
        否则如果 bad == "acos(2)": math.acos(2)
        否则如果 bad == "exp(1000)": math.exp(1000)
        否则如果 bad == "factorial(-1)": math.factorial(-1)
        否则如果 bad == "factorial(2.5)": math.factorial(2.5)
        否则如果 bad == "isqrt(-4)": math.isqrt(-4)
        否则如果 bad == "comb(-1, 2)": math.comb(-1, 2)
        否则如果 bad == "floor(inf)": math.floor(inf)
        否则如果 bad == "floor(nan)": math.floor(math.nan)
        否则如果 bad == "sqrt('x')": math.sqrt('x')
        否则如果 bad == "fmod(inf, 1)": math.fmod(inf, 1)
        否则如果 bad == "ldexp(1.0, 10**10)": math.ldexp(1.0, 10**10)
        否则如果 bad == "pow(0, -1)": math.pow(0, -1)
        否则如果 bad == "gamma(0)": math.gamma(0)
        否则如果 bad == "lgamma(-2)": math.lgamma(-2)
        否则如果 bad == "dist((1, 2), (1, 2, 3))": math.dist((1, 2), (1, 2, 3))
        否则如果 bad == "isclose(1, 2, rel_tol=-1)": math.isclose(1, 2, rel_tol=-1)
        否则如果 bad == "perm(3, -1)": math.perm(3, -1)
        否则如果 bad == "gcd(1.5)": math.gcd(1.5)
        否则如果 bad == "log(10, 1)": math.log(10, 1)
        否则如果 bad == "trunc('s')": math.trunc('s')
        打印(bad, "no error")
    除了 (ValueError, OverflowError, TypeError, ZeroDivisionError) 作为 e:
        打印(bad, "->", 类型(e).__name__, e)

打印(math.sqrt(-2))
