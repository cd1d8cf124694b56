/* Exceptions: the builtin classes, exception objects, raising (which sets
 * the pending exception and returns: see "Exceptions" in rt_abi.h), the
 * handled exception (for __context__), tracebacks and the report of an
 * uncaught exception, worded as CPython words it. */
#include "rt_obj.h"

/* [0] the pending exception, [1] the one being handled (except blocks):
 * generated code reads [0] at an address the module linker takes from the
 * runtime's exports, and the collector marks both. */
RtObj *rt_exc_state[3];
#define PENDING (rt_exc_state[0])
#define HANDLING (rt_exc_state[1])
#define HANDLED_BEFORE (rt_exc_state[2]) /* list: see rt_exc_enter_handler */

/* ---- the builtin classes ---- */

static RtClass rt_exc_classes[RT_EXC_COUNT] = {
#define RT_EXCEPTION(id, name, base) [RT_EXC_##id] = {{RT_TYPE_CLASS | RT_FLAG_STATIC, RT_EXC_##id}, name, 0, 0, 0, 0, 0, 0, 0, 0},
#include "rt_exceptions.def"
#undef RT_EXCEPTION
};

/* Each builtin class's base, by number (RT_EXC_NONE for the root): the
 * static objects cannot point at each other in a constant initializer
 * without this. */
static const int8_t exc_parent[RT_EXC_COUNT] = {
#define RT_EXCEPTION(id, name, base) [RT_EXC_##id] = RT_EXC_##base,
#include "rt_exceptions.def"
#undef RT_EXCEPTION
};

/* object: the root of every class (left out of method resolution orders) */
static RtClass object_class = {{RT_TYPE_CLASS | RT_FLAG_STATIC, 0}, "object", 0, 0, 0, 0, 0, 0, 0, 0};

RtObj *rt_object_class(void) { return (RtObj *)&object_class; }

/* The builtin types as classes (aux RT_BUILTIN_TYPE_AUX + their RT_TYPE_*):
 * for isinstance(), type(x), class C(list) is not supported. */
#define TYPE_CLASS(code, name) [code] = {{RT_TYPE_CLASS | RT_FLAG_STATIC, RT_BUILTIN_TYPE_AUX + code}, name, 0, 0, 0, 0, 0, 0, 0, 0}
static RtClass type_classes[RT_TYPE_COUNT] = {
    TYPE_CLASS(RT_TYPE_NONE, "NoneType"), TYPE_CLASS(RT_TYPE_BOOL, "bool"), TYPE_CLASS(RT_TYPE_INT, "int"),
    TYPE_CLASS(RT_TYPE_FLOAT, "float"),   TYPE_CLASS(RT_TYPE_STR, "str"),   TYPE_CLASS(RT_TYPE_LIST, "list"),
    TYPE_CLASS(RT_TYPE_TUPLE, "tuple"),   TYPE_CLASS(RT_TYPE_DICT, "dict"), TYPE_CLASS(RT_TYPE_SET, "set"),
    TYPE_CLASS(RT_TYPE_RANGE, "range"),   TYPE_CLASS(RT_TYPE_FUNCTION, "function"),
    TYPE_CLASS(RT_TYPE_CLASS, "type"),    TYPE_CLASS(RT_TYPE_GENERATOR, "generator"),
    TYPE_CLASS(RT_TYPE_FROZENSET, "frozenset"), TYPE_CLASS(RT_TYPE_BYTES, "bytes"),
    TYPE_CLASS(RT_TYPE_BYTEARRAY, "bytearray"), TYPE_CLASS(RT_TYPE_NOTIMPL, "NotImplementedType"),
    TYPE_CLASS(RT_TYPE_ELLIPSIS, "ellipsis"),  TYPE_CLASS(RT_TYPE_SLICE, "slice"),
    TYPE_CLASS(RT_TYPE_PROPERTY, "property"), TYPE_CLASS(RT_TYPE_COMPLEX, "complex"),
};

/* type(list[int]), type(int | None): CPython's types.GenericAlias and
 * types.UnionType (named so in their repr) */
