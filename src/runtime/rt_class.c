/* User classes: the class statement (rt_class_new, C3 method resolution
 * order), instances and their attributes, bound methods, super(),
 * isinstance(), calling objects (classes, functions with defaults,
 * builtin methods), and the special methods the runtime's operations look
 * for (__repr__, __eq__, __add__ ...).
 *
 * Calling generated code from here goes through ml_apply, a function the
 * compiler generates (rtlink.c links this import to it): it calls a
 * function value with the arguments of a tuple. Two ways:
 *   rt_apply_rooted     the runtime holds nothing but what it roots in a
 *                       frame of its own: the collector may run in the
 *                       callee (__init__, a call with defaults);
 *   rt_apply_special    from inside runtime operations that hold objects
 *                       in C locals (repr of a list, a sort): the
 *                       collector does not run until it returns. */
#include "rt_obj.h"
#include "rt_bigint.h"

RT_IMPORT_ML(apply) RtObj *rt_ml_apply(RtObj *f, RtObj *args);

static uint32_t type_of(RtObj *o) { return RT_OBJ_TYPE(o); }
static int is_class(RtObj *o) { return o && type_of(o) == RT_TYPE_CLASS; }
static int is_user_class(RtObj *o) { return is_class(o) && !(o->type_flags & RT_FLAG_STATIC); }
static RtStr *lit(const char *s) { return rt_str_from_bytes(s, rt_cstrlen(s)); }

#define object_class (*(RtClass *)rt_object_class())

/* ---- method resolution order ---- */

/* cls's linearization as an array (cls first, object left out); *n its length. */
static RtObj *const *mro_of(RtObj *cls, RtObj **buf, uint32_t cap, uint32_t *n) {
    if (cls == (RtObj *)&object_class) {
        *n = 0;
        return buf;
    }
    if (is_user_class(cls)) {
        RtTuple *t = (RtTuple *)((RtClass *)cls)->mro;
        *n = t->len;
        return t->items;
    }
    uint32_t k = 0;
    for (RtObj *c = cls; c && k < cap; c = rt_class_base(c)) buf[k++] = c;
    *n = k;
    return buf;
}

#define MRO_MAX 256
/* The builtin classes' chains are short (BaseException, Exception, OSError,
 * ConnectionError, BrokenPipeError is the longest): the buffers mro_of
 * fills for them live on the C stack, which frames of the runtime that
 * stay there while user code runs (calls, comparisons) must not use up. */
#define STATIC_MRO_MAX 16

/* C3: cls, then the merge of its bases' linearizations and the bases. */
static RtObj *c3(RtObj *cls, RtTuple *bases) {
    uint32_t nseq = bases->len + 1;
    RtObj ***seq = rt_alloc(nseq * (uint32_t)sizeof(RtObj **));
    uint32_t *len = rt_alloc(nseq * (uint32_t)sizeof(uint32_t)), *at = rt_alloc(nseq * (uint32_t)sizeof(uint32_t));
    for (uint32_t i = 0; i < bases->len; i++) {
        RtObj **buf = rt_alloc(MRO_MAX * (uint32_t)sizeof(RtObj *));
        uint32_t n;
        RtObj *const *m = mro_of(bases->items[i], buf, MRO_MAX, &n);
        RtObj **copy = rt_alloc((n + 1) * (uint32_t)sizeof(RtObj *));
        for (uint32_t k = 0; k < n; k++) copy[k] = m[k];
        seq[i] = copy, len[i] = n, at[i] = 0;
    }
    seq[bases->len] = (RtObj **)bases->items, len[bases->len] = bases->len, at[bases->len] = 0;
    RtObj **out = rt_alloc(MRO_MAX * (uint32_t)sizeof(RtObj *));
    uint32_t nout = 0;
    out[nout++] = cls;
    for (;;) {
        RtObj *pick = 0;
        int any = 0;
        for (uint32_t i = 0; i < nseq && !pick; i++) {
            if (at[i] >= len[i]) continue;
            any = 1;
            RtObj *head = seq[i][at[i]];
            int in_tail = 0;
            for (uint32_t j = 0; j < nseq && !in_tail; j++)
                for (uint32_t k = at[j] + 1; k < len[j]; k++)
                    if (seq[j][k] == head) in_tail = 1;
            if (!in_tail) pick = head;
        }
        if (!any) break;
        if (!pick || nout >= MRO_MAX) {
            RtSb b = {0};
            rt_sb_puts(&b, "Cannot create a consistent method resolution order (MRO) for bases ");
            for (uint32_t i = 0; i < bases->len; i++) {
                if (i) rt_sb_puts(&b, ", ");
                rt_sb_puts(&b, ((RtClass *)bases->items[i])->name);
            }
            rt_raise(RT_EXC_TYPE, rt_sb_finish(&b));
            return 0;
        }
        out[nout++] = pick;
        for (uint32_t i = 0; i < nseq; i++)
            if (at[i] < len[i] && seq[i][at[i]] == pick) at[i]++;
    }
    return rt_tuple_from_array(out, nout);
}

/* The class statement: bases (a tuple) must be classes. */
/* A class made by a module of the program's: its repr, its instances' and
 * an uncaught exception's line name the module, as CPython's __module__. */
void rt_class_set_module(RtObj *cls, RtStr *module) { ((RtClass *)cls)->module = module->data; }
void rt_class_set_qualname(RtObj *cls, RtStr *qualname) { ((RtClass *)cls)->qualname = qualname->data; }

RtObj *rt_class_new(RtStr *name, RtObj *bases) {
    RtTuple *b = (RtTuple *)bases;
    for (uint32_t i = 0; i < b->len; i++) {
        if (!is_class(b->items[i])) {
            rt_raise_cstr(RT_EXC_TYPE, type_of(b->items[i]) == RT_TYPE_FUNCTION
                                           ? "function() argument 'code' must be code, not str"
                                           : "bases must be types");
            return 0;
        }
        for (uint32_t j = 0; j < i; j++)
            if (b->items[j] == b->items[i]) {
                rt_raise_fmt(RT_EXC_TYPE, "duplicate base class %s", ((RtClass *)b->items[i])->name);
                return 0;
            }
    }
    RtClass *c = rt_alloc(sizeof *c);
    c->h.type_flags = RT_TYPE_CLASS;
    c->name = name->data;
    c->bases = bases;
    c->base = b->len ? b->items[0] : 0;
    c->dict = rt_dict_new();
    c->mro = c3((RtObj *)c, b);
    if (RT_ERR) return 0;
    for (uint32_t i = 0; i < b->len && !c->meta; i++) /* a base's metaclass makes this class too */
        if (is_user_class(b->items[i])) c->meta = ((RtClass *)b->items[i])->meta;
    /* the exception layout comes from at most one builtin exception line */
    return (RtObj *)c;
}

static void not_callable(RtObj *o);

/* class C(metaclass=M): M a class deriving from type (type itself: none). */
void rt_class_set_meta(RtObj *cls, RtObj *meta) {
    if (meta == rt_builtin_class(RT_TYPE_CLASS)) return;
    if (!rt_callable(meta)) { /* CPython calls the metaclass: 'int' object is not callable */
        not_callable(meta);
        return;
    }
    if (!is_user_class(meta) || !rt_class_derives(meta, rt_builtin_class(RT_TYPE_CLASS))) {
        rt_raise_cstr(RT_EXC_TYPE, "metaclasses other than subclasses of type are not supported yet");
        return;
    }
    ((RtClass *)cls)->meta = meta;
}

static RtObj *call_function(RtFunc *f, RtObj *args, int rooted);
static RtObj *lookup_from(RtObj *cls, uint32_t from, RtObj *name, RtObj **owner);
static RtObj *lookup_c(RtObj *cls, const char *name);

/* The class statement's body has run: the __init_subclass__ the class
 * inherits (from the classes after it in its mro), then its metaclass's
 * __init__(cls, name, bases, namespace), as CPython's type.__new__ and
 * type.__call__ do. */
static void set_names(RtObj *cls);

static RtObj *bind_keywords(RtFunc *f, RtObj *args, RtObj *kw);
static RtObj *apply_rooted(RtObj *f, RtObj *args);
static RtObj *apply_special(RtObj *f, RtObj *args);

/* __slots__ in the class body: its instances get no __dict__ when its
 * bases' have none either (user classes with __slots__ themselves, or
 * object), so that setting any other attribute raises AttributeError. */
static void set_slots(RtClass *c) {
    static RtObj missing;
    RtObj *own = rt_dict_get(c->dict, (RtObj *)lit("__slots__"), &missing);
    if (own == &missing) return;
    RtTuple *b = (RtTuple *)c->bases;
    for (uint32_t i = 0; i < b->len; i++)
        if (b->items[i] != rt_object_class() && (!is_user_class(b->items[i]) || !((RtClass *)b->items[i])->slots)) return;
    RtObj **fr = rt_gc_frame_push(2);
    if (!fr) return;
    fr[0] = rt_set_new();
    fr[1] = type_of(own) == RT_TYPE_STR ? (RtObj *)rt_tuple_from_array(&own, 1) : rt_builtin_list(own);
    uint32_t n = 0;
    RtObj *const *names = RT_ERR ? 0 : rt_seq_items(fr[1], &n);
    int has_dict = 0;
    for (uint32_t i = 0; i < n && !RT_ERR; i++) {
        if (type_of(names[i]) != RT_TYPE_STR) {
            rt_raise_fmt(RT_EXC_TYPE, "__slots__ items must be strings, not '%T'", names[i]);
            break;
        }
        RtStr *name = (RtStr *)names[i];
        if (rt_cstr_eq(name->data, "__dict__")) has_dict = 1;
        else if (rt_dict_get(c->dict, names[i], &missing) != &missing)
            rt_raise_fmt(RT_EXC_VALUE, "'%s' in __slots__ conflicts with class variable", name->data);
        else rt_set_add(fr[0], names[i]);
    }
    for (uint32_t i = 0; i < b->len && !RT_ERR; i++)
        if (b->items[i] != rt_object_class()) rt_set_update(fr[0], ((RtClass *)b->items[i])->slots);
    if (!RT_ERR && !has_dict) c->slots = fr[0];
    rt_gc_frame_pop(fr);
}

/* an instance of a class with __slots__ (and no __dict__) */
static int slotted(RtObj *o) {
    return type_of(o) == RT_TYPE_INSTANCE && ((RtClass *)((RtInstance *)o)->cls)->slots;
}

void rt_class_ready(RtObj *cls, RtObj *kw) {
    RtClass *c = (RtClass *)cls;
    set_slots(c);
    if (RT_ERR) return;
    if (rt_class_own(cls, lit("__eq__")) && !rt_class_own(cls, lit("__hash__"))) /* CPython's type: unhashable */
        rt_dict_setitem(c->dict, (RtObj *)lit("__hash__"), RT_NONE);
    set_names(cls);
    if (RT_ERR) return;
    RtObj *hook = lookup_from(cls, 1, (RtObj *)lit("__init_subclass__"), 0);
    int has_kw = kw && ((RtDict *)kw)->len;
    if (hook && type_of(hook) == RT_TYPE_FUNCTION) {
        RtTuple *t = (RtTuple *)rt_tuple_new(1);
        t->items[0] = cls;
        if (has_kw) { /* class C(Base, kind="c"): __init_subclass__(C, kind="c") */
            RtObj *full = bind_keywords((RtFunc *)hook, (RtObj *)t, kw);
            if (full) apply_special(hook, full); /* held, as without keywords: the class statement published nothing */
        } else {
            call_function((RtFunc *)hook, (RtObj *)t, 0);
        }
        if (RT_ERR) return;
    } else if (has_kw) { /* object's */
        rt_raise_fmt(RT_EXC_TYPE, "%s.__init_subclass__() takes no keyword arguments", c->name);
        return;
    }
    RtObj *init = c->meta ? lookup_c(c->meta, "__init__") : 0;
    if (init && type_of(init) == RT_TYPE_FUNCTION) {
        RtTuple *t = (RtTuple *)rt_tuple_new(4);
        t->items[0] = cls, t->items[1] = (RtObj *)lit(c->name), t->items[2] = c->bases;
        t->items[3] = rt_dict_copy(c->dict);
        call_function((RtFunc *)init, (RtObj *)t, 0);
    }
}

/* Whether some class has defined __new__: until one does, making an
 * instance does not look for it (a walk of the mro's dicts per object). */
static int any_new;

/* The docstrings of the program's functions by table slot (NULL: none),
 * given by programs that read some __doc__ (rt_func_doc_table). */
static RtObj *const *doc_table;
static int32_t doc_count;

void rt_func_doc_table(RtObj *const *table, int32_t count) {
    doc_table = table;
    doc_count = count;
}

/* Whether some class has defined __get__, __set__ or __delete__ (a
 * descriptor's class): until one does, attribute access does not look for
 * descriptors (a walk of the class's mro per access). */
static int any_descriptor;

static RtObj *descriptor_method(RtObj *v, const char *method);
static RtObj *call_descriptor(RtObj *m, RtObj *v, RtObj *a, RtObj *b);

/* v.__set_name__(cls, name) for each attribute v of the new class cls
 * that has one, in the order of its body (CPython's type.__new__, before
 * __init_subclass__). */
static void set_names(RtObj *cls) {
    if (!any_descriptor) return;
    RtObj **fr = rt_gc_frame_push(1);
    if (!fr) return;
    RtDict *d = (RtDict *)(fr[0] = rt_dict_copy(((RtClass *)cls)->dict));
    for (uint32_t i = 0; i < d->nentries && !RT_ERR; i++) {
        RtDictEntry *e = &rt_dict_entries(d)[i];
        RtObj *m = e->key ? descriptor_method(e->value, "__set_name__") : 0;
        if (m) call_descriptor(m, e->value, cls, e->key);
    }
    rt_gc_frame_pop(fr);
}

