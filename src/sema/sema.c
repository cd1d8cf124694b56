/* Scopes and the inference fixpoint over statements. Expressions are in
 * sema_expr.c. */
#include "sema_internal.h"

#include "../runtime/rt_abi.h"

#include <stdio.h>
#include <string.h>

const char *sema_mangle(Arena *a, const char *prefix, const char *name) {
    size_t n = strlen(name), pl = strlen(prefix);
    char *out = arena_alloc(a, pl + n * 3 + 1);
    memcpy(out, prefix, pl);
    char *o = out + pl;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)name[i];
        if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
            (ch >= '0' && ch <= '9') || ch == '_') {
            *o++ = (char)ch;
        } else {
            o += sprintf(o, ".%02x", ch);
        }
    }
    *o = 0;
    return out;
}

void sema_unsupported(Sema *s, int line, int col, const char *what) {
    if (s->report) diag_error(s->c, line, col, "%s not supported yet", what);
}

void sema_int_hint(Expr *e) {
    if (!e || e->type != T_UNKNOWN) return;
    switch (e->kind) {
    case E_NAME: {
        Symbol *sym = e->sym;
        if (sym && sym->kind == SYM_PARAM && !sym->hint) sym->hint = T_INT;
        break;
    }
    case E_BINOP: sema_int_hint(e->u.binop.left), sema_int_hint(e->u.binop.right); break;
    case E_UNARY: sema_int_hint(e->u.unary.operand); break;
    default: break;
    }
}

void sema_list_hint(Expr *e) {
    Symbol *sym = e && e->kind == E_NAME && e->type == T_UNKNOWN ? e->sym : NULL;
    if (sym && sym->kind == SYM_PARAM && !sym->hint) sym->hint = T_LIST;
}

Function *sema_function_named(const Unit *u, const char *name) { return strmap_get(&u->function_map, name); }

static bool declared_global(const Function *f, const char *name) { return strmap_get(&f->global_names, name) != NULL; }

static bool declared_nonlocal(const Function *f, const char *name) {
    return strmap_get(&f->nonlocal_names, name) != NULL;
}

/* The variable `name` means in f (its own, one it closes over, or a
 * global), or NULL: Python's scoping, without comprehension scopes. */
Symbol *sema_variable(const Program *p, const Function *f, const char *name) {
    if (f && !f->is_main && !declared_global(f, name)) {
        Symbol *sym = declared_nonlocal(f, name) ? NULL : sema_local(f, name);
        if (sym) return sym;
        sym = strmap_get(&f->free_map, name);
        if (sym) return sym;
    }
    (void)p;
    return strmap_get(&f->unit->global_map, name);
}

Symbol *sema_local(const Function *f, const char *name) {
    if (f->local_map.cap) return strmap_get(&f->local_map, name);
    for (int i = f->locals.len - 1; i >= 0; i--) { /* the last one put, as the map's */
        Symbol *sym = f->locals.items[i];
        if (!sym->comp_var && sym->name[0] == name[0] && !strcmp(sym->name, name)) return sym;
    }
    return NULL;
}

void sema_add_local(Arena *a, Function *f, Symbol *sym) {
    ptrvec_push(a, &f->locals, sym);
    if (!f->local_map.cap) {
        int named = 0;
        for (int i = 0; i < f->locals.len; i++) named += !((Symbol *)f->locals.items[i])->comp_var;
        if (named <= SEMA_LOCALS_SEARCHED) return;
        for (int i = 0; i < f->locals.len - 1; i++) { /* the map made: what was searched goes in */
            Symbol *old = f->locals.items[i];
            if (!old->comp_var) strmap_put(a, &f->local_map, old->name, old);
        }
    }
    strmap_put(a, &f->local_map, sym->name, sym);
}

void sema_symbol_assign(Sema *s, Symbol *sym, Type t, int line, int col) {
    (void)line, (void)col;
    if (!s->counting_target) sym->bound_not_counting = true; /* read only by the back end: no new pass */
    if (s->counting_target && !s->counting_nonneg && !sym->maybe_negative) {
        sym->maybe_negative = true;
        s->changed = true; /* a loop counting from sym is looked at again (sema_range_nonneg) */
    }
    if (!s->fresh_list && !sym->bound_otherwise) {
        sym->bound_otherwise = true;
        s->changed = true; /* a call passing sym to a parameter is looked at again */
    }
    Type j = type_join(sym->type, t);
    if (j == sym->type) return;
    sym->type = j;
    s->changed = true;
}

/* Whether items of type t are never bools nor floats: a list repeated
 * from such items is a list of objects (`[b] * n` of bools makes a list
 * of bools, `[x] * n` of floats one of floats, rt_dyn_num.c). */
static bool never_bool_nor_float(Type t) {
    return t == T_INT || t == T_STR || t == T_NONE || t == T_LIST || t == T_TUPLE || t == T_DICT;
}

/* Whether the display e (a list) makes a list of floats: every item is a
 * float by its type (lower_containers.c, gdisplay). */
bool sema_float_display(const Expr *e) {
    if (e->kind != E_LIST || !e->u.seq.items.len) return false;
    for (int i = 0; i < e->u.seq.items.len; i++)
        if (((const Expr *)e->u.seq.items.items[i])->type != T_FLOAT) return false;
    return true;
}

/* Whether the variable sym only ever holds lists of objects: a local or
 * a parameter (not a cell) every binding of which is one (so far: the
 * analysis runs to its fixpoint). */
bool sema_object_list_var(const Symbol *sym) {
    return sym && (sym->kind == SYM_LOCAL || sym->kind == SYM_PARAM) && !sym->is_cell && !sym->bound_otherwise &&
           sym->type == T_LIST;
}

bool sema_small_int_var(const Symbol *sym) {
    return sym && sym->kind == SYM_LOCAL && !sym->is_cell && !sym->bound_not_counting && sym->type == T_INT;
}

bool sema_nonneg_int_var(const Symbol *sym) { return sema_small_int_var(sym) && !sym->maybe_negative; }

/* e is an int >= 0 (or a big int: a range refuses a big start) */
static bool nonneg(const Expr *e) {
    switch (e->kind) {
    case E_INT: return !e->u.int_lit.fits || e->u.int_lit.value >= 0;
    case E_NAME: return !e->hoisted && sema_nonneg_int_var(e->sym);
    case E_BINOP:
        return (e->u.binop.op == OP_PLUS || e->u.binop.op == OP_STAR) && nonneg(e->u.binop.left) &&
               nonneg(e->u.binop.right);
    case E_CALL:
        return e->u.call.func->kind == E_NAME && e->u.call.func->builtin == BI_LEN && e->call &&
               e->call->kind == CALL_BUILTIN;
    default: return false;
    }
}

bool sema_range_nonneg(const Expr *range_call) {
    const PtrVec *args = &range_call->u.call.args;
    if (args->len == 1) return true;
    if (!nonneg(args->items[0])) return false;
    if (args->len < 3) return true;
    const Expr *step = args->items[2];
    return step->kind == E_INT && step->u.int_lit.fits && step->u.int_lit.value > 0;
}

/* Whether e (typed) makes a new list of objects: a display (not of
 * floats only), a comprehension, a slice, list(...) or sorted(...), a
 * concatenation, or a repetition of a display of items that are never
 * bools nor floats. A variable that only such values bind skips the test
 * for a list of bools or floats. */
bool sema_fresh_object_list(const Expr *e) {
    if (e->type != T_LIST) return false;
    switch (e->kind) {
    case E_LIST: return !sema_float_display(e); /* rt_list_push: objects */
    case E_LISTCOMP: return true;
    case E_SUBSCRIPT: return e->u.subscript.index->kind == E_SLICE;
    case E_CALL: {
        const Expr *fn = e->u.call.func;
        return fn->kind == E_NAME && (fn->builtin == BI_LIST || fn->builtin == BI_SORTED);
    }
    case E_BINOP: {
        if (e->u.binop.inplace) return false; /* xs += ys: xs itself */
        if (e->u.binop.op == OP_PLUS) return true; /* a new list, its items objects */
        if (e->u.binop.op != OP_STAR) return false;
        const Expr *seq = e->u.binop.left->type == T_LIST ? e->u.binop.left : e->u.binop.right;
        if (seq->kind != E_LIST) return false;
        for (int i = 0; i < seq->u.seq.items.len; i++) {
            const Expr *item = seq->u.seq.items.items[i];
            if (item->kind == E_STARRED || !never_bool_nor_float(item->type)) return false;
        }
        return true;
    }
    default: return false;
    }
}

/* ---- collection of names --------------------------------------------- */

static Symbol *new_symbol(Arena *a, const char *name, SymKind kind, int line, int col) {
    Symbol *sym = arena_alloc(a, sizeof *sym);
    sym->name = name;
    sym->kind = kind;
    sym->line = line;
    sym->col = col;
    sym->wat_name = sema_mangle(a, kind == SYM_GLOBAL ? "g_" : "l_", name);
    return sym;
}

