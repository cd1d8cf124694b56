/* Lowering of containers: displays, indexing and slicing, methods and the
 * container builtins (through their rows of sema/methods.c, which sema
 * recorded on the call), iteration and unpacking. Items of containers are
 * always boxed objects. */
#include <string.h>

#include "../rtlink.h"
#include "lower_internal.h"

#define F (g->f)

/* [a, *b, c], (*b, c), {*b, c}: a list (a set) the items and the starred
 * iterables' items go into, in order; a tuple is made of that list. */
static void starred_display(Gen *g, Expr *e) {
    bool set = e->kind == E_SET;
    int t = g_temp(g, T_OBJ);
    const char *make = set ? "rt_set_new" : "rt_list_new";
    const char *put = set ? "rt_set_add" : "rt_list_push", *extend = set ? "rt_set_update" : "rt_list_extend";
    g_rt(g, make);
    ir_block(F, VT_I32, 0, 0);
    ir_set(F, t);
    ir_call(F, make);
    if (!set) ir_i32(F, 0);
    ir_close(F);
    ir_close(F);
    for (int i = 0; i < e->u.seq.items.len; i++) {
        Expr *item = e->u.seq.items.items[i];
        bool star = item->kind == E_STARRED;
        const char *fn = star ? extend : put;
        g_rt(g, fn);
        ir_call(F, fn);
        ir_get(F, t);
        gx(g, star ? item->u.starred.value : item, T_OBJ);
        ir_close(F);
    }
    if (e->kind == E_TUPLE) {
        g_rt(g, "rt_builtin_tuple");
        ir_call(F, "rt_builtin_tuple");
        ir_get(F, t);
        ir_close(F);
    } else {
        ir_get(F, t);
    }
    ir_close(F);
    g_free_temp(g, t);
}

void gdisplay(Gen *g, Expr *e) {
    if (e->kind == E_DICT) {
        int n = e->u.dict.keys.len;
        int t = g_temp(g, T_DICT);
        g_rt(g, "rt_dict_new");
        ir_block(F, VT_I32, 0, 0);
        ir_set(F, t);
        ir_call(F, "rt_dict_new");
        ir_close(F);
        ir_close(F);
        if (n) g_rt(g, "rt_dict_setitem");
        for (int i = 0; i < n; i++) {
            if (!e->u.dict.keys.items[i]) { /* **mapping: its items, in its order */
                g_rt(g, "rt_dict_update");
                ir_call(F, "rt_dict_update");
                ir_get(F, t);
                Expr *m = e->u.dict.values.items[i];
                gx(g, m->kind == E_STARRED || m->kind == E_DOUBLESTARRED ? m->u.starred.value : m, T_OBJ);
                ir_close(F);
                continue;
            }
            Operand key = op_expr(e->u.dict.keys.items[i]);
            /* the key waits in a rooted temporary if the value may collect */
            if (g_may_poll(g, e->u.dict.values.items[i])) key = g_spill(g, key.expr, T_OBJ);
            ir_call(F, "rt_dict_setitem");
            ir_get(F, t);
            gop(g, key, T_OBJ);
            gx(g, e->u.dict.values.items[i], T_OBJ);
            ir_close(F);
            if (!key.expr) g_free_temp(g, key.temp);
        }
        ir_get(F, t);
        ir_close(F);
        g_free_temp(g, t);
        return;
    }
    int n = e->u.seq.items.len;
    for (int i = 0; i < n; i++)
        if (((Expr *)e->u.seq.items.items[i])->kind == E_STARRED) {
            starred_display(g, e);
            return;
        }
    int t = g_temp(g, T_OBJ);
    if (sema_float_display(e)) { /* a list of floats, its items stored unboxed */
        g_rt(g, "rt_list_new_floats");
        ir_block(F, VT_I32, 0, 0);
        ir_set(F, t);
        ir_call(F, "rt_list_new_floats");
        ir_i32(F, n);
        ir_close(F);
        ir_close(F);
        for (int i = 0; i < n; i++) {
            ir_store(F, IR_F64_STORE, 16u * (uint32_t)i); /* RtFloatItem i's value */
            ir_load(F, IR_I32_LOAD, 16);                   /* RtList.data */
            ir_get(F, t);
            ir_close(F);
            gx(g, e->u.seq.items.items[i], T_FLOAT);
            ir_close(F);
        }
        ir_get(F, t);
        ir_close(F);
        g_free_temp(g, t);
        return;
    }
    const char *make = e->kind == E_TUPLE ? "rt_tuple_new" : e->kind == E_LIST ? "rt_list_new" : "rt_set_new";
    g_rt(g, make);
    ir_block(F, VT_I32, 0, 0);
    ir_set(F, t);
    ir_call(F, make);
    if (e->kind != E_SET) ir_i32(F, n);
    ir_close(F);
    ir_close(F);
    const char *put = e->kind == E_TUPLE ? "rt_tuple_set" : e->kind == E_LIST ? "rt_list_push" : "rt_set_add";
    if (n) g_rt(g, put);
    for (int i = 0; i < n; i++) {
        ir_call(F, put);
        ir_get(F, t);
        if (e->kind == E_TUPLE) ir_i32(F, i);
        gx(g, e->u.seq.items.items[i], T_OBJ);
        ir_close(F);
    }
    ir_get(F, t);
    ir_close(F);
    g_free_temp(g, t);
}

/* start, stop, step and the flags saying which were given. */
static void slice_args(Gen *g, Expr *sl) {
    Expr *parts[3] = {sl->u.slice.lower, sl->u.slice.upper, sl->u.slice.step};
    int flags = 0;
    for (int i = 0; i < 3; i++) {
        if (parts[i]) {
            gx(g, parts[i], T_INT);
            flags |= 1 << i;
        } else {
            ir_i64(F, 0);
        }
    }
    ir_i32(F, flags);
}

/* (i64.lt_u ti (len tl)): 0 <= i < len(list), the index of an item */
static void list_index_ok(Gen *g, int tl, int ti) {
    ir_open(F, IR_I64_LT_U);
    ir_get(F, ti);
    ir_open(F, IR_I64_EXTEND_I32_U);
    ir_load(F, IR_I32_LOAD, 8); /* RtList.len */
    ir_get(F, tl);
    ir_close(F);
    ir_close(F);
    ir_close(F);
}

static void item_index(Gen *g, int ti, int ix);

/* the address of item i (item_index ti ix) of list tl (an index checked):
 * data + (i << shift), shift 2 for an object, 0 for a byte of a list of
 * bools, 4 for an RtFloatItem */
static void item_addr(Gen *g, int tl, int ti, int ix, int shift) {
    ir_open(F, IR_I32_ADD);
    ir_load(F, IR_I32_LOAD, 16); /* RtList.data */
    ir_get(F, tl);
    ir_close(F);
    if (shift) ir_open(F, IR_I32_SHL);
    item_index(g, ti, ix);
    if (shift) {
        ir_i32(F, shift);
        ir_close(F);
    }
    ir_close(F);
}

/* the same with the index the i64 in temp ti */
static void list_item_addr(Gen *g, int tl, int ti, int shift) { item_addr(g, tl, ti, -1, shift); }

/* i32, nonzero: the list in temp tl has flag (RT_FLAG_LIST_BOOLS: it
 * holds bools, one byte an item, the runtime's `[False] * n`;
 * RT_FLAGS_LIST_UNBOXED: bools or floats, no objects):
 * (i32.and (type_flags tl) flag) */
static void list_flag(Gen *g, int tl, uint32_t flag) {
    ir_open(F, IR_I32_AND);
    ir_load(F, IR_I32_LOAD, 0); /* RtHeader.type_flags */
    ir_get(F, tl);
    ir_close(F);
    ir_i32(F, (int32_t)flag);
    ir_close(F);
}

