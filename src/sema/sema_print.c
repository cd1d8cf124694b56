/* print(..., file=f): the text print would write, written with f.write()
 * (a file object of io.ml, or sys.stdout / sys.stderr through the sys
 * module's write). The call is rewritten before anything of it is analysed:
 *     print(a, b, sep=S, end=E, file=F, flush=X)
 *     ->  F.write(f"{a!s}{S}{b!s}{E}")
 * with S " " and E "\n" when absent (a None literal too); a sep or end
 * that is an expression becomes (" " if S is None else S), as print's. */
#include <string.h>

#include "sema_internal.h"

static Expr *text_part(Arena *a, const char *text, int line, int col) {
    Expr *e = expr_new(a, E_STR, line, col);
    e->u.str.data = text;
    e->u.str.len = strlen(text);
    return e;
}

static Expr *formatted(Arena *a, Expr *value) {
    Expr *f = expr_new(a, E_FORMATTED, value->line, value->col);
    f->u.formatted.value = value;
    f->u.formatted.conversion = 's';
    return f;
}

/* sep or end: its literal, else (dflt if v is None else v). */
static Expr *separator(Arena *a, Expr *v, const char *dflt, int line, int col) {
    if (!v || v->kind == E_NONE) return text_part(a, dflt, line, col);
    if (v->kind == E_STR) return v;
    Expr *test = expr_new(a, E_COMPARE, v->line, v->col);
    test->u.compare.left = v;
    test->u.compare.ops = arena_alloc(a, sizeof(CmpOp));
    test->u.compare.ops[0] = CMP_IS;
    ptrvec_push(a, &test->u.compare.comparators, expr_new(a, E_NONE, v->line, v->col));
    Expr *pick = expr_new(a, E_IFEXP, v->line, v->col);
    pick->u.ifexp.test = test;
    pick->u.ifexp.body = text_part(a, dflt, line, col);
    pick->u.ifexp.orelse = v;
    return formatted(a, pick);
}

bool sema_print_to_file(Sema *s, Expr *e) {
    Arena *a = s->c->arena;
    Expr *file = NULL, *sep = NULL, *end = NULL;
    for (int k = 0; k < e->u.call.keywords.len; k++) {
        Keyword *kw = e->u.call.keywords.items[k];
        if (!kw->name) return false; /* print(**kw): refused as before */
        if (!strcmp(kw->name, "file")) file = kw->value;
        else if (!strcmp(kw->name, "sep")) sep = kw->value;
        else if (!strcmp(kw->name, "end")) end = kw->value;
        else if (strcmp(kw->name, "flush")) return false; /* reported as before */
    }
    if (!file || file->kind == E_NONE) { /* print(file=None): stdout; flush is nothing to us */
        int n = 0;
        for (int k = 0; k < e->u.call.keywords.len; k++) {
            Keyword *kw = e->u.call.keywords.items[k];
            if (strcmp(kw->name, "file") && strcmp(kw->name, "flush")) e->u.call.keywords.items[n++] = kw;
        }
        e->u.call.keywords.len = n;
        return false;
    }
    for (int i = 0; i < e->u.call.args.len; i++)
        if (((Expr *)e->u.call.args.items[i])->kind == E_STARRED) {
            sema_unsupported(s, e->line, e->col, "print(*args, file=...) is");
            return false;
        }
    Expr *text = expr_new(a, E_FSTRING, e->line, e->col);
    for (int i = 0; i < e->u.call.args.len; i++) {
        if (i) ptrvec_push(a, &text->u.fstr.parts, separator(a, sep, " ", e->line, e->col));
        ptrvec_push(a, &text->u.fstr.parts, formatted(a, e->u.call.args.items[i]));
    }
    ptrvec_push(a, &text->u.fstr.parts, separator(a, end, "\n", e->line, e->col));
    Expr *write = expr_new(a, E_ATTR, e->u.call.func->line, e->u.call.func->col);
    write->u.attr.value = file;
    write->u.attr.name = "write";
    e->u.call.func = write;
    e->u.call.args.len = 0;
    ptrvec_push(a, &e->u.call.args, text);
    e->u.call.keywords.len = 0;
    return true;
}
