import statistics
from statistics import (mean, fmean, geometric_mean, harmonic_mean, median, median_low, median_high,
                        median_grouped, mode, multimode, quantiles, variance, pvariance, stdev, pstdev,
                        covariance, correlation, linear_regression, StatisticsError)
from fractions import Fraction as F


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


data_sets = [
    [1, 2, 3, 4, 4],
    [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5],
    [0.1, 0.2, 0.3, 0.4],
    [1e50, 1, -1e50, 3],
    [F(1, 3), F(2, 3), F(5, 7)],
    [1, 2.5, F(1, 4)],
    [True, False, True, 3],
    [10 ** 20, 10 ** 20 + 1, 10 ** 20 + 3],
    [-5, 7, 11, -2, 0, 3],
    [3.14159, 2.71828, 1.41421, 1.73205, 0.57721, 1.61803],
    list(range(1, 101)),
    [0.1] * 10,
    [1.5, 2, 3],
]
for d in data_sets:
    print("data", d[:8])
    for name, f in [("mean", mean), ("fmean", fmean), ("median", median), ("median_low", median_low),
                    ("median_high", median_high), ("median_grouped", median_grouped), ("mode", mode),
                    ("multimode", multimode), ("variance", variance), ("pvariance", pvariance),
                    ("stdev", stdev), ("pstdev", pstdev), ("quantiles", quantiles),
                    ("geometric_mean", geometric_mean), ("harmonic_mean", harmonic_mean)]:
        show("  " + name, lambda: f(d))

print(mean(iter([1, 2, 3])), mean((x * 0.5 for x in range(7))), mean(range(10)), type(mean([1, 2])).__name__)
print(variance([1, 2, 3, 4], 2.5), pvariance([1, 2, 3, 4], 2.5), stdev([1, 2, 3, 4], xbar=2.5), pstdev([1.5, 2.5], mu=2.0))
print(variance([F(1, 2), F(3, 4), F(5, 8)]), pvariance([F(1, 2), F(3, 4)], F(5, 8)), stdev([F(1, 2), F(3, 4), F(5, 8)]))
print(fmean([3.5, 4.0, 5.25]), fmean([1, 2, 3], weights=[0.25, 0.25, 0.5]), fmean(iter([1.0, 2.0])))
print(harmonic_mean([40, 60]), harmonic_mean([40, 60], weights=[5, 30]), harmonic_mean([2.5, 3, 10]), harmonic_mean([0, 5]))
print(harmonic_mean([F(1, 2), F(1, 3)]), harmonic_mean([7]), geometric_mean([54, 24, 36]), geometric_mean([2, 8]))
print(median_grouped([52, 52, 53, 54]), median_grouped([1, 3, 3, 5, 7], interval=1), median_grouped([1, 3, 3, 5, 7], interval=2))
print(median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), median_grouped([2.5]), median_grouped([F(1, 2), F(3, 2)], 2))
print(mode(["red", "blue", "blue", "red", "green", "red", "red"]), mode("aabbbcc"), mode([1, 1, 2, 2]), mode([(1, 2), (1, 2), 3]))
print(multimode("aabbbbccddddeeffffgg"), multimode(""), multimode([3, 1, 3, 1]), multimode(iter([5])))
print(quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(quantiles([1, 2, 3, 4, 5], n=4, method="inclusive"), quantiles([1.5, 2.5], n=3), quantiles([1, 2], n=1))
print(quantiles([F(1, 2), F(3, 2), 2, 7], n=5), quantiles(range(10), n=4, method="inclusive"))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(covariance(x, y), covariance(x, [9, 8, 7, 6, 5, 4, 3, 2, 1]), correlation(x, x), correlation(x, [9, 8, 7, 6, 5, 4, 3, 2, 1]))
print(correlation(x, y), correlation([1.5, 2.25, 3.0], [0.5, 0.25, 1.0]))
lr = linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11.5])
print(lr, lr.slope, lr.intercept, linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True))
slope, intercept = linear_regression([1, 2, 3], [1, 2, 3])
print(slope, intercept)
print(issubclass(StatisticsError, ValueError), statistics.StatisticsError is StatisticsError)

