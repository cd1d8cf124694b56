/* Small services of the lowering: runtime roots, static strings,
 * temporaries, labels and loops, raising, GC points. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "../../util/utf8.h"
#include "../rtlink.h"
#include "lower_internal.h"

void g_rt(Gen *g, const char *fn) {
    if (strmap_get(&g->rt_seen, fn)) return;
    strmap_put(g->a, &g->rt_seen, fn, (void *)fn);
    ptrvec_push(g->a, &g->out->rt_roots, (void *)fn);
}

/* Opens the boxing of a value of type t (the caller emits the value and
 * closes), false when t needs none (None and objects: see the callers):
 * an int or a float is the runtime's rt_box_int / rt_box_float of it, a
 * bool (select True False b) of the runtime's two objects, inline; their
 * data comes with rt_box_bool's, which a runtime without them calls. */
bool g_box_open(Gen *g, Type t) {
    const char *fn = t == T_INT ? "rt_box_int" : t == T_FLOAT ? "rt_box_float" : t == T_BOOL ? "rt_box_bool" : NULL;
    if (!fn) return false;
    g_rt(g, fn);
    uint32_t yes = rtlib_bool_obj(g->lib, 1), no = rtlib_bool_obj(g->lib, 0);
    if (t != T_BOOL || !yes || !no) {
        ir_call(g->f, fn);
        return true;
    }
    ir_open(g->f, IR_SELECT);
    ir_i32(g->f, (int32_t)yes);
    ir_i32(g->f, (int32_t)no);
    return true;
}

_Static_assert(sizeof(RtInt) == 16, "small int v's object is at rt_small_ints + (v - RT_SMALL_INT_MIN) * 16");

bool g_small_int_address(Gen *g, long long v, uint32_t *addr) {
    uint32_t base = rtlib_small_ints(g->lib);
    if (!base || v < RT_SMALL_INT_MIN || v > RT_SMALL_INT_MAX) return false;
    g_rt(g, "rt_box_int"); /* the small ints' data comes with it */
    *addr = base + (uint32_t)(v - RT_SMALL_INT_MIN) * 16u;
    return true;
}

bool g_box_int_inline(Gen *g) { return g->nloops && rtlib_small_ints(g->lib); }

/* i32: the int in the i64 local iv boxed. In a loop, a small int (the
 * runtime's static objects, rt_small_ints) inline, any other by rt_box_int
 * (a big int's handle is its object, else a new one):
 *   (if (result i32) (i64.lt_u (i64.add iv -MIN) COUNT)
 *     (then (i32.add (i32.shl (i32.wrap_i64 iv) 4) <address of 0>))
 *     (else (call $rt_box_int iv)))
 * Outside loops the call alone: 4 bytes where the test takes 30. */
void g_box_int_local(Gen *g, int iv) {
    g_rt(g, "rt_box_int"); /* the small ints' data comes with it */
    uint32_t zero;
    if (!g_box_int_inline(g) || !g_small_int_address(g, 0, &zero)) {
        ir_call(g->f, "rt_box_int");
        ir_get(g->f, iv);
        ir_close(g->f);
        return;
    }
    ir_if(g->f, VT_I32);
    ir_open(g->f, IR_I64_LT_U);
    ir_open(g->f, IR_I64_ADD);
    ir_get(g->f, iv);
    ir_i64(g->f, -(int64_t)RT_SMALL_INT_MIN);
    ir_close(g->f);
    ir_i64(g->f, RT_SMALL_INT_MAX - RT_SMALL_INT_MIN + 1);
    ir_close(g->f);
    ir_open(g->f, IR_THEN);
    ir_open(g->f, IR_I32_ADD);
    ir_open(g->f, IR_I32_SHL);
    ir_open(g->f, IR_I32_WRAP_I64);
    ir_get(g->f, iv);
    ir_close(g->f);
    ir_i32(g->f, 4); /* sizeof(RtInt) == 16 */
    ir_close(g->f);
    ir_i32(g->f, (int32_t)zero);
    ir_close(g->f);
    ir_close(g->f);
    ir_open(g->f, IR_ELSE);
    ir_call(g->f, "rt_box_int");
    ir_get(g->f, iv);
    ir_close(g->f);
    ir_close(g->f);
    ir_close(g->f);
}

