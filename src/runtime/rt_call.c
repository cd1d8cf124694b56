/* Calls whose arguments are only known at run time: f(*args, **kwargs) to
 * a def. The call site collects its positional arguments into a list and
 * its keyword arguments into a dict (rt_call_star / rt_call_keyword /
 * rt_call_kwargs, CPython's errors), then rt_bind_call binds them to the
 * parameters as CPython does, with the same TypeError messages as the
 * compile-time binding of ordinary calls (src/sema/sema_call.c).
 *
 * The parameters are described by a static str (the "spec") the compiler
 * writes: fields separated by \x1f, the first the function's name, then one
 * per parameter: its kind (P positional-only, N normal, V *args,
 * K keyword-only, W **kwargs), '1' if it has a default else '0', its name. */
#include "rt_obj.h"

#define SEP '\x1f'
#define MAX_PARAMS 255

typedef struct Param {
    char kind;
    int has_default;
    const char *name; /* not NUL-terminated: name_len bytes */
    uint32_t name_len;
} Param;

typedef struct Spec {
    const char *fname;
    uint32_t fname_len;
    int n;
    Param p[MAX_PARAMS];
} Spec;

static void parse_spec(RtStr *spec, Spec *s) {
    const char *p = spec->data, *end = spec->data + spec->byte_len;
    const char *f = p;
    while (p < end && *p != SEP) p++;
    s->fname = f;
    s->fname_len = (uint32_t)(p - f);
    s->n = 0;
    while (p < end && s->n < MAX_PARAMS) {
        p++; /* the separator */
        Param *q = &s->p[s->n++];
        q->kind = p[0];
        q->has_default = p[1] == '1';
        q->name = p + 2;
        p += 2;
        while (p < end && *p != SEP) p++;
        q->name_len = (uint32_t)(p - q->name);
    }
}

static int name_is(const Param *q, RtStr *s) {
    if (q->name_len != s->byte_len) return 0;
    for (uint32_t i = 0; i < q->name_len; i++)
        if (q->name[i] != s->data[i]) return 0;
    return 1;
}

/* The messages about * and ** name the callee as CPython does: qualified
 * for a def ("__main__.f"), bare for a builtin ("print"). */
void rt_call_star(RtObj *pos, RtObj *x, RtStr *qualname) {
    uint32_t t = RT_OBJ_TYPE(x);
    if (t == RT_TYPE_INT || t == RT_TYPE_BOOL || t == RT_TYPE_FLOAT || x == RT_NONE || t == RT_TYPE_FUNCTION)
    {
        rt_raise_fmt(RT_EXC_TYPE, "%s() argument after * must be an iterable, not %T", qualname->data, x);
        return;
    }
    rt_list_extend(pos, x);
}

static void put_keyword(RtDict *kw, RtStr *name, RtObj *value, RtStr *qualname) {
    if (rt_dict_contains((RtObj *)kw, (RtObj *)name)) {
        rt_raise_fmt(RT_EXC_TYPE, "%s() got multiple values for keyword argument '%s'", qualname->data, name->data);
        return;
    }
    rt_dict_setitem((RtObj *)kw, (RtObj *)name, value);
}

void rt_call_keyword(RtObj *kw, RtStr *name, RtObj *value, RtStr *qualname) {
    put_keyword((RtDict *)kw, name, value, qualname);
}

void rt_call_kwargs(RtObj *kw, RtObj *m, RtStr *qualname) {
    if (RT_OBJ_TYPE(m) != RT_TYPE_DICT) {
        rt_raise_fmt(RT_EXC_TYPE, "%s() argument after ** must be a mapping, not %T", qualname->data, m);
        return;
    }
    RtDict *d = (RtDict *)m;
    for (uint32_t i = 0; i < d->nentries; i++) {
        RtDictEntry *e = &rt_dict_entries(d)[i];
        if (!e->key) continue;
        if (RT_OBJ_TYPE(e->key) != RT_TYPE_STR) {
            rt_raise_cstr(RT_EXC_TYPE, "keywords must be strings");
            return;
        }
        put_keyword((RtDict *)kw, (RtStr *)e->key, e->value, qualname);
        if (RT_ERR) return;
    }
}

/* "'a'", "'a' and 'b'", "'a', 'b', and 'c'": the missing ones of a kind. */
static void missing_names(RtSb *b, const Spec *s, RtObj **out, int kwonly, int count) {
    int seen = 0;
    for (int i = 0; i < s->n; i++) {
        const Param *q = &s->p[i];
        if (out[i] || q->has_default || q->kind == 'V' || q->kind == 'W' || (q->kind == 'K') != kwonly) continue;
        seen++;
        if (seen > 1) rt_sb_puts(b, seen == count ? (count > 2 ? ", and " : " and ") : ", ");
        rt_sb_putc(b, '\'');
        rt_sb_put(b, q->name, q->name_len);
        rt_sb_putc(b, '\'');
    }
}

static RtObj *raise_sb(RtSb *b) {
    rt_raise(RT_EXC_TYPE, rt_sb_finish(b));
    return 0;
}

