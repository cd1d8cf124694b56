/* Python emitter, statements and match patterns. */
#define ML_PY_EMIT_INTERNAL
#include "py_emit.h"

#include <math.h>
#include <string.h>

static void put(PyEmitter *em, const char *s) { buf_puts(em->out, s); }
static void putc_(PyEmitter *em, char c) { buf_putc(em->out, c); }

void py_line_start(PyEmitter *em) {
    for (int i = 0; i < em->indent; i++) put(em, "    ");
}

static void line(PyEmitter *em, const char *text) {
    py_line_start(em);
    put(em, text);
    putc_(em, '\n');
}

static const char *augop_text(Op op) {
    switch (op) {
    case OP_PLUS: case OP_PLUS_ASSIGN: return "+=";
    case OP_MINUS: case OP_MINUS_ASSIGN: return "-=";
    case OP_STAR: case OP_STAR_ASSIGN: return "*=";
    case OP_SLASH: case OP_SLASH_ASSIGN: return "/=";
    case OP_DSLASH: case OP_DSLASH_ASSIGN: return "//=";
    case OP_PERCENT: case OP_PERCENT_ASSIGN: return "%=";
    case OP_DSTAR: case OP_DSTAR_ASSIGN: return "**=";
    case OP_AMP: case OP_AMP_ASSIGN: return "&=";
    case OP_PIPE: case OP_PIPE_ASSIGN: return "|=";
    case OP_CARET: case OP_CARET_ASSIGN: return "^=";
    case OP_LSHIFT: case OP_LSHIFT_ASSIGN: return "<<=";
    case OP_RSHIFT: case OP_RSHIFT_ASSIGN: return ">>=";
    case OP_AT: case OP_AT_ASSIGN: return "@=";
    default: return NULL;
    }
}

static void raise_stmt(PyEmitter *em, const char *what) {
    py_line_start(em);
    put(em, "raise NotImplementedError(");
    py_str_lit(em, what, strlen(what), false);
    put(em, ")\n");
}

static bool targets_ok(const PtrVec *v, int mode) {
    for (int i = 0; i < v->len; i++)
        if (!py_is_target(v->items[i], mode)) return false;
    return true;
}

/* ---- blocks ----------------------------------------------------------- */

void py_blank_lines(PyEmitter *em, int kind, int *state, bool is_def) {
    if (*state == 0 || kind == PYB_OTHER) return;
    if (!is_def && *state != 2) return;
    int n = kind == PYB_MODULE ? 2 : 1;
    for (int i = 0; i < n; i++) putc_(em, '\n');
}

void py_block_part(PyEmitter *em, const PtrVec *body, int from, int to, int kind, int *state) {
    for (int i = from; i < to; i++) {
        const Stmt *s = body->items[i];
        bool is_def = s && (s->kind == S_FUNCDEF || s->kind == S_CLASSDEF);
        py_blank_lines(em, kind, state, is_def);
        py_stmt(em, s);
        *state = is_def ? 2 : 1;
    }
}

void py_block(PyEmitter *em, const PtrVec *body, int kind) {
    em->indent++;
    int state = 0;
    int n = 0;
    for (int i = 0; i < body->len; i++) n += body->items[i] != NULL;
    if (n == 0) line(em, "pass");
    else py_block_part(em, body, 0, body->len, kind, &state);
    em->indent--;
}

/* ---- patterns --------------------------------------------------------- */

enum { PAT_OPEN, PAT_CLOSED, PAT_AS_INNER, PAT_SEQ_ITEM };

static void pattern(PyEmitter *em, const Pattern *p, int ctx);

static void pattern_list(PyEmitter *em, const PtrVec *v, bool seq) {
    int stars = 0;
    for (int i = 0; i < v->len; i++) {
        const Pattern *p = v->items[i];
        if (i) put(em, ", ");
        if (p && p->kind == P_STAR && ++stars > 1) em->bad_pattern = true;
        pattern(em, p, seq ? PAT_SEQ_ITEM : PAT_OPEN);
    }
}

static bool dotted_name(const Expr *e) {
    if (!e) return false;
    if (e->kind == E_NAME) return e->u.name.name != NULL;
    return e->kind == E_ATTR && e->u.attr.name && dotted_name(e->u.attr.value);
}

/* What a value pattern (or a mapping key) may be: a literal, a negative
 * number, or a dotted name (a bare name would be a capture). */
