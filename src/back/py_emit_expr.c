/* Python emitter, expressions: precedence-driven parentheses, literals
 * (strings, bytes, floats, f-strings), calls, comprehensions, lambdas. */
#define ML_PY_EMIT_INTERNAL
#include "py_emit.h"
#include "../util/utf8.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void put(PyEmitter *em, const char *s) { buf_puts(em->out, s); }
static void putn(PyEmitter *em, const char *s, size_t n) { buf_putn(em->out, s, n); }
static void putc_(PyEmitter *em, char c) { buf_putc(em->out, c); }

/* ---- precedence ------------------------------------------------------- */

static PyPrec binop_prec(Op op) {
    switch (op) {
    case OP_PIPE: return PR_BOR;
    case OP_CARET: return PR_BXOR;
    case OP_AMP: return PR_BAND;
    case OP_LSHIFT: case OP_RSHIFT: return PR_SHIFT;
    case OP_PLUS: case OP_MINUS: return PR_ARITH;
    case OP_STAR: case OP_SLASH: case OP_DSLASH: case OP_PERCENT: case OP_AT: return PR_TERM;
    case OP_DSTAR: return PR_POWER;
    default: return PR_ATOM;
    }
}

static const char *binop_text(Op op) {
    switch (op) {
    case OP_PLUS: return "+";
    case OP_MINUS: return "-";
    case OP_STAR: return "*";
    case OP_SLASH: return "/";
    case OP_DSLASH: return "//";
    case OP_PERCENT: return "%";
    case OP_DSTAR: return "**";
    case OP_AMP: return "&";
    case OP_PIPE: return "|";
    case OP_CARET: return "^";
    case OP_LSHIFT: return "<<";
    case OP_RSHIFT: return ">>";
    case OP_AT: return "@";
    default: return NULL;
    }
}

static const char *cmp_text(CmpOp op) {
    switch (op) {
    case CMP_EQ: return "==";
    case CMP_NE: return "!=";
    case CMP_LT: return "<";
    case CMP_LE: return "<=";
    case CMP_GT: return ">";
    case CMP_GE: return ">=";
    case CMP_IN: return "in";
    case CMP_NOT_IN: return "not in";
    case CMP_IS: return "is";
    case CMP_IS_NOT: return "is not";
    }
    return NULL;
}

static bool int_text_ok(const char *t) {
    if (!t || !*t) return false;
    for (const char *p = t; *p; p++)
        if (*p < '0' || *p > '9') return false;
    return true;
}

static bool float_is_negative(double v) { return !isnan(v) && signbit(v); }

/* Precedence of e as emitted (tuples, yields, walrus and f-strings are
 * decided elsewhere). */
static PyPrec expr_prec(const Expr *e) {
    switch (e->kind) {
    case E_BINOP: return binop_prec(e->u.binop.op);
    case E_UNARY: return e->u.unary.op == OP_NONE ? PR_NOT : PR_FACTOR;
    case E_BOOLOP: return e->u.boolop.is_and ? PR_AND : PR_OR;
    case E_COMPARE: return PR_CMP;
    case E_LAMBDA: case E_IFEXP: return PR_TEST;
    case E_AWAIT: return PR_AWAIT;
    case E_FLOAT: return float_is_negative(e->u.fval) ? PR_FACTOR : PR_ATOM;
    case E_INT: return e->u.int_lit.text && e->u.int_lit.text[0] == '-' ? PR_FACTOR : PR_ATOM;
    default: return PR_ATOM;
    }
}

static bool needs_paren(const Expr *e, PyPrec req) {
    switch (e->kind) {
    case E_TUPLE: return e->u.seq.items.len >= 2 && req > PR_TUPLE;
    case E_YIELD: case E_YIELD_FROM: return req != PR_STMT;
    case E_WALRUS: return req != PR_NAMED;
    case E_STARRED: case E_DOUBLESTARRED: return false;
    default: return expr_prec(e) < req;
    }
}

/* ---- strings ---------------------------------------------------------- */


/* Characters a str literal spells as an escape (besides \\ and the quote):
 * controls and the invisible / non-printable ones Python's repr escapes. */
static bool cp_escaped(uint32_t c) {
    if (c < 0x20 || c == 0x7F) return true;
    if (c >= 0x80 && c <= 0xA0) return true;
    if (c == 0xAD || c == 0x061C || c == 0x1680 || c == 0x180E || c == 0x3000) return true;
    if (c >= 0x2000 && c <= 0x200F) return true;
    if (c >= 0x2028 && c <= 0x202F) return true;
    if (c >= 0x205F && c <= 0x206F) return true;
    if (c >= 0xD800 && c <= 0xDFFF) return true;
    if (c == 0xFEFF || (c >= 0xFFF0 && c <= 0xFFFB) || c == 0xFFFE || c == 0xFFFF) return true;
    if (c == 0xE0001 || (c >= 0xE0020 && c <= 0xE007F)) return true;
    return false;
}

/* Pick the quote of a literal: like repr (' unless the text has ' and no
 * "), restricted to what the current f-string context allows. 0 when no
 * quote is allowed. */
