/* Type expressions as values, as CPython 3.11 makes them: list[int],
 * dict[str, list[int]] (types.GenericAlias: a builtin container type
 * subscripted) and int | None, A | B (types.UnionType: | between types);
 * typing's names (List, Optional, Union, Any ...) and their subscripts
 * (typing.List[int], typing.Optional[str]). Programs write them as type
 * aliases (Vector = list[float], Matrix = List[List[float]]) and in
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

/* key's items when key is a tuple, else (key,) */
static RtObj *args_of(RtObj *key) {
    if (RT_OBJ_TYPE(key) == RT_TYPE_TUPLE) return key;
    RtObj *args = rt_tuple_new(1);
    rt_tuple_set(args, 0, key);
    return args;
}

/* cls[key], cls a builtin container type (rt_type_subscriptable); a
 * typing form subscripted */
static RtObj *typing_alias(RtObj *form, RtObj *key);

RtObj *rt_type_alias(RtObj *cls, RtObj *key) {
    if (RT_OBJ_TYPE(cls) == RT_TYPE_TYPE_EXPR) return typing_alias(cls, key);
    return texpr_new(RT_TEXPR_ALIAS, cls, args_of(key));
}

/* the builtin classes typing's aliases stand for */
static RtObj *form_origin(const char *name) {
    static const struct {
        const char *name;
        uint32_t code;
    } forms[] = {{"List", RT_TYPE_LIST},   {"Dict", RT_TYPE_DICT},           {"Set", RT_TYPE_SET},
                 {"Tuple", RT_TYPE_TUPLE}, {"FrozenSet", RT_TYPE_FROZENSET}, {"Type", RT_TYPE_CLASS}};
    for (uint32_t i = 0; i < sizeof forms / sizeof *forms; i++)
        if (rt_cstr_eq(name, forms[i].name)) return rt_builtin_class((int32_t)forms[i].code);
    return 0;
}

RtObj *rt_typing_form(RtStr *name) { return texpr_new(RT_TEXPR_FORM, form_origin(name->data), (RtObj *)name); }

/* TypeVar("T"): printed ~T (+T covariant, -T contravariant), as typing's;
 * the name's str is kept as the expression's args, its sign in origin's
 * place as a small tag ('~', '+', '-'), never a pointer the collector sees */
RtObj *rt_typing_typevar(RtObj *args, RtObj *bound, RtObj *covariant, RtObj *contravariant) {
    (void)bound;
    RtTuple *a = (RtTuple *)args;
    if (!a->len || RT_OBJ_TYPE(a->items[0]) != RT_TYPE_STR) {
        rt_raise_cstr(RT_EXC_TYPE, a->len ? "TypeVar name must be a string" : "TypeVar() missing required argument: 'name'");
        return 0;
    }
    if (a->len == 2) {
        rt_raise_cstr(RT_EXC_TYPE, "A single constraint is not allowed");
        return 0;
    }
    int co = rt_truthy(covariant), contra = rt_truthy(contravariant);
    if (co && contra) {
        rt_raise_cstr(RT_EXC_VALUE, "Bivariant types are not supported.");
        return 0;
    }
    RtObj *t = texpr_new(RT_TEXPR_TYPEVAR, 0, a->items[0]);
    t->type_flags |= (uint32_t)(co ? 1u : contra ? 2u : 0u) << 16; /* the sign, above the type's bits */
    return t;
}

static const char *form_name(RtObj *form) { return ((RtStr *)((RtTypeExpr *)form)->args)->data; }

/* form[key]: None among the arguments is NoneType, and Optional[X] is
 * Union[X, None], as typing makes them (so the two are equal) */
static RtObj *typing_alias(RtObj *form, RtObj *key) {
    RtObj **fr = rt_gc_frame_push(2);
    if (!fr) return 0;
    RtTuple *k = (RtTuple *)(fr[0] = args_of(key));
    int optional = rt_cstr_eq(form_name(form), "Optional") && k->len == 1;
    RtTuple *args = (RtTuple *)(fr[1] = rt_tuple_new((int32_t)(k->len + (uint32_t)optional)));
    for (uint32_t i = 0; i < k->len; i++)
        args->items[i] = RT_OBJ_TYPE(k->items[i]) == RT_TYPE_NONE ? rt_builtin_class(RT_TYPE_NONE) : k->items[i];
    if (optional) {
        args->items[1] = rt_builtin_class(RT_TYPE_NONE);
        form = rt_typing_form(rt_str_from_bytes("Union", 5));
    }
    RtObj *r = texpr_new(RT_TEXPR_TYPING, form, (RtObj *)args);
    rt_gc_frame_pop(fr);
    return r;
}

/* Whether o is a form subscripted (typing.List[int]), which isinstance()
 * refuses; a typing.Union or typing.Optional is checked by its members. */
int32_t rt_type_expr_typing_union(RtObj *o) {
    if (RT_OBJ_TYPE(o) != RT_TYPE_TYPE_EXPR || o->aux != RT_TEXPR_TYPING) return 0;
    const char *n = form_name(((RtTypeExpr *)o)->origin);
    return rt_cstr_eq(n, "Union") || rt_cstr_eq(n, "Optional");
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
        if (rt_list_items(l)[i] == o || rt_dyn_eq(rt_list_items(l)[i], o)) return;
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
        r = l->len == 1 ? rt_list_items(l)[0] : texpr_new(RT_TEXPR_UNION, 0, rt_tuple_from_array(rt_list_items(l), l->len));
    }
    rt_gc_frame_pop(fr);
    return r;
}

