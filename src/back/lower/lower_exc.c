/* Exceptions in generated code. Raising sets the runtime's pending
 * exception and returns (rt_abi.h, "Exceptions"); every call that may
 * raise is followed by a check (IrFunc.may_raise, ir_frame.c) that adds
 * the call's traceback site and branches to the innermost handler, or
 * unwinds the function. This file says which calls may raise, writes the
 * static traceback sites, and lowers try and raise statements. */
#include <string.h>

#include "../../util/utf8.h"
#include "../rtlink.h"
#include "lower_internal.h"

#define F (g->f)

IrRaises g_may_raise(const char *callee, void *user) {
    Gen *g = user;
    /* the traceback's growth (a list append) is not a raise */
    if (!strcmp(callee, "rt_tb_add")) return IR_RAISES_NEVER;
    /* a module's top-level code: its import tests what it left (gimport);
     * not one of its parts (`__init_N.K`, gmain_parts), which its body
     * tests as any call */
    if (!strncmp(callee, "__init_", 7) && !strchr(callee, '.')) return IR_RAISES_NEVER;
    /* the runtime's rt_raise* functions always leave one pending (rt_abi.h
     * says so); for the others, the runtime knows which reach rt_exc_throw;
     * any other callee is generated code, which may raise */
    if (!strncmp(callee, "rt_raise", 8)) return IR_RAISES_ALWAYS;
    if (rtlib_has_function(g->lib, callee))
        return rtlib_may_raise(g->lib, callee) ? IR_RAISES_MAYBE : IR_RAISES_NEVER;
    return IR_RAISES_MAYBE;
}

static void put_u16(Buf *b, uint32_t v) {
    char bytes[2] = {(char)(v & 0xff), (char)((v >> 8) & 0xff)};
    buf_putn(b, bytes, 2);
}

/* Byte offsets of the source lines, computed once. */
static void index_lines(Gen *g) {
    const char *s = g->c->src;
    size_t n = g->c->src_len;
    int count = 1;
    for (size_t i = 0; i < n; i++)
        if (s[i] == '\n' || (s[i] == '\r' && (i + 1 >= n || s[i + 1] != '\n'))) count++;
    g->line_starts = arena_alloc(g->a, sizeof(uint32_t) * (size_t)(count + 2));
    int k = 1;
    g->line_starts[k++] = 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] == '\n' || (s[i] == '\r' && (i + 1 >= n || s[i + 1] != '\n'))) g->line_starts[k++] = (uint32_t)(i + 1);
    g->nlines = count;
}

/* A traceback string (RtStr layout, static) in tb_text: its offset. */
static uint32_t tb_str(Gen *g, const char *s, size_t len) {
    const char *key = g_key(g, "%.*s", (int)len, s);
    uintptr_t found = (uintptr_t)strmap_get(&g->tb_strs, key);
    if (found) return (uint32_t)(found - 1);
    Buf *b = &g->tb_text;
    while (b->len % 8) buf_putc(b, 0); /* after a source line */
    uint32_t off = (uint32_t)b->len;
    buf_put_u32le(b, RT_TYPE_STR | RT_FLAG_STATIC);
    buf_put_u32le(b, 0);
    buf_put_u32le(b, (uint32_t)len);
    buf_put_u32le(b, (uint32_t)utf8_count(s, len));
    buf_putn(b, s, len);
    buf_putc(b, 0);
    strmap_put(g->keys, &g->tb_strs, g_key_keep(g, key), (void *)(uintptr_t)(off + 1));
    return off;
}

/* A source line in tb_text: its byte length, then its bytes (no object
 * header: only tracebacks read it, and a program has many). */
static uint32_t tb_line(Gen *g, const char *s, size_t len) {
    const char *key = g_key(g, "\x02%.*s", (int)len, s);
    uintptr_t found = (uintptr_t)strmap_get(&g->tb_strs, key);
    if (found) return (uint32_t)(found - 1);
    Buf *b = &g->tb_text;
    uint32_t off = (uint32_t)b->len;
    buf_put_u32le(b, (uint32_t)len);
    buf_putn(b, s, len);
    while (b->len % 4) buf_putc(b, 0);
    strmap_put(g->keys, &g->tb_strs, g_key_keep(g, key), (void *)(uintptr_t)(off + 1));
    return off;
}

/* A pointer field of static data to tb_text's offset `off`. */
static void tb_ref(Gen *g, uint32_t off) {
    buf_put_u32le(&g->tb_fixups, (uint32_t)g->out->data.len);
    buf_put_u32le(&g->tb_fixups, off);
    buf_put_u32le(&g->out->data, 0); /* patched by g_sites_finish */
}

