/* WAT text to a WebAssembly binary (see wat_asm.h).
 *
 * Pass 1 (declare) walks the module's fields in order: types (explicit,
 * then the implicit ones of function signatures, call_indirect and
 * multi-value blocks, appended in the order wabt appends them: field by
 * field, a function's own signature before its body's), the names and
 * types of functions, globals and data segments; it writes the sections
 * that need no forward name (types, imports, functions, table, memory,
 * globals, data). Pass 2 (define) walks them again and writes what may
 * name a later field: exports, start, elements, and the code. */
#include "wat_asm.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../util/buf.h"
#include "wat_lex.h"

/* ---- the instruction table ---------------------------------------------- */

typedef enum WasmImm {
    IMM_NONE, IMM_BLOCK, IMM_ELSE, IMM_END, IMM_LABEL, IMM_BR_TABLE, IMM_FUNC, IMM_CALL_INDIRECT,
    IMM_LOCAL, IMM_GLOBAL, IMM_MEM, IMM_MEMORY, IMM_MEMORY_COPY, IMM_MEMORY_INIT, IMM_DATA, IMM_I32, IMM_I64,
    IMM_F32, IMM_F64
} WasmImm;

typedef struct WasmOp {
    const char *name;
    uint16_t code;
    uint8_t imm, align;
} WasmOp;

static const WasmOp OPS[] = {
#define WASM_OP(name, code, imm, align) {name, code, IMM_##imm, align},
#include "wasm_ops.def"
#undef WASM_OP
};
enum { NOPS = sizeof OPS / sizeof OPS[0], OP_HASH = 512 };

/* ---- names -------------------------------------------------------------- */

/* A map from a name's text (a slice of the WAT, '$' included) to an index:
 * open addressing, grown at half full. */
typedef struct NameMap {
    const char **keys;
    uint32_t *lens;
    int *vals;
    uint32_t cap, len;
} NameMap;