static RtClass type_expr_classes[2] = {
    {{RT_TYPE_CLASS | RT_FLAG_STATIC, RT_BUILTIN_TYPE_AUX + RT_TYPE_TYPE_EXPR}, "types.GenericAlias", 0, 0, 0, 0, 0, 0, 0, 0},
    {{RT_TYPE_CLASS | RT_FLAG_STATIC, RT_BUILTIN_TYPE_AUX + RT_TYPE_TYPE_EXPR}, "types.UnionType", 0, 0, 0, 0, 0, 0, 0, 0},
};
RtObj *rt_type_expr_class(RtObj *o) { return (RtObj *)&type_expr_classes[o->aux == RT_TEXPR_UNION]; }

/* The class of the builtin type `code` (RT_TYPE_*), or NULL. */
RtObj *rt_builtin_class(int32_t code) {
    if (code < 0 || code >= RT_TYPE_COUNT || !type_classes[code].name) return 0;
    return (RtObj *)&type_classes[code];
}

static RtObj *base_of(RtObj *cls) {
    if (cls == (RtObj *)&object_class) return 0;
    if ((cls->type_flags & RT_FLAG_STATIC) && cls->aux >= RT_BUILTIN_TYPE_AUX)
        return cls->aux == RT_BUILTIN_TYPE_AUX + RT_TYPE_BOOL ? (RtObj *)&type_classes[RT_TYPE_INT] : 0;
    if (cls->type_flags & RT_FLAG_STATIC) {
        int k = exc_parent[cls->aux];
        return k < 0 ? 0 : (RtObj *)&rt_exc_classes[k];
    }
    return ((RtClass *)cls)->base;
}

RtObj *rt_class_base(RtObj *cls) { return base_of(cls); }

RtObj *rt_exc_class(int32_t kind) {
    if (kind < 0 || kind >= RT_EXC_COUNT) kind = RT_EXC_SYSTEM;
    return (RtObj *)&rt_exc_classes[kind];
}

static int is_class(RtObj *o) { return o && RT_OBJ_TYPE(o) == RT_TYPE_CLASS; }

/* Whether class c is sub (or sub itself) derives from base. */
static int subclass(RtObj *sub, RtObj *base) { return rt_class_derives(sub, base); }

static int is_exception_class(RtObj *o) {
    return is_class(o) && subclass(o, (RtObj *)&rt_exc_classes[RT_EXC_BASE_EXCEPTION]);
}

static int32_t kind_of(RtObj *cls) {
    /* the first builtin exception class in its method resolution order */
    if (!(cls->type_flags & RT_FLAG_STATIC)) {
        RtTuple *m = (RtTuple *)((RtClass *)cls)->mro;
        for (uint32_t i = 0; i < m->len; i++)
            if (m->items[i]->type_flags & RT_FLAG_STATIC) return (int32_t)m->items[i]->aux;
        return RT_EXC_EXCEPTION;
    }
    return (int32_t)cls->aux;
}

const char *rt_class_cname(RtObj *cls) { return ((RtClass *)cls)->name; }
const char *rt_class_qualname(RtObj *cls) {
    const RtClass *c = (const RtClass *)cls;
    return c->qualname ? c->qualname : c->name;
}

/* ---- exception objects ---- */

static RtExc *exc_new(RtObj *cls, RtObj *args) {
    cls = rt_oserror_class_for(cls, args);
    RtExc *e = rt_alloc(sizeof *e);
    e->h.type_flags = RT_TYPE_EXCEPTION;
    e->cls = cls;
    e->args = rt_oserror_fields(cls, args, &e->value);
    int32_t k = kind_of(cls);
    if (k == RT_EXC_STOP_ITERATION || k == RT_EXC_SYSTEM_EXIT) {
        RtTuple *t = (RtTuple *)args;
        e->value = t->len == 0 ? RT_NONE : t->len == 1 ? t->items[0] : args;
    }
    return e;
}

RtObj *rt_exc_call(RtObj *cls, RtObj *args) {
    if (!is_exception_class(cls)) {
        rt_raise_fmt(RT_EXC_TYPE, "'%T' object is not callable", cls);
        return 0;
    }
    return (RtObj *)exc_new(cls, args);
}

/* The one place an exception becomes pending (rtlink: a runtime function
 * "may raise" when it reaches this one). */
