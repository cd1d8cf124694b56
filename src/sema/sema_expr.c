/* Types of expressions and calls. */
#include "sema_internal.h"
#include "methods.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

const char *const sema_builtin_names[] = {
    "print", "input", "argc", "argv", "int", "float", "str", "bool", "abs",
    "min", "max", "round", "len", "repr", "list", "tuple", "set", "dict", "sorted", "reversed", "sum",
    "any", "all", "enumerate", "zip", "ord", "chr", "range", "format", "map", "filter", NULL,
};

bool sema_is_builtin(const char *name) {
    for (int i = 0; sema_builtin_names[i]; i++)
        if (!strcmp(sema_builtin_names[i], name)) return true;
    return false;
}

bool sema_int_literal(const char *text, long long *out) {
    errno = 0;
    char *end;
    unsigned long long v = strtoull(text, &end, 10);
    if (errno || *end || v > (unsigned long long)9223372036854775807LL) return false;
    *out = (long long)v;
    return true;
}

static Type sema_cond(Sema *s, Expr *e);

static Type vec_types(Sema *s, PtrVec *v) {
    Type t = T_UNKNOWN;
    for (int i = 0; i < v->len; i++) t = type_join(t, sema_expr(s, v->items[i]));
    return t;
}

/* Truth-value context: `and`/`or`/`not` only need truthiness there, so
 * operands of different types are fine. */
static Type sema_cond(Sema *s, Expr *e) {
    if (e->kind == E_BOOLOP) {
        for (int i = 0; i < e->u.boolop.values.len; i++) sema_cond(s, e->u.boolop.values.items[i]);
        return e->type = T_BOOL;
    }
    if (e->kind == E_UNARY && e->u.unary.op == OP_NONE) {
        sema_cond(s, e->u.unary.operand);
        return e->type = T_BOOL;
    }
    return sema_expr(s, e);
}

static const char *op_symbol(Op op) { return op_text(op); }

static Type arith(Sema *s, Expr *e, Type l, Type r) {
    Op op = e->u.binop.op;
    if (l == T_UNKNOWN || r == T_UNKNOWN) return T_UNKNOWN;
    if (l == T_NEVER || r == T_NEVER) return T_NEVER;
    if (l == T_OBJ || r == T_OBJ) {
        if (op == OP_AT) {
            sema_unsupported(s, e->line, e->col, "the '@' operator is");
            return T_NEVER;
        }
        return T_OBJ; /* decided at run time by the runtime's dynamic ops */
    }
    if ((type_is_object(l) && l != T_STR) || (type_is_object(r) && r != T_STR)) {
        /* Containers: the runtime's dynamic ops; the result type is known
         * for the usual shapes. */
        bool li = l == T_INT || l == T_BOOL, ri = r == T_INT || r == T_BOOL;
        if (op == OP_PLUS && l == r && (l == T_LIST || l == T_TUPLE)) return l;
        if (op == OP_STAR && (l == T_LIST || l == T_TUPLE) && ri) return l;
        if (op == OP_STAR && (r == T_LIST || r == T_TUPLE) && li) return r;
        if ((op == OP_PIPE || op == OP_AMP || op == OP_MINUS || op == OP_CARET) && l == T_SET && r == T_SET)
            return T_SET;
        return T_OBJ;
    }
    bool ln = type_is_number(l), rn = type_is_number(r);
    bool lf = l == T_FLOAT, rf = r == T_FLOAT;
    switch (op) {
    case OP_PLUS:
        if (l == T_STR && r == T_STR) return T_STR;
        /* fallthrough */
    case OP_MINUS:
        if (ln && rn) return (lf || rf) ? T_FLOAT : T_INT;
        break;
    case OP_STAR:
        if (ln && rn) return (lf || rf) ? T_FLOAT : T_INT;
        if ((l == T_STR && (r == T_INT || r == T_BOOL)) || (r == T_STR && (l == T_INT || l == T_BOOL)))
            return T_STR;
        break;
    case OP_SLASH:
        if (ln && rn) return T_FLOAT;
        break;
    case OP_DSLASH:
    case OP_PERCENT:
        if (ln && rn) return (lf || rf) ? T_FLOAT : T_INT;
        if (op == OP_PERCENT && l == T_STR) {
            sema_unsupported(s, e->line, e->col, "%-formatting of strings is");
            return T_STR;
        }
        break;
    case OP_DSTAR:
        if (ln && rn) {
            if (lf || rf) return T_FLOAT;
            Expr *rhs = e->u.binop.right;
            if (rhs->kind == E_INT) return T_INT;
            /* int ** int is a float when the exponent is negative: the
             * type depends on a run-time value. */
            return T_OBJ;
        }
        break;
    case OP_AMP:
    case OP_PIPE:
    case OP_CARET:
        if (l == T_BOOL && r == T_BOOL) return T_BOOL;
        /* fallthrough */
    case OP_LSHIFT:
    case OP_RSHIFT:
        if ((l == T_INT || l == T_BOOL) && (r == T_INT || r == T_BOOL)) return T_INT;
        break;
    case OP_AT:
        sema_unsupported(s, e->line, e->col, "the '@' operator is");
        return T_NEVER;
    default: break;
    }
    (void)op_symbol;
    /* CPython raises TypeError at run time; so do we (codegen emits it). */
    return T_NEVER;
}