static bool value_pattern_ok(const Expr *e) {
    if (!e) return false;
    switch (e->kind) {
    case E_INT: case E_STR: case E_BYTES: case E_NONE: case E_BOOL: return true;
    case E_FLOAT: return !isnan(e->u.fval);
    case E_UNARY:
        return e->u.unary.op == OP_MINUS && e->u.unary.operand &&
               (e->u.unary.operand->kind == E_INT ||
                (e->u.unary.operand->kind == E_FLOAT && !isnan(e->u.unary.operand->u.fval) &&
                 !signbit(e->u.unary.operand->u.fval)));
    case E_ATTR: return dotted_name(e);
    default: return false;
    }
}

static void pattern(PyEmitter *em, const Pattern *p, int ctx) {
    if (!p) {
        em->bad_pattern = true;
        putc_(em, '_');
        return;
    }
    switch (p->kind) {
    case P_VALUE:
    case P_SINGLETON:
        if (p->kind == P_VALUE ? !value_pattern_ok(p->value)
                               : !p->value || (p->value->kind != E_NONE && p->value->kind != E_BOOL))
            em->bad_pattern = true;
        py_expr(em, p->value, PR_BOR);
        break;
    case P_CAPTURE:
        if (p->name) py_put_name(em, p->name);
        else putc_(em, '_');
        break;
    case P_WILDCARD: putc_(em, '_'); break;
    case P_SEQUENCE:
        putc_(em, p->is_tuple_syntax ? '(' : '[');
        pattern_list(em, &p->patterns, true);
        if (p->is_tuple_syntax && p->patterns.len == 1) putc_(em, ',');
        putc_(em, p->is_tuple_syntax ? ')' : ']');
        break;
    case P_STAR:
        if (ctx != PAT_SEQ_ITEM) em->bad_pattern = true;
        putc_(em, '*');
        if (p->name) py_put_name(em, p->name);
        else putc_(em, '_');
        break;
    case P_MAPPING: {
        putc_(em, '{');
        int n = p->keys.len < p->patterns.len ? p->keys.len : p->patterns.len;
        for (int i = 0; i < n; i++) {
            if (i) put(em, ", ");
            if (!value_pattern_ok(p->keys.items[i])) em->bad_pattern = true;
            py_expr(em, p->keys.items[i], PR_BOR);
            put(em, ": ");
            pattern(em, p->patterns.items[i], PAT_OPEN);
        }
        if (p->name) {
            if (n) put(em, ", ");
            put(em, "**");
            py_put_name(em, p->name);
        }
        putc_(em, '}');
        break;
    }
    case P_CLASS: {
        if (!dotted_name(p->cls)) em->bad_pattern = true;
        py_expr(em, p->cls, PR_ATOM);
        putc_(em, '(');
        pattern_list(em, &p->patterns, false);
        int n = p->kw_names.len < p->kw_patterns.len ? p->kw_names.len : p->kw_patterns.len;
        for (int i = 0; i < n; i++) {
            if (i || p->patterns.len) put(em, ", ");
            py_put_name(em, p->kw_names.items[i]);
            putc_(em, '=');
            pattern(em, p->kw_patterns.items[i], PAT_OPEN);
        }
        putc_(em, ')');
        break;
    }
    case P_OR: {
        if (p->patterns.len == 0) {
            em->bad_pattern = true;
            putc_(em, '_');
            break;
        }
        if (p->patterns.len == 1) {
            pattern(em, p->patterns.items[0], ctx);
            break;
        }
        bool paren = ctx == PAT_CLOSED;
        if (paren) putc_(em, '(');
        for (int i = 0; i < p->patterns.len; i++) {
            if (i) put(em, " | ");
            pattern(em, p->patterns.items[i], PAT_CLOSED);
        }
        if (paren) putc_(em, ')');
        break;
    }
    case P_AS: {
        if (!p->pattern) { /* a capture, or the wildcard */
            if (p->name) py_put_name(em, p->name);
            else putc_(em, '_');
            break;
        }
        if (!p->name) {
            pattern(em, p->pattern, ctx);
            break;
        }
        bool paren = ctx == PAT_CLOSED || ctx == PAT_AS_INNER;
        if (paren) putc_(em, '(');
        pattern(em, p->pattern, PAT_AS_INNER);
        put(em, " as ");
        py_put_name(em, p->name);
        if (paren) putc_(em, ')');
        break;
    }
    default:
        em->bad_pattern = true;
        putc_(em, '_');
        break;
    }
}

