/* The time module: its clocks over WASI's clock_time_get (realtime for
 * time(), monotonic for perf_counter() and monotonic()), and sleep() over
 * poll_oneoff. A module links (and imports) only the ones it calls. */
#include "rt_bigint.h"
#include "rt_obj.h"

enum { CLOCK_REALTIME = 0, CLOCK_MONOTONIC = 1 };

static uint64_t now_ns(uint32_t clock) {
    uint64_t t = 0;
    rt_wasi_clock_time_get(clock, 1, &t);
    return t;
}

/* time.time(): seconds since the epoch, a float */
double rt_time_time(void) { return (double)now_ns(CLOCK_REALTIME) / 1e9; }
/* time.time_ns(): nanoseconds since the epoch, an int (beyond 2^61: big) */
int64_t rt_time_time_ns(void) { return rt_int_from_u64(now_ns(CLOCK_REALTIME)); }
/* time.perf_counter() and time.monotonic(): seconds of a clock that only
 * goes forward, for measuring durations */
double rt_time_perf_counter(void) { return (double)now_ns(CLOCK_MONOTONIC) / 1e9; }
int64_t rt_time_perf_counter_ns(void) { return rt_int_from_u64(now_ns(CLOCK_MONOTONIC)); }

/* WASI's subscription to a relative clock timeout, and the event it gives */
typedef struct Subscription {
    uint64_t userdata;
    uint8_t tag; /* 0: clock */
    uint8_t pad[7];
    uint32_t clock;
    uint32_t pad2;
    uint64_t timeout; /* ns */
    uint64_t precision;
    uint16_t flags; /* 0: relative */
    uint8_t pad3[6];
} Subscription;
typedef struct Event {
    uint64_t userdata;
    uint16_t error;
    uint8_t type;
    uint8_t pad[21];
} Event;

/* time.sleep(secs): CPython's ValueError for a negative or NaN length */
void rt_time_sleep(double secs) {
    if (!(secs >= 0)) {
        rt_raise_cstr(RT_EXC_VALUE, secs != secs ? "Invalid value NaN (not a number)" : "sleep length must be non-negative");
        return;
    }
    if (secs > 1e10) secs = 1e10; /* ~317 years: as long as anyone waits */
    rt_flush(); /* what was printed shows before the pause */
    /* as CPython, at least the time asked: a host may wake early (libuv's
     * timers count from a cached loop time), so wait again for the rest */
    uint64_t end = now_ns(CLOCK_MONOTONIC) + (uint64_t)(secs * 1e9);
    for (int tries = 0; tries < 1000; tries++) {
        uint64_t now = now_ns(CLOCK_MONOTONIC);
        if (now >= end) return;
        Subscription sub = {0};
        sub.clock = CLOCK_MONOTONIC;
        sub.timeout = end - now;
        sub.precision = 1000;
        Event ev;
        uint32_t n = 0;
        if (rt_wasi_poll_oneoff(&sub, &ev, 1, &n) != 0) return;
    }
}