static void list_of_bools(Gen *g, int tl) { list_flag(g, tl, RT_FLAG_LIST_BOOLS); }

/* the list (operand v) into temp tl, then the index into temp ti, as an
 * int or an object (it: T_INT, T_OBJ) (lk: what v is known to be) */
static void list_and_index(Gen *g, Operand v, Expr *index, int tl, int ti, Type it, ListKnown lk) {
    ir_set(F, tl);
    gop(g, v, lk != LK_ANY ? T_LIST : T_OBJ);
    ir_close(F);
    ir_set(F, ti);
    gx(g, index, it);
    ir_close(F);
}

/* i32: the object in temp to is a list of objects (flag 0; exactly: an
 * instance of a subclass of list is not, nor a list of bools or floats),
 * of bools (flag RT_FLAG_LIST_BOOLS) or of floats (RT_FLAG_LIST_FLOATS):
 * its type under a mask that keeps the flags */
static void is_list_of(Gen *g, int to, uint32_t flag) {
    ir_open(F, IR_I32_EQ);
    ir_open(F, IR_I32_AND);
    ir_load(F, IR_I32_LOAD, 0); /* RtHeader.type_flags */
    ir_get(F, to);
    ir_close(F);
    ir_i32(F, (int32_t)(RT_TYPE_MASK | RT_FLAGS_LIST_UNBOXED));
    ir_close(F);
    ir_i32(F, (int32_t)(RT_TYPE_LIST | flag));
    ir_close(F);
}

static void is_object_list(Gen *g, int to) { is_list_of(g, to, 0); }

/* i32: temp tl (anything) is a list of that flag (is_list_of) and ti an
 * index of one of its items, the length read only from such a list:
 * (if (result i32) (is_list_of tl flag) (then (index ok)) (else 0)) */
static void tested_item_ok(Gen *g, int tl, int ti, uint32_t flag) {
    ir_if(F, VT_I32);
    is_list_of(g, tl, flag);
    ir_open(F, IR_THEN);
    list_index_ok(g, tl, ti);
    ir_close(F);
    ir_open(F, IR_ELSE);
    ir_i32(F, 0);
    ir_close(F);
    ir_close(F);
}

ListKnown g_list_known(Gen *g, const Expr *container) {
    (void)g;
    if (container->type != T_LIST) return LK_ANY;
    return container->kind == E_NAME && sema_object_list_var(container->sym) ? LK_OBJECTS : LK_LIST;
}

/* i32: temp tl holds a list (tested unless known: a list of objects) and
 * ti an index of one of its items */
static void list_item_ok(Gen *g, int tl, int ti, ListKnown lk) {
    if (lk != LK_ANY) list_index_ok(g, tl, ti);
    else tested_item_ok(g, tl, ti, 0);
}

/* i32: temp tl holds a list of objects (tested unless known one: a list
 * known only as a list has its kind flags tested) and ti an index of one
 * of its items */
static void object_item_ok(Gen *g, int tl, int ti, ListKnown lk) {
    if (lk != LK_LIST) {
        list_item_ok(g, tl, ti, lk);
        return;
    }
    ir_open(F, IR_I32_AND);
    list_index_ok(g, tl, ti);
    ir_open(F, IR_I32_EQZ);
    list_flag(g, tl, RT_FLAGS_LIST_UNBOXED);
    ir_close(F);
    ir_close(F);
}

/* i32: temp tl holds a list of bools (tested unless known a list: only
 * its flag then) and ti an index of one of its items */
static void bool_item_ok(Gen *g, int tl, int ti, ListKnown lk) {
    if (lk != LK_LIST) {
        tested_item_ok(g, tl, ti, RT_FLAG_LIST_BOOLS);
        return;
    }
    ir_open(F, IR_I32_AND);
    list_index_ok(g, tl, ti);
    ir_open(F, IR_I32_NE); /* 0 or 1, as the index test */
    list_of_bools(g, tl);
    ir_i32(F, 0);
    ir_close(F);
    ir_close(F);
}

/* i32: item ti of the list in temp tl, a list of objects or of bools:
 * (i32.load (items + 4i)) or (select True False (i32.load8_u (data + i))) */
static void object_item(Gen *g, int tl, int ti) {
    ir_load(F, IR_I32_LOAD, 0);
    list_item_addr(g, tl, ti, 2);
    ir_close(F);
}

static void bool_item(Gen *g, int tl, int ti) {
    g_box_open(g, T_BOOL);
    ir_load(F, IR_I32_LOAD8_U, 0);
    list_item_addr(g, tl, ti, 0);
    ir_close(F);
    ir_close(F);
}

/* the index of an item: temp ix (an i32), or the i64 in temp ti when ix < 0 */
static void item_index(Gen *g, int ti, int ix) {
    if (ix >= 0) {
        ir_get(F, ix);
        return;
    }
    ir_open(F, IR_I32_WRAP_I64);
    ir_get(F, ti);
    ir_close(F);
}

/* i32: item i (item_index) of the list of bools or floats in temp tl: a
 * bool's byte, or a float's box when it has one, inline; a float without
 * one by the runtime, which makes it once and keeps it (its identity):
 *   (if (result i32) (of bools) (then byte)
 *     (else (if (result i32) (local.tee tb <box>) (then tb) (else (call $rt_list_item_at tl i))))) */
static void unboxed_item(Gen *g, int tl, int ti, int ix) {
    g_rt(g, "rt_list_item_at");
    ir_if(F, VT_I32);
    list_of_bools(g, tl);
    ir_open(F, IR_THEN);
    g_box_open(g, T_BOOL);
    ir_load(F, IR_I32_LOAD8_U, 0);
    item_addr(g, tl, ti, ix, 0);
    ir_close(F);
    ir_close(F);
    ir_close(F);
    ir_open(F, IR_ELSE);
    int tb = g_temp(g, T_BOOL);
    ir_if(F, VT_I32);
    ir_tee(F, tb);
    ir_load(F, IR_I32_LOAD, 8); /* RtFloatItem.box */
    item_addr(g, tl, ti, ix, 4);
    ir_close(F);
    ir_close(F);
    ir_open(F, IR_THEN);
    ir_get(F, tb);
    ir_close(F);
    ir_open(F, IR_ELSE);
    ir_call(F, "rt_list_item_at");
    ir_get(F, tl);
    item_index(g, ti, ix);
    ir_close(F);
    ir_close(F);
    ir_close(F);
    g_free_temp(g, tb);
    ir_close(F);
    ir_close(F);
}

/* c[i] of the container in temp tc, the int in temp ti: a list's item at
 * 0 <= i < len loaded inline (a list of bools' byte as True or False),
 * anything else (a negative index, IndexError, another container) by
 * rt_dyn_getitem_int. A list of objects takes the first test (a list of
 * floats the runtime's path: generated arithmetic reads its items
 * unboxed, lower_num_spec.c):
 *   known a list of objects: (if (index ok) (then item) (else call))
 *   known a list:            (if (index ok) (then (if (unboxed) (then unboxed_item) (else item))) (else call))
 *   any object:              (if (a list of objects, index ok) (then item)
 *                              (else (if (a list of bools, index ok) (then byte) (else call)))) */
