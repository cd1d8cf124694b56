/* Growable byte buffer (heap, not arena): used for emitted text such as WAT,
 * JSON and Python, which can be large and is handed back to the caller. */
#ifndef ML_BUF_H
#define ML_BUF_H
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

typedef struct Buf {
    char *data; /* always NUL-terminated when len > 0 or after buf_cstr */
    size_t len, cap;
} Buf;

void buf_init(Buf *b);
void buf_free(Buf *b);
/* Room for extra more bytes and the terminating NUL: the test inline (every
 * put makes it), the growth a call. */
void buf_grow(Buf *b, size_t extra);
static inline void buf_reserve(Buf *b, size_t extra) {
    if (b->len + extra + 1 > b->cap) buf_grow(b, extra);
}
void buf_putn(Buf *b, const char *s, size_t n);
void buf_puts(Buf *b, const char *s);
void buf_putc(Buf *b, char c);
/* v as 4 bytes, little-endian (wasm memory's order: static data) */
void buf_put_u32le(Buf *b, uint32_t v);
/* Puts n bytes in front of the contents (moved up, in place when the
 * capacity allows): a large text gets its small header without a second
 * copy of itself. */
void buf_prepend(Buf *b, const char *s, size_t n);
void buf_printf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_vprintf(Buf *b, const char *fmt, va_list ap);
const char *buf_cstr(Buf *b);
/* Hand the storage to the caller (malloc'd, NUL-terminated) and reset b. */
char *buf_take(Buf *b, size_t *len_out);
/* Append s as a JSON string literal (with quotes), escaping as JSON requires. */
void buf_put_json_string(Buf *b, const char *s, size_t n);

#endif