static char pick_quote(const PyEmitter *em, bool has_single, bool has_double) {
    char pref = has_single && !has_double ? '"' : '\'';
    char other = pref == '"' ? '\'' : '"';
    unsigned bit_pref = pref == '"' ? PYQ_DOUBLE : PYQ_SINGLE;
    unsigned bit_other = other == '"' ? PYQ_DOUBLE : PYQ_SINGLE;
    if (!(em->forbid_quotes & bit_pref)) return pref;
    if (!(em->forbid_quotes & bit_other)) return other;
    return 0;
}

static void scan_quotes(const char *s, size_t n, bool *has_single, bool *has_double) {
    *has_single = memchr(s, '\'', n) != NULL;
    *has_double = memchr(s, '"', n) != NULL;
}

/* An escape sequence: only legal when backslashes are. */
static void put_escape(PyEmitter *em, const char *text) {
    if (em->no_backslash) em->failed = true;
    put(em, text);
}

enum { BODY_STR, BODY_BYTES, BODY_FLIT, BODY_FSPEC };
enum { BODY_TRIPLE = 16 }; /* or-ed in: the quote character needs no escape */

/* The body of a literal between quotes q. BODY_FLIT doubles braces;
 * BODY_FSPEC (literal text of a format spec) cannot spell braces at all. */
static void put_body(PyEmitter *em, const char *s, size_t n, char q, int mode) {
    char tmp[16];
    if (mode & BODY_TRIPLE) q = 0, mode &= ~BODY_TRIPLE;
    size_t i = 0;
    while (i < n) {
        unsigned char b = (unsigned char)s[i];
        /* Inside an f-string field, the quotes of the enclosing f-strings
         * cannot appear at all, even in a literal using the other quote. */
        if ((b == '\'' && (em->forbid_quotes & PYQ_SINGLE)) || (b == '"' && (em->forbid_quotes & PYQ_DOUBLE)))
            em->failed = true;
        if (mode == BODY_BYTES) {
            i++;
            if (b == '\\') put_escape(em, "\\\\");
            else if (q && b == (unsigned char)q) snprintf(tmp, sizeof tmp, "\\%c", q), put_escape(em, tmp);
            else if (b == '\n') put_escape(em, "\\n");
            else if (b == '\r') put_escape(em, "\\r");
            else if (b == '\t') put_escape(em, "\\t");
            else if (b < 0x20 || b >= 0x7F) snprintf(tmp, sizeof tmp, "\\x%02x", b), put_escape(em, tmp);
            else putc_(em, (char)b);
            continue;
        }
        uint32_t c;
        int len = utf8_decode_wtf8(s + i, n - i, &c);
        if (len == 0) { /* an invalid byte: spell it as a surrogateescape */
            snprintf(tmp, sizeof tmp, "\\udc%02x", b);
            put_escape(em, tmp);
            i++;
            continue;
        }
        if (c == '\\') put_escape(em, "\\\\");
        else if (q && c == (uint32_t)(unsigned char)q) snprintf(tmp, sizeof tmp, "\\%c", q), put_escape(em, tmp);
        else if (c == '\n') put_escape(em, "\\n");
        else if (c == '\r') put_escape(em, "\\r");
        else if (c == '\t') put_escape(em, "\\t");
        else if ((c == '{' || c == '}') && mode == BODY_FLIT) putc_(em, (char)c), putc_(em, (char)c);
        else if ((c == '{' || c == '}') && mode == BODY_FSPEC) em->failed = true;
        else if (cp_escaped(c)) {
            if (c < 0x100) snprintf(tmp, sizeof tmp, "\\x%02x", (unsigned)c);
            else if (c < 0x10000) snprintf(tmp, sizeof tmp, "\\u%04x", (unsigned)c);
            else snprintf(tmp, sizeof tmp, "\\U%08x", (unsigned)c);
            put_escape(em, tmp);
        } else putn(em, s + i, (size_t)len);
        i += (size_t)len;
    }
}

static void put_lit(PyEmitter *em, const char *s, size_t n, bool is_bytes, char q, bool triple) {
    int reps = triple ? 3 : 1;
    if (is_bytes) putc_(em, 'b');
    for (int i = 0; i < reps; i++) putc_(em, q);
    put_body(em, s, n, q, (is_bytes ? BODY_BYTES : BODY_STR) | (triple ? BODY_TRIPLE : 0));
    for (int i = 0; i < reps; i++) putc_(em, q);
}

typedef struct Saved {
    Buf *out;
} Saved;

/* Run a rendering into a temporary buffer. */
static Saved redirect(PyEmitter *em, Buf *tmp) {
    Saved s = {em->out};
    buf_init(tmp);
    em->out = tmp;
    return s;
}

static void restore(PyEmitter *em, Saved s) { em->out = s.out; }