void g_item_get_int(Gen *g, int tc, int ti, ListKnown lk) {
    g_rt(g, "rt_dyn_getitem_int");
    ir_if(F, VT_I32);
    list_item_ok(g, tc, ti, lk);
    ir_open(F, IR_THEN);
    if (lk == LK_LIST) {
        ir_if(F, VT_I32);
        list_flag(g, tc, RT_FLAGS_LIST_UNBOXED);
        ir_open(F, IR_THEN);
        unboxed_item(g, tc, ti, -1);
        ir_close(F);
        ir_open(F, IR_ELSE);
        object_item(g, tc, ti);
        ir_close(F);
        ir_close(F);
    } else {
        object_item(g, tc, ti);
    }
    ir_close(F);
    ir_open(F, IR_ELSE);
    if (lk == LK_ANY) {
        ir_if(F, VT_I32);
        tested_item_ok(g, tc, ti, RT_FLAG_LIST_BOOLS);
        ir_open(F, IR_THEN);
        bool_item(g, tc, ti);
        ir_close(F);
        ir_open(F, IR_ELSE);
    }
    ir_call(F, "rt_dyn_getitem_int");
    ir_get(F, tc);
    ir_get(F, ti);
    ir_close(F);
    if (lk == LK_ANY) {
        ir_close(F);
        ir_close(F);
    }
    ir_close(F);
    ir_close(F);
}

/* ---- lists of floats ---- */

bool g_float_item_applies(Gen *g, const Expr *e) {
    if (e->kind != E_SUBSCRIPT || e->type != T_OBJ) return false;
    const Expr *c = e->u.subscript.value, *index = e->u.subscript.index;
    if (index->type != T_INT && index->type != T_BOOL) return false;
    if (c->type == T_OBJ) return true;
    return c->type == T_LIST && g_list_known(g, c) != LK_OBJECTS;
}

void g_float_item_ok(Gen *g, int tl, int ti) { tested_item_ok(g, tl, ti, RT_FLAG_LIST_FLOATS); }

/* (local.set ta <item ti's address>), ta a new i32 temp (returned) */
static int float_item_addr(Gen *g, int tl, int ti) {
    int ta = g_temp(g, T_BOOL);
    ir_set(F, ta);
    list_item_addr(g, tl, ti, 4);
    ir_close(F);
    return ta;
}

void g_float_item_store(Gen *g, int tl, int ti, int fv) {
    int ta = float_item_addr(g, tl, ti);
    ir_store(F, IR_F64_STORE, 0); /* RtFloatItem.value */
    ir_get(F, ta);
    ir_get(F, fv);
    ir_close(F);
    ir_store(F, IR_I32_STORE, 8); /* RtFloatItem.box */
    ir_get(F, ta);
    ir_i32(F, 0);
    ir_close(F);
    g_free_temp(g, ta);
}

void g_float_item_leaf(Gen *g, Expr *e, int tl, int ti, int tk, int fv, int ov) {
    Expr *c = e->u.subscript.value;
    ListKnown lk = c->type == T_LIST ? g_list_known(g, c) : LK_ANY;
    list_and_index(g, op_expr(c), e->u.subscript.index, tl, ti, T_INT, lk);
    g_float_item_read(g, tl, ti, lk, tk, fv, ov);
}

void g_float_item_read(Gen *g, int tl, int ti, ListKnown lk, int tk, int fv, int ov) {
    ir_if(F, VT_NONE);
    g_float_item_ok(g, tl, ti);
    ir_open(F, IR_THEN);
    ir_set(F, tk);
    ir_i32(F, RT_TYPE_FLOAT);
    ir_close(F);
    int ta = float_item_addr(g, tl, ti);
    ir_set(F, fv);
    ir_load(F, IR_F64_LOAD, 0); /* RtFloatItem.value */
    ir_get(F, ta);
    ir_close(F);
    ir_close(F);
    ir_set(F, ov);
    ir_load(F, IR_I32_LOAD, 8); /* RtFloatItem.box */
    ir_get(F, ta);
    ir_close(F);
    ir_close(F);
    g_free_temp(g, ta);
    ir_close(F); /* then */
    ir_open(F, IR_ELSE);
    /* a list of objects' item inline, anything else the runtime's (a
     * bool, from a list of bools, is no number the tree computes with) */
    g_rt(g, "rt_dyn_getitem_int");
    ir_set(F, ov);
    ir_if(F, VT_I32);
    object_item_ok(g, tl, ti, lk);
    ir_open(F, IR_THEN);
    object_item(g, tl, ti);
    ir_close(F);
    ir_open(F, IR_ELSE);
    ir_call(F, "rt_dyn_getitem_int");
    ir_get(F, tl);
    ir_get(F, ti);
    ir_close(F);
    ir_close(F);
    ir_close(F);
    ir_close(F);
    ir_set(F, tk);
    g_type_code(F, ov);
    ir_close(F);
    ir_if(F, VT_NONE);
    ir_open(F, IR_I32_EQ);
    ir_get(F, tk);
    ir_i32(F, RT_TYPE_FLOAT);
    ir_close(F);
    ir_open(F, IR_THEN);
    ir_set(F, fv);
    ir_load(F, IR_F64_LOAD, 8); /* RtFloat.value */
    ir_get(F, ov);
    ir_close(F);
    ir_close(F);
    ir_close(F);
    ir_close(F); /* if float */
    ir_close(F); /* else */
    ir_close(F); /* if */
}

/* i32: whether the object in temp tv is True or False */
static void is_bool_object(Gen *g, int tv) {
    ir_open(F, IR_I32_OR);
    for (int b = 1; b >= 0; b--) {
        ir_open(F, IR_I32_EQ);
        ir_get(F, tv);
        ir_i32(F, (int32_t)rtlib_bool_obj(g->lib, b));
        ir_close(F);
    }
    ir_close(F);
}

/* c[i] = v (temps), the same way: inline into a list's item (a bool into
 * a list of bools as a byte), else rt_dyn_setitem_int (whose errors point
 * at target, when given), which also turns a list of bools given another
 * value into objects (and stores into a list of floats). Unless known a
 * list of objects:
 *   (if (a list of objects, index ok) (then store)
 *     (else (if (i32.and (a list of bools, index ok) (bool v)) (then store8)
 *       (else (call $rt_dyn_setitem_int c i v))))) */
void g_item_set_int(Gen *g, int tc, int ti, int tv, ListKnown lk, Expr *target) {
    g_rt(g, "rt_dyn_setitem_int");
    g_rt(g, "rt_box_bool"); /* the data of True and False */
    ir_if(F, VT_NONE);
    object_item_ok(g, tc, ti, lk);
    ir_open(F, IR_THEN);
    ir_store(F, IR_I32_STORE, 0);
    list_item_addr(g, tc, ti, 2);
    ir_get(F, tv);
    ir_close(F);
    ir_close(F);
    ir_open(F, IR_ELSE);
    if (lk != LK_OBJECTS) {
        ir_if(F, VT_NONE);
        ir_open(F, IR_I32_AND);
        bool_item_ok(g, tc, ti, lk);
        is_bool_object(g, tv);
        ir_close(F);
        ir_open(F, IR_THEN);
        ir_store(F, IR_I32_STORE8, 0);
        list_item_addr(g, tc, ti, 0);
        ir_open(F, IR_I32_EQ);
        ir_get(F, tv);
        ir_i32(F, (int32_t)rtlib_bool_obj(g->lib, 1));
        ir_close(F);
        ir_close(F);
        ir_close(F);
        ir_open(F, IR_ELSE);
    }
    SiteRef here; /* a failing store points at its target */
    const void *outer = target ? g_expr_site_enter(g, target, &here) : F->site_key;
    ir_call(F, "rt_dyn_setitem_int");
    ir_get(F, tc);
    ir_get(F, ti);
    ir_get(F, tv);
    ir_close(F);
    F->site_key = outer;
    if (lk != LK_OBJECTS) {
        ir_close(F);
        ir_close(F); /* if store8 */
    }
    ir_close(F);
    ir_close(F);
}

/* i32: the truth of e, c[i] with c a list (not known one of objects) and
 * i an int, when e is one (else false, nothing emitted): a list of bools'
 * byte is its truth, anything else the item's (`if flags[i]:`):
 *   (if (result i32) (a list of bools, index ok) (then (i32.load8_u item))
 *     (else (truth of c[i] as list_item reads it)))
 * Only when i cannot poll: c waits in a temp while i runs. */
