#include "diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void diag_error(Compiler *c, int line, int col, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *msg = arena_alloc(c->arena, (size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(msg, (size_t)n + 1, fmt, ap);
    va_end(ap);
    Diag *d = arena_alloc(c->arena, sizeof *d);
    d->line = line;
    d->col = col;
    d->message = msg;
    ptrvec_push(c->arena, &c->diags, d);
}

bool diag_has_errors(const Compiler *c) { return c->diags.len > 0; }

/* Start of 1-based line `line` in the source, or NULL. */
static const char *line_start(const Compiler *c, int line, size_t *len) {
    const char *p = c->src, *end = c->src + c->src_len;
    for (int l = 1; l < line && p < end; p++)
        if (*p == '\n') l++;
    if (p > end || (p == end && line > 1 && p[-1] != '\n')) return NULL;
    const char *e = p;
    while (e < end && *e != '\n' && *e != '\r') e++;
    *len = (size_t)(e - p);
    return p;
}

void diag_render(const Compiler *c, const Diag *d, Buf *out) {
    if (d->line <= 0) {
        buf_printf(out, "%s: error: %s\n", c->filename, d->message);
        return;
    }
    buf_printf(out, "%s:%d:%d: error: %s\n", c->filename, d->line, d->col, d->message);
    size_t len = 0;
    const char *s = line_start(c, d->line, &len);
    if (!s) return;
    buf_puts(out, "    ");
    buf_putn(out, s, len);
    buf_puts(out, "\n    ");
    /* The caret goes under code point col; tabs are copied so it lines up. */
    int cp = 1;
    for (size_t i = 0; i < len && cp < d->col; i++) {
        unsigned char ch = (unsigned char)s[i];
        if ((ch & 0xC0) == 0x80) continue;
        buf_putc(out, ch == '\t' ? '\t' : ' ');
        cp++;
    }
    buf_puts(out, "^\n");
}
