/* Lookups in the generated language-pack tables (build/gen/lang_packs.c).
 * Keyword and builtin tables are sorted by strcmp, so lookups are binary
 * searches over a (text, len) key that need not be NUL-terminated. */
#include "lang/lang.h"

#include <string.h>

/* strcmp-compatible comparison of the NUL-terminated s with text[0..len). */
static int cmp_key(const char *s, const char *text, size_t len) {
    size_t n = strlen(s);
    size_t m = n < len ? n : len;
    int r = memcmp(s, text, m);
    if (r != 0) return r;
    return n < len ? -1 : n > len ? 1 : 0;
}

bool lang_keyword_is_soft(const LangPack *p, Concept c, const char *spelling) {
    return c == KW_FUNC_DEF && p->canonical[c] && strcmp(spelling, p->canonical[c]) != 0;
}

Concept lang_keyword(const LangPack *p, const char *text, size_t len) {
    if (!p || !text) return CONCEPT_NONE;
    int lo = 0, hi = p->keyword_count - 1;
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2;
        int r = cmp_key(p->keywords[mid].spelling, text, len);
        if (r == 0) return p->keywords[mid].concept;
        if (r < 0)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    return CONCEPT_NONE;
}

const char *lang_builtin(const LangPack *p, const char *text, size_t len) {
    if (!p || !text) return NULL;
    int lo = 0, hi = p->builtin_count - 1;
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2;
        int r = cmp_key(p->builtins[mid].alias, text, len);
        if (r == 0) return p->builtins[mid].canonical;
        if (r < 0)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    return NULL;
}

const char *lang_builtin_alias(const LangPack *p, const char *canonical) {
    if (!p || !canonical) return NULL;
    int lo = 0, hi = p->primary_alias_count - 1;
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2;
        int r = strcmp(p->primary_aliases[mid].canonical, canonical);
        if (r == 0) return p->primary_aliases[mid].alias;
        if (r < 0)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    return NULL;
}
