/* Iteration: iter() over every iterable and next() on the iterator
 * objects; range objects; reversed(). */
#include "rt_obj.h"

static int32_t zip_next(RtTuple *its, int64_t strict, RtObj **out);

static RtIter *new_iter(uint32_t kind, RtObj *obj) {
    RtIter *it = rt_alloc(sizeof(RtIter));
    it->h.type_flags = RT_TYPE_ITER;
    it->h.aux = kind;
    it->obj = obj;
    return it;
}

static RtObj *dict_iter(RtObj *d, uint32_t kind) {
    RtIter *it = new_iter(kind, d);
    it->version = ((RtDict *)d)->len;
    return (RtObj *)it;
}

static int is_iterator(RtObj *o) {
    uint32_t t = RT_OBJ_TYPE(o);
    return t == RT_TYPE_ITER || t == RT_TYPE_GENERATOR || (t == RT_TYPE_INSTANCE && rt_has_special(o, "__next__"));
}

/* iter(o) of an instance: its class's __iter__ (which must give an iterator). */
static RtObj *instance_iter(RtObj *o) {
    int found = 0;
    RtObj *r = rt_special_unary(o, "__iter__", &found);
    if (!found && RT_OBJ_TYPE(o) == RT_TYPE_INSTANCE && rt_has_special(o, "__getitem__"))
        return (RtObj *)new_iter(RT_ITER_SEQUENCE, o); /* the old sequence protocol */
    if (!found) {
        rt_raise_fmt(RT_EXC_TYPE, "'%T' object is not iterable", o);
        return 0;
    }
    if (!r) return 0;
    if (!is_iterator(r)) {
        rt_raise_fmt(RT_EXC_TYPE, "iter() returned non-iterator of type '%T'", r);
        return 0;
    }
    return r;
}

/* next() of an instance: its __next__; StopIteration ends the iteration. */
static int32_t instance_next(RtObj *o, RtObj **out) {
    int found = 0;
    RtObj *r = rt_special_unary(o, "__next__", &found);
    if (!found) {
        rt_raise_fmt(RT_EXC_TYPE, "'%T' object is not an iterator", o);
        return 0;
    }
    if (r) {
        *out = r;
        return 1;
    }
    RtObj *e = rt_exc_take();
    if (e && !rt_class_derives(((RtExc *)e)->cls, rt_exc_class(RT_EXC_STOP_ITERATION))) rt_exc_restore(e);
    return 0;
}

RtObj *rt_iter(RtObj *o) {
    o = rt_unwrap(o, "__iter__");
    if (RT_OBJ_TYPE(o) == RT_TYPE_CLASS && rt_class_meta(o)) return instance_iter(o);
    switch (RT_OBJ_TYPE(o)) {
    case RT_TYPE_INSTANCE: return instance_iter(o);
    case RT_TYPE_LIST: return (RtObj *)new_iter(RT_ITER_LIST, o);
    case RT_TYPE_TUPLE: return (RtObj *)new_iter(RT_ITER_TUPLE, o);
    case RT_TYPE_STR: return (RtObj *)new_iter(RT_ITER_STR, o);
    case RT_TYPE_BYTES: return (RtObj *)new_iter(RT_ITER_BYTES, o);
    case RT_TYPE_BYTEARRAY: return (RtObj *)new_iter(RT_ITER_BYTEARRAY, o);
    case RT_TYPE_RANGE: return rt_range_iter((RtRange *)o);
    case RT_TYPE_DICT: return dict_iter(o, RT_ITER_DICT_KEYS);
    case RT_TYPE_DICT_VIEW: {
        uint32_t v = o->aux;
        return dict_iter(((RtDictView *)o)->dict, v == RT_VIEW_KEYS     ? RT_ITER_DICT_KEYS
                                                  : v == RT_VIEW_VALUES ? RT_ITER_DICT_VALUES
                                                                        : RT_ITER_DICT_ITEMS);
    }
    case RT_TYPE_SET:
    case RT_TYPE_FROZENSET: {
        RtIter *it = new_iter(RT_ITER_SET, o);
        it->version = ((RtSet *)o)->used;
        return (RtObj *)it;
    }
    case RT_TYPE_GENERATOR: {
        uint32_t kind = ((RtGen *)o)->pad;
        if (kind == RT_GEN_KIND_COROUTINE || kind == RT_GEN_KIND_ASYNC_GEN || kind == RT_GEN_KIND_AGEN_VALUE) break;
        return o;
    }
    case RT_TYPE_ITER: return o;
    default: break;
    }
    rt_raise_fmt(RT_EXC_TYPE, "'%T' object is not iterable", o);
    return 0;
}