void py_str_lit(PyEmitter *em, const char *s, size_t n, bool is_bytes) {
    if (!s) s = "", n = 0;
    bool hs, hd;
    scan_quotes(s, n, &hs, &hd);
    if (!em->forbid_quotes && !em->no_backslash) {
        put_lit(em, s, n, is_bytes, pick_quote(em, hs, hd), false);
        return;
    }
    /* Inside an f-string field: the first spelling that needs neither a
     * backslash nor a forbidden quote, e.g. f"{'''it's'''}". */
    char pref = hs && !hd ? '"' : '\'';
    char other = pref == '"' ? '\'' : '"';
    const char qs[4] = {pref, other, pref, other};
    for (int k = 0; k < 4; k++) {
        char q = qs[k];
        bool triple = k >= 2;
        if (em->forbid_quotes & (q == '"' ? PYQ_DOUBLE : PYQ_SINGLE)) continue;
        if (triple) {
            const char three[3] = {q, q, q};
            bool has3 = false;
            for (size_t i = 0; i + 3 <= n && !has3; i++) has3 = memcmp(s + i, three, 3) == 0;
            if (has3 || (n && s[n - 1] == q)) continue;
        }
        Buf tmp;
        Saved sv = redirect(em, &tmp);
        bool saved = em->failed;
        em->failed = false;
        put_lit(em, s, n, is_bytes, q, triple);
        bool ok = !em->failed;
        em->failed = saved;
        restore(em, sv);
        if (ok) {
            putn(em, tmp.data, tmp.len);
            buf_free(&tmp);
            return;
        }
        buf_free(&tmp);
    }
    em->failed = true;
    put_lit(em, s, n, is_bytes, '\'', false);
}

/* ---- numbers ---------------------------------------------------------- */

