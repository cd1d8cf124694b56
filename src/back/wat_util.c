/* Small services of the WAT generator: runtime roots, static strings,
 * temporaries, raising. */
#include "wat_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "../util/utf8.h"

void g_rt(Gen *g, const char *fn) {
    for (int i = 0; i < g->rt_roots.len; i++)
        if (!strcmp(g->rt_roots.items[i], fn)) return;
    ptrvec_push(g->a, &g->rt_roots, (void *)fn);
}

static void put_u32(Buf *b, uint32_t v) {
    char bytes[4] = {(char)(v & 0xff), (char)((v >> 8) & 0xff), (char)((v >> 16) & 0xff),
                     (char)((v >> 24) & 0xff)};
    buf_putn(b, bytes, 4);
}

/* Static strings use the runtime's RtStr layout with RT_FLAG_STATIC, so the
 * runtime treats them like any other string. Identical literals share. */
uint32_t g_str(Gen *g, const char *s, size_t len) {
    for (int i = 0; i < g->strlits.len; i++) {
        StrLit *l = g->strlits.items[i];
        if (l->len == len && !memcmp(l->data, s, len)) return l->addr;
    }
    StrLit *l = arena_alloc(g->a, sizeof *l);
    l->data = s;
    l->len = len;
    l->addr = g->data_base + (uint32_t)g->data.len;
    put_u32(&g->data, RT_TYPE_STR | RT_FLAG_STATIC);
    put_u32(&g->data, 0);
    put_u32(&g->data, (uint32_t)len);
    put_u32(&g->data, (uint32_t)utf8_count(s, len));
    buf_putn(&g->data, s, len);
    buf_putc(&g->data, 0);
    while (g->data.len % 8) buf_putc(&g->data, 0);
    ptrvec_push(g->a, &g->strlits, l);
    return l->addr;
}

int g_temp(Gen *g, Type t) {
    const char *wt = type_wasm(t);
    for (int i = 0; i < g->ntemps; i++)
        if (!g->temps[i].busy && !strcmp(g->temps[i].wasm_type, wt)) {
            g->temps[i].busy = true;
            return i;
        }
    if (g->ntemps == (int)(sizeof g->temps / sizeof g->temps[0])) {
        diag_error(g->c, 0, 0, "function '%s' is too complex (out of temporaries)", g->fn->name);
        return 0;
    }
    g->temps[g->ntemps].wasm_type = wt;
    g->temps[g->ntemps].busy = true;
    return g->ntemps++;
}

void g_free_temp(Gen *g, int idx) { g->temps[idx].busy = false; }

void g_raise(Gen *g, int kind, const char *msg) {
    g_rt(g, "rt_raise");
    uint32_t addr = msg ? g_str(g, msg, strlen(msg)) : 0;
    buf_printf(g->out, "(call $rt_raise (i32.const %d) (i32.const %u)) (unreachable)", kind, addr);
}

void g_raisef(Gen *g, int kind, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char tmp[512];
    vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    g_raise(g, kind, arena_strdup(g->a, tmp));
}
