/* Runtime linking: parse the wasm2wat text of the runtime once per
 * compilation and copy out the reachable functions, the imports they use
 * and the static data they address. See rtlink.h. */
#include "rtlink.h"

#include <stdlib.h>
#include <string.h>

extern const char ml_runtime_wat[];
extern const unsigned long ml_runtime_wat_len;

enum { FK_IMPORT, FK_FUNC };

typedef struct RtFunc {
    int kind;                 /* FK_* */
    const char *name;         /* without '$' (NUL-terminated, arena) */
    const char *text;         /* whole field "(func ...)" / "(import ...)" */
    size_t len;
    const char *imp_module;   /* imports: module and field names */
    const char *imp_field;
    int *callees;             /* indices into funcs */
    int ncallees;
    uint32_t *consts;         /* i32.const / offset= values (candidate addresses) */
    int nconsts;
    bool indirect;            /* uses call_indirect */
    int max_global;           /* highest global index used, -1 for none */
    int *segs;                /* data segments used (exact, from the @uses list) */
    int nsegs, capsegs;
} RtFunc;

typedef struct RtData {
    const char *name; /* without '$', or NULL */
    const char *text;
    size_t len;
    int *segs; /* data segments this one points into (exact mode) */
    int nsegs, capsegs;
    uint32_t start, size;
    unsigned char *bytes;     /* decoded contents */
} RtData;

typedef struct RtField {
    const char *text;
    size_t len;
} RtField;

struct RtLib {
    Arena *arena;
    RtFunc *funcs;
    int nfuncs, capfuncs;
    int *hash; /* open addressing, -1 empty; capacity hcap (power of two) */
    int hcap;
    RtField *types, *globals, *tables, *elems;
    int ntypes, nglobals, ntables, nelems;
    int captypes, capglobals, captables, capelems;
    RtData *data;
    int ndata, capdata;
    uint32_t data_lo, data_hi; /* range of initialized data */
    uint32_t data_end;
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
        int k = lib->hash[i];
        if (k < 0) return -1;
        const char *name = lib->funcs[k].name;
        if (strlen(name) == n && !memcmp(name, s, n)) return k;
    }
}

static void build_hash(RtLib *lib) {
    int cap = 16;
    while (cap < lib->nfuncs * 2) cap *= 2;
    lib->hash = arena_alloc(lib->arena, sizeof(int) * (size_t)cap);
    for (int i = 0; i < cap; i++) lib->hash[i] = -1;
    lib->hcap = cap;
    uint32_t mask = (uint32_t)cap - 1;
    for (int k = 0; k < lib->nfuncs; k++) {
        const char *name = lib->funcs[k].name;
        uint32_t i = hash_name(name, strlen(name)) & mask;
        while (lib->hash[i] >= 0) i = (i + 1) & mask;
        lib->hash[i] = k;
    }
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
    PUSH(lib, lib->funcs, lib->nfuncs, lib->capfuncs, f);
}

/* Callee names are resolved after all functions are known. */
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
            if (parse_u32(next_tok(&q, end), &v) && v >= 1024) PUSH(lib, f.consts, nconsts, capconsts, v);
        } else if (t.n > 7 && !memcmp(t.s, "offset=", 7)) {
            Tok num = {t.s + 7, t.n - 7, 'a'};
            uint32_t v;
            if (parse_u32(num, &v) && v >= 1024) PUSH(lib, f.consts, nconsts, capconsts, v);
        }
    }
    f.nconsts = nconsts;
    f.max_global = -1;
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
        d.bytes = arena_alloc(lib->arena, total + 1);
        size_t at = 0;
        r = q;
        for (Tok s = next_tok(&r, end); s.kind == '"'; s = next_tok(&r, end)) at += decode_string(s, d.bytes + at);
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
                if (is_func) {
                    RtFunc *f = &lib->funcs[owner];
                    PUSH(lib, f->segs, f->nsegs, f->capsegs, seg);
                } else {
                    RtData *d = &lib->data[owner];
                    PUSH(lib, d->segs, d->nsegs, d->capsegs, seg);
                }
            }
        } else if (q < eol && !(eol - q >= 2 && q[0] == ';' && q[1] == ';')) {
            return false; /* only comments may follow the module */
        }
        p = eol < end ? eol + 1 : eol;
    }
    return true;
}