/* i32: the truth of the object in local t: True and False inline,
 * anything else rt_truthy's (len, __bool__ ...). */
void g_truthy_local(Gen *g, int t) {
    uint32_t objs[2] = {rtlib_bool_obj(g->lib, 0), rtlib_bool_obj(g->lib, 1)};
    g_rt(g, "rt_truthy");
    g_rt(g, "rt_box_bool");
    int opened = 0;
    for (int v = 1; v >= 0; v--) {
        if (!objs[v]) continue;
        ir_if(g->f, VT_I32);
        ir_open(g->f, IR_I32_EQ);
        ir_get(g->f, t);
        ir_i32(g->f, (int32_t)objs[v]);
        ir_close(g->f);
        ir_open(g->f, IR_THEN);
        ir_i32(g->f, v);
        ir_close(g->f);
        ir_open(g->f, IR_ELSE);
        opened++;
    }
    ir_call(g->f, "rt_truthy");
    ir_get(g->f, t);
    ir_close(g->f);
    for (int i = 0; i < opened; i++) {
        ir_close(g->f); /* else */
        ir_close(g->f); /* if */
    }
}

const char *g_key(Gen *g, const char *fmt, ...) {
    g->key.len = 0;
    va_list ap;
    va_start(ap, fmt);
    buf_vprintf(&g->key, fmt, ap);
    va_end(ap);
    return buf_cstr(&g->key);
}

const char *g_key_keep(Gen *g, const char *key) { return arena_strdup(g->keys, key); }

/* The bytes as a map key, in g->key: NUL and \x01 escaped by \x01, after
 * prefix. */
static const char *str_key(Gen *g, const char *prefix, const char *s, size_t len) {
    g->key.len = 0;
    buf_puts(&g->key, prefix);
    for (size_t i = 0; i < len; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch <= 1) buf_putc(&g->key, 1), buf_putc(&g->key, (char)(ch + 1));
        else buf_putc(&g->key, (char)ch);
    }
    return buf_cstr(&g->key);
}

/* Static strings use the runtime's RtStr layout with RT_FLAG_STATIC, so the
 * runtime treats them like any other string. Identical literals share. */
/* rt_hash_str's hash (FNV-1a, 31 bits, never 0) */
static uint32_t str_hash(const char *s, size_t len) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
    h &= 0x7fffffffu;
    return h ? h : 1;
}

/* A str, or a bytes object (the same layout: its hash is a str's, its
 * code point count its length); the key of a bytes literal starts with
 * \x01\x03, which no str's key does. */
static uint32_t static_text(Gen *g, const char *s, size_t len, bool bytes) {
    const char *key = str_key(g, bytes ? "\x01\x03" : "", s, len);
    uintptr_t found = (uintptr_t)strmap_get(&g->strlits, key);
    if (found) return (uint32_t)(found - 1);
    uint32_t addr = g->out->data_base + (uint32_t)g->out->data.len;
    buf_put_u32le(&g->out->data, (bytes ? RT_TYPE_BYTES : RT_TYPE_STR) | RT_FLAG_STATIC);
    buf_put_u32le(&g->out->data, str_hash(s, len)); /* as rt_hash_str caches it: dict keys */
    buf_put_u32le(&g->out->data, (uint32_t)len);
    buf_put_u32le(&g->out->data, bytes ? (uint32_t)len : (uint32_t)utf8_count(s, len));
    buf_putn(&g->out->data, s, len);
    buf_putc(&g->out->data, 0);
    while (g->out->data.len % 8) buf_putc(&g->out->data, 0);
    strmap_put(g->keys, &g->strlits, g_key_keep(g, key), (void *)(uintptr_t)(addr + 1));
    return addr;
}

uint32_t g_str(Gen *g, const char *s, size_t len) { return static_text(g, s, len, false); }
uint32_t g_bytes(Gen *g, const char *s, size_t len) { return static_text(g, s, len, true); }

/* A static tuple of the names of f's parameters (for CPython's messages
 * about missing arguments): its address. */
