/* Exact double -> decimal: shortest round-trip digits (the algorithm of
 * Steele & White / Burger & Dybvig with the tie rules of David Gay's dtoa
 * mode 0, which CPython's repr uses), the full exact expansion, and
 * CPython's repr(float) layout. */
#include "rt_internal.h"

static void decompose(double v, uint64_t *f, int *e) {
    uint64_t bits;
    __builtin_memcpy(&bits, &v, 8);
    uint64_t m = bits & (((uint64_t)1 << 52) - 1);
    int be = (int)((bits >> 52) & 0x7ff);
    if (be == 0) {
        *f = m;
        *e = -1074;
    } else {
        *f = m | ((uint64_t)1 << 52);
        *e = be - 1075;
    }
}

int rt_dtoa_shortest(double v, char *digits, int *decpt) {
    int fast = rt_dtoa_shortest_fast(v < 0 ? -v : v, digits, decpt); /* most doubles (rt_dtoa_fast.c) */
    if (fast) return fast;
    uint64_t f;
    int e;
    decompose(v, &f, &e);
    int even = !(f & 1);
    int unequal = f == ((uint64_t)1 << 52) && e > -1074; /* lower gap is half the upper */
    RtFixBig r, s, mp, mm;
    if (e >= 0) {
        big_set_u64(&r, f);
        big_shl(&r, (uint32_t)(e + 1 + unequal));
        big_set_u64(&s, 2u << unequal);
        big_set_u64(&mp, 1);
        big_shl(&mp, (uint32_t)(e + unequal));
        big_set_u64(&mm, 1);
        big_shl(&mm, (uint32_t)e);
    } else {
        big_set_u64(&r, f);
        big_shl(&r, (uint32_t)(1 + unequal));
        big_set_u64(&s, 1);
        big_shl(&s, (uint32_t)(1 - e + unequal));
        big_set_u64(&mp, 1u << unequal);
        big_set_u64(&mm, 1);
    }
    /* k = ceil(log10(v)) or one less: v >= 2^(e + bitlen(f) - 1) */
    int bl = 64 - __builtin_clzll(f);
    double est = (double)(e + bl - 1) * 0.30102999566398114 - 1e-10;
    int k = (int)est;
    if (est > (double)k) k++;
    if (k >= 0) {
        big_mul_pow10(&s, (uint32_t)k);
    } else {
        big_mul_pow10(&r, (uint32_t)-k);
        big_mul_pow10(&mp, (uint32_t)-k);
        big_mul_pow10(&mm, (uint32_t)-k);
    }
    int high = big_cmp_sum(&r, &mp, &s);
    if (high > 0 || (even && high == 0)) {
        k++; /* v (or its upper boundary) reaches 10^k: digits start one place up */
    } else {
        big_mul_small(&r, 10);
        big_mul_small(&mp, 10);
        big_mul_small(&mm, 10);
    }
    int n = 0;
    for (;;) {
        int dig = 0;
        while (big_cmp(&r, &s) >= 0) {
            big_sub(&r, &s);
            dig++;
        }
        int j = big_cmp(&r, &mm);
        int j1 = big_cmp_sum(&r, &mp, &s);
        int round_up = 0, done = 1;
        if (j1 == 0 && even) {
            round_up = j > 0;
        } else if (j < 0 || (j == 0 && even)) {
            if (!big_is_zero(&r) && j1 > 0) {
                int c = big_cmp_sum(&r, &r, &s);
                round_up = c > 0 || (c == 0 && (dig & 1));
            }
        } else if (j1 > 0) {
            round_up = 1;
        } else {
            done = 0;
        }
        if (!done) {
            digits[n++] = (char)('0' + dig);
            big_mul_small(&r, 10);
            big_mul_small(&mp, 10);
            big_mul_small(&mm, 10);
            continue;
        }
        if (round_up && dig == 9) { /* carry into the digits before */
            while (n > 0 && digits[n - 1] == '9') n--;
            if (n == 0) {
                digits[n++] = '1';
                k++;
            } else {
                digits[n - 1]++;
            }
        } else {
            digits[n++] = (char)('0' + dig + round_up);
        }
        break;
    }
    *decpt = k;
    return n;
}

int rt_dtoa_exact(double v, char *digits, int *decpt) {
    uint64_t f;
    int e;
    decompose(v, &f, &e);
    RtFixBig m;
    big_set_u64(&m, f);
    int n;
    if (e >= 0) {
        big_shl(&m, (uint32_t)e);
        n = (int)big_to_decimal(&m, digits, RT_DTOA_MAX);
        *decpt = n;
    } else {
        big_mul_pow5(&m, (uint32_t)-e); /* v = f * 5^-e / 10^-e */
        n = (int)big_to_decimal(&m, digits, RT_DTOA_MAX);
        *decpt = n + e;
    }
    while (n > 0 && digits[n - 1] == '0') n--;
    return n;
}

static int put_str(char *out, int o, const char *s) {
    while (*s) out[o++] = *s++;
    return o;
}

int rt_format_float(double v, char *out) {
    int o = 0;
    if (v != v) return put_str(out, 0, "nan");
    uint64_t bits;
    __builtin_memcpy(&bits, &v, 8);
    if (bits >> 63) {
        out[o++] = '-';
        v = -v;
    }
    if (v == __builtin_inf()) return put_str(out, o, "inf");
    if (v == 0) return put_str(out, o, "0.0");
    char d[20];
    int decpt;
    int n = rt_dtoa_shortest(v, d, &decpt);
    if (decpt <= -4 || decpt > 16) { /* d.ddde+XX */
        out[o++] = d[0];
        if (n > 1) {
            out[o++] = '.';
            for (int i = 1; i < n; i++) out[o++] = d[i];
        }
        int x = decpt - 1;
        out[o++] = 'e';
        out[o++] = x < 0 ? '-' : '+';
        if (x < 0) x = -x;
        if (x >= 100) out[o++] = (char)('0' + x / 100);
        out[o++] = (char)('0' + x / 10 % 10);
        out[o++] = (char)('0' + x % 10);
    } else if (decpt <= 0) { /* 0.000ddd */
        out[o++] = '0';
        out[o++] = '.';
        for (int i = 0; i < -decpt; i++) out[o++] = '0';
        for (int i = 0; i < n; i++) out[o++] = d[i];
    } else if (decpt >= n) { /* ddd000.0 */
        for (int i = 0; i < n; i++) out[o++] = d[i];
        for (int i = n; i < decpt; i++) out[o++] = '0';
        out[o++] = '.';
        out[o++] = '0';
    } else { /* ddd.ddd */
        for (int i = 0; i < n; i++) {
            if (i == decpt) out[o++] = '.';
            out[o++] = d[i];
        }
    }
    return o;
}
