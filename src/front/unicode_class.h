/* Unicode character classes the lexer and language detection need:
 * identifier characters (as Python's, without NFKC) and decimal digits of
 * every script. The tables in unicode_class.c were generated from CPython's
 * unicodedata (Unicode 14): class "start" = categories L*, Nl and '_';
 * "continue" adds the marks Mn and Mc (which Indic spellings need inside
 * a word; CPython refuses one first: `\u0301a = 1` is a SyntaxError), Nd,
 * Pc, U+200C/U+200D (ZWNJ/ZWJ) and the middle dots U+00B7/U+0387. */
#ifndef ML_UNICODE_CLASS_H
#define ML_UNICODE_CLASS_H
#include <stdbool.h>
#include <stdint.h>

bool uc_is_id_start(uint32_t cp);
bool uc_is_id_continue(uint32_t cp);
/* Value 0..9 of a decimal digit (Nd) of any script, else -1. */
int uc_digit_value(uint32_t cp);
/* Whitespace accepted between tokens besides space/tab/form feed:
 * U+00A0 (no-break space) and U+3000 (ideographic space). */
bool uc_is_extra_space(uint32_t cp);
/* Columns the character takes on a terminal or in a monospace editor: 0
 * (combining marks, format characters), 1, or 2 (East Asian wide and
 * fullwidth); see unicode_width.c. */
int uc_display_width(uint32_t cp);

#endif
