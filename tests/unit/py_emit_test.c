// Unit test of the Python emitter (src/back/py_emit*.c).
//
// Build from the repository root (after `make build/gen/lang_packs.c`):
//   gcc -std=c11 -Wall -Wextra -Werror -fsanitize=address,undefined -I src -I build/gen
//       -o build/tests/py_emit_test tests/unit/py_emit_test.c src/util/*.c src/front/*.c
//       src/lang/*.c build/gen/lang_packs.c src/back/py_emit*.c -lm
//
// Modes:
//   py_emit_test unit OUTDIR
//       Hand-built ASTs: checks the exact text emitted for each, and writes
//       every emitted program to OUTDIR/NNN.py (plus NNN.expected with the
//       stdout CPython must print and NNN.args with its arguments, for the
//       runnable ones). tests/py_emit.test.mjs runs python3 on them.
//   py_emit_test json IN.json OUT.py
//       Rebuild an AST serialised as JSON by the harness from a Python file
//       (see the json section below) and emit it.
//   py_emit_test emit LANG|auto IN.ml OUT.py
//       Lex, parse and emit a source file. Exit status 77 when the front end
//       (lexer/parser) is not linked into this build.
//
// The lexer and the parser are referenced weakly so that this test also
// builds without them (the unit mode needs only the emitter).
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ML_PY_EMIT_INTERNAL /* for py_float_repr */
#include "back/py_emit.h"
#include "front/lexer.h"
#include "front/parser.h"
#include "front/source.h"
#include "util/arena.h"
#include "util/buf.h"

#pragma weak lex_source
#pragma weak parse_module
#pragma weak source_open

static int failures;
static int checks;
static Arena *A;
static const char *outdir;
static int file_no;

/* ---- constructors (private: independent of src/front/ast.c) ---------- */

static PtrVec vecv(int n, va_list ap) {
    PtrVec v = {0};
    for (int i = 0; i < n; i++) ptrvec_push(A, &v, va_arg(ap, void *));
    return v;
}
static PtrVec vec(int n, ...) {
    va_list ap;
    va_start(ap, n);
    PtrVec v = vecv(n, ap);
    va_end(ap);
    return v;
}
static Expr *X(ExprKind k) {
    Expr *e = arena_alloc(A, sizeof *e);
    e->kind = k;
    e->line = e->col = 1;
    return e;
}
static Expr *name(const char *n) {
    Expr *e = X(E_NAME);
    e->u.name.name = e->u.name.src_name = n;
    return e;
}
static Expr *num(const char *digits) {
    Expr *e = X(E_INT);
    expr_set_int(e, digits);
    return e;
}
static Expr *flt(double v) {
    Expr *e = X(E_FLOAT);
    e->u.fval = v;
    return e;
}
static Expr *strn(const char *s, size_t n) {
    Expr *e = X(E_STR);
    e->u.str.data = s;
    e->u.str.len = n;
    return e;
}
static Expr *str(const char *s) { return strn(s, strlen(s)); }
#define STRN(lit) strn(lit, sizeof(lit) - 1)
#define BYTESN(lit) bytesn(lit, sizeof(lit) - 1)
static Expr *bytesn(const char *s, size_t n) {
    Expr *e = strn(s, n);
    e->kind = E_BYTES;
    return e;
}
static Expr *boolean(bool b) {
    Expr *e = X(E_BOOL);
    e->u.bval = b;
    return e;
}
static Expr *none(void) { return X(E_NONE); }
static Expr *bin(Expr *l, Op op, Expr *r) {
    Expr *e = X(E_BINOP);
    e->u.binop.op = op, e->u.binop.left = l, e->u.binop.right = r;
    return e;
}
static Expr *un(Op op, Expr *x) {
    Expr *e = X(E_UNARY);
    e->u.unary.op = op, e->u.unary.operand = x;
    return e;
}
static Expr *not_(Expr *x) { return un(OP_NONE, x); }
static Expr *boolop(bool is_and, int n, ...) {
    Expr *e = X(E_BOOLOP);
    e->u.boolop.is_and = is_and;
    va_list ap;
    va_start(ap, n);
    e->u.boolop.values = vecv(n, ap);
    va_end(ap);
    return e;
}
static Expr *cmp(Expr *l, CmpOp op, Expr *r) {
    Expr *e = X(E_COMPARE);
    e->u.compare.left = l;
    e->u.compare.ops = arena_alloc(A, sizeof(CmpOp) * 4);
    e->u.compare.ops[0] = op;
    e->u.compare.comparators = vec(1, r);
    return e;
}
static Expr *cmp_more(Expr *c, CmpOp op, Expr *r) { /* extend a chain (up to 4) */
    c->u.compare.ops[c->u.compare.comparators.len] = op;
    ptrvec_push(A, &c->u.compare.comparators, r);
    return c;
}
static Expr *call(Expr *f, int n, ...) {
    Expr *e = X(E_CALL);
    e->u.call.func = f;
    va_list ap;
    va_start(ap, n);
    e->u.call.args = vecv(n, ap);
    va_end(ap);
    return e;
}
static Keyword *kw(const char *n, Expr *v) {
    Keyword *k = arena_alloc(A, sizeof *k);
    k->name = n, k->value = v;
    return k;
}
static Expr *with_kw(Expr *c, Keyword *k) {
    ptrvec_push(A, &c->u.call.keywords, k);
    return c;
}
static Expr *attr(Expr *v, const char *n) {
    Expr *e = X(E_ATTR);
    e->u.attr.value = v, e->u.attr.name = n;
    return e;
}
static Expr *sub(Expr *v, Expr *i) {
    Expr *e = X(E_SUBSCRIPT);
    e->u.subscript.value = v, e->u.subscript.index = i;
    return e;
}
static Expr *slice(Expr *lo, Expr *hi, Expr *st) {
    Expr *e = X(E_SLICE);
    e->u.slice.lower = lo, e->u.slice.upper = hi, e->u.slice.step = st;
    return e;
}
static Expr *seq(ExprKind k, int n, ...) {
    Expr *e = X(k);
    va_list ap;
    va_start(ap, n);
    e->u.seq.items = vecv(n, ap);
    va_end(ap);
    return e;
}
static Expr *dict(int n, ...) { /* n pairs: key, value */
    Expr *e = X(E_DICT);
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) {
        ptrvec_push(A, &e->u.dict.keys, va_arg(ap, void *));
        ptrvec_push(A, &e->u.dict.values, va_arg(ap, void *));
    }
    va_end(ap);
    return e;
}
static Comprehension *gen(Expr *target, Expr *iter, Expr *cond) {
    Comprehension *g = arena_alloc(A, sizeof *g);
    g->target = target, g->iter = iter;
    if (cond) ptrvec_push(A, &g->ifs, cond);
    return g;
}
static Expr *comp(ExprKind k, Expr *key, Expr *elt, Comprehension *g) {
    Expr *e = X(k);
    e->u.comp.key = key, e->u.comp.elt = elt;
    ptrvec_push(A, &e->u.comp.generators, g);
    return e;
}
static Param *param(const char *n, ParamKind k, Expr *ann, Expr *def) {
    Param *p = arena_alloc(A, sizeof *p);
    p->name = n, p->kind = k, p->annotation = ann, p->default_value = def;
    return p;
}
static Expr *lambda(PtrVec params, Expr *body) {
    Expr *e = X(E_LAMBDA);
    e->u.lambda.params = params, e->u.lambda.body = body;
    return e;
}
static Expr *ifexp(Expr *body, Expr *test, Expr *orelse) {
    Expr *e = X(E_IFEXP);
    e->u.ifexp.body = body, e->u.ifexp.test = test, e->u.ifexp.orelse = orelse;
    return e;
}
static Expr *walrus(const char *t, Expr *v) {
    Expr *e = X(E_WALRUS);
    e->u.walrus.target = name(t), e->u.walrus.value = v;
    return e;
}
static Expr *starred(Expr *v) {
    Expr *e = X(E_STARRED);
    e->u.starred.value = v;
    return e;
}
static Expr *yield(ExprKind k, Expr *v) {
    Expr *e = X(k);
    e->u.yield.value = v;
    return e;
}
static Expr *await_(Expr *v) {
    Expr *e = X(E_AWAIT);
    e->u.yield.value = v;
    return e;
}
static Expr *fstr(int n, ...) {
    Expr *e = X(E_FSTRING);
    va_list ap;
    va_start(ap, n);
    e->u.fstr.parts = vecv(n, ap);
    va_end(ap);
    return e;
}
static Expr *fmt(Expr *v, char conv, Expr *spec) {
    Expr *e = X(E_FORMATTED);
    e->u.formatted.value = v, e->u.formatted.conversion = conv, e->u.formatted.spec = spec;
    return e;
}

static Stmt *S(StmtKind k) { return stmt_new(A, k, 1, 1); }
static Stmt *expr_stmt(Expr *e) {
    Stmt *s = S(S_EXPR);
    s->u.expr.value = e;
    return s;
}
static Stmt *assign(Expr *t, Expr *v) {
    Stmt *s = S(S_ASSIGN);
    s->u.assign.targets = vec(1, t);
    s->u.assign.value = v;
    return s;
}
static Stmt *print1(Expr *e) { return expr_stmt(call(name("print"), 1, e)); }
static Stmt *ret(Expr *v) {
    Stmt *s = S(S_RETURN);
    s->u.ret.value = v;
    return s;
}
static Stmt *funcdef(const char *n, PtrVec params, PtrVec body) {
    Stmt *s = S(S_FUNCDEF);
    s->u.funcdef.name = n, s->u.funcdef.params = params, s->u.funcdef.body = body;
    return s;
}
static Stmt *if_(Expr *test, PtrVec body, PtrVec orelse) {
    Stmt *s = S(S_IF);
    s->u.if_.test = test, s->u.if_.body = body, s->u.if_.orelse = orelse;
    return s;
}
static Pattern *P(PatternKind k) {
    Pattern *p = arena_alloc(A, sizeof *p);
    p->kind = k;
    return p;
}
static Pattern *pval(Expr *v) {
    Pattern *p = P(P_VALUE);
    p->value = v;
    return p;
}
static Pattern *pcap(const char *n) {
    Pattern *p = P(P_CAPTURE);
    p->name = n;
    return p;
}
static Pattern *pseq(bool tuple, int n, ...) {
    Pattern *p = P(P_SEQUENCE);
    p->is_tuple_syntax = tuple;
    va_list ap;
    va_start(ap, n);
    p->patterns = vecv(n, ap);
    va_end(ap);
    return p;
}
static Pattern *por(int n, ...) {
    Pattern *p = P(P_OR);
    va_list ap;
    va_start(ap, n);
    p->patterns = vecv(n, ap);
    va_end(ap);
    return p;
}
static Pattern *pas(Pattern *inner, const char *n) {
    Pattern *p = P(P_AS);
    p->pattern = inner, p->name = n;
    return p;
}
static MatchCase *mcase(Pattern *p, Expr *guard, PtrVec body) {
    MatchCase *c = arena_alloc(A, sizeof *c);
    c->pattern = p, c->guard = guard, c->body = body;
    return c;
}
static Module *module(PtrVec body) {
    Module *m = arena_alloc(A, sizeof *m);
    m->body = body;
    return m;
}