__attribute__((noinline)) void rt_exc_throw(RtExc *e) {
    /* __context__: the exception being handled, unless it is this one */
    if (HANDLING && HANDLING != (RtObj *)e && !e->context) e->context = HANDLING;
    PENDING = (RtObj *)e;
}

int32_t rt_exc_pending(void) { return PENDING != 0; }

/* Raises nothing new: the exception already pending goes on. Its name makes
 * generated code branch after the call without a test (rt_abi.h), for code
 * that tested rt_exc_pending itself to do something first (a module whose
 * top-level code failed is imported afresh next time, as in CPython). */
void rt_raise_pending(void) {}

void rt_raise_obj_arg(int32_t kind, RtObj *arg) {
    RtObj *args = rt_tuple_new(1);
    rt_tuple_set(args, 0, arg);
    rt_exc_throw(exc_new(rt_exc_class(kind), args));
}

void rt_raise(int32_t kind, RtStr *msg) {
    if (msg) rt_raise_obj_arg(kind, (RtObj *)msg);
    else rt_exc_throw(exc_new(rt_exc_class(kind), rt_tuple_new(0)));
}

void rt_raise_msg(int32_t kind, const char *msg, uint32_t n) {
    rt_raise(kind, msg ? rt_str_from_bytes(msg, n) : 0);
}

void rt_raise_cstr(int32_t kind, const char *msg) { rt_raise_msg(kind, msg, msg ? rt_cstrlen(msg) : 0); }

void rt_raise_big_int(void) {
    rt_raise_cstr(RT_EXC_OVERFLOW, "Python int too large to convert to C ssize_t");
}

void rt_raise_value_repr(const char *prefix, RtStr *s, uint32_t max_repr) {
    RtStr *r = rt_repr_bytes(s->data, s->byte_len);
    uint32_t rn = r->byte_len;
    if (max_repr && r->cp_len > max_repr) { /* keep max_repr code points */
        uint32_t cps = 0, i = 0;
        for (; i < rn; i++) {
            if (((unsigned char)r->data[i] & 0xc0) != 0x80 && cps++ == max_repr) break;
        }
        rn = i;
    }
    uint32_t pn = rt_cstrlen(prefix);
    char *m = rt_alloc(pn + rn + 1);
    rt_memcpy(m, prefix, pn);
    rt_memcpy(m + pn, r->data, rn);
    rt_raise_msg(RT_EXC_VALUE, m, pn + rn);
}

void rt_raise_obj(RtObj *x, RtObj *cause, int32_t has_cause) {
    RtExc *e;
    if (is_exception_class(x)) {
        e = exc_new(x, rt_tuple_new(0));
    } else if (RT_OBJ_TYPE(x) == RT_TYPE_EXCEPTION) {
        e = (RtExc *)x;
    } else {
        rt_raise_cstr(RT_EXC_TYPE, "exceptions must derive from BaseException");
        return;
    }
    if (has_cause) {
        if (is_exception_class(cause)) {
            cause = (RtObj *)exc_new(cause, rt_tuple_new(0));
        } else if (cause != RT_NONE && RT_OBJ_TYPE(cause) != RT_TYPE_EXCEPTION) {
            rt_raise_cstr(RT_EXC_TYPE, "exception causes must derive from BaseException");
            return;
        }
        e->cause = cause == RT_NONE ? 0 : cause;
        e->suppress_context = 1;
    }
    rt_exc_throw(e);
}

int32_t rt_reraise(void) {
    if (!HANDLING) {
        rt_raise_cstr(RT_EXC_RUNTIME, "No active exception to reraise");
        return 1;
    }
    PENDING = HANDLING;
    return 0;
}

void rt_raise_recursion(void) { rt_raise_cstr(RT_EXC_RECURSION, "maximum recursion depth exceeded"); }

void rt_tb_add(RtObj *site) {
    RtExc *e = (RtExc *)PENDING;
    if (!e) return;
    if (!e->traceback) e->traceback = rt_list_new(4);
    rt_list_append(e->traceback, site);
}

RtObj *rt_exc_take(void) {
    RtObj *e = PENDING;
    PENDING = 0;
    return e;
}

void rt_exc_restore(RtObj *exc) { PENDING = exc; }

