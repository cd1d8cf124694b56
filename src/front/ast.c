/* AST constructors and the S-expression dump used by tests and by
 * `multilingual check --dump-ast`. The dump puts one node per line, its
 * children indented by two spaces below it; joining the lines with single
 * spaces gives a one-line form such as
 *   (Module (Assign (Name x) (BinOp + (Int 1) (Int 2))))
 * Absent optional children print as `nil`. Names print canonically (the
 * English builtin for a localized alias), so the same program written in two
 * languages dumps identically. */
#include "ast.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../util/buf.h"

Expr *expr_new(Arena *a, ExprKind kind, int line, int col) {
    Expr *e = arena_alloc(a, sizeof *e);
    e->kind = kind;
    e->line = line;
    e->col = col;
    return e;
}

void expr_set_int(Expr *e, const char *text) {
    e->kind = E_INT;
    e->u.int_lit.text = text;
    /* int64 range, with the one more magnitude of a negative literal */
    bool neg = text[0] == '-';
    unsigned long long v = 0, limit = neg ? 9223372036854775808ull : 9223372036854775807ull;
    bool fits = text[neg] != 0;
    for (const char *p = text + neg; *p && fits; p++) {
        unsigned d = (unsigned)(*p - '0');
        if (d > 9 || v > (limit - d) / 10) fits = false;
        else v = v * 10 + d;
    }
    e->u.int_lit.fits = fits;
    e->u.int_lit.value = !fits ? 0 : neg ? (long long)(0 - v) : (long long)v;
}

Expr *expr_name(Arena *a, const char *name, int line, int col) {
    Expr *e = expr_new(a, E_NAME, line, col);
    e->u.name.name = e->u.name.src_name = name;
    return e;
}

Expr *expr_attr(Arena *a, Expr *value, const char *name, int line, int col) {
    Expr *e = expr_new(a, E_ATTR, line, col);
    e->u.attr.value = value;
    e->u.attr.name = name;
    return e;
}

Expr *expr_call(Arena *a, Expr *func, int n, Expr *const *args, int line, int col) {
    Expr *e = expr_new(a, E_CALL, line, col);
    e->u.call.func = func;
    for (int i = 0; i < n; i++) ptrvec_push(a, &e->u.call.args, args[i]);
    return e;
}

Expr *expr_text(Arena *a, const char *text, int line, int col) {
    Expr *e = expr_new(a, E_STR, line, col);
    e->u.str.data = text;
    e->u.str.len = strlen(text);
    return e;
}

Stmt *stmt_new(Arena *a, StmtKind kind, int line, int col) {
    Stmt *s = arena_alloc(a, sizeof *s);
    s->kind = kind;
    s->line = line;
    s->col = col;
    if (kind == S_IMPORT || kind == S_IMPORT_FROM) s->u.import = arena_alloc(a, sizeof *s->u.import);
    return s;
}

Pattern *pattern_new(Arena *a, PatternKind kind, int line, int col) {
    Pattern *p = arena_alloc(a, sizeof *p);
    p->kind = kind;
    p->line = line;
    p->col = col;
    return p;
}

/* ------------------------------------------------------------------ */

typedef struct Dumper {
    Buf *out;
    int ind;
    bool first;
} Dumper;

static void newline(Dumper *d) {
    if (!d->first) buf_putc(d->out, '\n');
    d->first = false;
    /* Indentation is capped so that pathological trees (a + b + ... with
     * thousands of terms) do not make the dump quadratic in size. */
    int ind = d->ind < 40 ? d->ind : 40;
    for (int i = 0; i < ind; i++) buf_puts(d->out, "  ");
}