/* await x: a coroutine delegates to itself; an object with __await__ to
 * the iterator that gives (a Future's generator). */
RtObj *rt_await_iter(RtObj *x) {
    if (rt_gen_is_awaitable(x)) { /* a coroutine, agen.__anext__() ... */
        RtGen *w = (RtGen *)x;
        if (w->state < 0) {
            rt_raise_cstr(RT_EXC_RUNTIME, w->pad == RT_GEN_KIND_COROUTINE ? "cannot reuse already awaited coroutine"
                                          : w->pad == RT_GEN_KIND_ASEND ? "cannot reuse already awaited __anext__()/asend()"
                                          : w->pad == RT_GEN_KIND_ANEXT_DEFAULT ? "cannot reuse already awaited anext()"
                                                                                : "cannot reuse already awaited aclose()/athrow()");
            return 0;
        }
        return x;
    }
    int found = 0;
    RtObj *r = RT_OBJ_TYPE(x) == RT_TYPE_INSTANCE ? rt_special_unary(x, "__await__", &found) : 0;
    if (!found) {
        rt_raise_fmt(RT_EXC_TYPE, "object %T can't be used in 'await' expression", x);
        return 0;
    }
    if (!r) return 0;
    if (RT_OBJ_TYPE(r) == RT_TYPE_GENERATOR && ((RtGen *)r)->pad == RT_GEN_KIND_COROUTINE) {
        rt_raise_cstr(RT_EXC_TYPE, "__await__() returned a coroutine");
        return 0;
    }
    if (!is_iterator(r)) {
        rt_raise_fmt(RT_EXC_TYPE, "__await__() returned non-iterator of type '%T'", r);
        return 0;
    }
    return r;
}

/* iter(f, sentinel): f() until it returns the sentinel. A generator whose
 * steps the compiler generates (RT_GEN_CALL_ITER, in programs calling
 * iter with two arguments): iterating links no call machinery otherwise. */
RtObj *rt_builtin_iter(RtObj *o, RtObj *sentinel) {
    if (!sentinel) return rt_iter(o);
    if (!rt_callable(o)) {
        rt_raise_cstr(RT_EXC_TYPE, "iter(v, w): v must be callable");
        return 0;
    }
    RtGen *g = (RtGen *)rt_gen_new(RT_GEN_CALL_ITER, 2, 0, rt_str_from_bytes("callable_iterator", 17));
    g->slots[0] = o;
    g->slots[1] = sentinel;
    g->pad = RT_GEN_KIND_CALL_ITER;
    return (RtObj *)g;
}

/* 1 with *out the next item; 0 when exhausted, or once an exception is
 * raised (the caller tests RT_ERR). */
