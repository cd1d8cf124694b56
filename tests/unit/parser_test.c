/* Parser unit tests: source text -> lexer -> parser -> ast_dump, compared
 * with expected S-expressions (joined into one line); syntax errors with
 * their positions; hand-built token lists; deep nesting; and fuzzing (every
 * prefix of the test programs, random token soups, random source mutations)
 * that must never crash (the test build runs under ASan/UBSan).
 *
 *   parser_test                  run the tests
 *   parser_test --file F LANG    parse F in LANG; print diagnostics, exit 1
 *                                on errors (used for the conformance corpus)
 *   parser_test --dump F LANG    print the AST of F */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "front/ast.h"
#include "front/lexer.h"
#include "front/parser.h"
#include "lang/lang.h"
#include "util/buf.h"

typedef struct T {
    int total, failed;
} T;

static char *xstrdup(const char *s) {
    size_t n = strlen(s);
    char *p = malloc(n + 1);
    if (!p) abort();
    memcpy(p, s, n + 1);
    return p;
}

/* The module's dump on one line without the (Module ...) wrapper. */
static char *collapse_dump(const char *d) {
    size_t n = strlen(d);
    char *out = malloc(n + 1);
    if (!out) abort();
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (d[i] == '\n') {
            while (d[i + 1] == ' ') i++;
            if (i + 1 < n) out[k++] = ' ';
            continue;
        }
        out[k++] = d[i];
    }
    out[k] = 0;
    const char *pre = "(Module";
    size_t pl = strlen(pre);
    if (strncmp(out, pre, pl) == 0 && k > pl && out[k - 1] == ')') {
        size_t start = pl + (out[pl] == ' ' ? 1 : 0);
        memmove(out, out + start, k - 1 - start);
        out[k - 1 - start] = 0;
    }
    return out;
}

/* Parse src; returns the collapsed dump, or "ERR l:c: msg | l:c: msg".
 * chunk 0: the whole token list, then the parser (lex_source,
 * parse_module); else parse_source_chunked with chunks of that many tokens. */
static char *parse_str_chunked(const char *src, size_t len, const char *lang, int chunk) {
    Arena a;
    arena_init(&a);
    Compiler c = {0};
    c.arena = &a;
    c.filename = "t.ml";
    c.src = src;
    c.src_len = len;
    c.lang = lang_find(lang);
    c.messages = "en"; /* the English formats; their translations: tests/messages.test.mjs, tests/errors */
    TokenList toks = {0};
    Module *m = NULL;
    if (chunk > 0) m = parse_source_chunked(&c, chunk);
    else if (lex_source(&c, &toks)) m = parse_module(&c, &toks);
    Buf b;
    buf_init(&b);
    char *res;
    if (m && c.diags.len == 0) {
        ast_dump(m, &b);
        res = collapse_dump(buf_cstr(&b));
    } else {
        buf_puts(&b, "ERR ");
        for (int i = 0; i < c.diags.len; i++) {
            const Diag *d = c.diags.items[i];
            buf_printf(&b, "%s%d:%d: %s", i ? " | " : "", d->line, d->col, d->message);
        }
        if (m && c.diags.len == 0) buf_puts(&b, "(no message)");
        if (!m && c.diags.len == 0) buf_puts(&b, "(NULL module without diagnostics)");
        res = xstrdup(buf_cstr(&b));
    }
    buf_free(&b);
    arena_free(&a);
    return res;
}

/* Parses whose result differed when the tokens came a chunk at a time. */
static int chunk_mismatches;

/* parse_str_chunked's result with the whole list, after checking that a
 * chunk per statement boundary (parse_source_chunked with 1) gives the
 * same tree or the same errors. */
static char *parse_str(const char *src, size_t len, const char *lang) {
    char *whole = parse_str_chunked(src, len, lang, 0);
    char *chunked = parse_str_chunked(src, len, lang, 1);
    if (strcmp(whole, chunked) != 0 && ++chunk_mismatches <= 5)
        fprintf(stderr, "parser_test.c: chunked parse differs for %s source:\n%.*s\n  whole:   %s\n  chunked: %s\n",
                lang, (int)len, src, whole, chunked);
    free(chunked);
    return whole;
}

static void check(T *t, int line, const char *lang, const char *src, const char *want) {
    t->total++;
    char *got = parse_str(src, strlen(src), lang);
    if (strcmp(got, want) != 0) {
        t->failed++;
        fprintf(stderr, "parser_test.c:%d: mismatch for %s source:\n%s\n  want: %s\n  got:  %s\n", line,
                lang, src, want, got);
    }
    free(got);
}

#define OK(src, want) check(t, __LINE__, "en", src, want)
#define OKL(lang, src, want) check(t, __LINE__, lang, src, want)
#define ERR(src, want) check(t, __LINE__, "en", src, "ERR " want)
#define ERRL(lang, src, want) check(t, __LINE__, lang, src, "ERR " want)

static void expect(T *t, int line, bool cond, const char *what) {
    t->total++;
    if (!cond) {
        t->failed++;
        fprintf(stderr, "parser_test.c:%d: failed: %s\n", line, what);
    }
}
#define EXPECT(cond) expect(t, __LINE__, (cond), #cond)

/* ------------------------------------------------------------------ */
/* Valid programs                                                      */
/* ------------------------------------------------------------------ */