bool g_item_truth(Gen *g, Expr *e) {
    if (e->kind != E_SUBSCRIPT || e->type != T_OBJ) return false;
    Expr *c = e->u.subscript.value, *index = e->u.subscript.index;
    if (c->type != T_LIST || index->kind == E_SLICE || (index->type != T_INT && index->type != T_BOOL))
        return false;
    ListKnown lk = g_list_known(g, c);
    if (lk == LK_OBJECTS || g_may_poll(g, index)) return false;
    int tl = g_temp(g, T_LIST), ti = g_temp(g, T_INT), tv = g_temp(g, T_OBJ);
    ir_block(F, VT_I32, 0, 0);
    list_and_index(g, op_expr(c), index, tl, ti, T_INT, lk);
    ir_if(F, VT_I32);
    bool_item_ok(g, tl, ti, lk);
    ir_open(F, IR_THEN);
    ir_load(F, IR_I32_LOAD8_U, 0);
    list_item_addr(g, tl, ti, 0);
    ir_close(F);
    ir_close(F);
    ir_open(F, IR_ELSE);
    ir_block(F, VT_I32, 0, 0);
    ir_set(F, tv);
    g_item_get_int(g, tl, ti, lk);
    ir_close(F);
    g_truthy_local(g, tv);
    ir_close(F);
    ir_close(F);
    ir_close(F);
    ir_close(F);
    g_free_temp(g, tl);
    g_free_temp(g, ti);
    g_free_temp(g, tv);
    return true;
}

/* list[i] with i an int (lk: what v is known to be). */
static void list_item(Gen *g, Operand v, Expr *index, ListKnown lk) {
    int tl = g_temp(g, lk != LK_ANY ? T_LIST : T_OBJ), ti = g_temp(g, T_INT);
    ir_block(F, VT_I32, 0, 0);
    list_and_index(g, v, index, tl, ti, T_INT, lk);
    g_item_get_int(g, tl, ti, lk);
    ir_close(F);
    g_free_temp(g, tl);
    g_free_temp(g, ti);
}

/* i32: the object index in temp tx is an int object (exactly: a bool, or
 * an instance of a subclass of int, is not), and the container in temp tl
 * a list (tested unless known: a list of objects) */
static void int_index_of_list(Gen *g, int tl, int tx, ListKnown lk) {
    if (lk == LK_ANY) ir_open(F, IR_I32_AND);
    g_type_is(F, tx, RT_TYPE_INT);
    if (lk == LK_ANY) {
        is_object_list(g, tl);
        ir_close(F);
    }
}

/* What the container is known to be once int_index_of_list holds. */
static ListKnown tested(ListKnown lk) { return lk == LK_ANY ? LK_OBJECTS : lk; }

/* list[x] with x an object (a list's item, an int a loop read from one):
 * a list and an int object take list_item's path, anything else
 * rt_dyn_getitem with the object itself. */
static void list_item_by_object(Gen *g, Operand v, Expr *index, ListKnown lk) {
    int tl = g_temp(g, lk != LK_ANY ? T_LIST : T_OBJ), tx = g_temp(g, T_OBJ), ti = g_temp(g, T_INT);
    g_rt(g, "rt_dyn_getitem");
    ir_block(F, VT_I32, 0, 0);
    list_and_index(g, v, index, tl, tx, T_OBJ, lk);
    ir_if(F, VT_I32);
    int_index_of_list(g, tl, tx, lk);
    ir_open(F, IR_THEN);
    g_int_object_value(F, ti, tx);
    g_item_get_int(g, tl, ti, tested(lk));
    ir_close(F);
    ir_open(F, IR_ELSE);
    ir_call(F, "rt_dyn_getitem");
    ir_get(F, tl);
    ir_get(F, tx);
    ir_close(F);
    ir_close(F);
    ir_close(F); /* if */
    ir_close(F); /* block */
    g_free_temp(g, tl);
    g_free_temp(g, tx);
    g_free_temp(g, ti);
}

/* value[index] (e is the subscript, typed by sema). */
static void subscript_of(Gen *g, Expr *e, Operand v) {
    Expr *index = e->u.subscript.index;
    if (e->type == T_NEVER) {
        ir_open(F, IR_DROP);
        gop(g, v, v.type == T_NEVER ? T_INT : v.type);
        ir_close(F);
        g_raisef(g, RT_EXC_TYPE, "'%s' object is not subscriptable", type_name(v.type));
        return;
    }
    const char *fn;
    Type vt_want, it_want = T_OBJ;
    bool one_char = false; /* str[i]: a new str of one character */
    if (index->kind == E_SLICE && index->type == T_OBJ) { /* a slice object (sema_slice_bounds) */
        fn = "rt_dyn_getitem";
        vt_want = T_OBJ;
    } else if (index->kind == E_SLICE) {
        fn = v.type == T_STR ? "rt_str_slice" : "rt_dyn_getslice";
        vt_want = v.type == T_STR ? T_STR : T_OBJ;
    } else if (v.type == T_STR && type_is_object(index->type)) {
        fn = "rt_dyn_getitem"; /* an index known at run time only: an int or a slice object */
        vt_want = T_STR;
    } else if (v.type == T_STR) {
        fn = "rt_str_getitem";
        vt_want = T_STR;
        it_want = T_INT;
        one_char = true;
    } else if ((index->type == T_INT || index->type == T_BOOL) && (v.type == T_LIST || v.type == T_OBJ)) {
        list_item(g, v, index, v.type == T_LIST ? g_list_known(g, e->u.subscript.value) : LK_ANY);
        return;
    } else if (index->type == T_OBJ && index->kind != E_SLICE && (v.type == T_LIST || v.type == T_OBJ)) {
        list_item_by_object(g, v, index, v.type == T_LIST ? g_list_known(g, e->u.subscript.value) : LK_ANY);
        return;
    } else if (index->type == T_INT || index->type == T_BOOL) {
        /* any container: the runtime boxes the index only where it must */
        fn = "rt_dyn_getitem_int";
        vt_want = v.type == T_LIST || v.type == T_TUPLE ? v.type : T_OBJ;
        it_want = T_INT;
    } else {
        fn = "rt_dyn_getitem";
        vt_want = T_OBJ;
    }
    g_rt(g, fn);
    ir_call(F, fn);
    if (one_char) g_peek(g, v.expr, g_may_poll(g, index)); /* keeps nothing of v */
    gop(g, v, vt_want);
    g_peek_end(g);
    if (index->kind == E_SLICE && index->type != T_OBJ) slice_args(g, index);
    else gx(g, index, it_want);
    ir_close(F);
}

/* A slice inside a tuple index (m[1:2, 0]) is a slice object:
 * slice(lower, upper, step), None for a part left out. */
void g_slice_value(Gen *g, Expr *sl) {
    Expr *parts[3] = {sl->u.slice.lower, sl->u.slice.upper, sl->u.slice.step};
    Operand ops[3];
    bool spill = false;
    for (int i = 0; i < 3; i++) {
        ops[i] = op_expr(parts[i]);
        if (i && parts[i] && g_may_poll(g, parts[i])) spill = true;
    }
    if (spill) {
        ir_block(F, VT_I32, 0, 0);
        for (int i = 0; i < 3; i++)
            if (parts[i]) ops[i] = g_spill(g, parts[i], T_OBJ);
    }
    g_rt(g, "rt_builtin_slice");
    ir_call(F, "rt_builtin_slice");
    for (int i = 0; i < 3; i++) {
        if (parts[i]) {
            gop(g, ops[i], T_OBJ);
            continue;
        }
        g_rt(g, "rt_none");
        ir_call(F, "rt_none");
        ir_close(F);
    }
    ir_close(F);
    if (spill) {
        ir_close(F);
        for (int i = 0; i < 3; i++)
            if (parts[i]) g_free_temp(g, ops[i].temp);
    }
}

