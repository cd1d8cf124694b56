/* Native check of the double-double fast paths of the float conversions
 * (src/runtime/rt_decimal_fast.c, rt_dtoa_fast.c) against glibc, an
 * independent correctly rounded implementation: every answer they give
 * must be glibc's, on millions of seeded random inputs of every kind
 * (random bit patterns, short decimals, decimals next to a halfway point,
 * a double's 17 digits). They may decline (answer 0: the exact algorithms
 * decide then); the test also checks that they decline rarely.
 * Built and run by tests/rt_float_fast.test.mjs (gcc, -O2 and ASan/UBSan). */
#define _DEFAULT_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int rt_decimal_to_double_fast(uint64_t m, int e10, double *out);
int rt_dtoa_shortest_fast(double v, char *digits, int *decpt);

static uint64_t state = 88172645463325252ull;
static uint64_t xr(void) {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
}

static long decided, failures;

/* m * 10^e10 through the fast path and through strtod */
static void check_decimal(uint64_t m, int e10) {
    char buf[64];
    snprintf(buf, sizeof buf, "%llue%d", (unsigned long long)m, e10);
    double r, ref = strtod(buf, 0);
    if (!rt_decimal_to_double_fast(m, e10, &r)) return;
    decided++;
    if (r != ref && failures++ < 10) printf("decimal %s: %.17g, strtod %.17g\n", buf, r, ref);
}

/* the shortest digits through the fast path and the shortest %.*e that
 * reads back (glibc's are correctly rounded: the nearest of that length) */
static void check_shortest(double v) {
    char d[32], buf[64];
    int decpt, nd = rt_dtoa_shortest_fast(v, d, &decpt);
    if (!nd) return;
    decided++;
    int p;
    for (p = 1; p <= 17; p++) {
        snprintf(buf, sizeof buf, "%.*e", p - 1, v);
        if (strtod(buf, 0) == v) break;
    }
    char od[32];
    int on = 0;
    const char *q = buf;
    for (; *q && *q != 'e'; q++)
        if (*q >= '0' && *q <= '9') od[on++] = *q;
    while (on > 1 && od[on - 1] == '0') on--;
    int oe = atoi(q + 1) + 1;
    if ((on != nd || memcmp(od, d, (size_t)nd) || oe != decpt) && failures++ < 10)
        printf("shortest %.17g: %.*s e%d, glibc %.*s e%d\n", v, nd, d, decpt, on, od, oe);
}

int main(void) {
    long n = 1000000, tried = 0;
    for (long i = 0; i < n; i++) {
        uint64_t b = xr() & 0x7fefffffffffffffull, m = 0;
        double v;
        memcpy(&v, &b, 8);
        int nd = 1 + (int)(xr() % 19), e10 = (int)(xr() % 601) - 300;
        for (int k = 0; k < nd; k++) m = m * 10 + xr() % 10;
        switch (i % 4) {
        case 0: break;
        case 1: m = m - m % 1000 + 500; break; /* next to a halfway point */
        case 2: v = (double)(xr() % 100000000) / (double)(1 + xr() % 10000); break;
        default: {
            char buf[40];
            snprintf(buf, sizeof buf, "%llue%d", (unsigned long long)(xr() % 100000), (int)(xr() % 60) - 30);
            v = strtod(buf, 0);
        }
        }
        check_decimal(m, e10);
        tried += 2;
        if (v != 0) check_shortest(v);
        /* a double's 17 significant digits as a decimal */
        if (v >= 1e-280 && v <= 1e280) {
            char buf[40], digs[40];
            snprintf(buf, sizeof buf, "%.16e", v);
            int k = 0;
            for (const char *p = buf; *p && *p != 'e'; p++)
                if (*p >= '0' && *p <= '9') digs[k++] = *p;
            digs[k] = 0;
            check_decimal(strtoull(digs, 0, 10), atoi(strchr(buf, 'e') + 1) - 16);
            tried++;
        }
    }
    fprintf(stderr, "%ld cases, %ld decided, %ld failures\n", tried, decided, failures);
    /* declining is for the rare cases next to a boundary and the ranges left out */
    if (decided < tried * 8 / 10) {
        fprintf(stderr, "the fast paths decline too often\n");
        return 1;
    }
    return failures != 0;
}