int32_t rt_iter_next(RtObj *o, RtObj **out) {
    if (RT_OBJ_TYPE(o) == RT_TYPE_GENERATOR && ((RtGen *)o)->pad != RT_GEN_KIND_COROUTINE &&
        ((RtGen *)o)->pad != RT_GEN_KIND_ASYNC_GEN)
        return rt_gen_next(o, out);
    if (RT_OBJ_TYPE(o) == RT_TYPE_INSTANCE) return instance_next(o, out);
    if (RT_OBJ_TYPE(o) != RT_TYPE_ITER) {
        rt_raise_fmt(RT_EXC_TYPE, "'%T' object is not an iterator", o);
        return 0;
    }
    RtIter *it = (RtIter *)o;
    RtObj *seq = it->obj;
    if (!seq) return 0;
    switch (it->h.aux) {
    case RT_ITER_LIST: {
        RtList *l = (RtList *)seq;
        if (it->pos < l->len) {
            *out = rt_list_item_read(l, it->pos++);
            return 1;
        }
        break;
    }
    case RT_ITER_REVERSED_LIST: {
        RtList *l = (RtList *)seq;
        if (it->pos >= 0 && it->pos < l->len) {
            *out = rt_list_item_read(l, (uint32_t)it->pos--);
            return 1;
        }
        break;
    }
    case RT_ITER_TUPLE: {
        RtTuple *t = (RtTuple *)seq;
        if (it->pos < t->len) {
            *out = t->items[it->pos++];
            return 1;
        }
        break;
    }
    case RT_ITER_STR: {
        RtStr *s = (RtStr *)seq;
        if (it->pos < s->byte_len) {
            uint32_t cp, n = rt_utf8_decode((const unsigned char *)s->data, s->byte_len, (uint32_t)it->pos, &cp);
            *out = (RtObj *)rt_str_from_bytes(s->data + it->pos, n);
            it->pos += n;
            return 1;
        }
        break;
    }
    case RT_ITER_BYTES:
    case RT_ITER_BYTEARRAY:
        if (rt_bytes_iter_next(it, out)) return 1;
        break;
    case RT_ITER_ZIP: return zip_next((RtTuple *)seq, it->pos, out); /* asks its iterators again */
    case RT_ITER_STDIN: { /* read again at each next, as a file is; linked only where sys.stdin is used */
        RtStr *line = (RtStr *)rt_ml_builtin(RT_BUILTIN_STDIN_LINE, 0, 0, 0);
        if (RT_ERR || !line || !line->byte_len) return 0;
        *out = (RtObj *)line;
        return 1;
    }
    case RT_ITER_MAP: { /* f(x), or f(*xs) of a zip's tuple; f runs with the collector held, as
                         * every step of an iterator does: its consumer may be a runtime loop
                         * (list(), sum(), join() ...) keeping what it made in C locals */
        RtTuple *st = (RtTuple *)seq;
        RtObj *x;
        if (!rt_iter_next(st->items[1], &x)) return 0;
        RtObj *r = rt_call_object_held(st->items[0], it->pos ? x : rt_tuple_from_array(&x, 1));
        if (RT_ERR) return 0;
        *out = r;
        return 1;
    }
    case RT_ITER_SEQUENCE: { /* seq[pos] until IndexError (or StopIteration) */
        RtObj *x = rt_dyn_getitem(seq, rt_box_int(it->pos));
        if (RT_ERR) {
            RtObj *e = rt_exc_take();
            RtObj *cls = ((RtExc *)e)->cls;
            if (!rt_class_derives(cls, rt_exc_class(RT_EXC_INDEX)) &&
                !rt_class_derives(cls, rt_exc_class(RT_EXC_STOP_ITERATION))) {
                rt_exc_restore(e);
                return 0;
            }
            break;
        }
        it->pos++;
        *out = x;
        return 1;
    }
    case RT_ITER_FILTER: { /* the next x with f(x) true (f None: x true) */
        RtTuple *st = (RtTuple *)seq;
        RtObj *x;
        while (rt_iter_next(st->items[1], &x)) {
            RtObj *f = st->items[0]; /* called with the collector held: x stays */
            int32_t keep = RT_OBJ_TYPE(f) == RT_TYPE_NONE ? rt_truthy(x) : rt_truthy(rt_call_object_held(f, rt_tuple_from_array(&x, 1)));
            if (RT_ERR) return 0;
            if (keep) {
                *out = x;
                return 1;
            }
        }
        return 0;
    }
    case RT_ITER_ENUMERATE: {
        RtObj *x;
        if (!rt_iter_next(seq, &x)) return 0; /* the source says when it is exhausted */
        int64_t n = it->pos;
        it->pos = rt_int_add(n, 1);
        *out = rt_tuple_pack2(rt_box_int(n), x);
        return 1;
    }
    case RT_ITER_RANGE:
        if (rt_range_iter_next(it, out)) return 1;
        break;
    case RT_ITER_DICT_KEYS:
    case RT_ITER_DICT_VALUES:
    case RT_ITER_DICT_ITEMS: {
        RtDict *d = (RtDict *)seq;
        if (d->len != it->version) {
            it->version = (uint32_t)-1; /* stays broken, like CPython */
            rt_raise_cstr(RT_EXC_RUNTIME, "dictionary changed size during iteration");
            return 0;
        }
        RtDictEntry *e = rt_dict_entries(d);
        while (it->pos < d->nentries && !e[it->pos].key) it->pos++;
        if (it->pos < d->nentries) {
            RtDictEntry *x = &e[it->pos++];
            *out = it->h.aux == RT_ITER_DICT_KEYS     ? x->key
                   : it->h.aux == RT_ITER_DICT_VALUES ? x->value
                                                      : rt_tuple_pack2(x->key, x->value);
            return 1;
        }
        break;
    }
    case RT_ITER_SET: {
        RtSet *s = (RtSet *)seq;
        if (s->used != it->version) {
            it->version = (uint32_t)-1;
            rt_raise_cstr(RT_EXC_RUNTIME, "Set changed size during iteration");
            return 0;
        }
        RtObj *dummy = rt_set_dummy();
        while (it->pos <= s->mask && (!s->table[it->pos].key || s->table[it->pos].key == dummy)) it->pos++;
        if (it->pos <= s->mask) {
            *out = s->table[it->pos++].key;
            return 1;
        }
        break;
    }
    default: break;
    }
    it->obj = 0; /* exhausted for good */
    return 0;
}

