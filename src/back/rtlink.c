/* Runtime linking: copy out of the embedded runtime text the reachable
 * functions, the imports they use and the static data they address.
 * See rtlink.h.
 *
 * Two ways to build an RtLib:
 *   rtlib_parse  tokenizes a wasm2wat text (tests, tools, and the build);
 *   rtlib_load   reads the index tools/rtindex.c generated at build time
 *                by running rtlib_parse on the embedded text itself (this
 *                file is compiled into the tool), so the two agree by
 *                construction; the tool also checks that both emit the
 *                same text for every single root and for all of them.
 * The index is a handful of static const uint32_t tables next to
 * ml_runtime_wat (layout below, "index"); loading it is O(functions),
 * without looking at the text. */
#include "rtlink.h"

#include <stdlib.h>
#include <string.h>

enum { FK_IMPORT, FK_FUNC };

typedef struct RtFunc {
    int kind;                 /* FK_* */
    const char *name;         /* without '$' (NUL-terminated) */
    const char *text;         /* whole field "(func ...)" / "(import ...)" */
    size_t len;
    const char *imp_module;   /* imports: module and field names */
    const char *imp_field;
    const uint32_t *callees;  /* indices into funcs */
    int ncallees;
    const uint32_t *typerefs; /* "(type N)" in text: (offset of the digits, digit count, N) triples */
    int ntyperefs;
    const uint32_t *consts;   /* i32.const / offset= values (candidate addresses; rtlib_parse only) */
    int nconsts;
    bool indirect;            /* uses call_indirect */
    int max_global;           /* highest global index used, -1 for none */
    const uint32_t *segs;     /* data segments used (exact, from the @uses list) */
    int nsegs;
} RtFunc;

typedef struct RtData {
    const char *name; /* without '$', or NULL */
    const char *text;
    size_t len;
    const uint32_t *segs; /* data segments this one points into (exact mode) */
    int nsegs;
    uint32_t start, size;
    const unsigned char *bytes; /* decoded contents (rtlib_parse only) */
} RtData;

typedef struct RtField {
    const char *text;
    size_t len;
} RtField;

#define HASH_EMPTY 0xffffffffu

struct RtLib {
    Arena *arena;
    RtFunc *funcs;
    int nfuncs, capfuncs;
    const uint32_t *hash; /* open addressing, HASH_EMPTY; capacity hcap (power of two) */
    int hcap;
    RtField *types, *globals, *tables, *elems;
    int ntypes, nglobals, ntables, nelems;
    int captypes, capglobals, captables, capelems;
    RtData *data;
    int ndata, capdata;
    uint32_t data_lo, data_hi; /* range of initialized data */
    uint32_t data_end;
    uint32_t exc_state;  /* address of the runtime's rt_exc_state, 0 if none */
    uint32_t bools[2];   /* addresses of rt_false_obj and rt_true_obj */
    uint32_t small_ints; /* address of rt_small_ints, 0 if none */
    uint32_t gc_budget;  /* address of rt_gc_budget, 0 if none */
    uint32_t gc_shadow;  /* address of rt_gc_shadow, 0 if none */
    bool *raises;        /* by function: may make an exception pending */
    bool *allocates;     /* by function: may allocate from the collected
                            heap or collect (rt_alloc, rt_gc_collect, user code) */
    bool *enters;        /* by function: may call generated code (an "ml" import) */
    bool exact; /* the text ends with tools/rtdeps' ";; @deps" lists */
    int bad;    /* parse problem */
};

/* ---- lexing ------------------------------------------------------------ */

typedef struct Tok {
    const char *s;
    size_t n;
    char kind; /* '(' ')' '"' 'a' (atom) or 0 at end */
} Tok;

static const char *skip_space(const char *p, const char *end) {
    while (p < end) {
        if (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r') {
            p++;
        } else if (*p == ';' && p + 1 < end && p[1] == ';') {
            while (p < end && *p != '\n') p++;
        } else if (*p == '(' && p + 1 < end && p[1] == ';') {
            int depth = 0;
            while (p < end) {
                if (*p == '(' && p + 1 < end && p[1] == ';') depth++, p += 2;
                else if (*p == ';' && p + 1 < end && p[1] == ')') {
                    p += 2;
                    if (--depth == 0) break;
                } else p++;
            }
        } else {
            break;
        }
    }
    return p;
}

static Tok next_tok(const char **pp, const char *end) {
    const char *p = skip_space(*pp, end);
    Tok t = {p, 0, 0};
    if (p >= end) {
        *pp = p;
        return t;
    }
    if (*p == '(' || *p == ')') {
        t.kind = *p;
        t.n = 1;
        *pp = p + 1;
        return t;
    }
    if (*p == '"') {
        const char *q = p + 1;
        while (q < end && *q != '"') q += (*q == '\\' && q + 1 < end) ? 2 : 1;
        if (q < end) q++;
        t.kind = '"';
        t.n = (size_t)(q - p);
        *pp = q;
        return t;
    }
    const char *q = p;
    while (q < end && *q != ' ' && *q != '\n' && *q != '\t' && *q != '\r' && *q != '(' && *q != ')' && *q != '"' &&
           *q != ';')
        q++;
    t.kind = 'a';
    t.n = (size_t)(q - p);
    *pp = q;
    return t;
}

static bool tok_is(Tok t, const char *word) { return t.kind == 'a' && t.n == strlen(word) && !memcmp(t.s, word, t.n); }

/* End of the parenthesized field starting at p ('('), or NULL. */
static const char *field_end(const char *p, const char *end) {
    int depth = 0;
    const char *q = p;
    for (;;) {
        Tok t = next_tok(&q, end);
        if (!t.kind) return NULL;
        if (t.kind == '(') depth++;
        else if (t.kind == ')' && --depth == 0) return q;
    }
}

