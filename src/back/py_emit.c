/* Python emitter, module level: identifier renaming, the header and the
 * argc/argv prelude. Expressions are in py_emit_expr.c, statements and
 * patterns in py_emit_stmt.c. */
#define ML_PY_EMIT_INTERNAL
#include "py_emit.h"
#include "../util/utf8.h"

#include <stdint.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

/* ---- string map --------------------------------------------------------- */

static size_t str_hash(const char *s) {
    uint64_t h = 1469598103934665603u; /* 64-bit on every host, incl. wasm32 */
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211u;
    return (size_t)h;
}

const char *pyst_get(const PyStrMap *m, const char *key) {
    if (!m->cap || !key) return NULL;
    for (size_t i = str_hash(key) & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
        if (!m->keys[i]) return NULL;
        if (strcmp(m->keys[i], key) == 0) return m->vals[i];
    }
}

void pyst_put(PyEmitter *em, PyStrMap *m, const char *key, const char *val) {
    if ((m->count + 1) * 2 > m->cap) {
        size_t cap = m->cap ? m->cap * 2 : 64;
        const char **keys = arena_alloc(&em->arena, cap * sizeof *keys);
        const char **vals = arena_alloc(&em->arena, cap * sizeof *vals);
        for (size_t j = 0; j < m->cap; j++) {
            if (!m->keys[j]) continue;
            size_t i = str_hash(m->keys[j]) & (cap - 1);
            while (keys[i]) i = (i + 1) & (cap - 1);
            keys[i] = m->keys[j], vals[i] = m->vals[j];
        }
        m->keys = keys, m->vals = vals, m->cap = cap;
    }
    size_t i = str_hash(key) & (m->cap - 1);
    while (m->keys[i] && strcmp(m->keys[i], key) != 0) i = (i + 1) & (m->cap - 1);
    if (!m->keys[i]) m->count++;
    m->keys[i] = key, m->vals[i] = val;
}

/* ---- identifiers ---------------------------------------------------------- */

static const char *const PY_KEYWORDS[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break",
    "class", "continue", "def", "del", "elif", "else", "except", "finally",
    "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
};

static bool is_py_keyword(const char *s) {
    for (size_t i = 0; i < sizeof PY_KEYWORDS / sizeof *PY_KEYWORDS; i++)
        if (strcmp(PY_KEYWORDS[i], s) == 0) return true;
    return false;
}

static bool ascii_id(unsigned char c, bool first) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
           (!first && c >= '0' && c <= '9');
}

/* Code points that are not identifier characters in Python, or that Python
 * would change by NFKC normalisation (so two names the source keeps apart
 * could merge): spelt out instead. Not exhaustive, but covers symbols,
 * punctuation, emoji, compatibility and full-width forms. */
static bool cp_bad(uint32_t c) {
    if (c >= 0x80 && c <= 0xBF && c != 0xB7) return true;
    if (c == 0xD7 || c == 0xF7) return true;
    if (c >= 0x0300 && c <= 0x036F) return true; /* decomposed accents */
    if (c >= 0x2000 && c <= 0x2BFF && c != 0x203F && c != 0x2040 && c != 0x2054) return true;
    if (c >= 0x2E00 && c <= 0x2E7F) return true;
    if ((c >= 0x3000 && c <= 0x3004) || (c >= 0x3008 && c <= 0x3020) || c == 0x3030 ||
        (c >= 0x303D && c <= 0x303F))
        return true;
    if (c >= 0x3130 && c <= 0x319F) return true;
    if (c >= 0x3200 && c <= 0x33FF) return true;
    if (c >= 0xD800 && c <= 0xF8FF) return true;
    if (c >= 0xF900 && c <= 0xFAFF) return true;
    if (c >= 0xFB00 && c <= 0xFDFF) return true;
    if (c >= 0xFE10 && c <= 0xFFFF) return true;
    if (c >= 0x1D400 && c <= 0x1D7FF) return true;
    if (c >= 0x1F000 && c <= 0x1FAFF) return true;
    if ((c >= 0xE0000 && c <= 0xE00FF) || c >= 0xF0000) return true;
    return false;
}

/* Digits and combining marks of the project's scripts: fine inside a
 * name, not at its start. */