void sema_bind_name(Sema *s, Function *f, const char *name, int line, int col) {
    Arena *a = s->c->arena;
    if (f->is_main || declared_global(f, name)) {
        Unit *u = f->unit;
        if (!strmap_get(&u->global_map, name)) {
            Symbol *sym = new_symbol(a, name, SYM_GLOBAL, line, col);
            /* the globals of every file are the module's: each file's own */
            if (u->index) sym->wat_name = sema_mangle(a, arena_printf(a, "g%d_", u->index), name);
            sym->unit = u;
            ptrvec_push_alone(a, &s->p->globals, sym);
            strmap_put(a, &u->global_map, name, sym);
        }
        return;
    }
    if (declared_nonlocal(f, name)) return; /* the enclosing function's */
    if (!sema_local(f, name)) sema_add_local(a, f, new_symbol(a, name, SYM_LOCAL, line, col));
}

/* f's free variable for `outer`, a variable of a function around it (or
 * of a comprehension around it, a hidden local of that function), which
 * becomes a cell holding an object. */
static Symbol *free_variable(Sema *s, Function *f, Symbol *outer) {
    if (outer->kind != SYM_FREE && !outer->is_cell) {
        outer->is_cell = true;
        s->changed = true;
    }
    if (outer->type != T_OBJ) {
        outer->type = T_OBJ;
        s->changed = true;
    }
    Arena *a = s->c->arena;
    Symbol *sym = new_symbol(a, outer->name, SYM_FREE, outer->line, outer->col);
    sym->type = T_OBJ;
    sym->outer = outer;
    sym->env_index = f->free_syms.len;
    ptrvec_push(a, &f->free_syms, sym);
    strmap_put(a, &f->free_map, outer->name, sym);
    return sym;
}

/* The free variable of f for `name`, captured from the enclosing
 * functions (whose variable becomes a cell), or NULL. */
Symbol *sema_capture(Sema *s, Function *f, const char *name) {
    Symbol *sym = strmap_get(&f->free_map, name); /* also a comprehension's (sema_lambda) */
    if (sym) return sym;
    if (!f->parent || f->parent->is_main) return NULL;
    Function *par = f->parent;
    Symbol *outer = NULL;
    if (!declared_global(par, name)) {
        outer = declared_nonlocal(par, name) ? NULL : sema_local(par, name);
        if (!outer) outer = sema_capture(s, par, name);
    }
    if (!outer) return NULL;
    if (outer->import_module || outer->import_unit || outer->import_fn)
        return outer; /* resolved at compile time: nothing to capture */
    return free_variable(s, f, outer);
}

static void collect_target(Sema *s, Function *f, Expr *t) {
    if (!t) return;
    if (t->kind == E_NAME) sema_bind_name(s, f, t->u.name.name, t->line, t->col);
    else if (t->kind == E_TUPLE || t->kind == E_LIST)
        for (int i = 0; i < t->u.seq.items.len; i++) collect_target(s, f, t->u.seq.items.items[i]);
    else if (t->kind == E_STARRED) collect_target(s, f, t->u.starred.value);
}

/* Walrus targets bind in the enclosing function. */
static void collect_expr(Sema *s, Function *f, Expr *e);
static void collect_vec(Sema *s, Function *f, PtrVec *v) {
    for (int i = 0; i < v->len; i++) collect_expr(s, f, v->items[i]);
}
static void collect_expr(Sema *s, Function *f, Expr *e) {
    if (!e) return;
    switch (e->kind) {
    case E_WALRUS:
        collect_target(s, f, e->u.walrus.target);
        collect_expr(s, f, e->u.walrus.value);
        break;
    case E_BINOP: collect_expr(s, f, e->u.binop.left); collect_expr(s, f, e->u.binop.right); break;
    case E_UNARY: collect_expr(s, f, e->u.unary.operand); break;
    case E_AWAIT: collect_expr(s, f, e->u.yield.value); break;
    case E_BOOLOP: collect_vec(s, f, &e->u.boolop.values); break;
    case E_COMPARE: collect_expr(s, f, e->u.compare.left); collect_vec(s, f, &e->u.compare.comparators); break;
    case E_CALL:
        collect_expr(s, f, e->u.call.func);
        collect_vec(s, f, &e->u.call.args);
        for (int i = 0; i < e->u.call.keywords.len; i++)
            collect_expr(s, f, ((Keyword *)e->u.call.keywords.items[i])->value);
        break;
    case E_IFEXP:
        collect_expr(s, f, e->u.ifexp.test);
        collect_expr(s, f, e->u.ifexp.body);
        collect_expr(s, f, e->u.ifexp.orelse);
        break;
    case E_ATTR: collect_expr(s, f, e->u.attr.value); break;
    case E_SUBSCRIPT: collect_expr(s, f, e->u.subscript.value); collect_expr(s, f, e->u.subscript.index); break;
    case E_TUPLE: case E_LIST: case E_SET: collect_vec(s, f, &e->u.seq.items); break;
    case E_STARRED: collect_expr(s, f, e->u.starred.value); break;
    case E_FORMATTED: collect_expr(s, f, e->u.formatted.value); break;
    case E_FSTRING: collect_vec(s, f, &e->u.fstr.parts); break;
    case E_LISTCOMP: case E_SETCOMP: case E_DICTCOMP: case E_GENEXP:
        /* [y for x in xs if (y := f(x))]: y is the enclosing function's (PEP 572) */
        for (int i = 0; i < e->u.comp.generators.len; i++) {
            Comprehension *c = e->u.comp.generators.items[i];
            collect_expr(s, f, c->iter);
            collect_vec(s, f, &c->ifs);
        }
        collect_expr(s, f, e->u.comp.key);
        collect_expr(s, f, e->u.comp.elt);
        break;
    default: break;
    }
}

static void collect_body(Sema *s, Function *f, PtrVec *body);

/* `const NAME = value`: the first such statement for a variable is its one
 * binding (a second `const` is a rebinding too). */
static void mark_const(Sema *s, Function *f, Expr *target) {
    if (target->kind != E_NAME) return;
    Symbol *sym = sema_variable(s->p, f, target->u.name.name);
    if (sym && !sym->const_target) sym->const_target = target;
}

void sema_check_rebind(Sema *s, const Symbol *sym, const Expr *target, int line, int col) {
    if (s->report && sym && (sym->import_module || sym->import_unit || sym->import_fn))
        diag_error(s->c, line, col, "'%s' is imported at line %d: rebinding an imported name is not supported yet",
                   sym->name, sym->import_line);
    if (!s->report || !sym || !sym->const_target || sym->const_target == target) return;
    diag_error(s->c, line, col, "cannot assign to '%s': it is a constant (line %d)", sym->name, sym->const_target->line);
}

static void collect_pattern(Sema *s, Function *f, Pattern *p) {
    if (!p) return;
    if ((p->kind == P_CAPTURE || p->kind == P_AS || p->kind == P_STAR || p->kind == P_MAPPING) && p->name)
        sema_bind_name(s, f, p->name, p->line, p->col);
    collect_pattern(s, f, p->pattern);
    for (int i = 0; i < p->patterns.len; i++) collect_pattern(s, f, p->patterns.items[i]);
    for (int i = 0; i < p->kw_patterns.len; i++) collect_pattern(s, f, p->kw_patterns.items[i]);
}

static void collect_stmt(Sema *s, Function *f, Stmt *st) {
    PtrVec *meaning = sema_meaning(s, f, st);
    if (meaning) {
        collect_body(s, f, meaning);
        return;
    }
    switch (st->kind) {
    case S_MATCH:
        collect_expr(s, f, st->u.match.subject);
        for (int i = 0; i < st->u.match.cases.len; i++) {
            MatchCase *mc = st->u.match.cases.items[i];
            collect_pattern(s, f, mc->pattern);
            collect_expr(s, f, mc->guard);
            collect_body(s, f, &mc->body);
        }
        break;
    case S_ASSIGN:
        for (int i = 0; i < st->u.assign.targets.len; i++)
            collect_target(s, f, st->u.assign.targets.items[i]);
        collect_expr(s, f, st->u.assign.value);
        if (st->u.assign.is_const) mark_const(s, f, st->u.assign.targets.items[0]);
        break;
    case S_AUGASSIGN:
        collect_target(s, f, st->u.augassign.target);
        collect_expr(s, f, st->u.augassign.value);
        break;
    case S_ANNASSIGN:
        if (st->u.annassign.value) collect_target(s, f, st->u.annassign.target);
        collect_expr(s, f, st->u.annassign.value);
        if (st->u.annassign.is_const) mark_const(s, f, st->u.annassign.target);
        break;
    case S_FOR:
        collect_target(s, f, st->u.for_.target);
        collect_expr(s, f, st->u.for_.iter);
        collect_body(s, f, &st->u.for_.body);
        collect_body(s, f, &st->u.for_.orelse);
        break;
    case S_IF:
        collect_expr(s, f, st->u.if_.test);
        collect_body(s, f, &st->u.if_.body);
        collect_body(s, f, &st->u.if_.orelse);
        break;
    case S_WHILE:
        collect_expr(s, f, st->u.while_.test);
        collect_body(s, f, &st->u.while_.body);
        collect_body(s, f, &st->u.while_.orelse);
        break;
    case S_EXPR: collect_expr(s, f, st->u.expr.value); break;
    case S_RETURN: collect_expr(s, f, st->u.ret.value); break;
    case S_GLOBAL:
        for (int i = 0; i < st->u.names.names.len; i++) {
            const char *name = st->u.names.names.items[i];
            strmap_put(s->c->arena, &f->global_names, name, (void *)name);
        }
        break;
    case S_NONLOCAL:
        for (int i = 0; i < st->u.names.names.len; i++) {
            const char *name = st->u.names.names.items[i];
            strmap_put(s->c->arena, &f->nonlocal_names, name, (void *)name);
        }
        break;
    case S_FUNCDEF:
        if (!f->is_main || (st->fn && st->fn->is_lambda)) sema_bind_name(s, f, st->u.funcdef.name, st->line, st->col);
        break;
    case S_CLASSDEF: sema_bind_name(s, f, st->u.classdef.name, st->line, st->col); break;
    case S_IMPORT:
    case S_IMPORT_FROM:
        if (!s->defer_imports) sema_collect_import(s, f, st);
        break;
    case S_WITH: break; /* async outside an async def: refused */
    case S_DEL:
        for (int i = 0; i < st->u.del.targets.len; i++) collect_target(s, f, st->u.del.targets.items[i]);
        break;
    case S_TRY:
        collect_body(s, f, &st->u.try_.body);
        for (int i = 0; i < st->u.try_.handlers.len; i++) {
            ExceptHandler *h = st->u.try_.handlers.items[i];
            collect_expr(s, f, h->type);
            if (h->name) sema_bind_name(s, f, h->name, h->line, h->col);
            collect_body(s, f, &h->body);
        }
        collect_body(s, f, &st->u.try_.orelse);
        collect_body(s, f, &st->u.try_.finalbody);
        break;
    case S_RAISE:
        collect_expr(s, f, st->u.raise.exc);
        collect_expr(s, f, st->u.raise.cause);
        break;
    default: break;
    }
}