void gsubscript(Gen *g, Expr *e) {
    Expr *v = e->u.subscript.value, *index = e->u.subscript.index;
    if (type_is_object(v->type) && g_may_poll(g, index)) {
        /* the container waits in a rooted temporary */
        ir_block(F, vt(e->type == T_NEVER ? T_INT : e->type), 0, 0);
        Operand sv = g_spill(g, v, v->type);
        subscript_of(g, e, sv);
        ir_close(F);
        g_free_temp(g, sv.temp);
        return;
    }
    subscript_of(g, e, op_expr(v));
}

/* What an argument of kind spec (MethodSig.args) of static type t is
 * lowered to: a float ('F') from a number, or from any other value as an
 * object that rt_math_float_arg converts as CPython's PyFloat_AsDouble
 * (__float__, __index__; else "must be real number, not str"). */
static Type arg_want(char spec, Type t) {
    if (spec == 'F') return type_is_number(t) || t == T_NEVER || t == T_UNKNOWN ? T_FLOAT : T_OBJ;
    return spec == 'I' ? T_INT : spec == 'S' ? T_STR : T_OBJ;
}

/* An own generator passed to a 'G' parameter (CallInfo.collecting): the
 * callee roots what it holds while it iterates, so the generator's body
 * may collect (rt_gen.c). */
static void pass_arg(Gen *g, Operand o, char spec, bool collecting) {
    Type t = o.expr ? (Type)o.expr->type : o.type, want = arg_want(spec, t);
    if (collecting) {
        g_rt(g, "rt_gen_collecting");
        ir_call(F, "rt_gen_collecting");
        gop(g, o, T_OBJ);
        ir_close(F);
        return;
    }
    if (spec == 'F' && want == T_OBJ) {
        g_rt(g, "rt_math_float_arg");
        ir_call(F, "rt_math_float_arg");
        gop(g, o, T_OBJ);
        ir_close(F);
        return;
    }
    gop(g, o, want);
}

/* A call through a MethodSig row: the runtime function with the receiver
 * (NULL for builtins) and the arguments, then the constant fills. */
void g_table_call(Gen *g, const MethodSig *m, Expr *recv_expr, Expr *e) {
    Operand *args = arena_alloc(g->a, sizeof(Operand) * (size_t)(m->nargs + 1));
    Operand recv = op_expr(recv_expr);
    bool spill = false;
    unsigned collecting = e->call->sig == m ? e->call->collecting : 0;
    for (int i = 0; i < m->nargs; i++) {
        args[i] = op_expr(e->u.call.args.items[i]);
        if (g_may_poll(g, args[i].expr)) spill = true;
    }
    bool value_none = m->ret == T_NONE;
    /* a str method giving a number or a bool keeps nothing of its receiver */
    bool peek = recv_expr && m->recv == T_STR && (m->ret == T_INT || m->ret == T_BOOL || m->ret == T_FLOAT);
    if (spill || value_none) ir_block(F, value_none ? VT_I32 : vt(m->ret), 0, 0);
    if (spill) {
        /* receiver and arguments into rooted temporaries, in order */
        if (peek) g_peek(g, recv_expr, true);
        if (recv_expr) recv = g_spill(g, recv_expr, recv_expr->type == T_STR ? T_STR : T_OBJ);
        g_peek_end(g);
        for (int i = 0; i < m->nargs; i++)
            args[i] = g_spill(g, args[i].expr, arg_want(m->args[i], args[i].expr->type));
        if (value_none) ir_block(F, VT_I32, 0, 0);
    }
    /* a standard library function calling user code back ('C': a key
     * function), or iterating a generator that collects ('G'), may
     * collect: the frame is published first (the arguments computed
     * inline are the callee's to root; an own generator may poll, so the
     * arguments are in temporaries) */
    if (strchr(m->args, 'C') || collecting) g_publish(g);
    g_rt(g, m->rt_fn);
    ir_call(F, m->rt_fn);
    if (peek && !spill) g_peek(g, recv.expr, false);
    if (recv_expr) gop(g, recv, recv.type == T_STR ? T_STR : T_OBJ);
    g_peek_end(g);
    for (int i = 0; i < m->nargs; i++) pass_arg(g, args[i], m->args[i], collecting >> i & 1);
    g_row_fill(g, m, e->call->reverse);
    ir_close(F);
    if (value_none) {
        ir_i32(F, 0);
        ir_close(F); /* the block yielding None (inside the spill block) */
    }
    if (spill) {
        ir_close(F);
        for (int i = 0; i < m->nargs; i++) g_free_temp(g, args[i].temp);
        if (recv_expr) g_free_temp(g, recv.temp);
    }
}

/* The constant arguments a row appends (reverse= of sort()/sorted()
 * replaces the 'z' fill). */
void g_row_fill(Gen *g, const MethodSig *m, Expr *reverse) {
    for (const char *f = m->fill; *f; f++) {
        switch (*f) {
        case 'N': ir_i32(F, 0); break;
        case 'n':
            g_rt(g, "rt_none");
            ir_call(F, "rt_none");
            ir_close(F);
            break;
        case 'm': ir_i64(F, -1); break;
        case 'y': ir_i64(F, 0); break;
        case 'o': ir_i64(F, 1); break;
        case 'e': ir_i32(F, (int32_t)g_str(g, "", 0)); break;
        case 'z':
            if (reverse) gcond(g, reverse);
            else ir_i32(F, 0);
            break;
        }
    }
}

void gmethod_call(Gen *g, Expr *e) {
    Expr *recv = e->u.call.func->u.attr.value;
    const MethodSig *m = e->call->sig;
    if (!m || e->type == T_NEVER) {
        ir_open(F, IR_DROP);
        gx(g, recv, recv->type == T_NEVER ? T_INT : recv->type);
        ir_close(F);
        g_raisef(g, RT_EXC_TYPE, "'%s' object has no attribute '%s'", type_name(recv->type), e->u.call.func->u.attr.name);
        return;
    }
    g_table_call(g, m, recv, e);
}

bool gcontainer_builtin(Gen *g, Expr *e) {
    int n = e->u.call.args.len;
    if (e->call->builtin == BI_RANGE) {
        g_rt(g, "rt_range_new");
        ir_call(F, "rt_range_new");
        if (n == 1) ir_i64(F, 0);
        gx(g, e->u.call.args.items[0], T_INT);
        if (n >= 2) gx(g, e->u.call.args.items[1], T_INT);
        if (n == 3) gx(g, e->u.call.args.items[2], T_INT);
        else ir_i64(F, 1);
        ir_close(F);
        return true;
    }
    const MethodSig *m = e->call->sig;
    if (!m) return false;
    g_table_call(g, m, NULL, e);
    return true;
}

/* (local.set tl (call $rt_builtin_list (call $rt_dyn_getslice seq from to 1 flags))):
 * the middle of a sequence as a list (starred targets and patterns). */
void g_middle_list(Gen *g, int tl, int seq, int star, int n) {
    g_rt(g, "rt_builtin_list");
    g_rt(g, "rt_dyn_getslice");
    ir_set(F, tl);
    ir_call(F, "rt_builtin_list");
    ir_call(F, "rt_dyn_getslice");
    ir_get(F, seq);
    ir_i64(F, star);
    ir_i64(F, -(n - 1 - star));
    ir_i64(F, 1);
    ir_i32(F, n - 1 - star ? 3 : 1);
    ir_close(F);
    ir_close(F);
    ir_close(F);
}

