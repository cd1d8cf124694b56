/* json.loads's parser: CPython 3.11's scanner (Modules/_json.c's
 * scan_once_unicode, _parse_object_unicode, _parse_array_unicode,
 * scanstring_unicode, _match_number_unicode) step for step, so that what
 * it accepts, what it builds and where it stops on an error are CPython's;
 * plus JSONDecoder.decode's whitespace and "Extra data" (Lib/json/decoder.py).
 *
 * Why C: parsing is a loop over every character of the document.
 *
 * The text is a str (UTF-8): every character the grammar looks at is
 * ASCII and no byte of a multibyte character is ASCII, so the scanner
 * walks bytes; a position is turned into CPython's (code points) only for
 * an error. Errors are not raised here: json.ml raises JSONDecodeError,
 * a class written in the language, so rt_json_decode appends the message
 * and the position to the list `err` and returns None. Other errors are
 * raised as CPython raises them: ValueError for an int of more than 4300
 * digits, RecursionError for nesting deeper than the recursion limit.
 *
 * The parser allocates but never calls user code, so it needs no rooting
 * (see rt_abi.h). */
#include "rt_bigint.h"

#define KEY_SLOTS 256
#define KEY_MAX 64 /* longer keys are not memoized */

typedef struct Dec {
    const unsigned char *s;
    uint32_t n;
    const char *msg; /* the error, once there is one (pos: its byte offset) */
    uint32_t pos;
    uint32_t entered; /* rt_depth_enter calls to undo */
    /* the keys met so far, by a hash of their text: a key met again is
     * the same str (CPython's scanner memoizes keys too), which saves its
     * allocation and, its hash being cached in the str, the dict's hashing */
    RtStr *keys[KEY_SLOTS];
} Dec;

static int fail(Dec *d, const char *msg, uint32_t pos) {
    d->msg = msg, d->pos = pos;
    return 0;
}