static bool cp_not_first(uint32_t c) {
    static const uint32_t ranges[][2] = {
        {0x0483, 0x0489}, {0x0591, 0x05C7}, {0x0610, 0x061A}, {0x064B, 0x0669},
        {0x0670, 0x0670}, {0x06D6, 0x06ED}, {0x06F0, 0x06F9}, {0x0900, 0x0903},
        {0x093A, 0x093C}, {0x093E, 0x094F}, {0x0951, 0x0957}, {0x0962, 0x0963},
        {0x0966, 0x096F}, {0x0981, 0x0983}, {0x09BC, 0x09BC}, {0x09BE, 0x09CD},
        {0x09D7, 0x09D7}, {0x09E2, 0x09E3}, {0x09E6, 0x09EF}, {0x0B82, 0x0B82},
        {0x0BBE, 0x0BCD}, {0x0BD7, 0x0BD7}, {0x0BE6, 0x0BEF}, {0x3099, 0x309A},
    };
    for (size_t i = 0; i < sizeof ranges / sizeof *ranges; i++)
        if (c >= ranges[i][0] && c <= ranges[i][1]) return true;
    return false;
}


/* The Python spelling of a name that cannot be used as is (before
 * collision avoidance), or NULL when the name is fine. */
static const char *mangle(PyEmitter *em, const char *name) {
    if (!name[0]) return "_";
    if (is_py_keyword(name)) return arena_printf(&em->arena, "%s_", name);
    size_t n = strlen(name);
    bool bad = false;
    for (size_t i = 0; i < n && !bad;) {
        unsigned char b = (unsigned char)name[i];
        if (b < 0x80) {
            bad = !ascii_id(b, i == 0);
            i++;
            continue;
        }
        uint32_t c;
        int len = utf8_decode(name + i, n - i, &c);
        bad = len == 0 || cp_bad(c) || (i == 0 && cp_not_first(c));
        i += len ? (size_t)len : 1;
    }
    if (!bad) return NULL;
    Buf b;
    buf_init(&b);
    for (size_t i = 0; i < n;) {
        unsigned char ch = (unsigned char)name[i];
        if (ch < 0x80) {
            if (ascii_id(ch, false)) {
                if (i == 0 && !ascii_id(ch, true)) buf_putc(&b, '_');
                buf_putc(&b, (char)ch);
            } else {
                buf_printf(&b, "_x%02x", ch);
            }
            i++;
            continue;
        }
        uint32_t c;
        int len = utf8_decode(name + i, n - i, &c);
        if (len == 0) {
            buf_printf(&b, "_x%02x", ch);
            i++;
            continue;
        }
        if (cp_bad(c)) {
            buf_printf(&b, "_u%04x", (unsigned)c);
        } else {
            if (i == 0 && cp_not_first(c)) buf_putc(&b, '_');
            buf_putn(&b, name + i, (size_t)len);
        }
        i += (size_t)len;
    }
    const char *r = arena_strndup(&em->arena, b.data, b.len);
    buf_free(&b);
    return r;
}

/* A name of the output that no identifier of the program uses. */
static const char *fresh_name(PyEmitter *em, const char *base) {
    const char *cand = base;
    while (pyst_get(&em->used, cand)) cand = arena_printf(&em->arena, "%s_", cand);
    pyst_put(em, &em->used, cand, cand);
    return cand;
}

const char *py_name(PyEmitter *em, const char *name) {
    if (!name) return "_";
    const char *r = pyst_get(&em->renames, name);
    return r ? r : name;
}

void py_put_name(PyEmitter *em, const char *name) {
    if (name && strchr(name, '.')) { /* a dotted module path */
        const char *p = name;
        while (1) {
            const char *dot = strchr(p, '.');
            size_t len = dot ? (size_t)(dot - p) : strlen(p);
            char *part = arena_strndup(&em->arena, p, len);
            buf_puts(em->out, py_name(em, part));
            if (!dot) break;
            buf_putc(em->out, '.');
            p = dot + 1;
        }
        return;
    }
    buf_puts(em->out, py_name(em, name));
}

void py_put_builtin(PyEmitter *em, const char *name) {
    if (!pyst_get(&em->bound, name)) {
        buf_puts(em->out, name);
        return;
    }
    /* The program rebinds this builtin somewhere: reach the real one. */
    if (!em->builtins_alias) em->builtins_alias = fresh_name(em, "builtins");
    buf_printf(em->out, "%s.%s", em->builtins_alias, name);
}

/* ---- collecting the identifiers ------------------------------------------ */