static bool parse_u32(Tok t, uint32_t *out) {
    if (t.kind != 'a' || !t.n) return false;
    const char *s = t.s, *e = t.s + t.n;
    if (*s == '+') s++;
    if (s >= e || *s == '-') return false;
    uint64_t v = 0;
    if (e - s > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
        for (s += 2; s < e; s++) {
            int d = *s >= '0' && *s <= '9' ? *s - '0' : *s >= 'a' && *s <= 'f' ? *s - 'a' + 10
                                                       : *s >= 'A' && *s <= 'F' ? *s - 'A' + 10 : *s == '_' ? -2 : -1;
            if (d == -2) continue;
            if (d < 0) return false;
            v = v * 16 + (uint64_t)d;
            if (v > 0xffffffffu) return false;
        }
    } else {
        for (; s < e; s++) {
            if (*s == '_') continue;
            if (*s < '0' || *s > '9') return false;
            v = v * 10 + (uint64_t)(*s - '0');
            if (v > 0xffffffffu) return false;
        }
    }
    *out = (uint32_t)v;
    return true;
}

/* Decodes a WAT string literal token (with quotes). */
static size_t decode_string(Tok t, unsigned char *out) {
    size_t n = 0;
    for (size_t i = 1; i + 1 < t.n; i++) {
        unsigned char c = (unsigned char)t.s[i];
        if (c != '\\') {
            if (out) out[n] = c;
            n++;
            continue;
        }
        c = (unsigned char)t.s[++i];
        unsigned char v;
        switch (c) {
        case 't': v = '\t'; break;
        case 'n': v = '\n'; break;
        case 'r': v = '\r'; break;
        case '"': v = '"'; break;
        case '\'': v = '\''; break;
        case '\\': v = '\\'; break;
        default: {
            int hi = c >= 'a' ? c - 'a' + 10 : c >= 'A' ? c - 'A' + 10 : c - '0';
            char l = t.s[++i];
            int lo = l >= 'a' ? l - 'a' + 10 : l >= 'A' ? l - 'A' + 10 : l - '0';
            v = (unsigned char)(hi * 16 + lo);
        }
        }
        if (out) out[n] = v;
        n++;
    }
    return n;
}

/* ---- tables ------------------------------------------------------------ */

#define PUSH(lib, arr, n, cap, item)                                                              \
    do {                                                                                          \
        if ((n) == (cap)) {                                                                       \
            int nc = (cap) ? (cap) * 2 : 16;                                                      \
            (arr) = arena_grow((lib)->arena, (arr), sizeof *(arr) * (size_t)(n), sizeof *(arr) * (size_t)nc); \
            (cap) = nc;                                                                           \
        }                                                                                         \
        (arr)[(n)++] = (item);                                                                    \
    } while (0)

static uint32_t hash_name(const char *s, size_t n) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

static int find_func(const RtLib *lib, const char *s, size_t n) {
    if (!lib->hcap) return -1;
    uint32_t mask = (uint32_t)lib->hcap - 1;
    for (uint32_t i = hash_name(s, n) & mask;; i = (i + 1) & mask) {
        uint32_t k = lib->hash[i];
        if (k == HASH_EMPTY) return -1;
        const char *name = lib->funcs[k].name;
        if (strlen(name) == n && !memcmp(name, s, n)) return (int)k;
    }
}

static void build_hash(RtLib *lib) {
    int cap = 16;
    while (cap < lib->nfuncs * 2) cap *= 2;
    uint32_t *hash = arena_alloc(lib->arena, sizeof(uint32_t) * (size_t)cap);
    for (int i = 0; i < cap; i++) hash[i] = HASH_EMPTY;
    uint32_t mask = (uint32_t)cap - 1;
    for (int k = 0; k < lib->nfuncs; k++) {
        const char *name = lib->funcs[k].name;
        uint32_t i = hash_name(name, strlen(name)) & mask;
        while (hash[i] != HASH_EMPTY) i = (i + 1) & mask;
        hash[i] = (uint32_t)k;
    }
    lib->hash = hash;
    lib->hcap = cap;
}

/* (owner, value) pairs collected while parsing, grouped per owner into
 * arena arrays in their order of arrival. */
typedef struct Pair {
    int owner;
    uint32_t value;
} Pair;

typedef struct Pairs {
    Pair *items;
    int n, cap;
} Pairs;

static void pairs_push(RtLib *lib, Pairs *ps, int owner, uint32_t value) {
    Pair p = {owner, value};
    PUSH(lib, ps->items, ps->n, ps->cap, p);
}

/* lists[o] / counts[o] for o < nowners (lists[o] NULL when empty). */
static void pairs_group(RtLib *lib, const Pairs *ps, int nowners, const uint32_t **lists, int *counts) {
    int *at = arena_alloc(lib->arena, sizeof(int) * ((size_t)nowners + 1));
    for (int o = 0; o < nowners; o++) counts[o] = 0, lists[o] = NULL;
    for (int i = 0; i < ps->n; i++) counts[ps->items[i].owner]++;
    uint32_t *all = arena_alloc(lib->arena, sizeof(uint32_t) * ((size_t)ps->n + 1));
    for (int o = 0, next = 0; o < nowners; o++) {
        at[o] = next;
        if (counts[o]) lists[o] = all + next;
        next += counts[o];
    }
    for (int i = 0; i < ps->n; i++) all[at[ps->items[i].owner]++] = ps->items[i].value;
}

/* ---- fields ------------------------------------------------------------ */

/* "$name" token -> arena copy without '$'. */
static const char *name_of(RtLib *lib, Tok t) {
    if (t.kind != 'a' || t.n < 2 || t.s[0] != '$') return NULL;
    return arena_strndup(lib->arena, t.s + 1, t.n - 1);
}

static char *string_of(RtLib *lib, Tok t) {
    if (t.kind != '"') return NULL;
    size_t n = decode_string(t, NULL);
    unsigned char *b = arena_alloc(lib->arena, n + 1);
    decode_string(t, b);
    return (char *)b;
}

static const char *find_sub(const char *p, const char *end, const char *needle, size_t n) {
    for (; p + n <= end; p++)
        if (*p == needle[0] && !memcmp(p, needle, n)) return p;
    return NULL;
}

