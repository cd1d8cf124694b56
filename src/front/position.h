/* Lines and columns, counted the same way by every stage (lexer, the front
 * door's byte-level checks, diagnostics): a line ends at "\n", "\r\n" or a
 * lone "\r", as in CPython; lines and columns start at 1 and a column counts
 * code points, so a caret lines up under the character in any script. */
#ifndef ML_POSITION_H
#define ML_POSITION_H
#include <stddef.h>

/* Length of the line break at p (1, or 2 for "\r\n"), or 0. */
static inline int newline_len(const char *p) {
    if (*p == '\n') return 1;
    if (*p == '\r') return p[1] == '\n' ? 2 : 1;
    return 0;
}

/* Line and column of byte offset off of text; the text before off must be
 * valid UTF-8 (the front door reports the first invalid byte this way). */
void position_of(const char *text, size_t len, size_t off, int *line, int *col);

/* Start of line `line` of text and its length without the line break in
 * *n, or NULL when text has no such line (the empty line after a final
 * line break exists: it is where EOF is reported). */
const char *position_line(const char *text, size_t len, int line, size_t *n);

#endif
