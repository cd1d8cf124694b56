/* Lowering of match statements. The subject is boxed into a temporary;
 * each case is a block that a failing test leaves with `br`:
 *   (block $mK (block $fK_0 <tests, bindings> <guard> body (br $mK)) ...)
 * Sub-patterns test sub-objects fetched into temporaries; the names a
 * pattern binds are the variables sema recorded on it (Pattern.sym). */
#include "lower_internal.h"

#include <string.h>

#define F (g->f)

/* (br_if $fN (i32.eqz <test>)): the caller adds the test and closes twice */
static void fail_unless_open(Gen *g, int fail) {
    ir_br_if(F, 'f', fail);
    ir_open(F, IR_I32_EQZ);
}

static void fail_unless_close(Gen *g) {
    ir_close(F);
    ir_close(F);
}

static void bind(Gen *g, Pattern *p, int t, Type ty) {
    if (p->sym) g_store_sym(g, p->sym, t, ty);
}

static void gpattern(Gen *g, Pattern *p, int subj, int fail);

/* sub-pattern i of a class pattern (kw NULL: positional) against the
 * attribute rt_match_attr finds */
static void class_sub(Gen *g, Pattern *p, int subj, int tc, int i, const char *kw, Pattern *sub, int fail) {
    int ti = g_temp(g, T_OBJ);
    g_rt(g, "rt_match_attr");
    ir_set(F, ti);
    ir_call(F, "rt_match_attr");
    ir_get(F, subj);
    ir_get(F, tc);
    ir_i32(F, i);
    ir_i32(F, p->patterns.len);
    ir_i32(F, kw ? (int32_t)g_str(g, kw, strlen(kw)) : 0);
    ir_close(F);
    ir_close(F);
    fail_unless_open(g, fail);
    ir_get(F, ti);
    fail_unless_close(g);
    gpattern(g, sub, ti, fail);
    g_free_temp(g, ti);
}

/* case C(p1, p2, k=p3) with C a class of the program: an instance of C
 * whose attributes (named by C.__match_args__, then k) match. */
static void user_class(Gen *g, Pattern *p, int subj, int fail) {
    int tc = g_temp(g, T_OBJ);
    ir_set(F, tc);
    gx(g, p->cls, T_OBJ);
    ir_close(F);
    g_rt(g, "rt_match_instance");
    fail_unless_open(g, fail);
    ir_call(F, "rt_match_instance");
    ir_get(F, subj);
    ir_get(F, tc);
    ir_close(F);
    fail_unless_close(g);
    for (int i = 0; i < p->patterns.len; i++) class_sub(g, p, subj, tc, i, NULL, p->patterns.items[i], fail);
    for (int i = 0; i < p->kw_patterns.len; i++)
        class_sub(g, p, subj, tc, -1, p->kw_names.items[i], p->kw_patterns.items[i], fail);
    g_free_temp(g, tc);
}

static void sequence(Gen *g, Pattern *p, int subj, int fail) {
    int n = p->patterns.len, star = -1;
    for (int i = 0; i < n; i++)
        if (((Pattern *)p->patterns.items[i])->kind == P_STAR) star = i;
    g_rt(g, "rt_match_sequence");
    g_rt(g, "rt_dyn_len");
    fail_unless_open(g, fail);
    ir_call(F, "rt_match_sequence");
    ir_get(F, subj);
    ir_close(F);
    fail_unless_close(g);
    fail_unless_open(g, fail);
    ir_open(F, star >= 0 ? IR_I64_GE_S : IR_I64_EQ);
    ir_call(F, "rt_dyn_len");
    ir_get(F, subj);
    ir_close(F);
    ir_i64(F, star >= 0 ? n - 1 : n);
    ir_close(F);
    fail_unless_close(g);
    for (int i = 0; i < n; i++) {
        Pattern *sub = p->patterns.items[i];
        if (i == star) {
            if (!sub->name) continue;
            int tl = g_temp(g, T_LIST);
            g_middle_list(g, tl, subj, star, n);
            bind(g, sub, tl, T_LIST);
            g_free_temp(g, tl);
            continue;
        }
        int ti = g_temp(g, T_OBJ);
        g_item_at(g, ti, subj, star >= 0 && i > star ? -(n - i) : i);
        gpattern(g, sub, ti, fail);
        g_free_temp(g, ti);
    }
}

