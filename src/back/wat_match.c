/* Lowering of match statements. The subject is boxed into a temporary;
 * each case is a block that a failing test leaves with `br`:
 *   (block $mK (block $fK_0 <tests, bindings> <guard> body (br $mK)) ...)
 * Sub-patterns test sub-objects fetched into temporaries. */
#include "wat_internal.h"

#include <string.h>

static void fail_unless(Gen *g, int fail) { buf_printf(g->out, "(br_if $f%d (i32.eqz ", fail); }

static void bind(Gen *g, Pattern *p, int t, Type ty) {
    Expr target = {0};
    target.kind = E_NAME;
    target.line = p->line;
    target.col = p->col;
    target.u.name.name = p->name;
    target.sym = p->sym;
    target.type = p->sym ? p->sym->type : T_OBJ;
    gstore_temp(g, &target, t, ty);
}

static void gpattern(Gen *g, Pattern *p, int subj, int fail);

static void sequence(Gen *g, Pattern *p, int subj, int fail) {
    int n = p->patterns.len, star = -1;
    for (int i = 0; i < n; i++)
        if (((Pattern *)p->patterns.items[i])->kind == P_STAR) star = i;
    g_rt(g, "rt_match_sequence");
    g_rt(g, "rt_dyn_len");
    fail_unless(g, fail);
    buf_printf(g->out, "(call $rt_match_sequence (local.get $t%d))))\n", subj);
    fail_unless(g, fail);
    buf_printf(g->out, "(i64.%s (call $rt_dyn_len (local.get $t%d)) (i64.const %d))))\n", star >= 0 ? "ge_s" : "eq", subj,
               star >= 0 ? n - 1 : n);
    for (int i = 0; i < n; i++) {
        Pattern *sub = p->patterns.items[i];
        if (i == star) {
            if (!sub->name) continue;
            g_rt(g, "rt_builtin_list");
            g_rt(g, "rt_dyn_getslice");
            int tl = g_temp(g, T_LIST);
            buf_printf(g->out,
                       "(local.set $t%d (call $rt_builtin_list (call $rt_dyn_getslice (local.get $t%d) (i64.const %d) "
                       "(i64.const %d) (i64.const 1) (i32.const %d))))\n",
                       tl, subj, star, -(n - 1 - star), n - 1 - star ? 3 : 1);
            bind(g, sub, tl, T_LIST);
            g_free_temp(g, tl);
            continue;
        }
        g_rt(g, "rt_dyn_getitem_int");
        int ti = g_temp(g, T_OBJ);
        buf_printf(g->out, "(local.set $t%d (call $rt_dyn_getitem_int (local.get $t%d) (i64.const %d)))\n", ti, subj,
                   star >= 0 && i > star ? -(n - i) : i);
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
        fail_unless(g, fail);
        buf_printf(g->out, "(call $rt_dyn_compare (local.get $t%d) ", subj);
        gx(g, p->value, T_OBJ);
        buf_printf(g->out, " (i32.const %d))))\n", RT_CMP_EQ);
        return;
    case P_SINGLETON:
        g_rt(g, "rt_dyn_is");
        fail_unless(g, fail);
        buf_printf(g->out, "(call $rt_dyn_is (local.get $t%d) ", subj);
        gx(g, p->value, T_OBJ);
        buf_puts(g->out, ")))\n");
        return;
    case P_AS:
        gpattern(g, p->pattern, subj, fail);
        bind(g, p, subj, T_OBJ);
        return;
    case P_OR: {
        int ok = g->labels++;
        buf_printf(g->out, "(block $f%d\n", ok); /* reused as the success exit */
        for (int i = 0; i < p->patterns.len; i++) {
            int alt = g->labels++;
            buf_printf(g->out, "(block $f%d\n", alt);
            gpattern(g, p->patterns.items[i], subj, alt);
            buf_printf(g->out, "(br $f%d))\n", ok);
        }
        buf_printf(g->out, "(br $f%d))\n", fail);
        return;
    }
    case P_SEQUENCE: sequence(g, p, subj, fail); return;
    case P_MAPPING:
        g_rt(g, "rt_match_mapping");
        g_rt(g, "rt_dyn_contains");
        g_rt(g, "rt_dyn_getitem");
        fail_unless(g, fail);
        buf_printf(g->out, "(call $rt_match_mapping (local.get $t%d))))\n", subj);
        for (int i = 0; i < p->keys.len; i++) {
            int tk = g_temp(g, T_OBJ), tv = g_temp(g, T_OBJ);
            buf_printf(g->out, "(local.set $t%d ", tk);
            gx(g, p->keys.items[i], T_OBJ);
            buf_puts(g->out, ")\n");
            fail_unless(g, fail);
            buf_printf(g->out, "(call $rt_dyn_contains (local.get $t%d) (local.get $t%d))))\n", subj, tk);
            buf_printf(g->out, "(local.set $t%d (call $rt_dyn_getitem (local.get $t%d) (local.get $t%d)))\n", tv, subj, tk);
            gpattern(g, p->patterns.items[i], tv, fail);
            g_free_temp(g, tk);
            g_free_temp(g, tv);
        }
        return;
    case P_CLASS: {
        /* rt_match_class's codes */
        static const BuiltinId codes[] = {BI_INT, BI_FLOAT, BI_STR, BI_BOOL, BI_LIST, BI_TUPLE, BI_DICT, BI_SET};
        int code = 0;
        for (int i = 0; i < (int)(sizeof codes / sizeof codes[0]); i++)
            if (p->cls->builtin == (int)codes[i]) code = i;
        g_rt(g, "rt_match_class");
        fail_unless(g, fail);
        buf_printf(g->out, "(call $rt_match_class (local.get $t%d) (i32.const %d))))\n", subj, code);
        /* int(x) and the like match the whole subject against x */
        if (p->patterns.len == 1) gpattern(g, p->patterns.items[0], subj, fail);
        return;
    }
    default:
        diag_error(g->c, p->line, p->col, "internal error: pattern not lowered");
    }
}

void gmatch(Gen *g, Stmt *st) {
    int done = g->labels++;
    int subj = g_temp(g, T_OBJ);
    buf_printf(g->out, "(block $m%d\n(local.set $t%d ", done, subj);
    gx(g, st->u.match.subject, T_OBJ);
    buf_puts(g->out, ")\n");
    for (int i = 0; i < st->u.match.cases.len; i++) {
        MatchCase *mc = st->u.match.cases.items[i];
        int fail = g->labels++;
        buf_printf(g->out, "(block $f%d\n", fail);
        gpattern(g, mc->pattern, subj, fail);
        if (mc->guard) {
            fail_unless(g, fail);
            gcond(g, mc->guard);
            buf_puts(g->out, "))\n");
        }
        gstmts(g, &mc->body);
        buf_printf(g->out, "(br $m%d))\n", done);
    }
    buf_puts(g->out, ")\n");
    g_free_temp(g, subj);
}