static void tb_field(Gen *g, const char *s, size_t len) { tb_ref(g, tb_str(g, s, len)); }

static bool is_blank(uint32_t ch) { return ch == ' ' || ch == '\t' || ch == '\f' || ch == '\v' || ch == '\r' || ch == '\n'; }

/* Line `line` of the source, without its line break, as code points
 * (columns count code points). */
struct LineText {
    const char *s;      /* the bytes */
    size_t len;
    uint32_t *cp;       /* code points ... */
    uint32_t *at;       /* ... and the byte offset of each, then len */
    int n;
};
typedef struct LineText LineText;

static LineText decode_line(Gen *g, int line);

/* Decoded once per line (a long line has many sites: decoding it for each
 * was quadratic). */
static LineText line_text(Gen *g, int line) {
    if (g->text && g->text_line == line) return *g->text;
    LineText t = decode_line(g, line);
    if (!g->text) g->text = arena_alloc(g->a, sizeof *g->text);
    *g->text = t;
    g->text_line = line;
    g->text_off = 0;
    return t;
}

static LineText decode_line(Gen *g, int line) {
    if (!g->line_starts) index_lines(g);
    LineText t = {"", 0, NULL, NULL, 0};
    if (line < 1 || line > g->nlines) return t;
    const char *s = g->c->src + g->line_starts[line];
    const char *end = line < g->nlines ? g->c->src + g->line_starts[line + 1] : g->c->src + g->c->src_len;
    while (end > s && (end[-1] == '\n' || end[-1] == '\r')) end--;
    t.s = s;
    t.len = (size_t)(end - s);
    if (t.len + 1 > g->line_cap) { /* one line is decoded at a time: its arrays are reused */
        g->line_cap = t.len + 1 > 2 * g->line_cap ? t.len + 1 : 2 * g->line_cap;
        g->line_cp = arena_alloc(g->a, sizeof(uint32_t) * g->line_cap);
        g->line_at = arena_alloc(g->a, sizeof(uint32_t) * g->line_cap);
    }
    t.cp = g->line_cp;
    t.at = g->line_at;
    for (size_t i = 0; i < t.len;) {
        uint32_t cp;
        size_t k = utf8_decode(s + i, t.len - i, &cp);
        if (!k) k = 1, cp = (unsigned char)s[i];
        t.at[t.n] = (uint32_t)i;
        t.cp[t.n++] = cp;
        i += k;
    }
    t.at[t.n] = (uint32_t)t.len;
    return t;
}

/* CPython 3.11's caret line under a traceback's source line (traceback.c,
 * print_error_location_carets): `^` under the failing expression, or `~`
 * under a binary operation's operands and `^` under its operator, `~`
 * under a subscript's value and `^` under the brackets; none when `^`
 * would cover the whole line (its trailing blanks included). Columns are 0-based code point offsets;
 * the result counts them from the line's indentation (RtTbSite's fields;
 * the runtime draws the line when it prints the traceback). */
typedef struct Carets {
    int start, left, right, end; /* end 0: no caret line */
} Carets;

static Carets carets(const LineText *t, const Expr *e) {
    Carets none = {0, 0, 0, 0};
    int indent = 0;
    while (indent < t->n && is_blank(t->cp[indent])) indent++;
    int last = t->n; /* trailing blanks count: CPython compares with the line as read */
    int start = e->col - 1, end;
    int left = -1, right = -1;
    if (e->end_line == e->line) {
        end = e->end_col - 1;
        if (e->kind == E_BINOP && e->u.binop.left->end_line == e->line && e->u.binop.right->line == e->line) {
            int ls = e->u.binop.left->end_col - 1, rs = e->u.binop.right->col - 1;
            for (int i = ls; i < rs && i < t->n; i++) {
                if (is_blank(t->cp[i])) continue;
                left = i;
                right = i + 1;
                if (i + 1 < rs && !is_blank(t->cp[i + 1])) right++; /* `//`, `**` ... */
                if (i + 1 < rs && t->cp[i] == ')') continue;          /* a parenthesized operand */
                break;
            }
        } else if (e->kind == E_SUBSCRIPT && e->u.subscript.value->end_line == e->line &&
                   e->u.subscript.index->end_line == e->line) {
            left = e->u.subscript.value->end_col - 1;
            right = e->u.subscript.index->end_col;
            while (left < end && t->cp[left] != '[') left++;
            while (right < end && t->cp[right] != ']') right++;
            if (right < end) right++;
        }
    } else {
        end = last; /* a multi-line expression: to the end of its first line */
    }
    if (start < indent || end > t->n || start >= end || end - indent > 0xffff) return none;
    if (end - start == last - indent && left < 0) return none;
    if (left < 0) left = right = start; /* all `^` */
    if (left < start) left = start;
    if (right > end) right = end;
    return (Carets){start - indent, left - indent, right - indent, end - indent};
}