void rt_class_set(RtObj *cls, RtStr *name, RtObj *value) {
    if (rt_cstr_eq(name->data, "__new__")) any_new = 1;
    if (rt_cstr_eq(name->data, "__get__") || rt_cstr_eq(name->data, "__set__") || rt_cstr_eq(name->data, "__delete__") ||
        rt_cstr_eq(name->data, "__set_name__"))
        any_descriptor = 1;
    /* `__module__ = "json.decoder"` in a class body: where its repr and an
     * uncaught exception's last line say it is from, as in CPython (the
     * string stays alive in the class's namespace) */
    if (rt_cstr_eq(name->data, "__module__") && type_of(value) == RT_TYPE_STR) ((RtClass *)cls)->module = ((RtStr *)value)->data;
    /* C.__name__ = "P", C.__qualname__ = "P" (namedtuple's class): its repr
     * and type(x).__name__ say so */
    if (rt_cstr_eq(name->data, "__name__") && type_of(value) == RT_TYPE_STR) ((RtClass *)cls)->name = ((RtStr *)value)->data;
    if (rt_cstr_eq(name->data, "__qualname__") && type_of(value) == RT_TYPE_STR) ((RtClass *)cls)->qualname = ((RtStr *)value)->data;
    rt_dict_setitem(((RtClass *)cls)->dict, (RtObj *)name, value);
}

/* del name in a class body: from the class's namespace, else NameError. */
void rt_class_del(RtObj *cls, RtStr *name) {
    RtDict *d = (RtDict *)((RtClass *)cls)->dict;
    if (rt_dict_lookup(d, (RtObj *)name, rt_hash_str(name)) < 0) {
        rt_raise_fmt(RT_EXC_NAME, "name '%s' is not defined", name->data);
        return;
    }
    rt_dict_delitem((RtObj *)d, (RtObj *)name);
}

/* A name read in a class body: the class's own value of it so far, or
 * NULL (the generated code then reads the name outside the class). */
RtObj *rt_class_own(RtObj *cls, RtStr *name) {
    RtDict *d = (RtDict *)((RtClass *)cls)->dict;
    int32_t ix = rt_dict_lookup(d, (RtObj *)name, rt_hash_str(name));
    return ix < 0 ? 0 : rt_dict_entries(d)[ix].value;
}

/* The value of `name` in the dict of a class of mro (from position
 * `from`), or NULL. */
static RtObj *lookup_from(RtObj *cls, uint32_t from, RtObj *name, RtObj **owner) {
    RtObj *buf[STATIC_MRO_MAX];
    uint32_t n;
    RtObj *const *m = mro_of(cls, buf, STATIC_MRO_MAX, &n);
    static RtObj missing;
    for (uint32_t i = from; i < n; i++) {
        if (!is_user_class(m[i])) continue;
        RtObj *v = rt_dict_get(((RtClass *)m[i])->dict, name, &missing);
        if (v != &missing) {
            if (owner) *owner = m[i];
            return v;
        }
    }
    return 0;
}

static RtObj *lookup(RtObj *cls, RtObj *name) { return lookup_from(cls, 0, name, 0); }

/* The same for a name given as C text (the special methods). */
static RtObj *lookup_c(RtObj *cls, const char *name) {
    RtObj *buf[STATIC_MRO_MAX];
    uint32_t n;
    RtObj *const *m = mro_of(cls, buf, STATIC_MRO_MAX, &n);
    uint32_t len = rt_cstrlen(name);
    for (uint32_t i = 0; i < n; i++) {
        if (!is_user_class(m[i])) continue;
        RtDict *d = (RtDict *)((RtClass *)m[i])->dict;
        RtDictEntry *e = rt_dict_entries(d);
        for (uint32_t k = 0; k < d->nentries; k++) {
            RtStr *key = (RtStr *)e[k].key;
            if (!key || type_of((RtObj *)key) != RT_TYPE_STR) continue;
            if (key->byte_len == len && !__builtin_memcmp(key->data, name, len)) return e[k].value;
        }
    }
    return 0;
}

/* Whether sub is base or derives from it. */
int32_t rt_class_derives(RtObj *sub, RtObj *base) {
    if (base == (RtObj *)&object_class) return 1;
    RtObj *buf[STATIC_MRO_MAX];
    uint32_t n;
    RtObj *const *m = mro_of(sub, buf, STATIC_MRO_MAX, &n);
    for (uint32_t i = 0; i < n; i++)
        if (m[i] == base) return 1;
    return 0;
}

/* ---- instances ---- */

/* The class of an instance or exception, else NULL. */
static RtObj *class_of(RtObj *o) {
    uint32_t t = type_of(o);
    if (t == RT_TYPE_INSTANCE) return ((RtInstance *)o)->cls;
    if (t == RT_TYPE_EXCEPTION) return ((RtExc *)o)->cls;
    if (is_user_class(o)) return ((RtClass *)o)->meta; /* its special methods are its metaclass's */
    return 0;
}

RtObj *rt_class_meta(RtObj *o) { return is_user_class(o) ? ((RtClass *)o)->meta : 0; }

/* type(x): its class; a builtin type's for builtin values. */
static RtObj *type_of_value(RtObj *o) {
    RtObj *c = class_of(o);
    if (c) return c;
    if (type_of(o) == RT_TYPE_TYPE_EXPR) return rt_type_expr_class(o);
    c = rt_builtin_class((int32_t)type_of(o));
    return c ? c : rt_object_class();
}

static RtObj **dict_slot(RtObj *o) {
    uint32_t t = type_of(o);
    if (t == RT_TYPE_INSTANCE) return &((RtInstance *)o)->dict;
    if (t == RT_TYPE_EXCEPTION) return &((RtExc *)o)->dict;
    if (t == RT_TYPE_FUNCTION && ((RtFunc *)o)->index >= 0 && ((RtFunc *)o)->names)
        return &((RtFunc *)o)->dict; /* a def's: not a builtin's (no parameter names) */
    return 0;
}

/* A def's one function object is static data, which the collector does not
 * trace: once a program gives it attributes or a name of the heap, its
 * fields from name to doc become a root range (the ints among them
 * are no heap addresses: marking skips them). */
static void root_static_func(RtObj *o) {
    if ((o->type_flags & (RT_FLAG_STATIC | RT_FLAG_ROOTED)) != RT_FLAG_STATIC) return;
    RtFunc *f = (RtFunc *)o;
    o->type_flags |= RT_FLAG_ROOTED;
    rt_gc_add_root_range((RtObj **)&f->name, (int32_t)(((RtObj **)&f->doc - (RtObj **)&f->name) + 1));
}

/* The dict in o's slot, made when it has none. */
static RtObj *slot_dict(RtObj *o, RtObj **slot) {
    if (!*slot) {
        if (type_of(o) == RT_TYPE_FUNCTION) root_static_func(o);
        *slot = rt_dict_new();
    }
    return *slot;
}

/* f.__name__ = s, f.__qualname__ = s (two names, as CPython's): true
 * when name was one of them. */
static int set_func_name(RtObj *o, RtStr *name, RtObj *value) {
    int qual = rt_cstr_eq(name->data, "__qualname__");
    if (!qual && !rt_cstr_eq(name->data, "__name__")) return 0;
    if (type_of(value) != RT_TYPE_STR) {
        rt_raise_fmt(RT_EXC_TYPE, "%s must be set to a string object", name->data);
        return 1;
    }
    root_static_func(o);
    if (qual) ((RtFunc *)o)->name = (RtStr *)value;
    else ((RtFunc *)o)->short_name = (RtStr *)value;
    return 1;
}

/* vars(o) and o.__dict__: the dict of an instance's attributes (made when
 * it has none yet); a class's own attributes; else TypeError. */
RtObj *rt_builtin_vars(RtObj *o) {
    RtObj **slot = slotted(o) ? 0 : dict_slot(o);
    if (slot) return slot_dict(o, slot);
    if (is_user_class(o)) return ((RtClass *)o)->dict;
    rt_raise_cstr(RT_EXC_TYPE, "vars() argument must have __dict__ attribute");
    return 0;
}

const char *rt_instance_cname(RtObj *o) { return ((RtClass *)((RtInstance *)o)->cls)->name; }

/* A method (a function in a class) bound to self. */
static RtFunc *builtin_method(int32_t which, const char *name, int32_t nparams);

static RtObj *bind(RtObj *fn, RtObj *self) {
    RtFunc *f = (RtFunc *)fn;
    if (f->kind == RT_METHOD_STATIC) return fn;
    if (f->kind == RT_METHOD_CLASS && !is_class(self)) self = class_of(self);
    if (f->bound < 0 && f->index >= 0) {
        /* a function value stored in a class (a decorator's wrapper, a
         * lambda): bound by a builtin method that prepends self */
        RtFunc *m = builtin_method(RT_BUILTIN_BOUND, f->name->data, f->nparams - 1);
        m->env = self;
        m->defaults = fn; /* the function */
        return (RtObj *)m;
    }
    RtFunc *m = (RtFunc *)rt_func_new(f->index >= 0 ? f->bound : -1, f->nparams - 1, f->name, f->names, self);
    m->defaults = f->defaults;
    m->star = f->star;
    if (f->index < 0) m->bound = f->bound; /* builtin */
    return (RtObj *)m;
}

static RtFunc *builtin_method(int32_t which, const char *name, int32_t nparams) {
    RtFunc *f = (RtFunc *)rt_func_new(-1, nparams, lit(name), 0, 0);
    f->bound = which;
    return f;
}

/* An attribute found in a class (the class itself first, then its bases):
 * functions come bound to self. `cls` NULL: none. */
static RtObj *call_function(RtFunc *f, RtObj *args, int rooted);

/* A property's getter or setter called from inside rt_getattr/rt_setattr. */
static RtObj *call_accessor(RtObj *fn, RtObj *self, RtObj *value) {
    RtTuple *t = (RtTuple *)rt_tuple_new(value ? 2 : 1);
    t->items[0] = self;
    if (value) t->items[1] = value;
    return call_function((RtFunc *)fn, (RtObj *)t, 0);
}

static RtObj *object_method(RtStr *name, RtObj *self);
static RtObj *super_start(RtObj *cls, RtObj *self);

/* ---- descriptors: an instance of a class with __get__ (__set__,
 * __delete__) stored in a class ---- */

/* v's class's method `method` when v is such an instance, else NULL. */
static RtObj *descriptor_method(RtObj *v, const char *method) {
    if (!any_descriptor || !v || type_of(v) != RT_TYPE_INSTANCE) return 0;
    RtObj *m = lookup_c(class_of(v), method);
    return m && type_of(m) == RT_TYPE_FUNCTION ? m : 0;
}

/* m(v, a, b) or m(v, a) (b NULL) */
static RtObj *call_descriptor(RtObj *m, RtObj *v, RtObj *a, RtObj *b) {
    RtObj **fr = rt_gc_frame_push(3);
    if (!fr) return 0;
    fr[0] = v, fr[1] = a, fr[2] = b;
    RtTuple *t = (RtTuple *)rt_tuple_new(b ? 3 : 2);
    t->items[0] = v, t->items[1] = a;
    if (b) t->items[2] = b;
    RtObj *r = call_function((RtFunc *)m, (RtObj *)t, 0);
    rt_gc_frame_pop(fr);
    return r;
}

/* A data descriptor (one with __set__ or __delete__) of o's class named
 * `name`: it comes before o's own attributes, as in CPython. */
static RtObj *data_descriptor(RtObj *o, RtStr *name) {
    if (!any_descriptor) return 0;
    RtObj *cls = class_of(o);
    RtObj *v = cls ? lookup(cls, (RtObj *)name) : 0;
    return descriptor_method(v, "__set__") || descriptor_method(v, "__delete__") ? v : 0;
}

/* v found in a class as an attribute of self (NULL: of the class cls
 * itself): v.__get__(self, cls) when v is a descriptor, else v. */
static RtObj *descriptor_get(RtObj *v, RtObj *self, RtObj *cls) {
    RtObj *get = descriptor_method(v, "__get__");
    return get ? call_descriptor(get, v, self ? self : RT_NONE, cls) : v;
}

static RtObj *class_attr(RtObj *cls, uint32_t from, RtObj *self, RtStr *name) {
    RtObj *v = lookup_from(cls, from, (RtObj *)name, 0);
    if (v && type_of(v) == RT_TYPE_PROPERTY && self) return call_accessor(((RtProperty *)v)->fget, self, 0);
    if (v && any_descriptor && type_of(v) == RT_TYPE_INSTANCE) return descriptor_get(v, self, self ? class_of(self) : cls);
    if (v) return self && type_of(v) == RT_TYPE_FUNCTION ? bind(v, self) : v;
    if (self && rt_cstr_eq(name->data, "__init__")) {
        /* the inherited builtin __init__ */
        int exc = type_of(self) == RT_TYPE_EXCEPTION;
        RtFunc *f = builtin_method(exc ? RT_BUILTIN_EXCEPTION_INIT : RT_BUILTIN_OBJECT_INIT, "__init__", exc ? -1 : 1);
        return bind((RtObj *)f, self);
    }
    return object_method(name, self);
}

/* object.__setattr__ / object.__delattr__ (what a class's own
 * __setattr__ calls to store): bound to self, or unbound (self NULL: the
 * first argument), else NULL. */
static RtObj *object_method(RtStr *name, RtObj *self) {
    if (rt_cstr_eq(name->data, "__new__")) /* super().__new__(cls): object's (a static method) */
        return (RtObj *)builtin_method(RT_BUILTIN_OBJECT_NEW, "__new__", -1);
    if (rt_cstr_eq(name->data, "__init_subclass__") && self) {
        RtFunc *f = builtin_method(RT_BUILTIN_OBJECT_INIT_SUBCLASS, "__init_subclass__", 0);
        f->env = self;
        return (RtObj *)f;
    }
    int set = rt_cstr_eq(name->data, "__setattr__");
    if (!set && !rt_cstr_eq(name->data, "__delattr__")) return 0;
    RtFunc *f = builtin_method(set ? RT_BUILTIN_OBJECT_SETATTR : RT_BUILTIN_OBJECT_DELATTR, set ? "__setattr__" : "__delattr__", -1);
    f->env = self;
    return (RtObj *)f;
}

