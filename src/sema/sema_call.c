/* Calls: what each call is, decided once (CallInfo, sema.h), and the type
 * of its result. The back ends read the record and never classify a call
 * again: user function, function value, builtin (by id), method (by its
 * row in methods.c), counting loop over range(), or an error known now and
 * raised at run time. */
#include <string.h>

#include "../runtime/rt_encodings.h"
#include "../runtime/rt_special_names.h"
#include "../runtime/rt_type_attr_names.h"
#include "sema_internal.h"

static CallInfo *call_info(Sema *s, Expr *e) {
    if (!e->call) e->call = arena_alloc(s->nodes, sizeof *e->call);
    return e->call;
}

void sema_refused_builtin(Sema *s, const Expr *name) {
    if (s->report)
        diag_error(s->c, name->line, name->col, "the builtin '%s' is not supported yet", builtin_name(name->builtin));
}

/* The builtin a call's callee names (a name that is neither a variable nor
 * a def), or BI_NONE. Also records the resolution on the name. */
static BuiltinId callee_builtin(Sema *s, Expr *call) {
    Expr *fn = call->u.call.func;
    if (fn->kind != E_NAME) return BI_NONE;
    if (sema_resolve(s, fn->u.name.name) || sema_function_named(s->unit, fn->u.name.name)) return BI_NONE;
    fn->builtin = builtin_lookup(fn->u.name.name);
    return fn->builtin;
}

static bool has_star_args(const Expr *e) {
    for (int i = 0; i < e->u.call.args.len; i++)
        if (((const Expr *)e->u.call.args.items[i])->kind == E_STARRED) return true;
    for (int k = 0; k < e->u.call.keywords.len; k++)
        if (!((const Keyword *)e->u.call.keywords.items[k])->name) return true;
    return false;
}

/* Type every argument (positional and keyword); the types of positional
 * ones in at[] (up to 8). Returns false when one is still unknown. */
static bool type_args(Sema *s, Expr *e, Type at[8]) {
    bool known = true;
    for (int i = 0; i < e->u.call.args.len; i++) {
        Expr *arg = e->u.call.args.items[i];
        Type t = arg->kind == E_STARRED ? sema_expr(s, arg->u.starred.value) : sema_expr(s, arg);
        if (arg->kind == E_STARRED) arg->type = t;
        if (i < 8) at[i] = t;
        if (t == T_UNKNOWN) known = false;
    }
    for (int k = 0; k < e->u.call.keywords.len; k++) sema_expr(s, ((Keyword *)e->u.call.keywords.items[k])->value);
    return known;
}

static bool refuse_star_args(Sema *s, Expr *e) {
    for (int i = 0; i < e->u.call.args.len; i++) {
        Expr *arg = e->u.call.args.items[i];
        if (arg->kind == E_STARRED) {
            sema_unsupported(s, arg->line, arg->col, "star arguments are");
            return true;
        }
    }
    for (int k = 0; k < e->u.call.keywords.len; k++) {
        Keyword *kw = e->u.call.keywords.items[k];
        if (!kw->name) {
            sema_unsupported(s, kw->line, kw->col, "** arguments are");
            return true;
        }
    }
    return false;
}

bool sema_keywords_positional(Sema *s, Expr *e, const char *const *names, int nnames, int first) {
    int nkw = e->u.call.keywords.len, npos = e->u.call.args.len, k = 0;
    if (!nkw) return true;
    if (npos < first || nkw > 8) return false;
    Keyword *order[8];
    for (int p = npos - first; p < nnames && k < nkw; p++) {
        Keyword *found = NULL;
        for (int j = 0; j < nkw; j++) {
            Keyword *kw = e->u.call.keywords.items[j];
            if (kw->name && !strcmp(kw->name, names[p])) found = kw;
        }
        if (!found) break;
        order[k++] = found;
    }
    if (k != nkw) return false;
    for (int i = 0; i < k; i++) ptrvec_push(s->c->arena, &e->u.call.args, order[i]->value);
    e->u.call.keywords.len = 0;
    return true;
}

void sema_codec_literals(Sema *s, Expr *e, int at) {
    for (int i = at; i < at + 2 && i < e->u.call.args.len; i++) {
        Expr *a = e->u.call.args.items[i];
        if (a->kind != E_STR || memchr(a->u.str.data, 0, a->u.str.len)) continue;
        bool known = i == at ? rt_encoding_kind(a->u.str.data, (uint32_t)a->u.str.len) != RT_ENC_UNKNOWN
                             : rt_errors_kind(a->u.str.data) != RT_ERRORS_UNKNOWN;
        if (!known)
            sema_unsupported(s, a->line, a->col,
                             arena_printf(s->c->arena, "the %s '%s' is", i == at ? "encoding" : "error handler",
                                          a->u.str.data));
    }
}

/* A def of that name directly in a class body (any class, at any depth). */
static bool defines_method(const PtrVec *body, const char *name, bool in_class) {
    for (int i = 0; i < body->len; i++) {
        const Stmt *st = body->items[i];
        bool found = false;
        switch (st->kind) {
        case S_FUNCDEF:
            found = (in_class && !strcmp(st->u.funcdef.name, name)) || defines_method(&st->u.funcdef.body, name, false);
            break;
        case S_CLASSDEF: found = defines_method(&st->u.classdef.body, name, true); break;
        case S_IF: found = defines_method(&st->u.if_.body, name, in_class) || defines_method(&st->u.if_.orelse, name, in_class); break;
        case S_WHILE:
            found = defines_method(&st->u.while_.body, name, in_class) || defines_method(&st->u.while_.orelse, name, in_class);
            break;
        case S_FOR: found = defines_method(&st->u.for_.body, name, in_class) || defines_method(&st->u.for_.orelse, name, in_class); break;
        case S_WITH: found = defines_method(&st->u.with.body, name, in_class); break;
        case S_TRY:
            found = defines_method(&st->u.try_.body, name, in_class) || defines_method(&st->u.try_.orelse, name, in_class) ||
                    defines_method(&st->u.try_.finalbody, name, in_class);
            for (int h = 0; h < st->u.try_.handlers.len && !found; h++)
                found = defines_method(&((const ExceptHandler *)st->u.try_.handlers.items[h])->body, name, in_class);
            break;
        case S_MATCH:
            for (int c = 0; c < st->u.match.cases.len && !found; c++)
                found = defines_method(&((const MatchCase *)st->u.match.cases.items[c])->body, name, in_class);
            break;
        default: break;
        }
        if (found) return true;
    }
    return false;
}