static void open_node(Dumper *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void open_node(Dumper *d, const char *fmt, ...) {
    newline(d);
    buf_putc(d->out, '(');
    char tmp[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n >= 0 && (size_t)n >= sizeof tmp) {
        char *big = malloc((size_t)n + 1);
        if (big) {
            va_start(ap, fmt);
            vsnprintf(big, (size_t)n + 1, fmt, ap);
            va_end(ap);
            buf_puts(d->out, big);
            free(big);
        }
    } else {
        buf_puts(d->out, tmp);
    }
    d->ind++;
}

static void close_node(Dumper *d) {
    d->ind--;
    buf_putc(d->out, ')');
}

static void leaf(Dumper *d, const char *s) {
    newline(d);
    buf_puts(d->out, s);
}

static void put_quoted(Buf *b, const char *s, size_t n, bool bytes) {
    buf_putc(b, '"');
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        switch (c) {
        case '"': buf_puts(b, "\\\""); break;
        case '\\': buf_puts(b, "\\\\"); break;
        case '\n': buf_puts(b, "\\n"); break;
        case '\t': buf_puts(b, "\\t"); break;
        case '\r': buf_puts(b, "\\r"); break;
        default:
            if (c < 0x20 || c == 0x7f || (bytes && c >= 0x80)) buf_printf(b, "\\x%02x", c);
            else buf_putc(b, (char)c);
        }
    }
    buf_putc(b, '"');
}

static void put_float(Buf *b, double v) {
    char tmp[40];
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(tmp, sizeof tmp, "%.*g", prec, v);
        if (strtod(tmp, NULL) == v) break;
    }
    buf_puts(b, tmp);
    if (!strpbrk(tmp, ".eEni")) buf_puts(b, ".0");
}

static const char *cmp_text(CmpOp op) {
    switch (op) {
    case CMP_EQ: return "==";
    case CMP_NE: return "!=";
    case CMP_LT: return "<";
    case CMP_LE: return "<=";
    case CMP_GT: return ">";
    case CMP_GE: return ">=";
    case CMP_IN: return "in";
    case CMP_NOT_IN: return "not-in";
    case CMP_IS: return "is";
    case CMP_IS_NOT: return "is-not";
    }
    return "?";
}

static void dump_expr(Dumper *d, const Expr *e);
static void dump_stmts(Dumper *d, const char *label, const PtrVec *v, bool always);
static void dump_pattern(Dumper *d, const Pattern *p);

static void dump_opt(Dumper *d, const Expr *e) {
    if (e) dump_expr(d, e);
    else leaf(d, "nil");
}

static void dump_exprs(Dumper *d, const PtrVec *v) {
    for (int i = 0; i < v->len; i++) dump_opt(d, v->items[i]);
}

static void dump_wrapped(Dumper *d, const char *label, const Expr *e) {
    if (!e) return;
    open_node(d, "%s", label);
    dump_expr(d, e);
    close_node(d);
}

static void dump_params(Dumper *d, const PtrVec *params) {
    open_node(d, "params");
    for (int i = 0; i < params->len; i++) {
        const Param *p = params->items[i];
        const char *k = "arg";
        switch (p->kind) {
        case PARAM_POSONLY: k = "posonly"; break;
        case PARAM_NORMAL: k = "arg"; break;
        case PARAM_VARARGS: k = "vararg"; break;
        case PARAM_KWONLY: k = "kwonly"; break;
        case PARAM_VARKW: k = "kwarg"; break;
        }
        open_node(d, "%s %s", k, p->name);
        dump_wrapped(d, "ann", p->annotation);
        dump_wrapped(d, "default", p->default_value);
        close_node(d);
    }
    close_node(d);
}

static void dump_keywords(Dumper *d, const PtrVec *kws) {
    for (int i = 0; i < kws->len; i++) {
        const Keyword *k = kws->items[i];
        open_node(d, "kw %s", k->name ? k->name : "**");
        dump_opt(d, k->value);
        close_node(d);
    }
}

static void dump_comp(Dumper *d, const char *kind, const Expr *e) {
    open_node(d, "%s", kind);
    if (e->kind == E_DICTCOMP) dump_opt(d, e->u.comp.key);
    dump_opt(d, e->u.comp.elt);
    for (int i = 0; i < e->u.comp.generators.len; i++) {
        const Comprehension *c = e->u.comp.generators.items[i];
        open_node(d, "%s", c->is_async ? "async-for" : "for");
        dump_opt(d, c->target);
        dump_opt(d, c->iter);
        for (int j = 0; j < c->ifs.len; j++) dump_wrapped(d, "if", c->ifs.items[j]);
        close_node(d);
    }
    close_node(d);
}

