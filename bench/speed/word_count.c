#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *SYLLABLES[] = {"ka", "lo", "mi", "ne", "ru", "ta", "so", "vi", "pe", "du"};

/* The words joined by spaces, in a buffer of *len bytes. */
static char *make_text(long long n, size_t *len) {
    size_t cap = 1024, used = 0;
    char *text = malloc(cap);
    long long x = 7;
    for (long long i = 0; i < n; i++) {
        x = (x * 1664525 + 1013904223) % 4294967296LL;
        if (used + 8 > cap)
            text = realloc(text, cap *= 2);
        if (i > 0)
            text[used++] = ' ';
        memcpy(text + used, SYLLABLES[x % 10], 2);
        memcpy(text + used + 2, SYLLABLES[(x >> 8) % 10], 2);
        used += 4;
        if ((x >> 16) % 4 == 0) {
            memcpy(text + used, SYLLABLES[(x >> 20) % 10], 2);
            used += 2;
        }
    }
    *len = used;
    return text;
}

/* An open-addressing hash table of (word, count); words point into text. */
struct entry { const char *w; size_t len; long long count; };
static struct entry *table;
static size_t cap, used;

static unsigned long hash(const char *w, size_t len) {
    unsigned long h = 2166136261u;
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)w[i]) * 16777619u;
    return h;
}

static void grow(void) {
    struct entry *old = table;
    size_t oldcap = cap;
    cap = cap ? cap * 2 : 8;
    table = calloc(cap, sizeof *table);
    for (size_t i = 0; i < oldcap; i++)
        if (old[i].w) {
            size_t j = hash(old[i].w, old[i].len) & (cap - 1);
            while (table[j].w)
                j = (j + 1) & (cap - 1);
            table[j] = old[i];
        }
    free(old);
}

static void count(const char *w, size_t len) {
    if (2 * (used + 1) > cap)
        grow();
    size_t j = hash(w, len) & (cap - 1);
    while (table[j].w && !(table[j].len == len && memcmp(table[j].w, w, len) == 0))
        j = (j + 1) & (cap - 1);
    if (!table[j].w) {
        table[j].w = w;
        table[j].len = len;
        used++;
    }
    table[j].count++;
}

static int less(const char *a, size_t la, const char *b, size_t lb) {
    int c = memcmp(a, b, la < lb ? la : lb);
    return c < 0 || (c == 0 && la < lb);
}

int main(void) {
    size_t len;
    char *text = make_text(500000, &len);
    for (size_t i = 0; i < len;) {
        while (i < len && text[i] == ' ')
            i++;
        size_t start = i;
        while (i < len && text[i] != ' ')
            i++;
        if (i > start)
            count(text + start, i - start);
    }
    long long top = 0, squares = 0;
    const char *top_word = "";
    size_t top_len = 0;
    for (size_t i = 0; i < cap; i++)
        if (table[i].w) {
            long long c = table[i].count;
            squares = (squares + c * c) % 1000000007;
            if (c > top || (c == top && less(table[i].w, table[i].len, top_word, top_len))) {
                top = c;
                top_word = table[i].w;
                top_len = table[i].len;
            }
        }
    printf("%zu %lld %.*s %lld\n", used, top, (int)top_len, top_word, squares);
    return 0;
}