/* A static tuple of the strs names[0..n-1], made once per key. */
uint32_t g_names_tuple(Gen *g, const char *key, const char *const *names, int n) {
    uintptr_t found = (uintptr_t)strmap_get(&g->sites, key);
    if (found) return (uint32_t)(found - 1);
    uint32_t *strs = arena_alloc(g->a, sizeof(uint32_t) * (size_t)(n + 1));
    for (int i = 0; i < n; i++) strs[i] = g_str(g, names[i], strlen(names[i]));
    Buf *d = &g->out->data;
    while (d->len % 8) buf_putc(d, 0);
    uint32_t addr = g->out->data_base + (uint32_t)d->len;
    buf_put_u32le(d, RT_TYPE_TUPLE | RT_FLAG_STATIC);
    buf_put_u32le(d, 0);
    buf_put_u32le(d, (uint32_t)n);
    buf_put_u32le(d, 0);
    for (int i = 0; i < n; i++) buf_put_u32le(d, strs[i]);
    strmap_put(g->keys, &g->sites, key, (void *)(uintptr_t)(addr + 1));
    return addr;
}

uint32_t g_param_names(Gen *g, const Function *f) {
    const char **names = arena_alloc(g->a, sizeof(char *) * (size_t)(f->params.len + 1));
    for (int i = 0; i < f->params.len; i++) names[i] = ((Symbol *)f->params.items[i])->name;
    return g_names_tuple(g, arena_printf(g->a, "names:%s", f->wat_name), names, f->params.len);
}

/* The docstring of each slot of the function table (the functions used
 * as values, then the methods' bound forms): static str addresses, 0 for
 * none; rt_func_doc_table gives it to f.__doc__. */
uint32_t g_doc_table(Gen *g, int32_t *count) {
    const PtrVec *t = &g->p->table, *bound = &g->p->bound_table;
    *count = t->len + bound->len;
    uint32_t *doc = arena_alloc(g->a, sizeof(uint32_t) * (size_t)(*count + 1));
    for (int i = 0; i < *count; i++) {
        const Function *f = i < t->len ? t->items[i] : bound->items[i - t->len];
        doc[i] = f->doc ? g_str(g, f->doc, f->doc_len) : 0;
    }
    Buf *d = &g->out->data;
    while (d->len % 8) buf_putc(d, 0);
    uint32_t addr = g->out->data_base + (uint32_t)d->len;
    for (int i = 0; i < *count; i++) buf_put_u32le(d, doc[i]);
    return addr;
}

/* The address of the static function object made for key, if one was. */
static bool static_func_known(Gen *g, const char *key, uint32_t *addr) {
    uintptr_t found = (uintptr_t)strmap_get(&g->sites, key);
    if (found) *addr = (uint32_t)(found - 1);
    return found != 0;
}

/* A static RtFunc (rt_obj.h) of a table slot, without environment or
 * defaults, recorded under key. */
static uint32_t static_func_object(Gen *g, const char *key, int slot, int nparams, uint32_t name, uint32_t names) {
    Buf *d = &g->out->data;
    while (d->len % 8) buf_putc(d, 0);
    uint32_t addr = g->out->data_base + (uint32_t)d->len;
    buf_put_u32le(d, RT_TYPE_FUNCTION | RT_FLAG_STATIC);
    buf_put_u32le(d, 0);
    buf_put_u32le(d, (uint32_t)slot);       /* index */
    buf_put_u32le(d, (uint32_t)nparams);    /* nparams */
    buf_put_u32le(d, name);
    buf_put_u32le(d, 0);                    /* env */
    buf_put_u32le(d, 0);                    /* defaults */
    buf_put_u32le(d, names);                /* names */
    buf_put_u32le(d, 0);                    /* kind */
    buf_put_u32le(d, 0);                    /* star */
    buf_put_u32le(d, (uint32_t)-1);         /* bound */
    buf_put_u32le(d, 0);                    /* dict */
    buf_put_u32le(d, 0);                    /* short_name */
    buf_put_u32le(d, 0);                    /* doc */
    strmap_put(g->keys, &g->sites, key, (void *)(uintptr_t)(addr + 1));
    return addr;
}

/* The function object of a def that closes over nothing and has no
 * defaults nor star parameters, built once in static data: its value is
 * the same object wherever it is taken, so `f is f` holds and a function
 * is a dict key, as in CPython. */