/* (local.set ti (call $rt_dyn_getitem_int seq (i64.const i))) */
void g_item_at(Gen *g, int ti, int seq, int64_t i) {
    g_rt(g, "rt_dyn_getitem_int");
    ir_set(F, ti);
    ir_call(F, "rt_dyn_getitem_int");
    ir_get(F, seq);
    ir_i64(F, i);
    ir_close(F);
    ir_close(F);
}

/* list[i] = the value of temp t with i an int: an index from 0 to len - 1
 * stores inline, any other is rt_dyn_setitem_int's (negative, IndexError). */
static void list_store(Gen *g, Expr *target, Operand c, int t, Type ty, ListKnown lk) {
    int tl = g_temp(g, lk != LK_ANY ? T_LIST : T_OBJ), ti = g_temp(g, T_INT), tv = g_temp(g, T_OBJ);
    list_and_index(g, c, target->u.subscript.index, tl, ti, T_INT, lk);
    /* a float into a list of floats, a bool into a list of bools: no box */
    bool unboxed = (ty == T_FLOAT || ty == T_BOOL) && lk != LK_OBJECTS;
    if (unboxed) {
        ir_if(F, VT_NONE);
        if (ty == T_FLOAT) g_float_item_ok(g, tl, ti);
        else bool_item_ok(g, tl, ti, lk);
        ir_open(F, IR_THEN);
        if (ty == T_FLOAT) {
            g_float_item_store(g, tl, ti, t);
        } else {
            ir_store(F, IR_I32_STORE8, 0);
            list_item_addr(g, tl, ti, 0);
            ir_get(F, t);
            ir_close(F);
        }
        ir_close(F);
        ir_open(F, IR_ELSE);
    }
    ir_set(F, tv);
    g_box_temp(g, t, ty);
    ir_close(F);
    g_item_set_int(g, tl, ti, tv, lk, target);
    if (unboxed) {
        ir_close(F);
        ir_close(F);
    }
    g_free_temp(g, tl);
    g_free_temp(g, ti);
    g_free_temp(g, tv);
}

/* list[x] = the value of temp t with x an object: a list and an int
 * object store as list_store, anything else by rt_dyn_setitem with the
 * object itself. */
static void list_store_by_object(Gen *g, Expr *target, Operand c, int t, Type ty, ListKnown lk) {
    int tl = g_temp(g, lk != LK_ANY ? T_LIST : T_OBJ), tx = g_temp(g, T_OBJ), ti = g_temp(g, T_INT), tv = g_temp(g, T_OBJ);
    g_rt(g, "rt_dyn_setitem");
    list_and_index(g, c, target->u.subscript.index, tl, tx, T_OBJ, lk);
    ir_set(F, tv);
    g_box_temp(g, t, ty);
    ir_close(F);
    ir_if(F, VT_NONE);
    int_index_of_list(g, tl, tx, lk);
    ir_open(F, IR_THEN);
    g_int_object_value(F, ti, tx);
    g_item_set_int(g, tl, ti, tv, tested(lk), target);
    ir_close(F);
    ir_open(F, IR_ELSE);
    SiteRef here; /* a failing store points at its target */
    const void *outer = g_expr_site_enter(g, target, &here);
    ir_call(F, "rt_dyn_setitem");
    ir_get(F, tl);
    ir_get(F, tx);
    ir_get(F, tv);
    ir_close(F);
    F->site_key = outer;
    ir_close(F);
    ir_close(F); /* if */
    g_free_temp(g, tl);
    g_free_temp(g, tx);
    g_free_temp(g, ti);
    g_free_temp(g, tv);
}

/* Store the value held in temp t (of type ty) into a target. */
void gstore_temp(Gen *g, Expr *target, int t, Type ty) {
    switch (target->kind) {
    case E_NAME: g_store_sym(g, target->sym, t, ty); return;
    case E_ATTR: g_setattr_temp(g, target, t, ty); return;
    case E_SUBSCRIPT: {
        Expr *index = target->u.subscript.index;
        Operand c = op_expr(target->u.subscript.value);
        /* an int index is not boxed (the runtime does where it must) */
        int by_int = index->type == T_INT || index->type == T_BOOL;
        if (by_int && (c.type == T_LIST || c.type == T_OBJ)) {
            list_store(g, target, c, t, ty, c.type == T_LIST ? g_list_known(g, target->u.subscript.value) : LK_ANY);
            return;
        }
        if (index->type == T_OBJ && index->kind != E_SLICE && (c.type == T_LIST || c.type == T_OBJ)) {
            list_store_by_object(g, target, c, t, ty,
                                 c.type == T_LIST ? g_list_known(g, target->u.subscript.value) : LK_ANY);
            return;
        }
        if (g_may_poll(g, index)) c = g_spill(g, c.expr, T_OBJ);
        int slice = index->kind == E_SLICE && index->type != T_OBJ; /* else a slice object, if one */
        const char *fn = slice ? "rt_dyn_setslice" : by_int ? "rt_dyn_setitem_int" : "rt_dyn_setitem";
        g_rt(g, fn);
        SiteRef here; /* a failing store points at its target */
        const void *outer = g_expr_site_enter(g, target, &here);
        ir_call(F, fn);
        gop(g, c, T_OBJ);
        if (slice) slice_args(g, index);
        else gx(g, index, by_int ? T_INT : T_OBJ);
        g_box_temp(g, t, ty);
        ir_close(F);
        F->site_key = outer;
        if (!c.expr) g_free_temp(g, c.temp);
        return;
    }
    case E_TUPLE:
    case E_LIST: {
        if (!type_is_object(ty)) {
            /* unpacking a scalar: box it, the runtime raises the error */
            int tb = g_temp(g, T_OBJ);
            ir_set(F, tb);
            g_box_temp(g, t, ty);
            ir_close(F);
            gstore_temp(g, target, tb, T_OBJ);
            g_free_temp(g, tb);
            return;
        }
        int n = target->u.seq.items.len, star = -1;
        for (int i = 0; i < n; i++)
            if (((Expr *)target->u.seq.items.items[i])->kind == E_STARRED) star = i;
        Type item = ty == T_STR ? T_STR : T_OBJ;
        const char *check = star >= 0 ? "rt_unpack_check_star" : "rt_unpack_check";
        g_rt(g, check);
        SiteRef here = {target->line, target}; /* CPython points at the targets */
        const void *outer = g_site_enter(g, &here);
        int ts = g_temp(g, ty == T_STR ? T_STR : T_OBJ); /* its items, indexable (t may be stored elsewhere too) */
        ir_set(F, ts);
        ir_call(F, check);
        ir_get(F, t);
        ir_i32(F, star >= 0 ? n - 1 : n);
        ir_close(F);
        ir_close(F);
        F->site_key = outer;
        t = ts;
        /* a, *rest, z = seq: the fixed ones by index from either end, the
         * starred one as a list of the middle */
        for (int i = 0; i < n; i++) {
            Expr *sub = target->u.seq.items.items[i];
            if (i == star) {
                int tl = g_temp(g, T_LIST);
                g_middle_list(g, tl, t, star, n);
                gstore_temp(g, sub->u.starred.value, tl, T_LIST);
                g_free_temp(g, tl);
                continue;
            }
            int ti = g_temp(g, item);
            g_item_at(g, ti, t, star < 0 || i < star ? i : -(n - i));
            gstore_temp(g, sub, ti, item);
            g_free_temp(g, ti);
        }
        g_free_temp(g, ts);
        return;
    }
    default: diag_error(g->c, target->line, target->col, "internal error: assignment target not lowered");
    }
}

