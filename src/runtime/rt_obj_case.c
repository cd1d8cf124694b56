/* Case mapping and character classes for str methods.
 *
 * Covered: ASCII, Latin-1, Latin Extended-A, Greek and Coptic (basic
 * letters, tonos forms, final sigma in lower()), Cyrillic (U+0400-U+04FF),
 * and the special upper-casing of U+00DF (ß -> SS) and U+0149. Other
 * scripts are left unchanged by upper()/lower() (CJK, Arabic, Indic ... have
 * no case, so only rarer cased alphabets such as Armenian, Georgian, Latin
 * Extended-B and Additional are approximate). isalpha()/isdigit() know the
 * scripts of the 17 language packs (Latin, Greek, Cyrillic, Arabic,
 * Devanagari, Bengali, Tamil, CJK, kana, Hangul) and their digits. */
#include "rt_obj.h"

/* simple lower -> upper; returns c itself when there is none */
static uint32_t to_upper1(uint32_t c) {
    if (c < 0x80) return c >= 'a' && c <= 'z' ? c - 32 : c;
    if (c < 0x100) {
        if (c == 0xb5) return 0x39c;
        if (c == 0xff) return 0x178;
        if (c >= 0xe0 && c != 0xf7 && c <= 0xfe) return c - 32;
        return c;
    }
    if (c < 0x180) {
        if (c == 0x131) return 'I';
        if (c == 0x17f) return 'S';
        if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17e)) return (c & 1) ? c : c - 1;
        if (c == 0x130 || c == 0x138 || c == 0x149 || c == 0x178) return c;
        return (c & 1) ? c - 1 : c;
    }
    if (c >= 0x370 && c < 0x400) {
        if (c >= 0x3b1 && c <= 0x3c9 && c != 0x3c2) return c - 32;
        if (c == 0x3c2) return 0x3a3;
        if (c == 0x3ac) return 0x386;
        if (c >= 0x3ad && c <= 0x3af) return c - 37;
        if (c == 0x3cc) return 0x38c;
        if (c == 0x3cd || c == 0x3ce) return c - 63;
        if (c == 0x3ca || c == 0x3cb) return c - 32;
        return c;
    }
    if (c >= 0x400 && c < 0x500) {
        if (c >= 0x430 && c <= 0x44f) return c - 32;
        if (c >= 0x450 && c <= 0x45f) return c - 80;
        if ((c >= 0x460 && c <= 0x481) || (c >= 0x48a && c <= 0x4bf) || (c >= 0x4d0 && c <= 0x4ff))
            return (c & 1) ? c - 1 : c;
        if (c >= 0x4c1 && c <= 0x4ce) return (c & 1) ? c : c - 1;
        if (c == 0x4cf) return 0x4c0;
        return c;
    }
    return c;
}

static uint32_t to_lower1(uint32_t c) {
    if (c < 0x80) return c >= 'A' && c <= 'Z' ? c + 32 : c;
    if (c < 0x100) return c >= 0xc0 && c <= 0xde && c != 0xd7 ? c + 32 : c;
    if (c < 0x180) {
        if (c == 0x130) return 'i'; /* simple mapping; full lower() gives i + U+0307 */
        if (c == 0x178) return 0xff;
        if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17e)) return (c & 1) ? c + 1 : c;
        if (c == 0x131 || c == 0x138 || c == 0x149 || c == 0x17f) return c;
        return (c & 1) ? c : c + 1;
    }
    if (c >= 0x370 && c < 0x400) {
        if (c >= 0x391 && c <= 0x3a9 && c != 0x3a2) return c + 32;
        if (c == 0x386) return 0x3ac;
        if (c >= 0x388 && c <= 0x38a) return c + 37;
        if (c == 0x38c) return 0x3cc;
        if (c == 0x38e || c == 0x38f) return c + 63;
        if (c == 0x3aa || c == 0x3ab) return c + 32;
        return c;
    }
    if (c >= 0x400 && c < 0x500) {
        if (c >= 0x410 && c <= 0x42f) return c + 32;
        if (c >= 0x400 && c <= 0x40f) return c + 80;
        if ((c >= 0x460 && c <= 0x481) || (c >= 0x48a && c <= 0x4bf) || (c >= 0x4d0 && c <= 0x4ff))
            return (c & 1) ? c : c + 1;
        if (c >= 0x4c1 && c <= 0x4ce) return (c & 1) ? c + 1 : c;
        if (c == 0x4c0) return 0x4cf;
        return c;
    }
    return c;
}

