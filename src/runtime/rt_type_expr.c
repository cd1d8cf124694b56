/* Type expressions as values, as CPython 3.11 makes them: list[int],
 * dict[str, list[int]] (types.GenericAlias: a builtin container type
 * subscripted) and int | None, A | B (types.UnionType: | between types).
 * Programs write them as type aliases (Vector = list[float]) and in
 * isinstance(x, int | str); they print as CPython prints them. */
#include "rt_obj.h"

static int is_class(RtObj *o) { return RT_OBJ_TYPE(o) == RT_TYPE_CLASS; }
static int is_texpr(RtObj *o, uint32_t kind) { return RT_OBJ_TYPE(o) == RT_TYPE_TYPE_EXPR && o->aux == kind; }

/* The builtin types CPython 3.11 lets a program subscript (their
 * __class_getitem__): list, dict, set, frozenset, tuple, type. */
int32_t rt_type_subscriptable(RtObj *cls) {
    if (!is_class(cls) || !(cls->type_flags & RT_FLAG_STATIC) || cls->aux < RT_BUILTIN_TYPE_AUX) return 0;
    uint32_t code = cls->aux - RT_BUILTIN_TYPE_AUX;
    return code == RT_TYPE_LIST || code == RT_TYPE_DICT || code == RT_TYPE_SET || code == RT_TYPE_FROZENSET ||
           code == RT_TYPE_TUPLE || code == RT_TYPE_CLASS;
}

static RtObj *texpr_new(uint32_t kind, RtObj *origin, RtObj *args) {
    RtTypeExpr *t = rt_alloc(sizeof *t);
    t->h.type_flags = RT_TYPE_TYPE_EXPR;
    t->h.aux = kind;
    t->origin = origin;
    t->args = args;
    return (RtObj *)t;
}

/* cls[key]: its arguments are key's items when key is a tuple */
RtObj *rt_type_alias(RtObj *cls, RtObj *key) {
    RtObj *args = key;
    if (RT_OBJ_TYPE(key) != RT_TYPE_TUPLE) {
        args = rt_tuple_new(1);
        rt_tuple_set(args, 0, key);
    }
    return texpr_new(RT_TEXPR_ALIAS, cls, args);
}

/* What | joins into a union: a class, None, an alias, a union. */
static int union_operand(RtObj *o) {
    return is_class(o) || RT_OBJ_TYPE(o) == RT_TYPE_NONE || RT_OBJ_TYPE(o) == RT_TYPE_TYPE_EXPR;
}

int32_t rt_type_union_operands(RtObj *a, RtObj *b) {
    /* None | None stays a TypeError; a union needs a type on one side */
    return union_operand(a) && union_operand(b) && (RT_OBJ_TYPE(a) != RT_TYPE_NONE || RT_OBJ_TYPE(b) != RT_TYPE_NONE);
}

/* the members o adds (a union's own, flattened; None as NoneType), each
 * once, in order */
static void add_members(RtObj *list, RtObj *o) {
    if (is_texpr(o, RT_TEXPR_UNION)) {
        RtTuple *t = (RtTuple *)((RtTypeExpr *)o)->args;
        for (uint32_t i = 0; i < t->len && !RT_ERR; i++) add_members(list, t->items[i]);
        return;
    }
    if (RT_OBJ_TYPE(o) == RT_TYPE_NONE) o = rt_builtin_class(RT_TYPE_NONE);
    RtList *l = (RtList *)list;
    for (uint32_t i = 0; i < l->len; i++)
        if (l->items[i] == o || rt_dyn_eq(l->items[i], o)) return;
    rt_list_append(list, o);
}

/* a | b of type operands (rt_type_union_operands): one member alone is
 * itself (int | int is int), as in CPython */