/* ---- checking ----------------------------------------------------------- */

static void write_file(const char *path, const char *text, size_t n) {
    FILE *f = fopen(path, "wb");
    if (!f) {
        fprintf(stderr, "cannot write %s\n", path);
        failures++;
        return;
    }
    fwrite(text, 1, n, f);
    fclose(f);
}

/* Emit m; compare everything after the header line with want (unless
 * NULL); save the program (and its expected stdout, when given). */
static void check_module_run(int line, const Module *m, const char *lang, const char *want,
                             const char *expected_stdout, const char *args) {
    Buf b;
    buf_init(&b);
    py_emit_module(m, lang, "test.ml", &b);
    const char *text = buf_cstr(&b);
    /* Determinism: the same tree gives the same bytes. */
    Buf b2;
    buf_init(&b2);
    py_emit_module(m, lang, "test.ml", &b2);
    checks++;
    if (b.len != b2.len || memcmp(b.data, b2.data, b.len) != 0) {
        failures++;
        fprintf(stderr, "%s:%d: output is not deterministic\n", __FILE__, line);
    }
    buf_free(&b2);
    const char *nl = strchr(text, '\n');
    const char *body = nl ? nl + 1 : text;
    if (want) {
        checks++;
        if (strcmp(body, want) != 0) {
            failures++;
            fprintf(stderr, "%s:%d: emitted\n----\n%s----\nwanted\n----\n%s----\n", __FILE__, line, body, want);
        }
    }
    if (outdir) {
        char path[1024];
        int no = ++file_no;
        snprintf(path, sizeof path, "%s/%03d.py", outdir, no);
        write_file(path, text, b.len);
        if (expected_stdout) {
            snprintf(path, sizeof path, "%s/%03d.expected", outdir, no);
            write_file(path, expected_stdout, strlen(expected_stdout));
        }
        if (args) {
            snprintf(path, sizeof path, "%s/%03d.args", outdir, no);
            write_file(path, args, strlen(args));
        }
    }
    buf_free(&b);
}

#define CHECK_MODULE(m, want) check_module_run(__LINE__, (m), "en", (want), NULL, NULL)
#define CHECK_RUN(m, want, out) check_module_run(__LINE__, (m), "en", (want), (out), NULL)
#define CHECK_STMT(s, want) CHECK_MODULE(module(vec(1, (s))), (want))
#define CHECK_EXPR(e, want) CHECK_STMT(expr_stmt(e), want "\n")

#define CHECK(cond)                                                                  \
    do {                                                                             \
        checks++;                                                                    \
        if (!(cond)) {                                                               \
            failures++;                                                              \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
        }                                                                            \
    } while (0)

/* ---- the tests ------------------------------------------------------------ */

static void test_header(void) {
    Buf b;
    buf_init(&b);
    py_emit_module(module(vec(0)), "fr", "prog.ml", &b);
    CHECK(strcmp(buf_cstr(&b), "# Generated by multilingual from prog.ml (language: fr). Do not edit.\n") == 0);
    buf_free(&b);
    buf_init(&b);
    py_emit_module(NULL, NULL, "bad\nname.ml", &b);
    CHECK(strcmp(buf_cstr(&b), "# Generated by multilingual from bad?name.ml (language: unknown). Do not edit.\n") == 0);
    buf_free(&b);
}

static void test_precedence(void) {
    Expr *a = name("a"), *b = name("b"), *c = name("c");
    CHECK_EXPR(bin(bin(a, OP_PLUS, b), OP_STAR, c), "(a + b) * c");
    CHECK_EXPR(bin(a, OP_PLUS, bin(b, OP_STAR, c)), "a + b * c");
    CHECK_EXPR(bin(bin(a, OP_MINUS, b), OP_MINUS, c), "a - b - c");
    CHECK_EXPR(bin(a, OP_MINUS, bin(b, OP_MINUS, c)), "a - (b - c)");
    CHECK_EXPR(bin(a, OP_SLASH, bin(b, OP_STAR, c)), "a / (b * c)");
    CHECK_EXPR(un(OP_MINUS, bin(num("2"), OP_DSTAR, num("63"))), "-(2 ** 63)");
    CHECK_EXPR(bin(un(OP_MINUS, num("2")), OP_DSTAR, num("2")), "(-2) ** 2");
    CHECK_EXPR(bin(num("2"), OP_DSTAR, un(OP_MINUS, num("1"))), "2 ** -1");
    CHECK_EXPR(bin(num("2"), OP_DSTAR, bin(num("3"), OP_DSTAR, num("4"))), "2 ** 3 ** 4");
    CHECK_EXPR(bin(bin(num("2"), OP_DSTAR, num("3")), OP_DSTAR, num("4")), "(2 ** 3) ** 4");
    CHECK_EXPR(un(OP_MINUS, un(OP_MINUS, a)), "-(-a)");
    CHECK_EXPR(un(OP_TILDE, un(OP_TILDE, a)), "~~a");
    CHECK_EXPR(bin(un(OP_MINUS, a), OP_STAR, b), "-a * b");
    CHECK_EXPR(un(OP_MINUS, bin(a, OP_STAR, b)), "-(a * b)");
    CHECK_EXPR(not_(boolop(true, 2, a, b)), "not (a and b)");
    CHECK_EXPR(not_(not_(a)), "not not a");
    CHECK_EXPR(cmp(not_(a), CMP_EQ, b), "(not a) == b");
    CHECK_EXPR(boolop(false, 2, a, boolop(true, 2, b, c)), "a or b and c");
    CHECK_EXPR(boolop(true, 2, boolop(false, 2, a, b), c), "(a or b) and c");
    CHECK_EXPR(boolop(false, 2, boolop(false, 2, a, b), c), "(a or b) or c");
    CHECK_EXPR(boolop(false, 3, a, b, c), "a or b or c");
    CHECK_EXPR(boolop(true, 2, not_(a), not_(b)), "not a and not b");
    CHECK_EXPR(cmp_more(cmp(a, CMP_LT, b), CMP_LE, c), "a < b <= c");
    CHECK_EXPR(cmp(cmp(a, CMP_LT, b), CMP_LT, c), "(a < b) < c");
    CHECK_EXPR(cmp(a, CMP_NOT_IN, b), "a not in b");
    CHECK_EXPR(cmp(a, CMP_IS_NOT, none()), "a is not None");
    CHECK_EXPR(cmp(bin(a, OP_PIPE, b), CMP_EQ, bin(a, OP_AMP, b)), "a | b == a & b");
    CHECK_EXPR(bin(bin(a, OP_PIPE, b), OP_AMP, c), "(a | b) & c");
    CHECK_EXPR(bin(bin(a, OP_LSHIFT, b), OP_PLUS, c), "(a << b) + c");
    CHECK_EXPR(bin(a, OP_CARET, bin(b, OP_AMP, c)), "a ^ b & c");
    CHECK_EXPR(call(name("f"), 1, ifexp(a, b, c)), "f(a if b else c)");
    CHECK_EXPR(ifexp(lambda(vec(0), num("1")), c, name("d")), "(lambda: 1) if c else d");
    CHECK_EXPR(ifexp(a, b, lambda(vec(0), c)), "a if b else lambda: c");
    CHECK_EXPR(ifexp(ifexp(a, b, c), name("d"), name("e")), "(a if b else c) if d else e");
    CHECK_EXPR(ifexp(a, b, ifexp(c, name("d"), name("e"))), "a if b else c if d else e");
    CHECK_EXPR(lambda(vec(1, param("x", PARAM_NORMAL, NULL, NULL)), ifexp(a, b, c)),
               "lambda x: a if b else c");
    CHECK_EXPR(lambda(vec(0), walrus("x", num("1"))), "lambda: (x := 1)");
    CHECK_EXPR(call(lambda(vec(0), a), 0), "(lambda: a)()");
    CHECK_EXPR(walrus("x", num("5")), "(x := 5)");
    CHECK_EXPR(call(name("f"), 1, walrus("x", num("5"))), "f(x := 5)");
    CHECK_EXPR(walrus("x", walrus("y", num("5"))), "(x := (y := 5))");
    CHECK_STMT(if_(cmp(walrus("n", num("10")), CMP_GT, num("5")), vec(1, S(S_PASS)), vec(0)),
               "if (n := 10) > 5:\n    pass\n");
    CHECK_STMT(if_(walrus("n", call(name("f"), 0)), vec(1, S(S_PASS)), vec(0)), "if n := f():\n    pass\n");
    CHECK_STMT(assign(name("y"), walrus("x", num("1"))), "y = (x := 1)\n");
    CHECK_EXPR(attr(bin(a, OP_PLUS, b), "c"), "(a + b).c");
    CHECK_EXPR(attr(num("1"), "real"), "(1).real");
    CHECK_EXPR(attr(flt(1.5), "real"), "1.5.real");
    CHECK_EXPR(attr(str("x"), "join"), "'x'.join");
    CHECK_EXPR(sub(un(OP_MINUS, a), b), "(-a)[b]");
    CHECK_EXPR(call(attr(call(name("f"), 1, a), "g"), 0), "f(a).g()");
    CHECK_EXPR(await_(call(name("f"), 0)), "await f()");
    CHECK_EXPR(attr(await_(a), "b"), "(await a).b");
    CHECK_EXPR(bin(await_(a), OP_DSTAR, num("2")), "await a ** 2");
    CHECK_EXPR(un(OP_MINUS, await_(a)), "-await a");
}

static void test_tuples_yield(void) {
    Expr *a = name("a"), *b = name("b");
    CHECK_STMT(assign(name("t"), seq(E_TUPLE, 2, num("1"), num("2"))), "t = 1, 2\n");
    CHECK_STMT(assign(seq(E_TUPLE, 2, a, b), seq(E_TUPLE, 2, b, a)), "a, b = b, a\n");
    CHECK_STMT(assign(seq(E_TUPLE, 2, starred(a), b), name("xs")), "*a, b = xs\n");
    CHECK_STMT(assign(seq(E_LIST, 2, a, b), name("xs")), "[a, b] = xs\n");
    CHECK_STMT(assign(seq(E_TUPLE, 1, a), name("xs")), "(a,) = xs\n");
    CHECK_EXPR(call(name("print"), 1, seq(E_TUPLE, 2, num("1"), num("2"))), "print((1, 2))");
    CHECK_EXPR(seq(E_TUPLE, 0), "()");
    CHECK_EXPR(seq(E_TUPLE, 2, a, b), "a, b");
    CHECK_EXPR(seq(E_LIST, 3, starred(a), b, starred(bin(a, OP_PLUS, b))), "[*a, b, *a + b]");
    CHECK_EXPR(seq(E_SET, 0), "set()");
    CHECK_EXPR(seq(E_SET, 2, a, b), "{a, b}");
    CHECK_EXPR(dict(2, str("k"), num("1"), NULL, name("m")), "{'k': 1, **m}");
    CHECK_EXPR(dict(0), "{}");
    CHECK_EXPR(seq(E_LIST, 1, seq(E_TUPLE, 2, a, b)), "[(a, b)]");
    CHECK_EXPR(yield(E_YIELD, NULL), "yield");
    CHECK_EXPR(yield(E_YIELD, seq(E_TUPLE, 2, a, b)), "yield a, b");
    CHECK_EXPR(yield(E_YIELD_FROM, call(name("g"), 0)), "yield from g()");
    CHECK_STMT(assign(name("x"), yield(E_YIELD, a)), "x = yield a\n");
    CHECK_EXPR(call(name("f"), 1, yield(E_YIELD, NULL)), "f((yield))");
    CHECK_EXPR(bin(yield(E_YIELD, a), OP_PLUS, num("1")), "(yield a) + 1");
    CHECK_STMT(ret(seq(E_TUPLE, 2, a, b)), "return a, b\n");
    CHECK_STMT(ret(yield(E_YIELD, a)), "return (yield a)\n");
    CHECK_STMT(ret(NULL), "return\n");
    Stmt *del = S(S_DEL);
    del->u.del.targets = vec(3, a, seq(E_TUPLE, 2, b, name("c")), sub(name("d"), num("0")));
    CHECK_STMT(del, "del a, (b, c), d[0]\n");
}