static void put_members(RtSb *b, RtObj *const *items, uint32_t n, const char *sep);

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
    if (RT_OBJ_TYPE(o) == RT_TYPE_LIST) { /* Callable[[int, str], bool] */
        rt_sb_putc(b, '[');
        put_members(b, rt_list_items((RtList *)o), ((RtList *)o)->len, ", ");
        rt_sb_putc(b, ']');
        return;
    }
    rt_repr_into(b, o);
}

static void put_members(RtSb *b, RtObj *const *items, uint32_t n, const char *sep) {
    for (uint32_t i = 0; i < n; i++) {
        if (i) rt_sb_puts(b, sep);
        put_member(b, items[i]);
    }
}

void rt_type_expr_repr_into(RtSb *b, RtObj *o) {
    RtTypeExpr *t = (RtTypeExpr *)o;
    if (o->aux == RT_TEXPR_TYPEVAR) {
        uint32_t sign = (o->type_flags >> 16) & 3u;
        rt_sb_putc(b, sign == 1 ? '+' : sign == 2 ? '-' : '~');
        rt_sb_puts(b, ((RtStr *)t->args)->data);
        return;
    }
    if (o->aux == RT_TEXPR_FORM) {
        rt_sb_puts(b, "typing.");
        rt_sb_puts(b, form_name(o));
        return;
    }
    RtTuple *args = (RtTuple *)t->args;
    if (o->aux == RT_TEXPR_TYPING) {
        const char *name = form_name(t->origin);
        RtObj *none = rt_builtin_class(RT_TYPE_NONE);
        int optional = rt_cstr_eq(name, "Optional");
        if (rt_cstr_eq(name, "Union") && args->len == 2 && (args->items[0] == none || args->items[1] == none) &&
            args->items[0] != args->items[1]) { /* Union[X, None] is Optional[X] */
            rt_sb_puts(b, "typing.Optional[");
            put_member(b, args->items[args->items[0] == none]);
            rt_sb_putc(b, ']');
            return;
        }
        rt_sb_puts(b, "typing.");
        rt_sb_puts(b, optional ? "Optional" : name);
        rt_sb_putc(b, '[');
        put_members(b, args->items, args->len, ", ");
        rt_sb_putc(b, ']');
        return;
    }
    if (o->aux == RT_TEXPR_UNION) {
        put_members(b, args->items, args->len, " | ");
        return;
    }
    put_member(b, t->origin);
    rt_sb_putc(b, '[');
    if (!args->len) rt_sb_puts(b, "()"); /* tuple[()] */
    put_members(b, args->items, args->len, ", ");
    rt_sb_putc(b, ']');
}

/* a == b, both type expressions: an alias by origin and arguments, a union
 * by its members in any order */
int32_t rt_type_expr_eq(RtObj *a, RtObj *b) {
    if (a->aux != b->aux) return 0;
    RtTypeExpr *x = (RtTypeExpr *)a, *y = (RtTypeExpr *)b;
    if (a->aux == RT_TEXPR_TYPEVAR) return a == b; /* each TypeVar is itself only */
    if (a->aux == RT_TEXPR_FORM) return rt_cstr_eq(form_name(a), form_name(b));
    if (a->aux == RT_TEXPR_TYPING) return rt_type_expr_eq(x->origin, y->origin) && rt_dyn_eq(x->args, y->args);
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
    if (o->aux == RT_TEXPR_TYPEVAR) return (int64_t)((uintptr_t)o >> 4);
    if (o->aux == RT_TEXPR_FORM) return rt_hash(t->args);
    if (o->aux != RT_TEXPR_UNION) return (rt_hash(t->origin) ^ rt_hash(t->args)) & 0x7fffffffffffffffLL;
    RtTuple *args = (RtTuple *)t->args;
    int64_t h = 0x2f1e3d4c;
    for (uint32_t i = 0; i < args->len && !RT_ERR; i++) h ^= rt_hash(args->items[i]); /* in any order */
    return h & 0x7fffffffffffffffLL;
}

/* __args__ (both), __origin__ (an alias); NULL for another name */
RtObj *rt_type_expr_attr(RtObj *o, const char *name) {
    RtTypeExpr *t = (RtTypeExpr *)o;
    if (o->aux == RT_TEXPR_TYPEVAR) return rt_cstr_eq(name, "__name__") ? t->args : 0;
    if (o->aux == RT_TEXPR_FORM) return 0;
    if (rt_cstr_eq(name, "__args__")) return t->args;
    if (o->aux == RT_TEXPR_ALIAS && rt_cstr_eq(name, "__origin__")) return t->origin;
    if (o->aux == RT_TEXPR_TYPING && rt_cstr_eq(name, "__origin__")) { /* typing.List[int].__origin__ is list */
        RtObj *cls = ((RtTypeExpr *)t->origin)->origin;
        return cls ? cls : t->origin;
    }
    return 0;
}