static void collect_body(Sema *s, Function *f, PtrVec *body) {
    /* `global` applies to the whole function, wherever it is written. */
    for (int i = 0; i < body->len; i++) {
        StmtKind k = ((Stmt *)body->items[i])->kind;
        if (k == S_GLOBAL || k == S_NONLOCAL) collect_stmt(s, f, body->items[i]);
    }
    for (int i = 0; i < body->len; i++) {
        StmtKind k = ((Stmt *)body->items[i])->kind;
        if (k != S_GLOBAL && k != S_NONLOCAL) collect_stmt(s, f, body->items[i]);
    }
}

static bool is_scalar(Type t) { return t == T_INT || t == T_FLOAT || t == T_STR || t == T_BOOL; }

/* A parameter's type from its annotation: int, float, str, bool fix it. */
static Type annotation_type(const Expr *ann) {
    Type t = sema_annotation_top(ann);
    return is_scalar(t) ? t : T_UNKNOWN;
}

/* A parameter's type when nobody passes it a value (its host is the
 * caller, an export): the container or object its annotation names, where
 * annotation_type does not already fix the type. */
static Type annotation_hint(const Expr *ann) {
    Type t = sema_annotation_top(ann);
    return is_scalar(t) ? T_UNKNOWN : t;
}

static Function *new_function(Sema *s, Stmt *def) {
    Arena *a = s->c->arena;
    Function *f = arena_alloc(a, sizeof *f);
    f->def = def;
    f->unit = s->unit;
    f->ret = T_UNKNOWN;
    if (!def) { /* a file's top-level code */
        f->name = "__main";
        f->wat_name = s->unit->index ? arena_printf(a, "__init_%d", s->unit->index) : "__main";
        f->is_main = true;
        f->ret = T_NONE;
        return f;
    }
    f->name = def->u.funcdef.name;
    f->wat_name = sema_mangle(a, s->unit->index ? arena_printf(a, "f%d_", s->unit->index) : "f_", f->name);
    f->body = def->u.funcdef.body;
    def->fn = f;
    for (int i = 0; i < def->u.funcdef.params.len; i++) {
        Param *pa = def->u.funcdef.params.items[i];
        Symbol *sym = new_symbol(a, pa->name, SYM_PARAM, pa->line, pa->col);
        sym->type = pa->kind == PARAM_VARARGS ? T_TUPLE : pa->kind == PARAM_VARKW ? T_DICT
                    : s->unit->stdlib                  ? T_OBJ /* a library's functions take anything */
                                                        : annotation_type(pa->annotation);
        sym->hint = annotation_hint(pa->annotation);
        ptrvec_push(a, &f->params, sym);
        ptrvec_push(a, &f->defaults, pa->default_value);
        sema_add_local(a, f, sym);
    }
    Type rt = annotation_type(def->u.funcdef.returns);
    if (rt != T_UNKNOWN) f->ret = rt;
    sema_mark_generator(s, f, def);
    return f;
}

void sema_mark_generator(Sema *s, Function *f, const Stmt *def) {
    if (!(def->u.funcdef.is_generator || def->u.funcdef.is_async) || f->is_generator) return;
    f->is_generator = true;
    if (def->u.funcdef.is_async && def->u.funcdef.is_generator) {
        f->async_generator = true; /* its yields suspend with a boxed value (rt_agen_wrap) */
    }
    f->is_coroutine = def->u.funcdef.is_async;
    f->ret = T_OBJ; /* the generator; what it returns goes to StopIteration */
    f->gen_id = s->p->generators.len;
    ptrvec_push(s->c->arena, &s->p->generators, f);
}

/* A statement whose value is a yield: `yield v`, `x = yield v` (yields
 * elsewhere in expressions are refused: see E_YIELD). */
static Expr *statement_yield(Expr *value) {
    return value && (value->kind == E_YIELD || value->kind == E_YIELD_FROM || (value->kind == E_AWAIT && !value->hoisted))
               ? value
               : NULL;
}

/* ---- statements --------------------------------------------------------- */

static void sema_body(Sema *s, PtrVec *body);
static void sema_try(Sema *s, Stmt *st);

static void join_return(Sema *s, Function *f, Type t) {
    Type j = type_join(f->ret, t);
    if (j == f->ret) return;
    f->ret = j;
    s->changed = true;
}

const char *render_mode_name(RenderMode m) {
    switch (m) {
    case RENDER_POINT_STREAM: return "point_stream";
    case RENDER_POLYLINE: return "polyline";
    default: return "scalar_field";
    }
}

/* The one decorator of the language: @render_mode("point_stream" |
 * "polyline" | "scalar_field"), spelled in any language pack (the lexer
 * gives the canonical name). Anything else is reported. */
static void check_decorators(Sema *s, Function *f) {
    const PtrVec *decos = &f->def->u.funcdef.decorators;
    for (int i = 0; i < decos->len; i++) {
        Expr *d = decos->items[i];
        Expr *callee = d->kind == E_CALL ? d->u.call.func : NULL;
        bool is_render = callee && callee->kind == E_NAME && !strcmp(callee->u.name.name, "render_mode") &&
                         !sema_function_named(s->unit, "render_mode") && !strmap_get(&s->unit->global_map, "render_mode");
        if (!is_render) {
            sema_unsupported(s, d->line, d->col, "decorators other than @render_mode(...) are");
            continue;
        }
        Expr *arg = d->u.call.args.len == 1 && !d->u.call.keywords.len ? d->u.call.args.items[0] : NULL;
        if (!arg || arg->kind != E_STR) {
            diag_error(s->c, d->line, d->col,
                       "render_mode takes one string: \"point_stream\", \"polyline\" or \"scalar_field\"");
            continue;
        }
        if (i > 0) {
            diag_error(s->c, d->line, d->col, "a function has at most one render_mode");
            continue;
        }
        const char *mode = arg->u.str.data;
        if (!strcmp(mode, "point_stream")) f->render_mode = RENDER_POINT_STREAM;
        else if (!strcmp(mode, "polyline")) f->render_mode = RENDER_POLYLINE;
        else if (!strcmp(mode, "scalar_field")) f->render_mode = RENDER_SCALAR_FIELD;
        else
            diag_error(s->c, arg->line, arg->col,
                       "unknown render mode '%s' (expected point_stream, polyline or scalar_field)", mode);
    }
    if (f->render_mode != RENDER_SCALAR_FIELD && (type_is_number(f->ret) || f->ret == T_STR))
        diag_error(s->c, f->def->line, f->def->col,
                   "a %s function returns a list of (x, y) pairs, not a %s", render_mode_name(f->render_mode),
                   type_name(f->ret));
}

static void check_params(Sema *s, Function *f) {
    check_decorators(s, f);
    /* a default that is not a literal made the def a value (sema_user_decorated) */
}

void sema_assign_target(Sema *s, Expr *t, Type ty, int line, int col) {
    if (t->kind == E_NAME) {
        Symbol *sym = sema_resolve(s, t->u.name.name);
        t->sym = sym;
        sema_check_rebind(s, sym, t, t->line, t->col);
        /* The node may also be read (the left operand of `x += v`): it
         * holds the variable's type, not the assigned value's. */
        if (sym) sema_symbol_assign(s, sym, ty, line, col);
        t->type = sym ? sym->type : ty;
        return;
    }
    if (t->kind == E_TUPLE || t->kind == E_LIST) {
        /* Unpacking: items of a str are str, anything else an object. */
        Type item = ty == T_STR ? T_STR : ty == T_NEVER ? T_NEVER : ty == T_UNKNOWN ? T_UNKNOWN : T_OBJ;
        for (int i = 0; i < t->u.seq.items.len; i++) {
            Expr *sub = t->u.seq.items.items[i];
            if (sub->kind == E_STARRED) {
                /* *rest collects a list */
                sema_assign_target(s, sub->u.starred.value, ty == T_UNKNOWN ? T_UNKNOWN : T_LIST, line, col);
                continue;
            }
            sema_assign_target(s, sub, item, line, col);
        }
        t->type = ty;
    } else if (t->kind == E_STARRED) {
        sema_unsupported(s, t->line, t->col, "starred assignment targets are");
    } else if (t->kind == E_SUBSCRIPT) {
        sema_expr(s, t->u.subscript.value);
        Expr *index = t->u.subscript.index;
        if (index->kind == E_SLICE) {
            sema_slice_bounds(s, index);
        } else {
            sema_expr(s, index);
        }
        t->type = T_OBJ;
    } else if (t->kind == E_ATTR) {
        sema_expr(s, t->u.attr.value); /* rt_setattr: AttributeError where CPython raises it */
        t->type = T_OBJ;
    } else if (s->report)
        diag_error(s->c, t->line, t->col, "cannot assign to this expression");
}