void py_float_repr(double v, char *out, size_t cap) {
    char buf[64];
    for (int p = 1; p <= 17; p++) {
        snprintf(buf, sizeof buf, "%.*e", p - 1, v);
        for (char *q = buf; *q; q++)
            if (*q == ',') *q = '.'; /* a locale's decimal comma */
        if (strtod(buf, NULL) == v) break;
    }
    const char *s = buf;
    bool neg = false;
    if (*s == '-') neg = true, s++;
    char digits[40];
    int nd = 0;
    while (*s && *s != 'e' && *s != 'E') {
        if (*s >= '0' && *s <= '9' && nd < 39) digits[nd++] = *s;
        s++;
    }
    int exp = *s ? atoi(s + 1) : 0;
    while (nd > 1 && digits[nd - 1] == '0') nd--;
    if (nd == 0) digits[nd++] = '0';
    char res[96];
    size_t k = 0;
    if (neg) res[k++] = '-';
    if (exp >= -4 && exp < 16) {
        if (exp >= 0) {
            for (int i = 0; i <= exp; i++) res[k++] = i < nd ? digits[i] : '0';
            res[k++] = '.';
            if (nd > exp + 1)
                for (int i = exp + 1; i < nd; i++) res[k++] = digits[i];
            else
                res[k++] = '0';
        } else {
            res[k++] = '0', res[k++] = '.';
            for (int i = 0; i < -exp - 1; i++) res[k++] = '0';
            for (int i = 0; i < nd; i++) res[k++] = digits[i];
        }
        res[k] = 0;
    } else {
        res[k++] = digits[0];
        if (nd > 1) {
            res[k++] = '.';
            for (int i = 1; i < nd; i++) res[k++] = digits[i];
        }
        res[k] = 0;
        snprintf(res + k, sizeof res - k, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    }
    snprintf(out, cap, "%s", res);
}

static void put_float(PyEmitter *em, double v) {
    if (isnan(v)) {
        py_put_builtin(em, "float");
        putc_(em, '(');
        py_str_lit(em, "nan", 3, false);
        putc_(em, ')');
        return;
    }
    if (isinf(v)) { /* the literal Python itself reads as infinity */
        put(em, v < 0 ? "-1e309" : "1e309");
        return;
    }
    char buf[96];
    py_float_repr(v, buf, sizeof buf);
    put(em, buf);
}

static void put_int(PyEmitter *em, const char *t) {
    if (!t) {
        py_raise_expr(em, "integer literal without digits");
        return;
    }
    const char *digits = t[0] == '-' ? t + 1 : t;
    if (int_text_ok(digits)) {
        if (t != digits) putc_(em, '-');
        while (digits[0] == '0' && digits[1]) digits++; /* no leading zeros */
        put(em, digits);
        return;
    }
    /* Some other Python spelling (0x1F, 1_000): keep it if it is one. */
    bool ok = digits[0] >= '0' && digits[0] <= '9';
    for (const char *p = digits; *p && ok; p++)
        ok = (*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'f') || (*p >= 'A' && *p <= 'F') ||
             *p == '_' || *p == 'x' || *p == 'X' || *p == 'o' || *p == 'O';
    if (ok) {
        put(em, t);
        return;
    }
    py_raise_expr(em, "malformed integer literal");
}

/* ---- helpers ---------------------------------------------------------- */

void py_raise_expr(PyEmitter *em, const char *what) {
    put(em, "(_ for _ in ()).throw(NotImplementedError(");
    py_str_lit(em, what, strlen(what), false);
    put(em, "))");
}

static const Expr *item(const PtrVec *v, int i) { return (const Expr *)v->items[i]; }

static void expr_list(PyEmitter *em, const PtrVec *v, PyPrec req) {
    for (int i = 0; i < v->len; i++) {
        if (i) put(em, ", ");
        py_expr(em, item(v, i), req);
    }
}


/* ---- f-strings -------------------------------------------------------- */

static bool contains_top_level_colon(const char *t, size_t n) {
    int depth = 0;
    for (size_t i = 0; i < n; i++) {
        char c = t[i];
        if (c == '\'' || c == '"') { /* skip a string literal */
            bool triple = i + 2 < n && t[i + 1] == c && t[i + 2] == c;
            size_t j = i + (triple ? 3 : 1);
            while (j < n && !(t[j] == c && (!triple || (j + 2 < n && t[j + 1] == c && t[j + 2] == c)))) j++;
            if (j >= n) return true;
            i = j + (triple ? 2 : 0);
        } else if (c == '(' || c == '[' || c == '{') depth++;
        else if (c == ')' || c == ']' || c == '}') depth--;
        else if (depth == 0 && c == ':') return true;
        else if (depth == 0 && c == '!' && (i + 1 >= n || t[i + 1] != '=')) return true;
    }
    return false;
}

static void fstr_body(PyEmitter *em, const PtrVec *parts, char q, bool triple, int spec_level);

/* One {field} of an f-string quoted with q. */
static void fstr_field(PyEmitter *em, const Expr *f, char q, bool triple, int spec_level) {
    const Expr *value = f;
    char conv = 0;
    const Expr *spec = NULL;
    if (f->kind == E_FORMATTED) {
        value = f->u.formatted.value;
        conv = f->u.formatted.conversion;
        spec = f->u.formatted.spec;
    }
    if (spec_level >= 2) { /* Python: "expressions nested too deeply" */
        em->failed = true;
        return;
    }
    unsigned saved_q = em->forbid_quotes;
    bool saved_bs = em->no_backslash;
    /* In f'...' a field cannot use ' at all; in f'''...''' it only
     * cannot contain ''' (checked below). */
    if (!triple) em->forbid_quotes |= q == '"' ? PYQ_DOUBLE : PYQ_SINGLE;
    em->no_backslash = true;
    Buf tmp;
    Saved sv = redirect(em, &tmp);
    py_expr(em, value, PR_TEST);
    restore(em, sv);
    em->forbid_quotes = saved_q;
    em->no_backslash = saved_bs;
    const char *t = tmp.data ? tmp.data : "";
    size_t n = tmp.len;
    if (triple) {
        const char three[3] = {q, q, q};
        for (size_t i = 0; i + 3 <= n; i++)
            if (memcmp(t + i, three, 3) == 0) em->failed = true;
    }
    putc_(em, '{');
    bool wrap = contains_top_level_colon(t, n);
    if (wrap) putc_(em, '(');
    else if (n && t[0] == '{') putc_(em, ' ');
    putn(em, t, n);
    if (wrap) putc_(em, ')');
    else if (n && t[n - 1] == '}') putc_(em, ' ');
    buf_free(&tmp);
    if (conv == 'r' || conv == 's' || conv == 'a') putc_(em, '!'), putc_(em, conv);
    if (spec) {
        putc_(em, ':');
        if (spec->kind == E_FSTRING) fstr_body(em, &spec->u.fstr.parts, q, triple, spec_level + 1);
        else if (spec->kind == E_STR) put_body(em, spec->u.str.data, spec->u.str.len, q, BODY_FSPEC);
        else fstr_field(em, spec, q, triple, spec_level + 1);
    }
    putc_(em, '}');
}

static void fstr_body(PyEmitter *em, const PtrVec *parts, char q, bool triple, int spec_level) {
    for (int i = 0; i < parts->len; i++) {
        const Expr *p = item(parts, i);
        if (!p) continue;
        if (p->kind == E_STR)
            put_body(em, p->u.str.data, p->u.str.len, q, spec_level ? BODY_FSPEC : BODY_FLIT);
        else if (p->kind == E_FSTRING)
            fstr_body(em, &p->u.fstr.parts, q, triple, spec_level);
        else
            fstr_field(em, p, q, triple, spec_level);
    }
}

static void fstr_literal_quotes(const PtrVec *parts, bool *hs, bool *hd) {
    for (int i = 0; i < parts->len; i++) {
        const Expr *p = item(parts, i);
        if (!p) continue;
        if (p->kind == E_STR) {
            bool s, d;
            scan_quotes(p->u.str.data ? p->u.str.data : "", p->u.str.len, &s, &d);
            *hs |= s, *hd |= d;
        } else if (p->kind == E_FSTRING) {
            fstr_literal_quotes(&p->u.fstr.parts, hs, hd);
        } else if (p->kind == E_FORMATTED && p->u.formatted.spec &&
                   p->u.formatted.spec->kind == E_FSTRING) {
            fstr_literal_quotes(&p->u.formatted.spec->u.fstr.parts, hs, hd);
        }
    }
}

static bool all_literal(const PtrVec *parts) {
    for (int i = 0; i < parts->len; i++) {
        const Expr *p = item(parts, i);
        if (p && p->kind != E_STR) return false;
    }
    return true;
}

static void put_joined_literal(PyEmitter *em, const PtrVec *parts) {
    Buf b;
    buf_init(&b);
    for (int i = 0; i < parts->len; i++) {
        const Expr *p = item(parts, i);
        if (p && p->u.str.data) buf_putn(&b, p->u.str.data, p->u.str.len);
    }
    py_str_lit(em, b.data ? b.data : "", b.len, false);
    buf_free(&b);
}

/* The f-string as concatenated pieces: 'text' + format(value, spec).
 * Equivalent in value and evaluation order; used when Python 3.11 cannot
 * spell the f-string (quotes or backslashes needed inside a field, braces
 * in a format spec, fields nested too deeply). Returns its precedence. */
static int fstr_concat_pieces(PyEmitter *em, const PtrVec *parts, int count) {
    for (int i = 0; i < parts->len; i++) {
        const Expr *p = item(parts, i);
        if (!p) continue;
        if (p->kind == E_STR) {
            if (p->u.str.len == 0) continue;
            if (count++) put(em, " + ");
            py_str_lit(em, p->u.str.data, p->u.str.len, false);
        } else if (p->kind == E_FSTRING) {
            count = fstr_concat_pieces(em, &p->u.fstr.parts, count);
        } else {
            if (count++) put(em, " + ");
            const Expr *value = p, *spec = NULL;
            char conv = 0;
            if (p->kind == E_FORMATTED) {
                value = p->u.formatted.value;
                conv = p->u.formatted.conversion;
                spec = p->u.formatted.spec;
            }
            py_put_builtin(em, "format");
            putc_(em, '(');
            const char *fn = conv == 'r' ? "repr" : conv == 's' ? "str" : conv == 'a' ? "ascii" : NULL;
            if (fn) py_put_builtin(em, fn), putc_(em, '(');
            py_expr(em, value, PR_NAMED);
            if (fn) putc_(em, ')');
            if (spec) {
                put(em, ", ");
                if (spec->kind == E_FSTRING && all_literal(&spec->u.fstr.parts)) put_joined_literal(em, &spec->u.fstr.parts);
                else py_expr(em, spec, PR_TEST);
            }
            putc_(em, ')');
        }
    }
    return count;
}

/* Emit an f-string (E_FSTRING, or a lone E_FORMATTED) honouring req. */
static void put_fstring(PyEmitter *em, const Expr *e, PyPrec req) {
    PtrVec single = {0};
    const PtrVec *parts;
    void *one[1];
    if (e->kind == E_FSTRING) {
        parts = &e->u.fstr.parts;
    } else {
        one[0] = (void *)e;
        single.items = one, single.len = single.cap = 1;
        parts = &single;
    }
    bool hs = false, hd = false;
    fstr_literal_quotes(parts, &hs, &hd);
    char order[4] = {'\'', '"', '\'', '"'}; /* then the triple-quoted ones */
    if (hs && !hd) order[0] = order[2] = '"', order[1] = order[3] = '\'';
    bool saved_failed = em->failed;
    Buf best;
    buf_init(&best);
    bool have = false;
    for (int k = 0; k < 4; k++) {
        char q = order[k];
        bool triple = k >= 2;
        if (em->forbid_quotes & (q == '"' ? PYQ_DOUBLE : PYQ_SINGLE)) continue;
        if (triple && have) break;
        Buf tmp;
        Saved sv = redirect(em, &tmp);
        em->failed = false;
        putc_(em, 'f');
        for (int i = 0; i < (triple ? 3 : 1); i++) putc_(em, q);
        fstr_body(em, parts, q, triple, 0);
        for (int i = 0; i < (triple ? 3 : 1); i++) putc_(em, q);
        restore(em, sv);
        bool ok = !em->failed;
        em->failed = saved_failed;
        if (ok) {
            if (have && tmp.len > best.len) { /* keep the shorter one */
                buf_free(&tmp);
                break;
            }
            buf_free(&best);
            best = tmp;
            have = true;
            /* f'{d["k"]}' reads better as f"{d['k']}": when the fields
             * hold strings (and the text has no "), try " as well. */
            if (k == 0 && q == '\'' && !hd && memchr(tmp.data + 2, '"', tmp.len - 3)) continue;
            break;
        }
        buf_free(&tmp);
    }
    if (have) {
        putn(em, best.data, best.len);
        buf_free(&best);
        return;
    }
    Buf tmp;
    Saved sv = redirect(em, &tmp);
    int count = fstr_concat_pieces(em, parts, 0);
    if (count == 0) py_str_lit(em, "", 0, false);
    restore(em, sv);
    bool paren = count > 1 && req > PR_ARITH;
    if (paren) putc_(em, '(');
    putn(em, tmp.data ? tmp.data : "", tmp.len);
    if (paren) putc_(em, ')');
    buf_free(&tmp);
}

/* ---- targets ---------------------------------------------------------- */

bool py_is_target(const Expr *e, int mode) {
    if (!e) return false;
    switch (e->kind) {
    case E_NAME: return e->u.name.name != NULL;
    case E_ATTR: return e->u.attr.name != NULL;
    case E_SUBSCRIPT: return true;
    case E_TUPLE:
    case E_LIST: {
        if (mode == TGT_SINGLE) return false;
        int stars = 0;
        for (int i = 0; i < e->u.seq.items.len; i++) {
            const Expr *it = item(&e->u.seq.items, i);
            if (it && it->kind == E_STARRED) {
                const Expr *v = it->u.starred.value;
                if (mode == TGT_DEL || ++stars > 1 || !v || v->kind == E_STARRED || !py_is_target(v, mode))
                    return false;
            } else if (!py_is_target(it, mode)) {
                return false;
            }
        }
        return true;
    }
    default: return false;
    }
}

/* ---- parameters, arguments, comprehensions ---------------------------- */

static void put_param(PyEmitter *em, const Param *p, bool is_lambda) {
    py_put_name(em, p->name);
    bool ann = !is_lambda && p->annotation;
    if (ann) {
        put(em, ": ");
        py_expr(em, p->annotation, PR_TEST);
    }
    if (p->default_value && p->kind != PARAM_VARARGS && p->kind != PARAM_VARKW) {
        put(em, ann ? " = " : "=");
        py_expr(em, p->default_value, PR_TEST);
    }
}

void py_params(PyEmitter *em, const PtrVec *params, bool is_lambda) {
    int n = 0;
    bool has_posonly = false, has_varargs = false, has_kwonly = false;
    for (int i = 0; i < params->len; i++) {
        const Param *p = params->items[i];
        if (!p) continue;
        has_posonly |= p->kind == PARAM_POSONLY;
        has_varargs |= p->kind == PARAM_VARARGS;
        has_kwonly |= p->kind == PARAM_KWONLY;
    }
    static const ParamKind kinds[] = {PARAM_POSONLY, PARAM_NORMAL, PARAM_VARARGS, PARAM_KWONLY, PARAM_VARKW};
    for (int k = 0; k < 5; k++) {
        if (kinds[k] == PARAM_KWONLY && has_kwonly && !has_varargs) {
            if (n++) put(em, ", ");
            putc_(em, '*');
        }
        bool seen_varargs = false, seen_varkw = false;
        for (int i = 0; i < params->len; i++) {
            const Param *p = params->items[i];
            if (!p || p->kind != kinds[k]) continue;
            if (p->kind == PARAM_VARARGS && seen_varargs) continue; /* only one */
            if (p->kind == PARAM_VARKW && seen_varkw) continue;
            seen_varargs |= p->kind == PARAM_VARARGS;
            seen_varkw |= p->kind == PARAM_VARKW;
            if (n++) put(em, ", ");
            if (p->kind == PARAM_VARARGS) putc_(em, '*');
            if (p->kind == PARAM_VARKW) put(em, "**");
            put_param(em, p, is_lambda);
        }
        if (kinds[k] == PARAM_POSONLY && has_posonly) put(em, ", /"), n++;
    }
}

static void put_comp_tail(PyEmitter *em, const PtrVec *gens) {
    for (int i = 0; i < gens->len; i++) {
        const Comprehension *g = gens->items[i];
        if (!g) continue;
        put(em, g->is_async ? " async for " : " for ");
        py_expr(em, g->target, PR_TUPLE);
        put(em, " in ");
        py_expr(em, g->iter, PR_OR);
        for (int j = 0; j < g->ifs.len; j++) {
            put(em, " if ");
            py_expr(em, item(&g->ifs, j), PR_OR);
        }
    }
}

static bool comp_ok(const Expr *e) {
    const PtrVec *gens = &e->u.comp.generators;
    if (gens->len == 0) return false;
    for (int i = 0; i < gens->len; i++) {
        const Comprehension *g = gens->items[i];
        if (!g || !py_is_target(g->target, TGT_ASSIGN)) return false;
    }
    return true;
}

/* elt for ... (without the brackets) */
static void put_comp_inner(PyEmitter *em, const Expr *e) {
    if (e->kind == E_DICTCOMP) {
        py_expr(em, e->u.comp.key, PR_TEST);
        put(em, ": ");
        py_expr(em, e->u.comp.elt, PR_TEST);
    } else {
        py_expr(em, e->u.comp.elt, PR_NAMED);
    }
    put_comp_tail(em, &e->u.comp.generators);
}

void py_call_args(PyEmitter *em, const PtrVec *args, const PtrVec *keywords) {
    int n = 0;
    if (args->len == 1 && keywords->len == 0 && item(args, 0) && item(args, 0)->kind == E_GENEXP &&
        comp_ok(item(args, 0))) {
        put_comp_inner(em, item(args, 0)); /* f(x for x in y) */
        return;
    }
    for (int i = 0; i < args->len; i++) {
        if (n++) put(em, ", ");
        py_expr(em, item(args, i), PR_NAMED);
    }
    for (int i = 0; i < keywords->len; i++) {
        const Keyword *k = keywords->items[i];
        if (!k) continue;
        if (n++) put(em, ", ");
        if (k->name) {
            py_put_name(em, k->name);
            putc_(em, '=');
            py_expr(em, k->value, PR_TEST);
        } else {
            put(em, "**");
            const Expr *v = k->value;
            if (v && v->kind == E_DOUBLESTARRED) v = v->u.starred.value;
            py_expr(em, v, PR_BOR);
        }
    }
}

/* One element of a subscript: a slice a:b:c or an expression. */
static void slice_part(PyEmitter *em, const Expr *e) {
    if (!e) return;
    if (e->kind == E_LAMBDA) { /* a lambda's colon next to the slice's */
        putc_(em, '(');
        py_expr(em, e, PR_TEST);
        putc_(em, ')');
    } else {
        py_expr(em, e, PR_TEST);
    }
}

static void index_elem(PyEmitter *em, const Expr *e) {
    if (e && e->kind == E_SLICE) {
        slice_part(em, e->u.slice.lower);
        putc_(em, ':');
        slice_part(em, e->u.slice.upper);
        if (e->u.slice.step) {
            putc_(em, ':');
            slice_part(em, e->u.slice.step);
        }
    } else {
        py_expr(em, e, PR_NAMED);
    }
}

static void put_subscript_index(PyEmitter *em, const Expr *idx) {
    if (idx && idx->kind == E_TUPLE && idx->u.seq.items.len > 0) {
        const PtrVec *v = &idx->u.seq.items;
        for (int i = 0; i < v->len; i++) {
            if (i) put(em, ", ");
            index_elem(em, item(v, i));
        }
        if (v->len == 1) putc_(em, ',');
    } else {
        index_elem(em, idx);
    }
}

/* Whether e, as the operand of a unary -, + or ~, reads better in
 * parentheses: -(2 ** 63), -(-x). */
static bool unary_operand_paren(const Expr *e) {
    if (e->kind == E_BINOP && e->u.binop.op == OP_DSTAR) return true;
    if (e->kind == E_UNARY && (e->u.unary.op == OP_MINUS || e->u.unary.op == OP_PLUS)) return true;
    if (e->kind == E_FLOAT && float_is_negative(e->u.fval)) return true;
    if (e->kind == E_INT && e->u.int_lit.text && e->u.int_lit.text[0] == '-') return true;
    return false;
}

/* ---- expressions ------------------------------------------------------ */

static void expr_inner(PyEmitter *em, const Expr *e) {
    switch (e->kind) {
    case E_INT: put_int(em, e->u.int_lit.text); break;
    case E_FLOAT: put_float(em, e->u.fval); break;
    case E_IMAG: put_float(em, e->u.fval), putc_(em, 'j'); break;
    case E_STR: py_str_lit(em, e->u.str.data, e->u.str.len, false); break;
    case E_BYTES: py_str_lit(em, e->u.str.data, e->u.str.len, true); break;
    case E_BOOL: put(em, e->u.bval ? "True" : "False"); break;
    case E_NONE: put(em, "None"); break;
    case E_ELLIPSIS: put(em, "..."); break;
    case E_NAME:
        if (e->u.name.name) py_put_name(em, e->u.name.name);
        else py_raise_expr(em, "name without spelling");
        break;
    case E_BINOP: {
        const char *op = binop_text(e->u.binop.op);
        if (!op || !e->u.binop.left || !e->u.binop.right) {
            py_raise_expr(em, "unknown binary operator");
            break;
        }
        PyPrec p = binop_prec(e->u.binop.op);
        bool right_assoc = e->u.binop.op == OP_DSTAR;
        py_expr(em, e->u.binop.left, right_assoc ? PR_AWAIT : p);
        putc_(em, ' ');
        put(em, op);
        putc_(em, ' ');
        py_expr(em, e->u.binop.right, right_assoc ? PR_FACTOR : (PyPrec)(p + 1));
        break;
    }
    case E_UNARY: {
        const Expr *o = e->u.unary.operand;
        if (!o) {
            py_raise_expr(em, "unary operator without operand");
            break;
        }
        switch (e->u.unary.op) {
        case OP_NONE: put(em, "not "); py_expr(em, o, PR_NOT); return;
        case OP_MINUS: putc_(em, '-'); break;
        case OP_PLUS: putc_(em, '+'); break;
        case OP_TILDE: putc_(em, '~'); break;
        default: py_raise_expr(em, "unknown unary operator"); return;
        }
        if (unary_operand_paren(o)) {
            putc_(em, '(');
            py_expr(em, o, PR_TUPLE);
            putc_(em, ')');
        } else {
            py_expr(em, o, PR_FACTOR);
        }
        break;
    }
    case E_BOOLOP: {
        const PtrVec *v = &e->u.boolop.values;
        PyPrec p = e->u.boolop.is_and ? PR_AND : PR_OR;
        if (v->len == 0) {
            put(em, e->u.boolop.is_and ? "True" : "False");
            break;
        }
        for (int i = 0; i < v->len; i++) {
            if (i) put(em, e->u.boolop.is_and ? " and " : " or ");
            py_expr(em, item(v, i), v->len == 1 ? p : (PyPrec)(p + 1));
        }
        break;
    }
    case E_COMPARE: {
        py_expr(em, e->u.compare.left, PR_BOR);
        for (int i = 0; i < e->u.compare.comparators.len; i++) {
            const char *op = e->u.compare.ops ? cmp_text(e->u.compare.ops[i]) : NULL;
            if (!op) op = "==";
            putc_(em, ' ');
            put(em, op);
            putc_(em, ' ');
            py_expr(em, item(&e->u.compare.comparators, i), PR_BOR);
        }
        break;
    }
    case E_CALL:
        py_expr(em, e->u.call.func, PR_ATOM);
        putc_(em, '(');
        py_call_args(em, &e->u.call.args, &e->u.call.keywords);
        putc_(em, ')');
        break;
    case E_ATTR: {
        const Expr *v = e->u.attr.value;
        if (v && v->kind == E_INT) { /* (1).real: 1.real would be a float */
            putc_(em, '(');
            py_expr(em, v, PR_TUPLE);
            putc_(em, ')');
        } else {
            py_expr(em, v, PR_ATOM);
        }
        putc_(em, '.');
        py_put_name(em, e->u.attr.name);
        break;
    }
    case E_SUBSCRIPT:
        py_expr(em, e->u.subscript.value, PR_ATOM);
        putc_(em, '[');
        put_subscript_index(em, e->u.subscript.index);
        putc_(em, ']');
        break;
    case E_SLICE: /* outside a subscript: the equivalent slice object */
        py_put_builtin(em, "slice");
        putc_(em, '(');
        if (e->u.slice.lower) py_expr(em, e->u.slice.lower, PR_TEST); else put(em, "None");
        put(em, ", ");
        if (e->u.slice.upper) py_expr(em, e->u.slice.upper, PR_TEST); else put(em, "None");
        if (e->u.slice.step) put(em, ", "), py_expr(em, e->u.slice.step, PR_TEST);
        putc_(em, ')');
        break;
    case E_TUPLE: {
        const PtrVec *v = &e->u.seq.items;
        if (v->len == 0) {
            put(em, "()");
        } else if (v->len == 1) {
            putc_(em, '(');
            py_expr(em, item(v, 0), PR_TEST);
            put(em, ",)");
        } else {
            expr_list(em, v, PR_TEST);
        }
        break;
    }
    case E_LIST:
        putc_(em, '[');
        expr_list(em, &e->u.seq.items, PR_TEST);
        putc_(em, ']');
        break;
    case E_SET:
        if (e->u.seq.items.len == 0) {
            py_put_builtin(em, "set");
            put(em, "()");
            break;
        }
        putc_(em, '{');
        expr_list(em, &e->u.seq.items, PR_TEST);
        putc_(em, '}');
        break;
    case E_DICT: {
        putc_(em, '{');
        const PtrVec *ks = &e->u.dict.keys, *vs = &e->u.dict.values;
        int n = ks->len < vs->len ? ks->len : vs->len;
        for (int i = 0; i < n; i++) {
            if (i) put(em, ", ");
            const Expr *k = item(ks, i), *v = item(vs, i);
            if (!k || (v && v->kind == E_DOUBLESTARRED)) {
                put(em, "**");
                if (v && v->kind == E_DOUBLESTARRED) v = v->u.starred.value;
                py_expr(em, v, PR_BOR);
            } else {
                py_expr(em, k, PR_TEST);
                put(em, ": ");
                py_expr(em, v, PR_TEST);
            }
        }
        putc_(em, '}');
        break;
    }
    case E_LISTCOMP:
    case E_SETCOMP:
    case E_DICTCOMP:
    case E_GENEXP:
        if (!comp_ok(e)) {
            py_raise_expr(em, "malformed comprehension");
            break;
        }
        putc_(em, e->kind == E_LISTCOMP ? '[' : e->kind == E_GENEXP ? '(' : '{');
        put_comp_inner(em, e);
        putc_(em, e->kind == E_LISTCOMP ? ']' : e->kind == E_GENEXP ? ')' : '}');
        break;
    case E_LAMBDA:
        put(em, "lambda");
        if (e->u.lambda.params.len) {
            putc_(em, ' ');
            py_params(em, &e->u.lambda.params, true);
        }
        put(em, ": ");
        py_expr(em, e->u.lambda.body, PR_TEST);
        break;
    case E_IFEXP:
        py_expr(em, e->u.ifexp.body, PR_OR);
        put(em, " if ");
        py_expr(em, e->u.ifexp.test, PR_OR);
        put(em, " else ");
        py_expr(em, e->u.ifexp.orelse, PR_TEST);
        break;
    case E_WALRUS:
        if (!e->u.walrus.target || e->u.walrus.target->kind != E_NAME || !e->u.walrus.target->u.name.name) {
            py_raise_expr(em, "assignment expression to a non-name");
            break;
        }
        py_expr(em, e->u.walrus.target, PR_ATOM);
        put(em, " := ");
        py_expr(em, e->u.walrus.value, PR_TEST);
        break;
    case E_STARRED:
        putc_(em, '*');
        py_expr(em, e->u.starred.value, PR_BOR);
        break;
    case E_DOUBLESTARRED:
        put(em, "**");
        py_expr(em, e->u.starred.value, PR_BOR);
        break;
    case E_YIELD:
        put(em, "yield");
        if (e->u.yield.value) {
            putc_(em, ' ');
            py_expr(em, e->u.yield.value, PR_TUPLE);
        }
        break;
    case E_YIELD_FROM:
        put(em, "yield from ");
        py_expr(em, e->u.yield.value, PR_TEST);
        break;
    case E_AWAIT:
        put(em, "await ");
        py_expr(em, e->u.yield.value, PR_ATOM);
        break;
    case E_FSTRING:
    case E_FORMATTED:
        break; /* handled by py_expr */
    default:
        py_raise_expr(em, "unsupported expression");
        break;
    }
}

void py_expr(PyEmitter *em, const Expr *e, PyPrec req) {
    if (!e) {
        py_raise_expr(em, "missing expression");
        return;
    }
    if (e->kind == E_FSTRING || e->kind == E_FORMATTED) {
        put_fstring(em, e, req);
        return;
    }
    bool paren = needs_paren(e, req);
    if (paren) putc_(em, '(');
    expr_inner(em, e);
    if (paren) putc_(em, ')');
}