/* ---- statements ------------------------------------------------------- */

static void decorators(PyEmitter *em, const PtrVec *v) {
    for (int i = 0; i < v->len; i++) {
        py_line_start(em);
        putc_(em, '@');
        py_expr(em, v->items[i], PR_NAMED);
        putc_(em, '\n');
    }
}

static void if_stmt(PyEmitter *em, const Stmt *s, bool is_elif) {
    py_line_start(em);
    put(em, is_elif ? "elif " : "if ");
    py_expr(em, s->u.if_.test, PR_NAMED);
    put(em, ":\n");
    py_block(em, &s->u.if_.body, PYB_OTHER);
    const PtrVec *orelse = &s->u.if_.orelse;
    if (orelse->len == 1 && orelse->items[0] && ((const Stmt *)orelse->items[0])->kind == S_IF) {
        if_stmt(em, orelse->items[0], true);
    } else if (orelse->len) {
        line(em, "else:");
        py_block(em, orelse, PYB_OTHER);
    }
}

static void else_block(PyEmitter *em, const PtrVec *orelse) {
    if (!orelse->len) return;
    line(em, "else:");
    py_block(em, orelse, PYB_OTHER);
}

static void match_stmt(PyEmitter *em, const Stmt *s) {
    py_line_start(em);
    put(em, "match ");
    py_expr(em, s->u.match.subject, PR_NAMED);
    put(em, ":\n");
    em->indent++;
    int n = 0;
    for (int i = 0; i < s->u.match.cases.len; i++) {
        const MatchCase *c = s->u.match.cases.items[i];
        if (!c) continue;
        n++;
        py_line_start(em);
        put(em, "case ");
        bool saved = em->bad_pattern;
        em->bad_pattern = false;
        Buf tmp;
        buf_init(&tmp);
        Buf *out = em->out;
        em->out = &tmp;
        pattern(em, c->pattern, PAT_OPEN);
        em->out = out;
        if (!em->bad_pattern) buf_putn(out, tmp.data ? tmp.data : "", tmp.len);
        buf_free(&tmp);
        if (em->bad_pattern) { /* a case that raises when reached */
            put(em, "_ if ");
            py_raise_expr(em, "unsupported pattern");
        } else if (c->guard) {
            put(em, " if ");
            py_expr(em, c->guard, PR_NAMED);
        }
        em->bad_pattern = saved;
        put(em, ":\n");
        py_block(em, &c->body, PYB_OTHER);
    }
    if (n == 0) { /* Python needs a case; this one never matches */
        line(em, "case _ if False:");
        em->indent++;
        line(em, "pass");
        em->indent--;
    }
    em->indent--;
}

static void import_alias(PyEmitter *em, const Alias *a) {
    if (!a || !a->name) {
        put(em, "_");
        return;
    }
    if (strcmp(a->name, "*") == 0) {
        putc_(em, '*');
        return;
    }
    py_put_name(em, a->name);
    if (a->asname) {
        put(em, " as ");
        py_put_name(em, a->asname);
    }
}

