/* See export_abi.h. */
#include "export_abi.h"

#include <string.h>

#include "../util/buf.h"

/* ---- parameter shapes (abi_param_type) ---- */

static const Expr *param_annotation(const Function *f, int i) {
    if (!f->def || i >= f->def->u.funcdef.params.len) return NULL;
    return ((const Param *)f->def->u.funcdef.params.items[i])->annotation;
}

static bool is_name(const Expr *e, const char *a, const char *b) {
    return e && e->kind == E_NAME && (!strcmp(e->u.name.name, a) || (b && !strcmp(e->u.name.name, b)));
}

/* The static type a shape's top level stands for (T_OBJ: any object). */
static Type shape_top(const Expr *ann) { return ann ? sema_annotation_top(ann) : T_OBJ; }

static void put_shape(Buf *b, const Expr *ann);

/* `X[a]` or `X[a, b]`: item k of the index (NULL when absent). */
static const Expr *type_arg(const Expr *ann, int k, int *count) {
    const Expr *ix = ann->u.subscript.index;
    if (ix->kind == E_TUPLE) {
        *count = ix->u.seq.items.len;
        return k < ix->u.seq.items.len ? ix->u.seq.items.items[k] : NULL;
    }
    *count = 1;
    return k == 0 ? ix : NULL;
}

static void put_container(Buf *b, const char *kind, const Expr *item) {
    buf_printf(b, "%s<", kind);
    put_shape(b, item);
    buf_puts(b, ">");
}

static void put_shape(Buf *b, const Expr *ann) {
    Type top = shape_top(ann);
    bool args = ann && ann->kind == E_SUBSCRIPT;
    int n = 0;
    switch (top) {
    case T_INT: buf_puts(b, "i64"); return;
    case T_FLOAT: buf_puts(b, "f64"); return;
    case T_BOOL: buf_puts(b, "bool"); return;
    case T_STR: buf_puts(b, "str"); return;
    case T_NONE: buf_puts(b, "none"); return;
    case T_LIST: case T_SET: put_container(b, top == T_LIST ? "list" : "set", args ? type_arg(ann, 0, &n) : NULL); return;
    case T_TUPLE: {
        /* tuple[T, ...] is homogeneous; tuple[A, B] is not one shape per item here */
        const Expr *item = args ? type_arg(ann, 0, &n) : NULL;
        const Expr *second = args ? type_arg(ann, 1, &n) : NULL;
        put_container(b, "tuple", n == 2 && second && second->kind == E_ELLIPSIS ? item : n == 1 ? item : NULL);
        return;
    }
    case T_DICT:
        buf_puts(b, "dict<");
        put_shape(b, args ? type_arg(ann, 0, &n) : NULL);
        buf_puts(b, ",");
        put_shape(b, args ? type_arg(ann, 1, &n) : NULL);
        buf_puts(b, ">");
        return;
    default: buf_puts(b, is_name(ann, "bytes", NULL) ? "bytes" : "any");
    }
}

/* The annotation when its shape agrees with the parameter's inferred type
 * (a value of it has that type), else NULL (the type alone decides). */
static const Expr *agreeing_annotation(const Function *f, int i) {
    const Expr *ann = param_annotation(f, i);
    Type t = ((const Symbol *)f->params.items[i])->type;
    if (!ann) return NULL;
    Type top = shape_top(ann);
    return top == t || (t == T_OBJ && top != T_INT && top != T_FLOAT && top != T_BOOL && top != T_STR) ? ann : NULL;
}

/* A list or tuple parameter annotated with float items. */
static bool is_float_array(const Function *f, int i) {
    const Expr *ann = agreeing_annotation(f, i);
    Type t = ((const Symbol *)f->params.items[i])->type;
    if (!ann || (t != T_LIST && t != T_TUPLE) || ann->kind != E_SUBSCRIPT) return false;
    int n = 0;
    const Expr *item = type_arg(ann, 0, &n), *second = type_arg(ann, 1, &n);
    if (t == T_TUPLE && !(n == 1 || (n == 2 && second->kind == E_ELLIPSIS))) return false;
    return is_name(item, "float", NULL);
}

AbiKind abi_param_kind(const Function *f, int i) {
    switch (((const Symbol *)f->params.items[i])->type) {
    case T_INT: return ABI_I64;
    case T_FLOAT: return ABI_F64;
    case T_BOOL: return ABI_BOOL;
    case T_STR: return ABI_STR;
    case T_LIST: case T_TUPLE: return is_float_array(f, i) ? ABI_F64_ARRAY : ABI_VALUE;
    default: return ABI_VALUE;
    }
}

void abi_put_param_type(Buf *out, const Function *f, int i) {
    AbiKind k = abi_param_kind(f, i);
    if (k != ABI_VALUE) {
        buf_puts(out, abi_kind_name(k));
        return;
    }
    const Expr *ann = agreeing_annotation(f, i);
    if (ann) {
        put_shape(out, ann);
        return;
    }
    switch (((const Symbol *)f->params.items[i])->type) {
    case T_LIST: buf_puts(out, "list<any>"); break;
    case T_TUPLE: buf_puts(out, "tuple<any>"); break;
    case T_SET: buf_puts(out, "set<any>"); break;
    case T_DICT: buf_puts(out, "dict<any,any>"); break;
    case T_NONE: buf_puts(out, "none"); break;
    default: buf_puts(out, "any");
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

void abi_settle(Program *p) {
    for (int i = 0; i < p->functions.len; i++) {
        Function *f = p->functions.items[i];
        int n = f->def && f->ret == T_TUPLE ? returns_arity(&f->def->u.funcdef.body, -1) : 0;
        f->tuple_arity = n > 0 ? n : 0;
    }
}

int abi_tuple_arity(const Function *f) { return f->ret == T_TUPLE ? f->tuple_arity : 0; }

const char *abi_kind_name(AbiKind k) {
    switch (k) {
    case ABI_VOID: return "void";
    case ABI_I64: return "i64";
    case ABI_F64: return "f64";
    case ABI_BOOL: return "bool";
    case ABI_STR: return "str";
    case ABI_F64_ARRAY: return "array<f64>";
    case ABI_VALUE: return "any";
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
        AbiKind k = abi_param_kind(f, i);
        if (k == ABI_STR || k == ABI_F64_ARRAY || k == ABI_VALUE) return true;
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

bool abi_uses_big_int(const Program *p) {
    for (int i = 0; i < p->functions.len; i++) {
        const Function *f = p->functions.items[i];
        if (abi_is_exported(f) && abi_result_kind(f) == ABI_I64) return true;
    }
    return false;
}