static void test_ok(T *t) {
    /* a stream's chunks may begin at a top-level line that begins with a
     * keyword that only begins a statement (def, if, for, try ...), never
     * at one that continues a statement (else, elif, except, finally) or
     * after a decorator: with a chunk at every boundary, the same tree */
    OK("def f():\n    pass\nif a:\n    pass\nelif b:\n    pass\nelse:\n    pass\n"
       "try:\n    pass\nexcept E:\n    pass\nfinally:\n    pass\nfor i in c:\n    pass\nelse:\n    pass\n"
       "while d:\n    break\nelse:\n    pass\n@g\ndef h():\n    return 1\nclass C:\n    pass\n"
       "import m\nfrom m import n\nassert x\ndel x\nwith w:\n    pass\nraise E\n",
       "(FunctionDef f (params) (body (Pass))) (If (Name a) (body (Pass)) (orelse (If elif (Name b) (body (Pass)) "
       "(orelse (Pass))))) (Try (body (Pass)) (except (Name E) (body (Pass))) (finally (Pass))) (For (Name i) "
       "(Name c) (body (Pass)) (orelse (Pass))) (While (Name d) (body (Break)) (orelse (Pass))) (FunctionDef h "
       "(decorators (Name g)) (params) (body (Return (Int 1)))) (ClassDef C (body (Pass))) (Import (alias m)) "
       "(ImportFrom m (alias n)) (Assert (Name x)) (Del (Name x)) (With (item (Name w)) (body (Pass))) (Raise (Name E))");
    OK("x = 1\n",
       "(Assign (Name x) (Int 1))");
    OK("a = b = 1, 2\n",
       "(Assign (Name a) (Name b) (Tuple (Int 1) (Int 2)))");
    OK("a, *b = c\n",
       "(Assign (Tuple (Name a) (Starred (Name b))) (Name c))");
    OK("*a, b = c\n",
       "(Assign (Tuple (Starred (Name a)) (Name b)) (Name c))");
    OK("[a, b] = c\n",
       "(Assign (List (Name a) (Name b)) (Name c))");
    OK("a.b, c[0] = 1, 2\n",
       "(Assign (Tuple (Attr b (Name a)) (Subscript (Name c) (Int 0))) (Tuple (Int 1) (Int 2)))");
    OK("t = 1,\n",
       "(Assign (Name t) (Tuple (Int 1)))");
    OK("x: int = 1\n",
       "(AnnAssign (Name x) (Name int) (Int 1))");
    OK("a: list[int]\n",
       "(AnnAssign (Name a) (Subscript (Name list) (Name int)) nil)");
    OK("x += 1; y **= 2;\n",
       "(AugAssign += (Name x) (Int 1)) (AugAssign **= (Name y) (Int 2))");
    OK("a -= 1\na *= 1\na /= 1\na //= 1\na %= 1\na &= 1\na |= 1\na ^= 1\na <<= 1\na >>= 1\na @= 1\n",
       "(AugAssign -= (Name a) (Int 1)) (AugAssign *= (Name a) (Int 1)) (AugAssign /= (Name a) (Int 1)) (AugAssign //= (Name a) (Int 1)) (AugAssign %= (Name a) (Int 1)) (AugAssign &= (Name a) (Int 1)) (AugAssign |= (Name a) (Int 1)) (AugAssign ^= (Name a) (Int 1)) (AugAssign <<= (Name a) (Int 1)) (AugAssign >>= (Name a) (Int 1)) (AugAssign @= (Name a) (Int 1))");
    OK("-2**2\n",
       "(Expr (Unary - (BinOp ** (Int 2) (Int 2))))");
    OK("2**-1\n",
       "(Expr (BinOp ** (Int 2) (Unary - (Int 1))))");
    OK("2**3**2\n",
       "(Expr (BinOp ** (Int 2) (BinOp ** (Int 3) (Int 2))))");
    OK("-x ** -y\n",
       "(Expr (Unary - (BinOp ** (Name x) (Unary - (Name y)))))");
    OK("~a + +b\n",
       "(Expr (BinOp + (Unary ~ (Name a)) (Unary + (Name b))))");
    OK("not not a\n",
       "(Expr (Unary not (Unary not (Name a))))");
    OK("not a == b\n",
       "(Expr (Unary not (Compare (Name a) == (Name b))))");
    OK("not a in b\n",
       "(Expr (Unary not (Compare (Name a) in (Name b))))");
    OK("a or b and c\n",
       "(Expr (BoolOp or (Name a) (BoolOp and (Name b) (Name c))))");
    OK("a and b and c or d\n",
       "(Expr (BoolOp or (BoolOp and (Name a) (Name b) (Name c)) (Name d)))");
    OK("a | b ^ c & d << e + f * g\n",
       "(Expr (BinOp | (Name a) (BinOp ^ (Name b) (BinOp & (Name c) (BinOp << (Name d) (BinOp + (Name e) (BinOp * (Name f) (Name g))))))))");
    OK("a - b - c\n",
       "(Expr (BinOp - (BinOp - (Name a) (Name b)) (Name c)))");
    OK("a // b % c / d * e @ f\n",
       "(Expr (BinOp @ (BinOp * (BinOp / (BinOp % (BinOp // (Name a) (Name b)) (Name c)) (Name d)) (Name e)) (Name f)))");
    OK("a < b <= c != d\n",
       "(Expr (Compare (Name a) < (Name b) <= (Name c) != (Name d)))");
    OK("a == b > c >= d\n",
       "(Expr (Compare (Name a) == (Name b) > (Name c) >= (Name d)))");
    OK("a not in b\n",
       "(Expr (Compare (Name a) not-in (Name b)))");
    OK("a is not b\n",
       "(Expr (Compare (Name a) is-not (Name b)))");
    OK("a is b in c\n",
       "(Expr (Compare (Name a) is (Name b) in (Name c)))");
    OK("x if y else z\n",
       "(Expr (IfExp (Name y) (Name x) (Name z)))");
    OK("a if b else c if d else e\n",
       "(Expr (IfExp (Name b) (Name a) (IfExp (Name d) (Name c) (Name e))))");
    OK("lambda: 0\n",
       "(Expr (Lambda (params) (Int 0)))");
    OK("lambda a, b=1, *c, d, **e: a\n",
       "(Expr (Lambda (params (arg a) (arg b (default (Int 1))) (vararg c) (kwonly d) (kwarg e)) (Name a)))");
    OK("lambda *, a: a\n",
       "(Expr (Lambda (params (kwonly a)) (Name a)))");
    OK("lambda a, /, b: 0\n",
       "(Expr (Lambda (params (posonly a) (arg b)) (Int 0)))");
    OK("f = lambda x: x if x else -x\n",
       "(Assign (Name f) (Lambda (params (arg x)) (IfExp (Name x) (Name x) (Unary - (Name x)))))");
    OK("(y := 5)\n",
       "(Expr (NamedExpr (Name y) (Int 5)))");
    OK("if (n := 10) > 5: pass\n",
       "(If (Compare (NamedExpr (Name n) (Int 10)) > (Int 5)) (body (Pass)))");
    OK("while (line := f()): pass\n",
       "(While (NamedExpr (Name line) (Call (Name f))) (body (Pass)))");
    OK("f(a, *b, c=1, **d)\n",
       "(Expr (Call (Name f) (Name a) (Starred (Name b)) (kw c (Int 1)) (kw ** (Name d))))");
    OK("f(*a, *b, **c, **d)\n",
       "(Expr (Call (Name f) (Starred (Name a)) (Starred (Name b)) (kw ** (Name c)) (kw ** (Name d))))");
    OK("f(a=1, *b)\n",
       "(Expr (Call (Name f) (Starred (Name b)) (kw a (Int 1))))");
    OK("print(x, end=\"\")\n",
       "(Expr (Call (Name print) (Name x) (kw end (Str \"\"))))");
    OK("f(a)(b)[c].d\n",
       "(Expr (Attr d (Subscript (Call (Call (Name f) (Name a)) (Name b)) (Name c))))");
    OK("sum(x for x in y)\n",
       "(Expr (Call (Name sum) (GenExp (Name x) (for (Name x) (Name y)))))");
    OK("f(x for x in y if a if b)\n",
       "(Expr (Call (Name f) (GenExp (Name x) (for (Name x) (Name y) (if (Name a)) (if (Name b))))))");
    OK("a[1:2:3], a[::2], a[:, 1]\n",
       "(Expr (Tuple (Subscript (Name a) (Slice (Int 1) (Int 2) (Int 3))) (Subscript (Name a) (Slice nil nil (Int 2))) (Subscript (Name a) (Tuple (Slice nil nil nil) (Int 1)))))");
    OK("a[1:], a[:-1], a[::], a[:]\n",
       "(Expr (Tuple (Subscript (Name a) (Slice (Int 1) nil nil)) (Subscript (Name a) (Slice nil (Unary - (Int 1)) nil)) (Subscript (Name a) (Slice nil nil nil)) (Subscript (Name a) (Slice nil nil nil))))");
    OK("a[..., 1]\n",
       "(Expr (Subscript (Name a) (Tuple (Ellipsis) (Int 1))))");
    OK("x[a:b, c:d]\n",
       "(Expr (Subscript (Name x) (Tuple (Slice (Name a) (Name b) nil) (Slice (Name c) (Name d) nil))))");
    OK("x[1,]\n",
       "(Expr (Subscript (Name x) (Tuple (Int 1))))");
    OK("{**a, \"b\": 1}\n",
       "(Expr (Dict (item nil (DoubleStarred (Name a))) (item (Str \"b\") (Int 1))))");
    OK("{}\n",
       "(Expr (Dict))");
    OK("{1: 2, **c}\n",
       "(Expr (Dict (item (Int 1) (Int 2)) (item nil (DoubleStarred (Name c)))))");
    OK("{1, 2}\n",
       "(Expr (Set (Int 1) (Int 2)))");
    OK("{*a, 1}\n",
       "(Expr (Set (Starred (Name a)) (Int 1)))");
    OK("()\n",
       "(Expr (Tuple))");
    OK("(1,)\n",
       "(Expr (Tuple (Int 1)))");
    OK("(1)\n",
       "(Expr (Int 1))");
    OK("[]\n",
       "(Expr (List))");
    OK("[1, 2,]\n",
       "(Expr (List (Int 1) (Int 2)))");
    OK("[x*y for x in a if x for y in b]\n",
       "(Expr (ListComp (BinOp * (Name x) (Name y)) (for (Name x) (Name a) (if (Name x))) (for (Name y) (Name b))))");
    OK("[[y for y in x] for x in z]\n",
       "(Expr (ListComp (ListComp (Name y) (for (Name y) (Name x))) (for (Name x) (Name z))))");
    OK("{k: v for k, v in d.items()}\n",
       "(Expr (DictComp (Name k) (Name v) (for (Tuple (Name k) (Name v)) (Call (Attr items (Name d))))))");
    OK("{x for x in y}\n",
       "(Expr (SetComp (Name x) (for (Name x) (Name y))))");
    OK("(x for x in y)\n",
       "(Expr (GenExp (Name x) (for (Name x) (Name y))))");
    OK("[x for x, in y]\n",
       "(Expr (ListComp (Name x) (for (Tuple (Name x)) (Name y))))");
    OK("\"a\" \"b\"\n",
       "(Expr (Str \"ab\"))");
    OK("'a\\x41\\n'\n",
       "(Expr (Str \"aA\\n\"))");
    OK("b\"ab\" b\"cd\"\n",
       "(Expr (Bytes \"abcd\"))");
    OK("\"a\" f\"b{x}\" \"c\"\n",
       "(Expr (FString (Str \"ab\") (Formatted (Name x)) (Str \"c\")))");
    OK("f\"{x}\" f\"{y}\"\n",
       "(Expr (FString (Formatted (Name x)) (Formatted (Name y))))");
    OK("f\"a{x!r:>{w}}b{{c}}\"\n",
       "(Expr (FString (Str \"a\") (Formatted !r (Name x) (spec (FString (Str \">\") (Formatted (Name w))))) (Str \"b{c}\")))");
    OK("f\"{x=}\"\n",
       "(Expr (FString (Str \"x=\") (Formatted !r (Name x))))");
    OK("f\"{x = :5}\"\n",
       "(Expr (FString (Str \"x = \") (Formatted (Name x) (spec (FString (Str \"5\"))))))");
    OK("f\"{x=!s}\"\n",
       "(Expr (FString (Str \"x=\") (Formatted !s (Name x))))");
    OK("f\"{x:=5}\"\n",
       "(Expr (FString (Formatted (Name x) (spec (FString (Str \"=5\"))))))");
    OK("f\"{a == b}{a != b}{a<b}{a>=b}\"\n",
       "(Expr (FString (Formatted (Compare (Name a) == (Name b))) (Formatted (Compare (Name a) != (Name b))) (Formatted (Compare (Name a) < (Name b))) (Formatted (Compare (Name a) >= (Name b)))))");
    OK("f\"{d['k']}\"\n",
       "(Expr (FString (Formatted (Subscript (Name d) (Str \"k\")))))");
    OK("f'{x:{w}.{p}f}'\n",
       "(Expr (FString (Formatted (Name x) (spec (FString (Formatted (Name w)) (Str \".\") (Formatted (Name p)) (Str \"f\"))))))");
    OK("f\"{'a' if x else 'b'}\"\n",
       "(Expr (FString (Formatted (IfExp (Name x) (Str \"a\") (Str \"b\")))))");
    OK("f\"{x, y}\"\n",
       "(Expr (FString (Formatted (Tuple (Name x) (Name y)))))");
    OK("f\"{{}}\"\n",
       "(Expr (FString (Str \"{}\")))");
    OK("f\"\"\n",
       "(Expr (FString))");
    OK("f\"\\t{x}\\x41\"\n",
       "(Expr (FString (Str \"\\t\") (Formatted (Name x)) (Str \"A\")))");
    OK("rf\"\\n{x}\"\n",
       "(Expr (FString (Str \"\\\\n\") (Formatted (Name x))))");
    OK("f\"{ {'a': 1}['a'] }\"\n",
       "(Expr (FString (Formatted (Subscript (Dict (item (Str \"a\") (Int 1))) (Str \"a\")))))");
    OK("f\"{x!a}\"\n",
       "(Expr (FString (Formatted !a (Name x))))");
    OK("f\"{(lambda: 1)()}\"\n",
       "(Expr (FString (Formatted (Call (Lambda (params) (Int 1))))))");
    OK("...\n",
       "(Expr (Ellipsis))");
    OK("a @ b\n",
       "(Expr (BinOp @ (Name a) (Name b)))");
    OK("12345678901234567890123 + 0x1F + 1.5e300 + 2.0\n",
       "(Expr (BinOp + (BinOp + (BinOp + (Int 12345678901234567890123) (Int 31)) (Float 1.5e+300)) (Float 2.0)))");
    OK("x = True, False, None\n",
       "(Assign (Name x) (Tuple (Bool True) (Bool False) (None)))");
    OK("if x: pass\nelif y:\n    a = 1\nelse:\n    b\n",
       "(If (Name x) (body (Pass)) (orelse (If elif (Name y) (body (Assign (Name a) (Int 1))) (orelse (Expr (Name b))))))");
    OK("if x:\n    pass\nelse if y:\n    pass\n",
       "(If (Name x) (body (Pass)) (orelse (If elif (Name y) (body (Pass)))))");
    OK("while x: a = 1; b = 2\nelse: pass\n",
       "(While (Name x) (body (Assign (Name a) (Int 1)) (Assign (Name b) (Int 2))) (orelse (Pass)))");
    OK("for k, v in d: pass\nelse: break\n",
       "(For (Tuple (Name k) (Name v)) (Name d) (body (Pass)) (orelse (Break)))");
    OK("for (a, b) in c: continue\n",
       "(For (Tuple (Name a) (Name b)) (Name c) (body (Continue)))");
    OK("for x in 1, 2: pass\n",
       "(For (Name x) (Tuple (Int 1) (Int 2)) (body (Pass)))");
    OK("@dec\n@dec2(1)\nasync def f(a, /, b: int = 2, *, c, **kw) -> int:\n    return a, b\n",
       "(FunctionDef async f (decorators (Name dec) (Call (Name dec2) (Int 1))) (params (posonly a) (arg b (ann (Name int)) (default (Int 2))) (kwonly c) (kwarg kw)) (returns (Name int)) (body (Return (Tuple (Name a) (Name b)))))");
    OK("def f(a, b=1, /, c=2, *args, d, e=3, **kw): pass\n",
       "(FunctionDef f (params (posonly a) (posonly b (default (Int 1))) (arg c (default (Int 2))) (vararg args) (kwonly d) (kwonly e (default (Int 3))) (kwarg kw)) (body (Pass)))");
    OK("def f(*args: int, **kw: str) -> None: ...\n",
       "(FunctionDef f (params (vararg args (ann (Name int))) (kwarg kw (ann (Name str)))) (returns (None)) (body (Expr (Ellipsis))))");
    OK("def f(\n    a,\n    b,\n):\n    pass\n",
       "(FunctionDef f (params (arg a) (arg b)) (body (Pass)))");
    OK("class A(B, metaclass=M):\n    x = 1\n",
       "(ClassDef A (bases (Name B)) (kw metaclass (Name M)) (body (Assign (Name x) (Int 1))))");
    OK("class A: pass\nclass B(): pass\n@d\nclass C(*bases, **kw): pass\n",
       "(ClassDef A (body (Pass))) (ClassDef B (body (Pass))) (ClassDef C (decorators (Name d)) (bases (Starred (Name bases))) (kw ** (Name kw)) (body (Pass)))");
    OK("try:\n    pass\nexcept (A, B) as e:\n    raise X from e\nexcept E:\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
       "(Try (body (Pass)) (except as e (Tuple (Name A) (Name B)) (body (Raise (Name X) (from (Name e))))) (except (Name E) (body (Pass))) (except nil (body (Pass))) (orelse (Pass)) (finally (Pass)))");
    OK("try:\n    pass\nfinally:\n    pass\n",
       "(Try (body (Pass)) (finally (Pass)))");
    OK("try: x\nexcept m.E: raise\n",
       "(Try (body (Expr (Name x))) (except (Attr E (Name m)) (body (Raise))))");
    OK("global a, b\nnonlocal c\ndel a, b[0], c.d\nassert x, \"m\"\n",
       "(Global a b) (Nonlocal c) (Del (Name a) (Subscript (Name b) (Int 0)) (Attr d (Name c))) (Assert (Name x) (Str \"m\"))");
    OK("del (a, b), [c]\nassert (x, y)\n",
       "(Del (Tuple (Name a) (Name b)) (List (Name c))) (Assert (Tuple (Name x) (Name y)))");
    OK("with a as b, c as (d, e): pass\n",
       "(With (item (Name a) (Name b)) (item (Name c) (Tuple (Name d) (Name e))) (body (Pass)))");
    OK("with open(f) as fh, lock: pass\n",
       "(With (item (Call (Name open) (Name f)) (Name fh)) (item (Name lock)) (body (Pass)))");
    OK("with (a as b, c,): pass\n",
       "(With (item (Name a) (Name b)) (item (Name c)) (body (Pass)))");
    OK("with (a, b) as c: pass\n",
       "(With (item (Tuple (Name a) (Name b)) (Name c)) (body (Pass)))");
    OK("with (a): pass\n",
       "(With (item (Name a)) (body (Pass)))");
    OK("with (a for a in b): pass\n",
       "(With (item (GenExp (Name a) (for (Name a) (Name b)))) (body (Pass)))");
    OK("import a.b.c as d, e\nfrom ..m import (x as y, z,)\nfrom . import *\nfrom ...a import b\nfrom .. import a\n",
       "(Import (alias a.b.c d) (alias e)) (ImportFrom ..m (alias x y) (alias z)) (ImportFrom . (alias *)) (ImportFrom ...a (alias b)) (ImportFrom .. (alias a))");
    OK("let x = 1\nvar y: int = 2\nconst Z = 3\nvar = 4\nlet a, b = 1, 2\nlet c = d = 5\nconst W: int = 6\n",
       "(Assign let (Name x) (Int 1)) (AnnAssign (Name y) (Name int) (Int 2)) (Assign const (Name Z) (Int 3)) (Assign (Name var) (Int 4)) (Assign let (Tuple (Name a) (Name b)) (Tuple (Int 1) (Int 2))) (Assign let (Name c) (Name d) (Int 5)) (AnnAssign (Name W) (Name int) (Int 6))");
    OK("def g():\n    x = yield\n    y = yield from z\n    yield a, b\n    await q\n    z = await x ** 2\n    return *a, b\n",
       "(FunctionDef g (params) (body (Assign (Name x) (Yield)) (Assign (Name y) (YieldFrom (Name z))) (Expr (Yield (Tuple (Name a) (Name b)))) (Expr (Await (Name q))) (Assign (Name z) (BinOp ** (Await (Name x)) (Int 2))) (Return (Tuple (Starred (Name a)) (Name b)))))");
    OK("def g(): return (yield)\n",
       "(FunctionDef g (params) (body (Return (Yield))))");
    OK("x = [*a, *b]\nprint(*a)\n",
       "(Assign (Name x) (List (Starred (Name a)) (Starred (Name b)))) (Expr (Call (Name print) (Starred (Name a))))");
    OK("match = 1\nmatch.x = 2\nprint(match)\ncase = 3\ndefault = 4\nmatch(x)\nmatch[0] = 1\n",
       "(Assign (Name match) (Int 1)) (Assign (Attr x (Name match)) (Int 2)) (Expr (Call (Name print) (Name match))) (Assign (Name case) (Int 3)) (Assign (Name default) (Int 4)) (Expr (Call (Name match) (Name x))) (Assign (Subscript (Name match) (Int 0)) (Int 1))");
    OK("match x:\n    case [a, *rest]: pass\n    case (a, b): pass\n    case {\"k\": p, **rest}: pass\n    case Point(x=0, y=p): pass\n    case -1 | 2.5 | \"s\" | None | True: pass\n    case a.b.c: pass\n    case [1, _] as z if z: pass\n    case _: pass\n",
       "(Match (Name x) (case (PSequence (PCapture a) (PStar rest)) (body (Pass))) (case (PSequence tuple (PCapture a) (PCapture b)) (body (Pass))) (case (PMapping (item (Str \"k\") (PCapture p)) (rest rest)) (body (Pass))) (case (PClass (Name Point) (kw x (PValue (Int 0))) (kw y (PCapture p))) (body (Pass))) (case (POr (PValue (Unary - (Int 1))) (PValue (Float 2.5)) (PValue (Str \"s\")) (PSingleton (None)) (PSingleton (Bool True))) (body (Pass))) (case (PValue (Attr c (Attr b (Name a)))) (body (Pass))) (case (PAs z (PSequence (PValue (Int 1)) (PWildcard))) (guard (Name z)) (body (Pass))) (case (PWildcard) (body (Pass))))");
    OK("match a, *b:\n    case 1, 2: pass\n    default: pass\n",
       "(Match (Tuple (Name a) (Starred (Name b))) (case (PSequence tuple (PValue (Int 1)) (PValue (Int 2))) (body (Pass))) (case (PWildcard) (body (Pass))))");
    OK("match (x):\n    case []: pass\n    case (): pass\n    case (y) if y: pass\n    case [*_]: pass\n    case {**rest}: pass\n    case Point(1, 2): pass\n    case A.B(x=1): pass\n    case 1 | 2 as n: pass\n",
       "(Match (Name x) (case (PSequence) (body (Pass))) (case (PSequence tuple) (body (Pass))) (case (PCapture y) (guard (Name y)) (body (Pass))) (case (PSequence (PStar _)) (body (Pass))) (case (PMapping (rest rest)) (body (Pass))) (case (PClass (Name Point) (PValue (Int 1)) (PValue (Int 2))) (body (Pass))) (case (PClass (Attr B (Name A)) (kw x (PValue (Int 1)))) (body (Pass))) (case (PAs n (POr (PValue (Int 1)) (PValue (Int 2)))) (body (Pass))))");
    OK("match -x:\n    case \"a\" \"b\": pass\n    case -1.5: pass\n    case b\"x\": pass\n    case {1: _, \"x\": [a], None: b, a.b: c}: pass\n    case True | False | None: pass\n    case x if x > 0: pass\n    case a.b | c.d: pass\n    case (1, *r,): pass\n    case [1, 2,]: pass\n    case default: pass\n",
       "(Match (Unary - (Name x)) (case (PValue (Str \"ab\")) (body (Pass))) (case (PValue (Unary - (Float 1.5))) (body (Pass))) (case (PValue (Bytes \"x\")) (body (Pass))) (case (PMapping (item (Int 1) (PWildcard)) (item (Str \"x\") (PSequence (PCapture a))) (item (None) (PCapture b)) (item (Attr b (Name a)) (PCapture c))) (body (Pass))) (case (POr (PSingleton (Bool True)) (PSingleton (Bool False)) (PSingleton (None))) (body (Pass))) (case (PCapture x) (guard (Compare (Name x) > (Int 0))) (body (Pass))) (case (POr (PValue (Attr b (Name a))) (PValue (Attr d (Name c)))) (body (Pass))) (case (PSequence tuple (PValue (Int 1)) (PStar r)) (body (Pass))) (case (PSequence (PValue (Int 1)) (PValue (Int 2))) (body (Pass))) (case (PWildcard) (body (Pass))))");
    OK("match x:\n    case 1:\n        case = 2\n        match = case\n",
       "(Match (Name x) (case (PValue (Int 1)) (body (Assign (Name case) (Int 2)) (Assign (Name match) (Name case)))))");
    OK("async def f():\n    async for x in y: pass\n    async with a: pass\n    [x async for x in y]\n",
       "(FunctionDef async f (params) (body (For async (Name x) (Name y) (body (Pass))) (With async (item (Name a)) (body (Pass))) (Expr (ListComp (Name x) (async-for (Name x) (Name y))))))");
    OK("x = 1; y = 2\n",
       "(Assign (Name x) (Int 1)) (Assign (Name y) (Int 2))");
    OK("π = 3\nnombre_é = π\n",
       "(Assign (Name π) (Int 3)) (Assign (Name nombre_é) (Name π))");
    OKL("fr", "soit x = 3\nsi x > 2 et non x == 5:\n    afficher(\"a\")\nsinon si x pas dans [1]:\n    afficher(f\"{x=} {longueur([1]):>3}\")\nsinon:\n    passer\nselon x:\n    cas 1 | 2:\n        afficher(\"un\")\n    défaut:\n        afficher(\"autre\")\n",
        "(Assign let (Name x) (Int 3)) (If (BoolOp and (Compare (Name x) > (Int 2)) (Unary not (Compare (Name x) == (Int 5)))) (body (Expr (Call (Name print) (Str \"a\")))) (orelse (If elif (Compare (Name x) not-in (List (Int 1))) (body (Expr (Call (Name print) (FString (Str \"x=\") (Formatted !r (Name x)) (Str \" \") (Formatted (Call (Name len) (List (Int 1))) (spec (FString (Str \">3\")))))))) (orelse (Pass))))) (Match (Name x) (case (POr (PValue (Int 1)) (PValue (Int 2))) (body (Expr (Call (Name print) (Str \"un\"))))) (case (PWildcard) (body (Expr (Call (Name print) (Str \"autre\"))))))");
    OKL("fr", "déf f(a, b=Vrai):\n    retour a\n",
        "(FunctionDef f (params (arg a) (arg b (default (Bool True)))) (body (Return (Name a))))");
    OK("let x = 3\nif x > 2 and not x == 5:\n    print(\"a\")\nelif x not in [1]:\n    print(f\"{x=} {len([1]):>3}\")\nelse:\n    pass\nmatch x:\n    case 1 | 2:\n        print(\"un\")\n    default:\n        print(\"autre\")\n",
       "(Assign let (Name x) (Int 3)) (If (BoolOp and (Compare (Name x) > (Int 2)) (Unary not (Compare (Name x) == (Int 5)))) (body (Expr (Call (Name print) (Str \"a\")))) (orelse (If elif (Compare (Name x) not-in (List (Int 1))) (body (Expr (Call (Name print) (FString (Str \"x=\") (Formatted !r (Name x)) (Str \" \") (Formatted (Call (Name len) (List (Int 1))) (spec (FString (Str \">3\")))))))) (orelse (Pass))))) (Match (Name x) (case (POr (PValue (Int 1)) (PValue (Int 2))) (body (Expr (Call (Name print) (Str \"un\"))))) (case (PWildcard) (body (Expr (Call (Name print) (Str \"autre\"))))))");
    OK("def f(a, b=True):\n    return a\n",
       "(FunctionDef f (params (arg a) (arg b (default (Bool True)))) (body (Return (Name a))))");
    OKL("es", "p = Punto(x=1, y=2)\nimprimir(p.y)\nsegún p:\n    caso Punto(x=0, y=1): pasar\n",
        "(Assign (Name p) (Call (Name Punto) (kw x (Int 1)) (kw y (Int 2)))) (Expr (Call (Name print) (Attr y (Name p)))) (Match (Name p) (case (PClass (Name Punto) (kw x (PValue (Int 0))) (kw y (PValue (Int 1)))) (body (Pass))))");
    OKL("it", "stampa(math.e, x.o)\n",
        "(Expr (Call (Name print) (Attr e (Name math)) (Attr o (Name x))))");
}