static Type unary(Sema *s, Expr *e) {
    if (e->u.unary.op == OP_NONE) {
        sema_cond(s, e->u.unary.operand);
        return T_BOOL;
    }
    Type t = sema_expr(s, e->u.unary.operand);
    if (t == T_UNKNOWN || t == T_NEVER || t == T_OBJ) return t;
    switch (e->u.unary.op) {
    case OP_MINUS:
    case OP_PLUS:
        if (t == T_FLOAT) return T_FLOAT;
        if (t == T_INT || t == T_BOOL) return T_INT;
        return T_NEVER;
    case OP_TILDE:
        if (t == T_INT || t == T_BOOL) return T_INT;
        return T_NEVER;
    default: return T_NEVER;
    }
}

/* The bounds of a slice are ints (or omitted). */
static bool slice_bounds(Sema *s, Expr *sl) {
    Expr *parts[3] = {sl->u.slice.lower, sl->u.slice.upper, sl->u.slice.step};
    for (int i = 0; i < 3; i++) {
        if (!parts[i]) continue;
        Type t = sema_expr(s, parts[i]);
        if (t != T_INT && t != T_BOOL && t != T_OBJ && t != T_UNKNOWN && t != T_NEVER) {
            sema_unsupported(s, parts[i]->line, parts[i]->col, "slice bounds that are not integers are");
            return false;
        }
    }
    return true;
}

Type sema_subscript(Sema *s, Expr *e) {
    Type v = sema_expr(s, e->u.subscript.value);
    sema_list_hint(e->u.subscript.value);
    Expr *index = e->u.subscript.index;
    if (index->kind == E_SLICE) {
        slice_bounds(s, index);
        index->type = T_NONE;
        if (v == T_UNKNOWN || v == T_NEVER) return v;
        if (v == T_STR || v == T_LIST || v == T_TUPLE || v == T_OBJ) return v;
        return T_NEVER; /* TypeError: not subscriptable */
    }
    if (index->kind == E_TUPLE) {
        sema_unsupported(s, index->line, index->col, "tuple indices are");
        return T_NEVER;
    }
    Type k = sema_expr(s, index);
    if (v == T_UNKNOWN || v == T_NEVER || k == T_UNKNOWN) return v == T_NEVER ? T_NEVER : T_UNKNOWN;
    if (v == T_STR) return (k == T_INT || k == T_BOOL || k == T_OBJ) ? T_STR : T_NEVER;
    if (v == T_LIST || v == T_TUPLE || v == T_DICT || v == T_OBJ) return T_OBJ;
    return T_NEVER;
}