RtObj *rt_type_union(RtObj *a, RtObj *b) {
    RtObj **fr = rt_gc_frame_push(1);
    if (!fr) return 0;
    fr[0] = rt_list_new(0);
    add_members(fr[0], a);
    if (!RT_ERR) add_members(fr[0], b);
    RtObj *r = 0;
    if (!RT_ERR) {
        RtList *l = (RtList *)fr[0];
        r = l->len == 1 ? l->items[0] : texpr_new(RT_TEXPR_UNION, 0, rt_tuple_from_array(l->items, l->len));
    }
    rt_gc_frame_pop(fr);
    return r;
}

/* CPython's _type_repr: a builtin class by its name, another by
 * module.qualname, NoneType as None, ... as ..., the rest as repr() */
static void put_member(RtSb *b, RtObj *o) {
    if (is_class(o)) {
        if (o == rt_builtin_class(RT_TYPE_NONE)) {
            rt_sb_puts(b, "None");
            return;
        }
        const RtClass *c = (const RtClass *)o;
        if (!(o->type_flags & RT_FLAG_STATIC)) {
            rt_sb_puts(b, c->module ? c->module : "__main__");
            rt_sb_putc(b, '.');
        }
        rt_sb_puts(b, rt_class_qualname(o));
        return;
    }
    if (RT_OBJ_TYPE(o) == RT_TYPE_ELLIPSIS) {
        rt_sb_puts(b, "...");
        return;
    }
    rt_repr_into(b, o);
}

void rt_type_expr_repr_into(RtSb *b, RtObj *o) {
    RtTypeExpr *t = (RtTypeExpr *)o;
    RtTuple *args = (RtTuple *)t->args;
    if (o->aux == RT_TEXPR_UNION) {
        for (uint32_t i = 0; i < args->len; i++) {
            if (i) rt_sb_puts(b, " | ");
            put_member(b, args->items[i]);
        }
        return;
    }
    put_member(b, t->origin);
    rt_sb_putc(b, '[');
    if (!args->len) rt_sb_puts(b, "()"); /* tuple[()] */
    for (uint32_t i = 0; i < args->len; i++) {
        if (i) rt_sb_puts(b, ", ");
        put_member(b, args->items[i]);
    }
    rt_sb_putc(b, ']');
}

/* a == b, both type expressions: an alias by origin and arguments, a union
 * by its members in any order */
int32_t rt_type_expr_eq(RtObj *a, RtObj *b) {
    if (a->aux != b->aux) return 0;
    RtTypeExpr *x = (RtTypeExpr *)a, *y = (RtTypeExpr *)b;
    if (a->aux == RT_TEXPR_ALIAS) return x->origin == y->origin && rt_dyn_eq(x->args, y->args);
    RtTuple *p = (RtTuple *)x->args, *q = (RtTuple *)y->args;
    if (p->len != q->len) return 0;
    for (uint32_t i = 0; i < p->len; i++) {
        int in = 0;
        for (uint32_t j = 0; j < q->len && !in && !RT_ERR; j++) in = rt_dyn_eq(p->items[i], q->items[j]);
        if (!in) return 0;
    }
    return 1;
}

int64_t rt_type_expr_hash(RtObj *o) {
    RtTypeExpr *t = (RtTypeExpr *)o;
    if (o->aux == RT_TEXPR_ALIAS) return (rt_hash(t->origin) ^ rt_hash(t->args)) & 0x7fffffffffffffffLL;
    RtTuple *args = (RtTuple *)t->args;
    int64_t h = 0x2f1e3d4c;
    for (uint32_t i = 0; i < args->len && !RT_ERR; i++) h ^= rt_hash(args->items[i]); /* in any order */
    return h & 0x7fffffffffffffffLL;
}

/* __args__ (both), __origin__ (an alias); NULL for another name */
RtObj *rt_type_expr_attr(RtObj *o, const char *name) {
    RtTypeExpr *t = (RtTypeExpr *)o;
    if (rt_cstr_eq(name, "__args__")) return t->args;
    if (o->aux == RT_TEXPR_ALIAS && rt_cstr_eq(name, "__origin__")) return t->origin;
    return 0;
}