/* Sources of the OK checks, also fuzzed prefix by prefix. */
static const char *const ok_sources[] = {
    "x = 1\n",
    "a = b = 1, 2\n",
    "a, *b = c\n",
    "*a, b = c\n",
    "[a, b] = c\n",
    "a.b, c[0] = 1, 2\n",
    "t = 1,\n",
    "x: int = 1\n",
    "a: list[int]\n",
    "x += 1; y **= 2;\n",
    "a -= 1\na *= 1\na /= 1\na //= 1\na %= 1\na &= 1\na |= 1\na ^= 1\na <<= 1\na >>= 1\na @= 1\n",
    "-2**2\n",
    "2**-1\n",
    "2**3**2\n",
    "-x ** -y\n",
    "~a + +b\n",
    "not not a\n",
    "not a == b\n",
    "not a in b\n",
    "a or b and c\n",
    "a and b and c or d\n",
    "a | b ^ c & d << e + f * g\n",
    "a - b - c\n",
    "a // b % c / d * e @ f\n",
    "a < b <= c != d\n",
    "a == b > c >= d\n",
    "a not in b\n",
    "a is not b\n",
    "a is b in c\n",
    "x if y else z\n",
    "a if b else c if d else e\n",
    "lambda: 0\n",
    "lambda a, b=1, *c, d, **e: a\n",
    "lambda *, a: a\n",
    "lambda a, /, b: 0\n",
    "f = lambda x: x if x else -x\n",
    "(y := 5)\n",
    "if (n := 10) > 5: pass\n",
    "while (line := f()): pass\n",
    "f(a, *b, c=1, **d)\n",
    "f(*a, *b, **c, **d)\n",
    "f(a=1, *b)\n",
    "print(x, end=\"\")\n",
    "f(a)(b)[c].d\n",
    "sum(x for x in y)\n",
    "f(x for x in y if a if b)\n",
    "a[1:2:3], a[::2], a[:, 1]\n",
    "a[1:], a[:-1], a[::], a[:]\n",
    "a[..., 1]\n",
    "x[a:b, c:d]\n",
    "x[1,]\n",
    "{**a, \"b\": 1}\n",
    "{}\n",
    "{1: 2, **c}\n",
    "{1, 2}\n",
    "{*a, 1}\n",
    "()\n",
    "(1,)\n",
    "(1)\n",
    "[]\n",
    "[1, 2,]\n",
    "[x*y for x in a if x for y in b]\n",
    "[[y for y in x] for x in z]\n",
    "{k: v for k, v in d.items()}\n",
    "{x for x in y}\n",
    "(x for x in y)\n",
    "[x for x, in y]\n",
    "\"a\" \"b\"\n",
    "'a\\x41\\n'\n",
    "b\"ab\" b\"cd\"\n",
    "\"a\" f\"b{x}\" \"c\"\n",
    "f\"{x}\" f\"{y}\"\n",
    "f\"a{x!r:>{w}}b{{c}}\"\n",
    "f\"{x=}\"\n",
    "f\"{x = :5}\"\n",
    "f\"{x=!s}\"\n",
    "f\"{x:=5}\"\n",
    "f\"{a == b}{a != b}{a<b}{a>=b}\"\n",
    "f\"{d['k']}\"\n",
    "f'{x:{w}.{p}f}'\n",
    "f\"{'a' if x else 'b'}\"\n",
    "f\"{x, y}\"\n",
    "f\"{{}}\"\n",
    "f\"\"\n",
    "f\"\\t{x}\\x41\"\n",
    "rf\"\\n{x}\"\n",
    "f\"{ {'a': 1}['a'] }\"\n",
    "f\"{x!a}\"\n",
    "f\"{(lambda: 1)()}\"\n",
    "...\n",
    "a @ b\n",
    "12345678901234567890123 + 0x1F + 1.5e300 + 2.0\n",
    "x = True, False, None\n",
    "if x: pass\nelif y:\n    a = 1\nelse:\n    b\n",
    "if x:\n    pass\nelse if y:\n    pass\n",
    "while x: a = 1; b = 2\nelse: pass\n",
    "for k, v in d: pass\nelse: break\n",
    "for (a, b) in c: continue\n",
    "for x in 1, 2: pass\n",
    "@dec\n@dec2(1)\nasync def f(a, /, b: int = 2, *, c, **kw) -> int:\n    return a, b\n",
    "def f(a, b=1, /, c=2, *args, d, e=3, **kw): pass\n",
    "def f(*args: int, **kw: str) -> None: ...\n",
    "def f(\n    a,\n    b,\n):\n    pass\n",
    "class A(B, metaclass=M):\n    x = 1\n",
    "class A: pass\nclass B(): pass\n@d\nclass C(*bases, **kw): pass\n",
    "try:\n    pass\nexcept (A, B) as e:\n    raise X from e\nexcept E:\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
    "try:\n    pass\nfinally:\n    pass\n",
    "try: x\nexcept m.E: raise\n",
    "global a, b\nnonlocal c\ndel a, b[0], c.d\nassert x, \"m\"\n",
    "del (a, b), [c]\nassert (x, y)\n",
    "with a as b, c as (d, e): pass\n",
    "with open(f) as fh, lock: pass\n",
    "with (a as b, c,): pass\n",
    "with (a, b) as c: pass\n",
    "with (a): pass\n",
    "with (a for a in b): pass\n",
    "import a.b.c as d, e\nfrom ..m import (x as y, z,)\nfrom . import *\nfrom ...a import b\nfrom .. import a\n",
    "let x = 1\nvar y: int = 2\nconst Z = 3\nvar = 4\nlet a, b = 1, 2\nlet c = d = 5\nconst W: int = 6\n",
    "def g():\n    x = yield\n    y = yield from z\n    yield a, b\n    await q\n    z = await x ** 2\n    return *a, b\n",
    "def g(): return (yield)\n",
    "x = [*a, *b]\nprint(*a)\n",
    "match = 1\nmatch.x = 2\nprint(match)\ncase = 3\ndefault = 4\nmatch(x)\nmatch[0] = 1\n",
    "match x:\n    case [a, *rest]: pass\n    case (a, b): pass\n    case {\"k\": p, **rest}: pass\n    case Point(x=0, y=p): pass\n    case -1 | 2.5 | \"s\" | None | True: pass\n    case a.b.c: pass\n    case [1, _] as z if z: pass\n    case _: pass\n",
    "match a, *b:\n    case 1, 2: pass\n    default: pass\n",
    "match (x):\n    case []: pass\n    case (): pass\n    case (y) if y: pass\n    case [*_]: pass\n    case {**rest}: pass\n    case Point(1, 2): pass\n    case A.B(x=1): pass\n    case 1 | 2 as n: pass\n",
    "match -x:\n    case \"a\" \"b\": pass\n    case -1.5: pass\n    case b\"x\": pass\n    case {1: _, \"x\": [a], None: b, a.b: c}: pass\n    case True | False | None: pass\n    case x if x > 0: pass\n    case a.b | c.d: pass\n    case (1, *r,): pass\n    case [1, 2,]: pass\n    case default: pass\n",
    "match x:\n    case 1:\n        case = 2\n        match = case\n",
    "async def f():\n    async for x in y: pass\n    async with a: pass\n    [x async for x in y]\n",
    "x = 1; y = 2\n",
    "π = 3\nnombre_é = π\n",
    "let x = 3\nif x > 2 and not x == 5:\n    print(\"a\")\nelif x not in [1]:\n    print(f\"{x=} {len([1]):>3}\")\nelse:\n    pass\nmatch x:\n    case 1 | 2:\n        print(\"un\")\n    default:\n        print(\"autre\")\n",
    "def f(a, b=True):\n    return a\n",
};
static const int ok_source_count = (int)(sizeof ok_sources / sizeof *ok_sources);