RtObj *rt_builtin_reversed(RtObj *o) {
    uint32_t t = RT_OBJ_TYPE(o);
    if (t == RT_TYPE_LIST) {
        RtIter *it = new_iter(RT_ITER_REVERSED_LIST, o);
        it->pos = (int64_t)((RtList *)o)->len - 1;
        return (RtObj *)it;
    }
    if (t == RT_TYPE_RANGE) return rt_range_reversed((RtRange *)o);
    if (t == RT_TYPE_TUPLE || t == RT_TYPE_STR || t == RT_TYPE_DICT || t == RT_TYPE_DICT_VIEW || rt_is_bytes_type(t)) {
        RtObj *l = rt_builtin_list(o);
        if (RT_ERR) return 0;
        rt_list_reverse(l);
        return rt_iter(l);
    }
    if (t == RT_TYPE_INSTANCE || (t == RT_TYPE_CLASS && rt_class_meta(o))) {
        int found;
        RtObj *r = rt_special_unary(o, "__reversed__", &found);
        if (found) return r;
        RtObj *base = rt_instance_base(o, "__reversed__");
        if (base) return rt_builtin_reversed(base);
        if (rt_has_special(o, "__len__") && rt_has_special(o, "__getitem__")) {
            /* the sequence protocol: o[len(o) - 1] ... o[0] */
            int64_t n = rt_special_len(o);
            if (RT_ERR) return 0;
            RtObj *l = rt_list_new(0);
            for (int64_t i = n - 1; i >= 0; i--) {
                RtObj *item = rt_dyn_getitem(o, rt_box_int(i));
                if (RT_ERR) return 0;
                rt_list_append(l, item);
            }
            return rt_iter(l);
        }
    }
    rt_raise_fmt(RT_EXC_TYPE, "'%T' object is not reversible", o);
    return 0;
}

/* enumerate(it, start) and zip(a, b ...) are iterators, as CPython's:
 * each item is taken from the iterables when the consumer asks for it (an
 * infinite generator is fine, next() takes one). start is a tagged int
 * (rt_abi.h), counted with rt_int_add. */
RtObj *rt_builtin_enumerate(RtObj *iterable, int64_t start) {
    RtObj *src = rt_iter(iterable);
    if (RT_ERR) return 0;
    RtIter *it = new_iter(RT_ITER_ENUMERATE, src);
    it->pos = start;
    return (RtObj *)it;
}

/* sys.stdin as a value (for line in sys.stdin): the iterator of the
 * input's lines, each with its "\n" */
RtObj *rt_sys_stdin(void) { return (RtObj *)new_iter(RT_ITER_STDIN, RT_NONE); }

/* zip(*iterables): the iterator of each, in a tuple */
RtObj *rt_builtin_zipn(RtObj *iterables) {
    RtTuple *src = (RtTuple *)iterables;
    RtTuple *its = (RtTuple *)rt_tuple_new((int32_t)src->len);
    for (uint32_t i = 0; i < src->len; i++) {
        RtObj *x = rt_iter(src->items[i]);
        if (RT_ERR) return 0;
        its->items[i] = x;
    }
    return (RtObj *)new_iter(RT_ITER_ZIP, (RtObj *)its);
}