typedef struct Walk {
    PyEmitter *em;
    bool uses_argc, uses_argv; /* as the builtins, not as local variables */
    bool uses_render_mode;      /* the decorator (a no-op in Python) */
    int local_argc, local_argv; /* enclosing functions binding the name */
} Walk;

static bool body_binds(const PtrVec *body, const char *name);

/* `global name` among the statements of a function (not nested defs). */
static bool declares_global(const PtrVec *body, const char *name) {
    for (int i = 0; i < body->len; i++) {
        const Stmt *s = body->items[i];
        if (!s) continue;
        switch (s->kind) {
        case S_GLOBAL:
            for (int j = 0; j < s->u.names.names.len; j++)
                if (s->u.names.names.items[j] && strcmp(s->u.names.names.items[j], name) == 0) return true;
            break;
        case S_IF:
            if (declares_global(&s->u.if_.body, name) || declares_global(&s->u.if_.orelse, name)) return true;
            break;
        case S_WHILE:
            if (declares_global(&s->u.while_.body, name) || declares_global(&s->u.while_.orelse, name)) return true;
            break;
        case S_FOR:
            if (declares_global(&s->u.for_.body, name) || declares_global(&s->u.for_.orelse, name)) return true;
            break;
        case S_WITH:
            if (declares_global(&s->u.with.body, name)) return true;
            break;
        case S_TRY:
            if (declares_global(&s->u.try_.body, name) || declares_global(&s->u.try_.orelse, name) ||
                declares_global(&s->u.try_.finalbody, name))
                return true;
            for (int j = 0; j < s->u.try_.handlers.len; j++) {
                const ExceptHandler *h = s->u.try_.handlers.items[j];
                if (h && declares_global(&h->body, name)) return true;
            }
            break;
        case S_MATCH:
            for (int j = 0; j < s->u.match.cases.len; j++) {
                const MatchCase *c = s->u.match.cases.items[j];
                if (c && declares_global(&c->body, name)) return true;
            }
            break;
        default: break;
        }
    }
    return false;
}

/* Whether a function (or lambda, body NULL) has name as a local. */
static bool fn_binds(const PtrVec *params, const PtrVec *body, const char *name) {
    for (int i = 0; i < params->len; i++) {
        const Param *p = params->items[i];
        if (p && p->name && strcmp(p->name, name) == 0) return true;
    }
    return body && body_binds(body, name) && !declares_global(body, name);
}

static void w_ident(Walk *w, const char *name) {
    if (!name) return;
    if (strchr(name, '.')) {
        const char *p = name;
        while (1) {
            const char *dot = strchr(p, '.');
            size_t len = dot ? (size_t)(dot - p) : strlen(p);
            w_ident(w, arena_strndup(&w->em->arena, p, len));
            if (!dot) return;
            p = dot + 1;
        }
    }
    if (pyst_get(&w->em->used, name)) return;
    pyst_put(w->em, &w->em->used, name, name);
    ptrvec_push(&w->em->arena, &w->em->order, (void *)name);
}

/* A name the program binds (assigns, defines, imports...). */
static void w_bind(Walk *w, const char *name) {
    if (!name) return;
    w_ident(w, name);
    if (!pyst_get(&w->em->bound, name)) pyst_put(w->em, &w->em->bound, name, name);
}

static void w_expr(Walk *w, const Expr *e);
static void w_stmts(Walk *w, const PtrVec *v);
static void w_pattern(Walk *w, const Pattern *p);

static void w_exprs(Walk *w, const PtrVec *v) {
    for (int i = 0; i < v->len; i++) w_expr(w, v->items[i]);
}

/* An assignment target: the names it stores to are not uses of argc/argv. */
static void w_target(Walk *w, const Expr *e) {
    if (!e) return;
    switch (e->kind) {
    case E_NAME: w_bind(w, e->u.name.name); break;
    case E_TUPLE: case E_LIST:
        for (int i = 0; i < e->u.seq.items.len; i++) w_target(w, e->u.seq.items.items[i]);
        break;
    case E_STARRED: w_target(w, e->u.starred.value); break;
    default: w_expr(w, e); break;
    }
}

static void w_targets(Walk *w, const PtrVec *v) {
    for (int i = 0; i < v->len; i++) w_target(w, v->items[i]);
}