/* ------------------------------------------------------------------ */
/* Syntax errors: message and position                                 */
/* ------------------------------------------------------------------ */

static void test_errors(T *t) {
    ERR("if x\n    pass\n",
        "1:5: expected ':'");
    ERR("while x\n    pass\n",
        "1:8: expected ':'");
    ERR("for x in y\n    pass\n",
        "1:11: expected ':'");
    ERR("def f()\n    pass\n",
        "1:8: expected ':'");
    ERR("class A\n    pass\n",
        "1:8: expected ':'");
    ERR("if x:\npass\n",
        "2:1: expected an indented block after 'if' statement on line 1");
    ERR("while x:\npass\n",
        "2:1: expected an indented block after 'while' statement on line 1");
    ERR("for x in y:\npass\n",
        "2:1: expected an indented block after 'for' statement on line 1");
    ERR("def f():\nreturn 1\n",
        "2:1: expected an indented block after function definition on line 1");
    ERR("class A:\nx = 1\n",
        "2:1: expected an indented block after class definition on line 1");
    ERR("try:\nx = 1\n",
        "2:1: expected an indented block after 'try' statement on line 1");
    ERR("try:\n    x\nexcept E:\nx = 1\n",
        "4:1: expected an indented block after 'except' statement on line 3");
    ERR("try:\n    x\nfinally:\nx = 1\n",
        "4:1: expected an indented block after 'finally' statement on line 3");
    ERR("with a:\nx = 1\n",
        "2:1: expected an indented block after 'with' statement on line 1");
    ERR("if x:\n    pass\nelse:\nx = 1\n",
        "4:1: expected an indented block after 'else' statement on line 3");
    ERR("if x:\n    pass\nelif y:\nx = 1\n",
        "4:1: expected an indented block after 'elif' statement on line 3");
    ERR("match x:\ncase 1: pass\n",
        "2:1: expected an indented block after 'match' statement on line 1");
    ERR("match x:\n    case 1:\n    pass\n",
        "3:5: expected an indented block after 'case' statement on line 2");
    ERR("if x:",
        "1:6: expected an indented block after 'if' statement on line 1");
    ERRL("fr", "si x:\nafficher(1)\n",
         "2:1: expected an indented block after 'si' statement on line 1");
    ERRL("fr", "tantque x\n    passer\n",
         "1:10: expected ':'");
    ERR("  x = 1\n",
        "1:3: unexpected indent");
    ERR("x = 1\n    y = 2\n",
        "2:5: unexpected indent");
    ERR("1 = x\n",
        "1:1: cannot assign to literal");
    ERR("x = 1 = 2\n",
        "1:5: cannot assign to literal");
    ERR("f() = 1\n",
        "1:1: cannot assign to function call");
    ERR("a + 1 = 2\n",
        "1:1: cannot assign to expression");
    ERR("a < b = 1\n",
        "1:1: cannot assign to comparison");
    ERR("True = 1\n",
        "1:1: cannot assign to True");
    ERR("None = 1\n",
        "1:1: cannot assign to None");
    ERR("(lambda: 1) = 2\n",
        "1:2: cannot assign to lambda");
    ERR("a if b else c = 1\n",
        "1:1: cannot assign to conditional expression");
    ERR("[x for x in y] = 1\n",
        "1:1: cannot assign to list comprehension");
    ERR("f\"{x}\" = 1\n",
        "1:1: cannot assign to f-string expression");
    ERR("for 1 in x: pass\n",
        "1:5: cannot assign to literal");
    ERR("for f() in x: pass\n",
        "1:5: cannot assign to function call");
    ERR("with a as 1: pass\n",
        "1:11: cannot assign to literal");
    ERR("[x for 1 in y]\n",
        "1:8: cannot assign to literal");
    ERR("del f()\n",
        "1:5: cannot delete function call");
    ERR("del 1\n",
        "1:5: cannot delete literal");
    ERR("del *a\n",
        "1:5: invalid syntax");
    ERR("*a = b\n",
        "1:1: starred assignment target must be in a list or tuple");
    ERR("*a, *b = c\n",
        "1:5: multiple starred expressions in assignment");
    ERR("x = *a\n",
        "1:5: can't use starred expression here");
    ERR("return *a\n",
        "1:8: can't use starred expression here");
    ERR("(*a)\n",
        "1:2: cannot use starred expression here");
    ERR("print(*a for a in b)\n",
        "1:10: invalid syntax");
    ERR("[*a for a in b]\n",
        "1:2: iterable unpacking cannot be used in comprehension");
    ERR("{**a for a in b}\n",
        "1:2: dict unpacking cannot be used in dict comprehension");
    ERR("(a, b): int\n",
        "1:1: only single target (not tuple) can be annotated");
    ERR("[a]: int\n",
        "1:1: only single target (not list) can be annotated");
    ERR("f(): int\n",
        "1:1: illegal target for annotation");
    ERR("a, b += 1\n",
        "1:1: 'tuple' is an illegal expression for augmented assignment");
    ERR("1 += 1\n",
        "1:1: 'literal' is an illegal expression for augmented assignment");
    ERR("f() += 1\n",
        "1:1: 'function call' is an illegal expression for augmented assignment");
    ERR("x = (1\n",
        "1:5: '(' was never closed");
    ERR("x = 1)\n",
        "1:6: unmatched ')'");
    ERR("x = [1, 2\ny = 3\n",
        "1:5: '[' was never closed");
    ERR("f(a=1, b)\n",
        "1:8: positional argument follows keyword argument");
    ERR("f(**a, b)\n",
        "1:8: positional argument follows keyword argument unpacking");
    ERR("f(**a, *b)\n",
        "1:8: iterable argument unpacking follows keyword argument unpacking");
    ERR("f(a.b=1)\n",
        "1:3: expression cannot contain assignment, perhaps you meant \"==\"?");
    ERR("f(x for x in y, 1)\n",
        "1:3: Generator expression must be parenthesized");
    ERR("f(1, x for x in y)\n",
        "1:6: Generator expression must be parenthesized");
    ERR("(a.b := 1)\n",
        "1:2: cannot use assignment expressions with attribute");
    ERR("x := 1\n",
        "1:3: invalid syntax");
    ERR("try:\n    pass\nexcept* E:\n    pass\n",
        "3:1: 'except*' (exception groups) is not supported yet");
    ERR("try:\n    pass\nexcept A, B:\n    pass\n",
        "3:8: multiple exception types must be parenthesized");
    ERR("try:\n    pass\n",
        "3:1: expected 'except' or 'finally' block");
    ERR("try:\n    pass\nelse:\n    pass\n",
        "3:1: expected 'except' or 'finally' block");
    ERR("try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n",
        "3:1: default 'except:' must be last");
    /* A clause keyword with no block to belong to says which one it needs. */
    ERR("else:\n    pass\n",
        "1:1: 'else' without a matching 'if', 'for', 'while' or 'try'");
    ERR("elif x:\n    pass\n",
        "1:1: 'elif' without a matching 'if'");
    ERR("x = 1\nexcept:\n    pass\n",
        "2:1: 'except' without a matching 'try'");
    ERR("with a:\n    pass\nfinally:\n    pass\n",
        "3:1: 'finally' without a matching 'try'");
    /* A keyword of another language next to the error is named, with the
     * spelling this program's language needs. */
    ERR("for x of y:\n    pass\n",
        "1:7: expected 'in'");
    ERR("si x:\n    pass\n",
        "1:4: invalid syntax: 'si' is a keyword in Fran\xc3\xa7" "ais; in English write 'if'");
    ERRL("fr", "pour x in y:\n    afficher(x)\n",
         "1:8: invalid syntax: 'in' is a keyword in English; in Fran\xc3\xa7" "ais write 'dans'");
    ERR("print(1 2)\n",
        "1:9: invalid syntax. Perhaps you forgot a comma?");
    ERR("x = \n",
        "1:5: invalid syntax");
    ERR("a + = 1\n",
        "1:5: invalid syntax");
    ERR("lambda x\n",
        "1:9: expected ':'");
    ERR("x = 1 if 2\n",
        "1:11: expected 'else' after 'if' expression");
    ERR("if x:\n    a\n  b\n",
        "3:3: unindent does not match any outer indentation level");
    ERR("from . import a,\n",
        "1:16: trailing comma not allowed without surrounding parentheses");
    ERR("from import a\n",
        "1:6: invalid syntax");
    ERR("import\n",
        "1:7: invalid syntax");
    ERR("def f(a=1, b): pass\n",
        "1:12: non-default argument follows default argument");
    ERR("def f(*): pass\n",
        "1:7: named arguments must follow bare *");
    ERR("def f(*, **k): pass\n",
        "1:7: named arguments must follow bare *");
    ERR("def f(**k, a): pass\n",
        "1:12: arguments cannot follow var-keyword argument");
    ERR("def f(a, /, /): pass\n",
        "1:13: / may appear only once");
    ERR("def f(/): pass\n",
        "1:7: at least one argument must precede /");
    ERR("def f(*, a, /): pass\n",
        "1:13: / must be ahead of *");
    ERR("def f(*a, *b): pass\n",
        "1:11: * argument may appear only once");
    ERR("def f(a, a): pass\n",
        "1:10: duplicate argument 'a' in function definition");
    ERR("lambda a, a: 0\n",
        "1:11: duplicate argument 'a' in function definition");
    ERR("def f(*a=1): pass\n",
        "1:9: var-positional argument cannot have default value");
    ERR("async x\n",
        "1:7: invalid syntax");
    ERR("@dec\nx = 1\n",
        "2:1: invalid syntax");
    ERR("f\"{}\"\n",
        "1:3: f-string: empty expression not allowed");
    ERR("f\"{ }\"\n",
        "1:3: f-string: empty expression not allowed");
    ERR("f\"{x!z}\"\n",
        "1:6: f-string: invalid conversion character: expected 's', 'r', or 'a'");
    ERR("f\"{x!}\"\n",
        "1:6: f-string: invalid conversion character: expected 's', 'r', or 'a'");
    ERR("f\"}\"\n",
        "1:3: f-string: single '}' is not allowed");
    ERR("f\"{x\"\n",
        "1:3: f-string: expecting '}'");
    ERR("f\"{a b}\"\n",
        "1:6: f-string: invalid syntax. Perhaps you forgot a comma?");
    ERR("f\"{#}\"\n",
        "1:4: f-string expression part cannot include '#'");
    ERR("f\"{a:{b:{c}}}\"\n",
        "1:9: f-string: expressions nested too deeply");
    ERR("f\"{)}\"\n",
        "1:4: f-string: unmatched ')'");
    ERR("f\"{*a}\"\n",
        "1:4: f-string: can't use starred expression here");
    ERR("f\"\\N{DASH}\"\n",
        "1:3: \\N{...} escapes are not supported yet");
    ERR("f\"\\x4\"\n",
        "1:3: truncated \\xXX escape");
    ERR("x = 1\ny = f\"ab{1 +}\"\n",
        "2:13: f-string: invalid syntax");
    ERR("b\"a\" \"b\"\n",
        "1:1: cannot mix bytes and nonbytes literals");
    ERR("match x:\n    case a: pass\n    case 1: pass\n",
        "2:10: name capture 'a' makes remaining patterns unreachable");
    ERR("match x:\n    case _: pass\n    case 1: pass\n",
        "2:10: wildcard makes remaining patterns unreachable");
    ERR("match x:\n    case x | 1: pass\n",
        "2:10: name capture 'x' makes remaining patterns unreachable");
    ERR("match x:\n    case *a: pass\n",
        "2:12: invalid syntax");
    ERR("match x:\n    case a as _: pass\n",
        "2:15: cannot use '_' as a target");
    ERR("match x:\n    case f\"{x}\": pass\n",
        "2:10: patterns may only match literals and attribute lookups");
    ERR("match x:\n    case {a: 1}: pass\n",
        "2:11: invalid syntax");
    ERR("match x:\n    case C(x=1, 2): pass\n",
        "2:17: positional patterns follow keyword patterns");
    ERR("match x:\n    case [*a, *b]: pass\n",
        "2:15: multiple starred names in sequence pattern");
    ERR("match x:\n    case -a: pass\n",
        "2:11: invalid syntax");
    ERR("match x:\n    x = 1\n",
        "2:5: invalid syntax");
    ERR("match x:\n    case 1 + 2: pass\n",
        "2:12: expected ':'");
    ERR("x = 1 +\ny = 2\nif x\n    pass\nz = f(1 2)\ndef f(a, a):\n    pass\nok = 1\nfor x in y:\n    1 = 2\n    print(x)\n",
        "1:8: invalid syntax | 3:5: expected ':' | 5:9: invalid syntax. Perhaps you forgot a comma? | 6:10: duplicate argument 'a' in function definition | 10:5: cannot assign to literal");
}