/* Names a pattern binds hold objects; values compared are expressions. */
static void bind_pattern_name(Sema *s, Pattern *p, Type t) {
    Symbol *sym = p->sym = sema_resolve(s, p->name);
    sema_check_rebind(s, sym, NULL, p->line, p->col);
    if (sym) sema_symbol_assign(s, sym, t, p->line, p->col);
}

static void sema_pattern(Sema *s, Pattern *p) {
    if (!p) return;
    switch (p->kind) {
    case P_VALUE:
    case P_SINGLETON: sema_expr(s, p->value); break;
    case P_CAPTURE: bind_pattern_name(s, p, T_OBJ); break;
    case P_STAR:
        if (p->name) bind_pattern_name(s, p, T_LIST);
        break;
    case P_AS:
        sema_pattern(s, p->pattern);
        bind_pattern_name(s, p, T_OBJ);
        break;
    case P_MAPPING:
        for (int i = 0; i < p->keys.len; i++) sema_expr(s, p->keys.items[i]);
        if (p->name) bind_pattern_name(s, p, T_OBJ); /* **rest: a dict of the other items */
        break;
    case P_CLASS: {
        /* int(), str(), list() ...: the builtin types, by id */
        BuiltinId id = BI_NONE;
        if (p->cls->kind == E_NAME && !sema_resolve(s, p->cls->u.name.name) &&
            !sema_function_named(s->unit, p->cls->u.name.name))
            id = builtin_lookup(p->cls->u.name.name);
        p->cls->builtin = id;
        bool builtin = id == BI_INT || id == BI_FLOAT || id == BI_STR || id == BI_BOOL || id == BI_LIST ||
                       id == BI_TUPLE || id == BI_DICT || id == BI_SET || id == BI_BYTES || id == BI_BYTEARRAY;
        if (builtin && (p->kw_names.len || p->patterns.len > 1))
            sema_unsupported(s, p->line, p->col, "patterns of builtin types other than int(), str(x) ... are");
        if (!builtin) { /* a class of the program: by __match_args__ and attributes, at run time */
            p->cls->builtin = BI_NONE;
            sema_expr(s, p->cls);
            for (int i = 0; i < p->kw_patterns.len; i++) sema_pattern(s, p->kw_patterns.items[i]);
        }
        break;
    }
    default: break;
    }
    for (int i = 0; i < p->patterns.len; i++) sema_pattern(s, p->patterns.items[i]);
}

static void sema_stmt(Sema *s, Stmt *st);
void sema_statement(Sema *s, Stmt *st) { sema_stmt(s, st); }

/* t = t + a + ...: the sums down the left operands end at the target
 * itself; the outermost is marked (the lowering appends a + ... to t in
 * place when t is a str accumulator). */
static void mark_append(Stmt *st) {
    Expr *t = st->u.assign.targets.items[0], *v = st->u.assign.value;
    if (st->u.assign.targets.len != 1 || t->kind != E_NAME || !t->sym) return;
    if (v->kind != E_BINOP || v->u.binop.op != OP_PLUS) return;
    Expr *leftmost = v;
    while (leftmost->kind == E_BINOP && leftmost->u.binop.op == OP_PLUS) leftmost = leftmost->u.binop.left;
    if (leftmost->kind != E_NAME || leftmost->sym != t->sym) return;
    v->u.binop.append = true;
    t->sym->appended = true;
}

static void sema_stmt(Sema *s, Stmt *st) {
    PtrVec *meaning = sema_meaning(s, s->fn, st);
    if (meaning) {
        sema_body(s, meaning);
        return;
    }
    switch (st->kind) {
    case S_EXPR:
        s->yield_ok = statement_yield(st->u.expr.value);
        sema_expr(s, st->u.expr.value);
        s->yield_ok = NULL;
        break;
    case S_ASSIGN: {
        Expr *value = st->u.assign.value;
        s->yield_ok = statement_yield(value);
        Type t = sema_expr(s, value);
        s->yield_ok = NULL;
        Expr *t0 = st->u.assign.targets.items[0];
        if (st->u.assign.targets.len == 1 && value->kind == E_TUPLE && (t0->kind == E_TUPLE || t0->kind == E_LIST) &&
            t0->u.seq.items.len == value->u.seq.items.len) {
            /* a, b = x, y: each target gets its own value's type. */
            bool plain = true;
            for (int i = 0; i < value->u.seq.items.len; i++)
                if (((Expr *)value->u.seq.items.items[i])->kind == E_STARRED ||
                    ((Expr *)t0->u.seq.items.items[i])->kind == E_STARRED)
                    plain = false;
            if (plain) {
                for (int i = 0; i < value->u.seq.items.len; i++) {
                    Expr *v = value->u.seq.items.items[i];
                    sema_assign_target(s, t0->u.seq.items.items[i], v->type, st->line, st->col);
                }
                st->pairwise = true;
                break;
            }
        }
        for (int i = 0; i < st->u.assign.targets.len; i++) {
            Expr *target = st->u.assign.targets.items[i];
            s->fresh_list = target->kind == E_NAME && sema_fresh_object_list(value);
            sema_assign_target(s, target, t, st->line, st->col);
            s->fresh_list = false;
        }
        mark_append(st);
        break;
    }
    case S_ANNASSIGN: {
        Expr *target = st->u.annassign.target;
        if (!st->u.annassign.value) break;
        Type t = sema_expr(s, st->u.annassign.value);
        Type ann = annotation_type(st->u.annassign.annotation);
        (void)ann; /* Python does not check annotations at run time. */
        sema_assign_target(s, target, t, st->line, st->col);
        break;
    }
    case S_AUGASSIGN: {
        Expr *target = st->u.augassign.target;
        if (target->kind != E_NAME && target->kind != E_SUBSCRIPT && target->kind != E_ATTR) {
            if (s->report) diag_error(s->c, target->line, target->col, "'%s' is an illegal expression for augmented assignment", "expression");
            break;
        }
        if (target->kind == E_SUBSCRIPT && target->u.subscript.index->kind == E_SLICE) {
            sema_unsupported(s, target->line, target->col, "augmented assignment to a slice is");
            break;
        }
        /* Type it as the equivalent binary operation. */
        Expr *bin = arena_alloc(s->c->arena, sizeof *bin);
        bin->kind = E_BINOP;
        bin->line = st->line;
        bin->col = st->col;
        bin->u.binop.op = st->u.augassign.op;
        bin->u.binop.left = target;
        bin->u.binop.right = st->u.augassign.value;
        bin->u.binop.inplace = true; /* a list, set, dict or instance is changed in place */
        Type t = sema_expr(s, bin);
        st->aug_binop = bin;
        if (target->kind == E_NAME) sema_assign_target(s, target, t, st->line, st->col);
        if (target->kind == E_NAME && target->sym && bin->u.binop.op == OP_PLUS) {
            bin->u.binop.append = true;
            target->sym->appended = true;
        }
        break;
    }
    case S_IF:
        sema_expr(s, st->u.if_.test);
        sema_body(s, &st->u.if_.body);
        sema_body(s, &st->u.if_.orelse);
        break;
    case S_WHILE:
        sema_expr(s, st->u.while_.test);
        s->loop_depth++;
        sema_body(s, &st->u.while_.body);
        s->loop_depth--;
        s->no_yield++;
        sema_body(s, &st->u.while_.orelse);
        s->no_yield--;
        break;
    case S_FOR: {
        Expr *it = st->u.for_.iter;
        Type item = T_INT;
        if (st->u.for_.is_async && s->report) /* in an async def it has a meaning */
            diag_error(s->c, st->line, st->col, "'%s' outside async function",
                       arena_printf(s->c->arena, "%s %s", diag_keyword(s->c, KW_ASYNC), diag_keyword(s->c, KW_LOOP_FOR)));
        bool counting = sema_range_loop(s, it);
        if (!counting) {
            Type t = sema_expr(s, it);
            sema_list_hint(it);
            item = t == T_STR ? T_STR : t == T_UNKNOWN ? T_UNKNOWN : T_OBJ;
        }
        s->counting_target = counting && st->u.for_.target->kind == E_NAME;
        s->counting_nonneg = s->counting_target && sema_range_nonneg(it);
        sema_assign_target(s, st->u.for_.target, item, st->line, st->col);
        s->counting_target = s->counting_nonneg = false;
        s->loop_depth++;
        sema_body(s, &st->u.for_.body);
        s->loop_depth--;
        s->no_yield++;
        sema_body(s, &st->u.for_.orelse);
        s->no_yield--;
        break;
    }
    case S_BREAK:
    case S_CONTINUE:
        if (!s->loop_depth && s->report)
            diag_error(s->c, st->line, st->col, "'%s' outside loop",
                       diag_keyword(s->c, st->kind == S_BREAK ? KW_LOOP_BREAK : KW_LOOP_CONTINUE));
        break;
    case S_PASS: break;
    case S_RETURN:
        if (s->fn->is_main) {
            if (s->report) diag_error(s->c, st->line, st->col, "'%s' outside function", diag_keyword(s->c, KW_RETURN));
            break;
        }
        if (s->fn->is_generator) { /* the value of StopIteration */
            if (st->u.ret.value && s->fn->async_generator && s->report)
                diag_error(s->c, st->line, st->col, "'%s' with value in async generator", diag_keyword(s->c, KW_RETURN));
            if (st->u.ret.value) sema_expr(s, st->u.ret.value);
            break;
        }
        if (st->u.ret.value) {
            Type t = sema_expr(s, st->u.ret.value);
            s->fn->returns_value = true;
            join_return(s, s->fn, t);
        } else {
            join_return(s, s->fn, T_NONE); /* a bare return gives None */
        }
        break;
    case S_GLOBAL:
        if (s->fn->is_main) break; /* allowed and meaningless at module level */
        break;
    case S_ASSERT:
        sema_expr(s, st->u.assert_.test);
        if (st->u.assert_.msg) {
            Type t = sema_expr(s, st->u.assert_.msg);
            if (t != T_STR && t != T_UNKNOWN && t != T_NEVER)
                sema_unsupported(s, st->u.assert_.msg->line, st->u.assert_.msg->col,
                                 "an assert message that is not a string is");
        }
        break;
    case S_FUNCDEF:
        if (s->fn->is_main && st->fn && st->fn->is_lambda && !st->fn->method_of) {
            sema_decorated_stmt(s, st);
            break;
        }
        if (s->fn->is_main) break; /* a fixed function, or one its declaration refused */
        sema_nested_def(s, st);
        break;
    case S_CLASSDEF: sema_class_stmt(s, st); break;
    case S_TRY: sema_try(s, st); break;
    case S_RAISE:
        /* any value: the runtime checks it is an exception (or a class) */
        if (st->u.raise.exc) sema_expr(s, st->u.raise.exc);
        if (st->u.raise.cause) sema_expr(s, st->u.raise.cause);
        break;
    case S_NONLOCAL:
        for (int i = 0; i < st->u.names.names.len; i++) {
            const char *name = st->u.names.names.items[i];
            if (s->fn->is_main || !sema_capture(s, s->fn, name)) {
                if (s->report) diag_error(s->c, st->line, st->col, "no binding for nonlocal '%s' found", name);
            }
        }
        break;
    case S_DEL:
        for (int i = 0; i < st->u.del.targets.len; i++) {
            Expr *t = st->u.del.targets.items[i];
            if (t->kind == E_NAME) {
                Symbol *sym = sema_resolve(s, t->u.name.name);
                t->sym = sym;
                sema_check_rebind(s, sym, NULL, t->line, t->col);
                if (sym) t->type = sym->type;
                continue;
            }
            if (t->kind == E_ATTR) { /* del o.name: delattr(o, "name") */
                sema_expr(s, t->u.attr.value);
                continue;
            }
            if (t->kind != E_SUBSCRIPT) {
                sema_unsupported(s, t->line, t->col, "del of anything but a name, an attribute, an item or a slice is");
                continue;
            }
            sema_assign_target(s, t, T_OBJ, st->line, st->col);
        }
        break;
    case S_WITH: /* async with outside an async def (with has a meaning) */
        if (s->report)
            diag_error(s->c, st->line, st->col, "'%s' outside async function",
                       arena_printf(s->c->arena, "%s %s", diag_keyword(s->c, KW_ASYNC), diag_keyword(s->c, KW_WITH)));
        break;
    case S_MATCH:
        sema_expr(s, st->u.match.subject);
        for (int i = 0; i < st->u.match.cases.len; i++) {
            MatchCase *mc = st->u.match.cases.items[i];
            sema_pattern(s, mc->pattern);
            if (mc->guard) sema_expr(s, mc->guard);
            sema_body(s, &mc->body); /* a yield there resumes in its case (lower_match.c) */
        }
        break;
    case S_IMPORT:
    case S_IMPORT_FROM: sema_import_stmt(s, st); break;
    }
}

