/* See export_abi.h. */
#include "export_abi.h"

#include <string.h>

AbiKind abi_param_kind(Type t) {
    switch (t) {
    case T_INT: return ABI_I64;
    case T_FLOAT: return ABI_F64;
    case T_BOOL: return ABI_BOOL;
    case T_STR: return ABI_STR;
    case T_LIST: case T_TUPLE: return ABI_F64_ARRAY;
    default: return ABI_OBJECT;
    }
}

AbiKind abi_result_kind(const Function *f) {
    if (f->render_mode != RENDER_SCALAR_FIELD) return ABI_POINTS;
    switch (f->ret) {
    case T_NONE: return ABI_VOID;
    case T_INT: return ABI_I64;
    case T_FLOAT: return ABI_F64;
    case T_BOOL: return ABI_BOOL;
    case T_STR: return ABI_STR;
    case T_TUPLE: return abi_tuple_arity(f) ? ABI_TUPLE : ABI_OBJECT;
    default: return ABI_OBJECT;
    }
}

/* -1: no return seen yet; 0: not one fixed size; n: every return builds n. */
static int returns_arity(const PtrVec *body, int seen);

static int merge(int seen, int n) { return seen < 0 ? n : seen == n ? n : 0; }

static int stmt_arity(const Stmt *s, int seen) {
    switch (s->kind) {
    case S_RETURN: {
        const Expr *v = s->u.ret.value;
        if (!v || v->kind != E_TUPLE || !v->u.seq.items.len) return 0;
        for (int i = 0; i < v->u.seq.items.len; i++)
            if (((const Expr *)v->u.seq.items.items[i])->kind == E_STARRED) return 0;
        return merge(seen, v->u.seq.items.len);
    }
    case S_IF: return returns_arity(&s->u.if_.orelse, returns_arity(&s->u.if_.body, seen));
    case S_WHILE: return returns_arity(&s->u.while_.orelse, returns_arity(&s->u.while_.body, seen));
    case S_FOR: return returns_arity(&s->u.for_.orelse, returns_arity(&s->u.for_.body, seen));
    case S_WITH: return returns_arity(&s->u.with.body, seen);
    case S_TRY:
        seen = returns_arity(&s->u.try_.orelse, returns_arity(&s->u.try_.body, seen));
        for (int i = 0; i < s->u.try_.handlers.len && seen != 0; i++)
            seen = returns_arity(&((const ExceptHandler *)s->u.try_.handlers.items[i])->body, seen);
        return returns_arity(&s->u.try_.finalbody, seen);
    case S_MATCH:
        for (int i = 0; i < s->u.match.cases.len && seen != 0; i++)
            seen = returns_arity(&((const MatchCase *)s->u.match.cases.items[i])->body, seen);
        return seen;
    default: return seen; /* nested defs return for themselves */
    }
}

static int returns_arity(const PtrVec *body, int seen) {
    for (int i = 0; i < body->len && seen != 0; i++) seen = stmt_arity(body->items[i], seen);
    return seen;
}

int abi_tuple_arity(const Function *f) {
    if (!f->def || f->ret != T_TUPLE) return 0;
    int n = returns_arity(&f->def->u.funcdef.body, -1);
    return n > 0 ? n : 0;
}

const char *abi_kind_name(AbiKind k) {
    switch (k) {
    case ABI_VOID: return "void";
    case ABI_I64: return "i64";
    case ABI_F64: return "f64";
    case ABI_BOOL: return "bool";
    case ABI_STR: return "str";
    case ABI_F64_ARRAY: return "array<f64>";
    case ABI_TUPLE: return "tuple<f64>";
    case ABI_POINTS: return "i32";
    default: return "object";
    }
}

bool abi_is_exported(const Function *f) {
    /* the entry file's top-level defs (an imported module's are not the
     * program's interface) */
    return !f->is_lambda && !f->parent && f->unit->index == 0 && strcmp(f->name, "_start") && strcmp(f->name, "memory");
}

bool abi_needs_wrapper(const Function *f) {
    AbiKind r = abi_result_kind(f);
    if (r == ABI_TUPLE || r == ABI_POINTS) return true;
    for (int i = 0; i < f->params.len; i++) {
        AbiKind k = abi_param_kind(((const Symbol *)f->params.items[i])->type);
        if (k == ABI_STR || k == ABI_F64_ARRAY) return true;
    }
    return false;
}

bool abi_uses_host_buffer(const Program *p) {
    for (int i = 0; i < p->functions.len; i++) {
        const Function *f = p->functions.items[i];
        if (abi_is_exported(f) && abi_needs_wrapper(f)) return true;
    }
    return false;
}