/* The attributes every class has (CPython's type's): __qualname__,
 * __module__, __mro__, __bases__, and object's __setattr__/__delattr__;
 * else NULL. */
static RtObj *type_attr(RtObj *cls, RtStr *name) {
    const RtClass *c = (const RtClass *)cls;
    const char *n = name->data;
    if (rt_cstr_eq(n, "__qualname__")) return (RtObj *)lit(rt_class_qualname(cls));
    if (rt_cstr_eq(n, "__module__")) return (RtObj *)lit(c->module ? c->module : is_user_class(cls) ? "__main__" : "builtins");
    if (rt_cstr_eq(n, "__mro__") || rt_cstr_eq(n, "__bases__")) {
        RtObj *buf[STATIC_MRO_MAX];
        uint32_t k;
        RtObj *const *m;
        if (n[2] == 'm') m = mro_of(cls, buf, STATIC_MRO_MAX, &k);
        else if (is_user_class(cls)) m = ((RtTuple *)c->bases)->items, k = ((RtTuple *)c->bases)->len;
        else m = buf, k = (buf[0] = rt_class_base(cls)) != 0;
        int root = cls != (RtObj *)&object_class && (n[2] == 'm' || !k); /* object ends every mro */
        RtTuple *t = (RtTuple *)rt_tuple_new((int32_t)(k + (uint32_t)root));
        for (uint32_t i = 0; i < k; i++) t->items[i] = m[i];
        if (root) t->items[k] = (RtObj *)&object_class;
        if (n[2] == 'm' && cls == (RtObj *)&object_class) {
            t = (RtTuple *)rt_tuple_new(1);
            t->items[0] = cls;
        }
        return (RtObj *)t;
    }
    if (rt_cstr_eq(n, "__init__")) { /* the builtin __init__ it inherits, unbound (ValueError.__init__(self, m)) */
        int exc = rt_class_derives(cls, rt_exc_class(RT_EXC_BASE_EXCEPTION));
        return (RtObj *)builtin_method(exc ? RT_BUILTIN_EXCEPTION_INIT : RT_BUILTIN_OBJECT_INIT, "__init__", -1);
    }
    if (rt_cstr_eq(n, "__new__")) { /* a static method: the class to make comes first */
        RtFunc *f = builtin_method(RT_BUILTIN_OBJECT_NEW, "__new__", -1);
        f->env = is_user_class(cls) ? 0 : cls;
        return (RtObj *)f;
    }
    return object_method(name, 0);
}

RtObj *rt_getattr(RtObj *o, RtStr *name) {
    uint32_t t = type_of(o);
    RtObj **slot = dict_slot(o);
    static RtObj missing;
    RtObj *desc = t == RT_TYPE_INSTANCE ? data_descriptor(o, name) : 0;
    if (desc) return descriptor_get(desc, o, class_of(o));
    if (slot && *slot) {
        RtObj *v = rt_dict_get(*slot, (RtObj *)name, &missing);
        if (v != &missing) return v;
    }
    if (rt_cstr_eq(name->data, "__class__")) return type_of_value(o); /* type(o), for any value */
    if (rt_cstr_eq(name->data, "__dict__") && ((slot && !slotted(o)) || is_user_class(o))) return rt_builtin_vars(o);
    if (t == RT_TYPE_INSTANCE || t == RT_TYPE_EXCEPTION) {
        RtObj *v = class_attr(class_of(o), 0, o, name);
        if (v || RT_ERR) return v; /* a property's getter may have raised */
        RtObj *hook = lookup_c(class_of(o), "__getattr__");
        if (hook && type_of(hook) == RT_TYPE_FUNCTION) return call_accessor(hook, o, (RtObj *)name);
        if (t == RT_TYPE_EXCEPTION) return rt_exc_attr(o, name); /* args ..., or AttributeError */
    } else if (t == RT_TYPE_CLASS) {
        if (rt_cstr_eq(name->data, "__name__")) return (RtObj *)lit(((RtClass *)o)->name);
        RtObj *v = lookup(o, (RtObj *)name);
        if (v && type_of(v) == RT_TYPE_FUNCTION && ((RtFunc *)v)->kind == RT_METHOD_CLASS) return bind(v, o);
        if (v && any_descriptor && type_of(v) == RT_TYPE_INSTANCE) return descriptor_get(v, 0, o); /* C.attr: __get__(None, C) */
        if (v) return v;
        if (rt_class_meta(o)) { /* the metaclass's methods and properties, bound to the class */
            v = class_attr(rt_class_meta(o), 0, o, name);
            if (v || RT_ERR) return v;
        }
        v = type_attr(o, name);
        if (v) return v;
        if (rt_base_special_name(o, name->data)) { /* Exception.__str__(self), dict.__setitem__(self, k, v) */
            RtFunc *m = builtin_method(RT_BUILTIN_BASE_SPECIAL, name->data, -1);
            m->defaults = o; /* unbound: the class its first argument must be an instance of */
            return (RtObj *)m;
        }
        rt_raise_fmt(RT_EXC_ATTRIBUTE, "type object '%s' has no attribute '%s'", ((RtClass *)o)->name, name->data);
        return 0;
    } else if (t == RT_TYPE_INT || t == RT_TYPE_BOOL || t == RT_TYPE_FLOAT) {
        RtObj *v = rt_number_attr(o, name->data);
        if (v) return v;
    } else if (t == RT_TYPE_COMPLEX) {
        RtObj *v = rt_complex_attr(o, name->data);
        if (v) return v;
        if (rt_cstr_eq(name->data, "conjugate")) {
            RtFunc *m = builtin_method(RT_BUILTIN_COMPLEX_CONJUGATE, "conjugate", -1);
            m->env = o;
            return (RtObj *)m;
        }
    } else if (t == RT_TYPE_TYPE_EXPR) { /* list[int].__args__, __origin__ */
        RtObj *v = rt_type_expr_attr(o, name->data);
        if (v) return v;
    } else if (t == RT_TYPE_FUNCTION) { /* after the attributes a program gave it */
        RtStr *q = ((RtFunc *)o)->name; /* CPython's __qualname__ (outer.<locals>.f, C.m) */
        if (rt_cstr_eq(name->data, "__doc__")) { /* as set, else its def's docstring, by its table slot */
            int32_t i = ((RtFunc *)o)->index;
            if (((RtFunc *)o)->doc) return ((RtFunc *)o)->doc;
            return i >= 0 && i < doc_count && doc_table[i] ? doc_table[i] : RT_NONE;
        }
        if (rt_cstr_eq(name->data, "__qualname__")) return (RtObj *)q;
        if (rt_cstr_eq(name->data, "__name__") && ((RtFunc *)o)->short_name) return (RtObj *)((RtFunc *)o)->short_name;
        if (rt_cstr_eq(name->data, "__name__")) {
            uint32_t at = q->byte_len;
            while (at && q->data[at - 1] != '.') at--;
            return at ? (RtObj *)rt_str_from_bytes(q->data + at, q->byte_len - at) : (RtObj *)q;
        }
    } else if (t == RT_TYPE_ITER && (o->aux == RT_ITER_STDOUT || o->aux == RT_ITER_STDERR)) {
        int write = rt_cstr_eq(name->data, "write");
        if (write || rt_cstr_eq(name->data, "flush")) {
            RtFunc *m = builtin_method(write ? RT_BUILTIN_STREAM_WRITE : RT_BUILTIN_STREAM_FLUSH, write ? "write" : "flush", -1);
            m->env = o;
            return (RtObj *)m;
        }
        if (rt_cstr_eq(name->data, "name")) return (RtObj *)lit(o->aux == RT_ITER_STDERR ? "<stderr>" : "<stdout>");
        if (rt_cstr_eq(name->data, "encoding")) return (RtObj *)lit("utf-8");
    } else if (t == RT_TYPE_PROPERTY) { /* its accessors, and its getter's docstring */
        RtProperty *p = (RtProperty *)o;
        if (rt_cstr_eq(name->data, "fget")) return p->fget ? p->fget : RT_NONE;
        if (rt_cstr_eq(name->data, "fset")) return p->fset ? p->fset : RT_NONE;
        if (rt_cstr_eq(name->data, "fdel")) return p->fdel ? p->fdel : RT_NONE;
        if (rt_cstr_eq(name->data, "__doc__")) return p->fget ? rt_getattr(p->fget, name) : RT_NONE;
    } else if (t == RT_TYPE_SLICE) {
        RtSlice *sl = (RtSlice *)o;
        if (rt_cstr_eq(name->data, "start")) return sl->start;
        if (rt_cstr_eq(name->data, "stop")) return sl->stop;
        if (rt_cstr_eq(name->data, "step")) return sl->step;
        if (rt_cstr_eq(name->data, "indices")) {
            RtFunc *m = builtin_method(RT_BUILTIN_SLICE_INDICES, "indices", -1);
            m->env = o;
            return (RtObj *)m;
        }
    } else if (t == RT_TYPE_GENERATOR && ((RtGen *)o)->name &&
               (((RtGen *)o)->pad == RT_GEN_KIND_GENERATOR || ((RtGen *)o)->pad == RT_GEN_KIND_COROUTINE ||
                ((RtGen *)o)->pad == RT_GEN_KIND_ASYNC_GEN)) { /* its function's names */
        RtStr *q = ((RtGen *)o)->name;
        if (rt_cstr_eq(name->data, "__qualname__")) return (RtObj *)q;
        if (rt_cstr_eq(name->data, "__name__")) {
            uint32_t at = q->byte_len;
            while (at && q->data[at - 1] != '.') at--;
            return at ? (RtObj *)rt_str_from_bytes(q->data + at, q->byte_len - at) : (RtObj *)q;
        }
    } else if (t == RT_TYPE_RANGE) {
        RtRange *r = (RtRange *)o;
        if (rt_cstr_eq(name->data, "start")) return rt_box_int(r->start);
        if (rt_cstr_eq(name->data, "stop")) return rt_box_int(r->stop);
        if (rt_cstr_eq(name->data, "step")) return rt_box_int(r->step);
    } else if (t == RT_TYPE_SUPER) {
        RtSuper *s = (RtSuper *)o;
        RtObj *cls = super_start(s->cls, s->self);
        RtObj *buf[STATIC_MRO_MAX];
        uint32_t n, at = 0;
        RtObj *const *m = cls ? mro_of(cls, buf, STATIC_MRO_MAX, &n) : 0;
        if (m)
            for (uint32_t i = 0; i < n; i++)
                if (m[i] == s->cls) at = i + 1;
        RtObj *v = cls ? class_attr(cls, at, s->self, name) : 0;
        if (v || RT_ERR) return v;
        if (rt_base_special_name(s->self, name->data)) { /* super().__str__(), super().__setitem__(k, v): the builtin's */
            RtFunc *m = builtin_method(RT_BUILTIN_BASE_SPECIAL, name->data, -1);
            m->env = s->self;
            return (RtObj *)m;
        }
        if (is_user_class(s->self) && rt_cstr_eq(name->data, "__call__") && cls &&
            rt_class_derives(cls, rt_builtin_class(RT_TYPE_CLASS))) {
            /* super().__call__(...) in a metaclass's __call__: type's, which
             * makes the instance (__new__, __init__) */
            RtFunc *m = builtin_method(RT_BUILTIN_TYPE_CALL, "__call__", -1);
            m->env = s->self;
            return (RtObj *)m;
        }
        rt_raise_fmt(RT_EXC_ATTRIBUTE, "'super' object has no attribute '%s'", name->data);
        return 0;
    }
    if (rt_base_special_name(o, name->data)) { /* key=a.__getitem__, (1).__add__ */
        RtFunc *m = builtin_method(RT_BUILTIN_BASE_SPECIAL, name->data, -1);
        m->env = o;
        return (RtObj *)m;
    }
    rt_raise_fmt(RT_EXC_ATTRIBUTE, "'%T' object has no attribute '%s'", o, name->data);
    return 0;
}

/* o.name for a call o.name(...) whose name the compiler saw is format,
 * send, throw, close or fromkeys: str.format, the generators' methods and
 * dict.fromkeys, which rt_getattr leaves out. They are called through the
 * generated rt_ml_builtin, which links them only into programs that call
 * them by those names. */
RtObj *rt_getattr_call(RtObj *o, RtStr *name) {
    uint32_t t = type_of(o);
    if ((t == RT_TYPE_STR || o == rt_builtin_class(RT_TYPE_STR)) && rt_cstr_eq(name->data, "format")) {
        RtFunc *m = builtin_method(RT_BUILTIN_STR_FORMAT, "format", -1);
        m->env = t == RT_TYPE_STR ? o : 0; /* str.format: unbound (rt_str_format_call) */
        return (RtObj *)m;
    }
    if (o == rt_builtin_class(RT_TYPE_DICT) && rt_cstr_eq(name->data, "fromkeys"))
        return (RtObj *)builtin_method(RT_BUILTIN_DICT_FROMKEYS, "fromkeys", -1);
    if (t == RT_TYPE_GENERATOR && ((RtGen *)o)->pad == RT_GEN_KIND_ASYNC_GEN) {
        static const char *const names[] = {"__aiter__", "__anext__", "asend", "athrow", "aclose"};
        for (int32_t i = 0; i < 5; i++)
            if (rt_cstr_eq(name->data, names[i])) {
                RtFunc *m = builtin_method(RT_BUILTIN_AGEN_AITER + i, names[i], i == 2 || i == 3);
                m->env = o;
                return (RtObj *)m;
            }
    } else if (t == RT_TYPE_GENERATOR && ((RtGen *)o)->pad == RT_GEN_KIND_COROUTINE && rt_cstr_eq(name->data, "__await__")) {
        RtFunc *m = builtin_method(RT_BUILTIN_CORO_AWAIT, "__await__", 0);
        m->env = o;
        return (RtObj *)m;
    } else if (t == RT_TYPE_GENERATOR) {
        static const char *const names[] = {"send", "throw", "close"};
        for (int32_t i = 0; i < 3; i++)
            if (rt_cstr_eq(name->data, names[i])) {
                RtFunc *m = builtin_method(RT_BUILTIN_GEN_SEND + i, names[i], i < 2);
                m->env = o;
                return (RtObj *)m;
            }
    }
    return rt_getattr(o, name);
}