static void test_calls_comprehensions(void) {
    Expr *x = name("x"), *y = name("y");
    Expr *g = comp(E_GENEXP, NULL, x, gen(x, y, NULL));
    CHECK_EXPR(call(name("sum"), 1, g), "sum(x for x in y)");
    CHECK_EXPR(call(name("f"), 2, g, num("1")), "f((x for x in y), 1)");
    CHECK_EXPR(with_kw(call(name("f"), 1, g), kw("k", num("1"))), "f((x for x in y), k=1)");
    CHECK_EXPR(g, "(x for x in y)");
    Expr *c = with_kw(with_kw(call(name("f"), 2, x, starred(y)), kw("sep", str(""))), kw(NULL, name("kw")));
    CHECK_EXPR(c, "f(x, *y, sep='', **kw)");
    CHECK_EXPR(comp(E_LISTCOMP, NULL, bin(x, OP_STAR, num("2")),
                    gen(x, call(name("range"), 1, num("10")), cmp(bin(x, OP_PERCENT, num("2")), CMP_EQ, num("0")))),
               "[x * 2 for x in range(10) if x % 2 == 0]");
    CHECK_EXPR(comp(E_DICTCOMP, x, y, gen(seq(E_TUPLE, 2, x, y), call(name("items"), 0), NULL)),
               "{x: y for x, y in items()}");
    CHECK_EXPR(comp(E_SETCOMP, NULL, x, gen(x, ifexp(x, y, name("z")), NULL)),
               "{x for x in (x if y else z)}");
    Comprehension *g2 = gen(x, y, cmp(x, CMP_GT, num("0")));
    ptrvec_push(A, &g2->ifs, lambda(vec(0), x));
    Expr *lc = comp(E_LISTCOMP, NULL, x, g2);
    ptrvec_push(A, &lc->u.comp.generators, gen(y, name("z"), NULL));
    CHECK_EXPR(lc, "[x for x in y if x > 0 if (lambda: x) for y in z]");
    PtrVec ps = vec(6, param("a", PARAM_POSONLY, NULL, NULL), param("b", PARAM_NORMAL, NULL, num("1")),
                    param("args", PARAM_VARARGS, NULL, NULL), param("c", PARAM_KWONLY, NULL, NULL),
                    param("d", PARAM_KWONLY, NULL, num("2")), param("kw", PARAM_VARKW, NULL, NULL));
    CHECK_EXPR(lambda(ps, x), "lambda a, /, b=1, *args, c, d=2, **kw: x");
    CHECK_EXPR(lambda(vec(2, param("a", PARAM_NORMAL, NULL, NULL), param("k", PARAM_KWONLY, NULL, NULL)), x),
               "lambda a, *, k: x");
    CHECK_EXPR(sub(x, slice(num("1"), num("2"), NULL)), "x[1:2]");
    CHECK_EXPR(sub(x, slice(NULL, NULL, un(OP_MINUS, num("1")))), "x[::-1]");
    CHECK_EXPR(sub(x, slice(NULL, NULL, NULL)), "x[:]");
    CHECK_EXPR(sub(x, seq(E_TUPLE, 2, slice(num("1"), num("2"), NULL), slice(NULL, NULL, num("3")))),
               "x[1:2, ::3]");
    CHECK_EXPR(sub(x, seq(E_TUPLE, 0)), "x[()]");
    CHECK_EXPR(sub(x, seq(E_TUPLE, 1, y)), "x[y,]");
    CHECK_EXPR(sub(x, seq(E_TUPLE, 2, y, num("0"))), "x[y, 0]");
    CHECK_EXPR(sub(x, slice(lambda(vec(0), y), NULL, NULL)), "x[(lambda: y):]");
    CHECK_EXPR(sub(x, slice(ifexp(x, y, x), NULL, NULL)), "x[x if y else x:]");
    CHECK_EXPR(slice(num("1"), NULL, NULL), "slice(1, None)");
}

static void test_literals(void) {
    CHECK_EXPR(str("it's"), "\"it's\"");
    CHECK_EXPR(str("say \"hi\""), "'say \"hi\"'");
    CHECK_EXPR(str("a'b\"c"), "'a\\'b\"c'");
    CHECK_EXPR(str("back\\slash"), "'back\\\\slash'");
    CHECK_EXPR(STRN("\n\t\r\0\x7f\x01"), "'\\n\\t\\r\\x00\\x7f\\x01'");
    CHECK_EXPR(str("caf\xc3\xa9 \xe4\xb8\xad \xf0\x9f\x98\x80"), "'caf\xc3\xa9 \xe4\xb8\xad \xf0\x9f\x98\x80'");
    CHECK_EXPR(str("nb\xc2\xa0sp \xe2\x80\xa8 \xef\xbb\xbf \xc2\x85"), "'nb\\xa0sp \\u2028 \\ufeff \\x85'");
    CHECK_EXPR(str(""), "''");
    CHECK_EXPR(BYTESN("a\0'\"\\\xff\n"), "b'a\\x00\\'\"\\\\\\xff\\n'");
    CHECK_EXPR(BYTESN("it's"), "b\"it's\"");
    CHECK_EXPR(num("123456789012345678901234567890"), "123456789012345678901234567890");
    CHECK_EXPR(num("007"), "7");
    CHECK_EXPR(num("0"), "0");
    CHECK_EXPR(boolean(true), "True");
    CHECK_EXPR(none(), "None");
    CHECK_EXPR(X(E_ELLIPSIS), "...");
    CHECK_EXPR(flt(0.1), "0.1");
    CHECK_EXPR(flt(0.1 + 0.2), "0.30000000000000004");
    CHECK_EXPR(flt(1e16), "1e+16");
    CHECK_EXPR(flt(1e15), "1000000000000000.0");
    CHECK_EXPR(flt(1e-5), "1e-05");
    CHECK_EXPR(flt(0.0001), "0.0001");
    CHECK_EXPR(flt(100.0), "100.0");
    CHECK_EXPR(flt(2.5), "2.5");
    CHECK_EXPR(flt(0.0), "0.0");
    CHECK_EXPR(flt(1.5e300), "1.5e+300");
    CHECK_EXPR(flt(5e-324), "5e-324");
    CHECK_EXPR(flt(1.7976931348623157e308), "1.7976931348623157e+308");
    CHECK_EXPR(flt(123456789012345678.0), "1.2345678901234568e+17");
    CHECK_EXPR(flt(INFINITY), "1e309");
    CHECK_EXPR(un(OP_MINUS, flt(INFINITY)), "-1e309");
    CHECK_EXPR(flt(NAN), "float('nan')");
    CHECK_EXPR(flt(-2.5), "-2.5");
    CHECK_EXPR(bin(flt(-2.5), OP_DSTAR, num("2")), "(-2.5) ** 2");
    CHECK_EXPR(un(OP_MINUS, flt(-0.0)), "-(-0.0)");
    char buf[64];
    double vals[] = {1.0 / 3, 2.0 / 3, 1e22, 1e23, 9007199254740993.0, 4.35, 0.5e-4, 123.456, 1e-7};
    for (size_t i = 0; i < sizeof vals / sizeof *vals; i++) {
        py_float_repr(vals[i], buf, sizeof buf);
        CHECK(strtod(buf, NULL) == vals[i]);
        CHECK(strchr(buf, '.') || strchr(buf, 'e'));
    }
    /* Floats and strings that CPython must read back exactly. */
    PtrVec body = vec(0);
    ptrvec_push(A, &body, print1(seq(E_LIST, 9, flt(0.1), flt(1e16), flt(1e-5), flt(100.0), flt(1.5e300),
                                     flt(INFINITY), flt(5e-324), flt(1.0 / 3), flt(1e22))));
    ptrvec_push(A, &body, print1(call(name("list"), 1,
                                      call(name("map"), 2, name("ord"),
                                           STRN("\0\n'\"\\\xc3\xa9\xf0\x9f\x98\x80\xe2\x80\xa8\xc2\xa0\x7f\r\t{}")))));
    ptrvec_push(A, &body, print1(call(name("list"), 1, BYTESN("\0\xff'\"\\"))));
    CHECK_RUN(module(body), NULL,
              "[0.1, 1e+16, 1e-05, 100.0, 1.5e+300, inf, 5e-324, 0.3333333333333333, 1e+22]\n"
              "[0, 10, 39, 34, 92, 233, 128512, 8232, 160, 127, 13, 9, 123, 125]\n"
              "[0, 255, 39, 34, 92]\n");
}

