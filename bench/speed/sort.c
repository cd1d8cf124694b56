#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A stable merge sort (sorted() is CPython's timsort, a merge sort): runs
 * of 32 by insertion, then merged bottom-up through a buffer. musl's qsort
 * (smoothsort, a comparison function called through a pointer) took as long
 * as our sorted(): not the limit. */
static void merge_sort(long long *a, long long n) {
    enum { RUN = 32 };
    for (long long lo = 0; lo < n; lo += RUN) {
        long long hi = lo + RUN < n ? lo + RUN : n;
        for (long long i = lo + 1; i < hi; i++) {
            long long v = a[i], j = i;
            for (; j > lo && a[j - 1] > v; j--)
                a[j] = a[j - 1];
            a[j] = v;
        }
    }
    long long *buf = malloc(n * sizeof *buf), *src = a, *dst = buf;
    for (long long width = RUN; width < n; width *= 2) {
        for (long long lo = 0; lo < n; lo += 2 * width) {
            long long mid = lo + width < n ? lo + width : n, hi = lo + 2 * width < n ? lo + 2 * width : n;
            long long i = lo, j = mid, k = lo;
            while (i < mid && j < hi)
                dst[k++] = src[j] < src[i] ? src[j++] : src[i++];
            while (i < mid)
                dst[k++] = src[i++];
            while (j < hi)
                dst[k++] = src[j++];
        }
        long long *t = src;
        src = dst;
        dst = t;
    }
    if (src != a)
        memcpy(a, src, n * sizeof *a);
    free(buf);
}

static void run(long long n) {
    long long x = 12345;
    long long *xs = malloc(n * sizeof *xs), *ys = malloc(n * sizeof *ys);
    for (long long i = 0; i < n; i++) {
        x = (x * 1664525 + 1013904223) % 4294967296LL;
        xs[i] = x >> 8;
    }
    memcpy(ys, xs, n * sizeof *xs);
    merge_sort(ys, n);
    long long checksum = 0;
    for (long long i = 0; i < n; i += 1000)
        checksum = (checksum + ys[i] * (i + 1)) % 1000000007;
    printf("%lld %lld %lld %lld\n", ys[0], ys[n / 2], ys[n - 1], checksum);
    free(xs);
    free(ys);
}

int main(void) {
    run(1000000);
    return 0;
}