/* ------------------------------------------------------------------ */
/* Positions                                                           */
/* ------------------------------------------------------------------ */

typedef struct Parsed {
    Arena a;
    Compiler c;
    Module *m;
} Parsed;

static void parse_into(Parsed *p, const char *src, const char *lang) {
    arena_init(&p->a);
    memset(&p->c, 0, sizeof p->c);
    p->c.arena = &p->a;
    p->c.filename = "t.ml";
    p->c.src = src;
    p->c.src_len = strlen(src);
    p->c.lang = lang_find(lang);
    p->c.messages = "en";
    TokenList toks = {0};
    p->m = lex_source(&p->c, &toks) ? parse_module(&p->c, &toks) : NULL;
}

static void test_positions(T *t) {
    Parsed p;
    parse_into(&p, "x = foo(1,\n      bar)\nif y:\n    z = 2\n", "en");
    EXPECT(p.m && p.m->body.len == 2);
    if (p.m && p.m->body.len == 2) {
        Stmt *s = p.m->body.items[0];
        EXPECT(s->kind == S_ASSIGN && s->line == 1 && s->col == 1);
        Expr *call = s->u.assign.value;
        EXPECT(call->kind == E_CALL && call->line == 1 && call->col == 5);
        Expr *bar = call->u.call.args.items[1];
        EXPECT(bar->kind == E_NAME && bar->line == 2 && bar->col == 7);
        EXPECT(strcmp(bar->u.name.src_name, "bar") == 0);
        Stmt *i = p.m->body.items[1];
        EXPECT(i->kind == S_IF && i->line == 3 && i->col == 1);
        Stmt *z = i->u.if_.body.items[0];
        EXPECT(z->line == 4 && z->col == 5);
    }
    arena_free(&p.a);

    /* f-string fields: the E_FORMATTED at its '{', the expression where it
     * is in the source (also on a later line of a triple-quoted string). */
    parse_into(&p, "y = f\"ab{val}\"\nw = f\"\"\"\n  {q + 1}\"\"\"\n", "en");
    EXPECT(p.m && p.m->body.len == 2);
    if (p.m && p.m->body.len == 2) {
        Expr *fs = ((Stmt *)p.m->body.items[0])->u.assign.value;
        EXPECT(fs->kind == E_FSTRING && fs->u.fstr.parts.len == 2);
        Expr *lit = fs->u.fstr.parts.items[0];
        EXPECT(lit->kind == E_STR && lit->line == 1 && lit->col == 7);
        Expr *f = fs->u.fstr.parts.items[1];
        EXPECT(f->kind == E_FORMATTED && f->line == 1 && f->col == 9);
        Expr *v = f->u.formatted.value;
        EXPECT(v->kind == E_NAME && v->line == 1 && v->col == 10);
        Expr *fs2 = ((Stmt *)p.m->body.items[1])->u.assign.value;
        EXPECT(fs2->kind == E_FSTRING && fs2->u.fstr.parts.len == 2);
        Expr *f2 = fs2->u.fstr.parts.items[1];
        EXPECT(f2->kind == E_FORMATTED && f2->line == 3 && f2->col == 3);
        Expr *q = f2->u.formatted.value;
        EXPECT(q->kind == E_BINOP && q->line == 3 && q->col == 4);
    }
    arena_free(&p.a);

    /* Localized names: canonical name plus the spelling as written. */
    parse_into(&p, "afficher(longueur(\"ab\"))\n", "fr");
    EXPECT(p.m && p.m->body.len == 1);
    if (p.m && p.m->body.len == 1) {
        Expr *call = ((Stmt *)p.m->body.items[0])->u.expr.value;
        Expr *fn = call->u.call.func;
        EXPECT(strcmp(fn->u.name.name, "print") == 0 && strcmp(fn->u.name.src_name, "afficher") == 0);
    }
    arena_free(&p.a);

    /* The dump itself: one node per line, children indented. */
    parse_into(&p, "x = f(1)\n", "en");
    Buf out;
    buf_init(&out);
    if (p.m) ast_dump(p.m, &out);
    EXPECT(p.m && strcmp(buf_cstr(&out),
                         "(Module\n  (Assign\n    (Name x)\n    (Call\n      (Name f)\n      (Int 1))))\n") == 0);
    buf_free(&out);
    arena_free(&p.a);

    /* Error positions inside an f-string field on a later line. */
    const char *fsrc = "s = f\"\"\"\nabc {1 +} \"\"\"\n";
    char *e = parse_str(fsrc, strlen(fsrc), "en");
    EXPECT(strcmp(e, "ERR 2:9: f-string: invalid syntax") == 0);
    if (strcmp(e, "ERR 2:9: f-string: invalid syntax") != 0) fprintf(stderr, "  got %s\n", e);
    free(e);
}