static void sema_body(Sema *s, PtrVec *body) {
    for (int i = 0; i < body->len; i++) sema_stmt(s, body->items[i]);
}

/* try: the handlers' classes are any values (the runtime checks them when
 * an exception is matched); `as name` binds an exception object. */
static void sema_try(Sema *s, Stmt *st) {
    sema_body(s, &st->u.try_.body);
    for (int i = 0; i < st->u.try_.handlers.len; i++) {
        ExceptHandler *h = st->u.try_.handlers.items[i];
        if (h->type) sema_expr(s, h->type);
        if (h->name) {
            Symbol *sym = sema_resolve(s, h->name);
            h->sym = sym;
            sema_check_rebind(s, sym, NULL, h->line, h->col);
            if (sym) sema_symbol_assign(s, sym, T_OBJ, h->line, h->col);
        }
        sema_body(s, &h->body);
    }
    sema_body(s, &st->u.try_.orelse);
    sema_body(s, &st->u.try_.finalbody);
}

static bool is_true_constant(const Expr *e) {
    return (e->kind == E_BOOL && e->u.bval) || (e->kind == E_INT && (!e->u.int_lit.fits || e->u.int_lit.value != 0));
}

static bool body_has_break(const PtrVec *body) {
    for (int i = 0; i < body->len; i++) {
        const Stmt *st = body->items[i];
        if (st->kind == S_BREAK) return true;
        if (st->kind == S_IF && (body_has_break(&st->u.if_.body) || body_has_break(&st->u.if_.orelse)))
            return true;
        if (st->kind == S_TRY) {
            if (body_has_break(&st->u.try_.body) || body_has_break(&st->u.try_.orelse) ||
                body_has_break(&st->u.try_.finalbody))
                return true;
            for (int k = 0; k < st->u.try_.handlers.len; k++)
                if (body_has_break(&((const ExceptHandler *)st->u.try_.handlers.items[k])->body)) return true;
        }
    }
    return false;
}

/* Whether control can never reach the end of the body (every path
 * returns, raises or loops forever). */
static bool body_terminates(const PtrVec *body) {
    if (!body->len) return false;
    const Stmt *last = body->items[body->len - 1];
    switch (last->kind) {
    case S_RETURN:
    case S_RAISE: return true;
    case S_IF: return body_terminates(&last->u.if_.body) && body_terminates(&last->u.if_.orelse);
    case S_TRY: {
        if (body_terminates(&last->u.try_.finalbody)) return true;
        if (!body_terminates(&last->u.try_.body) && !body_terminates(&last->u.try_.orelse)) return false;
        for (int k = 0; k < last->u.try_.handlers.len; k++)
            if (!body_terminates(&((const ExceptHandler *)last->u.try_.handlers.items[k])->body)) return false;
        return true;
    }
    case S_WHILE: return is_true_constant(last->u.while_.test) && !body_has_break(&last->u.while_.body);
    default: return false;
    }
}

/* Where the records of st's nodes go (Sema.nodes): st is a statement of
 * unit's top level (or a top-level def, for its body: body), whose chunk
 * the back end frees once it has lowered it, unless kept; a def's body's
 * go with the body to the chunk's bodies arena, freed once the def's
 * function is lowered, when the chunk has one. A def's, a class's and an
 * import's own records are read after that (a def's header is in the
 * compile's arena: its defaults are read at every call), so theirs stay
 * in the compile's arena, as do those of anything else. */
static Arena *node_arena(const Sema *s, const Unit *unit, const Stmt *st, bool body) {
    const Module *m = unit->ast;
    if (!m || st->tree_chunk <= 0 || st->tree_chunk > m->tree_chunks.len) return s->c->arena;
    const TreeChunk *ch = m->tree_chunks.items[st->tree_chunk - 1];
    if (body && ch->bodies) return ch->bodies;
    return ch->kept ? s->c->arena : ch->arena;
}

static void analyse_function(Sema *s, Function *f) {
    s->fn = f;
    s->unit = f->unit;
    s->c = f->unit->c; /* its diagnostics are its file's */
    s->loop_depth = 0;
    s->nodes = s->c->arena;
    if (f->is_main) {
        for (int i = 0; i < f->body.len; i++) {
            Stmt *st = f->body.items[i];
            s->nodes = st->kind == S_FUNCDEF ? s->c->arena : node_arena(s, f->unit, st, false);
            sema_stmt(s, st);
        }
        s->nodes = s->c->arena;
        return;
    }
    if (f->def && s->report) check_params(s, f);
    if (f->def) {
        /* Defaults count as arguments of every call that omits them. */
        for (int i = 0; i < f->params.len; i++) {
            Expr *d = f->defaults.items[i];
            if (d) {
                Symbol *p = f->params.items[i];
                Type t = sema_expr(s, d);
                sema_symbol_assign(s, p, t, d->line, d->col);
            }
        }
    }
    /* a top-level def's body is in its statement's chunk (node_arena) */
    if (f->def && !f->parent && !f->method_of && !f->is_lambda) s->nodes = node_arena(s, f->unit, f->def, true);
    sema_body(s, &f->body);
    s->nodes = s->c->arena;
    /* Falling off the end returns None. */
    if (f->def && !body_terminates(&f->body)) join_return(s, f, T_NONE);
}