/* The pending exception set aside while runtime code runs generated code
 * (a generator's finally blocks as an exception unwinds the loop holding
 * it): kept on the handled list, which the collector marks, above what is
 * there now; rt_exc_unpark(at) makes it pending again. */
int32_t rt_exc_park(void) {
    if (!HANDLED_BEFORE) HANDLED_BEFORE = rt_list_new(8); /* PENDING is rooted meanwhile */
    RtList *before = (RtList *)HANDLED_BEFORE;
    int32_t at = (int32_t)before->len;
    rt_list_push(HANDLED_BEFORE, PENDING);
    PENDING = 0;
    return at;
}

void rt_exc_unpark(int32_t at) {
    RtList *before = (RtList *)HANDLED_BEFORE;
    PENDING = rt_list_items(before)[at];
    before->len = (uint32_t)at;
}

/* exc NULL: the handled exception stays (a finally body run without one) */
int32_t rt_exc_enter_handler(RtObj *exc) {
    if (!HANDLED_BEFORE) HANDLED_BEFORE = rt_list_new(8);
    RtList *before = (RtList *)HANDLED_BEFORE;
    int32_t depth = (int32_t)before->len;
    rt_list_push(HANDLED_BEFORE, HANDLING);
    if (exc) HANDLING = exc;
    return depth;
}

void rt_exc_leave_handler(int32_t depth) {
    RtList *before = (RtList *)HANDLED_BEFORE;
    HANDLING = rt_list_items(before)[depth];
    before->len = (uint32_t)depth;
}

int32_t rt_exc_matches(RtObj *exc, RtObj *spec) {
    RtObj *cls = ((RtExc *)exc)->cls;
    if (RT_OBJ_TYPE(spec) == RT_TYPE_TUPLE) {
        RtTuple *t = (RtTuple *)spec;
        for (uint32_t i = 0; i < t->len; i++) {
            if (!is_exception_class(t->items[i])) {
                rt_raise_cstr(RT_EXC_TYPE, "catching classes that do not inherit from BaseException is not allowed");
                return 0;
            }
            if (subclass(cls, t->items[i])) return 1;
        }
        return 0;
    }
    if (!is_exception_class(spec)) {
        rt_raise_cstr(RT_EXC_TYPE, "catching classes that do not inherit from BaseException is not allowed");
        return 0;
    }
    return subclass(cls, spec);
}

RtObj *rt_exc_attr(RtObj *o, RtStr *name) {
    if (RT_OBJ_TYPE(o) == RT_TYPE_EXCEPTION) {
        RtExc *e = (RtExc *)o;
        const char *n = name->data;
        if (rt_cstr_eq(n, "args")) return e->args;
        RtObj *os_field = rt_oserror_attr(e, n);
        if (os_field) return os_field;
        if (rt_cstr_eq(n, "__cause__")) return e->cause ? e->cause : RT_NONE;
        if (rt_cstr_eq(n, "__context__")) return e->context ? e->context : RT_NONE;
        if (rt_cstr_eq(n, "__suppress_context__")) return RT_BOOL(e->suppress_context);
        if (e->value && (rt_cstr_eq(n, "value") || rt_cstr_eq(n, "code"))) {
            int32_t k = kind_of(e->cls);
            if ((k == RT_EXC_STOP_ITERATION && n[0] == 'v') || (k == RT_EXC_SYSTEM_EXIT && n[0] == 'c'))
                return e->value;
        }
    }
    rt_raise_fmt(RT_EXC_ATTRIBUTE, "'%T' object has no attribute '%s'", o, name->data);
    return 0;
}

/* ---- str() and repr() of exceptions ---- */

void rt_exc_str_into(RtSb *b, RtObj *o) {
    RtExc *e = (RtExc *)o;
    RtTuple *args = (RtTuple *)e->args;
    if (rt_oserror_str_into(b, e)) return;
    if (args->len == 0) return;
    if (args->len == 1) {
        /* KeyError shows its key as repr: KeyError: 'k' */
        if (kind_of(e->cls) == RT_EXC_KEY && subclass(e->cls, (RtObj *)&rt_exc_classes[RT_EXC_KEY]))
            rt_repr_into(b, args->items[0]);
        else
            rt_str_into(b, args->items[0]);
        return;
    }
    rt_repr_into(b, e->args);
}