bool sema_class_method_named(Sema *s, const char *name) {
    int *seen = !strcmp(name, "encode") ? &s->class_encode : !strcmp(name, "decode") ? &s->class_decode : NULL;
    if (seen && *seen) return *seen == 2;
    bool found = false;
    for (int u = 0; u < s->p->units.len && !found; u++)
        found = defines_method(&((Unit *)s->p->units.items[u])->ast->body, name, false);
    if (seen) *seen = found ? 2 : 1;
    return found;
}

/* The codec keywords of bytes(), bytearray(), str(), encode() and decode()
 * as positional arguments (the rows take them so). True when some cannot
 * be (errors= without the encoding): reported. Other keywords stay. */
bool sema_codec_keywords(Sema *s, Expr *e, int first, const char *callee) {
    static const char *const names[] = {"encoding", "errors"};
    if (sema_keywords_positional(s, e, names, 2, first)) return false;
    for (int k = 0; k < e->u.call.keywords.len; k++) {
        Keyword *kw = e->u.call.keywords.items[k];
        if (kw->name && (!strcmp(kw->name, "encoding") || !strcmp(kw->name, "errors"))) {
            sema_unsupported(s, kw->line, kw->col,
                             arena_printf(s->c->arena, "%s() with these keyword arguments is", callee));
            return true;
        }
    }
    return false;
}

/* ---- binding the arguments of a call to a def ---------------------------- */

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

/* Bind the (star-free) arguments of call to f's parameters, as CPython
 * does (ceval.c's initialize_locals: positional ones, then keywords, then
 * the count checks, in that order, which decides the message): fills
 * ci->bound and ci->arg_param; returns NULL, or CPython's TypeError
 * message. rt_bind_call (src/runtime/rt_call.c) is the same at run time. */