/* map(f, *iterables) and filter(f, iterable) as values (rt_builtin_values.c):
 * lazy, as CPython's; args: map's arguments. */
RtObj *rt_builtin_map_iter(RtObj *args) {
    RtTuple *a = (RtTuple *)args;
    RtObj *src = a->len == 2 ? rt_iter(a->items[1]) : rt_builtin_zipn(rt_tuple_from_array(a->items + 1, a->len - 1));
    if (RT_ERR) return 0;
    RtIter *it = new_iter(RT_ITER_MAP, rt_tuple_pack2(a->items[0], src));
    it->pos = a->len > 2;
    return (RtObj *)it;
}

RtObj *rt_builtin_filter_iter(RtObj *f, RtObj *iterable) {
    RtObj *src = rt_iter(iterable);
    if (RT_ERR) return 0;
    return (RtObj *)new_iter(RT_ITER_FILTER, rt_tuple_pack2(f, src));
}

/* zip() of zero to four iterables (NULL: fewer) */
RtObj *rt_builtin_zip4(RtObj *a, RtObj *b, RtObj *c, RtObj *d) {
    RtObj *src[4] = {a, b, c, d};
    uint32_t n = 0;
    while (n < 4 && src[n]) n++;
    return rt_builtin_zipn(rt_tuple_from_array(src, n));
}

RtObj *rt_builtin_zip(RtObj *a, RtObj *b) { return rt_builtin_zip4(a, b, 0, 0); }

/* The next tuple of a zip: one item of each iterator, in order, until one
 * is exhausted (the items taken before it are dropped, as CPython's). An
 * empty zip gives nothing. strict (zip(..., strict=True), kept in the
 * iterator's pos): ValueError when they end at different lengths, in
 * CPython's words. */
static int32_t zip_next(RtTuple *its, int64_t strict, RtObj **out) {
    if (!its->len) return 0;
    RtTuple *t = (RtTuple *)rt_tuple_new((int32_t)its->len);
    for (uint32_t i = 0; i < its->len; i++) {
        if (rt_iter_next(its->items[i], &t->items[i])) continue;
        if (!strict || RT_ERR) return 0;
        if (i) {
            rt_raise_fmt(RT_EXC_VALUE, "zip() argument %d is shorter than argument%s%d", (int64_t)i + 1,
                         i == 1 ? " " : "s 1-", (int64_t)i);
            return 0;
        }
        for (uint32_t j = 1; j < its->len; j++) {
            RtObj *x;
            if (rt_iter_next(its->items[j], &x)) {
                rt_raise_fmt(RT_EXC_VALUE, "zip() argument %d is longer than argument%s%d", (int64_t)j + 1,
                             j == 1 ? " " : "s 1-", (int64_t)j);
                return 0;
            }
            if (RT_ERR) return 0;
        }
        return 0;
    }
    *out = (RtObj *)t;
    return 1;
}

/* zip(*iterables, strict=True) */
RtObj *rt_builtin_zip_strict(RtObj *iterables) {
    RtIter *it = (RtIter *)rt_builtin_zipn(iterables);
    if (it) it->pos = 1;
    return (RtObj *)it;
}

/* next(it) raises StopIteration when it is exhausted; next(it, d) gives d. */
RtObj *rt_builtin_next(RtObj *it, RtObj *dflt) {
    if (!dflt && RT_OBJ_TYPE(it) == RT_TYPE_INSTANCE && rt_has_special(it, "__next__")) {
        /* its __next__'s StopIteration goes on as raised (its value, the
         * traceback through __next__); with a default, rt_iter_next's
         * instance_next takes it */
        int found;
        return rt_special_unary(it, "__next__", &found);
    }
    RtObj *x = 0;
    if (rt_iter_next(it, &x)) return x;
    if (RT_ERR) return 0;
    if (dflt) return dflt;
    RtObj *v = RT_OBJ_TYPE(it) == RT_TYPE_GENERATOR ? rt_gen_take_return(it) : 0;
    if (v) rt_raise_obj_arg(RT_EXC_STOP_ITERATION, v); /* the generator's return value */
    else rt_raise(RT_EXC_STOP_ITERATION, 0);
    return 0;
}