/* ------------------------------------------------------------------ */
/* Hand-built token lists                                              */
/* ------------------------------------------------------------------ */

typedef struct TB {
    Token items[64];
    int len;
} TB;

static Token *tb_add(TB *b, TokKind k, const char *text) {
    Token *tk = &b->items[b->len];
    memset(tk, 0, sizeof *tk);
    tk->kind = k;
    tk->line = 1;
    tk->col = b->len + 1;
    tk->text = text;
    tk->name = text;
    b->len++;
    return tk;
}
static void tb_kw(TB *b, Concept c, const char *text) { tb_add(b, TK_KEYWORD, text)->concept = c; }
static void tb_op(TB *b, Op op) { tb_add(b, TK_OP, op_text(op))->op = op; }

static char *parse_tokens(TB *b) {
    Arena a;
    arena_init(&a);
    Compiler c = {0};
    c.arena = &a;
    c.filename = "t.ml";
    c.src = "";
    c.lang = lang_find("en");
    TokenList tl = {b->items, b->len};
    Module *m = parse_module(&c, &tl);
    Buf out;
    buf_init(&out);
    if (m) ast_dump(m, &out);
    else buf_printf(&out, "ERR %s", c.diags.len ? ((Diag *)c.diags.items[0])->message : "?");
    char *r = m ? collapse_dump(buf_cstr(&out)) : xstrdup(buf_cstr(&out));
    buf_free(&out);
    arena_free(&a);
    return r;
}