Type sema_expr(Sema *s, Expr *e) {
    Type t = T_UNKNOWN;
    switch (e->kind) {
    case E_INT: {
        long long v;
        if (!sema_int_literal(e->u.int_text, &v)) {
            sema_unsupported(s, e->line, e->col, "integers beyond 64 bits are");
        }
        t = T_INT;
        break;
    }
    case E_FLOAT: t = T_FLOAT; break;
    case E_STR: t = T_STR; break;
    case E_BOOL: t = T_BOOL; break;
    case E_NONE: t = T_NONE; break;
    case E_FSTRING:
        for (int i = 0; i < e->u.fstr.parts.len; i++) {
            Expr *part = e->u.fstr.parts.items[i];
            if (part->kind == E_STR) {
                part->type = T_STR;
                continue;
            }
            if (part->kind != E_FORMATTED) {
                sema_expr(s, part);
                continue;
            }
            Type vt = sema_expr(s, part->u.formatted.value);
            if (part->u.formatted.spec) sema_expr(s, part->u.formatted.spec);
            if (part->u.formatted.conversion == 'a')
                sema_unsupported(s, part->line, part->col, "the !a conversion is");
            (void)vt;
            part->type = T_STR;
        }
        t = T_STR;
        break;
    case E_NAME: {
        Symbol *sym = sema_resolve(s, e->u.name.name);
        e->sym = sym;
        if (sym) {
            t = sym->type;
        } else if (sema_find_function(s->p, e->u.name.name)) {
            /* a function as a value: a function object (table ABI); its
             * parameters may receive anything */
            Function *f = sema_find_function(s->p, e->u.name.name);
            f->as_value = true;
            for (int i = 0; i < f->params.len; i++) sema_symbol_assign(s, f->params.items[i], T_OBJ, e->line, e->col);
            t = T_OBJ;
        } else if (sema_is_builtin(e->u.name.name)) {
            sema_unsupported(s, e->line, e->col, "using a builtin function as a value is");
            t = T_NEVER;
        } else {
            t = T_NEVER; /* NameError at run time, as in CPython */
        }
        break;
    }
    case E_BINOP: {
        Type l = sema_expr(s, e->u.binop.left);
        Type r = sema_expr(s, e->u.binop.right);
        t = arith(s, e, l, r);
        break;
    }
    case E_UNARY: t = unary(s, e); break;
    case E_BOOLOP: {
        t = vec_types(s, &e->u.boolop.values);
        break;
    }
    case E_COMPARE: {
        sema_expr(s, e->u.compare.left);
        for (int i = 0; i < e->u.compare.comparators.len; i++) {
            sema_expr(s, e->u.compare.comparators.items[i]);
        }
        t = T_BOOL;
        break;
    }
    case E_CALL: t = sema_call(s, e); break;
    case E_IFEXP: {
        sema_cond(s, e->u.ifexp.test);
        Type a = sema_expr(s, e->u.ifexp.body);
        Type b = sema_expr(s, e->u.ifexp.orelse);
        t = type_join(a, b);
        break;
    }
    case E_WALRUS: {
        t = sema_expr(s, e->u.walrus.value);
        Expr *target = e->u.walrus.target;
        Symbol *sym = sema_resolve(s, target->u.name.name);
        target->sym = sym;
        target->type = t;
        if (sym) sema_symbol_assign(s, sym, t, e->line, e->col);
        break;
    }
    case E_TUPLE:
    case E_LIST:
    case E_SET:
        for (int i = 0; i < e->u.seq.items.len; i++) {
            Expr *item = e->u.seq.items.items[i];
            if (item->kind == E_STARRED) sema_unsupported(s, item->line, item->col, "star unpacking in displays is");
            else sema_expr(s, item);
        }
        t = e->kind == E_TUPLE ? T_TUPLE : e->kind == E_LIST ? T_LIST : T_SET;
        break;
    case E_DICT:
        for (int i = 0; i < e->u.dict.keys.len; i++) {
            Expr *k = e->u.dict.keys.items[i];
            if (!k) sema_unsupported(s, e->line, e->col, "** unpacking in dict displays is");
            else sema_expr(s, k);
            Expr *v = e->u.dict.values.items[i];
            if (k) sema_expr(s, v);
        }
        t = T_DICT;
        break;
    case E_LISTCOMP:
    case E_SETCOMP:
    case E_DICTCOMP:
    case E_GENEXP: t = sema_comprehension(s, e); break;
    case E_LAMBDA: t = sema_lambda(s, e); break;
    case E_SUBSCRIPT: t = sema_subscript(s, e); break;
    case E_ATTR: sema_unsupported(s, e->line, e->col, "attributes and methods are"); t = T_NEVER; break;
    case E_YIELD:
    case E_YIELD_FROM: sema_unsupported(s, e->line, e->col, "generators are"); t = T_NEVER; break;
    case E_AWAIT: sema_unsupported(s, e->line, e->col, "await is"); t = T_NEVER; break;
    case E_BYTES: sema_unsupported(s, e->line, e->col, "bytes are"); t = T_NEVER; break;
    case E_ELLIPSIS: sema_unsupported(s, e->line, e->col, "Ellipsis is"); t = T_NEVER; break;
    case E_STARRED:
    case E_DOUBLESTARRED: sema_unsupported(s, e->line, e->col, "star expressions are"); t = T_NEVER; break;
    case E_SLICE: sema_unsupported(s, e->line, e->col, "slices are"); t = T_NEVER; break;
    case E_FORMATTED: sema_expr(s, e->u.formatted.value); t = T_STR; break;
    }
    e->type = t;
    return t;
}

