/* Lowering of calls, by the kind sema recorded (CallInfo): a def called by
 * name (arguments bound by sema, or at run time for *x / **y), a builtin
 * (by id), a method or a function value (lower_containers.c,
 * lower_values.c). */
#include <string.h>

#include "lower_internal.h"

#define F (g->f)

static Expr *arg(Expr *e, int i) { return e->u.call.args.items[i]; }
static int nargs(Expr *e) { return e->u.call.args.len; }

static void rt1(Gen *g, const char *fn, Expr *a, Type ta) {
    g_rt(g, fn);
    ir_call(F, fn);
    gx(g, a, ta);
    ir_close(F);
}

/* Evaluate every argument for its effects, then raise: how CPython reports
 * a call whose arguments have the wrong types. */
static void args_then_raise(Gen *g, Expr *e, int kind, const char *msg) {
    for (int i = 0; i < nargs(e); i++) {
        Expr *a = arg(e, i);
        ir_open(F, IR_DROP);
        gx(g, a, a->type == T_NEVER ? T_INT : a->type);
        ir_close(F);
    }
    g_raise(g, kind, msg);
}

static void print_str_const(Gen *g, const char *s) {
    ir_call(F, "rt_print_str");
    ir_i32(F, (int32_t)g_str(g, s, strlen(s)));
    ir_close(F);
}

static void print_str_local(Gen *g, int t) {
    ir_call(F, "rt_print_str");
    ir_get(F, t);
    ir_close(F);
}

/* Whether printing a value of type t may run the program's code (a
 * __str__ or __repr__, an item's). */
static bool prints_with_code(Type t) {
    return t != T_INT && t != T_FLOAT && t != T_BOOL && t != T_STR && t != T_NONE && t != T_NEVER;
}

static bool is_constant(const Expr *a) {
    return a->kind == E_INT || a->kind == E_FLOAT || a->kind == E_STR || a->kind == E_BOOL || a->kind == E_NONE;
}

/* Whether print may read argument a when it writes it rather than in the
 * arguments' order: a constant; a variable that cannot be unbound, when no
 * argument after it has effects (a call may rebind a global or a closure's
 * cell, a walrus any variable: `after_effects`) and no value printed
 * before it runs the program's code (`code_before`). */
static bool read_when_printed(const Expr *a, bool code_before, bool after_effects) {
    if (is_constant(a)) return true;
    return a->kind == E_NAME && a->sym && !a->sym->needs_flag && !a->class_scope && !code_before && !after_effects;
}

/* A temp holding the str of print's sep= (end 0) or end= (1), x: a value
 * of type object is checked when the call runs (None: the default). */
static int print_text(Gen *g, Expr *x, int end) {
    int t = g_temp(g, T_STR);
    ir_set(F, t);
    if (x->type == T_OBJ) {
        g_rt(g, "rt_print_sep_end");
        ir_call(F, "rt_print_sep_end");
        gx(g, x, T_OBJ);
        ir_i32(F, end);
        ir_close(F);
    } else {
        gx(g, x, T_STR);
    }
    ir_close(F);
    return t;
}

/* print(*args, sep=' ', end='\n'): CPython evaluates every argument before
 * writing anything, so arguments with effects go to temporaries first. */