static void dump_expr(Dumper *d, const Expr *e) {
    Buf *b = d->out;
    switch (e->kind) {
    case E_INT:
        newline(d);
        buf_printf(b, "(Int %s)", e->u.int_lit.text ? e->u.int_lit.text : "?");
        return;
    case E_FLOAT:
        newline(d);
        buf_puts(b, "(Float ");
        put_float(b, e->u.fval);
        buf_putc(b, ')');
        return;
    case E_IMAG:
        newline(d);
        buf_puts(b, "(Imag ");
        put_float(b, e->u.fval);
        buf_putc(b, ')');
        return;
    case E_STR: case E_BYTES:
        newline(d);
        buf_puts(b, e->kind == E_STR ? "(Str " : "(Bytes ");
        put_quoted(b, e->u.str.data ? e->u.str.data : "", e->u.str.len, e->kind == E_BYTES);
        buf_putc(b, ')');
        return;
    case E_FSTRING:
        open_node(d, "FString");
        dump_exprs(d, &e->u.fstr.parts);
        close_node(d);
        return;
    case E_FORMATTED:
        if (e->u.formatted.conversion) open_node(d, "Formatted !%c", e->u.formatted.conversion);
        else open_node(d, "Formatted");
        dump_opt(d, e->u.formatted.value);
        dump_wrapped(d, "spec", e->u.formatted.spec);
        close_node(d);
        return;
    case E_BOOL: leaf(d, e->u.bval ? "(Bool True)" : "(Bool False)"); return;
    case E_NONE: leaf(d, "(None)"); return;
    case E_ELLIPSIS: leaf(d, "(Ellipsis)"); return;
    case E_NAME:
        newline(d);
        buf_printf(b, "(Name %s)", e->u.name.name ? e->u.name.name : "?");
        return;
    case E_BINOP:
        open_node(d, "BinOp %s", op_text(e->u.binop.op));
        dump_opt(d, e->u.binop.left);
        dump_opt(d, e->u.binop.right);
        close_node(d);
        return;
    case E_UNARY:
        open_node(d, "Unary %s", e->u.unary.op == OP_NONE ? "not" : op_text(e->u.unary.op));
        dump_opt(d, e->u.unary.operand);
        close_node(d);
        return;
    case E_BOOLOP:
        open_node(d, "BoolOp %s", e->u.boolop.is_and ? "and" : "or");
        dump_exprs(d, &e->u.boolop.values);
        close_node(d);
        return;
    case E_COMPARE:
        open_node(d, "Compare");
        dump_opt(d, e->u.compare.left);
        for (int i = 0; i < e->u.compare.comparators.len; i++) {
            leaf(d, cmp_text(e->u.compare.ops[i]));
            dump_opt(d, e->u.compare.comparators.items[i]);
        }
        close_node(d);
        return;
    case E_CALL:
        open_node(d, "Call");
        dump_opt(d, e->u.call.func);
        dump_exprs(d, &e->u.call.args);
        dump_keywords(d, &e->u.call.keywords);
        close_node(d);
        return;
    case E_ATTR:
        open_node(d, "Attr %s", e->u.attr.name);
        dump_opt(d, e->u.attr.value);
        close_node(d);
        return;
    case E_SUBSCRIPT:
        open_node(d, "Subscript");
        dump_opt(d, e->u.subscript.value);
        dump_opt(d, e->u.subscript.index);
        close_node(d);
        return;
    case E_SLICE:
        open_node(d, "Slice");
        dump_opt(d, e->u.slice.lower);
        dump_opt(d, e->u.slice.upper);
        dump_opt(d, e->u.slice.step);
        close_node(d);
        return;
    case E_TUPLE: case E_LIST: case E_SET:
        open_node(d, "%s", e->kind == E_TUPLE ? "Tuple" : e->kind == E_LIST ? "List" : "Set");
        dump_exprs(d, &e->u.seq.items);
        close_node(d);
        return;
    case E_DICT:
        open_node(d, "Dict");
        for (int i = 0; i < e->u.dict.keys.len; i++) {
            open_node(d, "item");
            dump_opt(d, e->u.dict.keys.items[i]);
            dump_opt(d, i < e->u.dict.values.len ? e->u.dict.values.items[i] : NULL);
            close_node(d);
        }
        close_node(d);
        return;
    case E_LISTCOMP: dump_comp(d, "ListComp", e); return;
    case E_SETCOMP: dump_comp(d, "SetComp", e); return;
    case E_GENEXP: dump_comp(d, "GenExp", e); return;
    case E_DICTCOMP: dump_comp(d, "DictComp", e); return;
    case E_LAMBDA:
        open_node(d, "Lambda");
        dump_params(d, &e->u.lambda.params);
        dump_opt(d, e->u.lambda.body);
        close_node(d);
        return;
    case E_IFEXP:
        open_node(d, "IfExp");
        dump_opt(d, e->u.ifexp.test);
        dump_opt(d, e->u.ifexp.body);
        dump_opt(d, e->u.ifexp.orelse);
        close_node(d);
        return;
    case E_WALRUS:
        open_node(d, "NamedExpr");
        dump_opt(d, e->u.walrus.target);
        dump_opt(d, e->u.walrus.value);
        close_node(d);
        return;
    case E_STARRED: case E_DOUBLESTARRED:
        open_node(d, "%s", e->kind == E_STARRED ? "Starred" : "DoubleStarred");
        dump_opt(d, e->u.starred.value);
        close_node(d);
        return;
    case E_YIELD: case E_YIELD_FROM:
        open_node(d, "%s", e->kind == E_YIELD ? "Yield" : "YieldFrom");
        if (e->u.yield.value) dump_expr(d, e->u.yield.value);
        close_node(d);
        return;
    case E_AWAIT:
        open_node(d, "Await");
        dump_opt(d, e->u.yield.value);
        close_node(d);
        return;
    }
    leaf(d, "(?)");
}