RtObj *rt_method_of(RtObj *o, RtStr *name) {
    if (type_of(o) != RT_TYPE_INSTANCE) return 0;
    RtInstance *x = (RtInstance *)o;
    static RtObj missing;
    if (x->dict && rt_dict_get(x->dict, (RtObj *)name, &missing) != &missing) return 0;
    RtObj *v = lookup(x->cls, (RtObj *)name);
    if (!v || type_of(v) != RT_TYPE_FUNCTION) return 0;
    RtFunc *f = (RtFunc *)v;
    return f->index >= 0 && f->bound >= 0 && f->kind == RT_METHOD_PLAIN ? v : 0;
}

static void generic_setattr(RtObj *o, RtStr *name, RtObj *value);

/* o.name = value: the class's __setattr__ when it has one. */
void rt_setattr(RtObj *o, RtStr *name, RtObj *value) {
    RtObj *cls = class_of(o);
    RtObj *hook = cls ? lookup_c(cls, "__setattr__") : 0;
    if (hook && type_of(hook) == RT_TYPE_FUNCTION) {
        RtTuple *t = (RtTuple *)rt_tuple_new(3);
        t->items[0] = o, t->items[1] = (RtObj *)name, t->items[2] = value;
        call_function((RtFunc *)hook, (RtObj *)t, 0);
        return;
    }
    generic_setattr(o, name, value);
}

/* object.__setattr__: a property's setter, else the instance's dict (a
 * class's own for a class). */
static void generic_setattr(RtObj *o, RtStr *name, RtObj *value) {
    RtObj **slot = dict_slot(o);
    RtObj *cls = class_of(o);
    RtObj *prop = cls ? lookup(cls, (RtObj *)name) : 0;
    RtObj *set = descriptor_method(prop, "__set__");
    if (set) {
        call_descriptor(set, prop, o, value);
        return;
    }
    if (prop && type_of(prop) == RT_TYPE_PROPERTY) {
        RtProperty *p = (RtProperty *)prop;
        if (!p->fset) {
            rt_raise_fmt(RT_EXC_ATTRIBUTE, "property '%s' of '%s' object has no setter", name->data, ((RtClass *)cls)->name);
            return;
        }
        call_accessor(p->fset, o, value);
        return;
    }
    if (slot && slotted(o) && !rt_set_contains(((RtClass *)cls)->slots, (RtObj *)name)) {
        if (prop) /* a class attribute, which a slotted instance cannot shadow */
            rt_raise_fmt(RT_EXC_ATTRIBUTE, "'%T' object attribute '%s' is read-only", o, name->data);
        else rt_raise_fmt(RT_EXC_ATTRIBUTE, "'%T' object has no attribute '%s'", o, name->data);
        return;
    }
    if (slot) {
        if (type_of(o) == RT_TYPE_FUNCTION && set_func_name(o, name, value)) return;
        if (type_of(o) == RT_TYPE_FUNCTION && rt_cstr_eq(name->data, "__doc__")) { /* a slot, not the dict */
            root_static_func(o);
            ((RtFunc *)o)->doc = value;
            return;
        }
        if (rt_cstr_eq(name->data, "__dict__")) { /* replaced, not a key */
            if (type_of(value) != RT_TYPE_DICT) {
                rt_raise_fmt(RT_EXC_TYPE, "__dict__ must be set to a dictionary, not a '%T'", value);
                return;
            }
            if (type_of(o) == RT_TYPE_FUNCTION) root_static_func(o);
            *slot = value;
            return;
        }
        if (type_of(o) == RT_TYPE_EXCEPTION && rt_cstr_eq(name->data, "args")) {
            ((RtExc *)o)->args = rt_builtin_tuple(value);
            return;
        }
        rt_dict_setitem(slot_dict(o, slot), (RtObj *)name, value);
        return;
    }
    if (is_user_class(o)) {
        rt_class_set(o, name, value);
        return;
    }
    if (is_class(o)) {
        rt_raise_fmt(RT_EXC_TYPE, "cannot set '%s' attribute of immutable type '%s'", name->data, ((RtClass *)o)->name);
        return;
    }
    rt_raise_fmt(RT_EXC_ATTRIBUTE, "'%T' object has no attribute '%s'", o, name->data);
}

/* super() in a method of cls whose first parameter is self. */
/* Where super() looks from: self's class, or self for a class deriving
 * from cls (a classmethod's, __init_subclass__'s). */
static RtObj *super_start(RtObj *cls, RtObj *self) {
    return is_class(self) && rt_class_derives(self, cls) ? self : class_of(self);
}

RtObj *rt_super(RtObj *cls, RtObj *self) {
    RtObj *sc = super_start(cls, self);
    if (!sc || !rt_class_derives(sc, cls)) {
        rt_raise_cstr(RT_EXC_TYPE, "super(type, obj): obj must be an instance or subtype of type");
        return 0;
    }
    RtSuper *s = rt_alloc(sizeof *s);
    s->h.type_flags = RT_TYPE_SUPER;
    s->cls = cls;
    s->self = self;
    return (RtObj *)s;
}

/* Whether cls derives from spec, a class or a tuple of them (nested
 * tuples too), a union, a typing form; who: "isinstance" or "issubclass",
 * for the messages; bad: the TypeError's message for anything else. */
static int32_t derives_from_spec(RtObj *cls, RtObj *spec, const char *who, const char *bad) {
    if (type_of(spec) == RT_TYPE_TYPE_EXPR) {
        RtTypeExpr *t = (RtTypeExpr *)spec;
        /* int | str, Optional[int]: their members (a tuple, None as NoneType) */
        if (spec->aux == RT_TEXPR_UNION || rt_type_expr_typing_union(spec)) return derives_from_spec(cls, t->args, who, bad);
        if (spec->aux == RT_TEXPR_FORM && t->origin) return derives_from_spec(cls, t->origin, who, bad); /* typing.List: list */
        if (spec->aux == RT_TEXPR_ALIAS)
            rt_raise_fmt(RT_EXC_TYPE, "%s() argument 2 cannot be a parameterized generic", who);
        else if (spec->aux == RT_TEXPR_FORM)
            rt_raise_fmt(RT_EXC_TYPE, "typing.%s cannot be used with %s()", ((RtStr *)t->args)->data, who);
        else
            rt_raise_cstr(RT_EXC_TYPE, "Subscripted generics cannot be used with class and instance checks");
        return 0;
    }
    if (type_of(spec) == RT_TYPE_TUPLE) {
        RtTuple *t = (RtTuple *)spec;
        for (uint32_t i = 0; i < t->len; i++) {
            int32_t r = derives_from_spec(cls, t->items[i], who, bad);
            if (RT_ERR || r) return r;
        }
        return 0;
    }
    if (!is_class(spec)) {
        rt_raise_cstr(RT_EXC_TYPE, bad);
        return 0;
    }
    return rt_class_derives(cls, spec);
}

/* isinstance(x, spec) */
int32_t rt_isinstance(RtObj *x, RtObj *spec) {
    return derives_from_spec(type_of_value(x), spec, "isinstance",
                             "isinstance() arg 2 must be a type, a tuple of types, or a union");
}

/* issubclass(c, spec) */
int32_t rt_issubclass(RtObj *c, RtObj *spec) {
    if (!is_class(c)) {
        rt_raise_cstr(RT_EXC_TYPE, "issubclass() arg 1 must be a class");
        return 0;
    }
    return derives_from_spec(c, spec, "issubclass", "issubclass() arg 2 must be a class, a tuple of classes, or a union");
}

RtObj *rt_class_of(RtObj *x) { return type_of_value(x); }

int32_t rt_callable(RtObj *x) {
    uint32_t t = type_of(x);
    return t == RT_TYPE_FUNCTION || t == RT_TYPE_CLASS || (t == RT_TYPE_INSTANCE && rt_has_special(x, "__call__"));
}

/* int(x), str(x) ... through the builtin types' classes (map(str, xs)). */
/* The parameters of the builtin types that take more than one argument
 * (NULL: positional only), for their keyword arguments. */
static const char *const *type_params(uint32_t code, uint32_t *n) {
    static const char *const int_params[] = {0, "base"};
    static const char *const str_params[] = {"object", "encoding", "errors"};
    static const char *const bytes_params[] = {"source", "encoding", "errors"};
    static const char *const complex_params[] = {"real", "imag"};
    *n = code == RT_TYPE_INT || code == RT_TYPE_COMPLEX                                ? 2
         : code == RT_TYPE_STR || code == RT_TYPE_BYTES || code == RT_TYPE_BYTEARRAY ? 3
                                                                                      : 0;
    return code == RT_TYPE_INT       ? int_params
           : code == RT_TYPE_STR     ? str_params
           : code == RT_TYPE_COMPLEX ? complex_params
                                     : bytes_params;
}

static RtObj *call_builtin_type(RtObj *cls, RtObj *args) {
    RtTuple *a = (RtTuple *)args;
    uint32_t code = cls->aux - RT_BUILTIN_TYPE_AUX, most;
    const char *name = ((RtClass *)cls)->name;
    type_params(code, &most);
    if (a->len > (most ? most : 1)) {
        rt_raise_fmt(RT_EXC_TYPE, "%s() takes at most %d argument%s (%d given)", name, (int64_t)(most ? most : 1),
                     most > 1 ? "s" : "", (int64_t)a->len);
        return 0;
    }
    RtObj *x = a->len ? a->items[0] : 0, *y = a->len > 1 ? a->items[1] : 0, *z = a->len > 2 ? a->items[2] : 0;
    if (y || z) switch (code) { /* int(s, base), str(b, encoding, errors), bytes(s, encoding, errors) */
        case RT_TYPE_INT: {
            int64_t base = rt_unbox_int(y);
            return RT_ERR ? 0 : rt_box_int(rt_int_from_str_base(x, base));
        }
        case RT_TYPE_STR: return (RtObj *)rt_bytes_decode(x, y, z);
        case RT_TYPE_BYTES: return rt_builtin_bytes(x, y, z);
        case RT_TYPE_COMPLEX: return rt_builtin_complex(x, y);
        default: return rt_builtin_bytearray(x, y, z);
        }
    switch (code) {
    case RT_TYPE_INT: return x ? rt_box_int(rt_dyn_int(x)) : rt_box_int(0);
    case RT_TYPE_FLOAT: return x ? rt_box_float(rt_dyn_float(x)) : rt_box_float(0);
    case RT_TYPE_STR: return x ? (RtObj *)rt_dyn_str(x) : (RtObj *)lit("");
    case RT_TYPE_BOOL: return RT_BOOL(x && rt_truthy(x));
    case RT_TYPE_LIST: return x ? rt_builtin_list(x) : rt_list_new(0);
    case RT_TYPE_TUPLE: return x ? rt_builtin_tuple(x) : rt_tuple_new(0);
    case RT_TYPE_SET: return x ? rt_set_new_from(x) : rt_set_new();
    case RT_TYPE_FROZENSET: return rt_builtin_frozenset(x);
    case RT_TYPE_BYTES: return rt_builtin_bytes(x, 0, 0);
    case RT_TYPE_BYTEARRAY: return rt_builtin_bytearray(x, 0, 0);
    case RT_TYPE_COMPLEX: return rt_builtin_complex(x, 0);
    case RT_TYPE_DICT: { /* a mapping or pairs */
        RtObj *d = rt_dict_new();
        if (x) rt_dict_update(d, x);
        return RT_ERR ? 0 : d;
    }
    default: break;
    }
    rt_raise_fmt(RT_EXC_TYPE, "calling %s() with this argument is not supported yet", name);
    return 0;
}

/* ---- calling ---- */

/* A method of a class, to make with rt_func_new's arguments and its bound
 * form's slot; defaults: tuple or NULL. */
RtObj *rt_method_new(int32_t index, int32_t nparams, RtStr *name, RtObj *names, int32_t bound, RtObj *defaults,
                     int32_t kind) {
    RtFunc *f = (RtFunc *)rt_func_new(index, nparams, name, names, 0);
    f->bound = bound;
    f->defaults = defaults;
    f->kind = kind;
    return (RtObj *)f;
}

RtObj *rt_property_new(RtObj *fget) {
    RtProperty *p = rt_alloc(sizeof *p);
    p->h.type_flags = RT_TYPE_PROPERTY;
    p->fget = fget;
    return (RtObj *)p;
}

void rt_property_setter(RtObj *cls, RtStr *name, RtObj *fset) {
    RtObj *p = lookup(cls, (RtObj *)name);
    if (p && type_of(p) == RT_TYPE_PROPERTY) ((RtProperty *)p)->fset = fset;
}

void rt_property_deleter(RtObj *cls, RtStr *name, RtObj *fdel) {
    RtObj *p = lookup(cls, (RtObj *)name);
    if (p && type_of(p) == RT_TYPE_PROPERTY) ((RtProperty *)p)->fdel = fdel;
}

RtObj *rt_func_defaults(RtObj *f, RtObj *defaults) {
    ((RtFunc *)f)->defaults = defaults;
    return f;
}

RtObj *rt_func_kind(RtObj *f, int32_t kind) {
    ((RtFunc *)f)->kind = kind;
    return f;
}

/* staticmethod(f), classmethod(f) called in a class body (as decorators
 * they mark the def's own function: rt_func_kind): a copy of f of that
 * kind, f itself unchanged (it may be a plain function elsewhere). */
RtObj *rt_builtin_method_kind(RtObj *f, int32_t kind) {
    if (type_of(f) != RT_TYPE_FUNCTION) {
        rt_raise_fmt(RT_EXC_TYPE, "%s() of a '%T' object is not supported yet",
                     kind == RT_METHOD_STATIC ? "staticmethod" : "classmethod", f);
        return 0;
    }
    RtFunc *copy = rt_alloc(sizeof *copy);
    *copy = *(RtFunc *)f;
    copy->h.type_flags = RT_TYPE_FUNCTION;
    copy->h.aux = 0;
    copy->kind = kind;
    return (RtObj *)copy;
}