static void gen_print(Gen *g, Expr *e) {
    int n = nargs(e);
    Expr *sep = e->call->sep, *end = e->call->end;
    int *tmp = arena_alloc(g->a, sizeof(int) * (size_t)(n + 2));
    int last_effect = -1, first_code = n;
    for (int i = 0; i < n; i++) {
        if (!is_constant(arg(e, i)) && arg(e, i)->kind != E_NAME) last_effect = i;
        if (first_code == n && prints_with_code(arg(e, i)->type)) first_code = i;
    }
    for (int i = 0; i < n; i++) {
        Expr *a = arg(e, i);
        tmp[i] = -1;
        if (read_when_printed(a, first_code < i, last_effect > i)) continue;
        Type ty = a->type == T_NEVER ? T_NONE : a->type;
        tmp[i] = g_temp(g, ty);
        ir_set(F, tmp[i]);
        gx(g, a, ty);
        ir_close(F);
    }
    int tsep = sep && sep->type != T_NONE ? print_text(g, sep, 0) : -1;
    int tend = end && end->type != T_NONE ? print_text(g, end, 1) : -1;
    g_rt(g, "rt_print_str");
    for (int i = 0; i < n; i++) {
        Expr *a = arg(e, i);
        if (i > 0) {
            if (tsep >= 0) print_str_local(g, tsep);
            else print_str_const(g, " ");
        }
        const char *fn;
        switch (a->type) {
        case T_INT: fn = "rt_print_int"; break;
        case T_FLOAT: fn = "rt_print_float"; break;
        case T_BOOL: fn = "rt_print_bool"; break;
        case T_STR: fn = "rt_print_str"; break;
        case T_OBJ:
        case T_LIST:
        case T_TUPLE:
        case T_DICT:
        case T_SET: fn = "rt_print_obj"; break;
        default: fn = "rt_print_none"; break;
        }
        g_rt(g, fn);
        ir_call(F, fn);
        if (a->type != T_NONE && a->type != T_NEVER) {
            if (tmp[i] >= 0) ir_get(F, tmp[i]);
            else gx(g, a, a->type);
        }
        ir_close(F);
    }
    if (tend >= 0) print_str_local(g, tend);
    else print_str_const(g, "\n");
    for (int i = 0; i < n; i++)
        if (tmp[i] >= 0) g_free_temp(g, tmp[i]);
    if (tsep >= 0) g_free_temp(g, tsep);
    if (tend >= 0) g_free_temp(g, tend);
}

/* The positional arguments of a call with *x in a new list, into temp tp
 * (qualname: how CPython's messages name the callee). */
static void star_positional(Gen *g, Expr *e, int tp, const char *qualname) {
    g_rt(g, "rt_list_new");
    ir_set(F, tp);
    ir_call(F, "rt_list_new");
    ir_i32(F, 0);
    ir_close(F);
    ir_close(F);
    for (int i = 0; i < nargs(e); i++) {
        Expr *a = arg(e, i);
        if (a->kind == E_STARRED) {
            g_rt(g, "rt_call_star");
            ir_call(F, "rt_call_star");
            ir_get(F, tp);
            gx(g, a->u.starred.value, T_OBJ);
            ir_i32(F, (int32_t)g_str(g, qualname, strlen(qualname)));
            ir_close(F);
        } else {
            g_rt(g, "rt_list_append");
            ir_call(F, "rt_list_append");
            ir_get(F, tp);
            gx(g, a, T_OBJ);
            ir_close(F);
        }
    }
}

/* print(*items, sep=..., end=...): the items in a list, then one runtime
 * call prints them. */
static void gen_print_star(Gen *g, Expr *e) {
    int tp = g_temp(g, T_LIST);
    star_positional(g, e, tp, "print");
    Expr *opt[2] = {e->call->sep, e->call->end};
    int t[2] = {-1, -1};
    for (int i = 0; i < 2; i++) {
        if (!opt[i] || opt[i]->type == T_NONE) continue;
        t[i] = g_temp(g, T_STR);
        ir_set(F, t[i]);
        gx(g, opt[i], T_STR);
        ir_close(F);
    }
    g_rt(g, "rt_print_items");
    ir_call(F, "rt_print_items");
    ir_get(F, tp);
    for (int i = 0; i < 2; i++) {
        if (t[i] >= 0) ir_get(F, t[i]);
        else ir_i32(F, 0);
    }
    ir_close(F);
    g_free_temp(g, tp);
    for (int i = 0; i < 2; i++)
        if (t[i] >= 0) g_free_temp(g, t[i]);
}