static void dump_pattern(Dumper *d, const Pattern *p) {
    if (!p) {
        leaf(d, "nil");
        return;
    }
    switch (p->kind) {
    case P_VALUE: case P_SINGLETON:
        open_node(d, "%s", p->kind == P_VALUE ? "PValue" : "PSingleton");
        dump_opt(d, p->value);
        close_node(d);
        return;
    case P_CAPTURE:
        open_node(d, "PCapture %s", p->name);
        close_node(d);
        return;
    case P_WILDCARD: leaf(d, "(PWildcard)"); return;
    case P_SEQUENCE:
        open_node(d, "%s", p->is_tuple_syntax ? "PSequence tuple" : "PSequence");
        for (int i = 0; i < p->patterns.len; i++) dump_pattern(d, p->patterns.items[i]);
        close_node(d);
        return;
    case P_STAR:
        open_node(d, "PStar %s", p->name ? p->name : "_");
        close_node(d);
        return;
    case P_MAPPING:
        open_node(d, "PMapping");
        for (int i = 0; i < p->keys.len; i++) {
            open_node(d, "item");
            dump_opt(d, p->keys.items[i]);
            dump_pattern(d, i < p->patterns.len ? p->patterns.items[i] : NULL);
            close_node(d);
        }
        if (p->name) {
            open_node(d, "rest %s", p->name);
            close_node(d);
        }
        close_node(d);
        return;
    case P_CLASS:
        open_node(d, "PClass");
        dump_opt(d, p->cls);
        for (int i = 0; i < p->patterns.len; i++) dump_pattern(d, p->patterns.items[i]);
        for (int i = 0; i < p->kw_names.len; i++) {
            open_node(d, "kw %s", (const char *)p->kw_names.items[i]);
            dump_pattern(d, i < p->kw_patterns.len ? p->kw_patterns.items[i] : NULL);
            close_node(d);
        }
        close_node(d);
        return;
    case P_OR:
        open_node(d, "POr");
        for (int i = 0; i < p->patterns.len; i++) dump_pattern(d, p->patterns.items[i]);
        close_node(d);
        return;
    case P_AS:
        open_node(d, "PAs %s", p->name ? p->name : "?");
        dump_pattern(d, p->pattern);
        close_node(d);
        return;
    }
    leaf(d, "(?)");
}