static void w_params(Walk *w, const PtrVec *v) {
    for (int i = 0; i < v->len; i++) {
        const Param *p = v->items[i];
        if (!p) continue;
        w_bind(w, p->name);
        w_expr(w, p->annotation);
        w_expr(w, p->default_value);
    }
}

static void w_keywords(Walk *w, const PtrVec *v) {
    for (int i = 0; i < v->len; i++) {
        const Keyword *k = v->items[i];
        if (!k) continue;
        w_ident(w, k->name);
        w_expr(w, k->value);
    }
}

static void w_expr(Walk *w, const Expr *e) {
    if (!e) return;
    switch (e->kind) {
    case E_NAME:
        w_ident(w, e->u.name.name);
        if (e->u.name.name && strcmp(e->u.name.name, "argc") == 0 && !w->local_argc) w->uses_argc = true;
        if (e->u.name.name && strcmp(e->u.name.name, "argv") == 0 && !w->local_argv) w->uses_argv = true;
        if (e->u.name.name && strcmp(e->u.name.name, "render_mode") == 0) w->uses_render_mode = true;
        break;
    case E_FSTRING: w_exprs(w, &e->u.fstr.parts); break;
    case E_FORMATTED: w_expr(w, e->u.formatted.value); w_expr(w, e->u.formatted.spec); break;
    case E_BINOP: w_expr(w, e->u.binop.left); w_expr(w, e->u.binop.right); break;
    case E_UNARY: w_expr(w, e->u.unary.operand); break;
    case E_BOOLOP: w_exprs(w, &e->u.boolop.values); break;
    case E_COMPARE: w_expr(w, e->u.compare.left); w_exprs(w, &e->u.compare.comparators); break;
    case E_CALL:
        w_expr(w, e->u.call.func);
        w_exprs(w, &e->u.call.args);
        w_keywords(w, &e->u.call.keywords);
        break;
    case E_ATTR: w_expr(w, e->u.attr.value); w_ident(w, e->u.attr.name); break;
    case E_SUBSCRIPT: w_expr(w, e->u.subscript.value); w_expr(w, e->u.subscript.index); break;
    case E_SLICE:
        w_expr(w, e->u.slice.lower);
        w_expr(w, e->u.slice.upper);
        w_expr(w, e->u.slice.step);
        break;
    case E_TUPLE: case E_LIST: case E_SET: w_exprs(w, &e->u.seq.items); break;
    case E_DICT: w_exprs(w, &e->u.dict.keys); w_exprs(w, &e->u.dict.values); break;
    case E_LISTCOMP: case E_SETCOMP: case E_GENEXP: case E_DICTCOMP:
        w_expr(w, e->u.comp.key);
        w_expr(w, e->u.comp.elt);
        for (int i = 0; i < e->u.comp.generators.len; i++) {
            const Comprehension *g = e->u.comp.generators.items[i];
            if (!g) continue;
            w_target(w, g->target);
            w_expr(w, g->iter);
            w_exprs(w, &g->ifs);
        }
        break;
    case E_LAMBDA: {
        w_params(w, &e->u.lambda.params);
        int ba = fn_binds(&e->u.lambda.params, NULL, "argc"), bv = fn_binds(&e->u.lambda.params, NULL, "argv");
        w->local_argc += ba, w->local_argv += bv;
        w_expr(w, e->u.lambda.body);
        w->local_argc -= ba, w->local_argv -= bv;
        break;
    }
    case E_IFEXP:
        w_expr(w, e->u.ifexp.test);
        w_expr(w, e->u.ifexp.body);
        w_expr(w, e->u.ifexp.orelse);
        break;
    case E_WALRUS: w_target(w, e->u.walrus.target); w_expr(w, e->u.walrus.value); break;
    case E_STARRED: case E_DOUBLESTARRED: w_expr(w, e->u.starred.value); break;
    case E_YIELD: case E_YIELD_FROM: case E_AWAIT: w_expr(w, e->u.yield.value); break;
    default: break;
    }
}

static void w_patterns(Walk *w, const PtrVec *v) {
    for (int i = 0; i < v->len; i++) w_pattern(w, v->items[i]);
}

static void w_pattern(Walk *w, const Pattern *p) {
    if (!p) return;
    w_expr(w, p->value);
    w_expr(w, p->cls);
    w_bind(w, p->name);
    w_pattern(w, p->pattern);
    w_patterns(w, &p->patterns);
    w_exprs(w, &p->keys);
    for (int i = 0; i < p->kw_names.len; i++) w_ident(w, p->kw_names.items[i]);
    w_patterns(w, &p->kw_patterns);
}

