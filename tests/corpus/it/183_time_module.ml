# The time module: the clocks go forward, sleep waits at least as long as asked,
# and CPython's errors.
importa time
da time importa perf_counter, sleep

t0 = time.time()
p0 = perf_counter()
sleep(0.05)
p1 = perf_counter()
stampa(p1 - p0 >= 0.05, p1 - p0 < 2, t0 > 1.7e9, time.time_ns() > 10**18, time.monotonic() <= time.monotonic())
prova:
    time.sleep(-1)
eccetto ValueError come e_:
    stampa("ValueError:", e_)
stampa(tipo(time.perf_counter_ns()).__name__)
