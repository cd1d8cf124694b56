/* str() and repr() of every object, exactly as CPython prints them, and
 * print() of one object. Containers print their items' repr; a container
 * met again while it is being printed shows as [...] / {...} / (...). */
#include "rt_bigint.h"
#include "rt_obj.h"

#define REPR_MAX_DEPTH 1000
static RtObj *repr_stack[REPR_MAX_DEPTH];
static uint32_t repr_depth;

/* 1 if o is already being printed; else pushes it. */
static int repr_enter(RtObj *o) {
    for (uint32_t i = 0; i < repr_depth; i++)
        if (repr_stack[i] == o) return 1;
    if (repr_depth == REPR_MAX_DEPTH) {
        /* pending RecursionError; the caller prints "[...]" and the
         * half-built text is thrown away */
        rt_raise_cstr(RT_EXC_RECURSION, "maximum recursion depth exceeded while getting the repr of an object");
        return 1;
    }
    repr_stack[repr_depth++] = o;
    return 0;
}

static void repr_leave(void) { repr_depth--; }

/* a tagged int: a big one has its own digits */
static void put_int(RtSb *b, int64_t v) {
    if (RT_INT_IS_SMALL(v)) rt_sb_put_i64(b, v);
    else rt_int_put_text(b, v, 10);
}

static void put_float(RtSb *b, double v) {
    char tmp[40];
    int n = rt_format_float(v, tmp);
    rt_sb_put(b, tmp, (uint32_t)n);
}

static void put_items(RtSb *b, RtObj *const *items, uint32_t n) {
    for (uint32_t i = 0; i < n; i++) {
        if (i) rt_sb_put(b, ", ", 2);
        rt_repr_into(b, items[i]);
    }
}

static void put_list(RtSb *b, RtList *l) {
    if (repr_enter((RtObj *)l)) {
        rt_sb_put(b, "[...]", 5);
        return;
    }
    rt_sb_putc(b, '[');
    /* the list may change under a future user __repr__: re-read len */
    for (uint32_t i = 0; i < l->len; i++) {
        if (i) rt_sb_put(b, ", ", 2);
        rt_repr_into(b, rt_list_items(l)[i]);
    }
    rt_sb_putc(b, ']');
    repr_leave();
}

static void put_tuple(RtSb *b, RtTuple *t) {
    if (repr_enter((RtObj *)t)) {
        rt_sb_put(b, "(...)", 5);
        return;
    }
    rt_sb_putc(b, '(');
    put_items(b, t->items, t->len);
    if (t->len == 1) rt_sb_putc(b, ',');
    rt_sb_putc(b, ')');
    repr_leave();
}

static void put_dict_body(RtSb *b, RtDict *d, int keys, int values) {
    RtDictEntry *e = d->table ? rt_dict_entries(d) : 0;
    int first = 1;
    for (uint32_t i = 0; i < d->nentries; i++) {
        if (!e[i].key) continue;
        if (!first) rt_sb_put(b, ", ", 2);
        first = 0;
        if (keys && values) {
            rt_repr_into(b, e[i].key);
            rt_sb_put(b, ": ", 2);
            rt_repr_into(b, e[i].value);
        } else {
            rt_repr_into(b, keys ? e[i].key : e[i].value);
        }
        e = rt_dict_entries(d); /* re-read after nested printing */
    }
}

static void put_dict(RtSb *b, RtDict *d) {
    if (repr_enter((RtObj *)d)) {
        rt_sb_put(b, "{...}", 5);
        return;
    }
    rt_sb_putc(b, '{');
    if (d->len) put_dict_body(b, d, 1, 1);
    rt_sb_putc(b, '}');
    repr_leave();
}

static void put_set(RtSb *b, RtSet *s) {
    int frozen = RT_OBJ_TYPE(&s->h) == RT_TYPE_FROZENSET;
    const char *name = frozen ? "frozenset" : "set";
    if (!s->used) {
        rt_sb_puts(b, name);
        rt_sb_put(b, "()", 2);
        return;
    }
    if (repr_enter((RtObj *)s)) {
        rt_sb_puts(b, name);
        rt_sb_put(b, "(...)", 5);
        return;
    }
    if (frozen) rt_sb_put(b, "frozenset(", 10);
    rt_sb_putc(b, '{');
    RtObj *dummy = rt_set_dummy();
    int first = 1;
    for (uint32_t i = 0; i <= s->mask; i++) {
        RtObj *k = s->table[i].key;
        if (!k || k == dummy) continue;
        if (!first) rt_sb_put(b, ", ", 2);
        first = 0;
        rt_repr_into(b, k);
    }
    rt_sb_putc(b, '}');
    if (frozen) rt_sb_putc(b, ')');
    repr_leave();
}