static void w_stmt(Walk *w, const Stmt *s) {
    if (s->kind == S_RAISE && s->u.raise.import) s = s->u.raise.import; /* what the program wrote */
    if (!s) return;
    switch (s->kind) {
    case S_EXPR: w_expr(w, s->u.expr.value); break;
    case S_ASSIGN: w_targets(w, &s->u.assign.targets); w_expr(w, s->u.assign.value); break;
    case S_AUGASSIGN: w_expr(w, s->u.augassign.target); w_expr(w, s->u.augassign.value); break;
    case S_ANNASSIGN:
        w_target(w, s->u.annassign.target);
        w_expr(w, s->u.annassign.annotation);
        w_expr(w, s->u.annassign.value);
        break;
    case S_IF: w_expr(w, s->u.if_.test); w_stmts(w, &s->u.if_.body); w_stmts(w, &s->u.if_.orelse); break;
    case S_WHILE:
        w_expr(w, s->u.while_.test);
        w_stmts(w, &s->u.while_.body);
        w_stmts(w, &s->u.while_.orelse);
        break;
    case S_FOR:
        w_target(w, s->u.for_.target);
        w_expr(w, s->u.for_.iter);
        w_stmts(w, &s->u.for_.body);
        w_stmts(w, &s->u.for_.orelse);
        break;
    case S_RETURN: w_expr(w, s->u.ret.value); break;
    case S_FUNCDEF:
        w_exprs(w, &s->u.funcdef.decorators);
        w_bind(w, s->u.funcdef.name);
        w_params(w, &s->u.funcdef.params);
        w_expr(w, s->u.funcdef.returns);
        {
            const PtrVec *ps = &s->u.funcdef.params, *body = &s->u.funcdef.body;
            int ba = fn_binds(ps, body, "argc"), bv = fn_binds(ps, body, "argv");
            w->local_argc += ba, w->local_argv += bv;
            w_stmts(w, body);
            w->local_argc -= ba, w->local_argv -= bv;
        }
        break;
    case S_CLASSDEF:
        w_exprs(w, &s->u.classdef.decorators);
        w_bind(w, s->u.classdef.name);
        w_exprs(w, &s->u.classdef.bases);
        w_keywords(w, &s->u.classdef.keywords);
        w_stmts(w, &s->u.classdef.body);
        break;
    case S_TRY:
        w_stmts(w, &s->u.try_.body);
        for (int i = 0; i < s->u.try_.handlers.len; i++) {
            const ExceptHandler *h = s->u.try_.handlers.items[i];
            if (!h) continue;
            w_expr(w, h->type);
            w_bind(w, h->name);
            w_stmts(w, &h->body);
        }
        w_stmts(w, &s->u.try_.orelse);
        w_stmts(w, &s->u.try_.finalbody);
        break;
    case S_RAISE: w_expr(w, s->u.raise.exc); w_expr(w, s->u.raise.cause); break;
    case S_GLOBAL: case S_NONLOCAL:
        for (int i = 0; i < s->u.names.names.len; i++) w_bind(w, s->u.names.names.items[i]);
        break;
    case S_DEL: w_targets(w, &s->u.del.targets); break;
    case S_ASSERT: w_expr(w, s->u.assert_.test); w_expr(w, s->u.assert_.msg); break;
    case S_WITH:
        for (int i = 0; i < s->u.with.items.len; i++) {
            const WithItem *it = s->u.with.items.items[i];
            if (!it) continue;
            w_expr(w, it->context);
            w_target(w, it->target);
        }
        w_stmts(w, &s->u.with.body);
        break;
    case S_MATCH:
        w_expr(w, s->u.match.subject);
        for (int i = 0; i < s->u.match.cases.len; i++) {
            const MatchCase *c = s->u.match.cases.items[i];
            if (!c) continue;
            w_pattern(w, c->pattern);
            w_expr(w, c->guard);
            w_stmts(w, &c->body);
        }
        break;
    case S_IMPORT: case S_IMPORT_FROM:
        if (s->u.import->implicit) break;
        if (s->kind == S_IMPORT_FROM) w_ident(w, s->u.import->module);
        for (int i = 0; i < s->u.import->aliases.len; i++) {
            const Alias *a = s->u.import->aliases.items[i];
            if (!a) continue;
            if (a->name && strcmp(a->name, "*") != 0) w_ident(w, a->name);
            w_ident(w, a->asname);
            if (s->kind == S_IMPORT && !a->asname && a->name) { /* import a.b binds a */
                size_t n = strcspn(a->name, ".");
                w_bind(w, arena_strndup(&w->em->arena, a->name, n));
            } else if (a->name && strcmp(a->name, "*") != 0) {
                w_bind(w, a->asname ? a->asname : a->name);
            }
        }
        break;
    default: break;
    }
}