static inline int is_ws(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
static inline uint32_t skip_ws(Dec *d, uint32_t i) {
    while (i < d->n && is_ws(d->s[i])) i++;
    return i;
}
static inline int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

static RtObj *scan(Dec *d, uint32_t i, uint32_t *end);

/* ---- strings (scanstring_unicode, strict) ---- */

static int hex4(const unsigned char *p, uint32_t *out) {
    uint32_t v = 0;
    for (int k = 0; k < 4; k++) {
        unsigned char c = p[k];
        uint32_t x;
        if (c >= '0' && c <= '9') x = c - '0';
        else if (c >= 'a' && c <= 'f') x = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F') x = c - 'A' + 10;
        else return 0;
        v = v << 4 | x;
    }
    *out = v;
    return 1;
}

/* The string whose opening quote is at begin - 1; *end: after its closing quote. */
__attribute__((noinline)) static RtObj *scan_string(Dec *d, uint32_t begin, uint32_t *end) {
    const unsigned char *s = d->s;
    uint32_t n = d->n, i = begin;
    /* the common case: no escape, one copy */
    while (i < n && s[i] != '"' && s[i] != '\\' && s[i] >= 0x20) i++;
    if (i < n && s[i] == '"') {
        *end = i + 1;
        return (RtObj *)rt_str_from_bytes((const char *)s + begin, i - begin);
    }
    RtSb b = {0, 0, 0};
    uint32_t from = begin;
    for (;;) {
        while (i < n && s[i] != '"' && s[i] != '\\') {
            if (s[i] < 0x20) return fail(d, "Invalid control character at", i), (RtObj *)0;
            i++;
        }
        if (i >= n) return fail(d, "Unterminated string starting at", begin - 1), (RtObj *)0;
        rt_sb_put(&b, (const char *)s + from, i - from);
        if (s[i] == '"') {
            *end = i + 1;
            break;
        }
        i++; /* the backslash */
        if (i == n) return fail(d, "Unterminated string starting at", begin - 1), (RtObj *)0;
        unsigned char c = s[i];
        if (c != 'u') {
            char o;
            switch (c) {
            case '"': o = '"'; break;
            case '\\': o = '\\'; break;
            case '/': o = '/'; break;
            case 'b': o = '\b'; break;
            case 'f': o = '\f'; break;
            case 'n': o = '\n'; break;
            case 'r': o = '\r'; break;
            case 't': o = '\t'; break;
            default: return fail(d, "Invalid \\escape", i - 1), (RtObj *)0;
            }
            rt_sb_putc(&b, o);
            from = i = i + 1;
            continue;
        }
        /* \uXXXX: 4 hex digits and room for one more character after them */
        i++;
        uint32_t cp;
        if (i + 4 >= n) return fail(d, "Invalid \\uXXXX escape", i - 1), (RtObj *)0;
        if (!hex4(s + i, &cp)) return fail(d, "Invalid \\uXXXX escape", i - 1), (RtObj *)0;
        i += 4;
        /* a high surrogate followed by \u and a low one: one character;
         * else each stays a lone surrogate (WTF-8, as chr() makes them) */
        if (cp >= 0xd800 && cp <= 0xdbff && i + 6 < n && s[i] == '\\' && s[i + 1] == 'u') {
            uint32_t c2;
            if (!hex4(s + i + 2, &c2)) return fail(d, "Invalid \\uXXXX escape", i + 1), (RtObj *)0;
            if (c2 >= 0xdc00 && c2 <= 0xdfff) {
                cp = 0x10000 + ((cp - 0xd800) << 10) + (c2 - 0xdc00);
                i += 6;
            }
        }
        char tmp[4];
        rt_sb_put(&b, tmp, rt_utf8_encode(cp, tmp));
        from = i;
    }
    return (RtObj *)rt_str_from_bytes(b.buf ? b.buf : "", b.len);
}

/* ---- numbers (_match_number_unicode) ---- */

/* (not inlined: its digit buffer would sit in every level of the
 * recursion, on a C stack of 256 KiB that must hold 1000 levels) */
__attribute__((noinline)) static RtObj *scan_number(Dec *d, uint32_t start, uint32_t *end) {
    const unsigned char *s = d->s;
    uint32_t n = d->n, i = start;
    int is_float = 0;
    if (s[i] == '-') {
        i++;
        if (i >= n) return fail(d, "Expecting value", start), (RtObj *)0;
    }
    if (s[i] >= '1' && s[i] <= '9') {
        i++;
        while (i < n && is_digit(s[i])) i++;
    } else if (s[i] == '0') {
        i++;
    } else {
        return fail(d, "Expecting value", start), (RtObj *)0;
    }
    uint32_t int_end = i, frac_start = i, frac_end = i;
    if (i + 1 < n && s[i] == '.' && is_digit(s[i + 1])) {
        is_float = 1;
        frac_start = i + 1;
        i += 2;
        while (i < n && is_digit(s[i])) i++;
        frac_end = i;
    }
    int64_t exp = 0;
    if (i + 1 < n && (s[i] == 'e' || s[i] == 'E')) {
        uint32_t e_start = i++;
        int eneg = 0;
        if (i + 1 < n && (s[i] == '-' || s[i] == '+')) eneg = s[i++] == '-';
        uint32_t dstart = i;
        while (i < n && is_digit(s[i])) {
            if (exp < 100000000) exp = exp * 10 + (s[i] - '0');
            i++;
        }
        if (i > dstart) is_float = 1, exp = eneg ? -exp : exp;
        else i = e_start, exp = 0;
    }
    *end = i;
    uint32_t istart = start + (s[start] == '-');
    if (!is_float) {
        uint32_t nd = int_end - istart;
        if (nd <= 18) { /* fits an int64 */
            int64_t v = 0;
            for (uint32_t k = istart; k < int_end; k++) v = v * 10 + (s[k] - '0');
            return rt_box_int(s[start] == '-' ? -v : v); /* |v| < 10^18: a small int */
        }
        int64_t v = rt_int_parse_digits((const char *)s + istart, nd, 10, s[start] == '-');
        if (RT_ERR) return 0;
        return rt_box_int(v);
    }
    /* float(): the digits without the point, and where the point was */
    uint32_t nint = int_end - istart, nfrac = frac_end - frac_start, nd = nint + nfrac;
    if (nd <= 19 && exp > -100000 && exp < 100000) {
        /* most floats: the digits as an integer m, value m * 10^e10, by
         * Clinger's exact fast path or the double-double one */
        uint64_t m = 0;
        for (uint32_t k = istart; k < int_end; k++) m = m * 10 + (s[k] - '0');
        for (uint32_t k = frac_start; k < frac_end; k++) m = m * 10 + (s[k] - '0');
        int e10 = (int)exp - (int)nfrac;
        static const double p10[23] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                       1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
        double v;
        int done = 1;
        if (m < ((uint64_t)1 << 53) && e10 >= -22 && e10 <= 22) v = e10 >= 0 ? (double)m * p10[e10] : (double)m / p10[-e10];
        else if (m == 0) v = 0.0;
        else done = rt_decimal_to_double_fast(m, e10, &v);
        if (done) return rt_box_float(s[start] == '-' ? -v : v);
    }
    char small[64];
    char *digits = nd <= sizeof small ? small : rt_alloc(nd);
    rt_memcpy(digits, s + istart, nint);
    rt_memcpy(digits + nint, s + frac_start, nfrac);
    int64_t decpt = (int64_t)nint + exp;
    if (decpt > 100000) decpt = 100000;
    if (decpt < -100000) decpt = -100000;
    double v = rt_decimal_to_double(digits, (int)nd, (int)decpt);
    return rt_box_float(s[start] == '-' ? -v : v);
}

/* ---- containers ---- */

static int enter(Dec *d, const char *what) {
    if (!rt_depth_enter()) {
        rt_raise_fmt(RT_EXC_RECURSION, "maximum recursion depth exceeded while decoding a JSON %s from a unicode string",
                     what);
        return 0;
    }
    d->entered++;
    return 1;
}

static void leave(Dec *d) {
    rt_depth_leave();
    d->entered--;
}

/* the array whose '[' is at i - 1 */
static RtObj *scan_array(Dec *d, uint32_t i, uint32_t *end) {
    if (!enter(d, "array")) return 0;
    RtObj *l = rt_list_new(0);
    i = skip_ws(d, i);
    if (i >= d->n || d->s[i] != ']') {
        for (;;) {
            uint32_t next;
            RtObj *v = scan(d, i, &next);
            if (!v) return 0;
            rt_list_push(l, v);
            i = skip_ws(d, next);
            if (i < d->n && d->s[i] == ']') break;
            if (i >= d->n || d->s[i] != ',') return fail(d, "Expecting ',' delimiter", i), (RtObj *)0;
            i = skip_ws(d, i + 1);
        }
    }
    *end = i + 1;
    leave(d);
    return l;
}

/* The key whose opening quote is at begin - 1: memoized when it has no
 * escape, else scan_string's. */
static RtObj *scan_key(Dec *d, uint32_t begin, uint32_t *end) {
    const unsigned char *s = d->s;
    uint32_t i = begin, lim = d->n - begin > KEY_MAX ? begin + KEY_MAX : d->n;
    uint32_t h = 2166136261u; /* FNV-1a */
    while (i < lim && s[i] != '"' && s[i] != '\\' && s[i] >= 0x20) h = (h ^ s[i]) * 16777619u, i++;
    if (i >= lim || s[i] != '"') return scan_string(d, begin, end);
    uint32_t n = i - begin;
    RtStr **slot = &d->keys[(h ^ (h >> 16)) & (KEY_SLOTS - 1)];
    RtStr *k = *slot;
    if (!k || k->byte_len != n || __builtin_memcmp(k->data, s + begin, n))
        k = *slot = rt_str_from_bytes((const char *)s + begin, n);
    *end = i + 1;
    return (RtObj *)k;
}

/* the object whose '{' is at i - 1 */
static RtObj *scan_object(Dec *d, uint32_t i, uint32_t *end) {
    if (!enter(d, "object")) return 0;
    RtObj *o = rt_dict_new();
    i = skip_ws(d, i);
    if (i >= d->n || d->s[i] != '}') {
        for (;;) {
            if (i >= d->n || d->s[i] != '"')
                return fail(d, "Expecting property name enclosed in double quotes", i), (RtObj *)0;
            uint32_t next;
            RtObj *k = scan_key(d, i + 1, &next);
            if (!k) return 0;
            i = skip_ws(d, next);
            if (i >= d->n || d->s[i] != ':') return fail(d, "Expecting ':' delimiter", i), (RtObj *)0;
            i = skip_ws(d, i + 1);
            RtObj *v = scan(d, i, &next);
            if (!v) return 0;
            rt_dict_setitem(o, k, v);
            i = skip_ws(d, next);
            if (i < d->n && d->s[i] == '}') break;
            if (i >= d->n || d->s[i] != ',') return fail(d, "Expecting ',' delimiter", i), (RtObj *)0;
            i = skip_ws(d, i + 1);
        }
    }
    *end = i + 1;
    leave(d);
    return o;
}

static int word_at(Dec *d, uint32_t i, const char *w, uint32_t n) {
    if (d->n - i < n) return 0;
    for (uint32_t k = 0; k < n; k++)
        if (d->s[i + k] != (unsigned char)w[k]) return 0;
    return 1;
}

/* scan_once_unicode: the value at i (NULL with d->msg, or raised) */
static RtObj *scan(Dec *d, uint32_t i, uint32_t *end) {
    if (i >= d->n) return fail(d, "Expecting value", i), (RtObj *)0;
    switch (d->s[i]) {
    case '"': return scan_string(d, i + 1, end);
    case '{': return scan_object(d, i + 1, end);
    case '[': return scan_array(d, i + 1, end);
    case 'n':
        if (word_at(d, i, "null", 4)) return *end = i + 4, RT_NONE;
        break;
    case 't':
        if (word_at(d, i, "true", 4)) return *end = i + 4, RT_TRUE;
        break;
    case 'f':
        if (word_at(d, i, "false", 5)) return *end = i + 5, RT_FALSE;
        break;
    case 'N':
        if (word_at(d, i, "NaN", 3)) return *end = i + 3, rt_box_float(__builtin_nan(""));
        break;
    case 'I':
        if (word_at(d, i, "Infinity", 8)) return *end = i + 8, rt_box_float(__builtin_inf());
        break;
    case '-':
        if (word_at(d, i, "-Infinity", 9)) return *end = i + 9, rt_box_float(-__builtin_inf());
        break;
    default: break;
    }
    return scan_number(d, i, end);
}

RtObj *rt_json_decode(RtObj *str, RtObj *err) {
    if (RT_OBJ_TYPE(str) != RT_TYPE_STR || RT_OBJ_TYPE(err) != RT_TYPE_LIST) { /* (_json called directly) */
        rt_raise_cstr(RT_EXC_TYPE, "decode() takes a str and a list");
        return 0;
    }
    RtStr *t = (RtStr *)str;
    Dec d;
    __builtin_memset(&d, 0, sizeof d);
    d.s = (const unsigned char *)t->data, d.n = t->byte_len;
    uint32_t end = 0;
    RtObj *v = scan(&d, skip_ws(&d, 0), &end);
    while (d.entered) leave(&d);
    if (RT_ERR) return 0;
    if (v) {
        end = skip_ws(&d, end);
        if (end == d.n) return v;
        fail(&d, "Extra data", end);
    }
    /* the error's position in code points, as CPython counts */
    uint32_t pos = t->byte_len == t->cp_len ? d.pos : rt_utf8_count(t->data, d.pos);
    rt_list_append(err, (RtObj *)rt_str_from_bytes(d.msg, rt_cstrlen(d.msg)));
    rt_list_append(err, rt_box_int(pos));
    return RT_NONE;
}