static void put_view(RtSb *b, RtDictView *v) {
    RtDict *d = (RtDict *)v->dict;
    const char *name = rt_type_cname((RtObj *)v);
    if (repr_enter((RtObj *)v)) {
        rt_sb_put(b, "...", 3);
        return;
    }
    rt_sb_puts(b, name);
    rt_sb_put(b, "([", 2);
    if (d->len) {
        if (v->h.aux == RT_VIEW_ITEMS) {
            RtDictEntry *e = rt_dict_entries(d);
            int first = 1;
            for (uint32_t i = 0; i < d->nentries; i++) {
                if (!e[i].key) continue;
                if (!first) rt_sb_put(b, ", ", 2);
                first = 0;
                rt_sb_putc(b, '(');
                rt_repr_into(b, e[i].key);
                rt_sb_put(b, ", ", 2);
                rt_repr_into(b, e[i].value);
                rt_sb_putc(b, ')');
                e = rt_dict_entries(d);
            }
        } else {
            put_dict_body(b, d, v->h.aux == RT_VIEW_KEYS, v->h.aux == RT_VIEW_VALUES);
        }
    }
    rt_sb_put(b, "])", 2);
    repr_leave();
}

static void put_hex(RtSb *b, uintptr_t v) {
    static const char hex[] = "0123456789abcdef";
    char tmp[20];
    int n = 0;
    do {
        tmp[n++] = hex[v & 15];
        v >>= 4;
    } while (v);
    rt_sb_put(b, "0x", 2);
    for (int i = n; i < 12; i++) rt_sb_putc(b, '0'); /* 0x7f... like a 64-bit CPython */
    while (n) rt_sb_putc(b, tmp[--n]);
}

/* a builtin used as a value (len, min: no parameter names) */
static int is_builtin_value(const RtFunc *f) {
    return (f->index >= 0 && !f->names) || (f->index < 0 && f->bound == RT_BUILTIN_APPLY);
}

/* a method bound to its instance (its names count self, its arity not) */
static int is_bound_method(const RtFunc *f) {
    return f->env && f->names && ((RtTuple *)f->names)->len == (uint32_t)f->nparams + 1;
}