static void w_stmts(Walk *w, const PtrVec *v) {
    for (int i = 0; i < v->len; i++) w_stmt(w, v->items[i]);
}

/* ---- module-level bindings (does the program define argc itself?) ---- */

static bool target_binds(const Expr *t, const char *name) {
    if (!t) return false;
    switch (t->kind) {
    case E_NAME: return t->u.name.name && strcmp(t->u.name.name, name) == 0;
    case E_TUPLE: case E_LIST:
        for (int i = 0; i < t->u.seq.items.len; i++)
            if (target_binds(t->u.seq.items.items[i], name)) return true;
        return false;
    case E_STARRED: return target_binds(t->u.starred.value, name);
    default: return false;
    }
}

static bool pattern_binds(const Pattern *p, const char *name) {
    if (!p) return false;
    if ((p->kind == P_CAPTURE || p->kind == P_STAR || p->kind == P_AS || p->kind == P_MAPPING) &&
        p->name && strcmp(p->name, name) == 0)
        return true;
    if (pattern_binds(p->pattern, name)) return true;
    for (int i = 0; i < p->patterns.len; i++)
        if (pattern_binds(p->patterns.items[i], name)) return true;
    for (int i = 0; i < p->kw_patterns.len; i++)
        if (pattern_binds(p->kw_patterns.items[i], name)) return true;
    return false;
}

static bool alias_binds(const Alias *a, const char *name) {
    if (!a || !a->name) return false;
    if (a->asname) return strcmp(a->asname, name) == 0;
    size_t n = strcspn(a->name, ".");
    return strlen(name) == n && strncmp(a->name, name, n) == 0;
}

static bool body_binds(const PtrVec *body, const char *name) {
    for (int i = 0; i < body->len; i++) {
        const Stmt *s = body->items[i];
        if (!s) continue;
        switch (s->kind) {
        case S_ASSIGN:
            for (int j = 0; j < s->u.assign.targets.len; j++)
                if (target_binds(s->u.assign.targets.items[j], name)) return true;
            break;
        case S_AUGASSIGN:
            if (target_binds(s->u.augassign.target, name)) return true;
            break;
        case S_ANNASSIGN:
            if (s->u.annassign.value && target_binds(s->u.annassign.target, name)) return true;
            break;
        case S_IF:
            if (body_binds(&s->u.if_.body, name) || body_binds(&s->u.if_.orelse, name)) return true;
            break;
        case S_WHILE:
            if (body_binds(&s->u.while_.body, name) || body_binds(&s->u.while_.orelse, name)) return true;
            break;
        case S_FOR:
            if (target_binds(s->u.for_.target, name) || body_binds(&s->u.for_.body, name) ||
                body_binds(&s->u.for_.orelse, name))
                return true;
            break;
        case S_FUNCDEF:
            if (s->u.funcdef.name && strcmp(s->u.funcdef.name, name) == 0) return true;
            break;
        case S_CLASSDEF:
            if (s->u.classdef.name && strcmp(s->u.classdef.name, name) == 0) return true;
            break;
        case S_TRY:
            if (body_binds(&s->u.try_.body, name) || body_binds(&s->u.try_.orelse, name) ||
                body_binds(&s->u.try_.finalbody, name))
                return true;
            for (int j = 0; j < s->u.try_.handlers.len; j++) {
                const ExceptHandler *h = s->u.try_.handlers.items[j];
                if (h && ((h->name && strcmp(h->name, name) == 0) || body_binds(&h->body, name)))
                    return true;
            }
            break;
        case S_WITH:
            for (int j = 0; j < s->u.with.items.len; j++) {
                const WithItem *it = s->u.with.items.items[j];
                if (it && target_binds(it->target, name)) return true;
            }
            if (body_binds(&s->u.with.body, name)) return true;
            break;
        case S_MATCH:
            for (int j = 0; j < s->u.match.cases.len; j++) {
                const MatchCase *c = s->u.match.cases.items[j];
                if (c && (pattern_binds(c->pattern, name) || body_binds(&c->body, name))) return true;
            }
            break;
        case S_IMPORT: case S_IMPORT_FROM:
            if (s->u.import->implicit) break;
            for (int j = 0; j < s->u.import->aliases.len; j++)
                if (alias_binds(s->u.import->aliases.items[j], name)) return true;
            break;
        default: break;
        }
    }
    return false;
}