uint32_t g_static_func(Gen *g, const Function *f) {
    const char *key = arena_printf(g->a, "func:%s", f->wat_name);
    uint32_t addr;
    if (static_func_known(g, key, &addr)) return addr;
    uint32_t name = g_str(g, f->name, strlen(f->name)), names = g_param_names(g, f);
    return static_func_object(g, key, f->table_index, f->params.len, name, names);
}

uint32_t g_static_callable(Gen *g, const char *key, const char *name, int slot, int nparams) {
    uint32_t addr;
    if (static_func_known(g, key, &addr)) return addr;
    return static_func_object(g, key, slot, nparams, g_str(g, name, strlen(name)), 0);
}

/* An 8-byte cell in static data for out-parameters of runtime calls (read
 * right after the call, so one cell serves every use). */
uint32_t g_scratch(Gen *g) {
    if (!g->scratch_addr) {
        while (g->out->data.len % 8) buf_putc(&g->out->data, 0);
        g->scratch_addr = g->out->data_base + (uint32_t)g->out->data.len;
        buf_putn(&g->out->data, "\0\0\0\0\0\0\0\0", 8);
    }
    return g->scratch_addr;
}

ValType vt(Type t) {
    switch (t) {
    case T_INT: return VT_I64;
    case T_FLOAT: return VT_F64;
    default: return VT_I32;
    }
}

int g_temp(Gen *g, Type t) {
    bool obj = type_is_object(t);
    if (obj) g->f->polls = true;
    return ir_temp(g->f, vt(t), obj);
}

void g_free_temp(Gen *g, int local) { ir_release(g->f, local); }

void g_type_code(IrFunc *f, int obj) {
    ir_open(f, IR_I32_AND);
    ir_load(f, IR_I32_LOAD, 0); /* RtHeader.type_flags */
    ir_get(f, obj);
    ir_close(f);
    ir_i32(f, RT_TYPE_MASK);
    ir_close(f);
}

void g_type_is(IrFunc *f, int obj, int code) {
    ir_open(f, IR_I32_EQ);
    g_type_code(f, obj);
    ir_i32(f, code);
    ir_close(f);
}

void g_int_object_value(IrFunc *f, int ti, int obj) {
    ir_set(f, ti);
    ir_load(f, IR_I64_LOAD, 8); /* RtInt.value */
    ir_get(f, obj);
    ir_close(f);
    ir_close(f);
}

int g_new_label(Gen *g) { return g->labels++; }

void g_loop_push(Gen *g, int brk, int cont) {
    if (g->nloops == g->caploops) {
        int cap = g->caploops ? g->caploops * 2 : 8;
        g->loops = arena_grow(g->a, g->loops, sizeof *g->loops * (size_t)g->caploops, sizeof *g->loops * (size_t)cap);
        g->caploops = cap;
    }
    g->loops[g->nloops++] = (LoopLabels){brk, cont, -1};
}

void g_loop_owns_generator(Gen *g, int t) { g->loops[g->nloops - 1].own_gen = t; }

void g_loop_pop(Gen *g) { g->nloops--; }

/* A publish or poll, with the int temporaries in use and assigned at it
 * (the others hold dead or stale values: the frame pass skips them). */
static void gc_point(Gen *g, IrOp op) {
    IrFunc *f = g->f;
    int n = 0;
    for (int i = 0; i < f->nlocals; i++)
        if (f->locals[i].kind == IRL_TEMP && f->locals[i].busy && f->locals[i].defined && f->locals[i].type == VT_I64) n++;
    int *live = arena_alloc(f->arena, sizeof(int) * (size_t)(n + 1));
    n = 0;
    for (int i = 0; i < f->nlocals; i++)
        if (f->locals[i].kind == IRL_TEMP && f->locals[i].busy && f->locals[i].defined && f->locals[i].type == VT_I64) live[n++] = i;
    live[n] = -1;
    ir_leaf(f, op)->u.live = live;
    f->gc_points++;
    if (op == IR_POLL) f->loop_poll_points++;
}

void g_publish(Gen *g) { gc_point(g, IR_PUBLISH); }
void g_poll(Gen *g) { gc_point(g, IR_POLL); }
void g_pop(Gen *g) { ir_leaf(g->f, IR_POP); }