static ParamKind param_kind(const Function *f, int i) {
    return ((const Param *)f->def->u.funcdef.params.items[i])->kind;
}

/* CPython's list of names: 'a', 'a' and 'b', 'a', 'b', and 'c' */
static const char *name_list(Arena *a, const Function *f, Expr **out, bool kwonly, int count) {
    const char *names = "";
    int seen = 0;
    for (int i = 0; i < f->params.len; i++) {
        ParamKind k = param_kind(f, i);
        if (out[i] || f->defaults.items[i] || k == PARAM_VARARGS || k == PARAM_VARKW || (k == PARAM_KWONLY) != kwonly)
            continue;
        seen++;
        const char *sep = seen == 1 ? "" : (seen == count ? (count > 2 ? ", and " : " and ") : ", ");
        names = arena_printf(a, "%s%s'%s'", names, sep, ((Symbol *)f->params.items[i])->name);
    }
    return names;
}

const char *sema_bind_call(Arena *a, const Function *f, const Expr *call, Expr **out, BoundExtras *extra) {
    int np = f->params.len;
    int npos = call->u.call.args.len;
    int nposparams = 0, nrequired = 0, vararg = -1, varkw = -1;
    for (int i = 0; i < np; i++) {
        out[i] = NULL;
        ParamKind k = param_kind(f, i);
        if (k == PARAM_POSONLY || k == PARAM_NORMAL) {
            nposparams++;
            if (!f->defaults.items[i]) nrequired++;
        }
        if (k == PARAM_VARARGS) vararg = i;
        if (k == PARAM_VARKW) varkw = i;
    }
    if (extra) extra->pos = (PtrVec){0}, extra->kw = (PtrVec){0};
    if (npos > nposparams && vararg < 0) {
        if (nrequired < nposparams)
            return arena_printf(a, "%s() takes from %d to %d positional arguments but %d %s given", f->name,
                                nrequired, nposparams, npos, npos == 1 ? "was" : "were");
        return arena_printf(a, "%s() takes %d positional argument%s but %d %s given", f->name, nposparams,
                            nposparams == 1 ? "" : "s", npos, npos == 1 ? "was" : "were");
    }
    for (int i = 0, p = 0; i < npos; i++) {
        while (p < np && param_kind(f, p) != PARAM_POSONLY && param_kind(f, p) != PARAM_NORMAL) p++;
        if (p < np && i < nposparams) {
            out[p++] = call->u.call.args.items[i];
        } else if (extra) {
            ptrvec_push(a, &extra->pos, call->u.call.args.items[i]);
        }
    }
    for (int k = 0; k < call->u.call.keywords.len; k++) {
        Keyword *kw = call->u.call.keywords.items[k];
        int idx = -1;
        for (int i = 0; i < np; i++) {
            ParamKind pk = param_kind(f, i);
            if ((pk == PARAM_NORMAL || pk == PARAM_KWONLY) && kw->name &&
                !strcmp(((Symbol *)f->params.items[i])->name, kw->name))
                idx = i;
        }
        if (idx < 0) {
            if (varkw >= 0 && kw->name) {
                for (int j = 0; extra && j < extra->kw.len; j++)
                    if (!strcmp(((Keyword *)extra->kw.items[j])->name, kw->name))
                        return arena_printf(a, "%s() got multiple values for keyword argument '%s'", f->name, kw->name);
                if (extra) ptrvec_push(a, &extra->kw, kw);
                continue;
            }
            return arena_printf(a, "%s() got an unexpected keyword argument '%s'", f->name, kw->name ? kw->name : "**");
        }
        if (out[idx]) return arena_printf(a, "%s() got multiple values for argument '%s'", f->name, kw->name);
        out[idx] = kw->value;
    }
    int missing = 0, missing_kw = 0;
    for (int i = 0; i < np; i++) {
        ParamKind k = param_kind(f, i);
        if (k == PARAM_VARARGS || k == PARAM_VARKW) continue;
        if (!out[i] && f->defaults.items[i]) continue; /* filled below */
        if (!out[i]) {
            if (k == PARAM_KWONLY) missing_kw++;
            else missing++;
        }
    }
    if (missing)
        return arena_printf(a, "%s() missing %d required positional argument%s: %s", f->name, missing,
                            missing == 1 ? "" : "s", name_list(a, f, out, false, missing));
    if (missing_kw)
        return arena_printf(a, "%s() missing %d required keyword-only argument%s: %s", f->name, missing_kw,
                            missing_kw == 1 ? "" : "s", name_list(a, f, out, true, missing_kw));
    for (int i = 0; i < np; i++)
        if (!out[i]) out[i] = f->defaults.items[i];
    return NULL;
}

