# The time module: the clocks go forward, sleep waits at least as long as asked,
# and CPython's errors.
importieren time
von time importieren perf_counter, sleep

t0 = time.time()
p0 = perf_counter()
sleep(0.05)
p1 = perf_counter()
ausgeben(p1 - p0 >= 0.05, p1 - p0 < 2, t0 > 1.7e9, time.time_ns() > 10**18, time.monotonic() <= time.monotonic())
versuchen:
    time.sleep(-1)
ausnahme ValueError als e:
    ausgeben("ValueError:", e)
ausgeben(typ(time.perf_counter_ns()).__name__)