void g_raise(Gen *g, int kind, const char *msg) {
    g_rt(g, "rt_raise");
    uint32_t addr = msg ? g_str(g, msg, strlen(msg)) : 0;
    ir_call(g->f, "rt_raise");
    ir_i32(g->f, kind);
    ir_i32(g->f, (int32_t)addr);
    ir_close(g->f);
    ir_leaf(g->f, IR_UNREACHABLE);
}

void g_raisef(Gen *g, int kind, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    va_list copy;
    va_copy(copy, ap);
    int n = vsnprintf(NULL, 0, fmt, copy);
    va_end(copy);
    char *msg = arena_alloc(g->a, (size_t)n + 1);
    vsnprintf(msg, (size_t)n + 1, fmt, ap);
    va_end(ap);
    g_raise(g, kind, msg);
}

static bool vec_may_poll(Gen *g, const PtrVec *v) {
    for (int i = 0; i < v->len; i++)
        if (v->items[i] && g_may_poll(g, v->items[i])) return true;
    return false;
}

bool g_may_poll(Gen *g, const Expr *e) {
    if (!e) return false;
    switch (e->kind) {
    case E_CALL: {
        const Expr *fn = e->u.call.func;
        /* builtins and methods run in the runtime, which never collects;
         * user code (a def, a lambda, a key= function) polls */
        if (e->call && e->call->runs_user_code) return true;
        if (fn->kind != E_NAME && g_may_poll(g, fn)) return true;
        if (vec_may_poll(g, &e->u.call.args)) return true;
        for (int i = 0; i < e->u.call.keywords.len; i++)
            if (g_may_poll(g, ((const Keyword *)e->u.call.keywords.items[i])->value)) return true;
        return false;
    }
    case E_LISTCOMP:
    case E_SETCOMP:
    case E_DICTCOMP:
    case E_GENEXP: return true;
    case E_BINOP: return g_may_poll(g, e->u.binop.left) || g_may_poll(g, e->u.binop.right);
    case E_UNARY: return g_may_poll(g, e->u.unary.operand);
    case E_AWAIT: return true;
    case E_BOOLOP: return vec_may_poll(g, &e->u.boolop.values);
    case E_COMPARE: return g_may_poll(g, e->u.compare.left) || vec_may_poll(g, &e->u.compare.comparators);
    case E_ATTR: return g_may_poll(g, e->u.attr.value);
    case E_SUBSCRIPT: return g_may_poll(g, e->u.subscript.value) || g_may_poll(g, e->u.subscript.index);
    case E_SLICE: return g_may_poll(g, e->u.slice.lower) || g_may_poll(g, e->u.slice.upper) || g_may_poll(g, e->u.slice.step);
    case E_TUPLE:
    case E_LIST:
    case E_SET: return vec_may_poll(g, &e->u.seq.items);
    case E_DICT: return vec_may_poll(g, &e->u.dict.keys) || vec_may_poll(g, &e->u.dict.values);
    case E_IFEXP: return g_may_poll(g, e->u.ifexp.test) || g_may_poll(g, e->u.ifexp.body) || g_may_poll(g, e->u.ifexp.orelse);
    case E_WALRUS: return g_may_poll(g, e->u.walrus.value);
    case E_STARRED:
    case E_DOUBLESTARRED: return g_may_poll(g, e->u.starred.value);
    case E_FSTRING: return vec_may_poll(g, &e->u.fstr.parts);
    case E_FORMATTED: return g_may_poll(g, e->u.formatted.value) || g_may_poll(g, e->u.formatted.spec);
    default: return false;
    }
}

Operand op_expr(Expr *e) { return (Operand){e, -1, e ? (Type)e->type : T_UNKNOWN}; }

Operand g_spill(Gen *g, Expr *e, Type ty) {
    int t = g_temp(g, ty);
    ir_set(g->f, t);
    gx(g, e, ty);
    ir_close(g->f);
    return (Operand){NULL, t, ty};
}

void gop(Gen *g, Operand o, Type want) {
    if (o.expr) {
        gx(g, o.expr, want);
        return;
    }
    Coercion c = g_coerce_open(g, o.type, want, NULL);
    ir_get(g->f, o.temp);
    g_coerce_close(g, c);
}