RtObj *rt_bind_call(RtStr *spec_str, RtObj *pos_obj, RtObj *kw_obj) {
    static Spec s; /* the runtime is single-threaded and never re-enters here */
    parse_spec(spec_str, &s);
    RtList *pos = (RtList *)pos_obj;
    RtDict *kw = (RtDict *)kw_obj;
    RtObj *out[MAX_PARAMS] = {0};
    int nposparams = 0, nrequired = 0, vararg = -1, varkw = -1;
    for (int i = 0; i < s.n; i++) {
        char k = s.p[i].kind;
        if (k == 'P' || k == 'N') {
            nposparams++;
            if (!s.p[i].has_default) nrequired++;
        }
        if (k == 'V') vararg = i;
        if (k == 'W') varkw = i;
    }
    RtSb b = {0};
    int npos = (int)pos->len;
    int p = 0, i = 0;
    for (; i < npos && i < nposparams; i++) {
        while (s.p[p].kind != 'P' && s.p[p].kind != 'N') p++;
        out[p++] = rt_list_items(pos)[i];
    }
    if (vararg >= 0) {
        RtObj *rest = rt_tuple_new(npos > i ? npos - i : 0);
        for (int j = i; j < npos; j++) rt_tuple_set(rest, j - i, rt_list_items(pos)[j]);
        out[vararg] = rest;
    }
    RtObj *extra = varkw >= 0 ? rt_dict_new() : NULL;
    for (uint32_t e = 0; e < kw->nentries; e++) {
        RtDictEntry *ent = &rt_dict_entries(kw)[e];
        if (!ent->key) continue;
        RtStr *name = (RtStr *)ent->key;
        int idx = -1, posonly = -1;
        for (int j = 0; j < s.n; j++) {
            if (!name_is(&s.p[j], name)) continue;
            if (s.p[j].kind == 'N' || s.p[j].kind == 'K') idx = j;
            if (s.p[j].kind == 'P') posonly = j;
        }
        if (idx < 0) {
            if (!extra && posonly >= 0) { /* every one so passed, as CPython lists them */
                rt_sb_put(&b, s.fname, s.fname_len);
                rt_sb_puts(&b, "() got some positional-only arguments passed as keyword arguments: '");
                int first = 1;
                for (uint32_t f = e; f < kw->nentries; f++) {
                    RtStr *kn = (RtStr *)rt_dict_entries(kw)[f].key;
                    for (int j = 0; kn && j < s.n; j++)
                        if (s.p[j].kind == 'P' && name_is(&s.p[j], kn)) {
                            if (!first) rt_sb_puts(&b, ", ");
                            rt_sb_put(&b, kn->data, kn->byte_len);
                            first = 0;
                        }
                }
                rt_sb_putc(&b, '\'');
                return raise_sb(&b);
            }
            if (!extra) {
                rt_sb_put(&b, s.fname, s.fname_len);
                rt_sb_puts(&b, "() got an unexpected keyword argument '");
                rt_sb_put(&b, name->data, name->byte_len);
                rt_sb_putc(&b, '\'');
                return raise_sb(&b);
            }
            rt_dict_setitem(extra, ent->key, ent->value);
            continue;
        }
        if (out[idx]) {
            rt_sb_put(&b, s.fname, s.fname_len);
            rt_sb_puts(&b, "() got multiple values for argument '");
            rt_sb_put(&b, name->data, name->byte_len);
            rt_sb_putc(&b, '\'');
            return raise_sb(&b);
        }
        out[idx] = ent->value;
    }
    if (npos > nposparams && vararg < 0) {
        rt_sb_put(&b, s.fname, s.fname_len);
        if (nrequired < nposparams) {
            rt_sb_puts(&b, "() takes from ");
            rt_sb_put_i64(&b, nrequired);
            rt_sb_puts(&b, " to ");
            rt_sb_put_i64(&b, nposparams);
            rt_sb_puts(&b, " positional arguments but ");
        } else {
            rt_sb_puts(&b, "() takes ");
            rt_sb_put_i64(&b, nposparams);
            rt_sb_puts(&b, nposparams == 1 ? " positional argument but " : " positional arguments but ");
        }
        rt_sb_put_i64(&b, npos);
        rt_sb_puts(&b, npos == 1 ? " was given" : " were given");
        return raise_sb(&b);
    }
    if (varkw >= 0) out[varkw] = extra;
    int missing = 0, missing_kw = 0;
    for (int j = 0; j < s.n; j++) {
        const Param *q = &s.p[j];
        if (q->kind == 'V' || q->kind == 'W' || out[j] || q->has_default) continue;
        if (q->kind == 'K') missing_kw++;
        else missing++;
    }
    if (missing || missing_kw) {
        int count = missing ? missing : missing_kw;
        rt_sb_put(&b, s.fname, s.fname_len);
        rt_sb_puts(&b, "() missing ");
        rt_sb_put_i64(&b, count);
        rt_sb_puts(&b, missing ? " required positional argument" : " required keyword-only argument");
        rt_sb_puts(&b, count == 1 ? ": " : "s: ");
        missing_names(&b, &s, out, !missing, count);
        return raise_sb(&b);
    }
    /* NULL items are the parameters that take their defaults */
    RtTuple *t = (RtTuple *)rt_tuple_new(s.n);
    for (int j = 0; j < s.n; j++) t->items[j] = out[j];
    return (RtObj *)t;
}

/* print(*items, sep=..., end=...): items is the list the call site built;
 * sep and end are NULL for their defaults (and for None). */
void rt_print_items(RtObj *items, RtStr *sep, RtStr *end) {
    RtList *l = (RtList *)items;
    for (uint32_t i = 0; i < l->len; i++) {
        if (i) {
            if (sep) rt_print_str(sep);
            else rt_out_write(" ", 1);
        }
        rt_print_obj(rt_list_items(l)[i]);
        if (RT_ERR) return;
    }
    if (end) rt_print_str(end);
    else rt_out_write("\n", 1);
}