void rt_repr_into(RtSb *b, RtObj *o) {
    o = rt_unwrap(o, "__repr__");
    switch (RT_OBJ_TYPE(o)) {
    case RT_TYPE_STR: {
        RtStr *s = (RtStr *)o;
        RtStr *r = rt_repr_bytes(s->data, s->byte_len);
        rt_sb_put(b, r->data, r->byte_len);
        return;
    }
    case RT_TYPE_INT: put_int(b, ((RtInt *)o)->value); return;
    case RT_TYPE_BOOL:
        if (((RtInt *)o)->value) rt_sb_put(b, "True", 4);
        else rt_sb_put(b, "False", 5);
        return;
    case RT_TYPE_NONE: rt_sb_put(b, "None", 4); return;
    case RT_TYPE_NOTIMPL: rt_sb_puts(b, "NotImplemented"); return;
    case RT_TYPE_ELLIPSIS: rt_sb_puts(b, "Ellipsis"); return;
    case RT_TYPE_TYPE_EXPR: rt_type_expr_repr_into(b, o); return;
    case RT_TYPE_FLOAT: put_float(b, ((RtFloat *)o)->value); return;
    case RT_TYPE_COMPLEX: rt_complex_repr_into(b, o); return;
    case RT_TYPE_SLICE: {
        RtSlice *sl = (RtSlice *)o;
        rt_sb_puts(b, "slice(");
        rt_repr_into(b, sl->start);
        rt_sb_puts(b, ", ");
        rt_repr_into(b, sl->stop);
        rt_sb_puts(b, ", ");
        rt_repr_into(b, sl->step);
        rt_sb_putc(b, ')');
        return;
    }
    case RT_TYPE_LIST: put_list(b, (RtList *)o); return;
    case RT_TYPE_TUPLE: put_tuple(b, (RtTuple *)o); return;
    case RT_TYPE_DICT: put_dict(b, (RtDict *)o); return;
    case RT_TYPE_SET:
    case RT_TYPE_FROZENSET: put_set(b, (RtSet *)o); return;
    case RT_TYPE_DICT_VIEW: put_view(b, (RtDictView *)o); return;
    case RT_TYPE_BYTES:
    case RT_TYPE_BYTEARRAY: rt_bytes_repr_into(b, o); return;
    case RT_TYPE_EXCEPTION:
        if (!rt_ml_special_repr(b, o, 0)) rt_exc_repr_into(b, o);
        return;
    case RT_TYPE_INSTANCE:
        if (!rt_ml_special_repr(b, o, 0)) rt_default_repr_into(b, o); /* object() in a program without classes */
        return;
    case RT_TYPE_FUNCTION: {
        RtFunc *f = (RtFunc *)o;
        if (is_builtin_value(f)) {
            rt_sb_puts(b, "<built-in function ");
            rt_sb_put(b, f->name->data, f->name->byte_len);
            rt_sb_putc(b, '>');
            return;
        }
        if (is_bound_method(f)) {
            rt_sb_puts(b, "<bound method ");
            rt_sb_put(b, f->name->data, f->name->byte_len);
            rt_sb_puts(b, " of ");
            rt_repr_into(b, f->env);
            rt_sb_putc(b, '>');
            return;
        }
        rt_sb_puts(b, "<function ");
        rt_sb_put(b, f->name->data, f->name->byte_len);
        rt_sb_puts(b, " at ");
        put_hex(b, (uintptr_t)o);
        rt_sb_putc(b, '>');
        return;
    }
    case RT_TYPE_GENERATOR: {
        RtStr *name = ((RtGen *)o)->name;
        uint32_t kind = ((RtGen *)o)->pad;
        if (kind == RT_GEN_KIND_GENERATOR || kind == RT_GEN_KIND_COROUTINE || kind == RT_GEN_KIND_ASYNC_GEN) {
            rt_sb_putc(b, '<');
            rt_sb_puts(b, rt_type_cname(o)); /* <generator object f at 0x...> */
            rt_sb_puts(b, " object ");
            rt_sb_put(b, name->data, name->byte_len);
        } else {
            rt_sb_putc(b, '<');
            rt_sb_puts(b, rt_type_cname(o)); /* <callable_iterator object at 0x...> */
            rt_sb_puts(b, " object");
        }
        rt_sb_puts(b, " at ");
        put_hex(b, (uintptr_t)o);
        rt_sb_putc(b, '>');
        return;
    }
    case RT_TYPE_CLASS:
        if (rt_class_meta(o) && rt_ml_special_repr(b, o, 0)) return; /* its metaclass's __repr__ */
        rt_sb_puts(b, "<class '");
        if (!(o->type_flags & RT_FLAG_STATIC)) {
            const char *module = ((const RtClass *)o)->module;
            rt_sb_puts(b, module ? module : "__main__");
            rt_sb_putc(b, '.');
        }
        rt_sb_puts(b, rt_class_qualname(o));
        rt_sb_puts(b, "'>");
        return;
    case RT_TYPE_RANGE: {
        RtRange *r = (RtRange *)o;
        rt_sb_put(b, "range(", 6);
        put_int(b, r->start);
        rt_sb_put(b, ", ", 2);
        put_int(b, r->stop);
        if (r->step != 1) {
            rt_sb_put(b, ", ", 2);
            put_int(b, r->step);
        }
        rt_sb_putc(b, ')');
        return;
    }
    default:
        rt_sb_putc(b, '<');
        rt_sb_puts(b, rt_type_cname(o));
        rt_sb_put(b, " object at ", 11);
        put_hex(b, (uintptr_t)o);
        rt_sb_putc(b, '>');
        return;
    }
}

void rt_str_into(RtSb *b, RtObj *o) {
    if (RT_OBJ_TYPE(o) == RT_TYPE_STR) rt_sb_put(b, ((RtStr *)o)->data, ((RtStr *)o)->byte_len);
    else if (RT_OBJ_TYPE(o) == RT_TYPE_EXCEPTION) {
        if (!rt_ml_special_repr(b, o, 1)) rt_exc_str_into(b, o);
    } else if (RT_OBJ_TYPE(o) == RT_TYPE_INSTANCE) {
        if (!rt_ml_special_repr(b, o, 1)) rt_default_repr_into(b, o); /* object() in a program without classes */
    } else {
        rt_repr_into(b, o);
    }
}