RtLib *rtlib_parse(Arena *a, const char *wat, unsigned long len) {
    RtLib *lib = arena_alloc(a, sizeof *lib);
    lib->arena = a;
    const char *p = wat, *end = wat + len;
    Tok t = next_tok(&p, end);
    Tok m = next_tok(&p, end);
    if (t.kind != '(' || !tok_is(m, "module")) return NULL;
    const char *heap_base_export = NULL;
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
        } else if (!tok_is(kw, "memory")) {
            return NULL; /* start, tag, ...: not expected from the runtime build */
        }
        if (lib->bad) return NULL;
        p = fe;
    }
    build_hash(lib);
    if (!parse_deps(lib, p, end)) return NULL;
    /* resolve calls */
    for (int i = 0; i < pend.n; i++) {
        int k = find_func(lib, pend.items[i].name, pend.items[i].n);
        if (k < 0) return NULL;
        RtFunc *f = &lib->funcs[pend.items[i].func];
        int *grown = arena_grow(a, f->callees, sizeof(int) * (size_t)f->ncallees, sizeof(int) * (size_t)(f->ncallees + 1));
        grown[f->ncallees++] = k;
        f->callees = grown;
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
    if (heap_base_export) {
        /* (export "__heap_base" (global N)) */
        const char *q = heap_base_export, *fe = field_end(heap_base_export, end);
        for (Tok x = next_tok(&q, fe); x.kind; x = next_tok(&q, fe)) {
            if (tok_is(x, "global")) {
                Tok idx = next_tok(&q, fe);
                uint32_t gi;
                if (parse_u32(idx, &gi) && gi < (uint32_t)lib->nglobals) global_value(&lib->globals[gi], &hb);
                break;
            }
        }
    }
    if (hb < hi) hb = hi;
    lib->data_end = (hb + 15u) & ~15u;
    return lib;
}

RtLib *rtlib_load(Arena *a) { return rtlib_parse(a, ml_runtime_wat, ml_runtime_wat_len); }

uint32_t rtlib_data_end(const RtLib *lib) { return lib->data_end; }

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

static const char *find_sub(const char *p, const char *end, const char *needle, size_t n) {
    for (; p + n <= end; p++)
        if (*p == needle[0] && !memcmp(p, needle, n)) return p;
    return NULL;
}

/* Type uses: "(type N)" in a function or import text (such texts hold no
 * string literal that could contain it). */
static void mark_types(const char *text, size_t len, bool *used, int ntypes) {
    const char *p = text, *end = text + len;
    while ((p = find_sub(p, end, "(type ", 6)) != NULL) {
        p += 6;
        int v = 0;
        bool digits = false;
        while (p < end && *p >= '0' && *p <= '9') v = v * 10 + (*p++ - '0'), digits = true;
        if (digits && v < ntypes) used[v] = true;
    }
}

/* Copies text with every "(type N)" renumbered through map. */
static void put_renumbered(Buf *b, const char *text, size_t len, const int *map, int ntypes) {
    const char *p = text, *end = text + len, *q;
    buf_puts(b, "  ");
    while ((q = find_sub(p, end, "(type ", 6)) != NULL) {
        q += 6;
        const char *r = q;
        int v = 0;
        while (r < end && *r >= '0' && *r <= '9') v = v * 10 + (*r++ - '0');
        if (r == q || v >= ntypes) {
            buf_putn(b, p, (size_t)(q - p));
            p = q;
            continue;
        }
        buf_putn(b, p, (size_t)(q - p));
        buf_printf(b, "%d", map[v]);
        p = r;
    }
    buf_putn(b, p, (size_t)(end - p));
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

void rtlib_emit(const RtLib *lib, const char *const *roots, int nroots, uint32_t heap_base, Buf *types,
                Buf *imports, Buf *funcs, Buf *globals, Buf *data, PtrVec *wasi_imports) {
    int n = lib->nfuncs;
    bool *reached = calloc((size_t)n + 1, 1);
    int *stack = malloc(sizeof(int) * ((size_t)n + 1));
    bool *seg_used = calloc((size_t)lib->ndata + 1, 1);
    if (!reached || !stack || !seg_used) abort();
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

    /* only the types reached code uses, renumbered in their original order */
    bool *type_used = calloc((size_t)lib->ntypes + 1, 1);
    int *type_map = calloc((size_t)lib->ntypes + 1, sizeof(int));
    if (!type_used || !type_map) abort();
    for (int k = 0; k < n; k++)
        if (reached[k]) mark_types(lib->funcs[k].text, lib->funcs[k].len, type_used, lib->ntypes);
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
                buf_printf(funcs, "  (func $%s (result i32)\n    i32.const %u)\n", f->name, heap_base);
                continue;
            }
            put_renumbered(imports, f->text, f->len, type_map, lib->ntypes);
            if (wasi_imports && !strcmp(f->imp_module, "wasi_snapshot_preview1")) {
                bool dup = false;
                for (int j = 0; j < wasi_imports->len; j++)
                    if (!strcmp(wasi_imports->items[j], f->imp_field)) dup = true;
                if (!dup) ptrvec_push(lib->arena, wasi_imports, (void *)f->imp_field);
            }
            continue;
        }
        put_renumbered(funcs, f->text, f->len, type_map, lib->ntypes);
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
    free(stack);
    free(seg_used);
}