/* Whether an expression has a site of its own: the operations CPython's
 * tracebacks point at. */
static bool has_site(const Expr *e) {
    switch (e->kind) {
    case E_CALL:
    case E_BINOP:
    case E_SUBSCRIPT:
    case E_ATTR:
    case E_COMPARE:
    case E_UNARY:
    case E_NAME:    /* NameError, UnboundLocalError */
    case E_FSTRING: /* a format spec's errors point at the whole f-string */
    case E_YIELD_FROM: /* what the delegate raises */
    case E_AWAIT:
        return e->end_line > 0;
    default: return false;
    }
}

const void *g_site_enter(Gen *g, const SiteRef *here) {
    const void *outer = g->f->site_key;
    g->f->site_key = here;
    return outer;
}

const void *g_expr_site_enter(Gen *g, const Expr *e, SiteRef *here) {
    if (!has_site(e)) return g->f->site_key;
    here->line = e->line;
    here->e = e;
    return g_site_enter(g, here);
}

void g_enter_file(Gen *g, Compiler *c) {
    if (g->c == c) return;
    g->c = c; /* diagnostics and the tracebacks' file and source lines */
    g->line_starts = NULL;
    g->nlines = 0;
    g->text = NULL;
    g->text_line = 0;
    g->text_off = 0;
}

/* The static RtTbCode of a function (its file and name), once. Sites come
 * function by function: the last one is remembered (by pointer) before the
 * map is asked (by text). */
static uint32_t tb_code(Gen *g, const char *file, const char *func) {
    if (g->code_addr && g->code_file == file && g->code_func == func) return g->code_addr - 1;
    g->code_file = file;
    g->code_func = func;
    const char *key = g_key(g, "code:%s:%s", file, func);
    uintptr_t found = (uintptr_t)strmap_get(&g->sites, key);
    if (found) {
        g->code_addr = (uint32_t)found;
        return (uint32_t)(found - 1);
    }
    key = g_key_keep(g, key); /* tb_field uses g->key */
    while (g->out->data.len % 8) buf_putc(&g->out->data, 0);
    uint32_t addr = g->out->data_base + (uint32_t)g->out->data.len;
    tb_field(g, file, strlen(file));
    tb_field(g, func, strlen(func));
    strmap_put(g->keys, &g->sites, key, (void *)(uintptr_t)(addr + 1));
    g->code_addr = addr + 1;
    return addr;
}

/* The static site (see RtTbSite) of ref in the function being lowered. */
static uint32_t site(Gen *g, const SiteRef *ref) {
    const char *func = g->frame_name ? g->frame_name : g->f && g->f->source_name ? g->f->source_name : "<module>";
    const Expr *e = ref->e;
    const char *file = g->c->filename ? g->c->filename : "<stdin>";
    /* the code (file, function) first, for the key: a number instead of
     * its two strings (a site is made for most expressions) */
    uint32_t code = tb_code(g, file, func);
    const char *key = e ? g_key(g, "%d:%d:%d:%d:%d:%x", e->line, e->col, e->end_line, e->end_col, (int)e->kind, code)
                        : g_key(g, "%d:%x", ref->line, code);
    uintptr_t found = (uintptr_t)strmap_get(&g->fn_sites, key);
    if (found) return (uint32_t)(found - 1);
    key = arena_strdup(&g->fn_arena, key); /* tb_line uses g->key */
    int line = e ? e->line : ref->line;
    LineText t = line_text(g, line);
    int a = 0, b = t.n; /* printed without its indentation, with its trailing blanks (as CPython's) */
    while (a < b && is_blank(t.cp[a])) a++;
    Carets marks = e ? carets(&t, e) : (Carets){0, 0, 0, 0};
    while (g->out->data.len % 8) buf_putc(&g->out->data, 0);
    uint32_t addr = g->out->data_base + (uint32_t)g->out->data.len;
    buf_put_u32le(&g->out->data, RT_TYPE_TB_SITE | RT_FLAG_STATIC);
    buf_put_u32le(&g->out->data, (uint32_t)line);
    buf_put_u32le(&g->out->data, code);
    if (!g->text_off) g->text_off = tb_line(g, t.s + t.at[a], t.at[b] - t.at[a]) + 1; /* once per line */
    tb_ref(g, g->text_off - 1);
    put_u16(&g->out->data, (uint32_t)marks.start);
    put_u16(&g->out->data, (uint32_t)marks.left);
    put_u16(&g->out->data, (uint32_t)marks.right);
    put_u16(&g->out->data, (uint32_t)marks.end);
    strmap_put(&g->fn_arena, &g->fn_sites, key, (void *)(uintptr_t)(addr + 1));
    return addr;
}