/* Type uses: every "(type N)" in a function or import text (such texts hold
 * no string literal that could contain it), recorded as (offset of the
 * digits, digit count, N) so that emission renumbers without rescanning. */
static void find_typerefs(RtLib *lib, RtFunc *f) {
    const char *p = f->text, *end = f->text + f->len;
    uint32_t *refs = NULL;
    int n = 0, cap = 0;
    while ((p = find_sub(p, end, "(type ", 6)) != NULL) {
        p += 6;
        const char *digits = p;
        uint64_t v = 0;
        while (p < end && *p >= '0' && *p <= '9') {
            v = v * 10 + (uint64_t)(*p++ - '0');
            if (v > 0xffffffffu) v = 0xffffffffu; /* never a valid type index */
        }
        if (p == digits) continue;
        PUSH(lib, refs, n, cap, (uint32_t)(digits - f->text));
        PUSH(lib, refs, n, cap, (uint32_t)(p - digits));
        PUSH(lib, refs, n, cap, (uint32_t)v);
    }
    f->typerefs = refs;
    f->ntyperefs = n / 3;
}

static void parse_import(RtLib *lib, const char *p, const char *end) {
    const char *q = p;
    next_tok(&q, end), next_tok(&q, end); /* ( import */
    RtFunc f;
    memset(&f, 0, sizeof f);
    f.kind = FK_IMPORT;
    f.text = p;
    f.len = (size_t)(end - p);
    f.imp_module = string_of(lib, next_tok(&q, end));
    f.imp_field = string_of(lib, next_tok(&q, end));
    f.max_global = -1;
    Tok t = next_tok(&q, end);
    Tok kind = next_tok(&q, end);
    if (t.kind != '(' || !tok_is(kind, "func") || !f.imp_module || !f.imp_field) {
        lib->bad = 1; /* the runtime imports functions only */
        return;
    }
    f.name = name_of(lib, next_tok(&q, end));
    if (!f.name) {
        lib->bad = 1;
        return;
    }
    find_typerefs(lib, &f);
    PUSH(lib, lib->funcs, lib->nfuncs, lib->capfuncs, f);
}

/* Callee and global names are resolved after all fields are known. */
typedef struct Pending {
    int func;
    const char *name;
    size_t n;
} Pending;

typedef struct Pendings {
    Pending *items;
    int n, cap;
    Pending *globals; /* global.get/global.set targets ($name or index) */
    int nglobals, capglobals;
} Pendings;

static void parse_func(RtLib *lib, const char *p, const char *end, Pendings *pend) {
    const char *q = p;
    next_tok(&q, end), next_tok(&q, end); /* ( func */
    RtFunc f;
    memset(&f, 0, sizeof f);
    f.kind = FK_FUNC;
    f.text = p;
    f.len = (size_t)(end - p);
    f.name = name_of(lib, next_tok(&q, end));
    if (!f.name) {
        lib->bad = 1; /* wasm-ld names every function */
        return;
    }
    int self = lib->nfuncs;
    uint32_t *consts = NULL;
    int nconsts = 0, capconsts = 0;
    for (;;) {
        Tok t = next_tok(&q, end);
        if (!t.kind) break;
        if (t.kind != 'a') continue;
        if (tok_is(t, "call") || tok_is(t, "return_call") || tok_is(t, "ref.func")) {
            Tok target = next_tok(&q, end);
            if (target.kind != 'a' || target.s[0] != '$') {
                lib->bad = 1; /* calls by index would not survive selection */
                return;
            }
            Pending pd = {self, target.s + 1, target.n - 1};
            PUSH(lib, pend->items, pend->n, pend->cap, pd);
        } else if (tok_is(t, "global.get") || tok_is(t, "global.set")) {
            Tok target = next_tok(&q, end);
            Pending pd = {self, target.s, target.n};
            PUSH(lib, pend->globals, pend->nglobals, pend->capglobals, pd);
        } else if (tok_is(t, "call_indirect") || tok_is(t, "return_call_indirect")) {
            f.indirect = true;
        } else if (tok_is(t, "i32.const")) {
            uint32_t v;
            if (parse_u32(next_tok(&q, end), &v) && v >= 1024) PUSH(lib, consts, nconsts, capconsts, v);
        } else if (t.n > 7 && !memcmp(t.s, "offset=", 7)) {
            Tok num = {t.s + 7, t.n - 7, 'a'};
            uint32_t v;
            if (parse_u32(num, &v) && v >= 1024) PUSH(lib, consts, nconsts, capconsts, v);
        }
    }
    f.consts = consts;
    f.nconsts = nconsts;
    f.max_global = -1;
    find_typerefs(lib, &f);
    PUSH(lib, lib->funcs, lib->nfuncs, lib->capfuncs, f);
}

static void parse_data(RtLib *lib, const char *p, const char *end) {
    const char *q = p;
    next_tok(&q, end), next_tok(&q, end); /* ( data */
    Tok t = next_tok(&q, end);
    const char *name = NULL;
    if (t.kind == 'a' && t.s[0] == '$') {
        name = name_of(lib, t);
        t = next_tok(&q, end);
    }
    /* active segment of memory 0: (i32.const N) */
    if (t.kind == '(') {
        Tok k = next_tok(&q, end);
        uint32_t start;
        if (!tok_is(k, "i32.const") || !parse_u32(next_tok(&q, end), &start)) {
            lib->bad = 1;
            return;
        }
        next_tok(&q, end); /* ')' closing the offset expression */
        RtData d;
        memset(&d, 0, sizeof d);
        d.name = name;
        d.text = p;
        d.len = (size_t)(end - p);
        d.start = start;
        /* the contents: string tokens up to the end of the field */
        size_t total = 0;
        const char *r = q;
        for (Tok s = next_tok(&r, end); s.kind == '"'; s = next_tok(&r, end)) total += decode_string(s, NULL);
        unsigned char *bytes = arena_alloc(lib->arena, total + 1);
        size_t at = 0;
        r = q;
        for (Tok s = next_tok(&r, end); s.kind == '"'; s = next_tok(&r, end)) at += decode_string(s, bytes + at);
        d.bytes = bytes;
        d.size = (uint32_t)total;
        PUSH(lib, lib->data, lib->ndata, lib->capdata, d);
        return;
    }
    lib->bad = 1; /* passive segments: not produced by wasm-ld for this runtime */
}