/* ---- the module ------------------------------------------------------------ */

static void put_sanitized(Buf *out, const char *s) {
    size_t n = strlen(s);
    for (size_t i = 0; i < n;) {
        uint32_t c;
        int len = utf8_decode(s + i, n - i, &c);
        if (len == 0 || c < 0x20 || c == 0x7F || c == 0x2028 || c == 0x2029 || (c >= 0x80 && c < 0xA0)) {
            buf_putc(out, '?');
            i += len ? (size_t)len : 1;
        } else {
            buf_putn(out, s + i, (size_t)len);
            i += (size_t)len;
        }
    }
}

static bool is_docstring(const Stmt *s) {
    return s && s->kind == S_EXPR && s->u.expr.value && s->u.expr.value->kind == E_STR;
}

static bool is_future_import(const Stmt *s) {
    return s && s->kind == S_IMPORT_FROM && s->u.import->level == 0 && s->u.import->module &&
           strcmp(s->u.import->module, "__future__") == 0;
}

static void prelude(PyEmitter *em, const Module *m, bool argc, bool argv, bool render_mode, int *state) {
    const char *sys = em->sys_name;
    if (argc || argv) {
        py_blank_lines(em, PYB_MODULE, state, false);
        if (strcmp(sys, "sys") == 0) buf_puts(em->out, "import sys\n");
        else buf_printf(em->out, "import sys as %s\n", sys);
        *state = 1;
    }
    if (em->builtins_alias) {
        py_blank_lines(em, PYB_MODULE, state, false);
        if (strcmp(em->builtins_alias, "builtins") == 0) buf_puts(em->out, "import builtins\n");
        else buf_printf(em->out, "import builtins as %s\n", em->builtins_alias);
        *state = 1;
    }
    if (argc) {
        py_blank_lines(em, PYB_MODULE, state, true);
        buf_puts(em->out, "def argc():\n");
        if (body_binds(&m->body, "len")) buf_printf(em->out, "    return %s.argv.__len__() - 1\n", sys);
        else buf_printf(em->out, "    return len(%s.argv) - 1\n", sys);
        *state = 2;
    }
    if (argv) {
        py_blank_lines(em, PYB_MODULE, state, true);
        buf_puts(em->out, "def argv(i):\n");
        buf_printf(em->out, "    return %s.argv[1:][i]\n", sys);
        *state = 2;
    }
    if (render_mode) {
        /* @render_mode only tells the host how to draw a function's points */
        py_blank_lines(em, PYB_MODULE, state, true);
        buf_puts(em->out, "def render_mode(mode):\n    return lambda function: function\n");
        *state = 2;
    }
}

void py_emit_module(const Module *m, const char *lang_code, const char *source_name, Buf *out) {
    py_emit_module_with(m, lang_code, source_name, NULL, out);
}