static bool check_arity(Sema *s, Expr *e, const char *name, int min, int max) {
    int n = e->u.call.args.len;
    if (n >= min && n <= max) return true;
    if (s->report) {
        if (min == max)
            diag_error(s->c, e->line, e->col, "%s() takes exactly %d argument%s (%d given)", name, min,
                       min == 1 ? "" : "s", n);
        else
            diag_error(s->c, e->line, e->col, "%s() takes from %d to %d arguments (%d given)", name, min,
                       max, n);
    }
    return false;
}

static Type builtin_call(Sema *s, Expr *e, const char *name) {
    PtrVec *args = &e->u.call.args;
    Type at[8] = {0};
    for (int i = 0; i < args->len; i++) {
        Expr *arg = args->items[i];
        if (arg->kind == E_STARRED) {
            sema_unsupported(s, arg->line, arg->col, "star arguments are");
            return T_NEVER;
        }
        Type t = sema_expr(s, arg);
        if (i < 8) at[i] = t;
    }
    bool is_print = !strcmp(name, "print");
    for (int k = 0; k < e->u.call.keywords.len; k++) {
        Keyword *kw = e->u.call.keywords.items[k];
        Type t = sema_expr(s, kw->value);
        if (is_print && kw->name && (!strcmp(kw->name, "sep") || !strcmp(kw->name, "end"))) {
            if (t != T_STR && t != T_NONE && t != T_UNKNOWN && t != T_NEVER && s->report)
                diag_error(s->c, kw->line, kw->col, "%s must be None or a string, not %s", kw->name,
                           type_name(t));
            continue;
        }
        if (is_print && kw->name && (!strcmp(kw->name, "file") || !strcmp(kw->name, "flush"))) {
            sema_unsupported(s, kw->line, kw->col, "print(file=..., flush=...) is");
            continue;
        }
        if (kw->name && !strcmp(name, "sorted") && (!strcmp(kw->name, "reverse") || !strcmp(kw->name, "key")))
            continue;
        if (s->report)
            diag_error(s->c, kw->line, kw->col, "%s() got an unexpected keyword argument '%s'", name,
                       kw->name ? kw->name : "**");
    }
    for (int i = 0; i < args->len && i < 8; i++)
        if (at[i] == T_UNKNOWN) return T_UNKNOWN;
    int n = args->len;
    if (is_print) return T_NONE;
    const MethodSig *row = (!is_print && !(n >= 2 && (!strcmp(name, "min") || !strcmp(name, "max"))))
                               ? builtin_find(name, n) : NULL;
    if (row) {
        for (int i = 0; i < n; i++) {
            if (row->args[i] == 'S' && at[i] != T_STR && at[i] != T_OBJ && at[i] != T_NEVER) return T_NEVER;
            if (row->args[i] == 'I' && at[i] != T_INT && at[i] != T_BOOL && at[i] != T_OBJ && at[i] != T_NEVER)
                return T_NEVER;
        }
        for (int k = 0; k < e->u.call.keywords.len; k++) {
            Keyword *kw = e->u.call.keywords.items[k];
            if (!strcmp(name, "sorted") && kw->name && (!strcmp(kw->name, "reverse") || !strcmp(kw->name, "key")))
                continue; /* key: any callable, called through the table */
            if (kw->name && !strcmp(kw->name, "key"))
                sema_unsupported(s, kw->line, kw->col, "key= functions are");
        }
        return row->ret;
    }
    if (!strcmp(name, "map") || !strcmp(name, "filter")) {
        /* eager: a list (map and filter objects print differently) */
        check_arity(s, e, name, 2, 2);
        return T_LIST;
    }
    if (!strcmp(name, "range")) {
        if (check_arity(s, e, name, 1, 3))
            for (int i = 0; i < n; i++)
                if (at[i] != T_INT && at[i] != T_BOOL && at[i] != T_OBJ && at[i] != T_NEVER) return T_NEVER;
        return T_OBJ;
    }
    for (int i = 0; i < n && i < 8; i++) {
        if (!type_is_object(at[i]) || at[i] == T_STR) continue;
        /* Builtins that work on values of any type. */
        if (!strcmp(name, "str") || !strcmp(name, "repr") || !strcmp(name, "bool") || !strcmp(name, "len") ||
            !strcmp(name, "abs") || !strcmp(name, "min") || !strcmp(name, "max") || !strcmp(name, "argv") ||
            !strcmp(name, "map") || !strcmp(name, "filter"))
            break;
        sema_unsupported(s, e->line, e->col, arena_printf(s->c->arena, "%s() of a value whose type is only known at run time is", name));
        return T_NEVER;
    }
    if (!strcmp(name, "input")) {
        s->p->uses_input = true;
        if (check_arity(s, e, name, 0, 1) && n == 1 && at[0] != T_STR && at[0] != T_NEVER)
            sema_unsupported(s, e->line, e->col, "input() with a prompt that is not a string is");
        return T_STR;
    }
    if (!strcmp(name, "argc")) {
        s->p->uses_args = true;
        check_arity(s, e, name, 0, 0);
        return T_INT;
    }
    if (!strcmp(name, "argv")) {
        s->p->uses_args = true;
        if (check_arity(s, e, name, 1, 1) && at[0] != T_INT && at[0] != T_BOOL && at[0] != T_NEVER &&
            at[0] != T_OBJ)
            return T_NEVER;
        return T_STR;
    }
    if (!strcmp(name, "int")) {
        if (check_arity(s, e, name, 0, 1) && n == 1 && at[0] == T_NONE) return T_NEVER;
        if (n == 2) sema_unsupported(s, e->line, e->col, "int() with a base is");
        return T_INT;
    }
    if (!strcmp(name, "float")) {
        if (check_arity(s, e, name, 0, 1) && n == 1 && at[0] == T_NONE) return T_NEVER;
        return T_FLOAT;
    }
    if (!strcmp(name, "str")) {
        check_arity(s, e, name, 0, 1);
        return T_STR;
    }
    if (!strcmp(name, "repr")) {
        check_arity(s, e, name, 1, 1);
        return T_STR;
    }
    if (!strcmp(name, "bool")) {
        check_arity(s, e, name, 0, 1);
        return T_BOOL;
    }
    if (!strcmp(name, "len")) {
        if (check_arity(s, e, name, 1, 1) && !type_is_object(at[0])) return T_NEVER;
        return T_INT;
    }
    if (!strcmp(name, "abs")) {
        if (!check_arity(s, e, name, 1, 1)) return T_NEVER;
        if (at[0] == T_FLOAT) return T_FLOAT;
        if (at[0] == T_INT || at[0] == T_BOOL) return T_INT;
        if (at[0] == T_OBJ) return T_OBJ;
        return T_NEVER;
    }
    if (!strcmp(name, "round")) {
        if (!check_arity(s, e, name, 1, 2)) return T_NEVER;
        if (n == 2 && at[1] != T_INT && at[1] != T_BOOL && at[1] != T_NONE) return T_NEVER;
        if (at[0] == T_FLOAT) return (n == 2 && at[1] != T_NONE) ? T_FLOAT : T_INT;
        if (at[0] == T_INT || at[0] == T_BOOL) return T_INT;
        return T_NEVER;
    }
    if (!strcmp(name, "min") || !strcmp(name, "max")) {
        if (n < 2) {
            sema_unsupported(s, e->line, e->col, "min()/max() of an iterable is");
            return T_NEVER;
        }
        Type t = T_UNKNOWN;
        for (int i = 0; i < n && i < 8; i++) t = type_join(t, at[i] == T_BOOL ? T_INT : at[i]);
        if (n > 8) {
            sema_unsupported(s, e->line, e->col, "min()/max() of more than 8 arguments is");
            return T_NEVER;
        }
        /* Mixed types compare at run time, and the winner keeps its type
         * (min(4.5, 2) is the int 2). */
        if (t != T_INT && t != T_FLOAT && t != T_STR) return T_OBJ;
        return t;
    }
    return T_NEVER;
}

