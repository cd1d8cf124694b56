/* Types of expressions and calls. */
#include "sema_internal.h"
#include "methods.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

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

/* Whether e is a literal number of integer value (2, -1, 3.0): any base
 * raised to it is real. */
static bool integral_literal(const Expr *e) {
    if (e->kind == E_UNARY && (e->u.unary.op == OP_MINUS || e->u.unary.op == OP_PLUS)) e = e->u.unary.operand;
    if (e->kind == E_INT) return true;
    return e->kind == E_FLOAT && e->u.fval == floor(e->u.fval); /* inf too: x ** inf is real */
}

/* Whether e's value is never below 0: a literal (-x is a unary minus),
 * abs(...). Raised to a fractional power it stays real. */
static bool never_negative(const Expr *e) {
    if (e->kind == E_INT || e->kind == E_FLOAT) return true;
    return e->kind == E_CALL && e->u.call.func->kind == E_NAME && e->u.call.func->builtin == BI_ABS;
}

static Type arith(Sema *s, Expr *e, Type l, Type r) {
    Op op = e->u.binop.op;
    if (l == T_UNKNOWN || r == T_UNKNOWN) return T_UNKNOWN;
    if (l == T_NEVER || r == T_NEVER) return T_NEVER;
    if (op == OP_PERCENT && e->u.binop.left->kind == E_BYTES) {
        sema_unsupported(s, e->line, e->col, "printf-style formatting of bytes is");
        return T_NEVER;
    }
    if (l == T_OBJ || r == T_OBJ) return T_OBJ; /* decided at run time by the runtime's dynamic ops */
    if ((type_is_object(l) && l != T_STR) || (type_is_object(r) && r != T_STR)) {
        /* Containers: the runtime's dynamic ops; the result type is known
         * for the usual shapes. */
        bool li = l == T_INT || l == T_BOOL, ri = r == T_INT || r == T_BOOL;
        if (e->u.binop.inplace) { /* x op= y: the same object when in place */
            if (l == T_LIST && (op == OP_PLUS || (op == OP_STAR && ri))) return T_LIST;
            if (l == T_DICT && op == OP_PIPE) return T_DICT;
        }
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
        if (op == OP_PERCENT && l == T_STR) return T_STR; /* printf-style formatting (rt_str_mod) */
        break;
    case OP_DSTAR:
        if (ln && rn) {
            /* a negative base to a fractional power is a complex number */
            if (lf || rf) return integral_literal(e->u.binop.right) || never_negative(e->u.binop.left) ? T_FLOAT : T_OBJ;
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
    default: break; /* @ of numbers and strings: TypeError (an instance's __matmul__ is T_OBJ) */
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

/* The bounds of a slice in []: ints (or omitted) are passed as such
 * (sl->type T_NONE); any other (None, a str, a float: a user class's
 * __getitem__ takes them, a list's raises TypeError; a value known at run
 * time only, which may be None) makes the index a slice object (sl->type
 * T_OBJ, g_slice_value). */
void sema_slice_bounds(Sema *s, Expr *sl) {
    Expr *parts[3] = {sl->u.slice.lower, sl->u.slice.upper, sl->u.slice.step};
    sl->type = T_NONE;
    for (int i = 0; i < 3; i++) {
        if (!parts[i]) continue;
        Type t = sema_expr(s, parts[i]);
        if (t != T_INT && t != T_BOOL && t != T_UNKNOWN && t != T_NEVER) sl->type = T_OBJ;
    }
}

Type sema_subscript(Sema *s, Expr *e) {
    Type v = sema_expr(s, e->u.subscript.value);
    sema_list_hint(e->u.subscript.value);
    Expr *index = e->u.subscript.index;
    if (index->kind == E_SLICE) {
        sema_slice_bounds(s, index);
        if (v == T_UNKNOWN || v == T_NEVER) return v;
        if (v == T_STR || v == T_LIST || v == T_TUPLE || v == T_OBJ) return v;
        return T_NEVER; /* TypeError: not subscriptable */
    }
    Type k = sema_expr(s, index);
    if (v == T_UNKNOWN || v == T_NEVER || k == T_UNKNOWN) return v == T_NEVER ? T_NEVER : T_UNKNOWN;
    /* a tuple index of a str: the runtime's TypeError (string indices must be integers) */
    if (v == T_STR) return (k == T_INT || k == T_BOOL || k == T_OBJ || k == T_TUPLE) ? T_STR : T_NEVER;
    if (v == T_LIST || v == T_TUPLE || v == T_DICT || v == T_OBJ) return T_OBJ;
    return T_NEVER;
}

/* type(x).__name__: the name of x's type (e->builtin = BI_TYPE marks it). */
static bool type_name_of(Sema *s, Expr *e) {
    Expr *v = e->u.attr.value;
    if (strcmp(e->u.attr.name, "__name__") || v->kind != E_CALL || v->u.call.func->kind != E_NAME ||
        v->u.call.args.len != 1 || v->u.call.keywords.len)
        return false;
    Expr *fn = v->u.call.func;
    if (sema_resolve(s, fn->u.name.name) || builtin_lookup(fn->u.name.name) != BI_TYPE) return false;
    fn->builtin = BI_TYPE;
    sema_expr(s, v->u.call.args.items[0]);
    v->type = T_OBJ;
    e->builtin = BI_TYPE;
    return true;
}

/* Attributes of values whose type is known at run time only (instances,
 * classes, exceptions: rt_getattr raises AttributeError as CPython);
 * those of the builtin types' values are not supported yet. */
/* str.lower, list.append ...: a builtin type's method as a value (a
 * generated wrapper taking self first). */
static bool method_value(Sema *s, Expr *e) {
    int nargs = s->member_nargs; /* for this attribute only */
    s->member_nargs = -1;
    Expr *v = e->u.attr.value;
    if (v->kind != E_NAME || sema_resolve(s, v->u.name.name)) return false;
    BuiltinId id = builtin_lookup(v->u.name.name);
    Type recv = id == BI_STR     ? T_STR
              : id == BI_LIST    ? T_LIST
              : id == BI_DICT    ? T_DICT
              : id == BI_SET     ? T_SET
              : id == BI_INT     ? T_INT
              : id == BI_FLOAT   ? T_FLOAT
              : id == BI_TUPLE   ? T_TUPLE
                                 : T_UNKNOWN;
    if (recv == T_UNKNOWN) return false;
    const MethodSig *m = NULL;
    if (nargs >= 0) m = method_find(recv, e->u.attr.name, nargs); /* called: its arity */
    for (int n = 0; n <= 3 && !m && nargs < 0; n++) m = method_find(recv, e->u.attr.name, n); /* the fewest */
    if (!m) return false;
    v->builtin = id;
    v->type = T_OBJ;
    PtrVec *mv = &s->p->method_values;
    int at = -1;
    for (int i = 0; i < mv->len; i++)
        if (mv->items[i] == m) at = i;
    if (at < 0) {
        at = mv->len;
        ptrvec_push(s->c->arena, mv, (void *)m);
    }
    e->member = at + 1;
    return true;
}

/* "ab".upper, counts.get ...: a method of a builtin type's value, not
 * called, is that method bound to the value, callable with each count of
 * arguments the type's rows take (d.get(k), d.get(k, 0)). A receiver
 * whose type is known at run time only is bound so when it is of a type
 * with such a method, else its attribute is looked up (an instance's). */
bool sema_bound_method(Sema *s, Expr *e, Type vt) {
    int at = sema_bound_method_index(s, e->u.attr.name, vt);
    if (at < 0) return false;
    e->member = -(at + 1);
    return true;
}

int sema_bound_method_index(Sema *s, const char *name, Type vt) {
    static const Type bindable[] = METHOD_BINDABLE_TYPES;
    if (vt == T_BOOL) vt = T_INT; /* bool's methods are int's */
    bool any = false;
    for (int i = 0; i < (int)(sizeof bindable / sizeof bindable[0]) && !any; i++)
        any = (vt == T_OBJ || vt == bindable[i]) && method_type_has(bindable[i], name);
    if (!any) return -1;
    PtrVec *bm = &s->p->bound_methods;
    int at = -1;
    for (int i = 0; i < bm->len && at < 0; i++)
        if (!strcmp(bm->items[i], name)) at = i;
    if (at < 0) {
        at = bm->len;
        ptrvec_push(s->c->arena, bm, (void *)name);
    }
    return at;
}

static Type sema_attr(Sema *s, Expr *e) {
    Type t;
    if (!strcmp(e->u.attr.name, "__doc__")) s->p->uses_doc = true;
    e->member = 0; /* decided again on each pass: the receiver's type may change */
    if (sema_import_attr(s, e, &t)) return t;
    if (type_name_of(s, e)) return T_STR;
    if (method_value(s, e)) return T_OBJ;
    Expr *v = e->u.attr.value;
    if (v->kind == E_NAME && !sema_resolve(s, v->u.name.name) && !sema_function_named(s->unit, v->u.name.name)) {
        BuiltinId id = builtin_lookup(v->u.name.name);
        if ((id == BI_BYTES || id == BI_BYTEARRAY) && strcmp(e->u.attr.name, "__name__")) {
            /* bytes.fromhex is called (sema_call); the class has __name__ */
            sema_unsupported(s, e->line, e->col,
                             arena_printf(s->c->arena, "%s.%s other than called is", builtin_name(id), e->u.attr.name));
            return T_NEVER;
        }
    }
    Type vt = sema_expr(s, e->u.attr.value);
    if (vt == T_NEVER || vt == T_UNKNOWN) return vt;
    if (vt == T_OBJ && sema_bound_method(s, e, vt)) return T_OBJ;
    if (vt == T_OBJ || vt == T_NONE) return T_OBJ; /* None has none: AttributeError at run time, as CPython */
    /* a number's data attributes: the boxed value's (rt_number_attr) */
    const char *an = e->u.attr.name;
    bool num_attr = !strcmp(an, "real") || !strcmp(an, "imag") ||
                    (vt != T_FLOAT && (!strcmp(an, "numerator") || !strcmp(an, "denominator")));
    if ((vt == T_INT || vt == T_BOOL || vt == T_FLOAT) && num_attr) return T_OBJ;
    if (vt == T_STR && !strcmp(an, "format")) return T_OBJ; /* bound by the runtime (rt_getattr_call) */
    if (!strcmp(an, "__class__")) return T_OBJ; /* type(x): the runtime's, of the boxed value */
    if (sema_type_lacks(vt, an)) return T_OBJ; /* (5).foo: AttributeError when it runs, as CPython */
    if (sema_type_special(vt, an)) return T_OBJ; /* key=a.__getitem__: the runtime's bound special method */
    if (sema_bound_method(s, e, vt)) return T_OBJ;
    sema_unsupported(s, e->line, e->col,
                     arena_printf(s->c->arena, "attributes of %s values (.%s) are", type_name(vt), e->u.attr.name));
    return T_NEVER;
}

/* What a name read means, decided here once: a variable (e->sym), a def
 * used as a value (e->fn), a builtin (e->builtin), or nothing (a NameError
 * at run time, as in CPython). */

/* `__doc__` bound nowhere in the program: a constant, as CPython's
 * globals and class namespaces hold it (a function's own docstring is not
 * in its scope): in a class body with a docstring, that; elsewhere the
 * module's docstring, or None. A class body assigning `__doc__` itself is
 * left alone. */
static bool doc_constant(Sema *s, Expr *e) {
    const Expr *doc = NULL;
    if (s->class_stmt) {
        const PtrVec *body = &s->class_stmt->u.classdef.body;
        for (int i = 0; i < body->len; i++) {
            const Stmt *b = body->items[i];
            if (b->kind != S_ASSIGN) continue;
            for (int k = 0; k < b->u.assign.targets.len; k++) {
                const Expr *t = b->u.assign.targets.items[k];
                if (t->kind == E_NAME && !strcmp(t->u.name.name, "__doc__")) return false;
            }
        }
        doc = ast_docstring(body);
    }
    if (!doc && s->unit->ast) doc = ast_docstring(&s->unit->ast->body);
    if (doc) {
        e->kind = E_STR;
        e->u.str.data = doc->u.str.data;
        e->u.str.len = doc->u.str.len;
    } else {
        e->kind = E_NONE;
    }
    return true;
}

static Type sema_name(Sema *s, Expr *e) {
    const char *name = e->u.name.name;
    Type t;
    e->fn = NULL;
    e->builtin = BI_NONE;
    if (sema_import_name(s, e, &t)) return t;
    e->sym = sema_resolve(s, name);
    if (e->sym && e->sym->kind == SYM_GLOBAL) {
        /* a global named as a builtin exception class is that class until
         * it is bound (lower_vars.c: CPython looks in builtins next; the
         * standard library's `TimeoutError = TimeoutError`). Not done for
         * the builtin types: `list = [...]` keeps its list type. */
        BuiltinId bi = builtin_lookup(name);
        if (bi && builtin_how(bi) == BUILTIN_EXCEPTION)
            sema_symbol_assign(s, e->sym, T_OBJ, e->line, e->col);
    }
    if (e->sym) return e->sym->type;
    Function *f = sema_function_named(s->unit, name);
    if (f) {
        /* a function as a value: a function object (table ABI); its
         * parameters may receive anything */
        e->fn = f;
        f->as_value = true;
        for (int i = 0; i < f->params.len; i++) sema_symbol_assign(s, f->params.items[i], T_OBJ, e->line, e->col);
        return T_OBJ;
    }
    if (!strcmp(name, "__doc__") && doc_constant(s, e)) return e->type = e->kind == E_STR ? T_STR : T_NONE;
    if (!strcmp(name, "__name__")) {
        /* the module's name, a constant: the entry file is "__main__" */
        e->kind = E_STR;
        e->u.str.data = s->unit->name;
        e->u.str.len = strlen(s->unit->name);
        return T_STR;
    }
    e->builtin = builtin_lookup(name);
    if (e->builtin == BI_NONE) return T_NEVER; /* NameError at run time */
    if (builtin_how(e->builtin) == BUILTIN_EXCEPTION) return T_OBJ; /* the class */
    if (builtin_is_type(e->builtin)) return T_OBJ;                   /* the class */
    if (builtin_how(e->builtin) == BUILTIN_CONSTANT) return T_OBJ;
    if (builtin_how(e->builtin) == BUILTIN_STDLIB) { /* open: io.open */
        sema_builtin_target_ok(s, e, e->builtin);
        Function *f = sema_builtin_def(s, e->builtin);
        if (f) return sema_builtin_def_value(s, e, f);
    }
    if (builtin_is_value(e->builtin)) { /* a function value */
        /* min, max, sum ... take several arities: the runtime makes their
         * values (rt_builtin_value), no table slot */
        if (builtin_value_code(e->builtin) >= 0) return T_OBJ;
        PtrVec *v = &s->p->builtin_values;
        bool seen = false;
        for (int i = 0; i < v->len; i++) seen |= (intptr_t)v->items[i] == (intptr_t)e->builtin;
        if (!seen) ptrvec_push(s->c->arena, v, (void *)(intptr_t)e->builtin);
        return T_OBJ;
    }
    if (builtin_how(e->builtin) == BUILTIN_REFUSED) sema_refused_builtin(s, e);
    else sema_unsupported(s, e->line, e->col, "using a builtin function as a value is");
    return T_NEVER;
}

/* yield [v] / yield from v: the value sent in (an object). A generator's
 * yields are where its body stops and resumes, so they stand where the
 * lowering can resume them: a statement of their own or the value of an
 * assignment, outside loop else bodies. */
static Type sema_yield(Sema *s, Expr *e) {
    if (e->u.yield.value) sema_expr(s, e->u.yield.value);
    if (!s->report) return T_OBJ;
    if (s->fn->is_main) diag_error(s->c, e->line, e->col, "'%s' outside function", diag_keyword(s->c, KW_YIELD));
    else if (s->fn->async_generator && e->kind == E_YIELD_FROM)
        diag_error(s->c, e->line, e->col, "'yield from' inside async function");
    else if (!s->fn->is_generator) sema_unsupported(s, e->line, e->col, "yield inside a lambda is");
    else if (e != s->yield_ok)
        sema_unsupported(s, e->line, e->col, "a yield inside an expression (other than `yield v` and `x = yield v`) is");
    else if (s->no_yield)
        sema_unsupported(s, e->line, e->col, "a yield inside a loop's else block is");
    return T_OBJ;
}

/* await v: a yield from over v's awaitable (rt_await_iter), where the
 * lowering can resume it (see sema_yield); elsewhere in a statement of an
 * async def it was hoisted (sema_await.c) and reads as its variable. */
static Type sema_await(Sema *s, Expr *e) {
    sema_expr(s, e->u.yield.value);
    if (!s->report) return T_OBJ;
    const Function *f = s->fn;
    bool in_coroutine = f->is_coroutine;
    for (const Function *p = f->parent; p && !in_coroutine && !f->def; p = p->parent) in_coroutine = p->is_coroutine;
    if (f->is_main) diag_error(s->c, e->line, e->col, "'%s' outside function", diag_keyword(s->c, KW_AWAIT));
    else if (!in_coroutine || (!f->is_coroutine && !f->is_generator)) /* a lambda's too */
        diag_error(s->c, e->line, e->col, "'%s' outside async function", diag_keyword(s->c, KW_AWAIT));
    else if (!f->is_coroutine)
        sema_unsupported(s, e->line, e->col, "an await in a generator expression (an asynchronous generator) is");
    else if (e != s->yield_ok)
        sema_unsupported(s, e->line, e->col,
                         "an await in a part of an expression that may not run (after `and`/`or`, in a conditional "
                         "expression's branches, a chained comparison's later operands) is");
    else if (s->no_yield) sema_unsupported(s, e->line, e->col, "an await inside a loop's else block is");
    return T_OBJ;
}

static bool compare_is_rich(const Expr *e) {
    const Expr *l = e->u.compare.left;
    for (int i = 0; i < e->u.compare.comparators.len; i++) {
        const Expr *r = e->u.compare.comparators.items[i];
        if (sema_compare_is_rich(e->u.compare.ops[i], l->type, r->type)) return true;
        l = r;
    }
    return false;
}

bool sema_compare_is_rich(CmpOp op, Type x, Type y) {
    if (op > CMP_GE) return false; /* in, not in, is, is not: bools */
    if (x == T_OBJ || y == T_OBJ) return true;
    return op >= CMP_LT && x == y && (x == T_LIST || x == T_TUPLE);
}

Type sema_expr(Sema *s, Expr *e) {
    Type t = T_UNKNOWN;
    if (e->hoisted) return e->type = sema_expr(s, e->hoisted); /* sema_await.c */
    switch (e->kind) {
    case E_INT: /* any size: beyond the small range, a static big int */
        t = T_INT;
        break;
    case E_FLOAT: t = T_FLOAT; break;
    case E_IMAG: t = T_OBJ; break; /* a complex: boxed, its operations dynamic (rt_complex.c) */
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
            sema_expr(s, part->u.formatted.value);
            if (part->u.formatted.spec) sema_expr(s, part->u.formatted.spec);
            part->type = T_STR;
        }
        t = T_STR;
        break;
    case E_NAME:
        t = sema_name(s, e);
        if (e->class_scope && e->kind == E_NAME) t = T_OBJ; /* maybe the class's own: any value */
        break;
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
        t = compare_is_rich(e) ? T_OBJ : T_BOOL;
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
        sema_check_rebind(s, sym, NULL, target->line, target->col);
        if (sym) sema_symbol_assign(s, sym, t, e->line, e->col);
        if (sym) sym->walrus = true;
        break;
    }
    case E_TUPLE:
    case E_LIST:
    case E_SET:
        for (int i = 0; i < e->u.seq.items.len; i++) {
            Expr *item = e->u.seq.items.items[i];
            if (item->kind == E_STARRED) item->type = sema_expr(s, item->u.starred.value); /* its items go in */
            else sema_expr(s, item);
        }
        t = e->kind == E_TUPLE ? T_TUPLE : e->kind == E_LIST ? T_LIST : T_SET;
        break;
    case E_DICT:
        for (int i = 0; i < e->u.dict.keys.len; i++) {
            Expr *k = e->u.dict.keys.items[i];
            Expr *v = e->u.dict.values.items[i];
            if (k) sema_expr(s, k);
            if (!k && (v->kind == E_STARRED || v->kind == E_DOUBLESTARRED)) v->type = sema_expr(s, v->u.starred.value); /* ** mapping */
            else sema_expr(s, v);
        }
        t = T_DICT;
        break;
    case E_LISTCOMP:
    case E_SETCOMP:
    case E_DICTCOMP: t = sema_comprehension(s, e); break;
    case E_GENEXP: t = sema_genexp(s, e); break;
    case E_LAMBDA: t = sema_lambda(s, e); break;
    case E_SUBSCRIPT: t = sema_subscript(s, e); break;
    case E_ATTR: t = sema_attr(s, e); break;
    case E_YIELD:
    case E_YIELD_FROM: t = sema_yield(s, e); break;
    case E_AWAIT: t = sema_await(s, e); break;
    case E_BYTES: /* a static bytes object */
        s->p->uses_bytes = true;
        t = T_OBJ;
        break;
    case E_ELLIPSIS: t = T_OBJ; break; /* the Ellipsis singleton */
    case E_STARRED:
    case E_DOUBLESTARRED: sema_unsupported(s, e->line, e->col, "star expressions are"); t = T_NEVER; break;
    case E_SLICE: { /* an item of a tuple index (m[1:2, 0]), the one place the
                       parser makes a slice outside []: a slice object (g_slice_value) */
        Expr *parts[3] = {e->u.slice.lower, e->u.slice.upper, e->u.slice.step};
        for (int j = 0; j < 3; j++)
            if (parts[j]) sema_expr(s, parts[j]);
        t = T_OBJ;
        break;
    }
    case E_FORMATTED: sema_expr(s, e->u.formatted.value); t = T_STR; break;
    }
    e->type = t;
    return t;
}