/* Value of `(global ... (i32.const N))`. */
static bool global_value(const RtField *g, uint32_t *v) {
    const char *q = g->text, *end = g->text + g->len;
    for (;;) {
        Tok t = next_tok(&q, end);
        if (!t.kind) return false;
        if (tok_is(t, "i32.const")) return parse_u32(next_tok(&q, end), v);
    }
}

static int find_data(const RtLib *lib, const char *s, size_t n) {
    for (int i = 0; i < lib->ndata; i++)
        if (lib->data[i].name && strlen(lib->data[i].name) == n && !memcmp(lib->data[i].name, s, n)) return i;
    return -1;
}

/* After the module: tools/rtdeps' lists of the data segments each function
 * (";; @uses FUNC SEG...") and each segment (";; @data SEG SEG...")
 * addresses, introduced by ";; @deps". Names of segments that are not in
 * the text (zero-initialized ones) cannot occur. */
static bool parse_deps(RtLib *lib, const char *p, const char *end) {
    Pairs fsegs = {0}, dsegs = {0};
    while (p < end) {
        const char *eol = p;
        while (eol < end && *eol != '\n') eol++;
        const char *q = p;
        while (q < eol && (*q == ' ' || *q == '\t' || *q == '\r')) q++;
        if (eol - q >= 8 && !memcmp(q, ";; @deps", 8)) {
            lib->exact = true;
        } else if (eol - q >= 9 && (!memcmp(q, ";; @uses ", 9) || !memcmp(q, ";; @data ", 9))) {
            bool is_func = q[4] == 'u';
            q += 9;
            int owner = -1;
            for (bool first = true;; first = false) {
                while (q < eol && *q == ' ') q++;
                if (q >= eol) break;
                const char *w = q;
                while (q < eol && *q != ' ' && *q != '\r') q++;
                size_t n = (size_t)(q - w);
                if (first) {
                    owner = is_func ? find_func(lib, w, n) : find_data(lib, w, n);
                    if (owner < 0) return false;
                    continue;
                }
                int seg = find_data(lib, w, n);
                if (seg < 0) return false;
                pairs_push(lib, is_func ? &fsegs : &dsegs, owner, (uint32_t)seg);
            }
        } else if (q < eol && !(eol - q >= 2 && q[0] == ';' && q[1] == ';')) {
            return false; /* only comments may follow the module */
        }
        p = eol < end ? eol + 1 : eol;
    }
    const uint32_t **lists = arena_alloc(lib->arena, sizeof *lists * ((size_t)lib->nfuncs + (size_t)lib->ndata + 1));
    int *counts = arena_alloc(lib->arena, sizeof *counts * ((size_t)lib->nfuncs + (size_t)lib->ndata + 1));
    pairs_group(lib, &fsegs, lib->nfuncs, lists, counts);
    for (int k = 0; k < lib->nfuncs; k++) lib->funcs[k].segs = lists[k], lib->funcs[k].nsegs = counts[k];
    pairs_group(lib, &dsegs, lib->ndata, lists, counts);
    for (int s = 0; s < lib->ndata; s++) lib->data[s].segs = lists[s], lib->data[s].nsegs = counts[s];
    return true;
}

/* The address an `(export "NAME" (global N))` field gives (wasm-ld exports
 * a data symbol as a global holding its address); *v unchanged when the
 * field is NULL or not of that shape. */
static void exported_address(RtLib *lib, const char *field, const char *end, uint32_t *v) {
    if (!field) return;
    const char *q = field, *fe = field_end(field, end);
    for (Tok x = next_tok(&q, fe); x.kind; x = next_tok(&q, fe)) {
        if (tok_is(x, "global")) {
            Tok idx = next_tok(&q, fe);
            uint32_t gi;
            if (parse_u32(idx, &gi) && gi < (uint32_t)lib->nglobals) global_value(&lib->globals[gi], v);
            return;
        }
    }
}

/* Which functions may raise: rt_exc_throw and, to a fixpoint, every
 * function calling one that may. */
/* By function: whether it reaches one of the named roots, or (with
 * user_code) an "ml" import: what the compiler generates for the runtime,
 * which runs user code. A fixpoint over the call graph. */
static bool *reaching(RtLib *lib, const char *const *roots, int nroots, bool user_code) {
    bool *r = arena_alloc(lib->arena, sizeof(bool) * ((size_t)lib->nfuncs + 1));
    memset(r, 0, sizeof(bool) * ((size_t)lib->nfuncs + 1));
    bool any = false;
    for (int i = 0; i < nroots; i++) {
        int k = find_func(lib, roots[i], strlen(roots[i]));
        if (k >= 0) r[k] = any = true;
    }
    if (!any && nroots) return r; /* (no roots at all: the "ml" imports alone) */
    for (int k = 0; k < lib->nfuncs && user_code; k++)
        if (lib->funcs[k].kind == FK_IMPORT && !strcmp(lib->funcs[k].imp_module, "ml")) r[k] = true;
    for (bool changed = true; changed;) {
        changed = false;
        for (int k = 0; k < lib->nfuncs; k++) {
            if (r[k]) continue;
            const RtFunc *f = &lib->funcs[k];
            for (int c = 0; c < f->ncallees; c++)
                if (r[f->callees[c]]) {
                    r[k] = changed = true;
                    break;
                }
        }
    }
    return r;
}

static void compute_reach(RtLib *lib) {
    /* rt_exc_throw is the one function that makes an exception pending */
    static const char *const throw[] = {"rt_exc_throw"};
    lib->raises = reaching(lib, throw, 1, true);
    /* rt_alloc is the one allocator of collected memory (rt_gc.c) */
    static const char *const heap[] = {"rt_alloc", "rt_gc_collect"};
    lib->allocates = reaching(lib, heap, 2, true);
    lib->enters = reaching(lib, NULL, 0, true);
}

