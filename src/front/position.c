#include "position.h"

/* newline_len reads p[1] for "\r\n"; a caller's text is NUL-terminated, but
 * these functions only look inside [text, text + len). */
static int break_len(const char *p, const char *end) {
    if (*p == '\n') return 1;
    if (*p == '\r') return p + 1 < end && p[1] == '\n' ? 2 : 1;
    return 0;
}

void position_of(const char *text, size_t len, size_t off, int *line, int *col) {
    const char *p = text, *end = text + (off < len ? off : len);
    *line = 1, *col = 1;
    while (p < end) {
        int nl = break_len(p, text + len);
        if (nl) {
            p += nl;
            (*line)++, *col = 1;
            continue;
        }
        if (((unsigned char)*p & 0xC0) != 0x80) (*col)++;
        p++;
    }
}

const char *position_line(const char *text, size_t len, int line, size_t *n) {
    const char *p = text, *end = text + len;
    if (line < 1) return NULL;
    for (int l = 1; l < line; l++) {
        while (p < end && !break_len(p, end)) p++;
        if (p == end) return NULL;
        p += break_len(p, end);
    }
    const char *e = p;
    while (e < end && !break_len(e, end)) e++;
    *n = (size_t)(e - p);
    return p;
}
