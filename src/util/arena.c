#include "arena.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

struct ArenaBlock {
    ArenaBlock *next, *prev;
    const Arena *owner; /* arena_release frees only its own arena's blocks */
    size_t used, cap;
    _Alignas(16) unsigned char data[];
};

enum { ARENA_BLOCK = 64 * 1024 };

void arena_init(Arena *a) {
    a->head = NULL;
    a->children = a->next_child = NULL;
}

void arena_free(Arena *a) {
    for (Arena *ch = a->children; ch;) {
        Arena *next = ch->next_child;
        arena_free(ch);
        ch = next;
    }
    a->children = NULL;
    ArenaBlock *b = a->head;
    while (b) {
        ArenaBlock *next = b->next;
        free(b);
        b = next;
    }
    a->head = NULL;
}

void *arena_alloc(Arena *a, size_t size) {
    size = (size + 15) & ~(size_t)15;
    ArenaBlock *b = a->head;
    if (!b || b->cap - b->used < size) {
        size_t cap = size > ARENA_BLOCK ? size : ARENA_BLOCK;
        b = malloc(sizeof(ArenaBlock) + cap);
        if (!b) {
            fputs("multilingual: out of memory\n", stderr);
            abort();
        }
        b->used = 0;
        b->cap = cap;
        b->next = a->head;
        b->prev = NULL;
        b->owner = a;
        if (a->head) a->head->prev = b;
        a->head = b;
    }
    void *p = b->data + b->used;
    b->used += size;
    memset(p, 0, size);
    return p;
}

Arena *arena_child(Arena *parent) {
    Arena *ch = arena_alloc(parent, sizeof *ch);
    ch->next_child = parent->children;
    parent->children = ch;
    return ch;
}

char *arena_strndup(Arena *a, const char *s, size_t n) {
    char *p = arena_alloc(a, n + 1);
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

char *arena_strdup(Arena *a, const char *s) { return arena_strndup(a, s, strlen(s)); }

char *arena_printf(Arena *a, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *p = arena_alloc(a, (size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}

void *arena_grow(Arena *a, void *old, size_t old_bytes, size_t new_bytes) {
    void *p = arena_alloc(a, new_bytes);
    if (old && old_bytes) memcpy(p, old, old_bytes < new_bytes ? old_bytes : new_bytes);
    return p;
}

void ptrvec_push(Arena *a, PtrVec *v, void *item) {
    if (v->len == v->cap) {
        int cap = v->cap ? v->cap * 2 : 4;
        v->items = arena_grow(a, v->items, sizeof(void *) * (size_t)v->len,
                              sizeof(void *) * (size_t)cap);
        v->cap = cap;
    }
    v->items[v->len++] = item;
}

void ptrvec_push_alone(Arena *a, PtrVec *v, void *item) {
    if (v->len == v->cap) {
        void **old = v->items;
        int old_cap = v->cap;
        ptrvec_push(a, v, item);
        arena_release(a, old, sizeof(void *) * (size_t)old_cap);
        return;
    }
    v->items[v->len++] = item;
}

void arena_release(Arena *a, void *p, size_t size) {
    size = (size + 15) & ~(size_t)15;
    if (!p || size <= ARENA_BLOCK) return; /* it shares a block */
    ArenaBlock *b = (ArenaBlock *)((unsigned char *)p - offsetof(ArenaBlock, data));
    if (b->owner != a || b->cap != size || b->used != size) return; /* not a block of its own */
    if (b->prev) b->prev->next = b->next;
    else a->head = b->next;
    if (b->next) b->next->prev = b->prev;
    free(b);
}

size_t arena_bytes(const Arena *a) {
    size_t n = 0;
    for (const ArenaBlock *b = a->head; b; b = b->next) n += b->cap;
    return n;
}

void arena_trim(void) {
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

void arena_free_trim(Arena *a) {
    bool big = arena_bytes(a) >= ARENA_TRIM_BYTES;
    arena_free(a);
    if (big) arena_trim();
}