static void dump_stmt(Dumper *d, const Stmt *s) {
    switch (s->kind) {
    case S_EXPR:
        open_node(d, "Expr");
        dump_opt(d, s->u.expr.value);
        close_node(d);
        return;
    case S_ASSIGN:
        open_node(d, "Assign%s%s", s->u.assign.is_let ? " let" : "", s->u.assign.is_const ? " const" : "");
        dump_exprs(d, &s->u.assign.targets);
        dump_opt(d, s->u.assign.value);
        close_node(d);
        return;
    case S_AUGASSIGN:
        open_node(d, "AugAssign %s=", op_text(s->u.augassign.op));
        dump_opt(d, s->u.augassign.target);
        dump_opt(d, s->u.augassign.value);
        close_node(d);
        return;
    case S_ANNASSIGN:
        open_node(d, "AnnAssign");
        dump_opt(d, s->u.annassign.target);
        dump_opt(d, s->u.annassign.annotation);
        dump_opt(d, s->u.annassign.value);
        close_node(d);
        return;
    case S_IF:
        open_node(d, "%s", s->u.if_.is_elif ? "If elif" : "If");
        dump_opt(d, s->u.if_.test);
        dump_stmts(d, "body", &s->u.if_.body, true);
        dump_stmts(d, "orelse", &s->u.if_.orelse, false);
        close_node(d);
        return;
    case S_WHILE:
        open_node(d, "While");
        dump_opt(d, s->u.while_.test);
        dump_stmts(d, "body", &s->u.while_.body, true);
        dump_stmts(d, "orelse", &s->u.while_.orelse, false);
        close_node(d);
        return;
    case S_FOR:
        open_node(d, "%s", s->u.for_.is_async ? "For async" : "For");
        dump_opt(d, s->u.for_.target);
        dump_opt(d, s->u.for_.iter);
        dump_stmts(d, "body", &s->u.for_.body, true);
        dump_stmts(d, "orelse", &s->u.for_.orelse, false);
        close_node(d);
        return;
    case S_BREAK: leaf(d, "(Break)"); return;
    case S_CONTINUE: leaf(d, "(Continue)"); return;
    case S_PASS: leaf(d, "(Pass)"); return;
    case S_RETURN:
        open_node(d, "Return");
        if (s->u.ret.value) dump_expr(d, s->u.ret.value);
        close_node(d);
        return;
    case S_FUNCDEF:
        open_node(d, "FunctionDef%s %s", s->u.funcdef.is_async ? " async" : "", s->u.funcdef.name);
        if (s->u.funcdef.decorators.len) {
            open_node(d, "decorators");
            dump_exprs(d, &s->u.funcdef.decorators);
            close_node(d);
        }
        dump_params(d, &s->u.funcdef.params);
        dump_wrapped(d, "returns", s->u.funcdef.returns);
        dump_stmts(d, "body", &s->u.funcdef.body, true);
        close_node(d);
        return;
    case S_CLASSDEF:
        open_node(d, "ClassDef %s", s->u.classdef.name);
        if (s->u.classdef.decorators.len) {
            open_node(d, "decorators");
            dump_exprs(d, &s->u.classdef.decorators);
            close_node(d);
        }
        if (s->u.classdef.bases.len) {
            open_node(d, "bases");
            dump_exprs(d, &s->u.classdef.bases);
            close_node(d);
        }
        dump_keywords(d, &s->u.classdef.keywords);
        dump_stmts(d, "body", &s->u.classdef.body, true);
        close_node(d);
        return;
    case S_TRY:
        open_node(d, "Try");
        dump_stmts(d, "body", &s->u.try_.body, true);
        for (int i = 0; i < s->u.try_.handlers.len; i++) {
            const ExceptHandler *h = s->u.try_.handlers.items[i];
            if (h->name) open_node(d, "except as %s", h->name);
            else open_node(d, "except");
            dump_opt(d, h->type);
            dump_stmts(d, "body", &h->body, true);
            close_node(d);
        }
        dump_stmts(d, "orelse", &s->u.try_.orelse, false);
        dump_stmts(d, "finally", &s->u.try_.finalbody, false);
        close_node(d);
        return;
    case S_RAISE:
        open_node(d, "Raise");
        if (s->u.raise.exc) dump_expr(d, s->u.raise.exc);
        dump_wrapped(d, "from", s->u.raise.cause);
        close_node(d);
        return;
    case S_GLOBAL: case S_NONLOCAL: {
        Buf *b = d->out;
        newline(d);
        buf_puts(b, s->kind == S_GLOBAL ? "(Global" : "(Nonlocal");
        for (int i = 0; i < s->u.names.names.len; i++)
            buf_printf(b, " %s", (const char *)s->u.names.names.items[i]);
        buf_putc(b, ')');
        return;
    }
    case S_DEL:
        open_node(d, "Del");
        dump_exprs(d, &s->u.del.targets);
        close_node(d);
        return;
    case S_ASSERT:
        open_node(d, "Assert");
        dump_opt(d, s->u.assert_.test);
        if (s->u.assert_.msg) dump_expr(d, s->u.assert_.msg);
        close_node(d);
        return;
    case S_WITH:
        open_node(d, "%s", s->u.with.is_async ? "With async" : "With");
        for (int i = 0; i < s->u.with.items.len; i++) {
            const WithItem *w = s->u.with.items.items[i];
            open_node(d, "item");
            dump_opt(d, w->context);
            if (w->target) dump_expr(d, w->target);
            close_node(d);
        }
        dump_stmts(d, "body", &s->u.with.body, true);
        close_node(d);
        return;
    case S_MATCH:
        open_node(d, "Match");
        dump_opt(d, s->u.match.subject);
        for (int i = 0; i < s->u.match.cases.len; i++) {
            const MatchCase *mc = s->u.match.cases.items[i];
            open_node(d, "case");
            dump_pattern(d, mc->pattern);
            dump_wrapped(d, "guard", mc->guard);
            dump_stmts(d, "body", &mc->body, true);
            close_node(d);
        }
        close_node(d);
        return;
    case S_IMPORT: case S_IMPORT_FROM: {
        if (s->kind == S_IMPORT) {
            open_node(d, "Import");
        } else {
            char dots[64];
            int n = s->u.import->level;
            if (n > 60) n = 60;
            memset(dots, '.', (size_t)n);
            dots[n] = 0;
            open_node(d, "ImportFrom %s%s", dots, s->u.import->module ? s->u.import->module : "");
        }
        for (int i = 0; i < s->u.import->aliases.len; i++) {
            const Alias *a = s->u.import->aliases.items[i];
            if (a->asname) open_node(d, "alias %s %s", a->name, a->asname);
            else open_node(d, "alias %s", a->name);
            close_node(d);
        }
        close_node(d);
        return;
    }
    }
    leaf(d, "(?)");
}

static void dump_stmts(Dumper *d, const char *label, const PtrVec *v, bool always) {
    if (!v->len && !always) return;
    open_node(d, "%s", label);
    for (int i = 0; i < v->len; i++) dump_stmt(d, v->items[i]);
    close_node(d);
}

void ast_dump(const Module *m, Buf *out) {
    Dumper d = {out, 0, true};
    open_node(&d, "Module");
    if (m)
        for (int i = 0; i < m->body.len; i++) dump_stmt(&d, m->body.items[i]);
    close_node(&d);
    buf_putc(out, '\n');
}

const Expr *ast_docstring(const PtrVec *body) {
    const Stmt *st = body->len ? body->items[0] : NULL;
    return st && st->kind == S_EXPR && st->u.expr.value->kind == E_STR ? st->u.expr.value : NULL;
}
