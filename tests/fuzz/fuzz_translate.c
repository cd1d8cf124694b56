/* libFuzzer target: `translate`. The first byte picks the target language
 * (of the 17 packs), the rest is the program. A translation must compile
 * exactly as its source does: both accepted with the same code (the WAT
 * without its data segments, which hold the source lines and columns of
 * tracebacks, and with names compared by where they first appear; after
 * renames, with addresses of static data left out), or both refused. Internal errors of either are findings. */
#include "fuzz_common.h"
#include "lang/lang.h"

#include <stdbool.h>

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

/* The code of a WAT text: without its (data ...) and (memory ...) lines, and with every
 * $name replaced by its rank of first appearance, so that names the
 * translation renamed (a target's keyword: y -> y_) compare equal. A
 * function's params and locals are ranked within it: a local `i` renamed
 * to `i_` in the program's functions but not in a library module's would
 * otherwise share a rank with that module's `i` in one text only. */
typedef struct Names {
    const char **keys;
    size_t *lens;
    int *ranks;
    size_t cap, len;
} Names;

static size_t hash_name(const char *s, size_t n) {
    size_t h = 1469598103934665603u;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211u;
    return h;
}

static int rank_of(Names *m, const char *s, size_t n) {
    if ((m->len + 1) * 2 > m->cap) {
        Names g = {0};
        g.cap = m->cap ? m->cap * 2 : 1024;
        g.keys = calloc(g.cap, sizeof *g.keys);
        g.lens = calloc(g.cap, sizeof *g.lens);
        g.ranks = calloc(g.cap, sizeof *g.ranks);
        if (!g.keys || !g.lens || !g.ranks) abort();
        for (size_t i = 0; i < m->cap; i++)
            if (m->keys[i]) {
                size_t j = hash_name(m->keys[i], m->lens[i]) & (g.cap - 1);
                while (g.keys[j]) j = (j + 1) & (g.cap - 1);
                g.keys[j] = m->keys[i], g.lens[j] = m->lens[i], g.ranks[j] = m->ranks[i];
            }
        g.len = m->len;
        free(m->keys), free(m->lens), free(m->ranks);
        *m = g;
    }
    size_t j = hash_name(s, n) & (m->cap - 1);
    for (; m->keys[j]; j = (j + 1) & (m->cap - 1))
        if (m->lens[j] == n && !memcmp(m->keys[j], s, n)) return m->ranks[j];
    m->keys[j] = s, m->lens[j] = n, m->ranks[j] = (int)m->len++;
    return m->ranks[j];
}

/* n's rank, or -1 when m has no such name */
static int find_rank(const Names *m, const char *s, size_t n) {
    if (!m->cap) return -1;
    for (size_t j = hash_name(s, n) & (m->cap - 1); m->keys[j]; j = (j + 1) & (m->cap - 1))
        if (m->lens[j] == n && !memcmp(m->keys[j], s, n)) return m->ranks[j];
    return -1;
}

static void names_free(Names *m) {
    free(m->keys), free(m->lens), free(m->ranks);
    *m = (Names){0};
}

static bool name_byte(unsigned char c) {
    return c > ' ' && c != '(' && c != ')' && c != '"' && c != ';' && c != ',';
}

/* data: also replace i32 constants past the stack (addresses of static
 * data, >= 65536), for a translation that renamed names: their longer
 * spellings move what the data segments hold after them. */
static char *code_of(const char *wat, bool data) {
    size_t n = strlen(wat);
    char *out = malloc(n + 1), *o = out;
    if (!out) abort();
    Names names = {0}, locals = {0};
    for (const char *p = wat; *p;) {
        const char *e = strchr(p, '\n');
        e = e ? e + 1 : p + strlen(p);
        const char *first = p;
        while (first < e && *first == ' ') first++;
        if (!strncmp(first, "(func ", 6)) names_free(&locals);
        /* the memory's initial pages follow from the data's length (a
         * longer spelling may cross a 64 KiB boundary), as sameCode() of
         * the JS tests leaves the memory section out */
        if (strncmp(p, "(data ", 6) != 0 && strncmp(first, "(memory ", 8) != 0) {
            for (const char *q = p; q < e;) {
                if (data && !strncmp(q, "i32.const ", 10) && strtol(q + 10, NULL, 10) >= 65536) {
                    o += sprintf(o, "i32.const @");
                    q += 10;
                    while (q < e && *q >= '0' && *q <= '9') q++;
                    continue;
                }
                if (*q != '$') {
                    *o++ = *q++;
                    continue;
                }
                bool declared = (q - p >= 7 && !strncmp(q - 7, "(param ", 7)) || (q - p >= 7 && !strncmp(q - 7, "(local ", 7));
                const char *s = ++q;
                while (q < e && name_byte((unsigned char)*q)) q++;
                size_t n = (size_t)(q - s);
                int local = declared ? rank_of(&locals, s, n) : find_rank(&locals, s, n);
                if (local >= 0) o += sprintf(o, "$L%d", local);
                else o += sprintf(o, "$%d", rank_of(&names, s, n));
            }
        }
        p = e;
    }
    *o = 0;
    names_free(&names);
    names_free(&locals);
    return out;
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
    if (size < 1) return 0;
    const LangPack *to = lang_at(data[0] % lang_count());
    const char *src = (const char *)data + 1;
    size_t len = size - 1;
    MlTranslation *t = ml_translate(src, len, NULL, to->code, "fuzz.ml", NULL);
    for (int i = 0; i < t->diag_count; i++)
        if (strstr(t->diags[i].message, "internal error")) {
            fprintf(stderr, "fuzz: translate to %s: %d:%d: %s\n", to->code, t->diags[i].line, t->diags[i].col,
                    t->diags[i].message);
            abort();
        }
    if (t->ok) {
        MlResult *a = fuzz_compile(src, len, t->lang);
        MlResult *b = fuzz_compile(t->text, strlen(t->text), to->code);
        fuzz_check_result(a);
        fuzz_check_result(b);
        if (a->ok != b->ok) {
            fprintf(stderr, "fuzz: the source (%s) %s, its translation to %s %s:\n%s%s\n", t->lang,
                    a->ok ? "compiles" : "does not compile", to->code, b->ok ? "compiles" : "does not compile",
                    a->diagnostics, b->diagnostics);
            abort();
        }
        if (a->ok) {
            bool renamed = t->rename_count > 0;
            char *ca = code_of(a->wat, renamed), *cb = code_of(b->wat, renamed);
            if (strcmp(ca, cb) != 0) {
                fprintf(stderr, "fuzz: the translation to %s compiles to other code\n", to->code);
                abort();
            }
            free(ca);
            free(cb);
        }
        ml_result_free(a);
        ml_result_free(b);
    }
    ml_translation_free(t);
    return 0;
}
