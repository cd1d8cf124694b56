/* Lowering of calls: user functions and the builtins. */
#include "wat_internal.h"

#include <string.h>

static Expr *arg(Expr *e, int i) { return e->u.call.args.items[i]; }
static int nargs(Expr *e) { return e->u.call.args.len; }

static void rt1(Gen *g, const char *fn, Expr *a, Type ta) {
    g_rt(g, fn);
    buf_printf(g->out, "(call $%s ", fn);
    gx(g, a, ta);
    buf_puts(g->out, ")");
}

/* Evaluate every argument for its effects, then raise: how CPython reports
 * a call whose arguments have the wrong types. */
static void args_then_raise(Gen *g, Expr *e, int kind, const char *msg) {
    for (int i = 0; i < nargs(e); i++) {
        Expr *a = arg(e, i);
        buf_puts(g->out, "(drop ");
        gx(g, a, a->type == T_NEVER ? T_INT : a->type);
        buf_puts(g->out, ") ");
    }
    g_raise(g, kind, msg);
}

static void gen_print_star(Gen *g, Expr *e);

/* print(*args, sep=' ', end='\n'): CPython evaluates every argument before
 * writing anything, so arguments with effects go to temporaries first. */
static void gen_print(Gen *g, Expr *e) {
    int n = nargs(e);
    Expr *sep = e->call->sep, *end = e->call->end;
    int *tmp = arena_alloc(g->a, sizeof(int) * (size_t)(n + 2));
    for (int i = 0; i < n; i++) {
        Expr *a = arg(e, i);
        tmp[i] = -1;
        if (a->kind == E_INT || a->kind == E_FLOAT || a->kind == E_STR || a->kind == E_BOOL ||
            a->kind == E_NONE || (a->kind == E_NAME && a->sym))
            continue;
        Type ty = a->type == T_NEVER ? T_NONE : a->type;
        tmp[i] = g_temp(g, ty);
        buf_printf(g->out, "(local.set $t%d ", tmp[i]);
        gx(g, a, ty);
        buf_puts(g->out, ")\n");
    }
    int tsep = -1, tend = -1;
    if (sep && sep->type != T_NONE) {
        tsep = g_temp(g, T_STR);
        buf_printf(g->out, "(local.set $t%d ", tsep);
        gx(g, sep, T_STR);
        buf_puts(g->out, ")\n");
    }
    if (end && end->type != T_NONE) {
        tend = g_temp(g, T_STR);
        buf_printf(g->out, "(local.set $t%d ", tend);
        gx(g, end, T_STR);
        buf_puts(g->out, ")\n");
    }
    g_rt(g, "rt_print_str");
    for (int i = 0; i < n; i++) {
        Expr *a = arg(e, i);
        if (i > 0) {
            if (tsep >= 0) buf_printf(g->out, "(call $rt_print_str (local.get $t%d))\n", tsep);
            else buf_printf(g->out, "(call $rt_print_str (i32.const %u))\n", g_str(g, " ", 1));
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
        if (a->type == T_NONE || a->type == T_NEVER) {
            buf_printf(g->out, "(call $%s)\n", fn);
            continue;
        }
        buf_printf(g->out, "(call $%s ", fn);
        if (tmp[i] >= 0) buf_printf(g->out, "(local.get $t%d)", tmp[i]);
        else gx(g, a, a->type);
        buf_puts(g->out, ")\n");
    }
    if (tend >= 0) buf_printf(g->out, "(call $rt_print_str (local.get $t%d))", tend);
    else buf_printf(g->out, "(call $rt_print_str (i32.const %u))", g_str(g, "\n", 1));
    for (int i = 0; i < n; i++)
        if (tmp[i] >= 0) g_free_temp(g, tmp[i]);
    if (tsep >= 0) g_free_temp(g, tsep);
    if (tend >= 0) g_free_temp(g, tend);
}

/* min/max of n values of one type: the first extreme value wins. */
static void gen_minmax(Gen *g, Expr *e, bool is_max) {
    Type ty = e->type;
    int n = nargs(e);
    int best = g_temp(g, ty), cur = g_temp(g, ty);
    buf_printf(g->out, "(block (result %s) (local.set $t%d ", type_wasm(ty), best);
    gx(g, arg(e, 0), ty);
    buf_puts(g->out, ")");
    for (int i = 1; i < n; i++) {
        buf_printf(g->out, " (local.set $t%d ", cur);
        gx(g, arg(e, i), ty);
        buf_printf(g->out, ") (if ");
        if (ty == T_OBJ) {
            g_rt(g, "rt_dyn_compare");
            buf_printf(g->out, "(call $rt_dyn_compare (local.get $t%d) (local.get $t%d) (i32.const %d))", cur, best,
                       is_max ? RT_CMP_GT : RT_CMP_LT);
        } else if (ty == T_STR) {
            g_rt(g, "rt_str_cmp");
            buf_printf(g->out, "(i32.%s (call $rt_str_cmp (local.get $t%d) (local.get $t%d)) (i32.const 0))",
                       is_max ? "gt_s" : "lt_s", cur, best);
        } else if (ty == T_FLOAT) {
            buf_printf(g->out, "(f64.%s (local.get $t%d) (local.get $t%d))", is_max ? "gt" : "lt", cur, best);
        } else {
            buf_printf(g->out, "(i64.%s (local.get $t%d) (local.get $t%d))", is_max ? "gt_s" : "lt_s", cur, best);
        }
        buf_printf(g->out, " (then (local.set $t%d (local.get $t%d))))", best, cur);
    }
    buf_printf(g->out, " (local.get $t%d))", best);
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

static void gen_builtin(Gen *g, Expr *e) {
    BuiltinId id = e->call->builtin;
    int n = nargs(e);
    Type t0 = n > 0 ? arg(e, 0)->type : T_UNKNOWN;
    if (id == BI_PRINT) {
        buf_puts(g->out, "(block (result i32) ");
        if (e->call->has_star) gen_print_star(g, e);
        else gen_print(g, e);
        buf_puts(g->out, " (i32.const 0))");
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
        buf_puts(g->out, "(call $rt_input ");
        if (n) gx(g, arg(e, 0), T_STR);
        else buf_puts(g->out, "(i32.const 0)");
        buf_puts(g->out, ")");
        return;
    case BI_ARGC:
        g_rt(g, "rt_argc");
        buf_puts(g->out, "(call $rt_argc)");
        return;
    case BI_ARGV: rt1(g, "rt_argv", arg(e, 0), T_INT); return;
    case BI_INT:
        if (!n) buf_puts(g->out, "(i64.const 0)");
        else if (t0 == T_INT || t0 == T_BOOL) gx(g, arg(e, 0), T_INT);
        else if (t0 == T_FLOAT) rt1(g, "rt_int_from_float", arg(e, 0), T_FLOAT);
        else rt1(g, "rt_int_from_str", arg(e, 0), T_STR);
        return;
    case BI_FLOAT:
        if (!n) buf_puts(g->out, "(f64.const 0)");
        else if (t0 == T_STR) rt1(g, "rt_float_from_str", arg(e, 0), T_STR);
        else gx(g, arg(e, 0), T_FLOAT);
        return;
    case BI_STR:
    case BI_REPR:
        if (!n) buf_printf(g->out, "(i32.const %u)", g_str(g, "", 0));
        else gstr(g, arg(e, 0), id == BI_REPR);
        return;
    case BI_BOOL:
        if (!n) buf_puts(g->out, "(i32.const 0)");
        else gcond(g, arg(e, 0));
        return;
    case BI_LEN:
        if (t0 != T_STR) rt1(g, "rt_dyn_len", arg(e, 0), T_OBJ);
        else rt1(g, "rt_str_len", arg(e, 0), T_STR);
        return;
    case BI_ABS:
        if (e->type == T_OBJ) {
            rt1(g, "rt_dyn_abs", arg(e, 0), T_OBJ);
        } else if (e->type == T_FLOAT) {
            buf_puts(g->out, "(f64.abs ");
            gx(g, arg(e, 0), T_FLOAT);
            buf_puts(g->out, ")");
        } else {
            rt1(g, "rt_int_abs", arg(e, 0), T_INT);
        }
        return;
    case BI_ROUND: {
        bool has_n = n == 2 && arg(e, 1)->type != T_NONE;
        if (t0 == T_FLOAT && !has_n) {
            if (n == 2) {
                buf_puts(g->out, "(block (result i64) (drop ");
                gx(g, arg(e, 1), T_NONE);
                buf_puts(g->out, ") ");
                rt1(g, "rt_float_round_int", arg(e, 0), T_FLOAT);
                buf_puts(g->out, ")");
            } else {
                rt1(g, "rt_float_round_int", arg(e, 0), T_FLOAT);
            }
        } else if (t0 == T_FLOAT) {
            g_rt(g, "rt_float_round");
            buf_puts(g->out, "(call $rt_float_round ");
            gx(g, arg(e, 0), T_FLOAT);
            buf_putc(g->out, ' ');
            gx(g, arg(e, 1), T_INT);
            buf_puts(g->out, ")");
        } else if (has_n) {
            g_rt(g, "rt_int_round");
            buf_puts(g->out, "(call $rt_int_round ");
            gx(g, arg(e, 0), T_INT);
            buf_putc(g->out, ' ');
            gx(g, arg(e, 1), T_INT);
            buf_puts(g->out, ")");
        } else {
            gx(g, arg(e, 0), T_INT);
        }
        return;
    }
    case BI_MIN:
    case BI_MAX: gen_minmax(g, e, id == BI_MAX); return;
    default: break;
    }
    diag_error(g->c, e->line, e->col, "internal error: builtin '%s' not lowered", builtin_name(id));
}

static void gcall_user(Gen *g, Expr *e, Function *f, Type want);

static void gcall_star(Gen *g, Expr *e, Function *f);

void gcall(Gen *g, Expr *e, Type want) {
    CallInfo *ci = e->call;
    switch (ci->kind) {
    case CALL_METHOD: gmethod_call(g, e); return;
    case CALL_VALUE: gcall_value(g, e); return;
    case CALL_BUILTIN: gen_builtin(g, e); return;
    case CALL_NAME_ERROR:
        /* CPython looks the callee up first: no argument is evaluated */
        g_raisef(g, RT_EXC_NAME, "name '%s' is not defined", e->u.call.func->u.name.name);
        return;
    case CALL_USER:
    case CALL_USER_STAR:
    case CALL_BAD_ARGS: break;
    default:
        diag_error(g->c, e->line, e->col, "internal error: call not classified");
        return;
    }
    Function *f = ci->callee;
    if (f->late) {
        /* The def runs after module code: calling it earlier is a NameError
         * (raised before the arguments are evaluated, as in CPython). */
        Type rt = e->type == T_NEVER ? want : (Type)e->type;
        buf_printf(g->out, "(block (result %s) (if (i32.eqz (global.get $defined_%s)) (then ", type_wasm(rt),
                   f->wat_name);
        g_raisef(g, RT_EXC_NAME, "name '%s' is not defined", f->name);
        buf_puts(g->out, ")) ");
    }
    if (ci->kind == CALL_BAD_ARGS) args_then_raise(g, e, RT_EXC_TYPE, ci->error);
    else if (ci->kind == CALL_USER_STAR) gcall_star(g, e, f);
    else gcall_user(g, e, f, want);
    if (f->late) buf_puts(g->out, ")");
}

static void gcall_user(Gen *g, Expr *e, Function *f, Type want) {
    (void)want;
    CallInfo *ci = e->call;
    Expr **bound = ci->bound;
    /* Arguments go to temporaries in source order (positional, then
     * keywords as written; defaults are constants), so that the frame can
     * be published to the collector between their evaluation and the
     * call. Extra positional arguments fill the *args tuple, extra
     * keywords the **kwargs dict. */
    int np = f->params.len;
    int *tmp = arena_alloc(g->a, sizeof(int) * (size_t)(np + 1));
    int vararg = -1, varkw = -1;
    for (int i = 0; i < np; i++) {
        tmp[i] = -1;
        ParamKind k = ((Param *)f->def->u.funcdef.params.items[i])->kind;
        if (k == PARAM_VARARGS) vararg = i;
        if (k == PARAM_VARKW) varkw = i;
    }
    buf_printf(g->out, "(block (result %s) ", f->ret == T_NONE ? "i32" : type_wasm(f->ret));
    if (vararg >= 0) {
        tmp[vararg] = g_temp(g, T_TUPLE);
        g_rt(g, "rt_tuple_new");
        buf_printf(g->out, "(local.set $t%d (call $rt_tuple_new (i32.const %d))) ", tmp[vararg], ci->nextra_pos);
    }
    if (varkw >= 0) {
        tmp[varkw] = g_temp(g, T_DICT);
        g_rt(g, "rt_dict_new");
        buf_printf(g->out, "(local.set $t%d (call $rt_dict_new)) ", tmp[varkw]);
    }
    int nextra = 0;
    for (int a = 0; a < nargs(e); a++) {
        Expr *src = arg(e, a);
        int p = ci->arg_param[a];
        if (p < 0) {
            g_rt(g, "rt_tuple_set");
            buf_printf(g->out, "(call $rt_tuple_set (local.get $t%d) (i32.const %d) ", tmp[vararg], nextra++);
            gx(g, src, T_OBJ);
            buf_puts(g->out, ") ");
            continue;
        }
        Symbol *ps = f->params.items[p];
        tmp[p] = g_temp(g, ps->type);
        buf_printf(g->out, "(local.set $t%d ", tmp[p]);
        gx(g, src, ps->type);
        buf_puts(g->out, ") ");
    }
    for (int k = 0; k < e->u.call.keywords.len; k++) {
        Keyword *kw = e->u.call.keywords.items[k];
        int p = ci->arg_param[nargs(e) + k];
        if (p < 0) {
            g_rt(g, "rt_dict_setitem");
            buf_printf(g->out, "(call $rt_dict_setitem (local.get $t%d) (i32.const %u) ", tmp[varkw],
                       g_str(g, kw->name, strlen(kw->name)));
            gx(g, kw->value, T_OBJ);
            buf_puts(g->out, ") ");
            continue;
        }
        Symbol *ps = f->params.items[p];
        tmp[p] = g_temp(g, ps->type);
        buf_printf(g->out, "(local.set $t%d ", tmp[p]);
        gx(g, kw->value, ps->type);
        buf_puts(g->out, ") ");
    }
    buf_printf(g->out, G_PUBLISH "(call $%s", f->wat_name);
    for (int i = 0; i < np; i++) {
        Symbol *ps = f->params.items[i];
        buf_putc(g->out, ' ');
        if (tmp[i] >= 0) buf_printf(g->out, "(local.get $t%d)", tmp[i]);
        else gx(g, bound[i], ps->type); /* a constant default */
    }
    buf_puts(g->out, ")");
    if (f->ret == T_NONE) buf_puts(g->out, " (i32.const 0)");
    buf_puts(g->out, ")");
    for (int i = 0; i < np; i++)
        if (tmp[i] >= 0) g_free_temp(g, tmp[i]);
}

/* The positional arguments of a call with *x in a new list, into temp tp
 * (qualname: how CPython's messages name the callee). */
static void star_positional(Gen *g, Expr *e, int tp, const char *qualname) {
    g_rt(g, "rt_list_new");
    buf_printf(g->out, "(local.set $t%d (call $rt_list_new (i32.const 0))) ", tp);
    for (int i = 0; i < nargs(e); i++) {
        Expr *a = arg(e, i);
        if (a->kind == E_STARRED) {
            g_rt(g, "rt_call_star");
            buf_printf(g->out, "(call $rt_call_star (local.get $t%d) ", tp);
            gx(g, a->u.starred.value, T_OBJ);
            buf_printf(g->out, " (i32.const %u)) ", g_str(g, qualname, strlen(qualname)));
        } else {
            g_rt(g, "rt_list_append");
            buf_printf(g->out, "(call $rt_list_append (local.get $t%d) ", tp);
            gx(g, a, T_OBJ);
            buf_puts(g->out, ") ");
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
        buf_printf(g->out, "(local.set $t%d ", t[i]);
        gx(g, opt[i], T_STR);
        buf_puts(g->out, ") ");
    }
    g_rt(g, "rt_print_items");
    buf_printf(g->out, "(call $rt_print_items (local.get $t%d)", tp);
    for (int i = 0; i < 2; i++) {
        if (t[i] >= 0) buf_printf(g->out, " (local.get $t%d)", t[i]);
        else buf_puts(g->out, " (i32.const 0)");
    }
    buf_puts(g->out, ")");
    g_free_temp(g, tp);
    for (int i = 0; i < 2; i++)
        if (t[i] >= 0) g_free_temp(g, t[i]);
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
    buf_printf(g->out, "(block (result %s) ", f->ret == T_NONE ? "i32" : type_wasm(f->ret));
    star_positional(g, e, tp, qualname);
    g_rt(g, "rt_dict_new");
    buf_printf(g->out, "(local.set $t%d (call $rt_dict_new)) ", tk);
    uint32_t q = g_str(g, qualname, strlen(qualname));
    for (int k = 0; k < e->u.call.keywords.len; k++) {
        Keyword *kw = e->u.call.keywords.items[k];
        if (kw->name) {
            g_rt(g, "rt_call_keyword");
            buf_printf(g->out, "(call $rt_call_keyword (local.get $t%d) (i32.const %u) ", tk,
                       g_str(g, kw->name, strlen(kw->name)));
        } else {
            g_rt(g, "rt_call_kwargs");
            buf_printf(g->out, "(call $rt_call_kwargs (local.get $t%d) ", tk);
        }
        gx(g, kw->value, T_OBJ);
        buf_printf(g->out, " (i32.const %u)) ", q);
    }
    g_rt(g, "rt_bind_call");
    buf_printf(g->out, "(local.set $t%d (call $rt_bind_call (i32.const %u) (local.get $t%d) (local.get $t%d))) ", tb,
               g_str(g, spec, strlen(spec)), tp, tk);
    buf_printf(g->out, G_PUBLISH "(call $%s", f->wat_name);
    for (int i = 0; i < f->params.len; i++) {
        /* item i of the bound tuple; NULL: the parameter's default */
        buf_printf(g->out, " (if (result i32) (i32.eqz (local.tee $t%d (i32.load offset=%d (local.get $t%d)))) (then ", ti,
                   16 + 4 * i, tb);
        Expr *d = f->defaults.items[i];
        if (d) gx(g, d, T_OBJ);
        else buf_puts(g->out, "(unreachable)"); /* the binder raised */
        buf_printf(g->out, ") (else (local.get $t%d)))", ti);
    }
    buf_puts(g->out, ")");
    if (f->ret == T_NONE) buf_puts(g->out, " (i32.const 0)");
    buf_puts(g->out, ")");
    g_free_temp(g, tp);
    g_free_temp(g, tk);
    g_free_temp(g, tb);
    g_free_temp(g, ti);
}
