#include "diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "../lang/messages.h"
#include "../util/utf8.h"
#include "position.h"
#include "unicode_class.h"

const char *diag_tr(const Compiler *c, const char *fmt) {
    const char *code = c->messages ? c->messages : c->lang ? c->lang->code : NULL;
    return lang_message(code, fmt);
}

const char *diag_keyword(const Compiler *c, Concept k) {
    const char *own = c->lang ? c->lang->canonical[k] : NULL;
    return own ? own : lang_find("en")->canonical[k];
}

void diag_error(Compiler *c, int line, int col, const char *fmt, ...) {
    const char *tr = diag_tr(c, fmt);
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, tr, ap);
    va_end(ap);
    char *msg = arena_alloc(c->arena, (size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(msg, (size_t)n + 1, tr, ap);
    va_end(ap);
    Diag *d = arena_alloc(c->arena, sizeof *d);
    d->line = line;
    d->col = col;
    d->message = msg;
    ptrvec_push(c->arena, &c->diags, d);
}

bool diag_has_errors(const Compiler *c) { return c->diags.len > 0; }

/* Characters that would not show in a terminal or an editor panel, or
 * would rearrange the line: controls (a NUL byte, say), zero-width and
 * line/paragraph separators, bidirectional embeddings, overrides and
 * isolates, the byte order mark. The joiners ZWJ/ZWNJ that Indic and
 * Arabic words need are kept. */
static bool unshowable(uint32_t cp) {
    return (cp < 0x20 && cp != '\t') || (cp >= 0x7F && cp <= 0x9F) || cp == 0x200B ||
           (cp >= 0x2028 && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x2069) || cp == 0xFEFF;
}

/* The source line as printed: invalid UTF-8 and unshowable characters
 * become U+FFFD, so that the diagnostics are always valid text and the
 * reported character is visible. */
static void put_line(Buf *out, const char *s, size_t len) {
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        int n = utf8_decode(s + i, len - i, &cp);
        if (n <= 0 || unshowable(cp)) {
            buf_puts(out, "\xEF\xBF\xBD");
            i += n > 0 ? (size_t)n : 1;
            continue;
        }
        buf_putn(out, s + i, (size_t)n);
        i += (size_t)n;
    }
}

/* Blanks as wide as the first col-1 code points of the line, so that the
 * caret lines up in a terminal or a monospace editor: tabs are copied, a
 * wide character (CJK) takes two spaces, a combining mark (Devanagari vowel
 * signs, Arabic harakat) none. */
static void put_caret(Buf *out, const char *s, size_t len, int col) {
    int cp_index = 1;
    for (size_t i = 0; i < len && cp_index < col; cp_index++) {
        uint32_t cp;
        int n = utf8_decode(s + i, len - i, &cp);
        if (n <= 0 || unshowable(cp)) cp = 0xFFFD; /* as put_line prints it */
        i += n > 0 ? (size_t)n : 1;
        if (cp == '\t') buf_putc(out, '\t');
        else for (int w = uc_display_width(cp); w > 0; w--) buf_putc(out, ' ');
    }
    buf_puts(out, "^\n");
}

void diag_render(const Compiler *c, const Diag *d, Buf *out) {
    if (d->line <= 0) buf_printf(out, "%s: ", c->filename);
    else buf_printf(out, "%s:%d:%d: ", c->filename, d->line, d->col);
    buf_printf(out, diag_tr(c, "error: %s"), d->message);
    buf_putc(out, '\n');
    if (d->line <= 0) return;
    size_t len = 0;
    const char *s = c->src ? position_line(c->src, c->src_len, d->line, &len) : NULL;
    if (!s) return;
    buf_puts(out, "    ");
    put_line(out, s, len);
    buf_puts(out, "\n    ");
    put_caret(out, s, len, d->col);
}