void rt_exc_repr_into(RtSb *b, RtObj *o) {
    RtExc *e = (RtExc *)o;
    RtTuple *args = (RtTuple *)e->args;
    rt_sb_puts(b, rt_class_cname(e->cls));
    if (args->len == 1) {
        rt_sb_putc(b, '(');
        rt_repr_into(b, args->items[0]);
        rt_sb_putc(b, ')');
    } else if (args->len == 0) {
        rt_sb_put(b, "()", 2);
    } else {
        rt_repr_into(b, e->args);
    }
}

/* ---- uncaught ---- */

static void err(const char *s, uint32_t n) { rt_fd_write_all(2, s, n); }
static void err_c(const char *s) { err(s, rt_cstrlen(s)); }
static void err_str(RtStr *s) { err(s->data, s->byte_len); }

static void put_decimal(int64_t v) {
    RtSb b = {0, 0, 0};
    rt_sb_put_i64(&b, v);
    err(b.buf, b.len);
}

static void report_one(RtExc *e);

/* The chain first, as CPython: cause ("direct cause"), or else the context
 * unless suppressed ("During handling"). */
static void report_chain(RtExc *e, int depth) {
    if (depth < 100) {
        if (e->cause) {
            report_chain((RtExc *)e->cause, depth + 1);
            err_c("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (e->context && !e->suppress_context) {
            report_chain((RtExc *)e->context, depth + 1);
            err_c("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
    }
    report_one(e);
}

static int str_eq(const RtStr *a, const RtStr *b) {
    if (a == b) return 1;
    if (!a || !b || a->byte_len != b->byte_len) return 0;
    for (uint32_t i = 0; i < a->byte_len; i++)
        if (a->data[i] != b->data[i]) return 0;
    return 1;
}

static int same_place(const RtTbSite *a, const RtTbSite *b) {
    return a->h.aux == b->h.aux && (a->code == b->code || (str_eq(a->code->file, b->code->file) && str_eq(a->code->func, b->code->func)));
}

/* CPython's cut of a recursion's traceback: a place shown three times in
 * a row, then how many more times it repeats. */
#define TB_RECURSIVE_CUTOFF 3

static void print_repeated(uint32_t cnt) {
    cnt -= TB_RECURSIVE_CUTOFF;
    err_c("  [Previous line repeated ");
    put_decimal(cnt);
    err_c(cnt > 1 ? " more times]\n" : " more time]\n");
}

static void err_repeat(char c, uint32_t n) {
    char chunk[32];
    for (uint32_t i = 0; i < sizeof chunk; i++) chunk[i] = c;
    for (; n > sizeof chunk; n -= sizeof chunk) err(chunk, sizeof chunk);
    err(chunk, n);
}

static void print_carets(const RtTbSite *s) {
    err_repeat(' ', 4u + s->start);
    if (s->left == s->right) {
        err_repeat('^', (uint32_t)(s->end - s->start));
    } else {
        err_repeat('~', (uint32_t)(s->left - s->start));
        err_repeat('^', (uint32_t)(s->right - s->left));
        err_repeat('~', (uint32_t)(s->end - s->right));
    }
    err_c("\n");
}

static void report_one(RtExc *e) {
    RtList *tb = (RtList *)e->traceback;
    if (tb && tb->len) {
        err_c("Traceback (most recent call last):\n");
        const RtTbSite *last = 0;
        uint32_t cnt = 0;
        for (uint32_t i = tb->len; i-- > 0;) {
            RtTbSite *s = (RtTbSite *)rt_list_items(tb)[i];
            if (!last || !same_place(last, s)) {
                if (cnt > TB_RECURSIVE_CUTOFF) print_repeated(cnt);
                last = s;
                cnt = 0;
            }
            if (++cnt > TB_RECURSIVE_CUTOFF) continue;
            err_c("  File \"");
            err_str(s->code->file);
            err_c("\", line ");
            put_decimal(s->h.aux);
            err_c(", in ");
            err_str(s->code->func);
            err_c("\n");
            if (s->source && s->source[0]) {
                err_c("    ");
                err((const char *)(s->source + 1), s->source[0]);
                err_c("\n");
                if (s->end) print_carets(s);
            }
        }
        if (cnt > TB_RECURSIVE_CUTOFF) print_repeated(cnt);
    }
    /* CPython names the module of a class made outside __main__ */
    const char *module = RT_OBJ_TYPE(e->cls) == RT_TYPE_CLASS ? ((const RtClass *)e->cls)->module : 0;
    if (module) {
        err_c(module);
        err_c(".");
    }
    err_c(rt_class_qualname(e->cls));
    if (rt_has_special((RtObj *)e, "__str__")) { /* a class's own __str__, as CPython calls it */
        RtObj **fr = rt_gc_frame_push(1);
        if (fr) fr[0] = (RtObj *)e;
        RtStr *text = fr ? rt_dyn_str((RtObj *)e) : 0;
        if (fr) rt_gc_frame_pop(fr);
        if (!text || RT_ERR) {
            rt_exc_take();
            err_c(": <exception str() failed>\n");
            return;
        }
        if (text->byte_len) {
            err(": ", 2);
            err_str(text);
        }
        err("\n", 1);
        return;
    }
    RtSb b = {0, 0, 0};
    rt_exc_str_into(&b, (RtObj *)e);
    if (b.len) {
        err(": ", 2);
        err(b.buf, b.len);
    }
    err("\n", 1);
}

void rt_exc_report(void) {
    RtExc *e = (RtExc *)PENDING;
    if (!e) return;
    rt_flush();
    PENDING = 0;
    if (kind_of(e->cls) == RT_EXC_SYSTEM_EXIT && subclass(e->cls, (RtObj *)&rt_exc_classes[RT_EXC_SYSTEM_EXIT])) {
        /* exit(code): no traceback; None is 0, an int is the status, anything
         * else is printed and the status is 1 */
        RtObj *code = e->value;
        if (code == RT_NONE) rt_wasi_proc_exit(0);
        if (rt_is_intlike(code)) rt_wasi_proc_exit((int32_t)((RtInt *)code)->value);
        RtSb b = {0, 0, 0};
        rt_str_into(&b, code);
        err(b.buf, b.len);
        err("\n", 1);
        rt_wasi_proc_exit(1);
    }
    report_chain(e, 0);
    rt_wasi_proc_exit(1);
}

/* Out of memory: not recoverable here (handlers would need memory too).
 * Every module links this, so its text is an array of its own: a string
 * literal would sit in a data segment shared with other files' literals
 * (clang names each file's strings .L.str.N, and the linker merges equal
 * names), which every module would then copy whole. */
static const char memory_error[] = "MemoryError\n";

void rt_fatal_memory(void) {
    rt_flush();
    err(memory_error, sizeof memory_error - 1);
    rt_wasi_proc_exit(1);
}

/* ---- recursion in the runtime (comparison, repr, hash of nested data) ----
 * CPython counts these C-level recursions against its recursion limit
 * (1000 by default) and raises RecursionError; so do we, well before the
 * runtime's C stack (256 KiB) would overflow. */
#define RT_DEPTH_LIMIT 1000
static uint32_t depth;

int rt_depth_enter(void) {
    if (depth >= RT_DEPTH_LIMIT) return 0;
    depth++;
    return 1;
}

void rt_depth_leave(void) { depth--; }

/* The runtime's C stack is the first RT_C_STACK bytes of memory
 * (--stack-first, runtime.mk) and grows down. A Python call that goes
 * through the runtime (a decorated function, a callable object, __eq__
 * under ==) keeps runtime frames on it while the callee runs: before
 * calling generated code, the runtime checks that some is left, so a deep
 * recursion ends in RecursionError, never in a trap. (Native builds of
 * the runtime, for its unit tests, have their stack elsewhere: no check.) */
#define RT_C_STACK_RESERVE 16384
int rt_c_stack_ok(void) {
#if defined(__wasm__)
    volatile char probe = 0;
    if ((uintptr_t)&probe < RT_C_STACK_RESERVE) {
        rt_raise_cstr(RT_EXC_RECURSION, "maximum recursion depth exceeded");
        return 0;
    }
    (void)probe;
#endif
    return 1;
}