static void test_fstrings(void) {
    Expr *x = name("x"), *w = name("w"), *d = name("d");
    CHECK_EXPR(fstr(3, str("a "), fmt(x, 0, NULL), str(" b")), "f'a {x} b'");
    CHECK_EXPR(fstr(1, fmt(x, 'r', fstr(2, str(">"), fmt(w, 0, NULL)))), "f'{x!r:>{w}}'");
    CHECK_EXPR(fstr(1, fmt(x, 0, fstr(1, str(".2f")))), "f'{x:.2f}'");
    CHECK_EXPR(fstr(1, fmt(x, 0, fstr(0))), "f'{x:}'");
    CHECK_EXPR(fstr(2, str("{x} "), fmt(x, 0, NULL)), "f'{{x}} {x}'");
    CHECK_EXPR(fstr(1, fmt(sub(d, str("k")), 0, NULL)), "f\"{d['k']}\"");
    CHECK_EXPR(fstr(2, str("it's "), fmt(sub(d, str("k")), 0, NULL)), "f\"it's {d['k']}\"");
    CHECK_EXPR(fstr(2, str("say \"hi\" "), fmt(x, 0, NULL)), "f'say \"hi\" {x}'");
    CHECK_EXPR(fstr(1, fmt(fstr(1, fmt(x, 0, NULL)), 0, NULL)), "f\"{f'{x}'}\"");
    CHECK_EXPR(fstr(1, fmt(lambda(vec(0), x), 0, NULL)), "f'{(lambda: x)}'");
    CHECK_EXPR(fstr(1, fmt(call(lambda(vec(0), x), 0), 0, NULL)), "f'{(lambda: x)()}'");
    CHECK_EXPR(fstr(1, fmt(sub(dict(1, str("a"), num("1")), str("a")), 0, NULL)), "f\"{ {'a': 1}['a']}\"");
    CHECK_EXPR(fstr(1, fmt(seq(E_SET, 1, x), 0, NULL)), "f'{ {x} }'");
    CHECK_EXPR(fstr(1, fmt(ifexp(x, w, d), 0, NULL)), "f'{x if w else d}'");
    CHECK_EXPR(fstr(1, fmt(cmp(x, CMP_NE, w), 0, NULL)), "f'{x != w}'");
    CHECK_EXPR(fstr(1, fmt(seq(E_TUPLE, 2, x, w), 0, NULL)), "f'{(x, w)}'");
    CHECK_EXPR(fstr(2, str("tab\t"), fmt(x, 0, NULL)), "f'tab\\t{x}'");
    /* Both quotes needed in fields: a triple-quoted f-string. Python 3.11
     * cannot spell the others as f-strings: backslash in a field, brace
     * in a format spec, fields nested too deeply. */
    CHECK_EXPR(fstr(2, fmt(call(attr(str("\n"), "join"), 1, name("xs")), 0, NULL), str("!")),
               "format('\\n'.join(xs)) + '!'");
    CHECK_EXPR(fstr(3, str("a"), fmt(x, 0, fstr(1, str("{"))), str("b")), "'a' + format(x, '{') + 'b'");
    CHECK_EXPR(fstr(2, fmt(sub(d, str("a'b")), 's', NULL), fmt(sub(d, str("c\"d")), 'a', NULL)),
               "f'''{d[\"a'b\"]!s}{d['c\"d']!a}'''");
    CHECK_EXPR(attr(fstr(2, str("a\\"), fmt(sub(d, str("\n")), 'r', fstr(1, fmt(w, 0, NULL)))), "upper"),
               "('a\\\\' + format(repr(d['\\n']), f'{w}')).upper");
    CHECK_EXPR(fstr(2, fmt(call(attr(str("\n"), "join"), 1, name("xs")), 's', NULL), fmt(x, 'a', NULL)),
               "format(str('\\n'.join(xs))) + format(ascii(x))");
    /* f'{"it's"}' would end the f-string at the apostrophe. */
    CHECK_EXPR(fstr(1, fmt(str("it's"), 0, NULL)), "f\"{'''it's'''}\"");
    CHECK_EXPR(fstr(2, str("\""), fmt(str("it's"), 0, NULL)), "f\"\\\"{'''it's'''}\"");
    CHECK_EXPR(fstr(2, fmt(str("'''\"\"\""), 0, NULL), fmt(ifexp(str("a'''"), name("c"), lambda(vec(0), str("b'''"))), 0, NULL)),
               "format('\\'\\'\\'\"\"\"') + format(\"a'''\" if c else lambda: \"b'''\")");
    CHECK_EXPR(fstr(1, fmt(ifexp(str("a'''"), name("c"), lambda(vec(0), str("b"))), 0, NULL)),
               "f\"\"\"{(\"a'''\" if c else lambda: 'b')}\"\"\"");
    CHECK_EXPR(fstr(0), "f''");
    /* Nested too deeply for 3.11: x:{y:{z}} */
    CHECK_EXPR(fstr(1, fmt(x, 0, fstr(1, fmt(w, 0, fstr(1, fmt(d, 0, NULL)))))), "format(x, f'{w:{d}}')");

    /* They must all compute what CPython computes. */
    PtrVec body = vec(0);
    ptrvec_push(A, &body, assign(name("x"), str("hi")));
    ptrvec_push(A, &body, assign(name("w"), num("6")));
    ptrvec_push(A, &body, assign(name("d"), dict(3, str("k"), num("1"), str("a'b"), str("q"), str("c\"d"), str("\xc3\xa9"))));
    ptrvec_push(A, &body, assign(name("xs"), seq(E_LIST, 2, str("a"), str("b"))));
    ptrvec_push(A, &body, print1(fstr(1, fmt(x, 'r', fstr(2, str(">"), fmt(w, 0, NULL))))));
    ptrvec_push(A, &body, print1(fstr(2, str("it's "), fmt(sub(d, str("k")), 0, NULL))));
    ptrvec_push(A, &body, print1(fstr(2, fmt(call(attr(str("\n"), "join"), 1, name("xs")), 0, NULL), str("!"))));
    ptrvec_push(A, &body, print1(fstr(2, fmt(sub(d, str("a'b")), 's', NULL), fmt(sub(d, str("c\"d")), 'a', NULL))));
    ptrvec_push(A, &body, print1(fstr(3, str("{"), fmt(flt(3.14159), 0, fstr(3, str("."), fmt(num("3"), 0, NULL), str("f"))), str("}"))));
    ptrvec_push(A, &body, print1(fstr(1, fmt(num("42"), 0, fstr(1, fmt(str(">8"), 0, NULL))))));
    CHECK_RUN(module(body), NULL, "  'hi'\nit's 1\na\nb!\nq'\\xe9'\n{3.142}\n      42\n");
}

static void test_statements(void) {
    /* def with decorators, annotations, defaults; class with keywords. */
    Stmt *f = funcdef("f", vec(3, param("a", PARAM_NORMAL, name("int"), NULL),
                               param("b", PARAM_NORMAL, name("str"), str("x")),
                               param("c", PARAM_NORMAL, NULL, num("3"))),
                      vec(1, ret(name("a"))));
    f->u.funcdef.returns = name("int");
    f->u.funcdef.decorators = vec(2, name("dec"), call(attr(name("mod"), "deco"), 1, num("1")));
    CHECK_STMT(f, "@dec\n@mod.deco(1)\ndef f(a: int, b: str = 'x', c=3) -> int:\n    return a\n");
    Stmt *af = funcdef("g", vec(0), vec(0));
    af->u.funcdef.is_async = true;
    CHECK_STMT(af, "async def g():\n    pass\n");

    Stmt *cls = S(S_CLASSDEF);
    cls->u.classdef.name = "C";
    cls->u.classdef.bases = vec(1, name("Base"));
    cls->u.classdef.keywords = vec(1, kw("metaclass", name("Meta")));
    cls->u.classdef.body = vec(3, expr_stmt(str("doc")), assign(name("x"), num("1")),
                               funcdef("m", vec(1, param("self", PARAM_NORMAL, NULL, NULL)), vec(1, S(S_PASS))));
    ptrvec_push(A, &cls->u.classdef.body, funcdef("n", vec(1, param("self", PARAM_NORMAL, NULL, NULL)), vec(1, S(S_PASS))));
    CHECK_STMT(cls, "class C(Base, metaclass=Meta):\n    'doc'\n    x = 1\n\n    def m(self):\n        pass\n\n"
                    "    def n(self):\n        pass\n");
    Stmt *plain = S(S_CLASSDEF);
    plain->u.classdef.name = "E";
    CHECK_STMT(plain, "class E:\n    pass\n");

    /* Blank lines at module level. */
    CHECK_MODULE(module(vec(4, assign(name("a"), num("1")), funcdef("f", vec(0), vec(1, S(S_PASS))),
                            funcdef("g", vec(0), vec(1, S(S_PASS))), print1(name("a")))),
                 "a = 1\n\n\ndef f():\n    pass\n\n\ndef g():\n    pass\n\n\nprint(a)\n");

    /* if / elif / else, while-else, for-else, async for. */
    Stmt *inner = if_(name("b"), vec(1, S(S_BREAK)), vec(1, S(S_CONTINUE)));
    inner->u.if_.is_elif = true;
    CHECK_STMT(if_(name("a"), vec(1, S(S_PASS)), vec(1, inner)),
               "if a:\n    pass\nelif b:\n    break\nelse:\n    continue\n");
    Stmt *wh = S(S_WHILE);
    wh->u.while_.test = boolean(true);
    wh->u.while_.body = vec(1, S(S_BREAK));
    wh->u.while_.orelse = vec(1, print1(str("no break")));
    CHECK_STMT(wh, "while True:\n    break\nelse:\n    print('no break')\n");
    Stmt *fo = S(S_FOR);
    fo->u.for_.target = seq(E_TUPLE, 2, name("i"), name("v"));
    fo->u.for_.iter = call(name("enumerate"), 1, name("xs"));
    fo->u.for_.body = vec(1, S(S_PASS));
    CHECK_STMT(fo, "for i, v in enumerate(xs):\n    pass\n");
    Stmt *fo2 = S(S_FOR);
    fo2->u.for_.target = name("x");
    fo2->u.for_.iter = seq(E_TUPLE, 2, num("1"), num("2"));
    fo2->u.for_.body = vec(1, S(S_PASS));
    fo2->u.for_.is_async = true;
    CHECK_STMT(fo2, "async for x in (1, 2):\n    pass\n");

    /* try / except / else / finally. */
    Stmt *tr = S(S_TRY);
    tr->u.try_.body = vec(1, S(S_PASS));
    ExceptHandler *h1 = arena_alloc(A, sizeof *h1);
    h1->type = seq(E_TUPLE, 2, name("KeyError"), name("ValueError"));
    h1->name = "e";
    h1->body = vec(1, print1(name("e")));
    ExceptHandler *h2 = arena_alloc(A, sizeof *h2);
    h2->body = vec(1, S(S_RAISE));
    tr->u.try_.handlers = vec(2, h1, h2);
    tr->u.try_.orelse = vec(1, S(S_PASS));
    tr->u.try_.finalbody = vec(1, S(S_PASS));
    CHECK_STMT(tr, "try:\n    pass\nexcept (KeyError, ValueError) as e:\n    print(e)\nexcept:\n    raise\n"
                   "else:\n    pass\nfinally:\n    pass\n");
    Stmt *tr2 = S(S_TRY);
    tr2->u.try_.body = vec(1, S(S_PASS));
    CHECK_STMT(tr2, "try:\n    pass\nfinally:\n    pass\n");
    Stmt *rs = S(S_RAISE);
    rs->u.raise.exc = call(name("ValueError"), 1, str("bad"));
    rs->u.raise.cause = name("e");
    CHECK_STMT(rs, "raise ValueError('bad') from e\n");

    /* with, global, nonlocal, assert, augmented and annotated assignment. */
    Stmt *wi = S(S_WITH);
    WithItem *i1 = arena_alloc(A, sizeof *i1);
    i1->context = call(name("open"), 1, str("f"));
    i1->target = seq(E_TUPLE, 2, name("a"), name("b"));
    WithItem *i2 = arena_alloc(A, sizeof *i2);
    i2->context = name("lock");
    wi->u.with.items = vec(2, i1, i2);
    wi->u.with.body = vec(1, S(S_PASS));
    CHECK_STMT(wi, "with open('f') as (a, b), lock:\n    pass\n");
    Stmt *gl = S(S_GLOBAL);
    gl->u.names.names = vec(2, "a", "b");
    CHECK_STMT(gl, "global a, b\n");
    Stmt *nl = S(S_NONLOCAL);
    nl->u.names.names = vec(1, "c");
    CHECK_STMT(nl, "nonlocal c\n");
    Stmt *as = S(S_ASSERT);
    as->u.assert_.test = cmp(name("n"), CMP_EQ, num("10"));
    as->u.assert_.msg = str("n");
    CHECK_STMT(as, "assert n == 10, 'n'\n");
    Stmt *aug = S(S_AUGASSIGN);
    aug->u.augassign.target = sub(name("a"), num("0"));
    aug->u.augassign.op = OP_DSLASH;
    aug->u.augassign.value = seq(E_TUPLE, 2, num("1"), num("2"));
    CHECK_STMT(aug, "a[0] //= 1, 2\n");
    Stmt *ann = S(S_ANNASSIGN);
    ann->u.annassign.target = name("x");
    ann->u.annassign.annotation = sub(name("list"), name("int"));
    ann->u.annassign.value = seq(E_LIST, 0);
    CHECK_STMT(ann, "x: list[int] = []\n");
    Stmt *let = assign(name("n"), num("1"));
    let->u.assign.is_let = true;
    CHECK_STMT(let, "n = 1\n");
    Stmt *cst = assign(name("N"), num("2"));
    cst->u.assign.is_const = true;
    CHECK_STMT(cst, "N = 2\n");
    Stmt *chain = assign(name("a"), num("0"));
    ptrvec_push(A, &chain->u.assign.targets, name("b"));
    CHECK_STMT(chain, "a = b = 0\n");

    /* imports */
    Alias al1 = {"os.path", NULL, 1, 1}, al2 = {"numpy", "np", 1, 1}, al3 = {"sqrt", NULL, 1, 1}, al4 = {"pi", "PI", 1, 1},
          al5 = {"*", NULL, 1, 1};
    Stmt *im = S(S_IMPORT);
    im->u.import->aliases = vec(2, &al1, &al2);
    CHECK_STMT(im, "import os.path, numpy as np\n");
    Stmt *imf = S(S_IMPORT_FROM);
    imf->u.import->module = "math";
    imf->u.import->aliases = vec(2, &al3, &al4);
    CHECK_STMT(imf, "from math import sqrt, pi as PI\n");
    Stmt *imr = S(S_IMPORT_FROM);
    imr->u.import->level = 2;
    imr->u.import->aliases = vec(1, &al5);
    CHECK_STMT(imr, "from .. import *\n");
    Stmt *imr2 = S(S_IMPORT_FROM);
    imr2->u.import->level = 1;
    imr2->u.import->module = "pkg.mod";
    imr2->u.import->aliases = vec(1, &al3);
    CHECK_STMT(imr2, "from .pkg.mod import sqrt\n");
}