for label, f in [
    ("mean []", lambda: mean([])),
    ("fmean []", lambda: fmean([])),
    ("fmean weights len", lambda: fmean([1, 2], weights=[1])),
    ("fmean weights zero", lambda: fmean([1, 2], weights=[1, -1])),
    ("median []", lambda: median([])),
    ("median_low []", lambda: median_low([])),
    ("median_high []", lambda: median_high([])),
    ("median_grouped []", lambda: median_grouped([])),
    ("mode []", lambda: mode([])),
    ("variance [1]", lambda: variance([1])),
    ("pvariance []", lambda: pvariance([])),
    ("stdev [1]", lambda: stdev([1])),
    ("pstdev []", lambda: pstdev([])),
    ("quantiles n=0", lambda: quantiles([1, 2], n=0)),
    ("quantiles [1]", lambda: quantiles([1])),
    ("quantiles method", lambda: quantiles([1, 2], method="x")),
    ("geometric_mean 0", lambda: geometric_mean([1, 0])),
    ("geometric_mean neg", lambda: geometric_mean([-1, 2])),
    ("geometric_mean []", lambda: geometric_mean([])),
    ("harmonic_mean neg", lambda: harmonic_mean([1, -2])),
    ("harmonic_mean zero first", lambda: harmonic_mean([F(1, 2), 0, -3])),
    ("harmonic_mean neg first", lambda: harmonic_mean([2, -1, 0])),
    ("harmonic_mean neg1", lambda: harmonic_mean([-2])),
    ("harmonic_mean []", lambda: harmonic_mean([])),
    ("harmonic_mean str", lambda: harmonic_mean(["a"])),
    ("harmonic_mean weights", lambda: harmonic_mean([1, 2], weights=[1])),
    ("harmonic_mean neg weight", lambda: harmonic_mean([1, 2], weights=[1, -1])),
    ("mean str", lambda: mean(["a", "b"])),
    ("mean mixed", lambda: mean([1, "a"])),
    ("variance str", lambda: variance(["a", "b"])),
    ("covariance len", lambda: covariance([1, 2], [1])),
    ("covariance short", lambda: covariance([1], [1])),
    ("correlation const", lambda: correlation([1, 1, 1], [1, 2, 3])),
    ("correlation len", lambda: correlation([1, 2], [1])),
    ("linear_regression const", lambda: linear_regression([1, 1], [1, 2])),
    ("linear_regression short", lambda: linear_regression([1], [2])),
    ("mean inf", lambda: mean([1.0, float("inf")])),
    ("mean nan", lambda: mean([float("nan"), 1.0])),
    ("variance inf", lambda: variance([1.0, float("inf"), 2.0])),
]:
    show(label, f)

# ---------------------------------------------------------------- NormalDist
from statistics import NormalDist

nd = NormalDist(100, 15)
print(nd, repr(nd), nd.mean, nd.median, nd.mode, nd.stdev, nd.variance, NormalDist())
print(nd.pdf(100), nd.pdf(130), nd.cdf(100), nd.cdf(85), nd.cdf(145.5), nd.zscore(130), nd.zscore(70))
print(nd.inv_cdf(0.5), nd.inv_cdf(0.975), nd.inv_cdf(0.001), nd.inv_cdf(1e-20), nd.inv_cdf(0.3), nd.inv_cdf(0.9999))
print(nd.quantiles(), nd.quantiles(n=10))
print(nd.overlap(NormalDist(110, 15)), NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), nd.overlap(nd))
print(nd + 10, nd - 10, nd * 2, nd / 2, 10 + nd, 10 - nd, 2 * nd, -nd, nd.__pos__(), nd * -1)
print(nd + NormalDist(5, 20), nd - NormalDist(5, 20), nd == NormalDist(100, 15), nd == NormalDist(100, 16), nd == 5, nd != nd)
print(hash(nd) == hash(NormalDist(100.0, 15.0)), NormalDist(F(1, 2), 1), NormalDist(True, 2))
print(NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]), NormalDist.from_samples([1, 2, 3, 4]))
s1 = NormalDist(0, 1).samples(3, seed=42)
s2 = NormalDist(0, 1).samples(3, seed=42)
print(s1 == s2, len(NormalDist(5, 2).samples(4)), s1)
show("sigma neg", lambda: NormalDist(0, -1))
show("pdf zero", lambda: NormalDist(1, 0).pdf(1))
show("cdf zero", lambda: NormalDist(1, 0).cdf(1))
show("inv_cdf 0", lambda: nd.inv_cdf(0))
show("inv_cdf 1", lambda: nd.inv_cdf(1.0))
show("inv_cdf zero", lambda: NormalDist(1, 0).inv_cdf(0.5))
show("zscore zero", lambda: NormalDist(1, 0).zscore(1))
show("overlap type", lambda: nd.overlap(5))
show("overlap zero", lambda: nd.overlap(NormalDist(1, 0)))
show("from_samples short", lambda: NormalDist.from_samples([1]))