static void gpattern(Gen *g, Pattern *p, int subj, int fail) {
    switch (p->kind) {
    case P_WILDCARD: return;
    case P_CAPTURE: bind(g, p, subj, T_OBJ); return;
    case P_VALUE:
        g_rt(g, "rt_dyn_compare");
        fail_unless_open(g, fail);
        ir_call(F, "rt_dyn_compare");
        ir_get(F, subj);
        gx(g, p->value, T_OBJ);
        ir_i32(F, RT_CMP_EQ);
        ir_close(F);
        fail_unless_close(g);
        return;
    case P_SINGLETON:
        g_rt(g, "rt_dyn_is");
        fail_unless_open(g, fail);
        ir_call(F, "rt_dyn_is");
        ir_get(F, subj);
        gx(g, p->value, T_OBJ);
        ir_close(F);
        fail_unless_close(g);
        return;
    case P_AS:
        gpattern(g, p->pattern, subj, fail);
        bind(g, p, subj, T_OBJ);
        return;
    case P_OR: {
        int ok = g_new_label(g);
        ir_block(F, VT_NONE, 'f', ok); /* reused as the success exit */
        for (int i = 0; i < p->patterns.len; i++) {
            int alt = g_new_label(g);
            ir_block(F, VT_NONE, 'f', alt);
            gpattern(g, p->patterns.items[i], subj, alt);
            ir_br(F, 'f', ok);
            ir_close(F);
        }
        ir_br(F, 'f', fail);
        ir_close(F);
        return;
    }
    case P_SEQUENCE: sequence(g, p, subj, fail); return;
    case P_MAPPING:
        g_rt(g, "rt_match_mapping");
        g_rt(g, "rt_dyn_contains");
        g_rt(g, "rt_dyn_getitem");
        fail_unless_open(g, fail);
        ir_call(F, "rt_match_mapping");
        ir_get(F, subj);
        ir_close(F);
        fail_unless_close(g);
        int *keys = arena_alloc(g->a, sizeof(int) * (size_t)(p->keys.len + 1));
        for (int i = 0; i < p->keys.len; i++) {
            int tk = keys[i] = g_temp(g, T_OBJ), tv = g_temp(g, T_OBJ);
            ir_set(F, tk);
            gx(g, p->keys.items[i], T_OBJ);
            ir_close(F);
            fail_unless_open(g, fail);
            ir_call(F, "rt_dyn_contains");
            ir_get(F, subj);
            ir_get(F, tk);
            ir_close(F);
            fail_unless_close(g);
            ir_set(F, tv);
            ir_call(F, "rt_dyn_getitem");
            ir_get(F, subj);
            ir_get(F, tk);
            ir_close(F);
            ir_close(F);
            gpattern(g, p->patterns.items[i], tv, fail);
            g_free_temp(g, tv);
        }
        if (p->name) { /* **rest: a copy of the subject without the keys matched */
            int tr = g_temp(g, T_OBJ);
            g_rt(g, "rt_builtin_dict");
            g_rt(g, "rt_dict_delitem");
            ir_set(F, tr);
            ir_call(F, "rt_builtin_dict");
            ir_get(F, subj);
            ir_close(F);
            ir_close(F);
            for (int i = 0; i < p->keys.len; i++) {
                ir_call(F, "rt_dict_delitem");
                ir_get(F, tr);
                ir_get(F, keys[i]);
                ir_close(F);
            }
            bind(g, p, tr, T_OBJ);
            g_free_temp(g, tr);
        }
        for (int i = 0; i < p->keys.len; i++) g_free_temp(g, keys[i]);
        return;
    case P_CLASS: {
        if (!p->cls->builtin) {
            user_class(g, p, subj, fail);
            return;
        }
        /* rt_match_class's codes */
        static const BuiltinId codes[] = {BI_INT, BI_FLOAT, BI_STR, BI_BOOL, BI_LIST, BI_TUPLE, BI_DICT, BI_SET,
                                           BI_BYTES, BI_BYTEARRAY};
        int code = 0;
        for (int i = 0; i < (int)(sizeof codes / sizeof codes[0]); i++)
            if (p->cls->builtin == (int)codes[i]) code = i;
        g_rt(g, "rt_match_class");
        fail_unless_open(g, fail);
        ir_call(F, "rt_match_class");
        ir_get(F, subj);
        ir_i32(F, code);
        ir_close(F);
        fail_unless_close(g);
        /* int(x) and the like match the whole subject against x */
        if (p->patterns.len == 1) gpattern(g, p->patterns.items[0], subj, fail);
        return;
    }
    default: diag_error(g->c, p->line, p->col, "internal error: pattern not lowered");
    }
}

/* In a generator whose case bodies yield, resuming goes straight into the
 * case holding the yield (its captures are restored locals): the subject,
 * the patterns and the guards run only when not resuming. */
void gmatch(Gen *g, Stmt *st) {
    bool rewinds = g_rewinds(g, st);
    int done = g_new_label(g);
    int subj = g_temp(g, T_OBJ);
    ir_block(F, VT_NONE, 'm', done);
    if (rewinds) g_fresh_open(g);
    ir_set(F, subj);
    gx(g, st->u.match.subject, T_OBJ);
    ir_close(F);
    if (rewinds) g_fresh_close(g);
    for (int i = 0; i < st->u.match.cases.len; i++) {
        MatchCase *mc = st->u.match.cases.items[i];
        int fail = g_new_label(g);
        ir_block(F, VT_NONE, 'f', fail);
        GenRange *range = NULL;
        if (rewinds) {
            ir_if(F, VT_NONE);
            g_fresh(g);
            ir_open(F, IR_THEN);
        }
        gpattern(g, mc->pattern, subj, fail);
        if (mc->guard) {
            fail_unless_open(g, fail);
            gcond(g, mc->guard);
            fail_unless_close(g);
        }
        if (rewinds) { /* resuming: this case only if it holds the yield */
            ir_close(F);
            ir_open(F, IR_ELSE);
            fail_unless_open(g, fail);
            range = g_range_test(g);
            fail_unless_close(g);
            ir_close(F);
            ir_close(F);
            g_range_from(g, range);
        }
        gstmts(g, &mc->body);
        if (range) g_range_patch(g, range);
        ir_br(F, 'm', done);
        ir_close(F);
    }
    ir_close(F);
    g_free_temp(g, subj);
}