static void test_match(void) {
    Stmt *m = S(S_MATCH);
    m->u.match.subject = seq(E_TUPLE, 2, name("a"), name("b"));
    Pattern *single = P(P_SINGLETON);
    single->value = none();
    Pattern *star = P(P_STAR);
    star->name = "rest";
    Pattern *star_ = P(P_STAR);
    Pattern *map = P(P_MAPPING);
    map->keys = vec(2, str("kind"), attr(name("K"), "X"));
    map->patterns = vec(2, pcap("k"), P(P_WILDCARD));
    map->name = "others";
    Pattern *cls = P(P_CLASS);
    cls->cls = attr(name("shapes"), "Point");
    cls->patterns = vec(1, pval(num("0")));
    cls->kw_names = vec(1, "y");
    cls->kw_patterns = vec(1, pas(por(2, pval(num("1")), pval(num("2"))), "yy"));
    Pattern *strcls = P(P_CLASS);
    strcls->cls = name("str");
    m->u.match.cases = vec(8,
        mcase(pval(num("0")), NULL, vec(1, S(S_PASS))),
        mcase(por(3, pval(num("1")), pval(un(OP_MINUS, num("2"))), pval(str("s"))), NULL, vec(1, S(S_PASS))),
        mcase(pseq(true, 2, pcap("x"), star), cmp(name("x"), CMP_GT, num("0")), vec(1, S(S_PASS))),
        mcase(pseq(false, 3, single, star_, pseq(true, 1, pcap("z"))), NULL, vec(1, S(S_PASS))),
        mcase(map, walrus("t", num("1")), vec(1, S(S_PASS))),
        mcase(cls, NULL, vec(1, S(S_PASS))),
        mcase(pas(strcls, "s"), NULL, vec(1, S(S_PASS))),
        mcase(por(3, pas(pval(num("1")), "one"), pas(por(2, pval(num("2")), pval(num("3"))), "one"),
                  por(2, pcap("one"), pval(num("4")))),
              NULL, vec(1, S(S_PASS))));
    ptrvec_push(A, &m->u.match.cases, mcase(P(P_WILDCARD), NULL, vec(1, S(S_PASS))));
    CHECK_STMT(m,
               "match (a, b):\n"
               "    case 0:\n        pass\n"
               "    case 1 | -2 | 's':\n        pass\n"
               "    case (x, *rest) if x > 0:\n        pass\n"
               "    case [None, *_, (z,)]:\n        pass\n"
               "    case {'kind': k, K.X: _, **others} if t := 1:\n        pass\n"
               "    case shapes.Point(0, y=1 | 2 as yy):\n        pass\n"
               "    case str() as s:\n        pass\n"
               "    case (1 as one) | (2 | 3 as one) | (one | 4):\n        pass\n"
               "    case _:\n        pass\n");
    /* Run one: the same decisions as CPython's own program. */
    Stmt *d = funcdef("describe", vec(1, param("v", PARAM_NORMAL, NULL, NULL)), vec(0));
    Pattern *map1 = P(P_MAPPING);
    map1->keys = vec(1, str("kind"));
    map1->patterns = vec(1, pcap("k"));
    Stmt *mm = S(S_MATCH);
    mm->u.match.subject = name("v");
    mm->u.match.cases = vec(5,
        mcase(por(2, pval(num("1")), pval(num("2"))), NULL, vec(1, ret(str("small")))),
        mcase(pseq(true, 2, pcap("a"), pcap("b")), NULL, vec(1, ret(bin(str("pair "), OP_PLUS, call(name("str"), 1, bin(name("a"), OP_PLUS, name("b"))))))),
        mcase(map1, NULL, vec(1, ret(bin(str("kind "), OP_PLUS, name("k"))))),
        mcase(pas(strcls, "s"), NULL, vec(1, ret(bin(str("string "), OP_PLUS, name("s"))))),
        mcase(P(P_WILDCARD), NULL, vec(1, ret(str("other")))));
    d->u.funcdef.body = vec(1, mm);
    Stmt *loop = S(S_FOR);
    loop->u.for_.target = name("v");
    loop->u.for_.iter = seq(E_LIST, 5, num("2"), seq(E_TUPLE, 2, num("1"), num("2")), dict(1, str("kind"), str("box")),
                            str("hi"), num("9"));
    loop->u.for_.body = vec(1, print1(call(name("describe"), 1, name("v"))));
    Stmt *kdef = S(S_CLASSDEF);
    kdef->u.classdef.name = "K";
    kdef->u.classdef.body = vec(1, assign(name("X"), str("x")));
    CHECK_RUN(module(vec(3, kdef, d, loop)), NULL, "small\npair 3\nkind box\nstring hi\nother\n");
}

static void test_renaming(void) {
    /* A French program may name things `class`, `lambda`, `None`, `in`. */
    PtrVec body = vec(0);
    ptrvec_push(A, &body, assign(name("class"), num("5")));
    ptrvec_push(A, &body, assign(name("class_"), num("10")));
    ptrvec_push(A, &body, assign(name("lambda"), bin(name("class"), OP_PLUS, num("1"))));
    ptrvec_push(A, &body, assign(name("None"), str("rien")));
    ptrvec_push(A, &body, funcdef("f", vec(1, param("in", PARAM_NORMAL, NULL, num("1"))), vec(1, ret(name("in")))));
    Stmt *k = S(S_CLASSDEF);
    k->u.classdef.name = "def";
    k->u.classdef.body = vec(1, assign(name("if"), num("7")));
    ptrvec_push(A, &body, k);
    ptrvec_push(A, &body, expr_stmt(with_kw(call(name("print"), 5, name("class"), name("lambda"), name("class_"),
                                                 name("None"), call(name("f"), 0)),
                                            kw("sep", str(",")))));
    ptrvec_push(A, &body, print1(call(name("f"), 0)));
    Expr *fin = call(name("f"), 0);
    with_kw(fin, kw("in", num("3")));
    ptrvec_push(A, &body, print1(bin(fin, OP_PLUS, attr(name("def"), "if"))));
    ptrvec_push(A, &body, assign(name("a-b"), num("1")));
    ptrvec_push(A, &body, assign(name("\xef\xbd\x98"), num("2"))); /* full-width x */
    ptrvec_push(A, &body, assign(name("x"), num("3")));
    ptrvec_push(A, &body, print1(seq(E_TUPLE, 3, name("a-b"), name("\xef\xbd\x98"), name("x"))));
    ptrvec_push(A, &body, assign(name("\xc3\xa9t\xc3\xa9"), num("4"))); /* été stays */
    ptrvec_push(A, &body, assign(name("match"), name("\xc3\xa9t\xc3\xa9"))); /* soft keyword: fine */
    ptrvec_push(A, &body, print1(name("match")));
    CHECK_RUN(module(body),
              "class__ = 5\n"
              "class_ = 10\n"
              "lambda_ = class__ + 1\n"
              "None_ = 'rien'\n\n\n"
              "def f(in_=1):\n    return in_\n\n\n"
              "class def_:\n    if_ = 7\n\n\n"
              "print(class__, lambda_, class_, None_, f(), sep=',')\n"
              "print(f())\n"
              "print(f(in_=3) + def_.if_)\n"
              "a_x2db = 1\n"
              "_uff58 = 2\n"
              "x = 3\n"
              "print((a_x2db, _uff58, x))\n"
              "\xc3\xa9t\xc3\xa9 = 4\n"
              "match = \xc3\xa9t\xc3\xa9\n"
              "print(match)\n",
              "5,6,10,rien,1\n1\n10\n(1, 2, 3)\n4\n");
}

static void test_prelude(void) {
    /* argc() / argv(i): the user's arguments, without the program name. */
    PtrVec body = vec(0);
    ptrvec_push(A, &body, expr_stmt(str("Doc.")));
    ptrvec_push(A, &body, print1(call(name("argc"), 0)));
    ptrvec_push(A, &body, print1(call(name("argv"), 1, num("0"))));
    ptrvec_push(A, &body, print1(call(name("argv"), 1, un(OP_MINUS, num("1")))));
    Stmt *tr = S(S_TRY);
    tr->u.try_.body = vec(1, print1(call(name("argv"), 1, num("5"))));
    ExceptHandler *h = arena_alloc(A, sizeof *h);
    h->type = name("IndexError");
    h->name = "e";
    h->body = vec(1, print1(bin(str("IndexError: "), OP_PLUS, call(name("str"), 1, name("e")))));
    tr->u.try_.handlers = vec(1, h);
    ptrvec_push(A, &body, tr);
    ptrvec_push(A, &body, print1(name("__doc__")));
    const char *want =
        "'Doc.'\n"
        "import sys\n\n\n"
        "def argc():\n    return len(sys.argv) - 1\n\n\n"
        "def argv(i):\n    return sys.argv[1:][i]\n\n\n"
        "print(argc())\n"
        "print(argv(0))\n"
        "print(argv(-1))\n"
        "try:\n    print(argv(5))\nexcept IndexError as e:\n    print('IndexError: ' + str(e))\n"
        "print(__doc__)\n";
    check_module_run(__LINE__, module(body), "en", want,
                     "2\nAlice\nBob\nIndexError: list index out of range\nDoc.\n", "Alice Bob");
    /* The program defines argc itself, and uses sys for something else. */
    PtrVec body2 = vec(0);
    ptrvec_push(A, &body2, funcdef("argc", vec(0), vec(1, ret(num("42")))));
    ptrvec_push(A, &body2, assign(name("sys"), str("mine")));
    ptrvec_push(A, &body2, print1(seq(E_TUPLE, 3, call(name("argc"), 0), call(name("argv"), 1, num("0")), name("sys"))));
    const char *want2 =
        "import sys as sys_\n\n\n"
        "def argv(i):\n    return sys_.argv[1:][i]\n\n\n"
        "def argc():\n    return 42\n\n\n"
        "sys = 'mine'\n"
        "print((argc(), argv(0), sys))\n";
    check_module_run(__LINE__, module(body2), "en", want2, "(42, 'x', 'mine')\n", "x");
    /* No prelude when argc is only an attribute. */
    CHECK_EXPR(attr(name("sys"), "argv"), "sys.argv");
}