bool rtlib_may_raise(const RtLib *lib, const char *name) {
    int k = find_func(lib, name, strlen(name));
    return k >= 0 && lib->raises[k];
}

bool rtlib_may_allocate(const RtLib *lib, const char *name) {
    int k = find_func(lib, name, strlen(name));
    return k < 0 || lib->allocates[k];
}

bool rtlib_may_enter_generated(const RtLib *lib, const char *name) {
    int k = find_func(lib, name, strlen(name));
    return k < 0 || lib->enters[k];
}

RtLib *rtlib_parse(Arena *a, const char *wat, unsigned long len) {
    RtLib *lib = arena_alloc(a, sizeof *lib);
    memset(lib, 0, sizeof *lib);
    lib->arena = a;
    const char *p = wat, *end = wat + len;
    Tok t = next_tok(&p, end);
    Tok m = next_tok(&p, end);
    if (t.kind != '(' || !tok_is(m, "module")) return NULL;
    const char *heap_base_export = NULL, *exc_state_export = NULL, *bool_export[2] = {NULL, NULL}, *small_ints_export = NULL, *gc_budget_export = NULL, *gc_shadow_export = NULL;
    Pendings pend;
    memset(&pend, 0, sizeof pend);
    for (;;) {
        const char *fs = skip_space(p, end);
        Tok open = next_tok(&p, end);
        if (open.kind == ')' || !open.kind) break; /* end of module */
        if (open.kind != '(') return NULL;
        const char *fe = field_end(fs, end);
        if (!fe) return NULL;
        const char *q = p;
        Tok kw = next_tok(&q, end);
        RtField field = {fs, (size_t)(fe - fs)};
        if (tok_is(kw, "type")) PUSH(lib, lib->types, lib->ntypes, lib->captypes, field);
        else if (tok_is(kw, "import")) parse_import(lib, fs, fe);
        else if (tok_is(kw, "func")) parse_func(lib, fs, fe, &pend);
        else if (tok_is(kw, "global")) PUSH(lib, lib->globals, lib->nglobals, lib->capglobals, field);
        else if (tok_is(kw, "table")) PUSH(lib, lib->tables, lib->ntables, lib->captables, field);
        else if (tok_is(kw, "elem")) PUSH(lib, lib->elems, lib->nelems, lib->capelems, field);
        else if (tok_is(kw, "data")) parse_data(lib, fs, fe);
        else if (tok_is(kw, "export")) {
            Tok nm = next_tok(&q, end);
            if (nm.kind == '"' && nm.n == 13 && !memcmp(nm.s, "\"__heap_base\"", 13)) heap_base_export = fs;
            if (nm.kind == '"' && nm.n == 14 && !memcmp(nm.s, "\"rt_exc_state\"", 14)) exc_state_export = fs;
            if (nm.kind == '"' && nm.n == 14 && !memcmp(nm.s, "\"rt_false_obj\"", 14)) bool_export[0] = fs;
            if (nm.kind == '"' && nm.n == 13 && !memcmp(nm.s, "\"rt_true_obj\"", 13)) bool_export[1] = fs;
            if (nm.kind == '"' && nm.n == 15 && !memcmp(nm.s, "\"rt_small_ints\"", 15)) small_ints_export = fs;
            if (nm.kind == '"' && nm.n == 14 && !memcmp(nm.s, "\"rt_gc_budget\"", 14)) gc_budget_export = fs;
            if (nm.kind == '"' && nm.n == 14 && !memcmp(nm.s, "\"rt_gc_shadow\"", 14)) gc_shadow_export = fs;
        } else if (!tok_is(kw, "memory")) {
            return NULL; /* start, tag, ...: not expected from the runtime build */
        }
        if (lib->bad) return NULL;
        p = fe;
    }
    build_hash(lib);
    if (!parse_deps(lib, p, end)) return NULL;
    /* resolve calls */
    Pairs calls = {0};
    for (int i = 0; i < pend.n; i++) {
        int k = find_func(lib, pend.items[i].name, pend.items[i].n);
        if (k < 0) return NULL;
        pairs_push(lib, &calls, pend.items[i].func, (uint32_t)k);
    }
    {
        const uint32_t **lists = arena_alloc(a, sizeof *lists * ((size_t)lib->nfuncs + 1));
        int *counts = arena_alloc(a, sizeof *counts * ((size_t)lib->nfuncs + 1));
        pairs_group(lib, &calls, lib->nfuncs, lists, counts);
        for (int k = 0; k < lib->nfuncs; k++) lib->funcs[k].callees = lists[k], lib->funcs[k].ncallees = counts[k];
    }
    /* globals used, by name or index */
    for (int i = 0; i < pend.nglobals; i++) {
        Tok t = {pend.globals[i].name, pend.globals[i].n, 'a'};
        uint32_t gi = 0;
        bool found = false;
        if (t.n > 1 && t.s[0] == '$') {
            for (int g = 0; g < lib->nglobals && !found; g++) {
                const char *q = lib->globals[g].text, *fe = q + lib->globals[g].len;
                next_tok(&q, fe), next_tok(&q, fe); /* ( global */
                Tok nm = next_tok(&q, fe);
                if (nm.n == t.n && !memcmp(nm.s, t.s, t.n)) gi = (uint32_t)g, found = true;
            }
        } else {
            found = parse_u32(t, &gi) && gi < (uint32_t)lib->nglobals;
        }
        if (!found) return NULL;
        RtFunc *f = &lib->funcs[pend.globals[i].func];
        if ((int)gi > f->max_global) f->max_global = (int)gi;
    }
    /* data range and the end of static data */
    lib->data_lo = UINT32_MAX;
    uint32_t hi = 0;
    for (int i = 0; i < lib->ndata; i++) {
        if (lib->data[i].start < lib->data_lo) lib->data_lo = lib->data[i].start;
        if (lib->data[i].start + lib->data[i].size > hi) hi = lib->data[i].start + lib->data[i].size;
    }
    lib->data_hi = hi;
    uint32_t hb = 0;
    exported_address(lib, heap_base_export, end, &hb);
    exported_address(lib, exc_state_export, end, &lib->exc_state);
    exported_address(lib, bool_export[0], end, &lib->bools[0]);
    exported_address(lib, bool_export[1], end, &lib->bools[1]);
    exported_address(lib, small_ints_export, end, &lib->small_ints);
    exported_address(lib, gc_budget_export, end, &lib->gc_budget);
    exported_address(lib, gc_shadow_export, end, &lib->gc_shadow);
    if (hb < hi) hb = hi;
    lib->data_end = (hb + 15u) & ~15u;
    compute_reach(lib);
    return lib;
}