static void fixpoint(Sema *s) {
    for (int iter = 0; iter < 100; iter++) {
        s->changed = false;
        for (int u = s->p->units.len - 1; u >= 0; u--) analyse_function(s, ((Unit *)s->p->units.items[u])->body);
        for (int i = 0; i < s->p->functions.len; i++) analyse_function(s, s->p->functions.items[i]);
        if (!s->changed) break;
    }
}

static void default_symbol(Symbol *sym, Type t) {
    if (sym->type == T_UNKNOWN || sym->type == T_NEVER) sym->type = t;
}

/* Parameters nobody passes a value to are floats (what a host calling the
 * export most likely passes), or what their use suggests (Symbol.hint),
 * objects in an imported module; anything else never bound to a value is
 * None. */
static void default_unknowns(Program *p, bool params_only) {
    for (int i = 0; i < p->functions.len; i++) {
        Function *f = p->functions.items[i];
        if (!params_only && (f->ret == T_UNKNOWN || f->ret == T_NEVER)) f->ret = T_NONE;
        for (int j = 0; j < f->locals.len; j++) {
            Symbol *sym = f->locals.items[j];
            /* an imported module's function nobody calls is nobody's
             * export: its parameters take anything (a library's unused
             * function must compile whatever its body does with them) */
            if (sym->kind == SYM_PARAM && f->unit->index) default_symbol(sym, T_OBJ);
            else if (sym->kind == SYM_PARAM) default_symbol(sym, sym->hint ? sym->hint : T_FLOAT);
            else if (!params_only) default_symbol(sym, T_NONE);
        }
    }
    if (!params_only)
        for (int i = 0; i < p->globals.len; i++) default_symbol(p->globals.items[i], T_NONE);
}

/* Class statements and defs in the blocks of the module's body (under if,
 * try, for, while, with, match): classes of the module like the others,
 * and function values bound to their names (sema_module_defs.c), made each
 * time their statement runs. */
static void declare_classes_in(Sema *s, PtrVec *body);

static void declare_block_classes(Sema *s, Stmt *st) {
    switch (st->kind) {
    case S_CLASSDEF: sema_declare_class(s, st); break;
    case S_FUNCDEF: sema_declare_decorated(s, st); break;
    case S_IF: declare_classes_in(s, &st->u.if_.body), declare_classes_in(s, &st->u.if_.orelse); break;
    case S_WHILE: declare_classes_in(s, &st->u.while_.body), declare_classes_in(s, &st->u.while_.orelse); break;
    case S_FOR: declare_classes_in(s, &st->u.for_.body), declare_classes_in(s, &st->u.for_.orelse); break;
    case S_WITH: declare_classes_in(s, &st->u.with.body); break;
    case S_TRY:
        declare_classes_in(s, &st->u.try_.body);
        for (int i = 0; i < st->u.try_.handlers.len; i++)
            declare_classes_in(s, &((ExceptHandler *)st->u.try_.handlers.items[i])->body);
        declare_classes_in(s, &st->u.try_.orelse);
        declare_classes_in(s, &st->u.try_.finalbody);
        break;
    case S_MATCH:
        for (int i = 0; i < st->u.match.cases.len; i++)
            declare_classes_in(s, &((MatchCase *)st->u.match.cases.items[i])->body);
        break;
    default: break;
    }
}

static void declare_classes_in(Sema *s, PtrVec *body) {
    for (int i = 0; i < body->len; i++) declare_block_classes(s, body->items[i]);
}

/* A file's top-level statements: its defs (by name), its classes, and its
 * top-level code; then the names each of its functions binds. */
static void collect_unit(Sema *s, Unit *u) {
    Arena *a = s->c->arena;
    Program *p = s->p;
    s->unit = u;
    s->c = u->c;
    s->nodes = u->c->arena;
    u->body = new_function(s, NULL);
    s->fn = u->body;
    Module *m = u->ast;
    bool executable_seen = false;
    int first_function = p->functions.len;
    StrMap value_names = {0};
    sema_module_value_defs(a, &m->body, &value_names);
    /* the top-level code is every statement, defs included: the module's
     * own vector (nothing adds to either once the file is parsed; a
     * 200,000-line file's copy would be 2 MB) */
    u->body->body = m->body;
    for (int i = 0; i < m->body.len; i++) {
        Stmt *st = m->body.items[i];
        if (st->kind == S_FUNCDEF && (sema_user_decorated(st) || strmap_get(&value_names, st->u.funcdef.name))) {
            sema_declare_decorated(s, st);
            executable_seen = true;
            continue;
        }
        if (st->kind == S_FUNCDEF) {
            Function *f = new_function(s, st);
            f->def_index = i;
            f->late = executable_seen;
            Function *prev = sema_function_named(u, f->name);
            if (prev) {
                diag_error(u->c, st->line, st->col, "redefining function '%s' is not supported yet", f->name);
                continue;
            }
            f->index = p->functions.len;
            ptrvec_push(a, &p->functions, f);
            strmap_put(a, &u->function_map, f->name, f);
        } else {
            if (st->kind != S_PASS && st->kind != S_GLOBAL) executable_seen = true;
            if (st->kind == S_CLASSDEF) sema_declare_class(s, st);
            else declare_block_classes(s, st);
        }
    }
    /* Names: module-level assignments are globals; function locals. */
    collect_body(s, u->body, &u->body->body);
    for (int i = first_function; i < p->functions.len; i++) {
        Function *f = p->functions.items[i];
        collect_body(s, f, &f->body);
    }
    for (int i = first_function; i < p->functions.len; i++) {
        Function *f = p->functions.items[i];
        if (f->def && strmap_get(&u->global_map, f->name)) /* top-level defs by name */
            diag_error(u->c, f->def->line, f->def->col, "'%s' is both a function and a variable: not supported yet",
                       f->name);
    }
    u->collected = true;
}

/* The import statements of a body, outside the defs in it (their own
 * functions collect theirs): bound once every file's names are known, so
 * that `from helpers import area` finds the def whichever file comes
 * first. */
static void collect_imports(Sema *s, Function *f, PtrVec *body) {
    for (int i = 0; i < body->len; i++) {
        Stmt *st = body->items[i];
        switch (st->kind) {
        case S_IMPORT:
        case S_IMPORT_FROM: sema_collect_import(s, f, st); break;
        case S_IF:
            collect_imports(s, f, &st->u.if_.body);
            collect_imports(s, f, &st->u.if_.orelse);
            break;
        case S_WHILE:
            collect_imports(s, f, &st->u.while_.body);
            collect_imports(s, f, &st->u.while_.orelse);
            break;
        case S_FOR:
            collect_imports(s, f, &st->u.for_.body);
            collect_imports(s, f, &st->u.for_.orelse);
            break;
        case S_TRY:
            collect_imports(s, f, &st->u.try_.body);
            for (int k = 0; k < st->u.try_.handlers.len; k++)
                collect_imports(s, f, &((ExceptHandler *)st->u.try_.handlers.items[k])->body);
            collect_imports(s, f, &st->u.try_.orelse);
            collect_imports(s, f, &st->u.try_.finalbody);
            break;
        case S_WITH: collect_imports(s, f, &st->u.with.body); break;
        default: break;
        }
    }
}

static bool units_have_errors(const Program *p) {
    for (int i = 0; i < p->units.len; i++)
        if (diag_has_errors(((const Unit *)p->units.items[i])->c)) return true;
    return false;
}