void gdel(Gen *g, Expr *target) {
    if (target->kind == E_NAME) {
        Symbol *sym = target->sym;
        /* reading it first raises if it is already unbound, as in CPython */
        ir_open(F, IR_DROP);
        gx(g, target, sym->type);
        ir_close(F);
        if (g_sym_is_cell(sym)) {
            g_sym_set_open(g, sym);
            ir_i32(F, 0);
            g_sym_set_close(g, sym);
        }
        g_set_bound(g, sym, 0);
        return;
    }
    if (target->kind == E_ATTR) {
        g_rt(g, "rt_builtin_delattr");
        ir_call(F, "rt_builtin_delattr");
        gx(g, target->u.attr.value, T_OBJ);
        ir_i32(F, (int32_t)g_str(g, target->u.attr.name, strlen(target->u.attr.name)));
        ir_close(F);
        return;
    }
    Expr *index = target->u.subscript.index;
    Operand c = op_expr(target->u.subscript.value);
    if (g_may_poll(g, index)) c = g_spill(g, c.expr, T_OBJ);
    int slice = index->kind == E_SLICE && index->type != T_OBJ; /* else a slice object, if one */
    const char *fn = slice ? "rt_dyn_delslice" : "rt_dyn_delitem";
    g_rt(g, fn);
    ir_call(F, fn);
    gop(g, c, T_OBJ);
    if (slice) slice_args(g, index);
    else gx(g, index, T_OBJ);
    ir_close(F);
    if (!c.expr) g_free_temp(g, c.temp);
}

/* i32: whether the list in temp tl has an item at index ix (i32 temp),
 * then in temp tv, ix moved past it, as CPython's list iterator reads
 * its list (an item appended by the body is reached, a list cut short
 * ends the loop):
 *   (if (result i32) (ix <u len) (then tv = items[ix], ix += 1, 1) (else 0)) */
static void list_next(Gen *g, int tl, int ix, int tv, ListKnown lk) {
    ir_if(F, VT_I32);
    ir_open(F, IR_I32_LT_U);
    ir_get(F, ix);
    ir_load(F, IR_I32_LOAD, 8); /* RtList.len */
    ir_get(F, tl);
    ir_close(F);
    ir_close(F);
    ir_open(F, IR_THEN);
    ir_set(F, tv);
    if (lk == LK_LIST) {
        ir_if(F, VT_I32);
        list_flag(g, tl, RT_FLAGS_LIST_UNBOXED);
        ir_open(F, IR_THEN);
        unboxed_item(g, tl, -1, ix);
        ir_close(F);
        ir_open(F, IR_ELSE);
    }
    ir_load(F, IR_I32_LOAD, 0);
    ir_open(F, IR_I32_ADD);
    ir_load(F, IR_I32_LOAD, 16); /* RtList.data */
    ir_get(F, tl);
    ir_close(F);
    ir_open(F, IR_I32_SHL);
    ir_get(F, ix);
    ir_i32(F, 2);
    ir_close(F);
    ir_close(F);
    ir_close(F);
    if (lk == LK_LIST) {
        ir_close(F);
        ir_close(F); /* if */
    }
    ir_close(F);
    ir_set(F, ix);
    ir_open(F, IR_I32_ADD);
    ir_get(F, ix);
    ir_i32(F, 1);
    ir_close(F);
    ir_close(F);
    ir_i32(F, 1);
    ir_close(F);
    ir_open(F, IR_ELSE);
    ir_i32(F, 0);
    ir_close(F);
    ir_close(F);
}

/* i32: whether the iterator in temp ti has a next item, then in temp tv */
static void iterator_next(Gen *g, int ti, int tv) {
    uint32_t cell = g_scratch(g);
    ir_if(F, VT_I32);
    ir_call(F, "rt_iter_next");
    ir_get(F, ti);
    ir_i32(F, (int32_t)cell);
    ir_close(F);
    ir_open(F, IR_THEN);
    ir_set(F, tv);
    ir_load_i32_at(F, cell);
    ir_close(F);
    ir_i32(F, 1);
    ir_close(F);
    ir_open(F, IR_ELSE);
    ir_i32(F, 0);
    ir_close(F);
    ir_close(F);
}

/* `for target in iter` over a list, or an iterable known only at run
 * time that is one, reads its items in place; anything else (an instance
 * of a subclass of list too) goes through the runtime's iterator. ti holds
 * the list, or the iterator; list the i32 temp of whether it is a list
 * (-1: a list by its type), ix the index of the next item. */
static void fast_iter_open(Gen *g, Expr *iter, Expr *target, int k, int ti, int tv, int *list, int *ix) {
    bool known = iter->type == T_LIST;
    ListKnown lk = g_list_known(g, iter);
    *list = known ? -1 : g_temp(g, T_BOOL);
    *ix = g_temp(g, T_BOOL);
    ir_set(F, ti);
    gx(g, iter, known ? T_LIST : T_OBJ);
    ir_close(F);
    ir_set(F, *ix);
    ir_i32(F, 0);
    ir_close(F);
    if (!known) {
        ir_set(F, *list);
        g_type_is(F, ti, RT_TYPE_LIST); /* of objects, bools or floats */
        ir_close(F);
        ir_if(F, VT_NONE);
        ir_open(F, IR_I32_EQZ);
        ir_get(F, *list);
        ir_close(F);
        ir_open(F, IR_THEN);
        ir_set(F, ti);
        ir_call(F, "rt_iter");
        ir_get(F, ti);
        ir_close(F);
        ir_close(F);
        ir_close(F);
        ir_close(F);
    }
    ir_block(F, VT_NONE, 'd', k);
    ir_loop(F, 'l', k);
    ir_br_if(F, 'd', k);
    ir_open(F, IR_I32_EQZ);
    if (known) {
        list_next(g, ti, *ix, tv, lk);
    } else {
        ir_if(F, VT_I32);
        ir_get(F, *list);
        ir_open(F, IR_THEN);
        list_next(g, ti, *ix, tv, LK_LIST);
        ir_close(F);
        ir_open(F, IR_ELSE);
        iterator_next(g, ti, tv);
        ir_close(F);
        ir_close(F);
    }
    ir_close(F);
    ir_close(F);
    gstore_temp(g, target, tv, T_OBJ);
    ir_block(F, VT_NONE, 'c', k);
}

/* `for target in iter` through the runtime's iterator protocol: opens the
 * loop $dK/$lK, stores each item into target and opens the body block $cK;
 * iter_close ends the body, polls and loops. A list (fast: the iterable
 * may be one, the loop neither resumes a generator nor owns one) is read
 * in place (fast_iter_open: list and ix its temps, else -1). */
static void iter_open(Gen *g, Expr *iter, Expr *target, int k, int *ti, int *tv, bool rewinds, bool fast, int *list,
                      int *ix) {
    Type item = iter->type == T_STR ? T_STR : T_OBJ;
    *ti = g_temp(g, T_OBJ);
    *tv = g_temp(g, item);
    *list = *ix = -1;
    uint32_t cell = g_scratch(g);
    g_rt(g, "rt_iter");
    g_rt(g, "rt_iter_next");
    if (fast && !rewinds && (iter->type == T_LIST || iter->type == T_OBJ)) {
        fast_iter_open(g, iter, target, k, *ti, *tv, list, ix);
        return;
    }
    if (rewinds) g_fresh_open(g); /* a generator resuming: the iterator is restored */
    ir_set(F, *ti);
    ir_call(F, "rt_iter");
    gx(g, iter, item);
    ir_close(F);
    ir_close(F);
    if (rewinds) g_fresh_close(g);
    ir_block(F, VT_NONE, 'd', k);
    ir_loop(F, 'l', k);
    if (rewinds) g_fresh_open(g); /* ... and so is the item */
    ir_br_if(F, 'd', k);
    ir_open(F, IR_I32_EQZ);
    ir_call(F, "rt_iter_next");
    ir_get(F, *ti);
    ir_i32(F, (int32_t)cell);
    ir_close(F);
    ir_close(F);
    ir_close(F);
    ir_set(F, *tv);
    ir_load_i32_at(F, cell);
    ir_close(F);
    gstore_temp(g, target, *tv, item);
    if (rewinds) g_fresh_close(g);
    ir_block(F, VT_NONE, 'c', k);
}