/* ---- index ------------------------------------------------------------- */

/* The generated tables (tools/rtindex.c writes them from an RtLib made by
 * rtlib_parse; rtlib_load reads them back). Text positions are byte
 * offsets into the text; strings are offsets into a pool of NUL-terminated
 * strings, IX_NONE for NULL; lists (callees, typerefs, segments) are
 * offsets into one pool of uint32_t. */
enum { IX_VERSION = 6 };
#define IX_NONE 0xffffffffu
enum { /* header */
    IXH_VERSION, IXH_TEXT_LEN, IXH_NFUNCS, IXH_NTYPES, IXH_NGLOBALS, IXH_NTABLES, IXH_NELEMS, IXH_NDATA,
    IXH_DATA_LO, IXH_DATA_HI, IXH_DATA_END, IXH_HCAP, IXH_EXC_STATE, IXH_FALSE_OBJ, IXH_TRUE_OBJ, IXH_SMALL_INTS, IXH_GC_BUDGET, IXH_GC_SHADOW, IXH_COUNT
};
enum { /* one row per function (imports included), in text order */
    IXF_KIND, IXF_NAME, IXF_TEXT, IXF_LEN, IXF_IMP_MODULE, IXF_IMP_FIELD, IXF_CALLEES, IXF_NCALLEES,
    IXF_TYPEREFS, IXF_NTYPEREFS, IXF_SEGS, IXF_NSEGS, IXF_MAX_GLOBAL, IXF_INDIRECT, IXF_COUNT
};
enum { /* one row per data segment */
    IXD_NAME, IXD_TEXT, IXD_LEN, IXD_SEGS, IXD_NSEGS, IXD_START, IXD_SIZE, IXD_COUNT
};


static const char *ix_string(const RtIndex *ix, uint32_t off) { return off == IX_NONE ? NULL : ix->strings + off; }

static RtField *ix_fields(Arena *a, const char *wat, const uint32_t *rows, int n) {
    RtField *f = arena_alloc(a, sizeof *f * ((size_t)n + 1));
    for (int i = 0; i < n; i++) f[i].text = wat + rows[2 * i], f[i].len = rows[2 * i + 1];
    return f;
}

/* An RtLib from the index of `wat` (exact mode only: the index is built
 * from the runtime text with its @deps lists). */
RtLib *rtlib_load(Arena *a, const RtText *rt) {
    const char *wat = rt->wat;
    unsigned long len = rt->len;
    const RtIndex *ix = &rt->index;
    const uint32_t *h = ix->header;
    if (h[IXH_VERSION] != IX_VERSION || h[IXH_TEXT_LEN] != len) return NULL;
    RtLib *lib = arena_alloc(a, sizeof *lib);
    memset(lib, 0, sizeof *lib);
    lib->arena = a;
    lib->exact = true;
    lib->nfuncs = lib->capfuncs = (int)h[IXH_NFUNCS];
    lib->funcs = arena_alloc(a, sizeof *lib->funcs * ((size_t)lib->nfuncs + 1));
    for (int k = 0; k < lib->nfuncs; k++) {
        const uint32_t *r = ix->funcs + (size_t)k * IXF_COUNT;
        RtFunc *f = &lib->funcs[k];
        memset(f, 0, sizeof *f);
        f->kind = (int)r[IXF_KIND];
        f->name = ix_string(ix, r[IXF_NAME]);
        f->text = wat + r[IXF_TEXT];
        f->len = r[IXF_LEN];
        f->imp_module = ix_string(ix, r[IXF_IMP_MODULE]);
        f->imp_field = ix_string(ix, r[IXF_IMP_FIELD]);
        f->callees = ix->lists + r[IXF_CALLEES];
        f->ncallees = (int)r[IXF_NCALLEES];
        f->typerefs = ix->lists + r[IXF_TYPEREFS];
        f->ntyperefs = (int)r[IXF_NTYPEREFS];
        f->segs = ix->lists + r[IXF_SEGS];
        f->nsegs = (int)r[IXF_NSEGS];
        f->max_global = (int)r[IXF_MAX_GLOBAL];
        f->indirect = r[IXF_INDIRECT] != 0;
    }
    lib->hash = ix->hash;
    lib->hcap = (int)h[IXH_HCAP];
    const uint32_t *fields = ix->fields;
    lib->ntypes = lib->captypes = (int)h[IXH_NTYPES];
    lib->types = ix_fields(a, wat, fields, lib->ntypes);
    fields += 2 * lib->ntypes;
    lib->nglobals = lib->capglobals = (int)h[IXH_NGLOBALS];
    lib->globals = ix_fields(a, wat, fields, lib->nglobals);
    fields += 2 * lib->nglobals;
    lib->ntables = lib->captables = (int)h[IXH_NTABLES];
    lib->tables = ix_fields(a, wat, fields, lib->ntables);
    fields += 2 * lib->ntables;
    lib->nelems = lib->capelems = (int)h[IXH_NELEMS];
    lib->elems = ix_fields(a, wat, fields, lib->nelems);
    lib->ndata = lib->capdata = (int)h[IXH_NDATA];
    lib->data = arena_alloc(a, sizeof *lib->data * ((size_t)lib->ndata + 1));
    for (int s = 0; s < lib->ndata; s++) {
        const uint32_t *r = ix->data + (size_t)s * IXD_COUNT;
        RtData *d = &lib->data[s];
        memset(d, 0, sizeof *d);
        d->name = ix_string(ix, r[IXD_NAME]);
        d->text = wat + r[IXD_TEXT];
        d->len = r[IXD_LEN];
        d->segs = ix->lists + r[IXD_SEGS];
        d->nsegs = (int)r[IXD_NSEGS];
        d->start = r[IXD_START];
        d->size = r[IXD_SIZE];
    }
    lib->data_lo = h[IXH_DATA_LO];
    lib->data_hi = h[IXH_DATA_HI];
    lib->data_end = h[IXH_DATA_END];
    lib->exc_state = h[IXH_EXC_STATE];
    lib->bools[0] = h[IXH_FALSE_OBJ];
    lib->bools[1] = h[IXH_TRUE_OBJ];
    lib->small_ints = h[IXH_SMALL_INTS];
    lib->gc_budget = h[IXH_GC_BUDGET];
    lib->gc_shadow = h[IXH_GC_SHADOW];
    compute_reach(lib);
    return lib;
}