/* min/max of n values of one type: the first extreme value wins. */
static void gen_minmax(Gen *g, Expr *e, bool is_max) {
    Type ty = e->type;
    int n = nargs(e);
    int best = g_temp(g, ty), cur = g_temp(g, ty);
    ir_block(F, vt(ty), 0, 0);
    ir_set(F, best);
    gx(g, arg(e, 0), ty);
    ir_close(F);
    for (int i = 1; i < n; i++) {
        ir_set(F, cur);
        gx(g, arg(e, i), ty);
        ir_close(F);
        ir_if(F, VT_NONE);
        if (ty == T_OBJ) {
            g_rt(g, "rt_dyn_compare");
            ir_call(F, "rt_dyn_compare");
            ir_get(F, cur);
            ir_get(F, best);
            ir_i32(F, is_max ? RT_CMP_GT : RT_CMP_LT);
            ir_close(F);
        } else if (ty == T_STR) {
            g_rt(g, "rt_str_cmp");
            ir_open(F, is_max ? IR_I32_GT_S : IR_I32_LT_S);
            ir_call(F, "rt_str_cmp");
            ir_get(F, cur);
            ir_get(F, best);
            ir_close(F);
            ir_i32(F, 0);
            ir_close(F);
        } else if (ty == T_INT) {
            g_int_compare(g, is_max ? CMP_GT : CMP_LT, cur, best, 0);
        } else {
            IrOp op = ty == T_FLOAT ? (is_max ? IR_F64_GT : IR_F64_LT) : (is_max ? IR_I64_GT_S : IR_I64_LT_S);
            ir_open(F, op);
            ir_get(F, cur);
            ir_get(F, best);
            ir_close(F);
        }
        ir_open(F, IR_THEN);
        ir_set(F, best);
        ir_get(F, cur);
        ir_close(F);
        ir_close(F);
        ir_close(F); /* if */
    }
    ir_get(F, best);
    ir_close(F);
    g_free_temp(g, best);
    g_free_temp(g, cur);
}

/* The message of the TypeError a builtin raises when sema typed its call
 * T_NEVER (arguments of the wrong types). */