static Type sema_method_call(Sema *s, Expr *e) {
    Expr *fn = e->u.call.func;
    Type recv = sema_expr(s, fn->u.attr.value);
    int n = e->u.call.args.len;
    for (int i = 0; i < n; i++) {
        Expr *arg = e->u.call.args.items[i];
        if (arg->kind == E_STARRED) {
            sema_unsupported(s, arg->line, arg->col, "star arguments are");
            return T_NEVER;
        }
        sema_expr(s, arg);
    }
    const char *name = fn->u.attr.name;
    for (int k = 0; k < e->u.call.keywords.len; k++) {
        Keyword *kw = e->u.call.keywords.items[k];
        sema_expr(s, kw->value);
        if (!strcmp(name, "sort") && kw->name && !strcmp(kw->name, "reverse")) continue;
        if (!strcmp(name, "sort") && kw->name && !strcmp(kw->name, "key")) {
            sema_unsupported(s, kw->line, kw->col, "key= functions are");
            continue;
        }
        if (s->report)
            diag_error(s->c, kw->line, kw->col, "%s() got an unexpected keyword argument '%s'", name,
                       kw->name ? kw->name : "**");
    }
    if (recv == T_UNKNOWN) {
        /* a parameter nobody passes a value to: the one container type
         * with this method is its type (text.upper() -> str) */
        Expr *r = fn->u.attr.value;
        Symbol *sym = r->kind == E_NAME ? r->sym : NULL;
        if (sym && sym->kind == SYM_PARAM && !sym->hint) {
            static const Type kinds[] = {T_STR, T_LIST, T_DICT, T_SET};
            Type only = T_UNKNOWN;
            int found = 0;
            for (int k = 0; k < 4; k++)
                if (method_find(kinds[k], name, n)) only = kinds[k], found++;
            if (found == 1) sym->hint = only;
        }
        return T_UNKNOWN;
    }
    if (recv == T_NEVER) return T_NEVER;
    const MethodSig *m = method_find(recv, name, n);
    if (!m) {
        if (recv == T_OBJ && method_name_exists(name))
            sema_unsupported(s, fn->line, fn->col,
                             arena_printf(s->c->arena,
                                          "calling .%s() on a value whose type is only known at run time is", name));
        else if (s->report)
            diag_error(s->c, fn->line, fn->col, "'%s' object has no method '%s' taking %d argument%s (or it is not supported yet)",
                       type_name(recv), name, n, n == 1 ? "" : "s");
        return T_NEVER;
    }
    for (int i = 0; i < n; i++) {
        Expr *arg = e->u.call.args.items[i];
        Type at = arg->type;
        if (m->args[i] == 'S' && at != T_STR && at != T_OBJ && at != T_NEVER && at != T_UNKNOWN && s->report)
            diag_error(s->c, arg->line, arg->col, "%s() argument must be str, not %s", name, type_name(at));
        if (m->args[i] == 'I' && at != T_INT && at != T_BOOL && at != T_OBJ && at != T_NEVER && at != T_UNKNOWN &&
            s->report)
            diag_error(s->c, arg->line, arg->col, "'%s' object cannot be interpreted as an integer", type_name(at));
    }
    return m->ret;
}

