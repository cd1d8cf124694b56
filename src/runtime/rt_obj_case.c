/* Case mapping and character classes for str methods, CPython 3.11's for
 * every code point: the tables are generated from CPython itself
 * (rt_unicode_data.c, tools/gen_unicode.py); ASCII is decided here without
 * them. Full case mappings (ß -> SS, ﬁ -> FI, ŉ -> ʼN, Greek with
 * ypogegrammeni ...), titlecase letters (ǅ), the final sigma of lower(). */
#include "rt_obj.h"

/* The full mapping `which` of cp into out (1 to 3 code points). */
static int map1(uint32_t cp, int which, uint32_t out[3]) {
    if (cp < 0x80) {
        if (which == RT_UC_UPPER || which == RT_UC_TITLE) out[0] = cp >= 'a' && cp <= 'z' ? cp - 32 : cp;
        else out[0] = cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
        return 1;
    }
    return rt_uc_map(cp, which, out);
}

/* The simple (one code point) mappings, as CPython's re engine uses them:
 * the full one when it is one code point; else İ's lowercase is i, and a
 * letter whose uppercase is two (ᾀ -> ἈΙ) has its titlecase letter (ᾈ). */
static uint32_t simple1(uint32_t cp, int which) {
    uint32_t m[3];
    if (map1(cp, which, m) == 1) return m[0];
    if (which == RT_UC_LOWER) return cp == 0x130 ? 'i' : cp;
    return which == RT_UC_UPPER && map1(cp, RT_UC_TITLE, m) == 1 ? m[0] : cp;
}

static uint32_t casing1(uint32_t c) {
    if (c >= 'A' && c <= 'Z') return RT_UC_ISUPPER;
    if (c >= 'a' && c <= 'z') return RT_UC_ISLOWER;
    if (c < 0x80) return c == '\'' || c == '.' || c == ':' || c == '^' || c == '`' ? RT_UC_IGNORABLE : 0;
    return rt_uc_casing(c);
}
static int is_upper1(uint32_t c) { return (casing1(c) & RT_UC_ISUPPER) != 0; }
static int is_lower1(uint32_t c) { return (casing1(c) & RT_UC_ISLOWER) != 0; }
static int is_title1(uint32_t c) { return (casing1(c) & RT_UC_ISTITLE) != 0; }
static int is_cased(uint32_t c) { return (casing1(c) & (RT_UC_ISUPPER | RT_UC_ISLOWER | RT_UC_ISTITLE)) != 0; }
static int is_ignorable(uint32_t c) { return (casing1(c) & RT_UC_IGNORABLE) != 0; }

static uint32_t classes1(uint32_t c) {
    if (c < 0x80) {
        if ((c | 32) >= 'a' && (c | 32) <= 'z') return RT_UC_ALPHA;
        return c >= '0' && c <= '9' ? RT_UC_DECIMAL | RT_UC_DIGIT | RT_UC_NUMERIC : 0;
    }
    return rt_uc_classes(c);
}
static int is_alpha1(uint32_t c) { return (classes1(c) & RT_UC_ALPHA) != 0; }
static int is_decimal1(uint32_t c) { return (classes1(c) & RT_UC_DECIMAL) != 0; }
static int is_digit1(uint32_t c) { return (classes1(c) & RT_UC_DIGIT) != 0; }
static int is_numeric1(uint32_t c) { return (classes1(c) & RT_UC_NUMERIC) != 0; }
static int is_alnum1(uint32_t c) { return classes1(c) != 0; } /* CPython's: alpha, decimal, digit or numeric */

static void put_cp(RtSb *b, uint32_t cp) {
    char tmp[4];
    rt_sb_put(b, tmp, rt_utf8_encode(cp, tmp));
}

static void put_mapped(RtSb *b, uint32_t cp, int which) {
    uint32_t m[3];
    int n = map1(cp, which, m);
    for (int k = 0; k < n; k++) put_cp(b, m[k]);
}

/* The code point before byte i of s (i > 0). */
static uint32_t cp_before(RtStr *s, uint32_t *i) {
    uint32_t p = *i - 1, cp;
    while (p > 0 && ((unsigned char)s->data[p] & 0xc0) == 0x80) p--;
    rt_utf8_decode((const unsigned char *)s->data, s->byte_len, p, &cp);
    *i = p;
    return cp;
}

/* Σ at byte i (k bytes) of s is final (CPython's handle_capital_sigma):
 * preceded by a cased letter and not followed by one, case-ignorable
 * characters skipped on both sides. */
static int final_sigma(RtStr *s, uint32_t i, uint32_t k) {
    uint32_t cp = 0, j = i;
    int before = 0;
    while (j > 0) {
        cp = cp_before(s, &j);
        if (!is_ignorable(cp)) {
            before = is_cased(cp);
            break;
        }
    }
    if (!before) return 0;
    for (j = i + k; j < s->byte_len;) {
        j += rt_utf8_decode((const unsigned char *)s->data, s->byte_len, j, &cp);
        if (!is_ignorable(cp)) return !is_cased(cp);
    }
    return 1;
}