static void test_shadowed_builtins(void) {
    /* The output's own calls (format, repr, set) survive a program that
     * rebinds those names. */
    PtrVec body = vec(0);
    ptrvec_push(A, &body, assign(name("format"), str("mine")));
    Stmt *f = funcdef("g", vec(1, param("repr", PARAM_NORMAL, NULL, NULL)),
                      vec(1, ret(fstr(2, fmt(call(attr(str("\n"), "join"), 1, seq(E_LIST, 1, name("repr"))), 'r', NULL),
                                      str("!")))));
    ptrvec_push(A, &body, f);
    ptrvec_push(A, &body, assign(name("set"), num("0")));
    ptrvec_push(A, &body, print1(seq(E_TUPLE, 4, name("format"), call(name("g"), 1, str("x")), seq(E_SET, 0), name("set"))));
    CHECK_RUN(module(body),
              "import builtins\n"
              "format = 'mine'\n\n\n"
              "def g(repr):\n    return builtins.format(builtins.repr('\\n'.join([repr]))) + '!'\n\n\n"
              "set = 0\n"
              "print((format, g('x'), builtins.set(), set))\n",
              "('mine', \"'x'!\", set(), 0)\n");
}

static void test_robustness(void) {
    /* Unknown kinds and missing children: valid Python that raises. */
    CHECK_EXPR(X((ExprKind)999), "(_ for _ in ()).throw(NotImplementedError('unsupported expression'))");
    CHECK_STMT(S((StmtKind)999), "raise NotImplementedError('unsupported statement')\n");
    CHECK_EXPR(bin(NULL, OP_PLUS, name("a")), "(_ for _ in ()).throw(NotImplementedError('unknown binary operator'))");
    CHECK_EXPR(call(name("f"), 1, NULL), "f((_ for _ in ()).throw(NotImplementedError('missing expression')))");
    CHECK_STMT(assign(name("x"), NULL), "x = (_ for _ in ()).throw(NotImplementedError('missing expression'))\n");
    Stmt *m = S(S_MATCH);
    m->u.match.subject = name("x");
    Pattern *bad = P((PatternKind)999);
    m->u.match.cases = vec(1, mcase(pseq(false, 2, pcap("a"), bad), NULL, vec(0)));
    CHECK_STMT(m, "match x:\n    case _ if (_ for _ in ()).throw(NotImplementedError('unsupported pattern')):\n"
                  "        pass\n");
    Stmt *m0 = S(S_MATCH);
    m0->u.match.subject = name("x");
    CHECK_STMT(m0, "match x:\n    case _ if False:\n        pass\n");
    Stmt *w = S(S_WITH);
    CHECK_STMT(w, "raise NotImplementedError('with statement without items')\n");
    /* Targets Python cannot assign to. */
    CHECK_STMT(assign(call(name("f"), 0), num("1")), "raise NotImplementedError('invalid assignment target')\n");
    CHECK_STMT(assign(seq(E_TUPLE, 2, starred(name("a")), starred(name("b"))), name("x")),
               "raise NotImplementedError('invalid assignment target')\n");
    Stmt *bad_for = S(S_FOR);
    bad_for->u.for_.target = num("1");
    bad_for->u.for_.iter = name("xs");
    CHECK_STMT(bad_for, "raise NotImplementedError('invalid for-loop target')\n");
    Stmt *bad_aug = S(S_AUGASSIGN);
    bad_aug->u.augassign.target = seq(E_TUPLE, 2, name("a"), name("b"));
    bad_aug->u.augassign.op = OP_PLUS;
    bad_aug->u.augassign.value = num("1");
    CHECK_STMT(bad_aug, "raise NotImplementedError('invalid assignment target')\n");
    Stmt *bad_del = S(S_DEL);
    bad_del->u.del.targets = vec(1, seq(E_LIST, 1, starred(name("a"))));
    CHECK_STMT(bad_del, "raise NotImplementedError('invalid del target')\n");
    Expr *bad_walrus = X(E_WALRUS);
    bad_walrus->u.walrus.target = attr(name("a"), "b");
    bad_walrus->u.walrus.value = num("1");
    CHECK_EXPR(call(name("f"), 1, bad_walrus),
               "f((_ for _ in ()).throw(NotImplementedError('assignment expression to a non-name')))");
    CHECK_EXPR(comp(E_LISTCOMP, NULL, name("x"), gen(call(name("f"), 0), name("y"), NULL)),
               "(_ for _ in ()).throw(NotImplementedError('malformed comprehension'))");
    /* Patterns Python cannot spell that way: a bare name as a value, a
     * call as a class, two stars. */
    Stmt *bm = S(S_MATCH);
    bm->u.match.subject = name("x");
    Pattern *cls = P(P_CLASS);
    cls->cls = call(name("f"), 0);
    Pattern *st1 = P(P_STAR), *st2 = P(P_STAR);
    bm->u.match.cases = vec(3, mcase(pval(name("y")), NULL, vec(1, S(S_PASS))), mcase(cls, NULL, vec(1, S(S_PASS))),
                            mcase(pseq(false, 2, st1, st2), NULL, vec(1, S(S_PASS))));
    CHECK_STMT(bm, "match x:\n"
                   "    case _ if (_ for _ in ()).throw(NotImplementedError('unsupported pattern')):\n        pass\n"
                   "    case _ if (_ for _ in ()).throw(NotImplementedError('unsupported pattern')):\n        pass\n"
                   "    case _ if (_ for _ in ()).throw(NotImplementedError('unsupported pattern')):\n        pass\n");
    CHECK_STMT(funcdef("f", vec(0), vec(0)), "def f():\n    pass\n");
    Stmt *tr = S(S_TRY);
    tr->u.try_.body = vec(1, S(S_PASS));
    tr->u.try_.orelse = vec(1, print1(num("1")));
    CHECK_STMT(tr, "try:\n    pass\nexcept BaseException:\n    raise\nelse:\n    print(1)\n");
    /* A raising expression inside an f-string field keeps valid quotes. */
    CHECK_EXPR(fstr(1, fmt(X((ExprKind)999), 0, NULL)),
               "f\"{(_ for _ in ()).throw(NotImplementedError('unsupported expression'))}\"");
}

/* ---- json mode: an AST serialised by Python's ast module ----------------- */
/* The test harness turns real Python files (CPython's own test suite and
 * library) into JSON trees in multilingual's AST shape; this rebuilds the
 * AST, emits it, and the harness compares ast.dump of both programs. The
 * format: a node is [tag, fields...], a list is [...], null is NULL. */

typedef struct JV {
    int type; /* 0 null, 1 true, 2 false, 3 number, 4 string, 5 array */
    char *s;
    size_t n;
    PtrVec items;
} JV;

typedef struct JP {
    const char *p, *end;
    bool err;
} JP;

static void j_ws(JP *j) {
    while (j->p < j->end && (*j->p == ' ' || *j->p == '\n' || *j->p == '\t' || *j->p == '\r')) j->p++;
}

static unsigned j_hex4(JP *j) {
    unsigned v = 0;
    for (int i = 0; i < 4; i++) {
        char c = j->p < j->end ? *j->p++ : 0;
        v <<= 4;
        if (c >= '0' && c <= '9') v |= (unsigned)(c - '0');
        else if (c >= 'a' && c <= 'f') v |= (unsigned)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F') v |= (unsigned)(c - 'A' + 10);
        else j->err = true;
    }
    return v;
}

/* Encode a code point, lone surrogates included (WTF-8). */
static void put_cp(Buf *b, unsigned c) {
    if (c < 0x80) buf_putc(b, (char)c);
    else if (c < 0x800) buf_putc(b, (char)(0xC0 | (c >> 6))), buf_putc(b, (char)(0x80 | (c & 0x3F)));
    else if (c < 0x10000)
        buf_putc(b, (char)(0xE0 | (c >> 12))), buf_putc(b, (char)(0x80 | ((c >> 6) & 0x3F))),
            buf_putc(b, (char)(0x80 | (c & 0x3F)));
    else
        buf_putc(b, (char)(0xF0 | (c >> 18))), buf_putc(b, (char)(0x80 | ((c >> 12) & 0x3F))),
            buf_putc(b, (char)(0x80 | ((c >> 6) & 0x3F))), buf_putc(b, (char)(0x80 | (c & 0x3F)));
}

static JV *j_value(JP *j) {
    j_ws(j);
    JV *v = arena_alloc(A, sizeof *v);
    if (j->p >= j->end) {
        j->err = true;
        return v;
    }
    char c = *j->p;
    if (c == 'n' || c == 't' || c == 'f') {
        const char *w = c == 'n' ? "null" : c == 't' ? "true" : "false";
        size_t n = strlen(w);
        if ((size_t)(j->end - j->p) < n || strncmp(j->p, w, n) != 0) j->err = true;
        j->p += n;
        v->type = c == 'n' ? 0 : c == 't' ? 1 : 2;
    } else if (c == '"') {
        j->p++;
        Buf b;
        buf_init(&b);
        while (j->p < j->end && *j->p != '"') {
            char ch = *j->p++;
            if (ch != '\\') {
                buf_putc(&b, ch);
                continue;
            }
            char e = j->p < j->end ? *j->p++ : 0;
            switch (e) {
            case 'n': buf_putc(&b, '\n'); break;
            case 't': buf_putc(&b, '\t'); break;
            case 'r': buf_putc(&b, '\r'); break;
            case 'b': buf_putc(&b, '\b'); break;
            case 'f': buf_putc(&b, '\f'); break;
            case 'u': {
                unsigned u = j_hex4(j);
                if (u >= 0xD800 && u < 0xDC00 && j->end - j->p >= 6 && j->p[0] == '\\' && j->p[1] == 'u') {
                    JP save = *j;
                    j->p += 2;
                    unsigned lo = j_hex4(j);
                    if (lo >= 0xDC00 && lo < 0xE000) u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
                    else *j = save;
                }
                put_cp(&b, u);
                break;
            }
            default: buf_putc(&b, e); break;
            }
        }
        j->p++;
        v->type = 4;
        v->n = b.len;
        v->s = arena_strndup(A, b.data ? b.data : "", b.len);
        buf_free(&b);
    } else if (c == '[') {
        j->p++;
        v->type = 5;
        j_ws(j);
        if (j->p < j->end && *j->p == ']') {
            j->p++;
            return v;
        }
        while (!j->err) {
            ptrvec_push(A, &v->items, j_value(j));
            j_ws(j);
            if (j->p < j->end && *j->p == ',') {
                j->p++;
                continue;
            }
            if (j->p < j->end && *j->p == ']') {
                j->p++;
                break;
            }
            j->err = true;
        }
    } else {
        const char *start = j->p;
        while (j->p < j->end && strchr("+-0123456789.eE", *j->p)) j->p++;
        if (j->p == start) {
            j->err = true;
            j->p++;
        }
        v->type = 3;
        v->s = arena_strndup(A, start, (size_t)(j->p - start));
    }
    return v;
}