static Program *analyze(Unit *const *units, int nunits, Arena *scratch) {
    Compiler *c = units[0]->c;
    Arena *a = c->arena;
    Program *p = arena_alloc(a, sizeof *p);
    p->module = units[0]->ast;
    Sema s = {.c = c, .p = p, .member_nargs = -1, .defer_imports = true, .nodes = c->arena, .scratch = scratch};
    for (int i = 0; i < nunits; i++) {
        units[i]->index = i;
        ptrvec_push(a, &p->units, units[i]);
    }
    for (int i = 0; i < nunits; i++)
        if (units[i]->ast) sema_mangle_private(a, units[i]->ast); /* self.__x in class C: self._C__x */
    for (int i = 0; i < nunits; i++) collect_unit(&s, units[i]);
    p->main = units[0]->body;
    s.defer_imports = false;
    int nfunctions = p->functions.len; /* the top-level defs and methods */
    /* the imported modules first (they come after their importers in
     * units): a name a module imported itself (random.ml's `from _random
     * import *`) is bound there before another imports it from it */
    for (int i = nunits - 1; i >= 0; i--) {
        s.unit = units[i];
        s.c = units[i]->c;
        s.nodes = s.c->arena;
        collect_imports(&s, units[i]->body, &units[i]->body->body);
    }
    for (int i = 0; i < nfunctions; i++) {
        Function *f = p->functions.items[i];
        s.unit = f->unit;
        s.c = f->unit->c;
        s.nodes = s.c->arena;
        collect_imports(&s, f, &f->body); /* defs, methods, decorated defs */
    }
    s.unit = units[0];
    s.c = c;
    s.nodes = c->arena;
    if (units_have_errors(p)) return NULL;

    /* Fixpoint: types only grow (UNKNOWN -> T -> OBJ), so this ends.
     * What stays unknown (a variable only ever read before it is bound, a
     * parameter of a function nobody calls) gets a default, and the
     * fixpoint runs again so that every expression has a final type
     * before the reporting pass and code generation. */
    fixpoint(&s);
    /* First the parameters only: what depends on them (a result, a local)
     * must get its type from them, not from an early None default. */
    default_unknowns(p, true);
    fixpoint(&s);
    default_unknowns(p, false);
    fixpoint(&s);
    s.report = true;
    for (int u = 0; u < p->units.len; u++) analyse_function(&s, ((Unit *)p->units.items[u])->body);
    for (int i = 0; i < p->functions.len; i++) analyse_function(&s, p->functions.items[i]);
    if (units_have_errors(p)) return NULL;
    sema_bound(p);
    for (int i = 0; i < p->functions.len && p->uses_doc; i++) {
        Function *f = p->functions.items[i];
        const Expr *doc = ast_docstring(&f->body); /* (a lambda's body is its return) */
        if (doc) f->doc = doc->u.str.data, f->doc_len = doc->u.str.len;
    }
    /* The function table: the functions used as values, in order, then
     * the bound forms of the methods that have a self. */
    for (int i = 0; i < p->functions.len; i++) {
        Function *f = p->functions.items[i];
        if (!f->as_value) continue;
        f->table_index = p->table.len;
        ptrvec_push(a, &p->table, f);
        bool defaults = false;
        for (int k = 0; k < f->defaults.len; k++) defaults |= f->defaults.items[k] != NULL;
        bool top = f->def && !f->parent && !f->method_of && !f->is_lambda;
        int star = top ? sema_table_star(&f->def->u.funcdef.params) : 0;
        /* a top-level def's function object packs *args / **kwargs where
         * its parameters are in the table ABI's order already (no
         * keyword-only or positional-only one) */
        if (star > 0 && !(star >> RT_STAR_KWONLY_SHIFT)) f->star = star;
        if (top && (defaults || f->star)) {
            /* (the others are one static object: lowering's g_static_func) */
            Symbol *cache = new_symbol(a, f->name, SYM_GLOBAL, f->def->line, f->def->col);
            cache->wat_name = arena_printf(a, "fv_%s", f->wat_name);
            cache->type = T_OBJ;
            ptrvec_push(a, &p->globals, cache);
            f->value_cache = cache;
        }
    }
    for (int i = 0; i < p->functions.len; i++) {
        Function *f = p->functions.items[i];
        if (!f->method_of || !f->params.len || f->method_kind == METHOD_STATIC) continue;
        f->bound_index = p->table.len + p->bound_table.len;
        ptrvec_push(a, &p->bound_table, f);
    }
    return p;
}

Program *sema_analyze(Unit *const *units, int nunits) {
    Arena *scratch = arena_child(units[0]->c->arena);
    Program *p = analyze(units, nunits, scratch);
    arena_free_trim(scratch);
    return p;
}

/* A lambda becomes a function of its own, called through the function
 * table: every parameter and the result are objects. It closes over the
 * variables of the functions around it (cells), and over those of the
 * comprehensions around it (hidden locals of the enclosing function, made
 * cells: capture_comp_vars). reads_comp_var says whether e reads one;
 * `bound` holds the names bound between the lambda and e (its parameters,
 * a nested lambda's, a nested comprehension's targets), which shadow them.
 * (A := in a lambda binds a local of the lambda: collect_expr.) */
static bool reads_comp_var(Sema *s, const Expr *e, PtrVec *bound);

static bool vec_reads(Sema *s, const PtrVec *v, PtrVec *bound) {
    for (int i = 0; i < v->len; i++)
        if (v->items[i] && reads_comp_var(s, v->items[i], bound)) return true;
    return false;
}

static void bind_target_names(Sema *s, const Expr *t, PtrVec *bound) {
    if (t->kind == E_NAME) ptrvec_push(s->c->arena, bound, (void *)t->u.name.name);
    else if (t->kind == E_TUPLE || t->kind == E_LIST)
        for (int i = 0; i < t->u.seq.items.len; i++) bind_target_names(s, t->u.seq.items.items[i], bound);
    else if (t->kind == E_STARRED) bind_target_names(s, t->u.starred.value, bound);
}

/* A comprehension: its first iterable in the scope around it, the rest
 * with its targets bound. */
static bool comp_reads(Sema *s, const Expr *e, PtrVec *bound) {
    const PtrVec *gens = &e->u.comp.generators;
    int mark = bound->len;
    bool reads = false;
    for (int i = 0; i < gens->len && !reads; i++) {
        const Comprehension *c = gens->items[i];
        reads = reads_comp_var(s, c->iter, bound);
        bind_target_names(s, c->target, bound);
        reads = reads || vec_reads(s, &c->ifs, bound);
    }
    reads = reads || reads_comp_var(s, e->u.comp.elt, bound) || (e->kind == E_DICTCOMP && reads_comp_var(s, e->u.comp.key, bound));
    bound->len = mark;
    return reads;
}

static bool reads_comp_var(Sema *s, const Expr *e, PtrVec *bound) {
    if (!e) return false;
    switch (e->kind) {
    case E_NAME: {
        for (int i = 0; i < bound->len; i++)
            if (!strcmp(bound->items[i], e->u.name.name)) return false;
        for (int i = 0; i < s->comp_syms.len; i++)
            if (!strcmp(((Symbol *)s->comp_syms.items[i])->name, e->u.name.name)) return true;
        return false;
    }
    case E_BINOP: return reads_comp_var(s, e->u.binop.left, bound) || reads_comp_var(s, e->u.binop.right, bound);
    case E_UNARY: return reads_comp_var(s, e->u.unary.operand, bound);
    case E_BOOLOP: return vec_reads(s, &e->u.boolop.values, bound);
    case E_COMPARE: return reads_comp_var(s, e->u.compare.left, bound) || vec_reads(s, &e->u.compare.comparators, bound);
    case E_CALL:
        if (reads_comp_var(s, e->u.call.func, bound) || vec_reads(s, &e->u.call.args, bound)) return true;
        for (int i = 0; i < e->u.call.keywords.len; i++)
            if (reads_comp_var(s, ((Keyword *)e->u.call.keywords.items[i])->value, bound)) return true;
        return false;
    case E_ATTR: return reads_comp_var(s, e->u.attr.value, bound);
    case E_SUBSCRIPT: return reads_comp_var(s, e->u.subscript.value, bound) || reads_comp_var(s, e->u.subscript.index, bound);
    case E_SLICE:
        return reads_comp_var(s, e->u.slice.lower, bound) || reads_comp_var(s, e->u.slice.upper, bound) ||
               reads_comp_var(s, e->u.slice.step, bound);
    case E_TUPLE: case E_LIST: case E_SET: return vec_reads(s, &e->u.seq.items, bound);
    case E_DICT: return vec_reads(s, &e->u.dict.keys, bound) || vec_reads(s, &e->u.dict.values, bound);
    case E_IFEXP:
        return reads_comp_var(s, e->u.ifexp.test, bound) || reads_comp_var(s, e->u.ifexp.body, bound) ||
               reads_comp_var(s, e->u.ifexp.orelse, bound);
    case E_FSTRING: return vec_reads(s, &e->u.fstr.parts, bound);
    case E_FORMATTED: return reads_comp_var(s, e->u.formatted.value, bound) || reads_comp_var(s, e->u.formatted.spec, bound);
    case E_STARRED: case E_DOUBLESTARRED: return reads_comp_var(s, e->u.starred.value, bound);
    case E_YIELD: case E_YIELD_FROM: case E_AWAIT: return reads_comp_var(s, e->u.yield.value, bound);
    case E_LAMBDA: {
        const PtrVec *params = &e->u.lambda.params;
        for (int i = 0; i < params->len; i++)
            if (reads_comp_var(s, ((const Param *)params->items[i])->default_value, bound)) return true;
        int mark = bound->len;
        for (int i = 0; i < params->len; i++) ptrvec_push(s->c->arena, bound, (void *)((const Param *)params->items[i])->name);
        bool reads = reads_comp_var(s, e->u.lambda.body, bound);
        bound->len = mark;
        return reads;
    }
    case E_LISTCOMP: case E_SETCOMP: case E_DICTCOMP: case E_GENEXP: return comp_reads(s, e, bound);
    case E_WALRUS: return reads_comp_var(s, e->u.walrus.value, bound);
    default: return false;
    }
}

/* The variables of the comprehensions around a lambda that its body reads
 * (the innermost of a name): free variables of the lambda now, since its
 * body is analysed later, outside the comprehension; each becomes a cell
 * of the enclosing function, made afresh each time its comprehension
 * runs (lower_containers.c), as CPython's comprehension frame makes it:
 * [lambda: x for x in range(3)] gives three functions of the last x. */
