#include "pairset.h"

#include <stdint.h>

static uint32_t hash(const void *a, const void *b) {
    uint64_t h = (uint64_t)(uintptr_t)a * 0x9E3779B97F4A7C15u ^ (uint64_t)(uintptr_t)b * 0xC2B2AE3D27D4EB4Fu;
    return (uint32_t)(h ^ h >> 29);
}

/* true when inserted, false when already there */
static bool insert(PairSetSlot *slots, int cap, const void *a, const void *b) {
    uint32_t mask = (uint32_t)cap - 1;
    for (uint32_t i = hash(a, b) & mask;; i = (i + 1) & mask) {
        PairSetSlot *s = &slots[i];
        if (!s->a) {
            s->a = a;
            s->b = b;
            return true;
        }
        if (s->a == a && s->b == b) return false;
    }
}

bool pairset_add(Arena *arena, PairSet *s, const void *a, const void *b) {
    if ((s->len + 1) * 4 > s->cap * 3) { /* keep the load under 3/4 */
        int cap = s->cap ? s->cap * 2 : 64;
        PairSetSlot *slots = arena_alloc(arena, sizeof *slots * (size_t)cap);
        for (int i = 0; i < s->cap; i++)
            if (s->slots[i].a) insert(slots, cap, s->slots[i].a, s->slots[i].b);
        arena_release(arena, s->slots, sizeof *slots * (size_t)s->cap); /* only the set points to it */
        s->slots = slots;
        s->cap = cap;
    }
    if (!insert(s->slots, s->cap, a, b)) return false;
    s->len++;
    return true;
}
