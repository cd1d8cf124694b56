/* Small memory helpers. rt_alloc itself lives in rt_gc.c (the garbage
 * collector's allocator). */
#include "rt_internal.h"

void rt_memcpy(void *dst, const void *src, uint32_t n) { __builtin_memcpy(dst, src, n); }

uint32_t rt_cstrlen(const char *s) {
    uint32_t n = 0;
    while (s[n]) n++;
    return n;
}

int rt_cstr_eq(const char *a, const char *b) {
    while (*a && *a == *b) a++, b++;
    return *a == *b;
}