static const char *builtin_type_error(Gen *g, Expr *e, BuiltinId id) {
    int n = nargs(e);
    Type t0 = n > 0 ? arg(e, 0)->type : T_UNKNOWN;
    switch (id) {
    case BI_LEN: return arena_printf(g->a, "object of type '%s' has no len()", type_name(t0));
    case BI_ABS: return arena_printf(g->a, "bad operand type for abs(): '%s'", type_name(t0));
    case BI_INT:
        return arena_printf(g->a, "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                            type_name(t0));
    case BI_FLOAT: return arena_printf(g->a, "float() argument must be a string or a real number, not '%s'", type_name(t0));
    case BI_ROUND:
        if (n == 2 && t0 != T_STR && t0 != T_NONE)
            return arena_printf(g->a, "'%s' object cannot be interpreted as an integer", type_name(arg(e, 1)->type));
        return arena_printf(g->a, "type %s doesn't define __round__ method", type_name(t0));
    case BI_ARGV: return arena_printf(g->a, "'%s' object cannot be interpreted as an integer", type_name(t0));
    default: return arena_printf(g->a, "bad argument to %s()", builtin_name(id));
    }
}

static void gen_round(Gen *g, Expr *e) {
    int n = nargs(e);
    Type t0 = arg(e, 0)->type;
    if (e->type == T_OBJ) { /* types known at run time only */
        g_rt(g, "rt_dyn_round");
        ir_call(F, "rt_dyn_round");
        gx(g, arg(e, 0), T_OBJ);
        if (n == 2) gx(g, arg(e, 1), T_OBJ);
        else ir_i32(F, 0);
        ir_close(F);
        return;
    }
    bool has_n = n == 2 && arg(e, 1)->type != T_NONE;
    if (t0 == T_FLOAT && !has_n) {
        if (n == 2) {
            /* round(x, None): the None is still evaluated */
            ir_block(F, VT_I64, 0, 0);
            ir_open(F, IR_DROP);
            gx(g, arg(e, 1), T_NONE);
            ir_close(F);
            rt1(g, "rt_float_round_int", arg(e, 0), T_FLOAT);
            ir_close(F);
        } else {
            rt1(g, "rt_float_round_int", arg(e, 0), T_FLOAT);
        }
    } else if (t0 == T_FLOAT || has_n) {
        const char *fn = t0 == T_FLOAT ? "rt_float_round" : "rt_int_round";
        g_rt(g, fn);
        ir_call(F, fn);
        gx(g, arg(e, 0), t0 == T_FLOAT ? T_FLOAT : T_INT);
        gx(g, arg(e, 1), T_INT);
        ir_close(F);
    } else {
        gx(g, arg(e, 0), T_INT);
    }
}

static void gen_builtin(Gen *g, Expr *e) {
    BuiltinId id = e->call->builtin;
    if (builtin_how(id) == BUILTIN_EXCEPTION) {
        g_exc_call(g, e);
        return;
    }
    int n = nargs(e);
    Type t0 = n > 0 ? arg(e, 0)->type : T_UNKNOWN;
    if (id == BI_PRINT) {
        ir_block(F, VT_I32, 0, 0);
        if (e->call->has_star) gen_print_star(g, e);
        else gen_print(g, e);
        ir_i32(F, 0);
        ir_close(F);
        return;
    }
    if (e->type == T_NEVER) {
        args_then_raise(g, e, RT_EXC_TYPE, builtin_type_error(g, e, id));
        return;
    }
    if (gcallable_builtin(g, e)) return;
    if (gcontainer_builtin(g, e)) return;
    switch (id) {
    case BI_INPUT:
        g_rt(g, "rt_input");
        ir_call(F, "rt_input");
        if (n) gx(g, arg(e, 0), T_STR);
        else ir_i32(F, 0);
        ir_close(F);
        return;
    case BI_ARGC:
        g_rt(g, "rt_argc");
        ir_call(F, "rt_argc");
        ir_close(F);
        return;
    case BI_ARGV: rt1(g, "rt_argv", arg(e, 0), T_INT); return;
    case BI_INT:
        if (!n) ir_i64(F, 0);
        else if (n == 2) {
            g_rt(g, "rt_int_from_str_base");
            ir_call(F, "rt_int_from_str_base");
            gx(g, arg(e, 0), T_OBJ);
            gx(g, arg(e, 1), T_INT);
            ir_close(F);
        } else if (t0 == T_INT || t0 == T_BOOL) gx(g, arg(e, 0), T_INT);
        else if (t0 == T_FLOAT) rt1(g, "rt_int_from_float", arg(e, 0), T_FLOAT);
        else if (t0 == T_STR) rt1(g, "rt_int_from_str", arg(e, 0), T_STR);
        else rt1(g, "rt_dyn_int", arg(e, 0), T_OBJ);
        return;
    case BI_FLOAT:
        if (!n) ir_f64(F, 0);
        else if (t0 == T_STR) rt1(g, "rt_float_from_str", arg(e, 0), T_STR);
        else if (type_is_object(t0)) rt1(g, "rt_dyn_float", arg(e, 0), T_OBJ);
        else gx(g, arg(e, 0), T_FLOAT);
        return;
    case BI_STR:
    case BI_REPR:
        if (!n) ir_i32(F, (int32_t)g_str(g, "", 0));
        else gstr(g, arg(e, 0), id == BI_REPR);
        return;
    case BI_STATICMETHOD:
    case BI_CLASSMETHOD:
        g_rt(g, "rt_builtin_method_kind");
        ir_call(F, "rt_builtin_method_kind");
        gx(g, arg(e, 0), T_OBJ);
        ir_i32(F, id == BI_STATICMETHOD ? RT_METHOD_STATIC : RT_METHOD_CLASS);
        ir_close(F);
        return;
    case BI_PROPERTY: {
        Operand get = op_expr(arg(e, 0));
        if (e->u.call.args.len > 1 && g_may_poll(g, arg(e, 1))) get = g_spill(g, arg(e, 0), T_OBJ);
        g_rt(g, "rt_builtin_property");
        ir_call(F, "rt_builtin_property");
        gop(g, get, T_OBJ);
        if (e->u.call.args.len > 1) gx(g, arg(e, 1), T_OBJ);
        else ir_i32(F, 0);
        ir_close(F);
        if (!get.expr) g_free_temp(g, get.temp);
        return;
    }
    case BI_TYPE:
    case BI_HASH:
    case BI_CALLABLE: {
        const char *fn = id == BI_TYPE ? "rt_class_of" : id == BI_HASH ? "rt_builtin_hash" : "rt_callable";
        g_rt(g, fn);
        ir_call(F, fn);
        gx(g, arg(e, 0), T_OBJ);
        ir_close(F);
        return;
    }
    case BI_GETATTR:
        if (e->member < 0) { /* getattr(x, "count"): x's method where x is of a type with one, else its attribute */
            Expr *name = arg(e, 1);
            g->builtin_calls |= 1u << RT_BUILTIN_METHOD;
            g_rt(g, "rt_getattr_method");
            ir_call(F, "rt_getattr_method");
            ir_i32(F, RT_BUILTIN_METHOD + (-e->member - 1));
            gx(g, arg(e, 0), T_OBJ);
            gx(g, name, T_STR);
            ir_i32(F, (int32_t)g_bindable_types(name->u.str.data));
            ir_close(F);
            return;
        }
        /* fall through */
    case BI_SETATTR:
    case BI_HASATTR:
    case BI_DELATTR:
    case BI_DIVMOD:
    case BI_ITER:
    case BI_NEXT:
    case BI_AITER:
    case BI_ANEXT:
    case BI_ML_AITER:
    case BI_ML_ANEXT:
    case BI_ML_AGEN_RELEASE:
    case BI_ML_WITH_EXIT:
    case BI_ML_ASYNC_WITH_EXIT:
    case BI_POW: {
        /* the runtime's, on objects: rt_getattr3 (default or NULL) ... */
        const char *fn = id == BI_GETATTR ? "rt_builtin_getattr" : id == BI_SETATTR ? "rt_builtin_setattr"
                       : id == BI_HASATTR ? "rt_builtin_hasattr" : id == BI_DELATTR ? "rt_builtin_delattr"
                       : id == BI_DIVMOD ? "rt_dyn_divmod" : id == BI_ITER ? "rt_builtin_iter"
                       : id == BI_NEXT ? "rt_builtin_next" : id == BI_AITER ? "rt_builtin_aiter"
                       : id == BI_ANEXT ? "rt_builtin_anext" : id == BI_ML_AITER ? "rt_async_for_aiter"
                       : id == BI_ML_ANEXT ? "rt_async_for_anext" : id == BI_ML_WITH_EXIT ? "rt_with_exit"
                       : id == BI_ML_ASYNC_WITH_EXIT ? "rt_async_with_exit"
                       : id == BI_ML_AGEN_RELEASE ? "rt_agen_release" : "rt_builtin_pow";
        int want = id == BI_GETATTR || id == BI_POW ? 3 : id == BI_SETATTR ? 3
                   : id == BI_AITER || id == BI_ML_AITER || id == BI_ML_ANEXT || id == BI_ML_WITH_EXIT ||
                           id == BI_ML_ASYNC_WITH_EXIT || id == BI_ML_AGEN_RELEASE
                       ? 1
                       : 2;
        int *t = arena_alloc(g->a, sizeof(int) * 4);
        ir_block(F, vt(e->type), 0, 0);
        for (int i = 0; i < n; i++) {
            t[i] = g_temp(g, T_OBJ);
            ir_set(F, t[i]);
            gx(g, arg(e, i), T_OBJ);
            ir_close(F);
        }
        g_rt(g, fn);
        if (e->type == T_NONE) ir_block(F, VT_I32, 0, 0);
        ir_call(F, fn);
        for (int i = 0; i < want; i++) {
            if (i < n) ir_get(F, t[i]);
            else ir_i32(F, 0); /* an optional argument left out */
        }
        ir_close(F);
        if (e->type == T_NONE) {
            ir_i32(F, 0);
            ir_close(F);
        }
        ir_close(F);
        for (int i = 0; i < n; i++) g_free_temp(g, t[i]);
        return;
    }
    case BI_OBJECT:
        g_rt(g, "rt_call_object");
        g_rt(g, "rt_tuple_new");
        ir_call(F, "rt_call_object");
        g_type_class(g, BI_OBJECT);
        ir_call(F, "rt_tuple_new");
        ir_i32(F, 0);
        ir_close(F);
        ir_close(F);
        return;
    case BI_ISINSTANCE:
    case BI_ISSUBCLASS: {
        const char *fn = id == BI_ISINSTANCE ? "rt_isinstance" : "rt_issubclass";
        Operand x = op_expr(arg(e, 0));
        if (g_may_poll(g, arg(e, 1))) x = g_spill(g, x.expr, T_OBJ);
        g_rt(g, fn);
        ir_call(F, fn);
        gop(g, x, T_OBJ);
        gx(g, arg(e, 1), T_OBJ);
        ir_close(F);
        if (!x.expr) g_free_temp(g, x.temp);
        return;
    }
    case BI_BOOL:
        if (!n) ir_i32(F, 0);
        else gcond(g, arg(e, 0));
        return;
    case BI_LEN:
        if (t0 != T_STR) rt1(g, "rt_builtin_len", arg(e, 0), T_OBJ);
        else {
            g_peek(g, arg(e, 0), false);
            rt1(g, "rt_str_len", arg(e, 0), T_STR);
            g_peek_end(g);
        }
        return;
    case BI_ABS:
        if (e->type == T_OBJ) {
            rt1(g, "rt_dyn_abs", arg(e, 0), T_OBJ);
        } else if (e->type == T_FLOAT) {
            ir_open(F, IR_F64_ABS);
            gx(g, arg(e, 0), T_FLOAT);
            ir_close(F);
        } else {
            rt1(g, "rt_int_abs", arg(e, 0), T_INT);
        }
        return;
    case BI_ROUND: gen_round(g, e); return;
    case BI_MIN:
    case BI_MAX:
        if (e->call->dflt) { /* max(it, default=d) */
            g_rt(g, "rt_builtin_minmax_default");
            ir_call(F, "rt_builtin_minmax_default");
            gx(g, arg(e, 0), T_OBJ);
            gx(g, e->call->dflt, T_OBJ);
            ir_i32(F, id == BI_MAX);
            ir_close(F);
            return;
        }
        gen_minmax(g, e, id == BI_MAX);
        return;
    default: break;
    }
    diag_error(g->c, e->line, e->col, "internal error: builtin '%s' not lowered", builtin_name(id));
}

/* A def called by name with its arguments bound by sema. Arguments go to
 * temporaries in source order (positional, then keywords as written;
 * defaults are constants), so that the frame can be published to the
 * collector between their evaluation and the call. Extra positional
 * arguments fill the *args tuple, extra keywords the **kwargs dict. */
static void gcall_user(Gen *g, Expr *e, Function *f) {
    CallInfo *ci = e->call;
    Expr **bound = ci->bound;
    int np = f->params.len;
    int *tmp = arena_alloc(g->a, sizeof(int) * (size_t)(np + 1));
    int vararg = -1, varkw = -1;
    for (int i = 0; i < np; i++) {
        tmp[i] = -1;
        ParamKind k = ((Param *)f->def->u.funcdef.params.items[i])->kind;
        if (k == PARAM_VARARGS) vararg = i;
        if (k == PARAM_VARKW) varkw = i;
    }
    ir_block(F, f->ret == T_NONE ? VT_I32 : vt(f->ret), 0, 0);
    if (vararg >= 0) {
        tmp[vararg] = g_temp(g, T_TUPLE);
        g_rt(g, "rt_tuple_new");
        ir_set(F, tmp[vararg]);
        ir_call(F, "rt_tuple_new");
        ir_i32(F, ci->nextra_pos);
        ir_close(F);
        ir_close(F);
    }
    if (varkw >= 0) {
        tmp[varkw] = g_temp(g, T_DICT);
        g_rt(g, "rt_dict_new");
        ir_set(F, tmp[varkw]);
        ir_call(F, "rt_dict_new");
        ir_close(F);
        ir_close(F);
    }
    int nextra = 0;
    for (int a = 0; a < nargs(e); a++) {
        Expr *src = arg(e, a);
        int p = ci->arg_param[a];
        if (p < 0) {
            g_rt(g, "rt_tuple_set");
            ir_call(F, "rt_tuple_set");
            ir_get(F, tmp[vararg]);
            ir_i32(F, nextra++);
            gx(g, src, T_OBJ);
            ir_close(F);
            continue;
        }
        Symbol *ps = f->params.items[p];
        tmp[p] = g_temp(g, ps->type);
        ir_set(F, tmp[p]);
        gx(g, src, ps->type);
        ir_close(F);
    }
    for (int k = 0; k < e->u.call.keywords.len; k++) {
        Keyword *kw = e->u.call.keywords.items[k];
        int p = ci->arg_param[nargs(e) + k];
        if (p < 0) {
            g_rt(g, "rt_dict_setitem");
            ir_call(F, "rt_dict_setitem");
            ir_get(F, tmp[varkw]);
            ir_i32(F, (int32_t)g_str(g, kw->name, strlen(kw->name)));
            gx(g, kw->value, T_OBJ);
            ir_close(F);
            continue;
        }
        Symbol *ps = f->params.items[p];
        tmp[p] = g_temp(g, ps->type);
        ir_set(F, tmp[p]);
        gx(g, kw->value, ps->type);
        ir_close(F);
    }
    /* an int argument needs no slot here: the callee's publishes cover its
     * parameters, and nothing collects before it is entered */
    for (int i = 0; i < np; i++)
        if (tmp[i] >= 0 && F->locals[tmp[i]].type == VT_I64) F->locals[tmp[i]].defined = false;
    if (!g->collect_free[f->index]) g_publish(g);
    ir_call(F, f->wat_name);
    for (int i = 0; i < np; i++) {
        Symbol *ps = f->params.items[i];
        if (tmp[i] >= 0) ir_get(F, tmp[i]);
        else gx(g, bound[i], ps->type); /* a constant default */
    }
    if (g_takes_depth(f)) g_depth_arg(g, F);
    ir_close(F);
    if (f->ret == T_NONE) ir_i32(F, 0);
    ir_close(F);
    for (int i = 0; i < np; i++)
        if (tmp[i] >= 0) g_free_temp(g, tmp[i]);
}

/* The description of f's parameters rt_bind_call reads (rt_call.c). */
static const char *param_spec(Gen *g, Function *f) {
    static const char kinds[] = {[PARAM_POSONLY] = 'P', [PARAM_NORMAL] = 'N', [PARAM_VARARGS] = 'V',
                                 [PARAM_KWONLY] = 'K', [PARAM_VARKW] = 'W'};
    const char *spec = f->name;
    for (int i = 0; i < f->params.len; i++) {
        Param *pa = f->def->u.funcdef.params.items[i];
        spec = arena_printf(g->a, "%s\x1f%c%c%s", spec, kinds[pa->kind], pa->default_value ? '1' : '0', pa->name);
    }
    return spec;
}

/* f(*x, **y) to a def: the arguments collected, bound by the runtime as
 * CPython binds them, then the call (each parameter is an object: sema
 * made them so). */
static void gcall_star(Gen *g, Expr *e, Function *f) {
    const char *qualname = arena_printf(g->a, "__main__.%s", f->name);
    const char *spec = param_spec(g, f);
    int tp = g_temp(g, T_LIST), tk = g_temp(g, T_DICT), tb = g_temp(g, T_TUPLE), ti = g_temp(g, T_OBJ);
    ir_block(F, f->ret == T_NONE ? VT_I32 : vt(f->ret), 0, 0);
    star_positional(g, e, tp, qualname);
    g_rt(g, "rt_dict_new");
    ir_set(F, tk);
    ir_call(F, "rt_dict_new");
    ir_close(F);
    ir_close(F);
    uint32_t q = g_str(g, qualname, strlen(qualname));
    for (int k = 0; k < e->u.call.keywords.len; k++) {
        Keyword *kw = e->u.call.keywords.items[k];
        const char *fn = kw->name ? "rt_call_keyword" : "rt_call_kwargs";
        g_rt(g, fn);
        ir_call(F, fn);
        ir_get(F, tk);
        if (kw->name) ir_i32(F, (int32_t)g_str(g, kw->name, strlen(kw->name)));
        gx(g, kw->value, T_OBJ);
        ir_i32(F, (int32_t)q);
        ir_close(F);
    }
    g_rt(g, "rt_bind_call");
    ir_set(F, tb);
    ir_call(F, "rt_bind_call");
    ir_i32(F, (int32_t)g_str(g, spec, strlen(spec)));
    ir_get(F, tp);
    ir_get(F, tk);
    ir_close(F);
    ir_close(F);
    g_publish(g);
    ir_call(F, f->wat_name);
    for (int i = 0; i < f->params.len; i++) {
        /* item i of the bound tuple; NULL: the parameter's default */
        ir_if(F, VT_I32);
        ir_open(F, IR_I32_EQZ);
        ir_tee(F, ti);
        ir_load(F, IR_I32_LOAD, 16u + 4u * (uint32_t)i);
        ir_get(F, tb);
        ir_close(F);
        ir_close(F);
        ir_close(F);
        ir_open(F, IR_THEN);
        Expr *d = f->defaults.items[i];
        if (d) gx(g, d, T_OBJ);
        else ir_leaf(F, IR_UNREACHABLE); /* the binder raised */
        ir_close(F);
        ir_open(F, IR_ELSE);
        ir_get(F, ti);
        ir_close(F);
        ir_close(F);
    }
    if (g_takes_depth(f)) g_depth_arg(g, F);
    ir_close(F);
    if (f->ret == T_NONE) ir_i32(F, 0);
    ir_close(F);
    g_free_temp(g, tp);
    g_free_temp(g, tk);
    g_free_temp(g, tb);
    g_free_temp(g, ti);
}

void gcall(Gen *g, Expr *e, Type want) {
    CallInfo *ci = e->call;
    switch (ci->kind) {
    case CALL_METHOD: gmethod_call(g, e); return;
    case CALL_ATTR: gcall_attr(g, e); return;
    case CALL_SUPER: gcall_super(g, e); return;
    case CALL_VALUE: gcall_value(g, e); return;
    case CALL_BUILTIN: gen_builtin(g, e); return;
    case CALL_MODULE: g_table_call(g, ci->sig, NULL, e); return;
    case CALL_NAME_ERROR: {
        /* CPython looks the callee up first: no argument is evaluated */
        SiteRef here;
        const void *outer = g_expr_site_enter(g, e->u.call.func, &here);
        g_raisef(g, RT_EXC_NAME, "name '%s' is not defined", e->u.call.func->u.name.name);
        F->site_key = outer;
        return;
    }
    case CALL_USER:
    case CALL_USER_STAR:
    case CALL_BAD_ARGS: break;
    default: diag_error(g->c, e->line, e->col, "internal error: call not classified"); return;
    }
    Function *f = ci->callee;
    bool late = f->late && !ci->def_ran;
    if (late) {
        /* The def runs after module code: calling it earlier is a NameError
         * (raised before the arguments are evaluated, as in CPython). */
        Type rt = e->type == T_NEVER ? want : (Type)e->type;
        ir_block(F, vt(rt), 0, 0);
        g_late_def_test(g, f, e->u.call.func);
    }
    if (ci->kind == CALL_BAD_ARGS) args_then_raise(g, e, RT_EXC_TYPE, ci->error);
    else if (ci->kind == CALL_USER_STAR) gcall_star(g, e, f);
    else gcall_user(g, e, f);
    if (late) ir_close(F);
}
