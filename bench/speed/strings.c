#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A growable string. */
struct sb { char *p; size_t len, cap; };

static void sb_add(struct sb *b, const char *s, size_t n) {
    if (b->len + n + 1 > b->cap) {
        while (b->len + n + 1 > b->cap)
            b->cap = b->cap ? b->cap * 2 : 16;
        b->p = realloc(b->p, b->cap);
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = 0;
}

static size_t count_char(const struct sb *b, char c) {
    size_t n = 0;
    for (size_t i = 0; i < b->len; i++)
        n += b->p[i] == c;
    return n;
}

static void build(int n) {
    /* str(i) of each i into its own string, then joined by commas */
    char **parts = malloc(n * sizeof *parts);
    for (int i = 0; i < n; i++) {
        char tmp[24];
        int len = snprintf(tmp, sizeof tmp, "%d", i);
        parts[i] = malloc(len + 1);
        memcpy(parts[i], tmp, len + 1);
    }
    struct sb s = {0};
    for (int i = 0; i < n; i++) {
        if (i > 0)
            sb_add(&s, ",", 1);
        sb_add(&s, parts[i], strlen(parts[i]));
    }
    struct sb t = {0};
    for (int i = 0; i < n; i++) {
        char c = (char)(97 + i % 26);
        sb_add(&t, &c, 1);
    }
    struct sb u = {0};
    for (int i = 0; i < n / 10; i++) {
        char d = (char)('0' + i % 10);
        sb_add(&u, &d, 1);
        sb_add(&u, "-", 1);
    }
    printf("%zu %zu %zu %zu %zu %s\n", s.len, count_char(&s, '7'), t.len, count_char(&t, 'z'), u.len,
           u.p + u.len - 4);
    for (int i = 0; i < n; i++)
        free(parts[i]);
    free(parts);
}

int main(void) {
    build(50000);
    return 0;
}