/* Calling a value (a variable, an item, a call's result): through the
 * function table, objects in and out; the runtime checks it is callable. */
static Type sema_value_call(Sema *s, Expr *e) {
    Type ft = sema_expr(s, e->u.call.func);
    for (int i = 0; i < e->u.call.args.len; i++) {
        Expr *arg = e->u.call.args.items[i];
        if (arg->kind == E_STARRED) {
            sema_unsupported(s, arg->line, arg->col, "star arguments are");
            return T_NEVER;
        }
        sema_expr(s, arg);
    }
    if (e->u.call.keywords.len) {
        Keyword *kw = e->u.call.keywords.items[0];
        sema_unsupported(s, kw->line, kw->col, "keyword arguments when calling a function value are");
        return T_NEVER;
    }
    if (ft == T_UNKNOWN) return T_UNKNOWN;
    return T_OBJ;
}

Type sema_call(Sema *s, Expr *e) {
    Expr *fn = e->u.call.func;
    if (fn->kind == E_ATTR) return sema_method_call(s, e);
    if (fn->kind != E_NAME || sema_resolve(s, fn->u.name.name)) return sema_value_call(s, e);
    const char *name = fn->u.name.name;
    Function *f = sema_find_function(s->p, name);
    if (!f) {
        if (sema_is_builtin(name)) return builtin_call(s, e, name);
        for (int i = 0; i < e->u.call.args.len; i++) sema_expr(s, e->u.call.args.items[i]);
        if (s->report && !strcmp(name, "range"))
            sema_unsupported(s, fn->line, fn->col, "range() outside a for loop is");
        else if (s->report && (!strcmp(name, "isinstance") || !strcmp(name, "type") || !strcmp(name, "next") ||
                               !strcmp(name, "iter") || !strcmp(name, "open") ||
                               !strcmp(name, "super") || !strcmp(name, "hash") || !strcmp(name, "divmod") ||
                               !strcmp(name, "pow") || !strcmp(name, "hex") || !strcmp(name, "bin") ||
                               !strcmp(name, "oct") || !strcmp(name, "id") ||
                               !strcmp(name, "getattr") || !strcmp(name, "setattr") || !strcmp(name, "hasattr") ||
                               !strcmp(name, "callable") || !strcmp(name, "object") ||
                               !strcmp(name, "Exception") || !strcmp(name, "ValueError")))
            diag_error(s->c, fn->line, fn->col, "the builtin '%s' is not supported yet", name);
        return T_NEVER; /* NameError at run time */
    }
    f->called = true;
    for (int i = 0; i < e->u.call.args.len; i++) {
        Expr *arg = e->u.call.args.items[i];
        if (arg->kind == E_STARRED) {
            sema_unsupported(s, arg->line, arg->col, "star arguments are");
            return T_NEVER;
        }
    }
    Expr **bound = arena_alloc(s->c->arena, sizeof(Expr *) * (size_t)(f->params.len + 1));
    for (int i = 0; i < e->u.call.args.len; i++) sema_expr(s, e->u.call.args.items[i]);
    for (int k = 0; k < e->u.call.keywords.len; k++)
        sema_expr(s, ((Keyword *)e->u.call.keywords.items[k])->value);
    BoundExtras extra;
    const char *err = sema_bind_call(s->c->arena, f, e, bound, &extra);
    if (err) return T_NEVER;
    for (int i = 0; i < f->params.len; i++) {
        Expr *arg = bound[i];
        if (!arg) continue; /* *args / **kwargs: a tuple / dict of objects */
        Type t = arg->type;
        if (t == T_UNKNOWN) t = sema_expr(s, arg);
        sema_symbol_assign(s, f->params.items[i], t, arg->line, arg->col);
    }
    return f->ret;
}