static JV *jat(const JV *v, int i) { return v && v->type == 5 && i < v->items.len ? v->items.items[i] : NULL; }
static const char *jstr(const JV *v) { return v && v->type == 4 ? v->s : NULL; }

static Op j_op(const char *s) {
    static const struct { const char *n; Op op; } ops[] = {
        {"PLUS", OP_PLUS}, {"MINUS", OP_MINUS}, {"STAR", OP_STAR}, {"SLASH", OP_SLASH}, {"DSLASH", OP_DSLASH},
        {"PERCENT", OP_PERCENT}, {"DSTAR", OP_DSTAR}, {"AMP", OP_AMP}, {"PIPE", OP_PIPE}, {"CARET", OP_CARET},
        {"LSHIFT", OP_LSHIFT}, {"RSHIFT", OP_RSHIFT}, {"AT", OP_AT}, {"TILDE", OP_TILDE}, {"NONE", OP_NONE},
    };
    for (size_t i = 0; s && i < sizeof ops / sizeof *ops; i++)
        if (strcmp(ops[i].n, s) == 0) return ops[i].op;
    return OP_COUNT;
}

static CmpOp j_cmp(const char *s) {
    static const char *const names[] = {"EQ", "NE", "LT", "LE", "GT", "GE", "IN", "NOT_IN", "IS", "IS_NOT"};
    for (int i = 0; s && i < 10; i++)
        if (strcmp(names[i], s) == 0) return (CmpOp)i;
    return CMP_EQ;
}

static Expr *j_expr(const JV *v);
static PtrVec j_stmts(const JV *v);
static Pattern *j_pattern(const JV *v);

static PtrVec j_exprs(const JV *v) {
    PtrVec out = {0};
    for (int i = 0; v && v->type == 5 && i < v->items.len; i++) ptrvec_push(A, &out, j_expr(v->items.items[i]));
    return out;
}

static PtrVec j_keywords(const JV *v) {
    PtrVec out = {0};
    for (int i = 0; v && v->type == 5 && i < v->items.len; i++) {
        JV *k = v->items.items[i];
        ptrvec_push(A, &out, kw(jstr(jat(k, 0)), j_expr(jat(k, 1))));
    }
    return out;
}

static PtrVec j_params(const JV *v) {
    PtrVec out = {0};
    static const char *const kinds[] = {"POSONLY", "NORMAL", "VARARGS", "KWONLY", "VARKW"};
    for (int i = 0; v && v->type == 5 && i < v->items.len; i++) {
        JV *p = v->items.items[i];
        ParamKind k = PARAM_NORMAL;
        for (int j = 0; j < 5; j++)
            if (jstr(jat(p, 1)) && strcmp(jstr(jat(p, 1)), kinds[j]) == 0) k = (ParamKind)j;
        ptrvec_push(A, &out, param(jstr(jat(p, 0)), k, j_expr(jat(p, 2)), j_expr(jat(p, 3))));
    }
    return out;
}

static PtrVec j_gens(const JV *v) {
    PtrVec out = {0};
    for (int i = 0; v && v->type == 5 && i < v->items.len; i++) {
        JV *g = v->items.items[i];
        Comprehension *c = gen(j_expr(jat(g, 0)), j_expr(jat(g, 1)), NULL);
        c->ifs = j_exprs(jat(g, 2));
        c->is_async = jat(g, 3) && jat(g, 3)->type == 1;
        ptrvec_push(A, &out, c);
    }
    return out;
}

static Expr *j_expr(const JV *v) {
    if (!v || v->type != 5) return NULL;
    const char *t = jstr(jat(v, 0));
    if (!t) return NULL;
    static const struct { const char *n; ExprKind k; } kinds[] = {
        {"E_INT", E_INT}, {"E_FLOAT", E_FLOAT}, {"E_STR", E_STR}, {"E_BYTES", E_BYTES}, {"E_FSTRING", E_FSTRING},
        {"E_FORMATTED", E_FORMATTED}, {"E_BOOL", E_BOOL}, {"E_NONE", E_NONE}, {"E_ELLIPSIS", E_ELLIPSIS},
        {"E_NAME", E_NAME}, {"E_BINOP", E_BINOP}, {"E_UNARY", E_UNARY}, {"E_BOOLOP", E_BOOLOP},
        {"E_COMPARE", E_COMPARE}, {"E_CALL", E_CALL}, {"E_ATTR", E_ATTR}, {"E_SUBSCRIPT", E_SUBSCRIPT},
        {"E_SLICE", E_SLICE}, {"E_TUPLE", E_TUPLE}, {"E_LIST", E_LIST}, {"E_SET", E_SET}, {"E_DICT", E_DICT},
        {"E_LISTCOMP", E_LISTCOMP}, {"E_SETCOMP", E_SETCOMP}, {"E_GENEXP", E_GENEXP}, {"E_DICTCOMP", E_DICTCOMP},
        {"E_LAMBDA", E_LAMBDA}, {"E_IFEXP", E_IFEXP}, {"E_WALRUS", E_WALRUS}, {"E_STARRED", E_STARRED},
        {"E_YIELD", E_YIELD}, {"E_YIELD_FROM", E_YIELD_FROM}, {"E_AWAIT", E_AWAIT},
    };
    ExprKind k = (ExprKind)999;
    for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
        if (strcmp(kinds[i].n, t) == 0) k = kinds[i].k;
    Expr *e = X(k);
    JV *a = jat(v, 1), *b = jat(v, 2), *c = jat(v, 3);
    switch (k) {
    case E_INT: expr_set_int(e, jstr(a)); break;
    case E_FLOAT: e->u.fval = strtod(jstr(a) ? jstr(a) : "0", NULL); break;
    case E_STR:
    case E_BYTES: { /* hex of the bytes (WTF-8 for str: lone surrogates too) */
        size_t n = a && a->s ? a->n / 2 : 0;
        char *d = arena_alloc(A, n + 1);
        for (size_t i = 0; i < n; i++) {
            unsigned hi = (unsigned)(a->s[2 * i] <= '9' ? a->s[2 * i] - '0' : a->s[2 * i] - 'a' + 10);
            unsigned lo = (unsigned)(a->s[2 * i + 1] <= '9' ? a->s[2 * i + 1] - '0' : a->s[2 * i + 1] - 'a' + 10);
            d[i] = (char)(hi << 4 | lo);
        }
        e->u.str.data = d, e->u.str.len = n;
        break;
    }
    case E_FSTRING: e->u.fstr.parts = j_exprs(a); break;
    case E_FORMATTED:
        e->u.formatted.value = j_expr(a);
        e->u.formatted.conversion = jstr(b) && jstr(b)[0] ? jstr(b)[0] : 0;
        e->u.formatted.spec = j_expr(c);
        break;
    case E_BOOL: e->u.bval = a && a->type == 1; break;
    case E_NAME: e->u.name.name = e->u.name.src_name = jstr(a); break;
    case E_BINOP: e->u.binop.op = j_op(jstr(a)), e->u.binop.left = j_expr(b), e->u.binop.right = j_expr(c); break;
    case E_UNARY: e->u.unary.op = j_op(jstr(a)), e->u.unary.operand = j_expr(b); break;
    case E_BOOLOP: e->u.boolop.is_and = a && a->type == 1, e->u.boolop.values = j_exprs(b); break;
    case E_COMPARE:
        e->u.compare.left = j_expr(a);
        e->u.compare.ops = arena_alloc(A, sizeof(CmpOp) * (size_t)(b ? b->items.len + 1 : 1));
        for (int i = 0; b && i < b->items.len; i++) e->u.compare.ops[i] = j_cmp(jstr(b->items.items[i]));
        e->u.compare.comparators = j_exprs(c);
        break;
    case E_CALL: e->u.call.func = j_expr(a), e->u.call.args = j_exprs(b), e->u.call.keywords = j_keywords(c); break;
    case E_ATTR: e->u.attr.value = j_expr(a), e->u.attr.name = jstr(b); break;
    case E_SUBSCRIPT: e->u.subscript.value = j_expr(a), e->u.subscript.index = j_expr(b); break;
    case E_SLICE: e->u.slice.lower = j_expr(a), e->u.slice.upper = j_expr(b), e->u.slice.step = j_expr(c); break;
    case E_TUPLE: case E_LIST: case E_SET: e->u.seq.items = j_exprs(a); break;
    case E_DICT: e->u.dict.keys = j_exprs(a), e->u.dict.values = j_exprs(b); break;
    case E_LISTCOMP: case E_SETCOMP: case E_GENEXP: case E_DICTCOMP:
        e->u.comp.key = j_expr(a), e->u.comp.elt = j_expr(b), e->u.comp.generators = j_gens(c);
        break;
    case E_LAMBDA: e->u.lambda.params = j_params(a), e->u.lambda.body = j_expr(b); break;
    case E_IFEXP: e->u.ifexp.test = j_expr(a), e->u.ifexp.body = j_expr(b), e->u.ifexp.orelse = j_expr(c); break;
    case E_WALRUS: e->u.walrus.target = j_expr(a), e->u.walrus.value = j_expr(b); break;
    case E_STARRED: e->u.starred.value = j_expr(a); break;
    case E_YIELD: case E_YIELD_FROM: e->u.yield.value = j_expr(a); break;
    case E_AWAIT: e->u.yield.value = j_expr(a); break;
    default: break;
    }
    return e;
}

static PtrVec j_patterns(const JV *v) {
    PtrVec out = {0};
    for (int i = 0; v && v->type == 5 && i < v->items.len; i++) ptrvec_push(A, &out, j_pattern(v->items.items[i]));
    return out;
}

