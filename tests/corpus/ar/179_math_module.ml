# The math module: constants, float functions on ints, floats and bools,
# integer functions on big ints, keyword arguments, functions as values,
# and CPython's errors.
استيراد math
استيراد math كـ m
من math استيراد sqrt, floor, ceil, pi كـ PI, inf

اطبع(math.pi, math.e, math.tau, PI, inf, -math.inf, math.nan)
اطبع(sqrt(2), sqrt(16), math.sqrt(صحيح), m.sqrt(10**20))
اطبع(math.exp(1), math.log(math.e), math.log(1024, 2), math.log10(1000), math.log2(2**100))
اطبع(math.log(10**400), math.log2(3**1000), math.log10(10**500))
اطبع(math.sin(PI / 6), math.cos(0), math.tan(1), math.atan2(1, -1), math.hypot(3, 4, 12))
اطبع(math.degrees(PI), math.radians(180), math.fabs(-3), math.copysign(2, -0.0))
اطبع(floor(2.5), floor(-2.5), ceil(2.1), ceil(-2.1), math.trunc(-7.9), floor(10**30), نوع(floor(1.5)).__name__)
اطبع(floor(1e300) == 10**300, ceil(-1e20))
اطبع(math.factorial(30), math.comb(100, 50), math.perm(10, 3), math.perm(5))
اطبع(math.gcd(2**100, 6**50), math.gcd(), math.gcd(-12, 18, 30), math.lcm(4, 6, 10), math.lcm())
اطبع(math.isqrt(10**41), math.isqrt(99), math.isqrt(2**200 - 1))
اطبع(math.fmod(7, -3), math.remainder(7, 3), math.modf(-3.75), math.frexp(1000.0), math.ldexp(0.75, 11))
اطبع(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9))
اطبع(math.isfinite(1e308), math.isinf(-inf), math.isnan(math.nan), math.isnan(عشري("nan")))
اطبع(math.fsum([0.1] * 10), مجموع([0.1] * 10), math.fsum(x / 7 لكل x في مدى(100)))
اطبع(math.prod([1, 2, 3, 4]), math.prod(مدى(1, 25)), math.prod([1.5, 2]), math.prod([], start=5), math.prod([2, 3], start=0.5))
اطبع(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 8]))
اطبع(math.erf(0.5), math.erfc(0.5), math.gamma(5), math.gamma(0.5), math.lgamma(100))
اطبع(math.expm1(1e-10), math.log1p(1e-10), math.cbrt(27), math.exp2(10))
اطبع(math.pow(2, 10), math.pow(2, -1), math.pow(-8, 1/3) إذا خطأ وإلا math.pow(4, 0.5))
اطبع(math.nextafter(1.0, 2.0), math.ulp(1.0), math.acosh(1), math.asinh(1), math.atanh(0.5))
اطبع(قائمة(طبّق(math.sqrt, [1, 4, 9])), مرتب([2.7, -1.2, 2.1], key=math.floor), قائمة(طبّق(math.factorial, مدى(6))))
f = math.atan2
اطبع(f(1, 1), f(0, -1))


دالة hypotenuse(a: عشري, b: عشري) -> عشري:
    إرجاع math.sqrt(a * a + b * b)


اطبع(hypotenuse(5, 12), [تقريب(math.sin(k * PI / 4), 6) لكل k في مدى(5)])

["sqrt(-1)", "log(0)", "log(-5)", "acos(2)", "exp(1000)", "factorial(-1)", "factorial(2.5)",
            "isqrt(-4)", "comb(-1, 2)", "floor(inf)", "floor(nan)", "sqrt('x')", "fmod(inf, 1)",
            "ldexp(1.0, 10**10)", "pow(0, -1)", "gamma(0)", "lgamma(-2)", "dist((1, 2), (1, 2, 3))",
            "isclose(1, 2, rel_tol=-1)", "perm(3, -1)", "gcd(1.5)", "log(10, 1)", "trunc('s')"] ضمن لكل bad:
    حاول:
        bad == "sqrt(-1)" إذا: math.sqrt(-1)
        وإلا_إذا bad == "log(0)": math.log(0)
        وإلا_إذا bad == "log(-5)": math.log(-5)
        وإلا_إذا bad == "acos(2)": math.acos(2)
        وإلا_إذا bad == "exp(1000)": math.exp(1000)
        وإلا_إذا bad == "factorial(-1)": math.factorial(-1)
        وإلا_إذا bad == "factorial(2.5)": math.factorial(2.5)
        وإلا_إذا bad == "isqrt(-4)": math.isqrt(-4)
        وإلا_إذا bad == "comb(-1, 2)": math.comb(-1, 2)
        وإلا_إذا bad == "floor(inf)": math.floor(inf)
        وإلا_إذا bad == "floor(nan)": math.floor(math.nan)
        وإلا_إذا bad == "sqrt('x')": math.sqrt('x')
        وإلا_إذا bad == "fmod(inf, 1)": math.fmod(inf, 1)
        وإلا_إذا bad == "ldexp(1.0, 10**10)": math.ldexp(1.0, 10**10)
        وإلا_إذا bad == "pow(0, -1)": math.pow(0, -1)
        وإلا_إذا bad == "gamma(0)": math.gamma(0)
        وإلا_إذا bad == "lgamma(-2)": math.lgamma(-2)
        وإلا_إذا bad == "dist((1, 2), (1, 2, 3))": math.dist((1, 2), (1, 2, 3))
        وإلا_إذا bad == "isclose(1, 2, rel_tol=-1)": math.isclose(1, 2, rel_tol=-1)
        وإلا_إذا bad == "perm(3, -1)": math.perm(3, -1)
        وإلا_إذا bad == "gcd(1.5)": math.gcd(1.5)
        وإلا_إذا bad == "log(10, 1)": math.log(10, 1)
        وإلا_إذا bad == "trunc('s')": math.trunc('s')
        اطبع(bad, "no error")
    استثناء (ValueError, OverflowError, TypeError, ZeroDivisionError) كـ e:
        اطبع(bad, "->", نوع(e).__name__, e)

اطبع(math.sqrt(-2))