/* property(fget[, fset]) called in a class body. */
RtObj *rt_builtin_property(RtObj *fget, RtObj *fset) {
    if (fget == RT_NONE) {
        rt_raise_cstr(RT_EXC_TYPE, "property() without a getter is not supported yet");
        return 0;
    }
    RtProperty *p = (RtProperty *)rt_property_new(fget);
    p->fset = fset && fset != RT_NONE ? fset : 0;
    return (RtObj *)p;
}

RtObj *rt_func_star(RtObj *f, int32_t star) {
    ((RtFunc *)f)->star = star;
    return f;
}

static int ndefaults(RtFunc *f) { return f->defaults ? (int)((RtTuple *)f->defaults)->len : 0; }

/* CPython's TypeError for a call with nargs positional arguments. A bound
 * method counts its self in both numbers and names none missing. */
static void arity_error(RtFunc *f, int32_t nargs) {
    RtTuple *names = (RtTuple *)f->names;
    int32_t self = names ? (int32_t)names->len - f->nparams : 0;
    int32_t n = f->nparams + self, d = ndefaults(f), given = nargs + self;
    const char *name = f->name->data;
    if (names && given < n - d) {
        int32_t missing = n - d - given;
        RtSb b = {0};
        rt_sb_puts(&b, name);
        rt_sb_puts(&b, "() missing ");
        rt_sb_put_i64(&b, missing);
        rt_sb_puts(&b, missing == 1 ? " required positional argument: " : " required positional arguments: ");
        for (int32_t i = 0; i < missing; i++) {
            if (i) rt_sb_puts(&b, missing == 2 ? " and " : i == missing - 1 ? ", and " : ", ");
            rt_sb_putc(&b, '\'');
            RtStr *p = (RtStr *)names->items[given + i];
            rt_sb_put(&b, p->data, p->byte_len);
            rt_sb_putc(&b, '\'');
        }
        rt_raise(RT_EXC_TYPE, rt_sb_finish(&b));
    } else if (d) {
        rt_raise_fmt(RT_EXC_TYPE, "%s() takes from %d to %d positional arguments but %d %s given", name,
                     (int64_t)(n - d), (int64_t)n, (int64_t)given, given == 1 ? "was" : "were");
    } else {
        rt_raise_fmt(RT_EXC_TYPE, "%s() takes %d positional argument%s but %d %s given", name, (int64_t)n,
                     n == 1 ? "" : "s", (int64_t)given, given == 1 ? "was" : "were");
    }
}

static void not_callable(RtObj *o) { rt_raise_fmt(RT_EXC_TYPE, "'%T' object is not callable", o); }

/* The table slot to call f with nargs arguments; TypeError as CPython's
 * when f is not a function or takes another number of arguments. */
int32_t rt_func_check(RtObj *o, int32_t nargs) {
    if (type_of(o) != RT_TYPE_FUNCTION) {
        not_callable(o);
        return 0;
    }
    RtFunc *f = (RtFunc *)o;
    if (f->nparams != nargs || f->index < 0) {
        arity_error(f, nargs);
        return 0;
    }
    return f->index;
}

/* The slot when f takes exactly nargs (call_indirect); -1 for another
 * callable (a class, defaults to fill, a builtin method), which
 * rt_call_object calls with the arguments as a tuple. */
/* An instance whose class defines __call__: that method bound to it, else NULL. */
/* The method `name` of a class's metaclass, bound to the class; else NULL. */
static RtObj *construct(RtObj *o, RtObj *args, RtObj *kw);

static RtObj *meta_method(RtObj *cls, const char *name) {
    RtObj *m = rt_class_meta(cls);
    RtObj *fn = m ? lookup_c(m, name) : 0;
    return fn && type_of(fn) == RT_TYPE_FUNCTION ? bind(fn, cls) : 0;
}

static RtObj *call_method(RtObj *o) {
    if (type_of(o) != RT_TYPE_INSTANCE || !rt_has_special(o, "__call__")) return 0;
    return rt_getattr(o, lit("__call__"));
}

int32_t rt_callable_check(RtObj *o, int32_t nargs) {
    uint32_t t = type_of(o);
    if (t == RT_TYPE_CLASS) return -1;
    if (t == RT_TYPE_INSTANCE && rt_has_special(o, "__call__")) return -1; /* rt_call_object */
    if (t == RT_TYPE_FUNCTION) {
        RtFunc *f = (RtFunc *)o;
        if (f->star) return -1; /* its arguments are packed by the runtime */
        if (f->index >= 0 && f->nparams == nargs) return f->index;
        if (f->index < 0) return -1;
        if (nargs < f->nparams && nargs >= f->nparams - ndefaults(f)) return -1;
        arity_error(f, nargs);
        return 0;
    }
    not_callable(o);
    return 0;
}

/* Generated code, called with what the runtime roots in a frame. */
static RtObj *apply_rooted(RtObj *f, RtObj *args) {
    if (!rt_c_stack_ok()) return 0;
    RtObj **fr = rt_gc_frame_push(2);
    if (!fr) return 0;
    fr[0] = f, fr[1] = args;
    RtObj *r = rt_ml_apply(f, args);
    rt_gc_frame_pop(fr);
    return r;
}

/* Generated code, called from inside a runtime operation: the collector
 * waits until it returns. */
static RtObj *apply_special(RtObj *f, RtObj *args) {
    if (!rt_c_stack_ok()) return 0;
    rt_gc_hold(1);
    RtObj *r = rt_ml_apply(f, args);
    rt_gc_hold(-1);
    return r;
}

static RtObj *prepend(RtObj *x, RtObj *args) {
    RtTuple *a = (RtTuple *)args;
    RtTuple *t = (RtTuple *)rt_tuple_new((int32_t)a->len + 1);
    t->items[0] = x;
    for (uint32_t i = 0; i < a->len; i++) t->items[i + 1] = a->items[i];
    return (RtObj *)t;
}

static RtObj *call_function(RtFunc *f, RtObj *args, int rooted);
static RtObj *bind_keywords(RtFunc *f, RtObj *args, RtObj *kw);

static void init_base(RtObj *self, RtObj *args);

static RtObj *call_object_method(RtFunc *f, RtTuple *a);
static RtObj *object_new(RtObj *owner, RtTuple *a);

static RtObj *call_builtin(RtFunc *f, RtObj *args) {
    RtTuple *a = (RtTuple *)args;
    if (f->bound == RT_BUILTIN_BOUND) return call_function((RtFunc *)f->defaults, prepend(f->env, args), 1);
    if ((f->bound >= RT_BUILTIN_GEN_SEND && f->bound <= RT_BUILTIN_APPLY) || f->bound >= RT_BUILTIN_AGEN_AITER)
        return rt_ml_builtin(f->bound, f->env, args, 0);
    if (f->bound == RT_BUILTIN_OBJECT_SETATTR || f->bound == RT_BUILTIN_OBJECT_DELATTR) return call_object_method(f, a);
    if (f->bound == RT_BUILTIN_OBJECT_NEW) return object_new(f->env, a);
    if (f->bound == RT_BUILTIN_STREAM_WRITE || f->bound == RT_BUILTIN_STREAM_FLUSH)
        return rt_sys_stream_call(f->bound, f->env, args);
    if (f->bound == RT_BUILTIN_OBJECT_INIT_SUBCLASS) return RT_NONE;
    if (f->bound == RT_BUILTIN_SLICE_INDICES) {
        if (a->len != 1) {
            rt_raise_fmt(RT_EXC_TYPE, "slice.indices() takes exactly one argument (%d given)", (int64_t)a->len);
            return 0;
        }
        return rt_slice_indices(f->env, a->items[0]);
    }
    if (f->bound == RT_BUILTIN_COMPLEX_CONJUGATE) {
        if (a->len) {
            rt_raise_fmt(RT_EXC_TYPE, "complex.conjugate() takes no arguments (%d given)", (int64_t)a->len);
            return 0;
        }
        return rt_complex_new(((RtComplex *)f->env)->re, -((RtComplex *)f->env)->im);
    }
    if (f->bound == RT_BUILTIN_BASE_SPECIAL) return rt_base_special_call(f->env, f->defaults, f->name, a);
    if (f->bound == RT_BUILTIN_TYPE_CALL) return construct(f->env, args, rt_dict_new());
    if ((f->bound == RT_BUILTIN_EXCEPTION_INIT || f->bound == RT_BUILTIN_OBJECT_INIT) && !f->env) {
        /* ValueError.__init__(self, ...), object.__init__(self): unbound */
        if (!a->len) {
            rt_raise_cstr(RT_EXC_TYPE, "descriptor '__init__' of 'object' object needs an argument");
            return 0;
        }
        RtFunc bound = *f;
        bound.env = a->items[0];
        RtTuple *rest = (RtTuple *)rt_tuple_new((int32_t)a->len - 1);
        for (uint32_t i = 1; i < a->len; i++) rest->items[i - 1] = a->items[i];
        if (f->bound == RT_BUILTIN_EXCEPTION_INIT && type_of(bound.env) != RT_TYPE_EXCEPTION) {
            rt_raise_fmt(RT_EXC_TYPE, "descriptor '__init__' requires a 'BaseException' object but received a '%T'", bound.env);
            return 0;
        }
        return call_builtin(&bound, (RtObj *)rest);
    }
    if (f->bound == RT_BUILTIN_EXCEPTION_INIT) {
        RtExc *e = (RtExc *)f->env;
        e->args = args;
        return RT_NONE;
    }
    if (f->env && type_of(f->env) == RT_TYPE_INSTANCE && ((RtInstance *)f->env)->base) { /* super().__init__(...) of list or dict */
        init_base(f->env, args);
        return RT_ERR ? 0 : RT_NONE;
    }
    if (f->env && is_user_class(f->env)) { /* super().__init__(name, bases, ns) in a metaclass: type's */
        if (a->len != 1 && a->len != 3) {
            rt_raise_cstr(RT_EXC_TYPE, "type.__init__() takes 1 or 3 arguments");
            return 0;
        }
        return RT_NONE;
    }
    if (a->len) { /* object.__init__ */
        rt_raise_cstr(RT_EXC_TYPE, "object.__init__() takes exactly one argument (the instance to initialize)");
        return 0;
    }
    return RT_NONE;
}

/* A function with its missing arguments taken from its defaults. */
static RtObj *call_function(RtFunc *f, RtObj *args, int rooted) {
    if (f->index < 0) return call_builtin(f, args);
    if (f->star) { /* *args, **kwargs: bound by name */
        args = bind_keywords(f, args, 0);
        if (!args) return 0;
        return rooted ? apply_rooted((RtObj *)f, args) : apply_special((RtObj *)f, args);
    }
    RtTuple *a = (RtTuple *)args;
    int32_t n = f->nparams, d = ndefaults(f);
    if ((int32_t)a->len != n) {
        if ((int32_t)a->len > n || (int32_t)a->len < n - d) {
            arity_error(f, (int32_t)a->len);
            return 0;
        }
        RtTuple *full = (RtTuple *)rt_tuple_new(n);
        RtTuple *dv = (RtTuple *)f->defaults;
        for (int32_t i = 0; i < n; i++)
            full->items[i] = i < (int32_t)a->len ? a->items[i] : dv->items[i - (n - d)];
        args = (RtObj *)full;
    }
    return rooted ? apply_rooted((RtObj *)f, args) : apply_special((RtObj *)f, args);
}

/* An instance of the user class cls, not initialised: an exception when
 * cls derives from BaseException (its args empty). Also copy's
 * cls.__new__(cls) (rt_copy.c). */
RtObj *rt_instance_new_uninit(RtObj *cls) {
    if (rt_class_derives(cls, rt_exc_class(RT_EXC_BASE_EXCEPTION))) return rt_exc_call(cls, rt_tuple_new(0));
    RtInstance *o = rt_alloc(sizeof *o);
    o->h.type_flags = RT_TYPE_INSTANCE;
    o->cls = cls;
    if (rt_class_derives(cls, rt_builtin_class(RT_TYPE_LIST))) o->base = rt_list_new(0);
    else if (rt_class_derives(cls, rt_builtin_class(RT_TYPE_DICT))) o->base = rt_dict_new();
    return (RtObj *)o;
}

/* The builtin immutable type cls derives from whose value an instance
 * holds as its base (int, float, str, tuple), else NULL. */
static RtObj *immutable_base(RtObj *cls) {
    static const int32_t codes[] = {RT_TYPE_INT, RT_TYPE_FLOAT, RT_TYPE_STR, RT_TYPE_TUPLE};
    for (uint32_t i = 0; i < sizeof codes / sizeof codes[0]; i++)
        if (rt_class_derives(cls, rt_builtin_class(codes[i]))) return rt_builtin_class(codes[i]);
    return 0;
}

static RtObj *call_builtin_type(RtObj *cls, RtObj *args);

/* X.__new__(cls, args...): a new instance of cls, not initialised; for
 * X int, float, str or tuple (cls deriving from it), one whose value is
 * X(args...). */
static RtObj *object_new(RtObj *owner, RtTuple *a) {
    const char *who = owner ? ((RtClass *)owner)->name : "object";
    if (!a->len) {
        rt_raise_fmt(RT_EXC_TYPE, "%s.__new__(): not enough arguments", who);
        return 0;
    }
    RtObj *cls = a->items[0];
    if (!is_class(cls)) {
        rt_raise_fmt(RT_EXC_TYPE, "%s.__new__(X): X is not a type object (%T)", who, cls);
        return 0;
    }
    if (!is_user_class(cls) || (owner && !rt_class_derives(cls, owner))) {
        rt_raise_fmt(RT_EXC_TYPE, "%s.__new__(%s) is not supported", who, ((RtClass *)cls)->name);
        return 0;
    }
    RtObj *self = rt_instance_new_uninit(cls);
    RtObj *base = owner ? owner : immutable_base(cls);
    if (base && type_of(self) == RT_TYPE_INSTANCE && immutable_base(cls)) {
        RtTuple *rest = (RtTuple *)rt_tuple_new((int32_t)a->len - 1);
        for (uint32_t i = 1; i < a->len; i++) rest->items[i - 1] = a->items[i];
        RtObj *v = call_builtin_type(base, (RtObj *)rest);
        if (!v) return 0;
        ((RtInstance *)self)->base = v;
    }
    return self;
}