static void capture_comp_vars(Sema *s, Function *f, const Expr *body, PtrVec *bound) {
    PtrVec scope = s->comp_syms;
    for (int i = scope.len - 1; i >= 0; i--) {
        Symbol *var = scope.items[i];
        if (strmap_get(&f->free_map, var->name)) continue; /* an inner one of that name */
        void *one[1] = {var};
        s->comp_syms = (PtrVec){one, 1, 1};
        bool reads = reads_comp_var(s, body, bound);
        s->comp_syms = scope;
        if (reads) free_variable(s, f, var);
    }
}

Type sema_lambda(Sema *s, Expr *e) {
    Function *f = e->fn;
    if (!f) {
        PtrVec *params = &e->u.lambda.params;
        PtrVec bound = {0};
        for (int i = 0; i < params->len; i++) ptrvec_push(s->c->arena, &bound, (void *)((Param *)params->items[i])->name);
        Arena *a = s->c->arena;
        f = arena_alloc(a, sizeof *f);
        f->unit = s->unit;
        f->name = "<lambda>";
        f->is_lambda = f->as_value = true;
        f->wat_name = arena_printf(a, "lambda_%d", s->p->functions.len);
        if (!s->fn->is_main) f->parent = s->fn;
        f->ret = T_OBJ;
        /* lambda *args, **kw, lambda a, *, b: the table ABI's order, as a
         * nested def's (sema_nested_function) */
        f->star = sema_table_star(params);
        const Param **order = arena_alloc(a, sizeof(Param *) * (size_t)(params->len + 1));
        sema_table_order(params, order);
        for (int i = 0; i < params->len; i++) {
            const Param *pa = order[i];
            Symbol *sym = new_symbol(a, pa->name, SYM_PARAM, pa->line, pa->col);
            sym->type = pa->kind == PARAM_VARARGS ? T_TUPLE : pa->kind == PARAM_VARKW ? T_DICT : T_OBJ;
            ptrvec_push(a, &f->params, sym);
            ptrvec_push(a, &f->defaults, pa->default_value); /* evaluated where the lambda is */
            sema_add_local(a, f, sym);
        }
        Stmt *ret = stmt_new(a, S_RETURN, e->u.lambda.body->line, e->u.lambda.body->col);
        ret->u.ret.value = e->u.lambda.body;
        ptrvec_push(a, &f->body, ret);
        collect_expr(s, f, e->u.lambda.body); /* lambda v: (w := v * 2) + w: w is the lambda's */
        f->index = s->p->functions.len;
        ptrvec_push(a, &s->p->functions, f);
        e->fn = f;
        s->changed = true;
        capture_comp_vars(s, f, e->u.lambda.body, &bound);
    }
    for (int i = 0; i < f->defaults.len; i++)
        if (f->defaults.items[i]) sema_expr(s, f->defaults.items[i]);
    return T_OBJ;
}

/* The Function of a def inside a function (a nested def, or a method of a
 * class inside a function): the table ABI, its parameters in that ABI's
 * order, its defaults evaluated where the def runs (by the caller), the
 * enclosing function's variables it uses in cells. Made once (the first
 * pass): NULL after reporting why not. what: "nested functions" ... */
Function *sema_nested_function(Sema *s, Stmt *st, const char *what, bool decorators) {
    Function *f = st->fn;
    if (f) return f;
    Arena *a = s->c->arena;
    if (st->u.funcdef.decorators.len && !decorators) {
        sema_unsupported(s, st->line, st->col, arena_printf(a, "decorators on %s are", what));
        return NULL;
    }
    int star = sema_table_star(&st->u.funcdef.params);
    f = arena_alloc(a, sizeof *f);
    f->unit = s->unit;
    f->name = st->u.funcdef.name;
    f->star = star;
    f->is_lambda = f->as_value = true;
    f->wat_name = arena_printf(a, "nested_%d_%s", s->p->functions.len, sema_mangle(a, "", f->name));
    f->ret = T_OBJ;
    f->parent = s->fn;
    f->def = NULL;
    const Param **order = arena_alloc(a, sizeof(Param *) * (size_t)(st->u.funcdef.params.len + 1));
    sema_table_order(&st->u.funcdef.params, order);
    for (int i = 0; i < st->u.funcdef.params.len; i++) {
        const Param *pa = order[i];
        Symbol *sym = new_symbol(a, pa->name, SYM_PARAM, pa->line, pa->col);
        sym->type = pa->kind == PARAM_VARARGS ? T_TUPLE : pa->kind == PARAM_VARKW ? T_DICT : T_OBJ;
        ptrvec_push(a, &f->params, sym);
        ptrvec_push(a, &f->defaults, pa->default_value); /* evaluated where the def is */
        sema_add_local(a, f, sym);
    }
    f->body = st->u.funcdef.body;
    sema_mark_generator(s, f, st);
    collect_body(s, f, &f->body);
    st->fn = f;
    f->index = s->p->functions.len;
    ptrvec_push(a, &s->p->functions, f);
    s->changed = true;
    return f;
}

/* A def inside a function: a function value bound to a local of the
 * enclosing function. */
void sema_nested_def(Sema *s, Stmt *st) {
    Function *f = sema_nested_function(s, st, "nested functions", true);
    if (!f) return;
    /* @wraps(fn) def inner ...: evaluated here, first (lower_stmt.c) */
    for (int i = 0; i < st->u.funcdef.decorators.len; i++) sema_expr(s, st->u.funcdef.decorators.items[i]);
    for (int i = 0; i < f->defaults.len; i++)
        if (f->defaults.items[i]) sema_expr(s, f->defaults.items[i]);
    Symbol *sym = f->binding = sema_resolve(s, st->u.funcdef.name);
    sema_check_rebind(s, sym, NULL, st->line, st->col);
    if (sym) sema_symbol_assign(s, sym, T_OBJ, st->line, st->col);
}

/* (elt for t1 in it1 if c1 for t2 in it2 ...) is lazy, as in CPython: a
 * generator function of its own,
 *     def <genexpr>(.0):
 *         for t1 in .0:
 *             if c1:
 *                 for t2 in it2:
 *                     yield elt
 * whose generator the expression makes from iter(it1), evaluated where
 * the expression is. Inside a comprehension (whose variables, hidden
 * locals, a nested function cannot close over yet) it is a list, made at
 * once. */
Type sema_genexp(Sema *s, Expr *e) {
    PtrVec *gens = &e->u.comp.generators;
    Function *f = e->fn;
    if (!f) {
        Arena *a = s->c->arena;
        f = arena_alloc(a, sizeof *f);
        f->unit = s->unit;
        f->name = "<genexpr>";
        f->is_lambda = true; /* the env of a closure, objects in and out */
        f->wat_name = arena_printf(a, "genexpr_%d", s->p->functions.len);
        f->ret = T_OBJ;
        f->bound_index = -1;
        if (!s->fn->is_main) f->parent = s->fn;
        Symbol *it = new_symbol(a, ".0", SYM_PARAM, e->line, e->col);
        it->type = T_OBJ;
        ptrvec_push(a, &f->params, it);
        ptrvec_push(a, &f->defaults, NULL);
        sema_add_local(a, f, it);
        Stmt *y = stmt_new(a, S_EXPR, e->u.comp.elt->line, e->u.comp.elt->col);
        y->u.expr.value = expr_new(a, E_YIELD, e->u.comp.elt->line, e->u.comp.elt->col);
        y->u.expr.value->u.yield.value = e->u.comp.elt;
        Stmt *inner = y;
        for (int i = gens->len - 1; i >= 0; i--) {
            Comprehension *c = gens->items[i];
            for (int k = c->ifs.len - 1; k >= 0; k--) {
                Expr *test = c->ifs.items[k];
                Stmt *st = stmt_new(a, S_IF, test->line, test->col);
                st->u.if_.test = test;
                ptrvec_push(a, &st->u.if_.body, inner);
                inner = st;
            }
            Stmt *loop = stmt_new(a, S_FOR, c->target->line, c->target->col);
            loop->u.for_.target = c->target;
            loop->u.for_.is_async = c->is_async;
            if (i == 0) {
                loop->u.for_.iter = expr_new(a, E_NAME, c->iter->line, c->iter->col);
                loop->u.for_.iter->u.name.name = ".0";
                loop->u.for_.outer_iter = c->iter;
            } else {
                loop->u.for_.iter = c->iter;
            }
            ptrvec_push(a, &loop->u.for_.body, inner);
            inner = loop;
        }
        ptrvec_push(a, &f->body, inner);
        f->is_generator = true;
        /* with an await or an `async for`, an asynchronous generator (its
         * awaits and loops given their meaning in its body: sema_await.c) */
        f->is_coroutine = f->async_generator = s->fn->is_coroutine && sema_comp_is_async(e);
        f->gen_id = s->p->generators.len;
        ptrvec_push(a, &s->p->generators, f);
        collect_body(s, f, &f->body);
        f->index = s->p->functions.len;
        ptrvec_push(a, &s->p->functions, f);
        e->fn = f;
        s->changed = true;
        /* in a comprehension: the variables of the comprehensions around
         * it that it reads are its free variables, as a lambda's there */
        PtrVec bound = {0};
        capture_comp_vars(s, f, e, &bound);
    }
    if (!f->is_coroutine && s->report)
        for (int i = 0; i < gens->len; i++)
            if (((Comprehension *)gens->items[i])->is_async)
                diag_error(s->c, e->line, e->col, "asynchronous comprehension outside of an asynchronous function");
    sema_expr(s, ((Comprehension *)gens->items[0])->iter);
    return T_OBJ;
}