static void test_tokens(T *t) {
    /* `a not in b` written as NOT followed by IN, and `a is not b`. */
    TB b = {.len = 0};
    tb_add(&b, TK_NAME, "a");
    tb_kw(&b, KW_NOT, "not");
    tb_kw(&b, KW_IN, "in");
    tb_add(&b, TK_NAME, "b");
    tb_kw(&b, KW_IS, "is");
    tb_kw(&b, KW_NOT, "not");
    tb_add(&b, TK_NAME, "c");
    tb_add(&b, TK_NEWLINE, "");
    tb_add(&b, TK_EOF, "");
    char *r = parse_tokens(&b);
    EXPECT(strcmp(r, "(Expr (Compare (Name a) not-in (Name b) is-not (Name c)))") == 0);
    free(r);

    /* A list without EOF and without NEWLINE still parses. */
    b.len = 0;
    tb_add(&b, TK_NAME, "x");
    tb_op(&b, OP_ASSIGN);
    tb_add(&b, TK_INT, "1")->int_text = "1";
    r = parse_tokens(&b);
    EXPECT(strcmp(r, "(Assign (Name x) (Int 1))") == 0);
    free(r);

    /* An empty list, and one with only EOF. */
    b.len = 0;
    r = parse_tokens(&b);
    EXPECT(strcmp(r, "") == 0);
    free(r);
    tb_add(&b, TK_EOF, "");
    r = parse_tokens(&b);
    EXPECT(strcmp(r, "") == 0);
    free(r);

    /* Unbalanced INDENT/DEDENT never hang. */
    b.len = 0;
    tb_add(&b, TK_DEDENT, "");
    tb_add(&b, TK_INDENT, "");
    tb_add(&b, TK_INDENT, "");
    tb_kw(&b, KW_PASS, "pass");
    tb_add(&b, TK_DEDENT, "");
    tb_add(&b, TK_DEDENT, "");
    tb_add(&b, TK_DEDENT, "");
    tb_kw(&b, KW_PASS, "pass");
    tb_add(&b, TK_EOF, "");
    r = parse_tokens(&b);
    EXPECT(strncmp(r, "ERR ", 4) == 0);
    free(r);
}

/* ------------------------------------------------------------------ */
/* Deep nesting                                                        */
/* ------------------------------------------------------------------ */

static char *repeat(const char *pre, const char *unit, int n, const char *mid, const char *unit2,
                    const char *post) {
    Buf b;
    buf_init(&b);
    buf_puts(&b, pre);
    for (int i = 0; i < n; i++) buf_puts(&b, unit);
    buf_puts(&b, mid);
    for (int i = 0; i < n; i++) buf_puts(&b, unit2);
    buf_puts(&b, post);
    char *r = xstrdup(buf_cstr(&b));
    buf_free(&b);
    return r;
}

static bool contains(const char *s, const char *needle) { return strstr(s, needle) != NULL; }

static void deep(T *t, int line, char *src, const char *want_sub) {
    char *r = parse_str(src, strlen(src), "en");
    bool ok = want_sub ? contains(r, want_sub) : strncmp(r, "ERR", 3) != 0;
    expect(t, line, ok, want_sub ? want_sub : "parses");
    if (!ok) fprintf(stderr, "  got: %.300s\n", r);
    free(r);
    free(src);
}

static void test_deep(T *t) {
    deep(t, __LINE__, repeat("x = ", "(", 300, "1", ")", "\n"), "too many nested parentheses");
    deep(t, __LINE__, repeat("x = ", "[", 150, "", "]", "\n"), NULL);
    deep(t, __LINE__, repeat("x = ", "f(", 150, "", ")", "\n"), NULL);
    deep(t, __LINE__, repeat("x = ", "-", 5000, "1", "", "\n"), "too many nested");
    deep(t, __LINE__, repeat("x = ", "-", 500, "1", "", "\n"), NULL);
    deep(t, __LINE__, repeat("x = ", "not ", 5000, "1", "", "\n"), "too many nested");
    deep(t, __LINE__, repeat("x = ", "lambda: ", 3000, "0", "", "\n"), "too many nested");
    deep(t, __LINE__, repeat("x = ", "a if b else ", 3000, "c", "", "\n"), "too many nested");
    deep(t, __LINE__, repeat("x = 2", "**2", 3000, "", "", "\n"), "too many nested");
    /* chains made in a loop: bounded for the back ends' recursion */
    deep(t, __LINE__, repeat("x = 1", " + 1", 2999, "", "", "\n"), NULL);
    deep(t, __LINE__, repeat("x = 1", " + 1", 20000, "", "", "\n"), "too many operations in one expression");
    deep(t, __LINE__, repeat("x = a", ".b", 3000, "", "", "\n"), NULL);
    deep(t, __LINE__, repeat("x = a", ".b", 20000, "", "", "\n"), "too many operations in one expression");
    deep(t, __LINE__, repeat("x = f", "(1)", 5000, "", "", "\n"), "too many operations in one expression");
    deep(t, __LINE__, repeat("if a: pass\n", "elif b: pass\n", 5000, "else: pass\n", "", ""), NULL);
    deep(t, __LINE__, repeat("x = f'{", "", 0, "f\"{y}\"", "", "}'\n"), NULL);
    /* 90 nested blocks */
    Buf b;
    buf_init(&b);
    for (int i = 0; i < 90; i++) {
        for (int j = 0; j < i; j++) buf_putc(&b, ' ');
        buf_puts(&b, "if x:\n");
    }
    for (int j = 0; j < 90; j++) buf_putc(&b, ' ');
    buf_puts(&b, "pass\n");
    deep(t, __LINE__, xstrdup(buf_cstr(&b)), NULL);
    buf_free(&b);
    /* Many errors: at most 10 reported by the parser, then it stops. */
    char *many = repeat("", "x = = 1\n", 100, "", "", "");
    char *r = parse_str(many, strlen(many), "en");
    int n = 0;
    for (const char *p = r; (p = strstr(p, "invalid syntax")); p++) n++;
    EXPECT(n == 10);
    free(r);
    free(many);
}

/* ------------------------------------------------------------------ */
/* Fuzzing                                                             */
/* ------------------------------------------------------------------ */

typedef struct Rng {
    unsigned long long s;
} Rng;
static unsigned rnd(Rng *r, unsigned n) {
    r->s ^= r->s << 13;
    r->s ^= r->s >> 7;
    r->s ^= r->s << 17;
    return n ? (unsigned)(r->s % n) : 0;
}

/* Every prefix (at code point boundaries) must parse or fail cleanly. */
static void fuzz_prefixes(const char *src, const char *lang) {
    size_t n = strlen(src);
    for (size_t i = 0; i <= n; i++) {
        if (i < n && ((unsigned char)src[i] & 0xC0) == 0x80) continue;
        char *cut = malloc(i + 1);
        if (!cut) abort();
        memcpy(cut, src, i);
        cut[i] = 0;
        free(parse_str(cut, i, lang));
        free(cut);
    }
}

static const char *const soup_fbodies[] = {
    "{x}", "{", "}", "a", "{x!r:>{w}}", "{x=}", "\\n", "{{", "}}", "{x:{y:{z}}}", "{f'{1}'}",
    "{a b}", "{!}", "{x!", "{x:", "{'", "{#}", "{\\n}", "{lambda: 1}", "{yield}", "{*a}", "\\x4",
    "\\N{X}", "{(}", "{)}", "{x = }", "{1:{2}}", "=", "!r",
};