RtObj *rt_instance_base(RtObj *o, const char *name) {
    if (type_of(o) != RT_TYPE_INSTANCE || !((RtInstance *)o)->base) return 0;
    if (name && lookup_c(((RtInstance *)o)->cls, name)) return 0;
    return ((RtInstance *)o)->base;
}

RtObj *rt_method_receiver(RtObj *o, RtStr *name) {
    if (type_of(o) == RT_TYPE_SUPER) { /* super().append(x) in a class deriving from list */
        RtSuper *s = (RtSuper *)o;
        if (type_of(s->self) != RT_TYPE_INSTANCE || !((RtInstance *)s->self)->base) return o;
        RtObj *cls = class_of(s->self), *buf[STATIC_MRO_MAX];
        uint32_t n, at = 0;
        RtObj *const *m = mro_of(cls, buf, STATIC_MRO_MAX, &n);
        for (uint32_t i = 0; i < n; i++)
            if (m[i] == s->cls) at = i + 1;
        return lookup_from(cls, at, (RtObj *)name, 0) ? o : ((RtInstance *)s->self)->base;
    }
    if (type_of(o) != RT_TYPE_INSTANCE || !((RtInstance *)o)->base) return o;
    return lookup(((RtInstance *)o)->cls, (RtObj *)name) ? o : ((RtInstance *)o)->base;
}

/* list.__init__ / dict.__init__ of an instance that is a list or a dict:
 * its contents from the arguments (an iterable; a mapping or pairs) */
static void init_base(RtObj *self, RtObj *args) {
    RtTuple *a = (RtTuple *)args;
    RtObj *base = ((RtInstance *)self)->base;
    int is_list = type_of(base) == RT_TYPE_LIST;
    if (a->len > 1) {
        rt_raise_fmt(RT_EXC_TYPE, "%s expected at most 1 argument, got %d", is_list ? "list" : "dict", (int64_t)a->len);
        return;
    }
    if (!a->len) return;
    if (is_list) {
        rt_list_clear(base);
        rt_list_extend(base, a->items[0]);
    } else {
        rt_dict_update(base, a->items[0]);
    }
}

/* cls(*args): a new instance, initialised by the __init__ its class finds. */
/* cls(*args) of a class defining __new__: __new__(cls, *args), then
 * __init__(*args) when it made an instance of cls (anything else is
 * returned as it is, as CPython's). */
static RtObj *instantiate_new(RtObj *cls, RtObj *newf, RtObj *args) {
    RtObj **fr = rt_gc_frame_push(3); /* args too: the caller's code built it after its last publish */
    if (!fr) return 0;
    fr[0] = cls;
    fr[2] = args;
    RtObj *self = call_function((RtFunc *)newf, prepend(cls, args), 1);
    fr[1] = self;
    RtObj *init = self && rt_class_derives(type_of_value(self), cls) ? lookup_c(cls, "__init__") : 0;
    if (init && type_of(init) == RT_TYPE_FUNCTION) {
        RtObj *r = call_function((RtFunc *)init, prepend(self, args), 1);
        if (!RT_ERR && r != RT_NONE) rt_raise_fmt(RT_EXC_TYPE, "__init__() should return None, not '%T'", r);
    }
    rt_gc_frame_pop(fr);
    return RT_ERR ? 0 : self;
}

static RtObj *instantiate(RtObj *cls, RtObj *args) {
    RtObj *newf = any_new ? lookup_c(cls, "__new__") : 0;
    if (newf && type_of(newf) == RT_TYPE_FUNCTION) return instantiate_new(cls, newf, args);
    RtObj *self = rt_instance_new_uninit(cls);
    if (type_of(self) == RT_TYPE_EXCEPTION) ((RtExc *)self)->args = args;
    RtObj *init = lookup_c(cls, "__init__");
    RtObj *imm = type_of(self) == RT_TYPE_INSTANCE ? immutable_base(cls) : 0;
    if (imm) { /* class I(int): I(3) is the int 3 made by int's __new__ */
        RtObj *v = call_builtin_type(imm, args);
        if (!v) return 0;
        ((RtInstance *)self)->base = v;
        if (!init) return self;
    }
    if (!init && type_of(self) == RT_TYPE_INSTANCE && ((RtInstance *)self)->base) {
        init_base(self, args);
        return RT_ERR ? 0 : self;
    }
    if (!init) {
        if (type_of(self) != RT_TYPE_EXCEPTION && ((RtTuple *)args)->len) {
            rt_raise_fmt(RT_EXC_TYPE, "%s() takes no arguments", ((RtClass *)cls)->name);
            return 0;
        }
        return self;
    }
    if (type_of(init) != RT_TYPE_FUNCTION) {
        not_callable(init);
        return 0;
    }
    RtObj **fr = rt_gc_frame_push(1); /* self, while __init__ runs */
    if (!fr) return 0;
    fr[0] = self;
    RtObj *r = call_function((RtFunc *)init, prepend(self, args), 1);
    rt_gc_frame_pop(fr);
    if (RT_ERR) return 0;
    if (r != RT_NONE) {
        rt_raise_fmt(RT_EXC_TYPE, "__init__() should return None, not '%T'", r);
        return 0;
    }
    return self;
}

/* The arguments of a call with keywords, bound to f's parameters as
 * CPython binds them (positional first, then by name, then defaults);
 * a tuple of all, or NULL after raising. */
/* TypeError "f() missing 2 required <kind> arguments: 'a' and 'b'" when
 * parameters [from, to) of full lack a value; 0 when none does. */
static int missing_error(RtFunc *f, RtTuple *full, int32_t from, int32_t to, int32_t self, const char *kind) {
    RtTuple *names = (RtTuple *)f->names;
    int32_t missing = 0;
    for (int32_t i = from; i < to; i++) missing += !full->items[i];
    if (!missing) return 0;
    RtSb b = {0};
    rt_sb_puts(&b, f->name->data);
    rt_sb_puts(&b, "() missing ");
    rt_sb_put_i64(&b, missing);
    rt_sb_puts(&b, " required ");
    rt_sb_puts(&b, kind);
    rt_sb_puts(&b, missing == 1 ? " argument: " : " arguments: ");
    for (int32_t i = from, k = 0; i < to; i++) {
        if (full->items[i]) continue;
        if (k) rt_sb_puts(&b, missing == 2 ? " and " : k == missing - 1 ? ", and " : ", ");
        RtStr *p = (RtStr *)names->items[i + self];
        rt_sb_putc(&b, '\'');
        rt_sb_put(&b, p->data, p->byte_len);
        rt_sb_putc(&b, '\'');
        k++;
    }
    rt_raise(RT_EXC_TYPE, rt_sb_finish(&b));
    return 1;
}

/* Too many positional arguments for a function with keyword-only ones
 * (CPython's too_many_positional): kwonly, how many of those the call
 * passes by keyword. */
static void positional_error(RtFunc *f, int32_t positional, int32_t d0, int32_t given, int32_t self, int32_t kwonly) {
    RtTuple *dv = (RtTuple *)f->defaults;
    int32_t d = 0, n = positional + self;
    for (int32_t i = d0 > 0 ? d0 : 0; dv && i < positional; i++) d += dv->items[i - d0] != 0;
    given += self;
    RtSb b = {0};
    rt_sb_puts(&b, f->name->data);
    rt_sb_puts(&b, "() takes ");
    if (d) {
        rt_sb_puts(&b, "from ");
        rt_sb_put_i64(&b, n - d);
        rt_sb_puts(&b, " to ");
    }
    rt_sb_put_i64(&b, n);
    rt_sb_puts(&b, d || n != 1 ? " positional arguments but " : " positional argument but ");
    rt_sb_put_i64(&b, given);
    if (kwonly) {
        rt_sb_puts(&b, given != 1 ? " positional arguments (and " : " positional argument (and ");
        rt_sb_put_i64(&b, kwonly);
        rt_sb_puts(&b, kwonly != 1 ? " keyword-only arguments)" : " keyword-only argument)");
    }
    rt_sb_puts(&b, given == 1 && !kwonly ? " was given" : " were given");
    rt_raise(RT_EXC_TYPE, rt_sb_finish(&b));
}

/* CPython's words for keyword arguments naming positional-only
 * parameters: every such name, in the order of the call. */
static void posonly_error(RtFunc *f, RtDict *d, RtTuple *names, int32_t self, int32_t posonly) {
    RtSb b = {0, 0, 0};
    RtDictEntry *e = rt_dict_entries(d);
    for (uint32_t k = 0; k < d->nentries; k++) {
        RtStr *key = (RtStr *)e[k].key;
        if (!key) continue;
        for (int32_t i = self; i < posonly; i++) {
            RtStr *p = (RtStr *)names->items[i];
            if (p->byte_len != key->byte_len || __builtin_memcmp(p->data, key->data, p->byte_len)) continue;
            if (b.len) rt_sb_puts(&b, ", ");
            rt_sb_puts(&b, key->data);
        }
    }
    rt_sb_putc(&b, 0);
    rt_raise_fmt(RT_EXC_TYPE, "%s() got some positional-only arguments passed as keyword arguments: '%s'", f->name->data, b.buf);
}

static RtObj *bind_keywords(RtFunc *f, RtObj *args, RtObj *kw) {
    RtTuple *a = (RtTuple *)args, *names = (RtTuple *)f->names;
    RtDict *d = (RtDict *)kw;
    const char *fname = f->name->data;
    if (!names || f->index < 0) {
        if (d && d->len && f->index < 0 && f->bound == RT_BUILTIN_OBJECT_INIT_SUBCLASS && f->env &&
            type_of(f->env) == RT_TYPE_CLASS) { /* object's, reached with keywords no class took */
            rt_raise_fmt(RT_EXC_TYPE, "%s.__init_subclass__() takes no keyword arguments", ((RtClass *)f->env)->name);
            return 0;
        }
        if (d && d->len) {
            RtDictEntry *e = rt_dict_entries(d);
            for (uint32_t k = 0; k < d->nentries; k++)
                if (e[k].key) {
                    rt_raise_fmt(RT_EXC_TYPE, "%s() got an unexpected keyword argument '%s'", fname, ((RtStr *)e[k].key)->data);
                    return 0;
                }
        }
        return args;
    }
    /* *args takes the slot after the named parameters, **kwargs the last;
     * the keyword-only ones are the last named ones, and then the defaults
     * cover every named one (rt_abi.h, RT_STAR_KWONLY_SHIFT) */
    int32_t varargs = f->star & RT_STAR_ARGS, varkw = f->star & RT_STAR_KWARGS, nkw = RT_STAR_KWONLY(f->star);
    int32_t posonly = f->star >> RT_STAR_POSONLY_SHIFT;
    int32_t self = (int32_t)names->len - f->nparams, n = f->nparams;
    /* the defaults are aligned on the last named parameter (a bound
     * method's tuple is its function's, self's entry included) */
    int32_t fixed = n - !!varargs - !!varkw, positional = fixed - nkw, d0 = fixed - ndefaults(f);
    if ((int32_t)a->len > positional && !varargs) {
        if (nkw) {
            int32_t kwonly = 0; /* keyword-only parameters the call names */
            RtDictEntry *e = d ? rt_dict_entries(d) : 0;
            for (uint32_t k = 0; d && k < d->nentries; k++)
                for (int32_t i = positional; e[k].key && i < fixed; i++) {
                    RtStr *p = (RtStr *)names->items[i + self], *key = (RtStr *)e[k].key;
                    kwonly += p->byte_len == key->byte_len && !__builtin_memcmp(p->data, key->data, p->byte_len);
                }
            positional_error(f, positional, d0, (int32_t)a->len, self, kwonly);
        }
        else arity_error(f, (int32_t)a->len);
        return 0;
    }
    RtTuple *full = (RtTuple *)rt_tuple_new(n);
    uint32_t npos = a->len < (uint32_t)positional ? a->len : (uint32_t)positional;
    for (uint32_t i = 0; i < npos; i++) full->items[i] = a->items[i];
    if (varargs) full->items[fixed] = rt_tuple_from_array(a->items + npos, a->len - npos);
    if (varkw) full->items[n - 1] = rt_dict_new();
    RtDictEntry *e = d ? rt_dict_entries(d) : 0;
    for (uint32_t k = 0; d && k < d->nentries; k++) {
        RtStr *key = (RtStr *)e[k].key;
        if (!key) continue;
        int32_t at = -1;
        for (int32_t i = 0; i < fixed && at < 0; i++) {
            RtStr *p = (RtStr *)names->items[i + self];
            if (p->byte_len == key->byte_len && !__builtin_memcmp(p->data, key->data, p->byte_len)) at = i;
        }
        int by_position = at >= 0 && at + self < posonly; /* its name is not a keyword */
        if (by_position) at = -1;
        if (at < 0 && varkw) {
            rt_dict_setitem(full->items[n - 1], (RtObj *)key, e[k].value);
            continue;
        }
        if (by_position) {
            posonly_error(f, d, names, self, posonly);
            return 0;
        }
        if (at < 0) {
            rt_raise_fmt(RT_EXC_TYPE, "%s() got an unexpected keyword argument '%s'", fname, key->data);
            return 0;
        }
        if (full->items[at]) {
            rt_raise_fmt(RT_EXC_TYPE, "%s() got multiple values for argument '%s'", fname, key->data);
            return 0;
        }
        full->items[at] = e[k].value;
    }
    RtTuple *dv = (RtTuple *)f->defaults;
    for (int32_t i = 0; i < fixed; i++)
        if (!full->items[i] && i >= d0 && dv) full->items[i] = dv->items[i - d0]; /* NULL: none */
    /* what is still missing: the positional ones first, as CPython reports */
    if (missing_error(f, full, 0, positional, self, "positional") || missing_error(f, full, positional, fixed, self, "keyword-only"))
        return 0;
    return (RtObj *)full;
}