static Pattern *j_pattern(const JV *v) {
    const char *t = jstr(jat(v, 0));
    JV *a = jat(v, 1), *b = jat(v, 2), *c = jat(v, 3), *d = jat(v, 4);
    if (!t) return NULL;
    if (strcmp(t, "P_VALUE") == 0) return pval(j_expr(a));
    if (strcmp(t, "P_SINGLETON") == 0) {
        Pattern *p = P(P_SINGLETON);
        p->value = j_expr(a);
        return p;
    }
    if (strcmp(t, "P_SEQUENCE") == 0) {
        Pattern *p = P(P_SEQUENCE);
        p->patterns = j_patterns(a);
        return p;
    }
    if (strcmp(t, "P_STAR") == 0) {
        Pattern *p = P(P_STAR);
        p->name = jstr(a);
        return p;
    }
    if (strcmp(t, "P_MAPPING") == 0) {
        Pattern *p = P(P_MAPPING);
        p->keys = j_exprs(a), p->patterns = j_patterns(b), p->name = jstr(c);
        return p;
    }
    if (strcmp(t, "P_CLASS") == 0) {
        Pattern *p = P(P_CLASS);
        p->cls = j_expr(a), p->patterns = j_patterns(b), p->kw_patterns = j_patterns(d);
        for (int i = 0; c && i < c->items.len; i++) ptrvec_push(A, &p->kw_names, c->items.items[i] ? ((JV *)c->items.items[i])->s : NULL);
        return p;
    }
    if (strcmp(t, "P_OR") == 0) {
        Pattern *p = P(P_OR);
        p->patterns = j_patterns(a);
        return p;
    }
    if (strcmp(t, "P_AS") == 0) return pas(j_pattern(a), jstr(b));
    if (strcmp(t, "P_CAPTURE") == 0) return pcap(jstr(a));
    if (strcmp(t, "P_WILDCARD") == 0) return P(P_WILDCARD);
    return P((PatternKind)999);
}

static Stmt *j_stmt(const JV *v) {
    const char *t = jstr(jat(v, 0));
    JV *a = jat(v, 1), *b = jat(v, 2), *c = jat(v, 3), *d = jat(v, 4), *e = jat(v, 5), *f = jat(v, 6);
    if (!t) return S((StmtKind)999);
    Stmt *s;
    if (strcmp(t, "S_EXPR") == 0) return expr_stmt(j_expr(a));
    if (strcmp(t, "S_ASSIGN") == 0) {
        s = S(S_ASSIGN);
        s->u.assign.targets = j_exprs(a), s->u.assign.value = j_expr(b);
    } else if (strcmp(t, "S_AUGASSIGN") == 0) {
        s = S(S_AUGASSIGN);
        s->u.augassign.target = j_expr(a), s->u.augassign.op = j_op(jstr(b)), s->u.augassign.value = j_expr(c);
    } else if (strcmp(t, "S_ANNASSIGN") == 0) {
        s = S(S_ANNASSIGN);
        s->u.annassign.target = j_expr(a), s->u.annassign.annotation = j_expr(b), s->u.annassign.value = j_expr(c);
    } else if (strcmp(t, "S_IF") == 0) {
        s = if_(j_expr(a), j_stmts(b), j_stmts(c));
    } else if (strcmp(t, "S_WHILE") == 0) {
        s = S(S_WHILE);
        s->u.while_.test = j_expr(a), s->u.while_.body = j_stmts(b), s->u.while_.orelse = j_stmts(c);
    } else if (strcmp(t, "S_FOR") == 0) {
        s = S(S_FOR);
        s->u.for_.target = j_expr(a), s->u.for_.iter = j_expr(b);
        s->u.for_.body = j_stmts(c), s->u.for_.orelse = j_stmts(d), s->u.for_.is_async = e && e->type == 1;
    } else if (strcmp(t, "S_BREAK") == 0) {
        s = S(S_BREAK);
    } else if (strcmp(t, "S_CONTINUE") == 0) {
        s = S(S_CONTINUE);
    } else if (strcmp(t, "S_PASS") == 0) {
        s = S(S_PASS);
    } else if (strcmp(t, "S_RETURN") == 0) {
        s = ret(j_expr(a));
    } else if (strcmp(t, "S_FUNCDEF") == 0) {
        s = funcdef(jstr(a), j_params(b), j_stmts(d));
        s->u.funcdef.returns = j_expr(c), s->u.funcdef.decorators = j_exprs(e);
        s->u.funcdef.is_async = f && f->type == 1;
    } else if (strcmp(t, "S_CLASSDEF") == 0) {
        s = S(S_CLASSDEF);
        s->u.classdef.name = jstr(a), s->u.classdef.bases = j_exprs(b), s->u.classdef.keywords = j_keywords(c);
        s->u.classdef.body = j_stmts(d), s->u.classdef.decorators = j_exprs(e);
    } else if (strcmp(t, "S_TRY") == 0) {
        s = S(S_TRY);
        s->u.try_.body = j_stmts(a), s->u.try_.orelse = j_stmts(c), s->u.try_.finalbody = j_stmts(d);
        for (int i = 0; b && i < b->items.len; i++) {
            JV *h = b->items.items[i];
            ExceptHandler *eh = arena_alloc(A, sizeof *eh);
            eh->type = j_expr(jat(h, 0)), eh->name = jstr(jat(h, 1)), eh->body = j_stmts(jat(h, 2));
            ptrvec_push(A, &s->u.try_.handlers, eh);
        }
    } else if (strcmp(t, "S_RAISE") == 0) {
        s = S(S_RAISE);
        s->u.raise.exc = j_expr(a), s->u.raise.cause = j_expr(b);
    } else if (strcmp(t, "S_GLOBAL") == 0 || strcmp(t, "S_NONLOCAL") == 0) {
        s = S(t[2] == 'G' ? S_GLOBAL : S_NONLOCAL);
        for (int i = 0; a && i < a->items.len; i++) ptrvec_push(A, &s->u.names.names, ((JV *)a->items.items[i])->s);
    } else if (strcmp(t, "S_DEL") == 0) {
        s = S(S_DEL);
        s->u.del.targets = j_exprs(a);
    } else if (strcmp(t, "S_ASSERT") == 0) {
        s = S(S_ASSERT);
        s->u.assert_.test = j_expr(a), s->u.assert_.msg = j_expr(b);
    } else if (strcmp(t, "S_WITH") == 0) {
        s = S(S_WITH);
        for (int i = 0; a && i < a->items.len; i++) {
            WithItem *it = arena_alloc(A, sizeof *it);
            it->context = j_expr(jat(a->items.items[i], 0)), it->target = j_expr(jat(a->items.items[i], 1));
            ptrvec_push(A, &s->u.with.items, it);
        }
        s->u.with.body = j_stmts(b), s->u.with.is_async = c && c->type == 1;
    } else if (strcmp(t, "S_MATCH") == 0) {
        s = S(S_MATCH);
        s->u.match.subject = j_expr(a);
        for (int i = 0; b && i < b->items.len; i++) {
            JV *mc = b->items.items[i];
            ptrvec_push(A, &s->u.match.cases, mcase(j_pattern(jat(mc, 0)), j_expr(jat(mc, 1)), j_stmts(jat(mc, 2))));
        }
    } else if (strcmp(t, "S_IMPORT") == 0 || strcmp(t, "S_IMPORT_FROM") == 0) {
        s = S(t[8] == '_' ? S_IMPORT_FROM : S_IMPORT);
        s->u.import->module = jstr(a), s->u.import->level = b && b->s ? atoi(b->s) : 0;
        for (int i = 0; c && i < c->items.len; i++) {
            Alias *al = arena_alloc(A, sizeof *al);
            al->name = jstr(jat(c->items.items[i], 0)), al->asname = jstr(jat(c->items.items[i], 1));
            ptrvec_push(A, &s->u.import->aliases, al);
        }
    } else {
        s = S((StmtKind)999);
    }
    return s;
}

static PtrVec j_stmts(const JV *v) {
    PtrVec out = {0};
    for (int i = 0; v && v->type == 5 && i < v->items.len; i++) ptrvec_push(A, &out, j_stmt(v->items.items[i]));
    return out;
}

static int json_file(const char *in, const char *outp) {
    FILE *f = fopen(in, "rb");
    if (!f) {
        fprintf(stderr, "cannot read %s\n", in);
        return 2;
    }
    Buf src;
    buf_init(&src);
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) buf_putn(&src, chunk, n);
    fclose(f);
    Arena arena;
    arena_init(&arena);
    A = &arena;
    JP j = {src.data ? src.data : "", (src.data ? src.data : "") + src.len, false};
    JV *root = j_value(&j);
    int status = 0;
    if (j.err) {
        fprintf(stderr, "%s: malformed JSON\n", in);
        status = 2;
    } else {
        Buf out;
        buf_init(&out);
        py_emit_module(module(j_stmts(root)), "en", "json", &out);
        write_file(outp, buf_cstr(&out), out.len);
        buf_free(&out);
    }
    arena_free(&arena);
    buf_free(&src);
    return status;
}

/* ---- emit mode: a real source through the front end ---------------------- */

static int emit_file(const char *lang, const char *in, const char *outp) {
    if (!lex_source || !parse_module) {
        fprintf(stderr, "py_emit_test: the lexer/parser are not linked into this build\n");
        return 77;
    }
    FILE *f = fopen(in, "rb");
    if (!f) {
        fprintf(stderr, "cannot read %s\n", in);
        return 2;
    }
    Buf src;
    buf_init(&src);
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) buf_putn(&src, chunk, n);
    fclose(f);
    buf_cstr(&src);
    Arena arena;
    arena_init(&arena);
    Compiler c;
    memset(&c, 0, sizeof c);
    c.arena = &arena;
    c.filename = in;
    if (!source_open) {
        fprintf(stderr, "py_emit_test: the front end is not linked into this build\n");
        return 77;
    }
    /* The front door, as the compiler reads a file: "auto" detects. */
    int status = 0;
    TokenList toks;
    Module *m = NULL;
    if (!source_open(&c, src.data, src.len, strcmp(lang, "auto") == 0 ? NULL : lang)) {
        for (int i = 0; i < c.diags.len; i++) {
            const Diag *d = c.diags.items[i];
            fprintf(stderr, "%s:%d:%d: error: %s\n", in, d->line, d->col, d->message);
        }
        status = 2;
    } else if (!lex_source(&c, &toks) || !(m = parse_module(&c, &toks)) || c.diags.len) {
        for (int i = 0; i < c.diags.len; i++) {
            const Diag *d = c.diags.items[i];
            fprintf(stderr, "%s:%d:%d: error: %s\n", in, d->line, d->col, d->message);
        }
        status = 1;
    } else {
        const char *base = strrchr(in, '/');
        Buf out;
        buf_init(&out);
        py_emit_module(m, c.lang->code, base ? base + 1 : in, &out);
        write_file(outp, buf_cstr(&out), out.len);
        buf_free(&out);
    }
    arena_free(&arena);
    buf_free(&src);
    return status;
}

int main(int argc, char **argv) {
    if (argc == 5 && strcmp(argv[1], "emit") == 0) return emit_file(argv[2], argv[3], argv[4]);
    if (argc == 4 && strcmp(argv[1], "json") == 0) return json_file(argv[2], argv[3]);
    if (argc >= 2 && strcmp(argv[1], "unit") != 0) {
        fprintf(stderr, "usage: py_emit_test [unit [OUTDIR]] | emit LANG|auto IN.ml OUT.py | json IN.json OUT.py\n");
        return 2;
    }
    outdir = argc >= 3 ? argv[2] : NULL;
    Arena arena;
    arena_init(&arena);
    A = &arena;
    test_header();
    test_precedence();
    test_tuples_yield();
    test_calls_comprehensions();
    test_literals();
    test_fstrings();
    test_statements();
    test_match();
    test_renaming();
    test_prelude();
    test_shadowed_builtins();
    test_robustness();
    arena_free(&arena);
    printf("py_emit_test: %d checks, %d failures, %d programs written\n", checks, failures, file_no);
    return failures ? 1 : 0;
}