void py_emit_module_with(const Module *m, const char *lang_code, const char *source_name, const char *preamble,
                         Buf *out) {
    PyEmitter em;
    memset(&em, 0, sizeof em);
    arena_init(&em.arena);

    static const Module empty;
    if (!m) m = &empty;

    /* Every identifier, then the renames, in first-seen order. */
    Walk w = {&em, false, false, false, 0, 0};
    w_stmts(&w, &m->body);
    for (int i = 0; i < em.order.len; i++) {
        const char *name = em.order.items[i];
        const char *base = mangle(&em, name);
        if (base) pyst_put(&em, &em.renames, name, fresh_name(&em, base));
    }
    bool need_argc = w.uses_argc && !body_binds(&m->body, "argc");
    bool need_argv = w.uses_argv && !body_binds(&m->body, "argv");
    bool need_render_mode = w.uses_render_mode && !body_binds(&m->body, "render_mode");
    if (need_argc || need_argv) em.sys_name = pyst_get(&em.used, "sys") ? fresh_name(&em, "sys_") : "sys";

    /* A docstring and `from __future__` imports stay first; the prelude
     * (known once the body is written) goes after them. */
    int split = 0;
    if (split < m->body.len && is_docstring(m->body.items[split])) split++;
    while (split < m->body.len && is_future_import(m->body.items[split])) split++;
    Buf first, rest;
    buf_init(&first);
    buf_init(&rest);
    int state = 0, rest_state = 0;
    em.out = &first;
    py_block_part(&em, &m->body, 0, split, PYB_MODULE, &state);
    em.out = &rest;
    py_block_part(&em, &m->body, split, m->body.len, PYB_MODULE, &rest_state);

    em.out = out;
    buf_puts(out, "# Generated by multilingual from ");
    put_sanitized(out, source_name ? source_name : "<source>");
    buf_puts(out, " (language: ");
    put_sanitized(out, lang_code ? lang_code : "unknown");
    buf_puts(out, "). Do not edit.\n");
    buf_putn(out, first.data ? first.data : "", first.len);
    if (preamble) {
        py_blank_lines(&em, PYB_MODULE, &state, true);
        buf_puts(out, preamble);
        state = 2;
    }
    prelude(&em, m, need_argc, need_argv, need_render_mode, &state);
    if (rest.len) {
        const Stmt *s = m->body.items[split];
        py_blank_lines(&em, PYB_MODULE, &state, s && (s->kind == S_FUNCDEF || s->kind == S_CLASSDEF));
        buf_putn(out, rest.data, rest.len);
    }
    buf_free(&first);
    buf_free(&rest);
    arena_free(&em.arena);
}

/* A Python str literal of text (UTF-8 kept as it is). */
static void put_py_str(Buf *out, const char *text, size_t len) {
    buf_putc(out, '\'');
    for (size_t i = 0; i < len; i++) {
        char c = text[i];
        if (c == '\\' || c == '\'') buf_putc(out, '\\'), buf_putc(out, c);
        else if (c == '\n') buf_puts(out, "\\n");
        else if (c == '\r') buf_puts(out, "\\r");
        else if (c == '\t') buf_puts(out, "\\t");
        else if ((unsigned char)c < 0x20) buf_printf(out, "\\x%02x", (unsigned char)c);
        else buf_putc(out, c);
    }
    buf_putc(out, '\'');
}

void py_emit_program(const Module *const *mods, const char *const *names, const char *const *langs,
                     const char *const *files, const bool *packages, int n, Buf *out) {
    if (n <= 1) {
        py_emit_module(mods[0], langs[0], files[0], out);
        return;
    }
    Buf pre;
    buf_init(&pre);
    buf_puts(&pre, "def _ml_modules():\n"
                   "    # the program's other files, each compiled under its own name\n"
                   "    import importlib.abc, importlib.util, sys\n"
                   "    sources = {\n");
    for (int i = 1; i < n; i++) {
        Buf py;
        buf_init(&py);
        py_emit_module(mods[i], langs[i], files[i], &py);
        buf_puts(&pre, "        ");
        put_py_str(&pre, names[i], strlen(names[i]));
        buf_puts(&pre, ": (");
        put_py_str(&pre, files[i], strlen(files[i]));
        buf_puts(&pre, ", ");
        put_py_str(&pre, py.data ? py.data : "", py.len);
        buf_puts(&pre, packages[i] ? ", True),\n" : ", False),\n");
        buf_free(&py);
    }
    buf_puts(&pre, "    }\n\n"
                   "    class Modules(importlib.abc.MetaPathFinder, importlib.abc.Loader):\n"
                   "        def find_spec(self, name, path, target=None):\n"
                   "            if name in sources:\n"
                   "                return importlib.util.spec_from_loader(name, self, origin=sources[name][0],\n"
                   "                                                       is_package=sources[name][2])\n"
                   "            return None\n\n"
                   "        def create_module(self, spec):\n"
                   "            return None\n\n"
                   "        def exec_module(self, module):\n"
                   "            file, text, package = sources[module.__name__]\n"
                   "            module.__file__ = file\n"
                   "            exec(compile(text, file, 'exec'), module.__dict__)\n\n"
                   "    sys.meta_path.insert(0, Modules())\n\n\n"
                   "_ml_modules()\n");
    char *preamble = buf_take(&pre, NULL);
    py_emit_module_with(mods[0], langs[0], files[0], preamble, out);
    free(preamble);
    buf_free(&pre);
}