static int is_upper1(uint32_t c) { return to_lower1(c) != c || c == 0x130; }
static int is_lower1(uint32_t c) { return to_upper1(c) != c || c == 0xdf || c == 0x138 || c == 0x149; }
static int is_cased(uint32_t c) { return is_upper1(c) || is_lower1(c); }

static int is_alpha1(uint32_t c) {
    if (c < 0x80) return (c | 32) >= 'a' && (c | 32) <= 'z';
    if (c < 0x100) return c == 0xaa || c == 0xb5 || c == 0xba || (c >= 0xc0 && c != 0xd7 && c != 0xf7);
    if (c < 0x250) return 1; /* Latin Extended-A/B */
    if (c >= 0x250 && c <= 0x2af) return 1;
    if (c >= 0x370 && c < 0x400) return c >= 0x386 && c != 0x387 && c != 0x3f6;
    if (c >= 0x400 && c < 0x530) return !(c >= 0x482 && c <= 0x489);
    if (c >= 0x620 && c <= 0x64a) return 1;                                 /* Arabic */
    if (c >= 0x671 && c <= 0x6d3) return 1;
    if ((c >= 0x904 && c <= 0x939) || c == 0x93d || c == 0x950 || (c >= 0x958 && c <= 0x961)) return 1; /* Devanagari */
    if ((c >= 0x985 && c <= 0x9b9) || c == 0x9bd || c == 0x9ce || (c >= 0x9dc && c <= 0x9e1)) return 1; /* Bengali */
    if ((c >= 0xb85 && c <= 0xbb9) || c == 0xbd0) return 1;                 /* Tamil */
    if (c >= 0x1e00 && c <= 0x1fff) return 1;                               /* Latin/Greek extended */
    if ((c >= 0x3041 && c <= 0x3096) || (c >= 0x309d && c <= 0x309f)) return 1; /* hiragana */
    if ((c >= 0x30a1 && c <= 0x30fa) || (c >= 0x30fc && c <= 0x30ff)) return 1; /* katakana */
    if (c >= 0x3400 && c <= 0x4dbf) return 1;
    if (c >= 0x4e00 && c <= 0x9fff) return 1; /* CJK */
    if (c >= 0xac00 && c <= 0xd7a3) return 1; /* Hangul */
    if ((c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) return 1;
    return 0;
}

static const uint32_t digit_zeros[] = {0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6,
                                       0xc66, 0xce6, 0xd66, 0xe50, 0xed0, 0xf20, 0x1040, 0xff10};
static int is_decimal1(uint32_t c) {
    for (uint32_t i = 0; i < sizeof digit_zeros / sizeof digit_zeros[0]; i++)
        if (c >= digit_zeros[i] && c < digit_zeros[i] + 10) return 1;
    return 0;
}
static int is_digit1(uint32_t c) {
    return is_decimal1(c) || c == 0xb2 || c == 0xb3 || c == 0xb9 || c == 0x2070 || (c >= 0x2074 && c <= 0x2079) ||
           (c >= 0x2080 && c <= 0x2089) || (c >= 0x2460 && c <= 0x2468);
}


#define FOR_CPS(s, i, cp) \
    for (uint32_t i = 0, cp, _k; i < (s)->byte_len && ((_k = rt_utf8_decode((const unsigned char *)(s)->data, (s)->byte_len, i, &cp)), 1); i += _k)

enum { M_UPPER, M_LOWER, M_SWAP, M_TITLE, M_CAPITALIZE };

static void put_cp(RtSb *b, uint32_t cp) {
    char tmp[4];
    rt_sb_put(b, tmp, rt_utf8_encode(cp, tmp));
}

static void put_upper(RtSb *b, uint32_t cp, int title) {
    if (cp == 0xdf) rt_sb_put(b, title ? "Ss" : "SS", 2);
    else if (cp == 0x149) {
        put_cp(b, 0x2bc);
        rt_sb_putc(b, 'N');
    } else put_cp(b, to_upper1(cp));
}

/* final sigma: preceded by a cased letter and not followed by one */
static int final_sigma(RtStr *s, uint32_t i, uint32_t k) {
    uint32_t cp;
    int before = 0;
    for (uint32_t j = i; j > 0;) {
        uint32_t p = j - 1;
        while (p > 0 && ((unsigned char)s->data[p] & 0xc0) == 0x80) p--;
        rt_utf8_decode((const unsigned char *)s->data, s->byte_len, p, &cp);
        if (cp == '\'' || cp == 0x2019 || cp == 0xad) { /* case-ignorable */
            j = p;
            continue;
        }
        before = is_cased(cp);
        break;
    }
    if (!before) return 0;
    for (uint32_t j = i + k; j < s->byte_len;) {
        j += rt_utf8_decode((const unsigned char *)s->data, s->byte_len, j, &cp);
        if (cp == '\'' || cp == 0x2019 || cp == 0xad) continue;
        return !is_cased(cp);
    }
    return 1;
}

/* the lowercase of the code point at byte i (k bytes) of s: final sigma,
 * and İ's full lowercase (i and a combining dot above) */
static void put_lower(RtSb *b, RtStr *s, uint32_t i, uint32_t k, uint32_t cp) {
    if (cp == 0x130) {
        put_cp(b, 'i');
        put_cp(b, 0x307);
        return;
    }
    put_cp(b, cp == 0x3a3 && final_sigma(s, i, k) ? 0x3c2 : to_lower1(cp));
}

static RtStr *map_case(RtStr *s, int mode) {
    RtSb b = {0, 0, 0};
    rt_sb_reserve(&b, s->byte_len + 4);
    int prev_cased = 0, first = 1;
    FOR_CPS(s, i, cp) {
        switch (mode) {
        case M_UPPER: put_upper(&b, cp, 0); break;
        case M_LOWER: put_lower(&b, s, i, _k, cp); break;
        case M_SWAP:
            if (is_upper1(cp)) put_lower(&b, s, i, _k, cp);
            else if (is_lower1(cp)) put_upper(&b, cp, 0);
            else put_cp(&b, cp);
            break;
        case M_TITLE:
            if (prev_cased) put_lower(&b, s, i, _k, cp);
            else put_upper(&b, cp, 1);
            prev_cased = is_cased(cp);
            break;
        default: /* capitalize */
            if (first) put_upper(&b, cp, 1);
            else put_lower(&b, s, i, _k, cp);
            break;
        }
        first = 0;
    }
    if (b.len == s->byte_len && __builtin_memcmp(b.buf, s->data, b.len) == 0) return s;
    return rt_sb_finish(&b);
}

RtStr *rt_str_upper(RtStr *s) { return map_case(s, M_UPPER); }
RtStr *rt_str_lower(RtStr *s) { return map_case(s, M_LOWER); }
RtStr *rt_str_swapcase(RtStr *s) { return map_case(s, M_SWAP); }
RtStr *rt_str_title(RtStr *s) { return map_case(s, M_TITLE); }
RtStr *rt_str_capitalize(RtStr *s) { return map_case(s, M_CAPITALIZE); }

enum { C_DIGIT, C_ALPHA, C_ALNUM };

static int32_t all_class(RtStr *s, int cls) {
    if (!s->byte_len) return 0;
    FOR_CPS(s, i, cp) {
        (void)i;
        int ok = cls == C_DIGIT ? is_digit1(cp) : cls == C_ALPHA ? is_alpha1(cp) : is_alpha1(cp) || is_digit1(cp);
        if (!ok) return 0;
    }
    return 1;
}

int32_t rt_str_isdigit(RtStr *s) { return all_class(s, C_DIGIT); }
int32_t rt_str_isalpha(RtStr *s) { return all_class(s, C_ALPHA); }
int32_t rt_str_isalnum(RtStr *s) { return all_class(s, C_ALNUM); }

int32_t rt_str_isupper(RtStr *s) {
    int cased = 0;
    FOR_CPS(s, i, cp) {
        (void)i;
        if (is_lower1(cp)) return 0;
        if (is_upper1(cp)) cased = 1;
    }
    return cased;
}

int32_t rt_str_islower(RtStr *s) {
    int cased = 0;
    FOR_CPS(s, i, cp) {
        (void)i;
        if (is_upper1(cp)) return 0;
        if (is_lower1(cp)) cased = 1;
    }
    return cased;
}

/* isdecimal(): the decimal digits of the scripts above (exact there);
 * isnumeric() adds isdigit()'s superscripts and circled digits, the
 * vulgar fractions, Roman numerals and the common CJK numerals: other
 * numeric characters of Unicode (rarer scripts' digits, counting rods ...)
 * are not known, so it is approximate beyond these. */
static int is_numeric1(uint32_t c) {
    static const char *const cjk = "\xe3\x80\x87\xe4\xb8\x80\xe4\xba\x8c\xe4\xb8\x89\xe5\x9b\x9b\xe4\xba\x94"
                                   "\xe5\x85\xad\xe4\xb8\x83\xe5\x85\xab\xe4\xb9\x9d\xe5\x8d\x81\xe7\x99\xbe"
                                   "\xe5\x8d\x83\xe4\xb8\x87\xe4\xba\xbf\xe5\x85\x86\xe9\x9b\xb6"; /* 〇一二三四五六七八九十百千万亿兆零 */
    if (is_digit1(c) || c == 0xbc || c == 0xbd || c == 0xbe || (c >= 0x2150 && c <= 0x2189)) return 1;
    if ((c >= 0x2469 && c <= 0x249b) || (c >= 0x24ea && c <= 0x24ff) || (c >= 0x2776 && c <= 0x2793)) return 1;
    for (uint32_t i = 0, cp, k; cjk[i]; i += k) {
        k = rt_utf8_decode((const unsigned char *)cjk, rt_cstrlen(cjk), i, &cp);
        if (cp == c) return 1;
    }
    return 0;
}

int32_t rt_str_isdecimal(RtStr *s) {
    if (!s->byte_len) return 0;
    FOR_CPS(s, i, cp) {
        (void)i;
        if (!is_decimal1(cp)) return 0;
    }
    return 1;
}

int32_t rt_str_isnumeric(RtStr *s) {
    if (!s->byte_len) return 0;
    FOR_CPS(s, i, cp) {
        (void)i;
        if (!is_numeric1(cp)) return 0;
    }
    return 1;
}

/* istitle(): uppercase characters only after uncased ones, lowercase
 * ones only after cased ones, and at least one cased (CPython's) */
int32_t rt_str_istitle(RtStr *s) {
    int cased = 0, prev_cased = 0;
    FOR_CPS(s, i, cp) {
        (void)i;
        if (is_upper1(cp)) {
            if (prev_cased) return 0;
            prev_cased = cased = 1;
        } else if (is_lower1(cp)) {
            if (!prev_cased) return 0;
            prev_cased = cased = 1;
        } else {
            prev_cased = 0;
        }
    }
    return cased;
}

/* casefold(): lower() without its final-sigma rule, plus the full case
 * foldings that differ from lowercasing in the tables above (ß -> ss,
 * ſ -> s, the Greek symbol variants, µ -> μ, ŉ -> ʼn) */
RtStr *rt_str_casefold(RtStr *s) {
    RtSb b = {0, 0, 0};
    rt_sb_reserve(&b, s->byte_len + 4);
    FOR_CPS(s, i, cp) {
        (void)i;
        switch (cp) {
        case 0xdf:
        case 0x1e9e: rt_sb_puts(&b, "ss"); break;
        case 0x149:
            put_cp(&b, 0x2bc);
            put_cp(&b, 'n');
            break;
        case 0x17f: put_cp(&b, 's'); break;
        case 0x130: /* İ: i and a combining dot above */
            put_cp(&b, 'i');
            put_cp(&b, 0x307);
            break;
        case 0xb5: put_cp(&b, 0x3bc); break;
        case 0x3c2: put_cp(&b, 0x3c3); break;
        case 0x3d0: put_cp(&b, 0x3b2); break;
        case 0x3d1: put_cp(&b, 0x3b8); break;
        case 0x3d5: put_cp(&b, 0x3c6); break;
        case 0x3d6: put_cp(&b, 0x3c0); break;
        case 0x3f0: put_cp(&b, 0x3ba); break;
        case 0x3f1: put_cp(&b, 0x3c1); break;
        case 0x3f5: put_cp(&b, 0x3b5); break;
        default: put_cp(&b, to_lower1(cp)); break;
        }
    }
    if (b.len == s->byte_len && __builtin_memcmp(b.buf, s->data, b.len) == 0) return s;
    return rt_sb_finish(&b);
}

/* isidentifier(): a letter or _ then letters, digits and _ (exact for
 * ASCII; XID_Start/XID_Continue approximated by isalpha()'s scripts and
 * the decimal digits beyond it, combining marks not known) */
int32_t rt_str_isidentifier(RtStr *s) {
    if (!s->byte_len) return 0;
    FOR_CPS(s, i, cp) {
        int ok = cp == '_' || is_alpha1(cp) || (i && is_decimal1(cp));
        if (!ok) return 0;
    }
    return 1;
}

/* one code point's simple case mappings and classes, for the re engine
 * (rt_re_exec.c): the same tables as the str methods */
uint32_t rt_cp_lower(uint32_t c) { return to_lower1(c); }
uint32_t rt_cp_upper(uint32_t c) { return to_upper1(c); }
int rt_cp_isalnum(uint32_t c) { return is_alpha1(c) || is_digit1(c); }
int rt_cp_isdecimal(uint32_t c) { return is_decimal1(c); }