static void fuzz_soups(T *t, Rng *r, int rounds) {
    static const char *const names[] = {"x", "_", "print", "a", "b"};
    Token *toks = malloc(sizeof(Token) * 80);
    char (*bodies)[64] = malloc(80 * 64);
    if (!toks || !bodies) abort();
    for (int round = 0; round < rounds; round++) {
        int n = 1 + (int)rnd(r, 70);
        for (int i = 0; i < n; i++) {
            Token *tk = &toks[i];
            memset(tk, 0, sizeof *tk);
            tk->line = 1 + i / 10;
            tk->col = 1 + i % 10;
            tk->text = "";
            unsigned k = rnd(r, 20);
            if (k < 5) {
                tk->kind = TK_OP;
                tk->op = (Op)(1 + rnd(r, OP_COUNT - 1));
                tk->text = op_text(tk->op);
            } else if (k < 9) {
                tk->kind = TK_KEYWORD;
                tk->concept = (Concept)(1 + rnd(r, CONCEPT_COUNT - 1));
                tk->text = "kw";
            } else if (k < 12) {
                tk->kind = TK_NAME;
                tk->text = tk->name = names[rnd(r, 5)];
            } else if (k == 12) {
                tk->kind = TK_INT;
                tk->int_text = "7";
                tk->text = "7";
            } else if (k == 13) {
                tk->kind = rnd(r, 2) ? TK_STRING : TK_BYTES;
                tk->sval = "s";
                tk->slen = 1;
            } else if (k == 14) {
                tk->kind = TK_FSTRING;
                bodies[i][0] = 0;
                int parts = (int)rnd(r, 4);
                for (int j = 0; j < parts; j++) {
                    const char *piece = soup_fbodies[rnd(r, sizeof soup_fbodies / sizeof *soup_fbodies)];
                    if (strlen(bodies[i]) + strlen(piece) < 63) strcat(bodies[i], piece);
                }
                tk->sval = bodies[i];
                tk->slen = strlen(bodies[i]);
                tk->raw = rnd(r, 4) == 0;
                tk->body_line = tk->line;
                tk->body_col = tk->col + 2;
            } else if (k < 17) {
                tk->kind = TK_NEWLINE;
            } else if (k < 18) {
                tk->kind = TK_INDENT;
            } else if (k < 19) {
                tk->kind = TK_DEDENT;
            } else {
                tk->kind = TK_FLOAT;
                tk->fval = 1.5;
            }
        }
        int len = n;
        if (rnd(r, 4)) {
            memset(&toks[len], 0, sizeof(Token));
            toks[len].kind = TK_EOF;
            toks[len].text = "";
            len++;
        }
        Arena a;
        arena_init(&a);
        Compiler c = {0};
        c.arena = &a;
        c.filename = "t.ml";
        c.src = "";
        c.lang = lang_find("en");
        TokenList tl = {toks, len};
        Module *m = parse_module(&c, &tl);
        Buf out;
        buf_init(&out);
        if (m) ast_dump(m, &out);
        /* A module is returned exactly when there is no diagnostic. */
        if ((m != NULL) != (c.diags.len == 0)) {
            t->failed++;
            fprintf(stderr, "token soup %d: module %p with %d diagnostics\n", round, (void *)m, c.diags.len);
        }
        buf_free(&out);
        arena_free(&a);
    }
    t->total++;
    free(toks);
    free(bodies);
}

static void fuzz_mutations(Rng *r, const char *src, const char *lang, int rounds) {
    static const char alphabet[] = "()[]{}:;,.=+-*/%<>!@~&|^'\"\\#\n\n    xyz_019fbr{}";
    size_t n = strlen(src);
    char *buf = malloc(n + 64);
    if (!buf) abort();
    for (int round = 0; round < rounds; round++) {
        memcpy(buf, src, n + 1);
        size_t len = n;
        int edits = 1 + (int)rnd(r, 4);
        for (int e = 0; e < edits; e++) {
            size_t pos = rnd(r, (unsigned)len + 1);
            while (pos < len && ((unsigned char)buf[pos] & 0xC0) == 0x80) pos++;
            unsigned op = rnd(r, 3);
            if (op == 0 && len < n + 60) {
                memmove(buf + pos + 1, buf + pos, len - pos + 1);
                buf[pos] = alphabet[rnd(r, sizeof alphabet - 1)];
                len++;
            } else if (op == 1 && pos < len) {
                size_t cl = 1;
                while (pos + cl < len && ((unsigned char)buf[pos + cl] & 0xC0) == 0x80) cl++;
                memmove(buf + pos, buf + pos + cl, len - pos - cl + 1);
                len -= cl;
            } else if (pos < len && ((unsigned char)buf[pos] & 0x80) == 0) {
                buf[pos] = alphabet[rnd(r, sizeof alphabet - 1)];
            }
        }
        free(parse_str(buf, len, lang));
    }
    free(buf);
}

static const char *const fuzz_program =
    "import a.b as c\nfrom .m import (x, y as z)\n"
    "@dec(1)\nasync def f(a, /, b: int = 2, *args, c, d=3, **kw) -> int:\n"
    "    global g\n    x: list[int] = [i * 2 for i in range(10) if i % 2]\n"
    "    y = {k: v for k, v in d.items()}; z = {*a, 1}\n"
    "    while (n := len(x)) > 0:\n        x.pop()\n    else:\n        pass\n"
    "    for i, (j, *k) in enumerate(x):\n        continue\n"
    "    try:\n        raise ValueError('x') from None\n"
    "    except (A, B) as e:\n        del e\n    except:\n        pass\n"
    "    else:\n        assert x, 'm'\n    finally:\n        return -2 ** -1\n"
    "    with open(p) as fh, (q):\n        yield from fh\n"
    "    async with (a as b, c):\n        await b\n"
    "    print(f\"{x!r:>{w}} {y=} {{}}\", *a, sep='', **kw)\n"
    "    s = a[1:2, ::3][...] if not a in b else lambda *a, **k: (yield)\n"
    "class C(B, metaclass=M):\n    let v = 1\n    const K = 2\n"
    "    def m(self): return self.v is not None and 1 < 2 <= 3 != 4\n"
    "match p:\n    case [1, *r] | (2, 3) if r: pass\n"
    "    case {\"k\": v, **rest}: pass\n    case Point(x=0, y=-1.5) as pt: pass\n"
    "    case a.b | None | True | 'str' b'': pass\n    default: pass\n";

static const char *const fuzz_program_fr =
    "soit x = 3\nsi x > 2 et non x == 5:\n    afficher(\"a\")\n"
    "sinon si x pas dans [1]:\n    afficher(f\"{x=} {longueur([1]):>3}\")\n"
    "sinon:\n    passer\nselon x:\n    cas 1 | 2:\n        afficher(\"un\")\n"
    "    défaut:\n        afficher(\"autre\")\n"
    "déf f(a, b=Vrai):\n    pour i dans intervalle(a):\n        produire i\n    retour a\n";

static void test_fuzz(T *t) {
    Rng r = {0x9E3779B97F4A7C15ULL};
    fuzz_prefixes(fuzz_program, "en");
    fuzz_prefixes(fuzz_program_fr, "fr");
    for (int i = 0; i < ok_source_count; i++) fuzz_prefixes(ok_sources[i], "en");
    fuzz_soups(t, &r, 20000);
    fuzz_mutations(&r, fuzz_program, "en", 3000);
    fuzz_mutations(&r, fuzz_program_fr, "fr", 1000);
    t->total++;
}

/* ------------------------------------------------------------------ */

static int parse_file(const char *path, const char *lang, bool dump) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "cannot open %s\n", path);
        return 2;
    }
    Buf src;
    buf_init(&src);
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) buf_putn(&src, chunk, n);
    fclose(f);
    const char *text = buf_cstr(&src);
    Arena a;
    arena_init(&a);
    Compiler c = {0};
    c.arena = &a;
    c.filename = path;
    c.src = text;
    c.src_len = src.len;
    c.lang = lang_find(lang);
    if (!c.lang) {
        fprintf(stderr, "unknown language %s\n", lang);
        return 2;
    }
    TokenList toks = {0};
    Module *m = lex_source(&c, &toks) ? parse_module(&c, &toks) : NULL;
    Buf out;
    buf_init(&out);
    for (int i = 0; i < c.diags.len; i++) diag_render(&c, c.diags.items[i], &out);
    if (m && dump) ast_dump(m, &out);
    /* the same parse a chunk of tokens per statement boundary */
    char *whole = parse_str_chunked(text, src.len, lang, 0);
    char *chunked = parse_str_chunked(text, src.len, lang, 1);
    bool same = strcmp(whole, chunked) == 0;
    if (!same) fprintf(stderr, "%s: chunked parse differs:\n  whole:   %s\n  chunked: %s\n", path, whole, chunked);
    free(whole);
    free(chunked);
    fwrite(out.data ? out.data : "", 1, out.len, m ? stdout : stderr);
    int rc = m && c.diags.len == 0 && same ? 0 : 1;
    buf_free(&out);
    buf_free(&src);
    arena_free(&a);
    return rc;
}

int main(int argc, char **argv) {
    if (argc == 4 && (strcmp(argv[1], "--file") == 0 || strcmp(argv[1], "--dump") == 0))
        return parse_file(argv[2], argv[3], strcmp(argv[1], "--dump") == 0);
    T tt = {0, 0};
    T *t = &tt;
    test_ok(t);
    test_errors(t);
    test_positions(t);
    test_tokens(t);
    test_deep(t);
    test_fuzz(t);
    t->total++;
    if (chunk_mismatches) {
        t->failed++;
        fprintf(stderr, "parser_test.c: %d parses differed when chunked\n", chunk_mismatches);
    }
    printf("parser_test: %d checks, %d failed\n", t->total, t->failed);
    return t->failed ? 1 : 0;
}
