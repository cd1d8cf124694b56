#include "lex_table.h"

#include <stdlib.h>
#include <string.h>

uint32_t lextab_hash(const char *s, size_t len) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++) {
        h ^= (unsigned char)s[i];
        h *= 16777619u;
    }
    return h;
}

static void add(LexTable *t, const char *s, size_t len, int pack, int kind, Concept c,
                const char *canonical) {
    if (t->n == t->cap) return;
    LexEntry *e = &t->e[t->n];
    e->s = s;
    e->len = (uint32_t)len;
    e->hash = lextab_hash(s, len);
    e->pack = pack;
    e->kind = kind;
    e->concept = c;
    e->canonical = canonical;
    uint32_t b = e->hash & t->mask;
    e->next = t->buckets[b];
    t->buckets[b] = t->n++;
}

/* A multi-word spelling also enters its first word as a phrase start. */
static void add_spelling(LexTable *t, const char *s, int pack, int kind, Concept c,
                         const char *canonical) {
    size_t len = strlen(s);
    add(t, s, len, pack, kind, c, canonical);
    const char *sp = memchr(s, ' ', len);
    if (sp) add(t, s, (size_t)(sp - s), pack, LEXTAB_PHRASE_START, CONCEPT_NONE, NULL);
}

bool lextab_build(LexTable *t, const LangPack *const *packs, const bool *with_builtins,
                  int npacks) {
    memset(t, 0, sizeof *t);
    int total = 0;
    for (int i = 0; i < npacks; i++)
        total += 2 * (packs[i]->keyword_count + (with_builtins[i] ? packs[i]->builtin_count : 0));
    uint32_t nb = 16;
    while (nb < (uint32_t)total * 2) nb *= 2;
    t->e = malloc(sizeof(LexEntry) * (size_t)(total ? total : 1));
    t->buckets = malloc(sizeof(int) * nb);
    if (!t->e || !t->buckets) {
        free(t->e);
        free(t->buckets);
        memset(t, 0, sizeof *t);
        return false;
    }
    t->cap = total;
    t->mask = nb - 1;
    memset(t->buckets, 0xFF, sizeof(int) * nb);
    for (int i = 0; i < npacks; i++) {
        const LangPack *p = packs[i];
        for (int k = 0; k < p->keyword_count; k++)
            add_spelling(t, p->keywords[k].spelling, i, LEXTAB_KEYWORD, p->keywords[k].concept,
                         NULL);
        if (with_builtins[i])
            for (int k = 0; k < p->builtin_count; k++)
                add_spelling(t, p->builtins[k].alias, i, LEXTAB_BUILTIN, CONCEPT_NONE,
                             p->builtins[k].canonical);
    }
    return true;
}

void lextab_free(LexTable *t) {
    free(t->e);
    free(t->buckets);
    memset(t, 0, sizeof *t);
}

int lextab_next(const LexTable *t, int i, const char *s, size_t len, uint32_t hash) {
    for (; i >= 0; i = t->e[i].next) {
        const LexEntry *e = &t->e[i];
        if (e->hash == hash && e->len == len && memcmp(e->s, s, len) == 0) return i;
    }
    return -1;
}

int lextab_find(const LexTable *t, const char *s, size_t len, uint32_t hash) {
    if (!t->buckets) return -1;
    return lextab_next(t, t->buckets[hash & t->mask], s, len, hash);
}