uint32_t g_site_of(const void *key, void *user) { return site(user, key); }

uint32_t g_site_now(Gen *g) { return g->f->site_key ? site(g, g->f->site_key) : 0; }

static uint32_t read_u32le(const unsigned char *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

void g_sites_finish(Gen *g) {
    Buf *d = &g->out->data;
    while (d->len % 8) buf_putc(d, 0);
    uint32_t base = g->out->data_base + (uint32_t)d->len;
    const unsigned char *fx = (const unsigned char *)g->tb_fixups.data;
    for (size_t i = 0; i + 8 <= g->tb_fixups.len; i += 8) {
        size_t at = (size_t)read_u32le(fx + i);
        uint32_t v = base + read_u32le(fx + i + 4);
        for (int k = 0; k < 4; k++) d->data[at + (size_t)k] = (char)((v >> (8 * k)) & 0xff);
    }
    buf_putn(d, g->tb_text.data ? g->tb_text.data : "", g->tb_text.len);
    buf_free(&g->tb_text);
    buf_free(&g->tb_fixups);
    buf_free(&g->key);
}

/* ---- leaving blocks that need cleaning up ----
 * An except handler restores the previously handled exception when left;
 * a finally body runs whenever its try is left. `return`, `break` and
 * `continue` walk the enclosing cleanups, innermost first: a handler's is
 * emitted in place; a finally records the jump (a reason code), branches
 * to the finally body, and the code after that body resumes the jump. */

typedef enum CleanupKind { CLEANUP_HANDLER, CLEANUP_FINALLY } CleanupKind;

typedef struct Jump {
    int code;       /* the finally's reason code: 3, 4, ... */
    char role;      /* 'b' break, 'c' continue */
    int label;
    int loop;       /* index of the target loop in Gen.loops */
} Jump;

struct Cleanup {
    CleanupKind kind;
    int nloops;     /* loops open when the try began */
    int prev;       /* HANDLER: local of rt_exc_enter_handler's depth */
    int why;        /* FINALLY: local of the reason the body runs: */
    int ret;        /*   0 falling through, 1 an exception, 2 return, */
    int label;      /*   3+ a jump; the return value; $zN the body */
    Jump *jumps;
    int njumps, capjumps;
    bool returns;
};

enum { WHY_NORMAL, WHY_EXCEPTION, WHY_RETURN, WHY_JUMP };

static Cleanup *cleanup_push(Gen *g, CleanupKind kind) {
    if (g->ncleanups == g->capcleanups) {
        int cap = g->capcleanups ? g->capcleanups * 2 : 8;
        g->cleanups = arena_grow(g->a, g->cleanups, sizeof *g->cleanups * (size_t)g->capcleanups,
                                 sizeof *g->cleanups * (size_t)cap);
        g->capcleanups = cap;
    }
    Cleanup *c = arena_alloc(g->a, sizeof *c);
    c->kind = kind;
    c->nloops = g->nloops;
    c->prev = c->why = c->ret = -1;
    g->cleanups[g->ncleanups++] = c;
    return c;
}

static void cleanup_pop(Gen *g) { g->ncleanups--; }

/* local exc (NULL: the current one) is the handled exception until the
 * cleanup pushed here is left (local prev: the depth to leave to) */
static void enter_handler(Gen *g, int exc, int prev) {
    g_rt(g, "rt_exc_enter_handler");
    ir_set(F, prev);
    ir_call(F, "rt_exc_enter_handler");
    ir_get(F, exc);
    ir_close(F);
    ir_close(F);
    cleanup_push(g, CLEANUP_HANDLER)->prev = prev;
}

static void leave_handler(Gen *g, int prev) {
    g_rt(g, "rt_exc_leave_handler");
    ir_call(F, "rt_exc_leave_handler");
    ir_get(F, prev);
    ir_close(F);
}

void g_leave_handlers(Gen *g) {
    for (int i = 0; i < g->ncleanups; i++)
        if (g->cleanups[i]->kind == CLEANUP_HANDLER) {
            leave_handler(g, g->cleanups[i]->prev); /* the outermost: all of them */
            return;
        }
}

static void set_i32(Gen *g, int local, int32_t v) {
    ir_set(F, local);
    ir_i32(F, v);
    ir_close(F);
}

/* Branch to where a pending exception goes from here. */
static void br_catch(Gen *g) {
    ir_br(F, F->catch_to.role, F->catch_to.n);
    if (F->catch_to.role == IR_UNWIND_ROLE) F->unwinds = true;
}

/* The cleanups from index `from` down that a jump to the loop at index
 * `loop` (-1: out of the function) crosses; returns the finally that
 * takes over, or NULL when the jump can be made now. */
static Cleanup *run_cleanups(Gen *g, int from, int loop) {
    for (int i = from; i >= 0; i--) {
        Cleanup *c = g->cleanups[i];
        if (c->nloops <= loop) break; /* the try is outside the loop */
        if (c->kind == CLEANUP_HANDLER) leave_handler(g, c->prev);
        else return c;
    }
    return NULL;
}

/* break / continue to the loop at index `loop`, from inside the cleanups
 * up to index `from`. */
static void jump_from(Gen *g, int from, char role, int label, int loop) {
    Cleanup *fin = run_cleanups(g, from, loop);
    if (!fin) {
        ir_br(F, role, label);
        return;
    }
    int code = -1;
    for (int i = 0; i < fin->njumps; i++)
        if (fin->jumps[i].role == role && fin->jumps[i].label == label) code = fin->jumps[i].code;
    if (code < 0) {
        if (fin->njumps == fin->capjumps) {
            int cap = fin->capjumps ? fin->capjumps * 2 : 4;
            fin->jumps = arena_grow(g->a, fin->jumps, sizeof *fin->jumps * (size_t)fin->capjumps,
                                    sizeof *fin->jumps * (size_t)cap);
            fin->capjumps = cap;
        }
        code = WHY_JUMP + fin->njumps;
        fin->jumps[fin->njumps++] = (Jump){code, role, label, loop};
    }
    set_i32(g, fin->why, code);
    ir_br(F, 'z', fin->label);
}

void g_break(Gen *g, bool is_continue) {
    int loop = g->nloops - 1;
    LoopLabels l = g->loops[loop];
    jump_from(g, g->ncleanups - 1, is_continue ? 'c' : 'b', is_continue ? l.cont : l.brk, loop);
}

/* The generators of the loops from index `down_to` up that a return
 * leaves, innermost first: closed, their finally blocks run (CPython pops
 * a for loop's iterator as the return unwinds it, before the finally
 * blocks around the loop). */
static void release_loop_generators(Gen *g, int down_to) {
    for (int i = g->nloops - 1; i >= down_to; i--) {
        if (g->loops[i].own_gen < 0) continue;
        g_rt(g, "rt_gen_release");
        ir_call(F, "rt_gen_release");
        ir_get(F, g->loops[i].own_gen);
        ir_close(F);
    }
}

/* Return the value in local t (-1: none) from inside the cleanups up to
 * index `from`. */
static void return_from(Gen *g, int from, int t) {
    Cleanup *fin = run_cleanups(g, from, -1);
    release_loop_generators(g, fin ? fin->nloops : 0);
    if (!fin) {
        g_pop(g);
        ir_open(F, IR_RETURN);
        if (t >= 0) ir_get(F, t);
        ir_close(F);
        return;
    }
    if (t >= 0) {
        if (fin->ret < 0) fin->ret = g_temp(g, g->fn->ret);
        ir_set(F, fin->ret);
        ir_get(F, t);
        ir_close(F);
    }
    fin->returns = true;
    set_i32(g, fin->why, WHY_RETURN);
    ir_br(F, 'z', fin->label);
}

void g_return(Gen *g, int t) { return_from(g, g->ncleanups - 1, t); }

/* An exception leaving a for loop over its own generator (local t): the
 * generator is closed, its finally blocks run, then the exception goes on
 * from the loop's cleanups (CPython pops the iterator as it unwinds);
 * only_exit: only when the exception is GeneratorExit. The
 * call leaves the exception pending: no check of its own, which would add
 * a traceback line. */
void g_gen_release_unwinding(Gen *g, int t, bool only_exit) {
    g_rt(g, "rt_gen_release_unwinding");
    IrRaises (*may_raise)(const char *, void *) = F->may_raise;
    F->may_raise = NULL;
    ir_call(F, "rt_gen_release_unwinding");
    ir_get(F, t);
    ir_i32(F, only_exit);
    ir_close(F);
    F->may_raise = may_raise;
    br_catch(g);
}

/* ---- try ---- */

/* The except clauses: the exception, once caught, is the handled one
 * (its successors' __context__, what a bare raise raises again) until
 * the handler is left. */
static void handlers(Gen *g, Stmt *st, IrLabel outer, int done) {
    /* plain locals, outside the GC frame: the runtime roots the handled
     * exception (rt_exc_enter_handler); a generator's is an object, kept
     * in its frame while it is suspended in a handler */
    bool rewinds = g->gen != NULL;
    int exc = ir_temp(F, VT_I32, rewinds), prev = ir_temp(F, VT_I32, false);
    g_rt(g, "rt_exc_take");
    if (rewinds) g_fresh_open(g); /* resuming in a handler: exc is restored */
    ir_set(F, exc);
    ir_call(F, "rt_exc_take");
    ir_close(F);
    ir_close(F);
    if (rewinds) g_fresh_close(g);
    enter_handler(g, exc, prev); /* resuming too: it is handled again */
    int land = g_new_label(g);
    ir_block(F, VT_NONE, 'h', land);
    F->catch_to = (IrLabel){'h', land};
    bool caught_all = false;
    for (int i = 0; i < st->u.try_.handlers.len && !caught_all; i++) {
        ExceptHandler *h = st->u.try_.handlers.items[i];
        SiteRef clause = {h->line, NULL};
        const void *outer_site = g_site_enter(g, &clause);
        GenRange *range = NULL;
        if (h->type) {
            g_rt(g, "rt_exc_matches");
            ir_if(F, VT_NONE);
            if (rewinds) { /* resuming: the clause holding the yield, no test */
                ir_if(F, VT_I32);
                g_fresh(g);
                ir_open(F, IR_THEN);
            }
            ir_call(F, "rt_exc_matches");
            ir_get(F, exc);
            /* the class is an object, but naming it allocates nothing
             * that outlives the test: the function need not poll the
             * collector for it (its loops would, on every iteration) */
            bool polls = F->polls;
            gx(g, h->type, T_OBJ);
            if (h->type->kind == E_NAME || h->type->kind == E_TUPLE) F->polls = polls;
            ir_close(F);
            if (rewinds) {
                ir_close(F);
                ir_open(F, IR_ELSE);
                if (g_body_yields(&h->body)) range = g_range_test(g);
                else ir_i32(F, 0);
                ir_close(F);
                ir_close(F);
            }
            ir_open(F, IR_THEN);
        } else {
            caught_all = true;
        }
        if (rewinds) g_fresh_open(g);
        if (h->sym) g_store_sym(g, h->sym, exc, T_OBJ);
        if (rewinds) g_fresh_close(g);
        F->site_key = outer_site;
        if (range) g_range_from(g, range);
        gstmts(g, &h->body);
        if (range) g_range_patch(g, range);
        if (h->sym) g_unbind(g, h->sym);
        leave_handler(g, prev);
        ir_br(F, 't', done);
        if (h->type) {
            ir_close(F); /* then */
            ir_close(F); /* if */
        }
    }
    cleanup_pop(g);
    if (!caught_all) {
        /* no clause matches: the exception goes on */
        g_rt(g, "rt_exc_restore");
        ir_call(F, "rt_exc_restore");
        ir_get(F, exc);
        ir_close(F);
        leave_handler(g, prev);
        F->catch_to = outer;
        br_catch(g);
    }
    ir_close(F); /* $h: an exception in a clause or a handler */
    F->catch_to = outer;
    leave_handler(g, prev);
    br_catch(g);
    ir_release(F, exc);
    ir_release(F, prev);
}

static bool handlers_yield(const Stmt *st) {
    for (int i = 0; i < st->u.try_.handlers.len; i++)
        if (g_body_yields(&((const ExceptHandler *)st->u.try_.handlers.items[i])->body)) return true;
    return false;
}

/* try/except/else, without the finally. */
static void try_except(Gen *g, Stmt *st) {
    IrLabel outer = F->catch_to;
    if (!st->u.try_.handlers.len) {
        gstmts(g, &st->u.try_.body);
        gstmts(g, &st->u.try_.orelse);
        return;
    }
    int done = g_new_label(g), land = g_new_label(g);
    ir_block(F, VT_NONE, 't', done);
    ir_block(F, VT_NONE, 'x', land);
    GenRange *in_handlers = NULL;
    if (g->gen && handlers_yield(st)) { /* resuming in a handler: straight there */
        ir_br_if(F, 'x', land);
        in_handlers = g_range_test(g);
        ir_close(F);
    }
    F->catch_to = (IrLabel){'x', land};
    gstmts(g, &st->u.try_.body);
    F->catch_to = outer; /* the else clause is not guarded */
    gstmts(g, &st->u.try_.orelse);
    ir_br(F, 't', done);
    ir_close(F); /* $x: an exception in the body */
    if (in_handlers) g_range_from(g, in_handlers);
    handlers(g, st, outer, done);
    if (in_handlers) g_range_patch(g, in_handlers);
    ir_close(F); /* $t */
    F->catch_to = outer;
}

/* The code after a finally body: resume what made it run. */
static void finally_dispatch(Gen *g, Cleanup *fin, int fexc) {
    int from = g->ncleanups - 1; /* the finally is popped */
    ir_if(F, VT_NONE);
    ir_open(F, IR_I32_EQ);
    ir_get(F, fin->why);
    ir_i32(F, WHY_EXCEPTION);
    ir_close(F);
    ir_open(F, IR_THEN);
    g_rt(g, "rt_exc_restore");
    ir_call(F, "rt_exc_restore");
    ir_get(F, fexc);
    ir_close(F);
    br_catch(g);
    ir_close(F);
    ir_close(F);
    if (fin->returns) {
        ir_if(F, VT_NONE);
        ir_open(F, IR_I32_EQ);
        ir_get(F, fin->why);
        ir_i32(F, WHY_RETURN);
        ir_close(F);
        ir_open(F, IR_THEN);
        return_from(g, from, fin->ret);
        ir_close(F);
        ir_close(F);
    }
    for (int i = 0; i < fin->njumps; i++) {
        Jump j = fin->jumps[i];
        ir_if(F, VT_NONE);
        ir_open(F, IR_I32_EQ);
        ir_get(F, fin->why);
        ir_i32(F, j.code);
        ir_close(F);
        ir_open(F, IR_THEN);
        jump_from(g, from, j.role, j.label, j.loop);
        ir_close(F);
        ir_close(F);
    }
}

/* try: body, handlers, else, finally (CPython's compile.c order). */
void gtry(Gen *g, Stmt *st) {
    if (!st->u.try_.finalbody.len) {
        try_except(g, st);
        return;
    }
    IrLabel outer = F->catch_to;
    Cleanup *fin = cleanup_push(g, CLEANUP_FINALLY);
    fin->why = ir_temp(F, VT_I32, false);
    fin->label = g_new_label(g);
    /* plain locals: fexc is NULL until the finally body, during which the
     * runtime roots it as the handled exception, then it is pending again */
    bool rewinds = g->gen != NULL; /* a generator's fexc is in its frame */
    int fexc = ir_temp(F, VT_I32, rewinds), prevf = ir_temp(F, VT_I32, false);
    if (rewinds) g_fresh_open(g); /* resuming: they are restored */
    set_i32(g, fin->why, WHY_NORMAL);
    set_i32(g, fexc, 0);
    if (rewinds) g_fresh_close(g);
    int land = g_new_label(g);
    ir_block(F, VT_NONE, 'z', fin->label);
    GenRange *in_final = NULL;
    if (rewinds && g_body_yields(&st->u.try_.finalbody)) { /* resuming in the finally body */
        ir_br_if(F, 'z', fin->label);
        in_final = g_range_test(g);
        ir_close(F);
    }
    ir_block(F, VT_NONE, 'e', land);
    F->catch_to = (IrLabel){'e', land};
    try_except(g, st);
    ir_br(F, 'z', fin->label);
    ir_close(F); /* $e: an exception left the try */
    g_rt(g, "rt_exc_take");
    ir_set(F, fexc);
    ir_call(F, "rt_exc_take");
    ir_close(F);
    ir_close(F);
    set_i32(g, fin->why, WHY_EXCEPTION);
    ir_close(F); /* $z: the finally body */
    F->catch_to = outer;
    cleanup_pop(g);
    /* while it runs after an exception, that exception is the handled one
     * (rt_exc_enter_handler(NULL) keeps the current one) */
    enter_handler(g, fexc, prevf);
    int after = g_new_label(g), fland = g_new_label(g);
    ir_block(F, VT_NONE, 'a', after);
    ir_block(F, VT_NONE, 'g', fland);
    F->catch_to = (IrLabel){'g', fland};
    if (in_final) g_range_from(g, in_final);
    gstmts(g, &st->u.try_.finalbody);
    if (in_final) g_range_patch(g, in_final);
    cleanup_pop(g);
    F->catch_to = outer;
    leave_handler(g, prevf);
    finally_dispatch(g, fin, fexc);
    ir_br(F, 'a', after);
    ir_close(F); /* $g: an exception in the finally body */
    leave_handler(g, prevf);
    br_catch(g);
    ir_close(F); /* $a */
    ir_release(F, fexc);
    ir_release(F, prevf);
    ir_release(F, fin->why);
    if (fin->ret >= 0) g_free_temp(g, fin->ret);
}

/* raise [X [from Y]] */
void graise(Gen *g, Stmt *st) {
    Expr *exc = st->u.raise.exc, *cause = st->u.raise.cause;
    if (!exc) {
        /* the handled exception again, its traceback as it is; or
         * RuntimeError, raised here */
        g_rt(g, "rt_reraise");
        g_rt(g, "rt_tb_add");
        IrRaises (*may_raise)(const char *, void *) = F->may_raise;
        F->may_raise = NULL;
        ir_if(F, VT_NONE);
        ir_call(F, "rt_reraise");
        ir_close(F);
        ir_open(F, IR_THEN);
        ir_call(F, "rt_tb_add");
        ir_i32(F, (int32_t)g_site_now(g));
        ir_close(F);
        ir_close(F);
        ir_close(F);
        F->may_raise = may_raise;
        br_catch(g);
        return;
    }
    g_rt(g, "rt_raise_obj");
    Operand x = op_expr(exc);
    if (cause && g_may_poll(g, cause)) x = g_spill(g, exc, T_OBJ);
    ir_call(F, "rt_raise_obj");
    gop(g, x, T_OBJ);
    if (cause) gx(g, cause, T_OBJ);
    else ir_i32(F, 0);
    ir_i32(F, cause != NULL);
    ir_close(F);
    if (!x.expr) g_free_temp(g, x.temp);
    ir_leaf(F, IR_UNREACHABLE); /* the check after the call branched */
}

/* ---- frames inside a function ---- */

void g_inner_frame_open(Gen *g, InnerFrame *fr, const char *name, int line, const Expr *e) {
    fr->saved_name = g->frame_name;
    fr->saved_catch = F->catch_to;
    fr->whole = (SiteRef){line, e};
    fr->done = g_new_label(g);
    fr->land = g_new_label(g);
    ir_block(F, VT_I32, 'k', fr->done);
    ir_block(F, VT_NONE, 'q', fr->land);
    F->catch_to = (IrLabel){'q', fr->land};
    g->frame_name = name;
    fr->saved_key = g_site_enter(g, &fr->whole);
}

void g_inner_frame_close(Gen *g, InnerFrame *fr) {
    ir_br(F, 'k', fr->done); /* the value */
    ir_close(F);             /* $q: an exception left the inner frame */
    g->frame_name = fr->saved_name;
    F->site_key = fr->saved_key;
    F->catch_to = fr->saved_catch;
    g_rt(g, "rt_tb_add");
    ir_call(F, "rt_tb_add");
    ir_i32(F, (int32_t)site(g, &fr->whole));
    ir_close(F);
    br_catch(g);
    ir_close(F); /* $k */
}

/* ---- exception values ---- */

void g_exc_class(Gen *g, BuiltinId id) {
    g_rt(g, "rt_exc_class");
    ir_call(F, "rt_exc_class");
    ir_i32(F, builtin_exc_kind(id));
    ir_close(F);
}

void g_exc_call(Gen *g, Expr *e) {
    /* the arguments as a tuple display: its lowering keeps them rooted */
    Expr *args = arena_alloc(g->a, sizeof *args);
    args->kind = E_TUPLE;
    args->line = e->line;
    args->col = e->col;
    args->type = T_TUPLE;
    args->u.seq.items = e->u.call.args;
    g_rt(g, "rt_exc_call");
    Operand t = op_expr(args);
    if (g_may_poll(g, args)) t = g_spill(g, args, T_TUPLE);
    ir_call(F, "rt_exc_call");
    g_exc_class(g, e->call->builtin);
    gop(g, t, T_TUPLE);
    ir_close(F);
    if (!t.expr) g_free_temp(g, t.temp);
}

