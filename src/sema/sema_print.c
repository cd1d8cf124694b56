/* print(..., file=sys.stdout or sys.stderr): the text print would write,
 * written with the sys module's write (those streams are not values). The
 * call is rewritten before anything of it is analysed:
 *     print(a, b, sep=S, end=E, file=sys.stderr, flush=X)
 *     ->  sys.stderr.write(f"{a!s}{S}{b!s}{E}")
 * with S " " and E "\n" when absent (a None literal too); a sep or end
 * that is an expression becomes (" " if S is None else S), as print's.
 * With star arguments: F.write(S.join([str(x) for x in [a, *b]]) + E).
 * Another file (an expression: a file object, or None at run time) makes
 * the call one of print as a value (rt_builtin_values.c). */
#include <string.h>

#include "sema_internal.h"

static Expr *formatted(Arena *a, Expr *value) {
    Expr *f = expr_new(a, E_FORMATTED, value->line, value->col);
    f->u.formatted.value = value;
    f->u.formatted.conversion = 's';
    return f;
}

/* sep or end as a str: its literal, else (dflt if v is None else v). */
static Expr *separator_value(Arena *a, Expr *v, const char *dflt, int line, int col) {
    if (!v || v->kind == E_NONE) return expr_text(a, dflt, line, col);
    if (v->kind == E_STR) return v;
    Expr *test = expr_new(a, E_COMPARE, v->line, v->col);
    test->u.compare.left = v;
    test->u.compare.ops = arena_alloc(a, sizeof(CmpOp));
    test->u.compare.ops[0] = CMP_IS;
    ptrvec_push(a, &test->u.compare.comparators, expr_new(a, E_NONE, v->line, v->col));
    Expr *pick = expr_new(a, E_IFEXP, v->line, v->col);
    pick->u.ifexp.test = test;
    pick->u.ifexp.body = expr_text(a, dflt, line, col);
    pick->u.ifexp.orelse = v;
    return pick;
}

/* sep or end as a part of the f-string. */
static Expr *separator(Arena *a, Expr *v, const char *dflt, int line, int col) {
    Expr *s = separator_value(a, v, dflt, line, col);
    return s->kind == E_STR ? s : formatted(a, s);
}

/* print(a, *b, ...)'s text: sep.join([str(x) for x in [a, *b]]) + end */
static Expr *joined_text(Arena *a, Expr *e, Expr *sep, Expr *end) {
    Expr *items = expr_new(a, E_LIST, e->line, e->col);
    for (int i = 0; i < e->u.call.args.len; i++) ptrvec_push(a, &items->u.seq.items, e->u.call.args.items[i]);
    Comprehension *gen = arena_alloc(a, sizeof *gen);
    gen->target = expr_name(a, "_ml_item", e->line, e->col); /* the iterable is evaluated outside: no clash */
    gen->iter = items;
    Expr *item = expr_name(a, "_ml_item", e->line, e->col);
    Expr *strs = expr_new(a, E_LISTCOMP, e->line, e->col);
    strs->u.comp.elt = expr_call(a, expr_name(a, "str", e->line, e->col), 1, &item, e->line, e->col);
    ptrvec_push(a, &strs->u.comp.generators, gen);
    Expr *sep_text = separator_value(a, sep, " ", e->line, e->col);
    Expr *joined = expr_call(a, expr_attr(a, sep_text, "join", e->line, e->col), 1, &strs, e->line, e->col);
    Expr *text = expr_new(a, E_BINOP, e->line, e->col);
    text->u.binop.op = OP_PLUS;
    text->u.binop.left = joined;
    text->u.binop.right = separator_value(a, end, "\n", e->line, e->col);
    return text;
}

/* sys.stdout, sys.stderr, or their names imported from sys */
static bool std_stream(const Expr *f) {
    const char *name = f->kind == E_ATTR ? f->u.attr.name : f->kind == E_NAME ? f->u.name.name : NULL;
    if (!name || (strcmp(name, "stdout") && strcmp(name, "stderr"))) return false;
    return f->kind == E_NAME || (f->u.attr.value->kind == E_NAME && !strcmp(f->u.attr.value->u.name.name, "sys"));
}

PrintForm sema_print_to_file(Sema *s, Expr *e) {
    Arena *a = s->c->arena;
    Expr *file = NULL, *sep = NULL, *end = NULL;
    for (int k = 0; k < e->u.call.keywords.len; k++) {
        Keyword *kw = e->u.call.keywords.items[k];
        if (!kw->name) return PRINT_STDOUT; /* print(**kw): refused as before */
        if (!strcmp(kw->name, "file")) file = kw->value;
        else if (!strcmp(kw->name, "sep")) sep = kw->value;
        else if (!strcmp(kw->name, "end")) end = kw->value;
        else if (strcmp(kw->name, "flush")) return PRINT_STDOUT; /* reported as before */
    }
    if (!file || file->kind == E_NONE) { /* print(file=None): stdout; flush is nothing to us */
        int n = 0;
        for (int k = 0; k < e->u.call.keywords.len; k++) {
            Keyword *kw = e->u.call.keywords.items[k];
            if (strcmp(kw->name, "file") && strcmp(kw->name, "flush")) e->u.call.keywords.items[n++] = kw;
        }
        e->u.call.keywords.len = n;
        return PRINT_STDOUT;
    }
    if (!std_stream(file)) return PRINT_VALUE;
    bool starred = false;
    for (int i = 0; i < e->u.call.args.len; i++) starred |= ((Expr *)e->u.call.args.items[i])->kind == E_STARRED;
    Expr *text;
    if (starred) {
        text = joined_text(a, e, sep, end);
    } else {
        text = expr_new(a, E_FSTRING, e->line, e->col);
        for (int i = 0; i < e->u.call.args.len; i++) {
            if (i) ptrvec_push(a, &text->u.fstr.parts, separator(a, sep, " ", e->line, e->col));
            ptrvec_push(a, &text->u.fstr.parts, formatted(a, e->u.call.args.items[i]));
        }
        ptrvec_push(a, &text->u.fstr.parts, separator(a, end, "\n", e->line, e->col));
    }
    e->u.call.func = expr_attr(a, file, "write", e->u.call.func->line, e->u.call.func->col);
    e->u.call.args.len = 0;
    ptrvec_push(a, &e->u.call.args, text);
    e->u.call.keywords.len = 0;
    return PRINT_REWRITTEN;
}