static const char *bind_args(Arena *a, const Function *f, const Expr *call, CallInfo *ci) {
    int np = f->params.len;
    int npos = call->u.call.args.len, nkw = call->u.call.keywords.len;
    Expr **out = ci->bound = arena_alloc(a, sizeof(Expr *) * (size_t)(np + 1));
    ci->arg_param = arena_alloc(a, sizeof(int) * (size_t)(npos + nkw + 1));
    int nposparams = 0, nrequired = 0, vararg = -1, varkw = -1;
    for (int i = 0; i < np; i++) {
        ParamKind k = param_kind(f, i);
        if (k == PARAM_POSONLY || k == PARAM_NORMAL) {
            nposparams++;
            if (!f->defaults.items[i]) nrequired++;
        }
        if (k == PARAM_VARARGS) vararg = i;
        if (k == PARAM_VARKW) varkw = i;
    }
    for (int i = 0, p = 0; i < npos; i++) {
        while (p < np && param_kind(f, p) != PARAM_POSONLY && param_kind(f, p) != PARAM_NORMAL) p++;
        if (p < np && i < nposparams) {
            ci->arg_param[i] = p;
            out[p++] = call->u.call.args.items[i];
        } else {
            ci->arg_param[i] = -1; /* collected by *args, or too many */
            ci->nextra_pos++;
        }
    }
    for (int k = 0; k < nkw; k++) {
        Keyword *kw = call->u.call.keywords.items[k];
        int idx = -1, posonly = -1;
        for (int i = 0; i < np; i++) {
            ParamKind pk = param_kind(f, i);
            if (strcmp(((Symbol *)f->params.items[i])->name, kw->name)) continue;
            if (pk == PARAM_NORMAL || pk == PARAM_KWONLY) idx = i;
            if (pk == PARAM_POSONLY) posonly = i;
        }
        if (idx < 0) {
            if (varkw < 0 && posonly >= 0) { /* every one so passed, as CPython lists them */
                const char *names = "";
                for (int j = 0; j < nkw; j++) {
                    const char *kn = ((Keyword *)call->u.call.keywords.items[j])->name;
                    for (int i = 0; kn && i < np; i++)
                        if (param_kind(f, i) == PARAM_POSONLY && !strcmp(((Symbol *)f->params.items[i])->name, kn))
                            names = arena_printf(a, "%s%s%s", names, *names ? ", " : "", kn);
                }
                return arena_printf(a, "%s() got some positional-only arguments passed as keyword arguments: '%s'",
                                    f->name, names);
            }
            if (varkw < 0) return arena_printf(a, "%s() got an unexpected keyword argument '%s'", f->name, kw->name);
            for (int j = 0; j < k; j++) {
                Keyword *prev = call->u.call.keywords.items[j];
                if (ci->arg_param[npos + j] < 0 && !strcmp(prev->name, kw->name))
                    return arena_printf(a, "%s() got multiple values for keyword argument '%s'", f->name, kw->name);
            }
            ci->arg_param[npos + k] = -1; /* collected by **kwargs */
            continue;
        }
        if (out[idx]) return arena_printf(a, "%s() got multiple values for argument '%s'", f->name, kw->name);
        out[idx] = kw->value;
        ci->arg_param[npos + k] = idx;
    }
    if (npos > nposparams && vararg < 0) {
        if (nrequired < nposparams)
            return arena_printf(a, "%s() takes from %d to %d positional arguments but %d %s given", f->name,
                                nrequired, nposparams, npos, npos == 1 ? "was" : "were");
        return arena_printf(a, "%s() takes %d positional argument%s but %d %s given", f->name, nposparams,
                            nposparams == 1 ? "" : "s", npos, npos == 1 ? "was" : "were");
    }
    int missing = 0, missing_kw = 0;
    for (int i = 0; i < np; i++) {
        ParamKind k = param_kind(f, i);
        if (k == PARAM_VARARGS || k == PARAM_VARKW || out[i] || f->defaults.items[i]) continue;
        if (k == PARAM_KWONLY) missing_kw++;
        else missing++;
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

/* A call of a top-level def by its name. */
Type sema_user_call(Sema *s, Expr *e, Function *f) {
    CallInfo *ci = call_info(s, e);
    Type at[8];
    f->called = true;
    if (s->fn && s->fn != f) {
        if (pairset_add(s->scratch, &s->callee_pairs, s->fn, f)) ptrvec_push(s->c->arena, &s->fn->callees, f);
    }
    ci->callee = f;
    ci->runs_user_code = true;
    type_args(s, e, at);
    if (has_star_args(e)) {
        /* bound at run time: any parameter may receive any argument */
        ci->kind = CALL_USER_STAR;
        ci->has_star = true;
        f->dynamic_calls = true;
        for (int i = 0; i < f->params.len; i++) {
            ParamKind k = param_kind(f, i);
            if (k != PARAM_VARARGS && k != PARAM_VARKW) sema_symbol_assign(s, f->params.items[i], T_OBJ, e->line, e->col);
        }
        return f->ret;
    }
    if (ci->kind == CALL_UNRESOLVED) {
        ci->error = bind_args(s->nodes, f, e, ci);
        ci->kind = ci->error ? CALL_BAD_ARGS : CALL_USER;
    }
    if (ci->kind == CALL_BAD_ARGS) return T_NEVER;
    for (int i = 0; i < f->params.len; i++) {
        Expr *arg = ci->bound[i];
        if (!arg) continue; /* *args / **kwargs: a tuple / dict of objects */
        Type t = arg->type;
        if (t == T_UNKNOWN) t = sema_expr(s, arg);
        s->fresh_list = sema_fresh_object_list(arg) || (arg->kind == E_NAME && sema_object_list_var(arg->sym));
        sema_symbol_assign(s, f->params.items[i], t, arg->line, arg->col);
        s->fresh_list = false;
    }
    return f->ret;
}

/* ---- builtins ------------------------------------------------------------ */

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

static bool is_int_like(Type t) { return t == T_INT || t == T_BOOL || t == T_OBJ || t == T_NEVER; }

/* The position of a builtin's parameter that may be given by keyword
 * (round(x, ndigits=2)), else -1. */
static int keyword_position(BuiltinId id, const char *name) {
    static const struct { BuiltinId id; const char *name; int at; } rows[] = {
        {BI_ENUMERATE, "iterable", 0}, {BI_ENUMERATE, "start", 1}, {BI_INT, "base", 1},
        {BI_ROUND, "number", 0},       {BI_ROUND, "ndigits", 1},   {BI_SUM, "start", 1},
        {BI_POW, "base", 0},           {BI_POW, "exp", 1},         {BI_POW, "mod", 2},
    };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++)
        if (rows[i].id == id && !strcmp(rows[i].name, name)) return rows[i].at;
    return -1;
}

/* A value whose evaluation has no effect: moved (a keyword argument into
 * its parameter's place), it keeps the program's meaning. */
bool sema_pure_value(const Expr *x) {
    return x->kind == E_NAME || x->kind == E_INT || x->kind == E_STR || x->kind == E_BOOL || x->kind == E_NONE ||
           x->kind == E_FLOAT;
}

/* The keyword arguments a builtin takes land in the call's record; any
 * other is reported. */
static void builtin_keywords(Sema *s, Expr *e, CallInfo *ci) {
    BuiltinId id = ci->builtin;
    const char *name = builtin_name(id);
    for (int k = 0; k < e->u.call.keywords.len; k++) {
        Keyword *kw = e->u.call.keywords.items[k];
        Type t = kw->value->type;
        if (id == BI_PRINT && (!strcmp(kw->name, "sep") || !strcmp(kw->name, "end"))) {
            if (t != T_STR && t != T_NONE && t != T_OBJ && t != T_UNKNOWN && t != T_NEVER && s->report)
                diag_error(s->c, kw->line, kw->col, "%s must be None or a string, not %s", kw->name, type_name(t));
            if (kw->name[0] == 's') ci->sep = kw->value;
            else ci->end = kw->value;
            continue;
        }
        if (id == BI_PRINT && (!strcmp(kw->name, "file") || !strcmp(kw->name, "flush"))) {
            sema_unsupported(s, kw->line, kw->col, "print(file=..., flush=...) is");
            continue;
        }
        if (id == BI_SORTED && !strcmp(kw->name, "reverse")) {
            ci->reverse = kw->value;
            continue;
        }
        if (id == BI_SORTED && !strcmp(kw->name, "key")) {
            /* key=None (a None literal or a name that only holds None): no key */
            Expr *v = kw->value;
            bool none = v->type == T_NONE && (v->kind == E_NONE || v->kind == E_NAME);
            ci->key = none ? NULL : v;
            if (none) continue;
            ci->runs_user_code = true;
            continue;
        }
        if ((id == BI_MIN || id == BI_MAX) && !strcmp(kw->name, "key")) {
            ci->key = kw->value;
            ci->runs_user_code = true;
            continue;
        }
        if (id == BI_DICT && !e->u.call.args.len) {
            /* dict(a=1, b=2) is dict({"a": 1, "b": 2}) */
            Arena *a = s->c->arena;
            Expr *d = expr_new(a, E_DICT, e->line, e->col);
            for (int j = 0; j < e->u.call.keywords.len; j++) {
                Keyword *w = e->u.call.keywords.items[j];
                Expr *key = expr_new(a, E_STR, w->line, w->col);
                key->u.str.data = w->name;
                key->u.str.len = strlen(w->name);
                ptrvec_push(a, &d->u.dict.keys, key);
                ptrvec_push(a, &d->u.dict.values, w->value);
            }
            sema_expr(s, d);
            ptrvec_push(a, &e->u.call.args, d);
            e->u.call.keywords.len = 0;
            break;
        }
        if (kw->name && keyword_position(id, kw->name) == e->u.call.args.len && (k == 0 || sema_pure_value(kw->value))) {
            /* enumerate(x, start=k) is enumerate(x, k), int(s, base=b) is
             * int(s, b), round(x, ndigits=n) is round(x, n): the row's
             * argument (moved when that keeps the arguments' order) */
            ptrvec_push(s->c->arena, &e->u.call.args, kw->value);
            for (int j = k + 1; j < e->u.call.keywords.len; j++)
                e->u.call.keywords.items[j - 1] = e->u.call.keywords.items[j];
            e->u.call.keywords.len--;
            k = -1; /* round(ndigits=2, number=x): the others again */
            continue;
        }
        if ((id == BI_MIN || id == BI_MAX) && !strcmp(kw->name, "default")) {
            if (e->u.call.args.len != 1 && s->report)
                diag_error(s->c, kw->line, kw->col, "Cannot specify a default for %s() with multiple positional arguments", name);
            ci->dflt = kw->value;
            continue;
        }
        if (s->report) diag_error(s->c, kw->line, kw->col, "%s() got an unexpected keyword argument '%s'", name, kw->name);
    }
}

Function *sema_own_generator(const Expr *e) {
    if (e->kind == E_GENEXP) return e->fn; /* (NULL: a list made at once) */
    if (e->kind != E_CALL || !e->call) return NULL;
    const CallInfo *ci = e->call;
    bool user = ci->kind == CALL_USER || ci->kind == CALL_USER_STAR;
    return user && ci->callee && ci->callee->is_generator ? ci->callee : NULL;
}

/* A row's 'G' arguments that are own generators run with the collector
 * free (methods.h): the call says which, the generator keeps a frame. */
static void mark_collecting(CallInfo *ci, Expr *e, const MethodSig *row) {
    ci->collecting = 0;
    for (int i = 0; i < row->nargs && i < e->u.call.args.len; i++) {
        Function *gen = row->args[i] == 'G' ? sema_own_generator(e->u.call.args.items[i]) : NULL;
        if (!gen || gen->is_coroutine) continue; /* (an async one is not iterated: TypeError) */
        gen->collected = true;
        ci->collecting |= 1u << i;
    }
}

/* Builtins implemented by one runtime function (a row of methods.c). */
static Type row_call(Sema *s, Expr *e, CallInfo *ci, const MethodSig *row, const Type *at) {
    (void)s;
    ci->sig = row;
    for (int i = 0; i < row->nargs; i++) {
        if (row->args[i] == 'S' && at[i] != T_STR && at[i] != T_OBJ && at[i] != T_NEVER) return T_NEVER;
        if (row->args[i] == 'I' && !is_int_like(at[i])) return T_NEVER;
    }
    mark_collecting(ci, e, row);
    return row->ret;
}

/* list(map(...)), ", ".join(filter(...)) ...: consumed at once (sema_lazy.c) */
static void mark_consumed_whole(Expr *arg) {
    if (arg->kind == E_CALL) arg->consumed_whole = true;
}

static Type builtin_call(Sema *s, Expr *e, BuiltinId id) {
    CallInfo *ci = call_info(s, e);
    ci->kind = CALL_BUILTIN;
    ci->builtin = id;
    const char *name = builtin_name(id);
    if (id == BI_SUPER) return sema_super(s, e, ci);
    if (id == BI_BYTES || id == BI_BYTEARRAY || (id == BI_STR && e->u.call.args.len >= 1)) {
        /* bytes(s, encoding="utf-8"), str(b, "utf-8") ... */
        if (id != BI_STR) s->p->uses_bytes = true;
        if (sema_codec_keywords(s, e, 1, name)) {
            Type at[8];
            type_args(s, e, at);
            return T_NEVER;
        }
    }
    if ((id == BI_LIST || id == BI_TUPLE || id == BI_SET || id == BI_FROZENSET || id == BI_SORTED || id == BI_SUM) &&
        e->u.call.args.len >= 1)
        mark_consumed_whole(e->u.call.args.items[0]);
    Type at[8] = {0};
    bool known = type_args(s, e, at);
    if (id == BI_PRINT) {
        /* print(*items) prints the items of a tuple the call builds */
        for (int k = 0; k < e->u.call.keywords.len; k++) /* print(x, **options): print's value, called by the runtime */
            if (!((Keyword *)e->u.call.keywords.items[k])->name) return sema_value_call(s, e);
        ci->has_star = has_star_args(e);
        builtin_keywords(s, e, ci);
        return T_NONE;
    }
    bool double_star = false;
    for (int k = 0; k < e->u.call.keywords.len; k++) double_star |= !((Keyword *)e->u.call.keywords.items[k])->name;
    if ((has_star_args(e) || double_star) && (builtin_value_code(id) >= 0 || builtin_is_type(id)))
        return sema_value_call(s, e); /* max(*xs), zip(*rows), int(s, **opts): the builtin's value, called by the runtime */
    if (id == BI_DICT && e->u.call.args.len && e->u.call.keywords.len)
        return sema_value_call(s, e); /* dict(mapping, y=2): the runtime's dict takes both */
    if (id == BI_ZIP && e->u.call.keywords.len)
        return sema_value_call(s, e); /* zip(xs, ys, strict=True): the runtime's zip checks the lengths */
    if (refuse_star_args(s, e)) return T_NEVER;
    builtin_keywords(s, e, ci);
    if (!known) return T_UNKNOWN;
    int n = e->u.call.args.len;
    switch (id) {
    case BI_ISINSTANCE:
    case BI_ISSUBCLASS: return check_arity(s, e, name, 2, 2) ? T_BOOL : T_NEVER;
    case BI_MIN:
    case BI_MAX:
        if (e->call->key) return check_arity(s, e, name, 1, 64) ? T_OBJ : T_NEVER; /* by keys: any items */
        if (e->call->dflt) return check_arity(s, e, name, 1, 1) ? T_OBJ : T_NEVER; /* the default when empty */
        break;
    case BI_TYPE:
        if (n != 1) {
            sema_unsupported(s, e->line, e->col, "type() with three arguments (making a class) is");
            return T_NEVER;
        }
        return T_OBJ;
    case BI_HASH: return check_arity(s, e, name, 1, 1) ? T_INT : T_NEVER;
    case BI_VARS:
        if (n == 0 && !e->u.call.keywords.len) { /* the module's or the function's variables: as globals() */
            sema_unsupported(s, e->line, e->col, "vars() without an argument (a dict of the variables in scope) is");
            return T_NEVER;
        }
        break;
    case BI_BYTES:
    case BI_BYTEARRAY:
        if (!check_arity(s, e, name, 0, 3)) return T_NEVER;
        sema_codec_literals(s, e, 1);
        break;
    case BI_STR:
        if (n < 2) break;
        if (!check_arity(s, e, name, 0, 3)) return T_NEVER;
        sema_codec_literals(s, e, 1);
        break;
    case BI_OBJECT: return check_arity(s, e, name, 0, 0) ? T_OBJ : T_NEVER;
    case BI_GETATTR: {
        /* getattr(x, "count"): a builtin type's method too, as x.count
         * (Expr.member, as an attribute's: lower_call.c) */
        Expr *attr = n == 2 ? e->u.call.args.items[1] : NULL;
        e->member = 0;
        if (attr && attr->kind == E_STR && strlen(attr->u.str.data) == attr->u.str.len) {
            int at = sema_bound_method_index(s, attr->u.str.data, T_OBJ);
            if (at >= 0) e->member = -(at + 1);
        }
        return check_arity(s, e, name, 2, 3) ? T_OBJ : T_NEVER;
    }
    case BI_SETATTR: return check_arity(s, e, name, 3, 3) ? T_NONE : T_NEVER;
    case BI_HASATTR: return check_arity(s, e, name, 2, 2) ? T_BOOL : T_NEVER;
    case BI_DELATTR: return check_arity(s, e, name, 2, 2) ? T_NONE : T_NEVER;
    case BI_DIVMOD: return check_arity(s, e, name, 2, 2) ? T_TUPLE : T_NEVER;
    case BI_ITER: /* iter(o), iter(f, sentinel) */
        if (n == 2) s->p->uses_call_iter = true;
        return check_arity(s, e, name, 1, 2) ? T_OBJ : T_NEVER;
    case BI_NEXT: return check_arity(s, e, name, 1, 2) ? T_OBJ : T_NEVER;
    case BI_ML_AGEN_RELEASE: return check_arity(s, e, name, 1, 1) ? T_NONE : T_NEVER;
    case BI_AITER:
    case BI_ML_AITER:
    case BI_ML_ANEXT:
    case BI_ML_WITH_EXIT:
    case BI_ML_ASYNC_WITH_EXIT: return check_arity(s, e, name, 1, 1) ? T_OBJ : T_NEVER;
    case BI_ANEXT: return check_arity(s, e, name, 1, 2) ? T_OBJ : T_NEVER; /* an awaitable */
    case BI_POW: return check_arity(s, e, name, 2, 3) ? T_OBJ : T_NEVER;
    case BI_CALLABLE: return check_arity(s, e, name, 1, 1) ? T_BOOL : T_NEVER;
    case BI_STATICMETHOD: /* in a class body: x = staticmethod(x) */
    case BI_CLASSMETHOD: return check_arity(s, e, name, 1, 1) ? T_OBJ : T_NEVER;
    case BI_PROPERTY: /* size = property(get_size[, set_size]) */
        if (n > 2) sema_unsupported(s, e->line, e->col, "property() with a deleter or a docstring is");
        return check_arity(s, e, name, 1, 2) ? T_OBJ : T_NEVER;
    case BI_MAP:
    case BI_FILTER:
        /* eager: a list (map and filter objects print differently) */
        ci->runs_user_code = true;
        check_arity(s, e, name, 2, id == BI_MAP ? 5 : 2); /* map(f, a, b ...): f(x, y ...) */
        return T_LIST;
    case BI_SORTED:
        if (ci->key) {
            check_arity(s, e, name, 1, 1);
            return T_LIST;
        }
        break;
    case BI_RANGE:
        if (check_arity(s, e, name, 1, 3))
            for (int i = 0; i < n; i++)
                if (!is_int_like(at[i])) return T_NEVER;
        return T_OBJ;
    default: break;
    }
    if (!((id == BI_MIN || id == BI_MAX) && n >= 2)) {
        const MethodSig *row = builtin_row(id, n);
        if (row) return row_call(s, e, ci, row, at);
    }
    if (id == BI_ZIP) return sema_value_call(s, e); /* of more than four: the value, called by the runtime */
    for (int i = 0; i < n && i < 8; i++) {
        if (!type_is_object(at[i]) || at[i] == T_STR) continue;
        /* builtins that work on values of any type */
        if (id == BI_STR || id == BI_REPR || id == BI_BOOL || id == BI_LEN || id == BI_ABS || id == BI_MIN ||
            id == BI_MAX || id == BI_ARGV || id == BI_ROUND || ((id == BI_INT || id == BI_FLOAT) && n == 1) ||
            (id == BI_INT && n == 2))
            break;
        sema_unsupported(s, e->line, e->col,
                         arena_printf(s->c->arena, "%s() of a value whose type is only known at run time is", name));
        return T_NEVER;
    }
    switch (id) {
    case BI_INPUT:
        s->p->uses_input = true;
        if (check_arity(s, e, name, 0, 1) && n == 1 && at[0] != T_STR && at[0] != T_NEVER)
            sema_unsupported(s, e->line, e->col, "input() with a prompt that is not a string is");
        return T_STR;
    case BI_ARGC:
        s->p->uses_args = true;
        check_arity(s, e, name, 0, 0);
        return T_INT;
    case BI_ARGV:
        s->p->uses_args = true;
        if (check_arity(s, e, name, 1, 1) && !is_int_like(at[0])) return T_NEVER;
        return T_STR;
    case BI_INT:
        if (n == 2) { /* int(s, base) */
            if (at[0] != T_STR && at[0] != T_OBJ && at[0] != T_UNKNOWN && at[0] != T_NEVER && s->report)
                diag_error(s->c, e->line, e->col, "int() can't convert non-string with explicit base");
            if (!is_int_like(at[1]) && at[1] != T_UNKNOWN) return T_NEVER;
            return T_INT;
        }
        if (check_arity(s, e, name, 0, 2) && n == 1 && at[0] == T_NONE) return T_NEVER;
        return T_INT;
    case BI_FLOAT:
        if (check_arity(s, e, name, 0, 1) && n == 1 && at[0] == T_NONE) return T_NEVER;
        return T_FLOAT;
    case BI_STR:
        check_arity(s, e, name, 0, 1);
        return T_STR;
    case BI_REPR:
        check_arity(s, e, name, 1, 1);
        return T_STR;
    case BI_BOOL:
        check_arity(s, e, name, 0, 1);
        return T_BOOL;
    case BI_LEN:
        if (check_arity(s, e, name, 1, 1) && !type_is_object(at[0])) return T_NEVER;
        return T_INT;
    case BI_ABS:
        if (!check_arity(s, e, name, 1, 1)) return T_NEVER;
        if (at[0] == T_FLOAT) return T_FLOAT;
        if (at[0] == T_INT || at[0] == T_BOOL) return T_INT;
        if (at[0] == T_OBJ) return T_OBJ;
        return T_NEVER;
    case BI_ROUND:
        if (!check_arity(s, e, name, 1, 2)) return T_NEVER;
        if (at[0] == T_OBJ || (n == 2 && at[1] == T_OBJ)) return T_OBJ; /* rt_dyn_round */
        if (n == 2 && at[1] != T_INT && at[1] != T_BOOL && at[1] != T_NONE) return T_NEVER;
        if (at[0] == T_FLOAT) return (n == 2 && at[1] != T_NONE) ? T_FLOAT : T_INT;
        if (at[0] == T_INT || at[0] == T_BOOL) return T_INT;
        return T_NEVER;
    case BI_MIN:
    case BI_MAX: {
        if (n < 2) {
            sema_unsupported(s, e->line, e->col, "min()/max() of an iterable is");
            return T_NEVER;
        }
        if (n > 8) {
            sema_unsupported(s, e->line, e->col, "min()/max() of more than 8 arguments is");
            return T_NEVER;
        }
        Type t = T_UNKNOWN;
        for (int i = 0; i < n; i++) t = type_join(t, at[i] == T_BOOL ? T_INT : at[i]);
        /* Mixed types compare at run time, and the winner keeps its type
         * (min(4.5, 2) is the int 2). */
        if (t != T_INT && t != T_FLOAT && t != T_STR) return T_OBJ;
        return t;
    }
    default:
        /* a container builtin called with a number of arguments CPython
         * refuses: its TypeError at run time */
        return T_NEVER;
    }
}

/* ---- methods and function values ------------------------------------------ */

/* Whether CPython's type t has no attribute `name` (CPython 3.11's dir(),
 * rt_type_attr_names.h); false when not known. */
bool sema_type_lacks(Type t, const char *name) {
    uint32_t code = type_rt_code(t);
    return code && rt_type_attr_listed(code, name, (uint32_t)strlen(name)) == 0;
}

/* Whether values of type t have the builtin special method `name` the
 * runtime makes (rt_special_names.h), as CPython's dir() lists it. */
bool sema_type_special(Type t, const char *name) {
    return rt_special_kind(name) != RT_SPECIAL_NONE && !sema_type_lacks(t, name) && type_rt_code(t);
}

/* s.union(a, b, c) is s.union(a).union(b).union(c) (intersection and
 * difference too): made so once, when the arguments after the first have
 * no effects (CPython evaluates them all before the call). */
static bool set_method_chain(Sema *s, Expr *e) {
    Expr *fn = e->u.call.func;
    const char *name = fn->u.attr.name;
    int n = e->u.call.args.len;
    if (n < 2 || e->u.call.keywords.len ||
        (strcmp(name, "union") && strcmp(name, "intersection") && strcmp(name, "difference")))
        return false;
    for (int i = 1; i < n; i++) {
        const Expr *a = e->u.call.args.items[i];
        bool pure = sema_pure_value(a);
        if (a->kind == E_SET || a->kind == E_LIST || a->kind == E_TUPLE) { /* {2, 5} */
            pure = true;
            for (int k = 0; k < a->u.seq.items.len; k++) pure &= sema_pure_value(a->u.seq.items.items[k]);
        }
        if (!pure) return false;
    }
    Expr *cur = fn->u.attr.value;
    for (int i = 0; i < n - 1; i++) {
        Expr *arg = e->u.call.args.items[i];
        cur = expr_call(s->c->arena, expr_attr(s->c->arena, cur, name, fn->line, fn->col), 1, &arg, e->line, e->col);
    }
    e->u.call.func = expr_attr(s->c->arena, cur, name, fn->line, fn->col);
    e->u.call.args.items[0] = e->u.call.args.items[n - 1];
    e->u.call.args.len = 1;
    return true;
}

static Type method_call(Sema *s, Expr *e) {
    CallInfo *ci = call_info(s, e);
    Expr *fn = e->u.call.func;
    Type recv = sema_expr(s, fn->u.attr.value);
    int n = e->u.call.args.len;
    Type at[8];
    type_args(s, e, at);
    if (recv == T_OBJ || recv == T_NONE) return sema_attr_call(s, e, ci); /* star arguments too */
    /* "{} {}".format(...): any arguments, bound by the runtime's str.format */
    if (recv == T_STR && !strcmp(fn->u.attr.name, "format")) return sema_attr_call(s, e, ci);
    /* d.update(k=v), d.update(other, **more): the bound method, called with its keywords by the runtime */
    if (recv == T_DICT && !strcmp(fn->u.attr.name, "update") && e->u.call.keywords.len) return sema_attr_call(s, e, ci);
    if (recv == T_SET && set_method_chain(s, e)) return method_call(s, e);
    if (refuse_star_args(s, e)) return T_NEVER;
    const char *name = fn->u.attr.name;
    if (sema_method_keywords(s, e, name)) n = e->u.call.args.len; /* x.to_bytes(2, byteorder="big") */
    if (recv == T_STR && !strcmp(name, "encode")) {
        s->p->uses_bytes = true;
        if (sema_codec_keywords(s, e, 0, name)) return T_NEVER;
        n = e->u.call.args.len;
        type_args(s, e, at);
        sema_codec_literals(s, e, 0);
    }
    ci->kind = CALL_METHOD;
    ci->sig = NULL;
    if (recv == T_OBJ || recv == T_NONE) return sema_attr_call(s, e, ci);
    for (int k = 0; k < e->u.call.keywords.len; k++) {
        Keyword *kw = e->u.call.keywords.items[k];
        if (!strcmp(name, "sort") && !strcmp(kw->name, "reverse")) {
            ci->reverse = kw->value;
            continue;
        }
        if (!strcmp(name, "sort") && !strcmp(kw->name, "key") && recv == T_LIST) {
            /* list.sort(key=f): sorted's keys, then the list's items in place */
            Expr *v = kw->value;
            bool none = v->type == T_NONE && (v->kind == E_NONE || v->kind == E_NAME);
            if (none) continue;
            ci->key = v;
            continue;
        }
        if (!strcmp(name, "sort") && !strcmp(kw->name, "key")) {
            sema_unsupported(s, kw->line, kw->col, "key= functions are");
            continue;
        }
        if (s->report) diag_error(s->c, kw->line, kw->col, "%s() got an unexpected keyword argument '%s'", name, kw->name);
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
    if (ci->key && n == 0) { /* list.sort(key=f[, reverse=r]) */
        ci->kind = CALL_BUILTIN;
        ci->builtin = BI_SORTED;
        ci->sort_in_place = true;
        ci->runs_user_code = true;
        return T_NONE;
    }
    const MethodSig *m = method_find(recv, name, n);
    /* "abc".nope(): AttributeError when it runs, as CPython; d.__getitem__(k):
     * the builtin's special method, which the runtime makes */
    if (!m && (sema_type_lacks(recv, name) || sema_type_special(recv, name))) return sema_attr_call(s, e, ci);
    if (!m) {
        if (s->report)
            diag_error(s->c, fn->line, fn->col, "'%s' object has no method '%s' taking %d argument%s (or it is not supported yet)",
                       type_name(recv), name, n, n == 1 ? "" : "s");
        return T_NEVER;
    }
    ci->sig = m;
    mark_collecting(ci, e, m);
    for (int i = 0; i < n; i++) {
        Expr *arg = e->u.call.args.items[i];
        Type t = arg->type;
        if (m->args[i] == 'S' && t != T_STR && t != T_OBJ && t != T_NEVER && t != T_UNKNOWN && s->report)
            diag_error(s->c, arg->line, arg->col, "%s() argument must be str, not %s", name, type_name(t));
        if (m->args[i] == 'I' && !is_int_like(t) && t != T_UNKNOWN && s->report)
            diag_error(s->c, arg->line, arg->col, "'%s' object cannot be interpreted as an integer", type_name(t));
    }
    return m->ret;
}

/* Calling a value (a variable, an item, a call's result): through the
 * function table, objects in and out; the runtime checks it is callable. */
Type sema_value_call(Sema *s, Expr *e) {
    CallInfo *ci = call_info(s, e);
    ci->kind = CALL_VALUE;
    ci->runs_user_code = true;
    Type ft = sema_expr(s, e->u.call.func);
    Type at[8];
    type_args(s, e, at);
    /* f(*t, **d) of a value: a tuple and a dict the runtime binds */
    ci->has_star = has_star_args(e);
    for (int k = 0; k < e->u.call.keywords.len; k++)
        if (!((Keyword *)e->u.call.keywords.items[k])->name) ci->has_star = true;
    if (ft == T_UNKNOWN) return T_UNKNOWN;
    return T_OBJ;
}

/* ValueError("message"): an exception object; the arguments become its
 * args tuple. */
static Type exception_call(Sema *s, Expr *e, BuiltinId id) {
    CallInfo *ci = call_info(s, e);
    ci->kind = CALL_BUILTIN;
    ci->builtin = id;
    Type at[8];
    type_args(s, e, at);
    if (refuse_star_args(s, e)) return T_NEVER;
    if (e->u.call.keywords.len) {
        Keyword *kw = e->u.call.keywords.items[0];
        if (s->report) diag_error(s->c, kw->line, kw->col, "%s() takes no keyword arguments", builtin_name(id));
        return T_NEVER;
    }
    return T_OBJ;
}

/* bytes.fromhex(s): a method of the builtin type itself (a row of
 * methods.c's type_methods, called like a builtin). */
static Type type_method_call(Sema *s, Expr *e, BuiltinId type) {
    CallInfo *ci = call_info(s, e);
    Expr *fn = e->u.call.func;
    const char *name = fn->u.attr.name;
    int n = e->u.call.args.len;
    Type at[8];
    type_args(s, e, at);
    fn->u.attr.value->builtin = type;
    s->p->uses_bytes = true;
    if (sema_method_keywords(s, e, name)) n = e->u.call.args.len; /* int.from_bytes(b, byteorder="big") */
    const MethodSig *m = type_method_find(type, name, n);
    if (!m || e->u.call.keywords.len || has_star_args(e)) {
        if (type_method_exists(type, name) && !e->u.call.keywords.len && !has_star_args(e)) {
            if (s->report)
                diag_error(s->c, e->line, e->col, "%s.%s() takes exactly one argument (%d given)", builtin_name(type), name, n);
        } else {
            sema_unsupported(s, fn->line, fn->col, arena_printf(s->c->arena, "%s.%s(...) is", builtin_name(type), name));
        }
        return T_NEVER;
    }
    ci->kind = CALL_BUILTIN;
    ci->builtin = type;
    ci->sig = m;
    return m->ret;
}

Type sema_call(Sema *s, Expr *e) {
    Expr *fn = e->u.call.func;
    Type t;
    if (sema_import_call(s, e, &t)) return t;
    if (fn->kind == E_ATTR && fn->u.attr.value->kind == E_NAME && !sema_resolve(s, fn->u.attr.value->u.name.name) &&
        !sema_function_named(s->unit, fn->u.attr.value->u.name.name)) {
        BuiltinId type = builtin_lookup(fn->u.attr.value->u.name.name);
        if (type == BI_BYTES || type == BI_BYTEARRAY || type_method_exists(type, fn->u.attr.name))
            return type_method_call(s, e, type); /* and int.from_bytes, float.fromhex, str.maketrans */
    }
    if (fn->kind == E_ATTR && fn->u.attr.value->kind == E_NAME && !sema_resolve(s, fn->u.attr.value->u.name.name) &&
        builtin_is_type(builtin_lookup(fn->u.attr.value->u.name.name)) && e->u.call.args.len) {
        /* str.split(s, ","): the method as a value, called (self first) */
        s->member_nargs = e->u.call.args.len - 1;
        Type t = sema_value_call(s, e);
        s->member_nargs = -1;
        return t;
    }
    if (fn->kind == E_ATTR) {
        if (!strcmp(fn->u.attr.name, "join") && e->u.call.args.len == 1) mark_consumed_whole(e->u.call.args.items[0]);
        return method_call(s, e);
    }
    /* a name a class body binds, called in that body: maybe the class's own */
    if (fn->kind != E_NAME || fn->class_scope || sema_resolve(s, fn->u.name.name)) return sema_value_call(s, e);
    Function *f = sema_function_named(s->unit, fn->u.name.name);
    if (f) return sema_user_call(s, e, f);
    BuiltinId id = callee_builtin(s, e);
    if (id == BI_PRINT) {
        PrintForm form = sema_print_to_file(s, e);
        if (form == PRINT_REWRITTEN) return sema_call(s, e);
        if (form == PRINT_VALUE) return sema_value_call(s, e);
    }
    if ((id == BI_MAP || id == BI_FILTER) && sema_lazy_map(s, e)) return sema_expr(s, e);
    if (id != BI_NONE && builtin_how(id) == BUILTIN_LOWERED) return builtin_call(s, e, id);
    if (id != BI_NONE && builtin_how(id) == BUILTIN_STDLIB && (f = sema_builtin_def(s, id))) { /* open: io.open */
        sema_builtin_target_ok(s, fn, id);
        fn->builtin = BI_NONE;
        return sema_user_call(s, e, f);
    }
    if (id != BI_NONE && builtin_how(id) == BUILTIN_EXCEPTION) return exception_call(s, e, id);
    Type at[8];
    type_args(s, e, at);
    if (id != BI_NONE && (builtin_how(id) == BUILTIN_REFUSED || builtin_how(id) == BUILTIN_STDLIB))
        sema_refused_builtin(s, fn);
    else if (id != BI_NONE)
        sema_unsupported(s, fn->line, fn->col, "render_mode(...) other than as a decorator is");
    call_info(s, e)->kind = CALL_NAME_ERROR; /* NameError at run time */
    return T_NEVER;
}

/* `for x in range(...)` and its comprehension form: a counting loop, with
 * no range object. Returns false when iter is not such a call (range
 * shadowed, or keywords / a wrong number of arguments: the ordinary path
 * reports those). */
bool sema_range_loop(Sema *s, Expr *iter) {
    if (iter->kind != E_CALL || callee_builtin(s, iter) != BI_RANGE || iter->u.call.keywords.len ||
        iter->u.call.args.len < 1 || iter->u.call.args.len > 3 || has_star_args(iter))
        return false;
    CallInfo *ci = call_info(s, iter);
    ci->kind = CALL_RANGE_LOOP;
    ci->builtin = BI_RANGE;
    for (int i = 0; i < iter->u.call.args.len; i++) {
        Expr *arg = iter->u.call.args.items[i];
        Type t = sema_expr(s, arg);
        sema_int_hint(arg);
        if (t != T_INT && t != T_BOOL && t != T_OBJ && t != T_UNKNOWN && t != T_NEVER && s->report)
            diag_error(s->c, arg->line, arg->col, "range() arguments must be integers, not '%s'", type_name(t));
    }
    iter->type = T_OBJ;
    return true;
}