/* f(*args, **kw) for a call with keyword arguments (kw: a dict, str keys). */
static RtObj *call_kw(RtObj *o, RtObj *args, RtObj *kw);

/* o(*args, **kw): as rt_call_object, its arguments rooted while it runs */
RtObj *rt_call_kw(RtObj *o, RtObj *args, RtObj *kw) {
    RtObj **fr = rt_gc_frame_push(3);
    if (!fr) return 0;
    fr[0] = o, fr[1] = args, fr[2] = kw;
    RtObj *r = call_kw(o, args, kw);
    rt_gc_frame_pop(fr);
    return r;
}

static RtObj *call_kw(RtObj *o, RtObj *args, RtObj *kw) {
    uint32_t t = type_of(o);
    if (t == RT_TYPE_FUNCTION && ((RtFunc *)o)->index < 0 && ((RtFunc *)o)->bound == RT_BUILTIN_BOUND)
        return rt_call_kw(((RtFunc *)o)->defaults, prepend(((RtFunc *)o)->env, args), kw);
    if (t == RT_TYPE_FUNCTION && ((RtFunc *)o)->index < 0 &&
        (((RtFunc *)o)->bound == RT_BUILTIN_STR_FORMAT || ((RtFunc *)o)->bound == RT_BUILTIN_APPLY))
        return rt_ml_builtin(((RtFunc *)o)->bound, ((RtFunc *)o)->env, args, kw); /* they take keywords */
    if (t == RT_TYPE_FUNCTION && ((RtFunc *)o)->index < 0 && ((RtFunc *)o)->bound == RT_BUILTIN_TYPE_CALL)
        return construct(((RtFunc *)o)->env, args, kw);
    if (t == RT_TYPE_FUNCTION && ((RtFunc *)o)->index < 0 && ((RtFunc *)o)->bound >= RT_BUILTIN_METHOD &&
        ((RtFunc *)o)->env && type_of(((RtFunc *)o)->env) == RT_TYPE_DICT && kw && ((RtDict *)kw)->len &&
        rt_cstr_eq(((RtFunc *)o)->name->data, "update")) { /* d.update(other, k=v): other's items, then the keywords */
        RtTuple *a = (RtTuple *)args;
        RtObj *d = ((RtFunc *)o)->env;
        if (a->len > 1) {
            rt_raise_fmt(RT_EXC_TYPE, "update expected at most 1 argument, got %d", (int64_t)a->len);
            return 0;
        }
        if (a->len) rt_dict_update(d, a->items[0]);
        if (!RT_ERR) rt_dict_update(d, kw);
        return RT_ERR ? 0 : RT_NONE;
    }
    if (t == RT_TYPE_FUNCTION) {
        RtObj *full = bind_keywords((RtFunc *)o, args, kw);
        if (!full) return 0;
        /* bound already (a builtin method takes them as they are) */
        return ((RtFunc *)o)->index < 0 ? call_builtin((RtFunc *)o, full) : apply_rooted(o, full);
    }
    RtObj *meta_call = meta_method(o, "__call__");
    if (meta_call) return rt_call_kw(meta_call, args, kw);
    return construct(o, args, kw);
}

/* A builtin type called with keyword arguments: int(s, base=2),
 * str(b, encoding="ascii"), dict(a=1). */
static RtObj *call_builtin_type_kw(RtObj *cls, RtObj *args, RtObj *kw) {
    uint32_t code = cls->aux - RT_BUILTIN_TYPE_AUX, n;
    const char *name = ((RtClass *)cls)->name;
    if (code == RT_TYPE_DICT) {
        RtObj **fr = rt_gc_frame_push(1);
        if (!fr) return 0;
        RtObj *d = fr[0] = call_builtin_type(cls, args);
        if (d) rt_dict_update(d, kw);
        rt_gc_frame_pop(fr);
        return RT_ERR ? 0 : d;
    }
    const char *const *params = type_params(code, &n);
    if (!n) {
        rt_raise_fmt(RT_EXC_TYPE, "%s() takes no keyword arguments", name);
        return 0;
    }
    static RtObj absent;
    if (code == RT_TYPE_INT && !((RtTuple *)args)->len && rt_dict_get(kw, (RtObj *)lit("base"), &absent) != &absent) {
        rt_raise_cstr(RT_EXC_TYPE, "int() missing string argument");
        return 0;
    }
    RtObj *full = rt_keywords_as_positions(name, params, n, args, kw, 0);
    return full ? call_builtin_type(cls, full) : 0;
}

/* o(*args, **kw) for an o that is not a function, its metaclass's __call__
 * aside: type.__call__ for a class (its __new__, its __init__), o.__call__
 * for an instance. */
static RtObj *construct(RtObj *o, RtObj *args, RtObj *kw) {
    uint32_t t = type_of(o);
    RtObj *newf = any_new && t == RT_TYPE_CLASS && is_user_class(o) ? lookup_c(o, "__new__") : 0;
    if (newf && type_of(newf) == RT_TYPE_FUNCTION) { /* __new__(cls, ...), then __init__ of what it made */
        RtObj **fr = rt_gc_frame_push(4); /* and what __init__ gets after __new__ ran */
        if (!fr) return 0;
        fr[1] = o, fr[2] = args, fr[3] = kw;
        RtObj *self = fr[0] = rt_call_kw(newf, prepend(o, args), kw);
        RtObj *init = self && rt_class_derives(type_of_value(self), o) ? lookup_c(o, "__init__") : 0;
        if (init && type_of(init) == RT_TYPE_FUNCTION) {
            RtObj *full = bind_keywords((RtFunc *)init, prepend(self, args), kw);
            RtObj *r = full ? apply_rooted(init, full) : 0;
            if (!RT_ERR && r != RT_NONE) rt_raise_fmt(RT_EXC_TYPE, "__init__() should return None, not '%T'", r);
        }
        rt_gc_frame_pop(fr);
        return RT_ERR ? 0 : self;
    }
    if (t == RT_TYPE_CLASS && is_user_class(o)) {
        RtObj *init = lookup_c(o, "__init__");
        if (init && type_of(init) == RT_TYPE_FUNCTION) {
            RtObj *self = rt_instance_new_uninit(o);
            if (type_of(self) == RT_TYPE_EXCEPTION) ((RtExc *)self)->args = args;
            RtObj **fr = rt_gc_frame_push(1);
            if (!fr) return 0;
            fr[0] = self;
            RtObj *full = bind_keywords((RtFunc *)init, prepend(self, args), kw);
            RtObj *r = full ? apply_rooted(init, full) : 0;
            rt_gc_frame_pop(fr);
            if (RT_ERR) return 0;
            if (r != RT_NONE) {
                rt_raise_fmt(RT_EXC_TYPE, "__init__() should return None, not '%T'", r);
                return 0;
            }
            return self;
        }
    }
    if (((RtDict *)kw)->len == 0) /* (not rt_call_object: a metaclass's __call__ called this) */
        return t == RT_TYPE_CLASS && is_user_class(o) ? instantiate(o, args) : rt_call_object(o, args);
    if (t == RT_TYPE_CLASS && is_user_class(o) && rt_class_derives(o, rt_builtin_class(RT_TYPE_DICT))) {
        /* D(a=1) of a class deriving from dict without an __init__: dict's */
        RtObj *self = instantiate(o, args);
        if (!self) return 0;
        rt_dict_update(((RtInstance *)self)->base, kw);
        return RT_ERR ? 0 : self;
    }
    RtObj *m = call_method(o);
    if (m) return rt_call_kw(m, args, kw);
    if (RT_ERR) return 0;
    if (t == RT_TYPE_CLASS && !is_user_class(o)) return call_builtin_type_kw(o, args, kw);
    if (t == RT_TYPE_CLASS) {
        rt_raise_fmt(RT_EXC_TYPE, "%s() takes no keyword arguments", ((RtClass *)o)->name);
        return 0;
    }
    not_callable(o);
    return 0;
}

static RtObj *call_object(RtObj *o, RtObj *args);

/* o(*args) from generated code or the runtime: the callee may collect,
 * and the caller built args after its last publish (a temporary that it
 * then stores at its next one, so args must outlive the call even where
 * the callee binds a new tuple: defaults, __init__'s self) */
RtObj *rt_call_object(RtObj *o, RtObj *args) {
    RtObj **fr = rt_gc_frame_push(2);
    if (!fr) return 0;
    fr[0] = o, fr[1] = args;
    RtObj *r = call_object(o, args);
    rt_gc_frame_pop(fr);
    return r;
}

static RtObj *call_object(RtObj *o, RtObj *args) {
    uint32_t t = type_of(o);
    if (t == RT_TYPE_CLASS) {
        RtObj *meta_call = meta_method(o, "__call__");
        if (meta_call) return rt_call_object(meta_call, args); /* the metaclass's __call__(cls, ...) */
        if (is_user_class(o)) return instantiate(o, args);
        if (o->aux >= RT_BUILTIN_TYPE_AUX && (o->type_flags & RT_FLAG_STATIC)) return call_builtin_type(o, args);
        if (o == (RtObj *)&object_class) {
            RtInstance *x = rt_alloc(sizeof *x);
            x->h.type_flags = RT_TYPE_INSTANCE;
            x->cls = o;
            return (RtObj *)x;
        }
        return rt_exc_call(o, args);
    }
    if (t == RT_TYPE_FUNCTION) return call_function((RtFunc *)o, args, 1);
    RtObj *m = call_method(o); /* o(...) is o.__call__(...) */
    if (m) return rt_call_object(m, args);
    if (!RT_ERR) not_callable(o);
    return 0;
}

/* o(*args) from inside a runtime operation that holds objects in C
 * locals (an iterator's step: list(map(f, xs)) appends to a list no frame
 * roots): the collector waits until the call returns, as for special
 * methods and generator bodies. */
RtObj *rt_call_object_held(RtObj *o, RtObj *args) {
    rt_gc_hold(1);
    RtObj *r = rt_call_object(o, args);
    rt_gc_hold(-1);
    return r;
}

/* ---- special methods ---- */

/* self.name(*args) if self's class defines name (*found 1), from inside a
 * runtime operation. */
static RtObj *call_special(RtObj *fn, RtObj *self, RtObj *arg);

static RtObj *special(RtObj *self, const char *name, RtObj *arg, int *found) {
    RtObj *cls = class_of(self);
    RtObj *fn = cls ? lookup_c(cls, name) : 0;
    *found = fn != 0;
    return fn ? call_special(fn, self, arg) : 0;
}

/* fn(self[, arg]), fn a special method found in self's class */
static RtObj *call_special(RtObj *fn, RtObj *self, RtObj *arg) {
    if (type_of(fn) != RT_TYPE_FUNCTION) {
        not_callable(fn);
        return 0;
    }
    RtTuple *t = (RtTuple *)rt_tuple_new(arg ? 2 : 1);
    t->items[0] = self;
    if (arg) t->items[1] = arg;
    return call_function((RtFunc *)fn, (RtObj *)t, 0);
}

RtObj *rt_special_unary(RtObj *o, const char *name, int *found) { return special(o, name, 0, found); }

/* A binary special method: one that returns NotImplemented counts as not
 * defined (*found 0), so the reflection or the default decides. */
static RtObj *special_binary(RtObj *self, const char *name, RtObj *arg, int *found) {
    if (!class_of(self)) return *found = 0, (RtObj *)0;
    RtObj *r = special(self, name, arg, found);
    if (*found && !RT_ERR && r == RT_NOTIMPL) *found = 0;
    return r;
}

int32_t rt_has_special(RtObj *self, const char *name) {
    RtObj *cls = class_of(self);
    return cls && lookup_c(cls, name) != 0;
}

static void put_default_repr(RtSb *b, RtObj *o);
void rt_default_repr_into(RtSb *b, RtObj *o) { put_default_repr(b, o); }

static void put_default_repr(RtSb *b, RtObj *o) {
    const RtClass *c = (const RtClass *)class_of(o);
    rt_sb_putc(b, '<');
    if (!c || !(c->h.type_flags & RT_FLAG_STATIC)) { /* a builtin class's (object()'s): no module, as CPython */
        rt_sb_puts(b, c && c->module ? c->module : "__main__");
        rt_sb_putc(b, '.');
    }
    rt_sb_puts(b, c ? rt_class_qualname((RtObj *)c) : rt_instance_cname(o));
    rt_sb_puts(b, " object at 0x");
    char hex[16];
    uint32_t n = 0;
    uintptr_t v = (uintptr_t)o;
    do hex[n++] = "0123456789abcdef"[v & 15], v >>= 4; while (v);
    while (n < 12) hex[n++] = '0';
    while (n) rt_sb_putc(b, hex[--n]);
    rt_sb_putc(b, '>');
}

static void put_text(RtSb *b, RtObj *r, const char *which) {
    if (RT_ERR) return;
    if (type_of(r) != RT_TYPE_STR) {
        rt_raise_fmt(RT_EXC_TYPE, "%s returned non-string (type %T)", which, r);
        return;
    }
    rt_sb_put(b, ((RtStr *)r)->data, ((RtStr *)r)->byte_len);
}

/* repr(o) / str(o) of an instance, or of an exception whose class defines
 * them: 1 when done (or raised), 0 to use the builtin form. */
int rt_special_repr_into(RtSb *b, RtObj *o, int str) {
    int found;
    RtObj *r;
    if (str && type_of(o) == RT_TYPE_INSTANCE && rt_instance_base(o, "__str__") && !rt_has_special(o, "__repr__")) {
        rt_str_into(b, rt_instance_base(o, 0)); /* an instance of a builtin type's subclass: its value's str */
        return 1;
    }
    if (str) {
        r = special(o, "__str__", 0, &found);
        if (found) return put_text(b, r, "__str__"), 1;
        /* an exception's str is BaseException.__str__ unless its class has one */
        if (type_of(o) == RT_TYPE_EXCEPTION) return 0;
    }
    r = special(o, "__repr__", 0, &found);
    if (found) return put_text(b, r, "__repr__"), 1;
    if (type_of(o) == RT_TYPE_INSTANCE) return put_default_repr(b, o), 1;
    return 0;
}