void py_stmt(PyEmitter *em, const Stmt *s) {
    if (s->kind == S_RAISE && s->u.raise.import) s = s->u.raise.import; /* what the program wrote */
    if (!s) return;
    switch (s->kind) {
    case S_EXPR:
        py_line_start(em);
        py_expr(em, s->u.expr.value, PR_STMT);
        putc_(em, '\n');
        break;
    case S_ASSIGN: /* let / var / const are plain assignments in Python */
        if (!targets_ok(&s->u.assign.targets, TGT_ASSIGN) || !s->u.assign.targets.len) {
            raise_stmt(em, "invalid assignment target");
            break;
        }
        py_line_start(em);
        for (int i = 0; i < s->u.assign.targets.len; i++) {
            py_expr(em, s->u.assign.targets.items[i], PR_TUPLE);
            put(em, " = ");
        }
        py_expr(em, s->u.assign.value, PR_STMT);
        putc_(em, '\n');
        break;
    case S_AUGASSIGN: {
        const char *op = augop_text(s->u.augassign.op);
        if (!op || !py_is_target(s->u.augassign.target, TGT_SINGLE)) {
            raise_stmt(em, op ? "invalid assignment target" : "unknown augmented assignment");
            break;
        }
        py_line_start(em);
        py_expr(em, s->u.augassign.target, PR_TUPLE);
        putc_(em, ' ');
        put(em, op);
        putc_(em, ' ');
        py_expr(em, s->u.augassign.value, PR_STMT);
        putc_(em, '\n');
        break;
    }
    case S_ANNASSIGN:
        if (!py_is_target(s->u.annassign.target, TGT_SINGLE)) {
            raise_stmt(em, "invalid assignment target");
            break;
        }
        py_line_start(em);
        py_expr(em, s->u.annassign.target, PR_ATOM);
        put(em, ": ");
        py_expr(em, s->u.annassign.annotation, PR_TEST);
        if (s->u.annassign.value) {
            put(em, " = ");
            py_expr(em, s->u.annassign.value, PR_STMT);
        }
        putc_(em, '\n');
        break;
    case S_IF: if_stmt(em, s, false); break;
    case S_WHILE:
        py_line_start(em);
        put(em, "while ");
        py_expr(em, s->u.while_.test, PR_NAMED);
        put(em, ":\n");
        py_block(em, &s->u.while_.body, PYB_OTHER);
        else_block(em, &s->u.while_.orelse);
        break;
    case S_FOR:
        if (!py_is_target(s->u.for_.target, TGT_ASSIGN)) {
            raise_stmt(em, "invalid for-loop target");
            break;
        }
        py_line_start(em);
        put(em, s->u.for_.is_async ? "async for " : "for ");
        py_expr(em, s->u.for_.target, PR_TUPLE);
        put(em, " in ");
        py_expr(em, s->u.for_.iter, PR_TEST);
        put(em, ":\n");
        py_block(em, &s->u.for_.body, PYB_OTHER);
        else_block(em, &s->u.for_.orelse);
        break;
    case S_BREAK: line(em, "break"); break;
    case S_CONTINUE: line(em, "continue"); break;
    case S_PASS: line(em, "pass"); break;
    case S_RETURN:
        py_line_start(em);
        put(em, "return");
        if (s->u.ret.value) {
            putc_(em, ' ');
            py_expr(em, s->u.ret.value, PR_TUPLE);
        }
        putc_(em, '\n');
        break;
    case S_FUNCDEF:
        decorators(em, &s->u.funcdef.decorators);
        py_line_start(em);
        put(em, s->u.funcdef.is_async ? "async def " : "def ");
        py_put_name(em, s->u.funcdef.name);
        putc_(em, '(');
        py_params(em, &s->u.funcdef.params, false);
        putc_(em, ')');
        if (s->u.funcdef.returns) {
            put(em, " -> ");
            py_expr(em, s->u.funcdef.returns, PR_TEST);
        }
        put(em, ":\n");
        py_block(em, &s->u.funcdef.body, PYB_OTHER);
        break;
    case S_CLASSDEF:
        decorators(em, &s->u.classdef.decorators);
        py_line_start(em);
        put(em, "class ");
        py_put_name(em, s->u.classdef.name);
        if (s->u.classdef.bases.len || s->u.classdef.keywords.len) {
            putc_(em, '(');
            py_call_args(em, &s->u.classdef.bases, &s->u.classdef.keywords);
            putc_(em, ')');
        }
        put(em, ":\n");
        py_block(em, &s->u.classdef.body, PYB_CLASS);
        break;
    case S_TRY: {
        line(em, "try:");
        py_block(em, &s->u.try_.body, PYB_OTHER);
        for (int i = 0; i < s->u.try_.handlers.len; i++) {
            const ExceptHandler *h = s->u.try_.handlers.items[i];
            if (!h) continue;
            py_line_start(em);
            put(em, "except");
            if (h->type) {
                putc_(em, ' ');
                py_expr(em, h->type, PR_TEST);
                if (h->name) {
                    put(em, " as ");
                    py_put_name(em, h->name);
                }
            }
            put(em, ":\n");
            py_block(em, &h->body, PYB_OTHER);
        }
        bool has_handlers = s->u.try_.handlers.len > 0;
        if (!has_handlers && s->u.try_.orelse.len) { /* else needs an except */
            line(em, "except BaseException:");
            em->indent++;
            line(em, "raise");
            em->indent--;
            has_handlers = true;
        }
        if (has_handlers) else_block(em, &s->u.try_.orelse);
        if (s->u.try_.finalbody.len || !has_handlers) {
            line(em, "finally:");
            py_block(em, &s->u.try_.finalbody, PYB_OTHER);
        }
        break;
    }
    case S_RAISE:
        py_line_start(em);
        put(em, "raise");
        if (s->u.raise.exc) {
            putc_(em, ' ');
            py_expr(em, s->u.raise.exc, PR_TEST);
            if (s->u.raise.cause) {
                put(em, " from ");
                py_expr(em, s->u.raise.cause, PR_TEST);
            }
        }
        putc_(em, '\n');
        break;
    case S_GLOBAL:
    case S_NONLOCAL: {
        const PtrVec *v = &s->u.names.names;
        if (!v->len) break;
        py_line_start(em);
        put(em, s->kind == S_GLOBAL ? "global " : "nonlocal ");
        for (int i = 0; i < v->len; i++) {
            if (i) put(em, ", ");
            py_put_name(em, v->items[i]);
        }
        putc_(em, '\n');
        break;
    }
    case S_DEL: {
        const PtrVec *v = &s->u.del.targets;
        if (!v->len) break;
        if (!targets_ok(v, TGT_DEL)) {
            raise_stmt(em, "invalid del target");
            break;
        }
        py_line_start(em);
        put(em, "del ");
        for (int i = 0; i < v->len; i++) {
            if (i) put(em, ", ");
            py_expr(em, v->items[i], PR_TEST);
        }
        putc_(em, '\n');
        break;
    }
    case S_ASSERT:
        py_line_start(em);
        put(em, "assert ");
        py_expr(em, s->u.assert_.test, PR_TEST);
        if (s->u.assert_.msg) {
            put(em, ", ");
            py_expr(em, s->u.assert_.msg, PR_TEST);
        }
        putc_(em, '\n');
        break;
    case S_WITH: {
        const PtrVec *v = &s->u.with.items;
        bool ok = v->len > 0;
        for (int i = 0; i < v->len && ok; i++) {
            const WithItem *it = v->items[i];
            ok = it && (!it->target || py_is_target(it->target, TGT_ASSIGN));
        }
        if (!ok) {
            raise_stmt(em, v->len ? "invalid with target" : "with statement without items");
            break;
        }
        py_line_start(em);
        put(em, s->u.with.is_async ? "async with " : "with ");
        for (int i = 0; i < v->len; i++) {
            const WithItem *it = v->items[i];
            if (i) put(em, ", ");
            const Expr *ctx = it ? it->context : NULL;
            /* `with (a, b):` means two items: a tuple needs its own parens */
            bool tuple = ctx && ctx->kind == E_TUPLE && ctx->u.seq.items.len >= 2;
            if (tuple) putc_(em, '(');
            py_expr(em, ctx, PR_TEST);
            if (tuple) putc_(em, ')');
            if (it && it->target) {
                put(em, " as ");
                py_expr(em, it->target, PR_TEST);
            }
        }
        put(em, ":\n");
        py_block(em, &s->u.with.body, PYB_OTHER);
        break;
    }
    case S_MATCH: match_stmt(em, s); break;
    case S_IMPORT: {
        const PtrVec *v = &s->u.import->aliases;
        if (!v->len || s->u.import->implicit) break; /* CPython's builtin instead */
        py_line_start(em);
        put(em, "import ");
        for (int i = 0; i < v->len; i++) {
            if (i) put(em, ", ");
            import_alias(em, v->items[i]);
        }
        putc_(em, '\n');
        break;
    }
    case S_IMPORT_FROM: {
        const PtrVec *v = &s->u.import->aliases;
        if (!v->len || (!s->u.import->module && s->u.import->level <= 0)) {
            raise_stmt(em, "malformed from-import");
            break;
        }
        py_line_start(em);
        if (s->u.import->typing_named_tuple) { /* as the program wrote it (api_units.c) */
            const Alias *al = v->items[0];
            put(em, "from typing import NamedTuple");
            if (strcmp(al->asname, "NamedTuple")) {
                put(em, " as ");
                py_put_name(em, al->asname);
            }
            putc_(em, '\n');
            break;
        }
        put(em, "from ");
        for (int i = 0; i < s->u.import->level; i++) putc_(em, '.');
        if (s->u.import->module) py_put_name(em, s->u.import->module);
        put(em, " import ");
        for (int i = 0; i < v->len; i++) {
            if (i) put(em, ", ");
            import_alias(em, v->items[i]);
        }
        putc_(em, '\n');
        break;
    }
    default:
        raise_stmt(em, "unsupported statement");
        break;
    }
}