/* The full lowercase of the code point at byte i (k bytes) of s: with
 * the final sigma rule. */
static void put_lower(RtSb *b, RtStr *s, uint32_t i, uint32_t k, uint32_t cp) {
    if (cp == 0x3a3) put_cp(b, final_sigma(s, i, k) ? 0x3c2 : 0x3c3);
    else put_mapped(b, cp, RT_UC_LOWER);
}

#define FOR_CPS(s, i, cp) \
    for (uint32_t i = 0, cp, _k; i < (s)->byte_len && ((_k = rt_utf8_decode((const unsigned char *)(s)->data, (s)->byte_len, i, &cp)), 1); i += _k)

enum { M_UPPER, M_LOWER, M_SWAP, M_TITLE, M_CAPITALIZE, M_FOLD };

/* CPython's do_upper, do_lower, do_swapcase, do_title, do_capitalize and
 * do_casefold (unicodeobject.c), with the full mappings. */
static RtStr *map_case(RtStr *s, int mode) {
    RtSb b = {0, 0, 0};
    rt_sb_reserve(&b, s->byte_len + 4);
    int prev_cased = 0, first = 1;
    FOR_CPS(s, i, cp) {
        switch (mode) {
        case M_UPPER: put_mapped(&b, cp, RT_UC_UPPER); break;
        case M_LOWER: put_lower(&b, s, i, _k, cp); break;
        case M_FOLD: put_mapped(&b, cp, RT_UC_FOLD); break;
        case M_SWAP:
            if (is_upper1(cp)) put_lower(&b, s, i, _k, cp);
            else if (is_lower1(cp)) put_mapped(&b, cp, RT_UC_UPPER);
            else put_cp(&b, cp);
            break;
        case M_TITLE:
            if (prev_cased) put_lower(&b, s, i, _k, cp);
            else put_mapped(&b, cp, RT_UC_TITLE);
            prev_cased = is_cased(cp);
            break;
        default: /* capitalize */
            if (first) put_mapped(&b, cp, RT_UC_TITLE);
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
RtStr *rt_str_casefold(RtStr *s) { return map_case(s, M_FOLD); }

/* Whether every code point of s (at least one) is of the class. */
static int32_t all_of(RtStr *s, int (*is)(uint32_t)) {
    if (!s->byte_len) return 0;
    FOR_CPS(s, i, cp) {
        (void)i;
        if (!is(cp)) return 0;
    }
    return 1;
}

int32_t rt_str_isdigit(RtStr *s) { return all_of(s, is_digit1); }
int32_t rt_str_isalpha(RtStr *s) { return all_of(s, is_alpha1); }
int32_t rt_str_isalnum(RtStr *s) { return all_of(s, is_alnum1); }
int32_t rt_str_isdecimal(RtStr *s) { return all_of(s, is_decimal1); }
int32_t rt_str_isnumeric(RtStr *s) { return all_of(s, is_numeric1); }

/* isupper(): no lowercase nor titlecase letter, at least one uppercase */
int32_t rt_str_isupper(RtStr *s) {
    int cased = 0;
    FOR_CPS(s, i, cp) {
        (void)i;
        if (is_lower1(cp) || is_title1(cp)) return 0;
        if (is_upper1(cp)) cased = 1;
    }
    return cased;
}

/* islower(): no uppercase nor titlecase letter, at least one lowercase */
int32_t rt_str_islower(RtStr *s) {
    int cased = 0;
    FOR_CPS(s, i, cp) {
        (void)i;
        if (is_upper1(cp) || is_title1(cp)) return 0;
        if (is_lower1(cp)) cased = 1;
    }
    return cased;
}

/* istitle(): uppercase and titlecase characters only after uncased ones,
 * lowercase ones only after cased ones, and at least one cased */
int32_t rt_str_istitle(RtStr *s) {
    int cased = 0, prev_cased = 0;
    FOR_CPS(s, i, cp) {
        (void)i;
        if (is_upper1(cp) || is_title1(cp)) {
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

/* isidentifier(): XID_Start (or _), then XID_Continue (the string as it
 * is: CPython normalizes a source's identifiers, not this) */
int32_t rt_str_isidentifier(RtStr *s) {
    if (!s->byte_len) return 0;
    FOR_CPS(s, i, cp) {
        int ok = cp < 0x80 ? cp == '_' || ((cp | 32) >= 'a' && (cp | 32) <= 'z') || (i && cp >= '0' && cp <= '9')
                           : (rt_uc_xid(cp) & (i ? RT_UC_XID_CONTINUE : RT_UC_XID_START)) != 0;
        if (!ok) return 0;
    }
    return 1;
}

/* one code point's simple case mappings and classes, for the re engine
 * (rt_re_exec.c): the same tables as the str methods */
uint32_t rt_cp_lower(uint32_t c) { return simple1(c, RT_UC_LOWER); }
uint32_t rt_cp_upper(uint32_t c) { return simple1(c, RT_UC_UPPER); }
int rt_cp_isalnum(uint32_t c) { return is_alnum1(c); }
int rt_cp_isdecimal(uint32_t c) { return is_decimal1(c); }