RtStr *rt_dyn_repr(RtObj *o) {
    if (RT_OBJ_TYPE(o) == RT_TYPE_STR) return rt_str_repr((RtStr *)o);
    RtSb b = {0, 0, 0};
    rt_repr_into(&b, o);
    return rt_sb_finish(&b);
}

RtStr *rt_dyn_str(RtObj *o) {
    if (RT_OBJ_TYPE(o) == RT_TYPE_STR) return (RtStr *)o;
    RtSb b = {0, 0, 0};
    rt_str_into(&b, o);
    return rt_sb_finish(&b);
}

/* f"{o}" (no conversion, no spec) is format(o, ''): str(o), unless o's
 * class defines __format__. */
RtStr *rt_format_plain(RtObj *o) {
    if (RT_OBJ_TYPE(o) == RT_TYPE_INSTANCE && rt_has_special(o, "__format__")) {
        int found;
        RtObj *r = rt_special_binop(o, (RtObj *)rt_str_from_bytes("", 0), "__format__", "", &found);
        if (RT_ERR) return 0;
        if (RT_OBJ_TYPE(r) != RT_TYPE_STR) {
            rt_raise_fmt(RT_EXC_TYPE, "__format__ must return a str, not %T", r);
            return 0;
        }
        return (RtStr *)r;
    }
    return rt_dyn_str(o);
}

/* type(f).__name__: a builtin (len as a value, a builtin type's bound
 * method), a method (bound to an instance), or a function. */
const char *rt_func_type_cname(RtObj *o) {
    RtFunc *f = (RtFunc *)o;
    if (f->index < 0 && f->bound == RT_BUILTIN_BOUND) return "method";
    if (is_builtin_value(f) || f->index < 0) return "builtin_function_or_method";
    return is_bound_method(f) ? "method" : "function";
}

void rt_print_obj(RtObj *o) {
    if (RT_OBJ_TYPE(o) == RT_TYPE_STR) {
        rt_out_write(((RtStr *)o)->data, ((RtStr *)o)->byte_len);
        return;
    }
    RtSb b = {0, 0, 0};
    rt_str_into(&b, o);
    if (RT_ERR) return; /* a __repr__ raised: nothing printed, as CPython */
    rt_out_write(b.buf, b.len);
}

void rt_raise_repr(int32_t kind, const char *prefix, RtObj *o, const char *suffix) {
    RtSb b = {0, 0, 0};
    rt_sb_puts(&b, prefix);
    rt_repr_into(&b, o);
    rt_sb_puts(&b, suffix);
    rt_raise_msg(kind, b.buf, b.len);
}

/* ascii(o): repr(o) with every non-ASCII character escaped as \xhh,
 * \uhhhh or \Uhhhhhhhh (CPython's backslashreplace of the repr) */
RtStr *rt_builtin_ascii(RtObj *o) {
    RtStr *r = rt_dyn_repr(o);
    if (RT_ERR) return 0;
    if (r->byte_len == r->cp_len) return r; /* all ASCII */
    static const char hex[] = "0123456789abcdef";
    RtSb b = {0};
    for (uint32_t i = 0; i < r->byte_len;) {
        unsigned char c = (unsigned char)r->data[i];
        if (c < 0x80) {
            rt_sb_putc(&b, (char)c);
            i++;
            continue;
        }
        uint32_t n = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
        uint32_t cp = c & (0x3f >> (n - 1));
        for (uint32_t k = 1; k < n; k++) cp = cp << 6 | ((unsigned char)r->data[i + k] & 0x3f);
        i += n;
        int digits = cp < 0x100 ? 2 : cp < 0x10000 ? 4 : 8;
        rt_sb_putc(&b, '\\');
        rt_sb_putc(&b, digits == 2 ? 'x' : digits == 4 ? 'u' : 'U');
        for (int k = digits - 1; k >= 0; k--) rt_sb_putc(&b, hex[(cp >> (4 * k)) & 15]);
    }
    return rt_sb_finish(&b);
}
