/* Text of numbers given to int() and float(): CPython first maps Unicode
 * whitespace to ' ' and Unicode decimal digits (Nd) to ASCII, stopping at
 * the first other non-ASCII character, then strips ASCII whitespace. */
#include "rt_internal.h"

/* First code point of each run of ten Nd digits 0-9 above ASCII
 * (Unicode 14, as CPython 3.11). */
static const uint32_t nd_zeros[] = {
    0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66,
    0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0, 0xf20,
    0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0,
    0xa9f0, 0xaa50, 0xabf0, 0xff10, 0x104a0, 0x10d30, 0x11066, 0x110f0,
    0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730,
    0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950,
    0x1fbf0,
};

static int32_t unicode_space(uint32_t c) {
    return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 ||
           c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
}

static int32_t unicode_decimal(uint32_t c) {
    for (uint32_t i = 0; i < sizeof nd_zeros / sizeof nd_zeros[0]; i++)
        if (c >= nd_zeros[i] && c < nd_zeros[i] + 10) return (int32_t)(c - nd_zeros[i]);
    return -1;
}

static int32_t ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* Returns an ASCII copy (NUL-terminated) with surrounding whitespace
 * removed; *n receives its length. */
char *rt_numeric_ascii(RtStr *s, uint32_t *n) {
    const unsigned char *p = (const unsigned char *)s->data;
    uint32_t len = s->byte_len, o = 0;
    char *out = rt_alloc(len + 1);
    for (uint32_t i = 0; i < len;) {
        unsigned char c = p[i];
        if (c < 0x80) {
            out[o++] = (char)c;
            i++;
            continue;
        }
        uint32_t l = c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4, cp = c & (0x3f >> (l - 1));
        if (i + l > len) l = len - i;
        for (uint32_t k = 1; k < l; k++) cp = (cp << 6) | (p[i + k] & 0x3f);
        i += l;
        int32_t d;
        if (unicode_space(cp)) {
            out[o++] = ' ';
        } else if ((d = unicode_decimal(cp)) >= 0) {
            out[o++] = (char)('0' + d);
        } else {
            out[o++] = '?';
            break;
        }
    }
    uint32_t a = 0;
    while (a < o && ascii_space(out[a])) a++;
    while (o > a && ascii_space(out[o - 1])) o--;
    out[o] = 0;
    *n = o - a;
    return out + a;
}