static void iter_close(Gen *g, int k, int tv, int list, int ix) {
    ir_close(F); /* $c */
    g_poll(g);
    ir_br(F, 'l', k);
    ir_close(F); /* loop */
    ir_close(F); /* $d */
    g_free_temp(g, tv);
    if (list >= 0) g_free_temp(g, list);
    if (ix >= 0) g_free_temp(g, ix);
}

/* Whether the loop's iterable is a generator nothing else holds. */
static bool own_generator(const Expr *iter) { return sema_own_generator(iter) != NULL; }

void gfor_iter(Gen *g, Stmt *st, int k) {
    int ti, tv;
    /* a generator only this loop holds is closed however the loop is left:
     * by a break (below), a return (g_return), an exception ($x) */
    bool held = st->u.for_.outer_iter && own_generator(st->u.for_.outer_iter); /* (f(x) for x in gen()) */
    bool owns = own_generator(st->u.for_.iter) || held;
    IrLabel outer = F->catch_to;
    int done = -1, unwind = -1;
    if (owns) {
        done = g_new_label(g);
        unwind = g_new_label(g);
        ir_block(F, VT_NONE, 't', done);
        ir_block(F, VT_NONE, 'x', unwind);
    }
    ir_block(F, VT_NONE, 'b', k); /* break skips the else clause */
    int list, ix;
    iter_open(g, st->u.for_.iter, st->u.for_.target, k, &ti, &tv, g_rewinds(g, st), !owns, &list, &ix);
    if (owns) F->catch_to = (IrLabel){'x', unwind};
    g_loop_push(g, k, k);
    if (owns) g_loop_owns_generator(g, ti);
    gstmts(g, &st->u.for_.body);
    g_loop_pop(g);
    iter_close(g, k, tv, list, ix);
    gstmts(g, &st->u.for_.orelse);
    ir_close(F);
    F->catch_to = outer;
    if (own_generator(st->u.for_.iter)) { /* left by a break: its finally blocks run now, as in CPython */
        g_rt(g, "rt_gen_release");
        ir_call(F, "rt_gen_release");
        ir_get(F, ti);
        ir_close(F);
    }
    if (owns) {
        ir_br(F, 't', done);
        ir_close(F); /* $x: an exception left the loop */
        g_gen_release_unwinding(g, ti, held);
        ir_close(F); /* $t */
    }
    g_free_temp(g, ti);
}

/* A comprehension's `if` clauses skip to the next item. */
static void comp_ifs(Gen *g, Comprehension *c, int k) {
    for (int i = 0; i < c->ifs.len; i++) {
        ir_br_if(F, 'c', k);
        ir_open(F, IR_I32_EQZ);
        gcond(g, c->ifs.items[i]);
        ir_close(F);
        ir_close(F);
    }
}

/* One generator of a comprehension, then the next ones, then the element. */
static void comp_level(Gen *g, Expr *e, int level, int acc) {
    PtrVec *gens = &e->u.comp.generators;
    if (level == gens->len) {
        if (e->kind == E_DICTCOMP) {
            Operand key = op_expr(e->u.comp.key);
            if (g_may_poll(g, e->u.comp.elt)) key = g_spill(g, key.expr, T_OBJ);
            g_rt(g, "rt_dict_setitem");
            ir_call(F, "rt_dict_setitem");
            ir_get(F, acc);
            gop(g, key, T_OBJ);
            if (!key.expr) g_free_temp(g, key.temp);
        } else {
            const char *fn = e->kind == E_SETCOMP ? "rt_set_add" : "rt_list_push";
            g_rt(g, fn);
            ir_call(F, fn);
            ir_get(F, acc);
        }
        gx(g, e->u.comp.elt, T_OBJ);
        ir_close(F);
        return;
    }
    Comprehension *c = gens->items[level];
    int k = g_new_label(g);
    if (c->iter->kind == E_CALL && c->iter->call->kind == CALL_RANGE_LOOP) {
        /* range(): a counting loop, as in for statements */
        PtrVec *args = &c->iter->u.call.args;
        int n = args->len;
        int cur = g_temp(g, T_INT), end = g_temp(g, T_INT), inc = g_temp(g, T_INT), nxt = g_temp(g, T_INT);
        ir_set(F, cur);
        if (n >= 2) gx(g, args->items[0], T_INT);
        else ir_i64(F, 0);
        ir_close(F);
        ir_set(F, end);
        gx(g, args->items[n >= 2 ? 1 : 0], T_INT);
        ir_close(F);
        ir_set(F, inc);
        if (n == 3) gx(g, args->items[2], T_INT);
        else ir_i64(F, 1);
        ir_close(F);
        g_check_step(g, inc);
        g_int_range_bounds(g, cur, end, inc, 1);
        ir_block(F, VT_NONE, 'd', k);
        ir_loop(F, 'l', k);
        ir_br_if(F, 'd', k);
        g_range_done(g, inc, cur, end);
        ir_close(F);
        gstore_temp(g, c->target, cur, T_INT);
        ir_block(F, VT_NONE, 'c', k);
        comp_ifs(g, c, k);
        comp_level(g, e, level + 1, acc);
        ir_close(F); /* $c */
        g_range_next(g, k, cur, nxt, inc, 1);
        ir_close(F); /* loop */
        ir_close(F); /* $d */
        g_int_range_past(g, args->items[n >= 2 ? 1 : 0], end, inc, 1);
        g_free_temp(g, cur);
        g_free_temp(g, end);
        g_free_temp(g, inc);
        g_free_temp(g, nxt);
        return;
    }
    int ti, tv, list, ix;
    iter_open(g, c->iter, c->target, k, &ti, &tv, false, !own_generator(c->iter), &list, &ix);
    comp_ifs(g, c, k);
    comp_level(g, e, level + 1, acc);
    iter_close(g, k, tv, list, ix);
    g_free_temp(g, ti);
}

void gcomprehension(Gen *g, Expr *e) {
    /* CPython 3.11 runs a comprehension in a frame of its own */
    InnerFrame fr;
    g_inner_frame_open(g, &fr, e->kind == E_LISTCOMP  ? "<listcomp>"
                               : e->kind == E_SETCOMP ? "<setcomp>"
                               : e->kind == E_DICTCOMP ? "<dictcomp>"
                                                       : "<genexpr>", e->line, e);
    /* its variables a lambda closes over: fresh cells each time it runs */
    for (int i = 0; e->u.comp.syms && i < e->u.comp.syms->len; i++) {
        Symbol *sym = e->u.comp.syms->items[i];
        if (!sym->is_cell) continue;
        g_rt(g, "rt_cell_new");
        ir_set(F, g_local_of(g, sym));
        ir_call(F, "rt_cell_new");
        ir_i32(F, 0);
        ir_close(F);
        ir_close(F);
    }
    int acc = g_temp(g, T_OBJ);
    const char *make = e->kind == E_DICTCOMP ? "rt_dict_new" : e->kind == E_SETCOMP ? "rt_set_new" : "rt_list_new";
    g_rt(g, make);
    ir_block(F, VT_I32, 0, 0);
    ir_set(F, acc);
    ir_call(F, make);
    if (e->kind == E_LISTCOMP || e->kind == E_GENEXP) ir_i32(F, 0);
    ir_close(F);
    ir_close(F);
    comp_level(g, e, 0, acc);
    ir_get(F, acc);
    ir_close(F);
    g_free_temp(g, acc);
    g_inner_frame_close(g, &fr);
}