static uint32_t hash_bytes(const char *s, uint32_t n) {
    uint32_t h = 2166136261u;
    for (uint32_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

static void names_free(NameMap *m) {
    free(m->keys), free(m->lens), free(m->vals);
    memset(m, 0, sizeof *m);
}

static int names_get(const NameMap *m, const char *s, uint32_t n) {
    if (!m->cap) return -1;
    for (uint32_t i = hash_bytes(s, n) & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
        if (!m->keys[i]) return -1;
        if (m->lens[i] == n && !memcmp(m->keys[i], s, n)) return m->vals[i];
    }
}

static void names_grow(NameMap *m);

/* Returns false if the name is already there. */
static bool names_put(NameMap *m, const char *s, uint32_t n, int v) {
    if (2 * (m->len + 1) > m->cap) names_grow(m);
    uint32_t i = hash_bytes(s, n) & (m->cap - 1);
    for (; m->keys[i]; i = (i + 1) & (m->cap - 1))
        if (m->lens[i] == n && !memcmp(m->keys[i], s, n)) return false;
    m->keys[i] = s, m->lens[i] = n, m->vals[i] = v;
    m->len++;
    return true;
}

static void names_grow(NameMap *m) {
    NameMap old = *m;
    m->cap = old.cap ? old.cap * 2 : 64;
    m->len = 0;
    m->keys = calloc(m->cap, sizeof *m->keys);
    m->lens = calloc(m->cap, sizeof *m->lens);
    m->vals = calloc(m->cap, sizeof *m->vals);
    if (!m->keys || !m->lens || !m->vals) abort();
    for (uint32_t i = 0; i < old.cap; i++)
        if (old.keys[i]) names_put(m, old.keys[i], old.lens[i], old.vals[i]);
    names_free(&old);
}

/* ---- the assembler's state ---------------------------------------------- */

enum {
    SEC_TYPE = 1, SEC_IMPORT, SEC_FUNCTION, SEC_TABLE, SEC_MEMORY, SEC_GLOBAL, SEC_EXPORT, SEC_START, SEC_ELEM,
    SEC_CODE, SEC_DATA, SEC_DATA_COUNT, SEC_COUNT
};

/* A function signature: its value types (params then results) in sigs. */
typedef struct Sig {
    uint32_t off, np, nr;
} Sig;

typedef struct Asm {
    const char *text;
    size_t len;
    char *error;
    uint16_t op_hash[OP_HASH]; /* index + 1 into OPS, 0: empty */
    uint8_t op_len[NOPS];      /* strlen of each name */
    Buf sigs;                  /* value type bytes of every Sig */
    Sig *types;
    int ntypes, captypes;
    NameMap type_names, func_names, global_names, data_names;
    int nfuncs, nimports, nglobals, ndata;
    bool defined_func;         /* a func field was seen: no import may follow */
    Buf sec[SEC_COUNT];
    uint32_t count[SEC_COUNT];
    bool has_start;
    bool data_count;           /* memory.init or data.drop: the DataCount section */
    Buf scratch;               /* a function body being encoded */
    NameMap locals;            /* its local names */
    WatTok *labels;            /* its open blocks' labels (n = 0: none) */
    int nlabels, caplabels;
} Asm;

/* The first error, with its position; the lexer is then moved to the end,
 * so that every loop stops. */
static void fail(Asm *a, WatLex *lx, const char *at, const char *fmt, ...) {
    if (lx) lx->p = lx->end;
    if (a->error) return;
    int line = 1, col = 1;
    for (const char *p = a->text; p < at && p < a->text + a->len; p++) {
        if (*p == '\n') line++, col = 1;
        else col++;
    }
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    size_t n = strlen(msg) + 64;
    a->error = malloc(n);
    if (!a->error) abort();
    snprintf(a->error, n, "module.wat:%d:%d: error: %s", line, col, msg);
}

static void fail_tok(Asm *a, WatLex *lx, WatTok t, const char *what) {
    fail(a, lx, t.s, "%s, got \"%.*s\"", what, (int)(t.n > 60 ? 60 : t.n), t.kind ? t.s : "end of text");
}

/* ---- bytes -------------------------------------------------------------- */

static void put_u8(Buf *b, unsigned v) { buf_putc(b, (char)v); }

static void put_uleb(Buf *b, uint64_t v) {
    do {
        unsigned char byte = v & 0x7f;
        v >>= 7;
        if (v) byte |= 0x80;
        buf_putc(b, (char)byte);
    } while (v);
}

static void put_sleb(Buf *b, int64_t v) {
    for (;;) {
        unsigned char byte = (unsigned char)(v & 0x7f);
        v >>= 7; /* arithmetic: C11 leaves it implementation-defined, every target here shifts arithmetically */
        bool done = (v == 0 && !(byte & 0x40)) || (v == -1 && (byte & 0x40));
        if (!done) byte |= 0x80;
        buf_putc(b, (char)byte);
        if (done) return;
    }
}

static void put_name(Buf *b, const Buf *bytes) {
    put_uleb(b, bytes->len);
    buf_putn(b, bytes->data ? bytes->data : "", bytes->len);
}

/* ---- tokens ------------------------------------------------------------- */

static WatTok expect(Asm *a, WatLex *lx, char kind, const char *what) {
    WatTok t = wat_next(lx);
    if (t.kind != kind) fail_tok(a, lx, t, what);
    return t;
}

static void expect_close(Asm *a, WatLex *lx) { expect(a, lx, ')', "expected ')'"); }

static bool is_name(WatTok t) { return t.kind == 'a' && t.n > 1 && t.s[0] == '$'; }

/* "(kw" next? Consumes it when it is. */
static bool open_kw(WatLex *lx, const char *kw) {
    WatLex probe = *lx;
    if (wat_next(&probe).kind != '(' || !wat_is(wat_next(&probe), kw)) return false;
    *lx = probe;
    return true;
}

static uint32_t u32_tok(Asm *a, WatLex *lx, WatTok t) {
    uint64_t v;
    bool neg;
    if (!wat_uint(t, &v, &neg) || neg || v > UINT32_MAX) {
        fail_tok(a, lx, t, "expected a natural number");
        return 0;
    }
    return (uint32_t)v;
}

/* A reference to an index space: a $name or a number. */
static uint32_t ref(Asm *a, WatLex *lx, const NameMap *m, const char *what) {
    WatTok t = wat_next(lx);
    if (is_name(t)) {
        int i = names_get(m, t.s, t.n);
        if (i < 0) fail(a, lx, t.s, "undefined %s \"%.*s\"", what, (int)t.n, t.s);
        return i < 0 ? 0 : (uint32_t)i;
    }
    return u32_tok(a, lx, t);
}

static int valtype(WatTok t) {
    if (wat_is(t, "i32")) return 0x7f;
    if (wat_is(t, "i64")) return 0x7e;
    if (wat_is(t, "f32")) return 0x7d;
    if (wat_is(t, "f64")) return 0x7c;
    return -1;
}

static int valtype_tok(Asm *a, WatLex *lx) {
    WatTok t = wat_next(lx);
    int v = valtype(t);
    if (v < 0) fail_tok(a, lx, t, "expected a value type");
    return v < 0 ? 0x7f : v;
}

/* ---- types -------------------------------------------------------------- */

static bool sig_equal(const Asm *a, Sig x, Sig y) {
    return x.np == y.np && x.nr == y.nr && !memcmp(a->sigs.data + x.off, a->sigs.data + y.off, x.np + x.nr);
}

static int add_type(Asm *a, Sig s) {
    if (a->ntypes == a->captypes) {
        a->captypes = a->captypes ? 2 * a->captypes : 64;
        a->types = realloc(a->types, (size_t)a->captypes * sizeof *a->types);
        if (!a->types) abort();
    }
    a->types[a->ntypes] = s;
    Buf *b = &a->sec[SEC_TYPE];
    put_u8(b, 0x60);
    put_uleb(b, s.np);
    buf_putn(b, a->sigs.data + s.off, s.np);
    put_uleb(b, s.nr);
    buf_putn(b, a->sigs.data + s.off + s.np, s.nr);
    a->count[SEC_TYPE]++;
    return a->ntypes++;
}

/* The first type equal to s, appended when there is none (wabt's
 * GetFuncTypeIndex, then an implicit type field). Types are few (distinct
 * signatures): a linear search. */
static int type_of(Asm *a, Sig s) {
    for (int i = 0; i < a->ntypes; i++)
        if (sig_equal(a, a->types[i], s)) return i;
    return add_type(a, s);
}

/* A type use: (type N)? (param ...)* (result ...)*. Named parameters go
 * into `params` when given (a function's header). *type is the explicit
 * index or -1; sig the inline signature (its bytes at the end of sigs). */
typedef struct TypeUse {
    int type;
    Sig sig;
} TypeUse;

static TypeUse type_use(Asm *a, WatLex *lx, NameMap *params) {
    TypeUse u = {-1, {(uint32_t)a->sigs.len, 0, 0}};
    if (wat_peek(lx).kind != '(') return u; /* most blocks: none */
    if (open_kw(lx, "type")) {
        u.type = (int)ref(a, lx, &a->type_names, "type");
        expect_close(a, lx);
        if (u.type >= a->ntypes) fail(a, lx, lx->p, "type index %d out of range", u.type);
    }
    /* params come before results (or it fails): both go to sigs in order */
    for (;;) {
        bool param = open_kw(lx, "param");
        if (!param && !open_kw(lx, "result")) break;
        if (param && u.sig.nr) fail(a, lx, lx->p, "param after result");
        WatTok t = wat_peek(lx);
        if (param && is_name(t)) { /* (param $name type) */
            wat_next(lx);
            if (params && !names_put(params, t.s, t.n, (int)u.sig.np)) fail(a, lx, t.s, "duplicate parameter");
            put_u8(&a->sigs, (unsigned)valtype_tok(a, lx));
            u.sig.np++;
            expect_close(a, lx);
            continue;
        }
        for (t = wat_peek(lx); t.kind == 'a'; t = wat_peek(lx)) {
            put_u8(&a->sigs, (unsigned)valtype_tok(a, lx));
            if (param) u.sig.np++;
            else u.sig.nr++;
        }
        expect_close(a, lx);
    }
    if (u.type >= 0 && u.type < a->ntypes && !u.sig.np && !u.sig.nr) u.sig = a->types[u.type];
    return u;
}

/* The type index of a function's type use (implicit types appended). */
static int func_type(Asm *a, TypeUse u) { return u.type >= 0 ? u.type : type_of(a, u.sig); }

/* ---- pass 1: declarations ------------------------------------------------ */

static void declare_name(Asm *a, WatLex *lx, NameMap *m, int index) {
    WatTok t = wat_peek(lx);
    if (!is_name(t)) return;
    wat_next(lx);
    if (!names_put(m, t.s, t.n, index)) fail(a, lx, t.s, "redefinition of \"%.*s\"", (int)t.n, t.s);
}

/* The implicit types a function body declares, in order: a call_indirect's
 * inline signature, a block's with parameters or several results. Only the
 * parenthesized type uses are read (wat_find_group scans the characters
 * between them: bodies are most of the text). */
static void scan_body_types(Asm *a, WatLex *lx) {
    WatTok before;
    while (wat_find_group(lx, &before)) {
        const char *at = lx->p;
        TypeUse u = type_use(a, lx, NULL);
        if (u.type < 0 && (wat_is(before, "call_indirect") || u.sig.np || u.sig.nr > 1)) type_of(a, u.sig);
        if (lx->p == at) { /* not a type use */
            fail_tok(a, lx, wat_peek(lx), "unexpected field in a function body");
            return;
        }
    }
}

static void limits(Asm *a, WatLex *lx, Buf *out) {
    uint32_t min = u32_tok(a, lx, wat_next(lx)), max = 0;
    bool has_max = wat_peek(lx).kind == 'a' && valtype(wat_peek(lx)) < 0 && !wat_is(wat_peek(lx), "funcref");
    if (has_max) max = u32_tok(a, lx, wat_next(lx));
    put_u8(out, has_max ? 1 : 0);
    put_uleb(out, min);
    if (has_max) put_uleb(out, max);
}

static void instruction(Asm *a, WatLex *lx, WatTok t, Buf *b);

/* A constant expression: (i32.const N) and the like, or (global.get G),
 * encoded as the instruction it is, then `end`. */
static void const_expr(Asm *a, WatLex *lx, Buf *out) {
    expect(a, lx, '(', "expected a constant expression");
    WatTok op = wat_next(lx);
    if (wat_is(op, "i32.const") || wat_is(op, "i64.const") || wat_is(op, "f32.const") || wat_is(op, "f64.const") ||
        wat_is(op, "global.get"))
        instruction(a, lx, op, out);
    else
        fail_tok(a, lx, op, "unsupported constant expression");
    expect_close(a, lx);
    put_u8(out, 0x0b);
}

static void declare_import(Asm *a, WatLex *lx, const char *at) {
    if (a->defined_func) fail(a, lx, at, "imports must occur before all non-import definitions");
    Buf module, field;
    buf_init(&module), buf_init(&field);
    WatTok m = expect(a, lx, '"', "expected the module name"), f = expect(a, lx, '"', "expected the field name");
    if (!a->error && (!wat_string(m, &module) || !wat_string(f, &field))) fail(a, lx, m.s, "malformed string");
    if (!open_kw(lx, "func")) fail(a, lx, lx->p, "only function imports are supported");
    declare_name(a, lx, &a->func_names, a->nfuncs);
    int type = func_type(a, type_use(a, lx, NULL));
    expect_close(a, lx), expect_close(a, lx);
    Buf *b = &a->sec[SEC_IMPORT];
    put_name(b, &module), put_name(b, &field);
    put_u8(b, 0x00);
    put_uleb(b, (uint32_t)type);
    a->count[SEC_IMPORT]++;
    a->nfuncs++, a->nimports++;
    buf_free(&module), buf_free(&field);
}

static void declare_func(Asm *a, WatLex *lx) {
    a->defined_func = true;
    declare_name(a, lx, &a->func_names, a->nfuncs++);
    int type = func_type(a, type_use(a, lx, NULL));
    put_uleb(&a->sec[SEC_FUNCTION], (uint32_t)type);
    a->count[SEC_FUNCTION]++;
    while (open_kw(lx, "local")) wat_skip_rest(lx);
    scan_body_types(a, lx);
    expect_close(a, lx);
}

static void declare_global(Asm *a, WatLex *lx) {
    declare_name(a, lx, &a->global_names, a->nglobals);
    Buf *b = &a->sec[SEC_GLOBAL];
    if (open_kw(lx, "mut")) {
        put_u8(b, (unsigned)valtype_tok(a, lx));
        put_u8(b, 1);
        expect_close(a, lx);
    } else {
        put_u8(b, (unsigned)valtype_tok(a, lx));
        put_u8(b, 0);
    }
    const_expr(a, lx, b);
    expect_close(a, lx);
    a->nglobals++;
    a->count[SEC_GLOBAL]++;
}

static void declare_table(Asm *a, WatLex *lx) {
    Buf *b = &a->sec[SEC_TABLE];
    put_u8(b, 0x70);
    limits(a, lx, b);
    if (!wat_is(wat_next(lx), "funcref")) fail(a, lx, lx->p, "only funcref tables are supported");
    expect_close(a, lx);
    a->count[SEC_TABLE]++;
}

static void declare_data(Asm *a, WatLex *lx) {
    declare_name(a, lx, &a->data_names, a->ndata++);
    Buf *b = &a->sec[SEC_DATA];
    put_u8(b, 0x00); /* active, memory 0 */
    const_expr(a, lx, b);
    Buf bytes;
    buf_init(&bytes);
    for (WatTok t = wat_next(lx); t.kind != ')'; t = wat_next(lx))
        if (t.kind != '"' || !wat_string(t, &bytes)) {
            fail_tok(a, lx, t, "expected a string");
            break;
        }
    put_name(b, &bytes);
    buf_free(&bytes);
    a->count[SEC_DATA]++;
}

static void declare(Asm *a, WatLex *lx) {
    for (WatTok t = wat_next(lx); t.kind == '('; t = wat_next(lx)) {
        WatTok kw = wat_next(lx);
        if (wat_is(kw, "type")) {
            declare_name(a, lx, &a->type_names, a->ntypes);
            expect(a, lx, '(', "expected (func"), expect(a, lx, 'a', "expected func");
            TypeUse u = type_use(a, lx, NULL);
            expect_close(a, lx), expect_close(a, lx);
            if (u.type >= 0) fail(a, lx, kw.s, "a type field with a type use");
            add_type(a, u.sig);
        } else if (wat_is(kw, "import")) {
            declare_import(a, lx, kw.s);
        } else if (wat_is(kw, "func")) {
            declare_func(a, lx);
        } else if (wat_is(kw, "global")) {
            declare_global(a, lx);
        } else if (wat_is(kw, "table")) {
            declare_table(a, lx);
        } else if (wat_is(kw, "memory")) {
            while (open_kw(lx, "export")) wat_skip_rest(lx); /* exports: pass 2 */
            limits(a, lx, &a->sec[SEC_MEMORY]);
            expect_close(a, lx);
            a->count[SEC_MEMORY]++;
        } else if (wat_is(kw, "data")) {
            declare_data(a, lx);
        } else if (wat_is(kw, "export") || wat_is(kw, "elem") || wat_is(kw, "start")) {
            wat_skip_rest(lx); /* they name functions: pass 2 */
        } else {
            fail_tok(a, lx, kw, "unsupported module field");
        }
    }
}

/* ---- pass 2: code -------------------------------------------------------- */

static const WasmOp *find_op(const Asm *a, WatTok t) {
    for (uint32_t i = hash_bytes(t.s, t.n) & (OP_HASH - 1); a->op_hash[i]; i = (i + 1) & (OP_HASH - 1)) {
        int k = a->op_hash[i] - 1;
        if (a->op_len[k] == t.n && !memcmp(OPS[k].name, t.s, t.n)) return &OPS[k];
    }
    return NULL;
}

static void push_label(Asm *a, WatTok name) {
    if (a->nlabels == a->caplabels) {
        a->caplabels = a->caplabels ? 2 * a->caplabels : 64;
        a->labels = realloc(a->labels, (size_t)a->caplabels * sizeof *a->labels);
        if (!a->labels) abort();
    }
    a->labels[a->nlabels++] = name;
}

/* A branch target: a label's name (the innermost of that name) or a
 * relative depth. */
static uint32_t label_depth(Asm *a, WatLex *lx) {
    WatTok t = wat_next(lx);
    if (!is_name(t)) return u32_tok(a, lx, t);
    for (int i = a->nlabels - 1; i >= 0; i--)
        if (a->labels[i].n == t.n && !memcmp(a->labels[i].s, t.s, t.n)) return (uint32_t)(a->nlabels - 1 - i);
    fail(a, lx, t.s, "undefined label \"%.*s\"", (int)t.n, t.s);
    return 0;
}

static void block_type(Asm *a, WatLex *lx, Buf *b) {
    TypeUse u = type_use(a, lx, NULL);
    if (u.type >= 0) put_sleb(b, u.type);
    else if (u.sig.np || u.sig.nr > 1) put_sleb(b, type_of(a, u.sig));
    else if (u.sig.nr == 1) put_u8(b, (unsigned char)a->sigs.data[u.sig.off]);
    else put_u8(b, 0x40);
}

static void mem_arg(Asm *a, WatLex *lx, const WasmOp *op, Buf *b) {
    uint32_t offset = 0, align = op->align;
    for (WatTok t = wat_peek(lx); t.kind == 'a'; t = wat_peek(lx)) {
        bool is_offset = t.n > 7 && !memcmp(t.s, "offset=", 7), is_align = t.n > 6 && !memcmp(t.s, "align=", 6);
        if (!is_offset && !is_align) break;
        wat_next(lx);
        WatTok v = {t.s + (is_offset ? 7 : 6), t.n - (is_offset ? 7 : 6), 'a'};
        uint32_t n = u32_tok(a, lx, v);
        if (is_offset) {
            offset = n;
        } else {
            if (!n || (n & (n - 1))) fail(a, lx, t.s, "alignment must be a power of two");
            for (align = 0; n > 1; n >>= 1) align++;
        }
    }
    put_uleb(b, align);
    put_uleb(b, offset);
}

static void instruction(Asm *a, WatLex *lx, WatTok t, Buf *b) {
    const WasmOp *op = find_op(a, t);
    if (!op) {
        fail_tok(a, lx, t, "unknown instruction");
        return;
    }
    if (op->code > 0xff) {
        put_u8(b, 0xfc);
        put_uleb(b, op->code & 0xff);
    } else {
        put_u8(b, op->code);
    }
    uint64_t mag, bits;
    bool neg;
    switch ((WasmImm)op->imm) {
    case IMM_NONE:
    case IMM_ELSE: break;
    case IMM_BLOCK: {
        WatTok name = wat_peek(lx);
        if (is_name(name)) wat_next(lx);
        else name.n = 0;
        push_label(a, name);
        block_type(a, lx, b);
        break;
    }
    case IMM_END:
        if (a->nlabels) a->nlabels--;
        else fail(a, lx, t.s, "end without a block");
        break;
    case IMM_LABEL: put_uleb(b, label_depth(a, lx)); break;
    case IMM_BR_TABLE: {
        uint32_t targets[4096];
        uint32_t n = 0;
        for (WatTok l = wat_peek(lx); l.kind == 'a' && (is_name(l) || (l.s[0] >= '0' && l.s[0] <= '9'));
             l = wat_peek(lx)) {
            if (n == sizeof targets / sizeof targets[0]) {
                fail(a, lx, l.s, "too many br_table targets");
                return;
            }
            targets[n++] = label_depth(a, lx);
        }
        if (!n) fail(a, lx, t.s, "br_table without a default target");
        put_uleb(b, n ? n - 1 : 0);
        for (uint32_t i = 0; i < n; i++) put_uleb(b, targets[i]);
        break;
    }
    case IMM_FUNC: put_uleb(b, ref(a, lx, &a->func_names, "function")); break;
    case IMM_CALL_INDIRECT: {
        uint32_t table = 0;
        WatTok tt = wat_peek(lx);
        if (tt.kind == 'a' && tt.s[0] >= '0' && tt.s[0] <= '9') table = u32_tok(a, lx, wat_next(lx)); /* a table index */
        TypeUse u = type_use(a, lx, NULL);
        put_uleb(b, (uint32_t)func_type(a, u));
        put_uleb(b, table);
        break;
    }
    case IMM_LOCAL: put_uleb(b, ref(a, lx, &a->locals, "local")); break;
    case IMM_GLOBAL: put_uleb(b, ref(a, lx, &a->global_names, "global")); break;
    case IMM_MEM: mem_arg(a, lx, op, b); break;
    case IMM_MEMORY: put_u8(b, 0x00); break;
    case IMM_MEMORY_COPY: put_u8(b, 0x00), put_u8(b, 0x00); break;
    case IMM_MEMORY_INIT:
        put_uleb(b, ref(a, lx, &a->data_names, "data segment"));
        put_u8(b, 0x00);
        a->data_count = true;
        break;
    case IMM_DATA:
        put_uleb(b, ref(a, lx, &a->data_names, "data segment"));
        a->data_count = true;
        break;
    case IMM_I32: {
        WatTok v = wat_next(lx);
        if (!wat_uint(v, &mag, &neg) || mag > (neg ? 0x80000000ull : 0xFFFFFFFFull)) fail_tok(a, lx, v, "bad i32 constant");
        put_sleb(b, (int32_t)(uint32_t)(neg ? 0 - mag : mag));
        break;
    }
    case IMM_I64: {
        WatTok v = wat_next(lx);
        if (!wat_uint(v, &mag, &neg) || (neg && mag > 0x8000000000000000ull)) fail_tok(a, lx, v, "bad i64 constant");
        put_sleb(b, (int64_t)(neg ? 0 - mag : mag));
        break;
    }
    case IMM_F32: {
        WatTok v = wat_next(lx);
        uint32_t f;
        if (!wat_f32_bits(v, &f)) fail_tok(a, lx, v, "bad f32 constant");
        for (int i = 0; i < 4; i++) put_u8(b, (f >> (8 * i)) & 0xff);
        break;
    }
    case IMM_F64: {
        WatTok v = wat_next(lx);
        if (!wat_f64_bits(v, &bits)) fail_tok(a, lx, v, "bad f64 constant");
        for (int i = 0; i < 8; i++) put_u8(b, (unsigned)(bits >> (8 * i)) & 0xff);
        break;
    }
    }
}

/* A function's body: its locals (runs of one type, as wabt merges them),
 * its instructions, the final end; into the code section with its size. */
static void define_func(Asm *a, WatLex *lx) {
    names_free(&a->locals);
    if (is_name(wat_peek(lx))) wat_next(lx);
    TypeUse u = type_use(a, lx, &a->locals);
    Sig sig = u.type >= 0 ? a->types[u.type] : u.sig;
    uint32_t nlocals = sig.np;
    uint32_t run_count = 0;
    int run_type = -1, nruns = 0;
    Buf *b = &a->scratch;
    b->len = 0;
    while (open_kw(lx, "local")) {
        WatTok t = wat_peek(lx);
        if (is_name(t)) {
            wat_next(lx);
            if (!names_put(&a->locals, t.s, t.n, (int)nlocals)) fail(a, lx, t.s, "duplicate local");
        }
        for (t = wat_peek(lx); t.kind == 'a'; t = wat_peek(lx)) {
            int v = valtype_tok(a, lx);
            if (v != run_type) {
                if (run_count) {
                    put_uleb(b, run_count);
                    put_u8(b, (unsigned)run_type);
                    nruns++;
                }
                run_type = v, run_count = 0;
            }
            run_count++, nlocals++;
        }
        expect_close(a, lx);
    }
    if (run_count) {
        put_uleb(b, run_count);
        put_u8(b, (unsigned)run_type);
        nruns++;
    }
    /* the runs' count goes first: encode it, then move the runs after it */
    Buf body;
    buf_init(&body);
    put_uleb(&body, (uint32_t)nruns);
    buf_putn(&body, b->data ? b->data : "", b->len);
    a->nlabels = 0;
    for (WatTok t = wat_next(lx); t.kind == 'a'; t = wat_next(lx)) instruction(a, lx, t, &body);
    if (a->nlabels) fail(a, lx, lx->p, "unclosed block");
    put_u8(&body, 0x0b);
    put_uleb(&a->sec[SEC_CODE], body.len);
    buf_putn(&a->sec[SEC_CODE], body.data, body.len);
    a->count[SEC_CODE]++;
    buf_free(&body);
}

static void define_export(Asm *a, WatLex *lx, WatTok name, unsigned kind, uint32_t index) {
    Buf bytes;
    buf_init(&bytes);
    if (!wat_string(name, &bytes)) fail(a, lx, name.s, "malformed string");
    Buf *b = &a->sec[SEC_EXPORT];
    put_name(b, &bytes);
    put_u8(b, kind);
    put_uleb(b, index);
    a->count[SEC_EXPORT]++;
    buf_free(&bytes);
}

static void define(Asm *a, WatLex *lx) {
    int memories = 0;
    for (WatTok t = wat_next(lx); t.kind == '('; t = wat_next(lx)) {
        WatTok kw = wat_next(lx);
        if (wat_is(kw, "func")) {
            define_func(a, lx);
        } else if (wat_is(kw, "memory")) {
            while (open_kw(lx, "export")) {
                define_export(a, lx, expect(a, lx, '"', "expected the export name"), 2, (uint32_t)memories);
                expect_close(a, lx);
            }
            memories++;
            wat_skip_rest(lx);
        } else if (wat_is(kw, "export")) {
            WatTok name = expect(a, lx, '"', "expected the export name");
            expect(a, lx, '(', "expected the exported item");
            WatTok kind = wat_next(lx);
            if (wat_is(kind, "func")) define_export(a, lx, name, 0, ref(a, lx, &a->func_names, "function"));
            else if (wat_is(kind, "global")) define_export(a, lx, name, 3, ref(a, lx, &a->global_names, "global"));
            else if (wat_is(kind, "memory")) define_export(a, lx, name, 2, u32_tok(a, lx, wat_next(lx)));
            else fail_tok(a, lx, kind, "unsupported export");
            expect_close(a, lx), expect_close(a, lx);
        } else if (wat_is(kw, "start")) {
            put_uleb(&a->sec[SEC_START], ref(a, lx, &a->func_names, "function"));
            a->has_start = true;
            expect_close(a, lx);
        } else if (wat_is(kw, "elem")) {
            Buf *b = &a->sec[SEC_ELEM];
            put_u8(b, 0x00); /* active, table 0, function indices */
            const_expr(a, lx, b);
            if (wat_is(wat_peek(lx), "func")) wat_next(lx);
            Buf items;
            buf_init(&items);
            uint32_t n = 0;
            while (wat_peek(lx).kind == 'a') put_uleb(&items, ref(a, lx, &a->func_names, "function")), n++;
            expect_close(a, lx);
            put_uleb(b, n);
            buf_putn(b, items.data ? items.data : "", items.len);
            buf_free(&items);
            a->count[SEC_ELEM]++;
        } else {
            wat_skip_rest(lx);
        }
    }
}

/* ---- the module ---------------------------------------------------------- */

static void put_section(Buf *out, const Asm *a, int id, bool counted) {
    const Buf *s = &a->sec[id];
    Buf head;
    buf_init(&head);
    if (counted) put_uleb(&head, a->count[id]);
    put_u8(out, (unsigned)id);
    put_uleb(out, head.len + s->len);
    buf_putn(out, head.data ? head.data : "", head.len);
    buf_putn(out, s->data ? s->data : "", s->len);
    buf_free(&head);
}

int ml_wat_assemble(void *user, const char *wat, size_t wat_len, unsigned char **wasm, size_t *wasm_len,
                    char **error) {
    (void)user;
    *wasm = NULL;
    *wasm_len = 0;
    *error = NULL;
    Asm a;
    memset(&a, 0, sizeof a);
    a.text = wat ? wat : "";
    a.len = wat ? wat_len : 0;
    for (int i = 0; i < NOPS; i++) {
        a.op_len[i] = (uint8_t)strlen(OPS[i].name);
        uint32_t h = hash_bytes(OPS[i].name, a.op_len[i]) & (OP_HASH - 1);
        while (a.op_hash[h]) h = (h + 1) & (OP_HASH - 1);
        a.op_hash[h] = (uint16_t)(i + 1);
    }
    for (int i = 0; i < SEC_COUNT; i++) buf_init(&a.sec[i]);
    buf_init(&a.sigs), buf_init(&a.scratch);
    buf_reserve(&a.sigs, 256); /* never NULL: an empty signature's bytes are at sigs.data + off */

    WatLex lx = {a.text, a.text, a.text + a.len};
    WatTok t = wat_next(&lx);
    if (t.kind != '(' || !wat_is(wat_next(&lx), "module")) fail_tok(&a, &lx, t, "expected (module");
    const char *fields = lx.p;
    declare(&a, &lx);
    if (!a.error && wat_next(&lx).kind) fail(&a, &lx, lx.p, "text after the module");
    if (!a.error) {
        lx.p = fields;
        define(&a, &lx);
    }

    Buf out;
    buf_init(&out);
    if (!a.error) {
        buf_putn(&out, "\0asm\1\0\0\0", 8);
        static const int order[] = {SEC_TYPE, SEC_IMPORT, SEC_FUNCTION, SEC_TABLE, SEC_MEMORY, SEC_GLOBAL,
                                    SEC_EXPORT, SEC_START, SEC_ELEM, SEC_DATA_COUNT, SEC_CODE, SEC_DATA};
        for (size_t i = 0; i < sizeof order / sizeof order[0]; i++) {
            int id = order[i];
            if (id == SEC_START) {
                if (a.has_start) put_section(&out, &a, id, false);
            } else if (id == SEC_DATA_COUNT) {
                if (a.data_count) {
                    put_uleb(&a.sec[id], a.count[SEC_DATA]);
                    put_section(&out, &a, id, false);
                }
            } else if (a.count[id]) {
                put_section(&out, &a, id, true);
            }
        }
    }

    for (int i = 0; i < SEC_COUNT; i++) buf_free(&a.sec[i]);
    buf_free(&a.sigs), buf_free(&a.scratch);
    free(a.types), free(a.labels);
    names_free(&a.type_names), names_free(&a.func_names), names_free(&a.global_names);
    names_free(&a.data_names), names_free(&a.locals);
    if (a.error) {
        buf_free(&out);
        *error = a.error;
        return 1;
    }
    size_t n;
    *wasm = (unsigned char *)buf_take(&out, &n);
    *wasm_len = n;
    return 0;
}