uint32_t rtlib_data_end(const RtLib *lib) { return lib->data_end; }

uint32_t rtlib_exc_state(const RtLib *lib) { return lib->exc_state; }
uint32_t rtlib_bool_obj(const RtLib *lib, int v) { return lib->bools[v != 0]; }
uint32_t rtlib_small_ints(const RtLib *lib) { return lib->small_ints; }
uint32_t rtlib_gc_budget(const RtLib *lib) { return lib->gc_budget; }
uint32_t rtlib_gc_shadow(const RtLib *lib) { return lib->gc_shadow; }

bool rtlib_has_function(const RtLib *lib, const char *name) { return find_func(lib, name, strlen(name)) >= 0; }

int rtlib_function_count(const RtLib *lib) { return lib->nfuncs; }

/* ---- emission ---------------------------------------------------------- */

/* Without dependency lists (texts not built by runtime.mk), a segment is
 * used when a reached function holds a constant (i32.const or a memarg
 * offset) in [start - ADDR_SLACK, end + ADDR_SLACK]: generous, because a
 * one-past-the-end pointer or a folded displacement is common and an extra
 * segment only costs bytes. */
enum { ADDR_SLACK = 16 };

static void put_field(Buf *b, const char *text, size_t len) {
    buf_puts(b, "  ");
    buf_putn(b, text, len);
    buf_putc(b, '\n');
}

static void mark_addr(const RtLib *lib, uint32_t addr, bool *seg_used) {
    if (addr + ADDR_SLACK < lib->data_lo || addr > lib->data_hi + ADDR_SLACK) return;
    for (int s = 0; s < lib->ndata; s++) {
        const RtData *d = &lib->data[s];
        if (addr + ADDR_SLACK >= d->start && addr <= d->start + d->size + ADDR_SLACK) seg_used[s] = true;
    }
}

/* Copies a function or import text with every "(type N)" renumbered
 * through map. */
static void put_renumbered(Buf *b, const RtFunc *f, const int *map, int ntypes) {
    size_t at = 0;
    buf_puts(b, "  ");
    for (int i = 0; i < f->ntyperefs; i++) {
        const uint32_t *r = f->typerefs + 3 * i;
        if (r[2] >= (uint32_t)ntypes) continue;
        buf_putn(b, f->text + at, r[0] - at);
        buf_printf(b, "%d", map[r[2]]);
        at = r[0] + r[1];
    }
    buf_putn(b, f->text + at, f->len - at);
    buf_putc(b, '\n');
}

/* "(type (;N;) (func ...))" -> "(type (;M;) (func ...))" */
static void put_type(Buf *b, const RtField *t, int index) {
    const char *p = t->text, *end = t->text + t->len;
    const char *q = p + 5; /* after "(type" */
    const char *after = skip_space(q, end);
    if (after > q && after[-1] == ')') q = after; /* skip the (;N;) comment */
    buf_printf(b, "  (type (;%d;) ", index);
    buf_putn(b, skip_space(q, end), (size_t)(end - skip_space(q, end)));
    buf_putc(b, '\n');
}

/* Marks in reached (nfuncs + 1 entries, false) what the roots reach: through
 * calls, and through the table's elements once a reached function calls
 * through it; returns whether one does. */
static bool reach(const RtLib *lib, const char *const *roots, int nroots, bool *reached) {
    int n = lib->nfuncs;
    int *stack = malloc(sizeof(int) * ((size_t)n + 1));
    if (!stack) abort();
    int sp = 0;
    for (int i = 0; i < nroots; i++) {
        int k = find_func(lib, roots[i], strlen(roots[i]));
        if (k >= 0 && !reached[k]) reached[k] = true, stack[sp++] = k;
    }
    bool indirect = false;
    for (;;) {
        while (sp > 0) {
            const RtFunc *f = &lib->funcs[stack[--sp]];
            if (f->indirect) indirect = true;
            for (int c = 0; c < f->ncallees; c++) {
                int k = f->callees[c];
                if (!reached[k]) reached[k] = true, stack[sp++] = k;
            }
        }
        if (!indirect) break;
        /* a table is needed: everything in the element segments is reachable */
        bool added = false;
        for (int e = 0; e < lib->nelems; e++) {
            const char *q = lib->elems[e].text, *end = q + lib->elems[e].len;
            for (Tok t = next_tok(&q, end); t.kind; t = next_tok(&q, end)) {
                if (t.kind != 'a' || t.s[0] != '$') continue;
                int k = find_func(lib, t.s + 1, t.n - 1);
                if (k >= 0 && !reached[k]) reached[k] = true, stack[sp++] = k, added = true;
            }
        }
        if (!added) break;
    }
    free(stack);
    return indirect;
}

