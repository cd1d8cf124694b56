#include "strmap.h"

#include <stdint.h>
#include <string.h>

static uint32_t hash(const char *s) {
    uint32_t h = 2166136261u; /* FNV-1a */
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

void *strmap_get(const StrMap *m, const char *key) {
    if (!m->cap) return NULL;
    uint32_t mask = (uint32_t)m->cap - 1;
    for (uint32_t i = hash(key) & mask;; i = (i + 1) & mask) {
        const StrMapSlot *s = &m->slots[i];
        if (!s->key) return NULL;
        if (!strcmp(s->key, key)) return s->value;
    }
}

static void insert(StrMapSlot *slots, int cap, const char *key, void *value, int *len) {
    uint32_t mask = (uint32_t)cap - 1;
    for (uint32_t i = hash(key) & mask;; i = (i + 1) & mask) {
        StrMapSlot *s = &slots[i];
        if (!s->key) {
            s->key = key;
            s->value = value;
            (*len)++;
            return;
        }
        if (!strcmp(s->key, key)) {
            s->value = value;
            return;
        }
    }
}

void strmap_put(Arena *a, StrMap *m, const char *key, void *value) {
    if ((m->len + 1) * 4 > m->cap * 3) { /* keep the load under 3/4 */
        int cap = m->cap ? m->cap * 2 : 4; /* most maps (a function's locals) hold a few names */
        StrMapSlot *slots = arena_alloc(a, sizeof *slots * (size_t)cap);
        int len = 0;
        for (int i = 0; i < m->cap; i++)
            if (m->slots[i].key) insert(slots, cap, m->slots[i].key, m->slots[i].value, &len);
        arena_release(a, m->slots, sizeof *slots * (size_t)m->cap); /* only the map points to it */
        m->slots = slots;
        m->cap = cap;
        m->len = len;
    }
    insert(m->slots, m->cap, key, value, &m->len);
}