/* Comparisons: a.__op__(b), then the reflection b.__rop__(a); == and !=
 * fall back to identity. -1: neither defines it. */
RtObj *rt_special_richcompare(RtObj *a, RtObj *b, int32_t op, int *found) {
    static const char *const names[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    static const int32_t reflected[] = {RT_CMP_GT, RT_CMP_GE, RT_CMP_EQ, RT_CMP_NE, RT_CMP_LT, RT_CMP_LE};
    RtObj *r = special_binary(a, names[op], b, found);
    if (!*found && !RT_ERR) r = special_binary(b, names[reflected[op]], a, found);
    if (!*found && !RT_ERR && op == RT_CMP_NE) {
        /* != is the negation of a defined == */
        r = special_binary(a, "__eq__", b, found);
        if (!*found && !RT_ERR) r = special_binary(b, "__eq__", a, found);
        if (*found && !RT_ERR) {
            int32_t t = rt_truthy(r);
            return RT_ERR ? 0 : rt_box_bool(!t);
        }
    }
    if (RT_ERR) {
        *found = 1;
        return 0;
    }
    if (*found) return r;
    if (op == RT_CMP_EQ || op == RT_CMP_NE) { /* by identity */
        *found = 1;
        return rt_box_bool((a == b) == (op == RT_CMP_EQ));
    }
    return 0;
}

int32_t rt_special_compare(RtObj *a, RtObj *b, int32_t op) {
    int found;
    RtObj *r = rt_special_richcompare(a, b, op, &found);
    if (RT_ERR) return 0;
    if (!found) return -1;
    int32_t t = rt_truthy(r);
    return RT_ERR ? 0 : t != 0;
}

/* Binary operators: a.__op__(b), then b.__rop__(a). 0 with *found 0:
 * neither defines it (or both return NotImplemented). */
RtObj *rt_special_binop(RtObj *a, RtObj *b, const char *op, const char *rop, int *found) {
    RtObj *r = special_binary(a, op, b, found);
    if (!*found && !RT_ERR && *rop) r = special_binary(b, rop, a, found);
    if (RT_ERR) *found = 1; /* raised: the caller passes it on */
    return r;
}

/* hash(o) of an instance: __hash__, else unhashable when __eq__ is
 * defined, else by identity. */
int64_t rt_special_hash(RtObj *o) {
    RtObj *cls = class_of(o), *fn = cls ? lookup_c(cls, "__hash__") : 0;
    if (fn == RT_NONE) { /* __hash__ = None: unhashable */
        rt_raise_fmt(RT_EXC_TYPE, "unhashable type: '%T'", o);
        return 0;
    }
    if (fn) {
        RtObj *r = call_special(fn, o, 0);
        if (RT_ERR) return 0;
        if (!rt_is_intlike(r)) {
            rt_raise_cstr(RT_EXC_TYPE, "__hash__ method should return an integer");
            return 0;
        }
        int64_t h = ((RtInt *)r)->value;
        if (!RT_INT_IS_SMALL(h)) { /* beyond the unboxed range: as is when it fits 64 bits, else its own hash (CPython) */
            int64_t v;
            if (rt_int_to_i64(h, &v)) return v == -1 ? -2 : v;
            return rt_int_hash(h);
        }
        return h == -1 ? -2 : h;
    }
    if (rt_has_special(o, "__eq__")) {
        rt_raise_fmt(RT_EXC_TYPE, "unhashable type: '%T'", o);
        return 0;
    }
    return (int64_t)((uintptr_t)o >> 4);
}

/* len(o): __len__ (-1 when the class has none). */
int64_t rt_special_len(RtObj *o) {
    int found;
    RtObj *r = special(o, "__len__", 0, &found);
    if (!found) return -1;
    if (RT_ERR) return 0;
    if (!rt_is_intlike(r)) {
        rt_raise_fmt(RT_EXC_TYPE, "'%T' object cannot be interpreted as an integer", r);
        return 0;
    }
    int64_t n = ((RtInt *)r)->value; /* tagged */
    if (rt_int_cmp(n, 0) < 0) {
        rt_raise_cstr(RT_EXC_VALUE, "__len__() should return >= 0");
        return 0;
    }
    if (!RT_INT_IS_SMALL(n)) {
        rt_raise_cstr(RT_EXC_OVERFLOW, "cannot fit 'int' into an index-sized integer");
        return 0;
    }
    return n;
}

/* bool(o): __bool__, else __len__, else true. */
int32_t rt_special_truthy(RtObj *o) {
    int found;
    RtObj *r = special(o, "__bool__", 0, &found);
    if (found) {
        if (RT_ERR) return 0;
        if (type_of(r) != RT_TYPE_BOOL) {
            rt_raise_fmt(RT_EXC_TYPE, "__bool__ should return bool, returned %T", r);
            return 0;
        }
        return ((RtInt *)r)->value != 0;
    }
    int64_t n = rt_special_len(o);
    return n < 0 ? 1 : n != 0;
}

/* x in o: __contains__ (-1 when the class has none). */
int32_t rt_special_contains(RtObj *o, RtObj *x) {
    int found;
    RtObj *r = special(o, "__contains__", x, &found);
    if (!found) return -1;
    return RT_ERR ? 0 : rt_truthy(r) != 0;
}

/* o[k]: __getitem__ (found 0 when the class has none). */
RtObj *rt_special_getitem(RtObj *o, RtObj *k, int *found) { return special(o, "__getitem__", k, found); }

void rt_special_setitem(RtObj *o, RtObj *k, RtObj *v, int *found) {
    RtObj *cls = class_of(o);
    RtObj *fn = cls ? lookup_c(cls, "__setitem__") : 0;
    *found = fn != 0;
    if (!fn) return;
    RtTuple *t = (RtTuple *)rt_tuple_new(3);
    t->items[0] = o, t->items[1] = k, t->items[2] = v;
    call_function((RtFunc *)fn, (RtObj *)t, 0);
}


void rt_descriptor_check(RtObj *x, int32_t code, RtStr *name) {
    uint32_t t = type_of(x);
    if (t == (uint32_t)code || (code == RT_TYPE_SET && t == RT_TYPE_FROZENSET)) return;
    RtObj *cls = rt_builtin_class(code);
    rt_raise_fmt(RT_EXC_TYPE, "descriptor '%s' for '%s' objects doesn't apply to a '%T' object", name->data,
                 cls ? ((RtClass *)cls)->name : "object", x);
}

/* ---- getattr(), setattr(), hasattr(), delattr() ---- */

static int name_ok(RtObj *name) {
    if (type_of(name) == RT_TYPE_STR) return 1;
    rt_raise_fmt(RT_EXC_TYPE, "attribute name must be string, not '%T'", name);
    return 0;
}

/* The pending exception is an AttributeError: it is dropped (1). */
static int drop_attribute_error(void) {
    RtObj *e = rt_exc_state[0];
    if (!e || type_of(e) != RT_TYPE_EXCEPTION ||
        !rt_class_derives(((RtExc *)e)->cls, rt_exc_class(RT_EXC_ATTRIBUTE)))
        return 0;
    rt_exc_state[0] = 0;
    return 1;
}

RtObj *rt_builtin_getattr(RtObj *o, RtObj *name, RtObj *dflt) {
    if (!name_ok(name)) return 0;
    RtObj *v = rt_getattr(o, (RtStr *)name);
    if (RT_ERR && dflt && drop_attribute_error()) return dflt;
    return v;
}

void rt_builtin_setattr(RtObj *o, RtObj *name, RtObj *value) {
    if (name_ok(name)) rt_setattr(o, (RtStr *)name, value);
}

int32_t rt_builtin_hasattr(RtObj *o, RtObj *name) {
    if (!name_ok(name)) return 0;
    /* a value of a builtin type: the names CPython's type has (its methods
     * are not values here: rt_getattr does not make them) */
    int32_t known = rt_type_has_attr(type_of(o), ((RtStr *)name)->data, ((RtStr *)name)->byte_len);
    if (known >= 0) return known;
    rt_getattr(o, (RtStr *)name);
    if (!RT_ERR) return 1;
    drop_attribute_error(); /* any other exception stays pending */
    return 0;
}

/* object.__delattr__: a property's deleter, else from the instance's dict
 * (a class's own). */
static void generic_delattr(RtObj *o, RtObj *name) {
    RtObj **slot = dict_slot(o);
    static RtObj missing;
    RtObj *cls = is_class(o) ? 0 : class_of(o);
    RtObj *prop = cls ? lookup(cls, name) : 0;
    RtObj *del = descriptor_method(prop, "__delete__");
    if (del) {
        call_descriptor(del, prop, o, 0);
        return;
    }
    if (prop && type_of(prop) == RT_TYPE_PROPERTY) {
        RtProperty *p = (RtProperty *)prop;
        if (!p->fdel) {
            rt_raise_fmt(RT_EXC_ATTRIBUTE, "property '%s' of '%s' object has no deleter", ((RtStr *)name)->data,
                         ((RtClass *)cls)->name);
            return;
        }
        call_accessor(p->fdel, o, 0);
        return;
    }
    if (slot && *slot && rt_dict_get(*slot, name, &missing) != &missing) {
        rt_dict_delitem(*slot, name);
        return;
    }
    if (is_user_class(o) && rt_dict_get(((RtClass *)o)->dict, name, &missing) != &missing) {
        rt_dict_delitem(((RtClass *)o)->dict, name);
        return;
    }
    if (is_class(o)) {
        rt_raise_fmt(RT_EXC_ATTRIBUTE, "type object '%s' has no attribute '%s'", ((RtClass *)o)->name, ((RtStr *)name)->data);
        return;
    }
    rt_raise_fmt(RT_EXC_ATTRIBUTE, "'%T' object has no attribute '%s'", o, ((RtStr *)name)->data);
}

/* del o.name, delattr(o, name): the class's __delattr__ when it has one. */
void rt_builtin_delattr(RtObj *o, RtObj *name) {
    if (!name_ok(name)) return;
    RtObj *cls = class_of(o);
    RtObj *hook = cls ? lookup_c(cls, "__delattr__") : 0;
    if (hook && type_of(hook) == RT_TYPE_FUNCTION) {
        call_accessor(hook, o, name);
        return;
    }
    generic_delattr(o, name);
}

/* object.__setattr__(self, name, value) / object.__delattr__(self, name)
 * called: bound (f->env self) or not (self the first argument). */
static RtObj *call_object_method(RtFunc *f, RtTuple *a) {
    int set = f->bound == RT_BUILTIN_OBJECT_SETATTR, bound = f->env != 0;
    uint32_t want = (uint32_t)(set ? 2 : 1) + (uint32_t)!bound;
    if (a->len != want) {
        rt_raise_fmt(RT_EXC_TYPE, "expected %d argument%s, got %d", (int64_t)want, want == 1 ? "" : "s", (int64_t)a->len);
        return 0;
    }
    RtObj *self = bound ? f->env : a->items[0], *name = a->items[!bound];
    if (!name_ok(name)) return 0;
    if (set) generic_setattr(self, (RtStr *)name, a->items[!bound + 1]);
    else generic_delattr(self, name);
    return RT_ERR ? 0 : RT_NONE;
}

#if __SIZEOF_POINTER__ == 4 /* wasm32: the layout the generated RTLINK_APPLY relies on */
_Static_assert(__builtin_offsetof(RtTuple, len) == 8, "generated code reads a tuple's length at +8");
_Static_assert(__builtin_offsetof(RtTuple, items) == 16, "generated code reads a tuple's items from +16");
_Static_assert(__builtin_offsetof(RtFunc, index) == 8, "generated code reads a function's slot at +8");
_Static_assert(__builtin_offsetof(RtFunc, nparams) == 12, "generated code reads a function's parameter count at +12");
_Static_assert(__builtin_offsetof(RtFunc, star) == 36, "generated code reads a function's *args/**kwargs flags at +36");
#endif

/* ---- class patterns (case C(a, b, k=v)) ---- */

/* The subject is an instance of C; TypeError when C is not a class. */
int32_t rt_match_instance(RtObj *o, RtObj *cls) {
    if (!is_class(cls)) {
        rt_raise_cstr(RT_EXC_TYPE, "called match pattern must be a type");
        return 0;
    }
    return rt_class_derives(type_of_value(o), cls);
}

/* What sub-pattern `index` of npos positional ones (kw NULL), or keyword
 * sub-pattern kw, matches: the subject's attribute named by
 * C.__match_args__[index], or kw. NULL when the subject has no such
 * attribute (the pattern fails), or after raising. */
RtObj *rt_match_attr(RtObj *o, RtObj *cls, int32_t index, int32_t npos, RtStr *kw) {
    RtStr *name = kw;
    if (!name) {
        RtObj *args = is_user_class(cls) ? lookup_c(cls, "__match_args__") : 0;
        if (args && type_of(args) != RT_TYPE_TUPLE) {
            rt_raise_fmt(RT_EXC_TYPE, "%s.__match_args__ must be a tuple (got %T)", ((RtClass *)cls)->name, args);
            return 0;
        }
        int32_t allowed = args ? (int32_t)((RtTuple *)args)->len : 0;
        if (npos > allowed) {
            rt_raise_fmt(RT_EXC_TYPE, "%s() accepts %d positional sub-pattern%s (%d given)", ((RtClass *)cls)->name,
                         (int64_t)allowed, allowed == 1 ? "" : "s", (int64_t)npos);
            return 0;
        }
        RtObj *n = ((RtTuple *)args)->items[index];
        if (type_of(n) != RT_TYPE_STR) {
            rt_raise_fmt(RT_EXC_TYPE, "__match_args__ elements must be strings (got %T)", n);
            return 0;
        }
        name = (RtStr *)n;
    }
    RtObj *v = rt_getattr(o, name);
    if (RT_ERR && drop_attribute_error()) return 0; /* no such attribute: no match */
    return v;
}