bool rtlib_reaches(const RtLib *lib, const char *const *roots, int nroots, const char *name) {
    int target = find_func(lib, name, strlen(name));
    if (target < 0) return false;
    bool *reached = calloc((size_t)lib->nfuncs + 1, 1);
    if (!reached) abort();
    reach(lib, roots, nroots, reached);
    bool r = reached[target];
    free(reached);
    return r;
}

int rtlib_emit(const RtLib *lib, const char *const *roots, int nroots, uint32_t heap_base_cell, Buf *types,
                Buf *imports, Buf *funcs, Buf *globals, Buf *data, PtrVec *wasi_imports) {
    int n = lib->nfuncs;
    bool *reached = calloc((size_t)n + 1, 1);
    bool *seg_used = calloc((size_t)lib->ndata + 1, 1);
    if (!reached || !seg_used) abort();
    bool indirect = reach(lib, roots, nroots, reached);

    /* only the types reached code uses, renumbered in their original order */
    bool *type_used = calloc((size_t)lib->ntypes + 1, 1);
    int *type_map = calloc((size_t)lib->ntypes + 1, sizeof(int));
    if (!type_used || !type_map) abort();
    for (int k = 0; k < n; k++)
        if (reached[k])
            for (int i = 0; i < lib->funcs[k].ntyperefs; i++) {
                uint32_t v = lib->funcs[k].typerefs[3 * i + 2];
                if (v < (uint32_t)lib->ntypes) type_used[v] = true;
            }
    if (indirect)
        for (int i = 0; i < lib->ntypes; i++) type_used[i] = true; /* call_indirect may use any */
    for (int i = 0, next = 0; i < lib->ntypes; i++) {
        if (!type_used[i]) continue;
        type_map[i] = next;
        put_type(types, &lib->types[i], next++);
    }

    for (int k = 0; k < n; k++) {
        const RtFunc *f = &lib->funcs[k];
        if (!reached[k]) continue;
        if (f->kind == FK_IMPORT) {
            if (!strcmp(f->imp_module, "env") && !strcmp(f->imp_field, "ml_heap_base")) {
                /* read from static data: the code stays the same when only
                 * the data's length changes (a translated program) */
                buf_printf(funcs, "  (func $%s (result i32)\n    i32.const %u\n    i32.load)\n", f->name,
                           heap_base_cell);
                continue;
            }
            if (!strcmp(f->imp_module, "ml")) continue; /* generated (RTLINK_APPLY) */
            put_renumbered(imports, f, type_map, lib->ntypes);
            if (wasi_imports && (!strcmp(f->imp_module, "wasi_snapshot_preview1") || !strcmp(f->imp_module, "env"))) {
                bool dup = false;
                for (int j = 0; j < wasi_imports->len; j++)
                    if (!strcmp(wasi_imports->items[j], f->imp_field)) dup = true;
                if (!dup) ptrvec_push(lib->arena, wasi_imports, (void *)f->imp_field);
            }
            continue;
        }
        put_renumbered(funcs, f, type_map, lib->ntypes);
        if (lib->exact)
            for (int c = 0; c < f->nsegs; c++) seg_used[f->segs[c]] = true;
        else
            for (int c = 0; c < f->nconsts; c++) mark_addr(lib, f->consts[c], seg_used);
    }

    /* globals: a prefix up to the highest index used, so indices stay valid
     * (in practice just $__stack_pointer; the exported __heap_base and
     * __data_end constants are dropped) */
    int max_global = -1;
    for (int k = 0; k < n; k++)
        if (reached[k] && lib->funcs[k].max_global > max_global) max_global = lib->funcs[k].max_global;
    if (indirect) max_global = lib->nglobals - 1;
    for (int i = 0; i <= max_global; i++) put_field(globals, lib->globals[i].text, lib->globals[i].len);
    int nglobals_emitted = max_global + 1;
    if (indirect) {
        for (int i = 0; i < lib->ntables; i++) put_field(globals, lib->tables[i].text, lib->tables[i].len);
        for (int i = 0; i < lib->nelems; i++) put_field(globals, lib->elems[i].text, lib->elems[i].len);
    }

    /* data reached from data (pointer tables), to a fixpoint: exactly from
     * the relocations, or else aligned words that point into static data */
    for (bool changed = lib->exact; changed;) {
        changed = false;
        for (int s = 0; s < lib->ndata; s++) {
            if (!seg_used[s]) continue;
            for (int c = 0; c < lib->data[s].nsegs; c++)
                if (!seg_used[lib->data[s].segs[c]]) seg_used[lib->data[s].segs[c]] = changed = true;
        }
    }
    for (bool changed = !lib->exact; changed;) {
        changed = false;
        for (int s = 0; s < lib->ndata; s++) {
            if (!seg_used[s]) continue;
            const RtData *d = &lib->data[s];
            for (uint32_t off = (4 - d->start % 4) % 4; off + 4 <= d->size; off += 4) {
                const unsigned char *b = d->bytes + off;
                uint32_t w = (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24;
                if (w < lib->data_lo || w >= lib->data_hi) continue;
                for (int t = 0; t < lib->ndata; t++) {
                    const RtData *x = &lib->data[t];
                    if (!seg_used[t] && w >= x->start && w < x->start + x->size) seg_used[t] = changed = true;
                }
            }
        }
    }
    for (int s = 0; s < lib->ndata; s++)
        if (seg_used[s]) put_field(data, lib->data[s].text, lib->data[s].len);

    free(type_used);
    free(type_map);
    free(reached);
    free(seg_used);
    return nglobals_emitted;
}

bool rtlib_stack_pointer(const RtLib *lib, uint32_t *init) {
    if (lib->nglobals < 1) return false;
    const RtField *g = &lib->globals[0];
    const char *q = g->text, *end = g->text + g->len;
    Tok open = next_tok(&q, end), kw = next_tok(&q, end), name = next_tok(&q, end);
    if (open.kind != '(' || !tok_is(kw, "global") || !tok_is(name, "$__stack_pointer")) return false;
    return global_value(g, init);
}
