/* The abstract syntax tree: Python 3.11's grammar, independent of the human
 * language the program was written in. All nodes live in the compile arena.
 * Lists are PtrVec of node pointers. Every node has the 1-based line and
 * code-point column of its first token. */
#ifndef ML_AST_H
#define ML_AST_H
#include <stdbool.h>
#include <stddef.h>
#include "../util/arena.h"
#include "../util/strmap.h"
#include "token.h"

typedef struct Expr Expr;
typedef struct Stmt Stmt;
typedef struct Pattern Pattern;
/* Records of semantic analysis (sema/sema.h), attached to the nodes they
 * describe: sema decides once, the back ends read. */
struct Symbol;
struct Function;
struct CallInfo;

typedef enum __attribute__((packed)) ExprKind {
    E_INT,        /* int_lit: text (decimal digits, may exceed 64 bits) and,
                     when it fits in int64 (fits), its value */
    E_FLOAT,      /* fval */
    E_IMAG,       /* fval: an imaginary literal, the complex 0+fval*j */
    E_STR,        /* str.data/len: decoded UTF-8 (adjacent literals joined) */
    E_BYTES,      /* str.data/len */
    E_FSTRING,    /* fstr: parts, each an E_STR or an E_FORMATTED */
    E_FORMATTED,  /* formatted: value, conversion ('r','s','a' or 0), spec
                     (an E_FSTRING or NULL) -- one {field} of an f-string */
    E_BOOL,       /* bval */
    E_NONE,
    E_ELLIPSIS,
    E_NAME,       /* name (canonical), src_name (as written) */
    E_BINOP,      /* binop: op (OP_PLUS, OP_MINUS, OP_STAR, OP_SLASH, OP_DSLASH,
                     OP_PERCENT, OP_DSTAR, OP_AMP, OP_PIPE, OP_CARET, OP_LSHIFT,
                     OP_RSHIFT, OP_AT), left, right */
    E_UNARY,      /* unary: op (OP_MINUS, OP_PLUS, OP_TILDE, or OP_NONE for
                     `not`), operand */
    E_BOOLOP,     /* boolop: is_and, values (>= 2) */
    E_COMPARE,    /* compare: left, ops[] (CmpOp), comparators (PtrVec) */
    E_CALL,       /* call: func, args (Expr*; E_STARRED for *a), keywords
                     (Keyword*; name NULL for **k) */
    E_ATTR,       /* attr: value, name */
    E_SUBSCRIPT,  /* subscript: value, index (may be E_SLICE or E_TUPLE) */
    E_SLICE,      /* slice: lower, upper, step (each may be NULL) */
    E_TUPLE,      /* seq.items */
    E_LIST,       /* seq.items */
    E_SET,        /* seq.items */
    E_DICT,       /* dict.keys, dict.values (key NULL for **mapping) */
    E_LISTCOMP,   /* comp: elt, generators (Comprehension*) */
    E_SETCOMP,    /* comp */
    E_GENEXP,     /* comp */
    E_DICTCOMP,   /* comp: key, elt (value), generators */
    E_LAMBDA,     /* lambda: params, body */
    E_IFEXP,      /* ifexp: test, body, orelse */
    E_WALRUS,     /* walrus: target (E_NAME), value */
    E_STARRED,    /* starred: value (in calls, displays, assignment targets) */
    E_DOUBLESTARRED, /* starred: value (only inside dict displays' values) */
    E_YIELD,      /* yield: value (may be NULL) */
    E_YIELD_FROM, /* yield: value */
    E_AWAIT,      /* yield: value (what is awaited) */
} ExprKind;

typedef enum CmpOp {
    CMP_EQ, CMP_NE, CMP_LT, CMP_LE, CMP_GT, CMP_GE,
    CMP_IN, CMP_NOT_IN, CMP_IS, CMP_IS_NOT
} CmpOp;

typedef struct Keyword {
    const char *name; /* NULL for **mapping */
    Expr *value;
    int line, col;
} Keyword;

typedef struct Comprehension {
    Expr *target; /* E_NAME, E_TUPLE, ... */
    Expr *iter;
    PtrVec ifs;   /* Expr* */
    bool is_async;
} Comprehension;

typedef enum ParamKind {
    PARAM_POSONLY,   /* before a `/` */
    PARAM_NORMAL,
    PARAM_VARARGS,   /* *args */
    PARAM_KWONLY,    /* after * or *args */
    PARAM_VARKW,     /* **kwargs */
} ParamKind;

typedef struct Param {
    const char *name;
    ParamKind kind;
    Expr *annotation; /* may be NULL */
    Expr *default_value; /* may be NULL */
    int line, col;
} Param;

/* 112 bytes on 64-bit hosts (the arena's granule is 16: one byte more
 * would cost 16), the bytes before the pointers packed, the records only
 * some kinds have in their union member: a 200,000-line program has
 * millions of these. */
struct Expr {
    ExprKind kind;      /* one byte (packed) ... */
    bool maybe_unbound; /* E_NAME read that may come before any binding */
    bool class_scope; /* E_NAME in a class body's own code, naming something
                         the body binds: read from the class's namespace
                         first, then as outside the class (CPython's
                         LOAD_NAME); typed object (sema_class_scope.c) */
    bool consumed_whole; /* E_CALL map()/filter(): the argument of list(),
                            tuple(), sorted(), str.join() ... which take all
                            of it at once: built as a list, not lazily */
    int line, col;
    int member; /* E_ATTR str.lower (a builtin type's method as a value):
                   its index + 1 in Program.method_values (sema); "ab".upper
                   (bound to its receiver): -(index + 1) in
                   Program.bound_methods (also E_CALL getattr(x, "upper"));
                   else 0 */
    int chain;  /* operators and postfixes built in a loop below this one
                   (a + b + ..., x[0][0]...): the parser bounds the depth
                   that recursion does not (PARSE_MAX_CHAIN) */
    int end_line, end_col; /* just after its last character (0: unknown);
                              a parenthesized expression's exclude the
                              parentheses, as CPython's (tracebacks) */
    int type;   /* filled by semantic analysis (sema/types.h), 0 = unknown */
    /* What a name or a call is, decided once by sema (Lua's expdesc is the
     * model): a back end never looks a name up again. */
    int builtin;             /* E_NAME naming a builtin: its BuiltinId, else 0 */
    struct Symbol *sym;      /* E_NAME (also as a target): the variable */
    struct Function *fn;     /* E_NAME naming a def; E_LAMBDA: its function */
    struct CallInfo *call;   /* E_CALL: kind, callee, bound arguments */
    Expr *hoisted;           /* an await, or a comprehension with awaits, in a
                                statement of an async def: the statement's
                                meaning computed its value into this name
                                first (sema_await.c); it reads as the name */
    union {
        struct { const char *text; long long value; bool fits; } int_lit;
        double fval;
        bool bval;
        struct { const char *data; size_t len; } str;
        struct { PtrVec parts; } fstr;
        struct { Expr *value; char conversion; Expr *spec; } formatted;
        /* std (also attr's): a standard library function as a value (one
         * of Program.module_values), set by sema (expr_set_std); its
         * constants are folded into literals */
        struct { const char *name, *src_name; const struct StdMember *std; } name;
        struct {
            Op op;
            Expr *left, *right;
            bool inplace; /* x op= y's (sema) */
            bool append;  /* t += s or t = t + a + ...: the target's value is
                             the leftmost operand (sema; lowered as an append
                             in place when t is a str accumulator) */
        } binop;
        struct { Op op; Expr *operand; } unary;
        struct { bool is_and; PtrVec values; } boolop;
        struct { Expr *left; CmpOp *ops; PtrVec comparators; } compare;
        struct { Expr *func; PtrVec args; PtrVec keywords; } call;
        struct { Expr *value; const char *name; const struct StdMember *std; } attr;
        struct { Expr *value, *index; } subscript;
        struct { Expr *lower, *upper, *step; } slice;
        struct { PtrVec items; } seq;
        struct { PtrVec keys, values; } dict;
        struct {
            Expr *key, *elt;
            PtrVec generators;
            PtrVec *syms; /* its own variables (sema) */
        } comp;
        struct { PtrVec params; Expr *body; } lambda;
        struct { Expr *test, *body, *orelse; } ifexp;
        struct { Expr *target, *value; } walrus;
        struct { Expr *value; } starred;
        struct { Expr *value; } yield;
    } u;
};
_Static_assert(sizeof(void *) != 8 || sizeof(Expr) == 112, "Expr: seven 16-byte arena granules");

/* The standard library member an E_NAME or E_ATTR stands for as a value
 * (from math import sqrt; math.pi's kind are folded), else NULL. */
static inline const struct StdMember *expr_std(const Expr *e) {
    return e->kind == E_NAME ? e->u.name.std : e->kind == E_ATTR ? e->u.attr.std : NULL;
}
/* Record it (e: an E_NAME or an E_ATTR). */
static inline void expr_set_std(Expr *e, const struct StdMember *m) {
    if (e->kind == E_NAME) e->u.name.std = m;
    else if (e->kind == E_ATTR) e->u.attr.std = m;
}

typedef enum StmtKind {
    S_EXPR,       /* expr.value */
    S_ASSIGN,     /* assign: targets (>= 1, chained a = b = v), value,
                     is_let (let/var), is_const */
    S_AUGASSIGN,  /* augassign: target, op (binary Op, e.g. OP_PLUS), value */
    S_ANNASSIGN,  /* annassign: target, annotation, value (may be NULL) */
    S_IF,         /* if_: test, body, orelse (elif is a nested S_IF alone in
                     orelse, with is_elif set) */
    S_WHILE,      /* while_: test, body, orelse */
    S_FOR,        /* for_: target, iter, body, orelse, is_async */
    S_BREAK,
    S_CONTINUE,
    S_PASS,
    S_RETURN,     /* ret.value (may be NULL) */
    S_FUNCDEF,    /* funcdef: name, params, returns, body, decorators,
                     is_async */
    S_CLASSDEF,   /* classdef: name, bases (Expr*), keywords (Keyword*),
                     body, decorators */
    S_TRY,        /* try_: body, handlers (ExceptHandler*), orelse, finalbody */
    S_RAISE,      /* raise: exc (may be NULL), cause (may be NULL) */
    S_GLOBAL,     /* names: PtrVec of const char* */
    S_NONLOCAL,   /* names */
    S_DEL,        /* del.targets */
    S_ASSERT,     /* assert_: test, msg */
    S_WITH,       /* with: items (WithItem*), body, is_async */
    S_MATCH,      /* match: subject, cases (MatchCase*) */
    S_IMPORT,     /* import: aliases (Alias*) */
    S_IMPORT_FROM,/* import: module (may be NULL), level, aliases */
} StmtKind;

typedef struct ExceptHandler {
    Expr *type; /* NULL for bare except */
    const char *name; /* `as name`, or NULL */
    struct Symbol *sym; /* the variable `as name` binds (sema) */
    PtrVec body;
    int line, col;
} ExceptHandler;

typedef struct WithItem {
    Expr *context;
    Expr *target; /* may be NULL */
} WithItem;

typedef struct MatchCase {
    Pattern *pattern;
    Expr *guard; /* may be NULL */
    PtrVec body;
    int line, col;
} MatchCase;

typedef struct Alias {
    const char *name;   /* dotted for `import a.b` */
    const char *asname; /* may be NULL */
    int line, col;      /* of the name (the module's, or the imported member's) */
} Alias;

struct Stmt {
    StmtKind kind;
    int line, col;
    int tree_chunk; /* a top-level statement: 1 + the index of its
                       TreeChunk in its Module's; else 0 (the back end
                       negates it once the statement is lowered) */
    /* Records of semantic analysis: */
    struct Function *fn; /* S_FUNCDEF: the function it defines */
    struct ClassInfo *cls; /* S_CLASSDEF: the class it defines */
    PtrVec *meaning;       /* S_WITH: the statements it stands for (sema:
                              __enter__, try, __exit__), which sema and the
                              back end analyse and lower in its place */
    Expr *aug_binop;     /* S_AUGASSIGN: `t op= v` typed as `t op v` */
    bool pairwise;       /* S_ASSIGN `a, b = x, y`: each value to its target,
                            no tuple built */
    union {
        struct { Expr *value; } expr;
        struct { PtrVec targets; Expr *value; bool is_let, is_const; } assign;
        struct { Expr *target; Op op; Expr *value; } augassign;
        struct { Expr *target, *annotation, *value; bool is_const; } annassign;
        struct { Expr *test; PtrVec body, orelse; bool is_elif; } if_;
        struct { Expr *test; PtrVec body, orelse; } while_;
        struct {
            Expr *target, *iter;
            PtrVec body, orelse;
            bool is_async;
            /* a generator expression's loop over its first iterable (.0):
             * that iterable as written, evaluated outside (sema_genexp) */
            Expr *outer_iter;
        } for_;
        struct { Expr *value; } ret;
        struct {
            const char *name;
            PtrVec params; /* Param* */
            Expr *returns;
            PtrVec body, decorators;
            bool is_async;
            bool is_generator; /* its body (not a nested def's) has a yield */
        } funcdef;
        struct {
            const char *name;
            PtrVec bases, keywords, body, decorators;
        } classdef;
        struct { PtrVec body, handlers, orelse, finalbody; } try_;
        struct {
            Expr *exc, *cause;
            /* api_units.c: the import this raise stands for, of a module
             * that is not there, under a try catching ImportError: it
             * raises ModuleNotFoundError when it runs, as CPython's would;
             * transpiled.py writes the import */
            struct Stmt *import;
        } raise;
        struct { PtrVec names; } names;
        struct { PtrVec targets; } del;
        struct { Expr *test, *msg; } assert_;
        struct { PtrVec items, body; bool is_async; } with;
        struct { Expr *subject; PtrVec cases; } match;
        /* behind a pointer (stmt_new allocates it): the largest member,
         * rare, and without it a statement is 16 bytes smaller */
        struct ImportStmt {
            const char *module;
            int level;
            PtrVec aliases;
            int mline, mcol; /* the module name's */
            /* a relative import's module as an absolute name ("pkg.util"),
             * resolved against the importing file's package when the
             * program's files are loaded (api_units.c); NULL otherwise */
            const char *absolute;
            /* sema: the program's modules it runs first (Unit*, in order),
             * and the variables it assigns (Symbol* pairs: the module's
             * global, then the name it is imported as) */
            PtrVec loads, copies;
            /* put there by api_units.c, not written: the module a builtin
             * written in the language needs (open: io), which
             * transpiled.py leaves to CPython's builtins */
            bool implicit;
            /* api_units.c: `from typing import NamedTuple [as N]` is
             * collections._NamedTuple here (a class statement deriving
             * from it is a named tuple); transpiled.py writes it as the
             * program did */
            bool typing_named_tuple;
        } *import;
    } u;
};
_Static_assert(sizeof(void *) != 8 || sizeof(Stmt) == 128, "Stmt: eight 16-byte arena granules");

typedef enum PatternKind {
    P_VALUE,     /* value: a literal, negative number or dotted name */
    P_SINGLETON, /* value: E_NONE or E_BOOL */
    P_CAPTURE,   /* name */
    P_WILDCARD,  /* _ */
    P_SEQUENCE,  /* patterns (Pattern*), is_tuple_syntax */
    P_STAR,      /* name (NULL for *_) */
    P_MAPPING,   /* keys (Expr*), patterns, rest (name of **rest or NULL) */
    P_CLASS,     /* cls (Expr*), patterns (positional), kw_names
                    (const char*), kw_patterns */
    P_OR,        /* patterns */
    P_AS,        /* pattern (inner), name */
} PatternKind;

struct Pattern {
    PatternKind kind;
    int line, col;
    Expr *value;          /* P_VALUE, P_SINGLETON */
    Expr *cls;            /* P_CLASS */
    const char *name;     /* P_CAPTURE, P_STAR, P_AS; P_MAPPING's rest */
    Pattern *pattern;     /* P_AS */
    PtrVec patterns;      /* P_SEQUENCE, P_OR, P_CLASS positional, P_MAPPING */
    PtrVec keys;          /* P_MAPPING */
    PtrVec kw_names, kw_patterns; /* P_CLASS */
    bool is_tuple_syntax; /* P_SEQUENCE written with ( ) rather than [ ] */
    struct Symbol *sym;   /* P_CAPTURE, P_AS, P_STAR with a name: the
                             variable it binds (sema) */
};

/* The nodes of top-level statements come in chunks of TREE_CHUNK_STMTS
 * statements, each in an arena of its own (a child of the compile's), so
 * that the back end can free a chunk once it has lowered the statements
 * in it: a 200,000-line program's tree is most of the compiler's memory.
 * Names, string texts and sema's records are in the compile's arena. A
 * chunk is kept when it holds what is read after its statement has been
 * lowered: a class, an import, a lambda, a comprehension, a yield or
 * await, a const (sema's Function, ClassInfo and Symbol records point
 * into those), or the module's first statement (its docstring). A def's
 * header (the statement, its parameters, defaults and annotations) is in
 * the compile's arena, its body in the chunk's bodies arena (the
 * decorated def's in the chunk), freed once every function made of the
 * chunk's defs is lowered, before the top level is (unless a body holds a
 * nested def or what keeps a chunk: bodies_kept). 512
 * statements: a chunk's last arena block is partly empty (64 KB blocks),
 * which at 128 statements of `v = i + 1` (77 KB) cost more than freeing
 * saved; the back end lowers the top level 256 statements at a time. */
enum { TREE_CHUNK_STMTS = 512 };
typedef struct TreeChunk {
    Arena *arena;
    int stmts;   /* top-level statements in it */
    int lowered; /* of those, the ones lowered so far (back end) */
    bool kept;
    /* the bodies of its top-level defs, and sema's records of their nodes:
     * a 200,000-line file's def bodies would otherwise wait for the top
     * level's lowering while every function's text is made */
    Arena *bodies;
    int body_funcs;     /* functions of its defs still to lower (back end) */
    bool bodies_kept;   /* a body holds a nested def, a lambda ...: kept */
} TreeChunk;

typedef struct Module {
    PtrVec body; /* Stmt* */
    PtrVec tree_chunks; /* TreeChunk*, in order */
    /* every identifier the module uses as a name (a value to it: no key
     * is looked up but by name), or those of them in the compile's
     * watched_names: which builtins written in the language it may reach
     * (api_units.c) */
    StrMap names;
} Module;

/* Constructors used by the parser (arena-allocated, zeroed). */
Expr *expr_new(Arena *a, ExprKind kind, int line, int col);
Stmt *stmt_new(Arena *a, StmtKind kind, int line, int col);
Pattern *pattern_new(Arena *a, PatternKind kind, int line, int col);
/* Nodes a later stage builds when it rewrites a construct into plain
 * code (sema's with, print(file=), map()): a name, obj.name, f(args) (n
 * of them, pushed), and a str literal (text NUL-terminated). */
Expr *expr_name(Arena *a, const char *name, int line, int col);
Expr *expr_attr(Arena *a, Expr *value, const char *name, int line, int col);
Expr *expr_call(Arena *a, Expr *func, int n, Expr *const *args, int line, int col);
Expr *expr_text(Arena *a, const char *text, int line, int col);
/* Make e an E_INT for the decimal digits `text` (an optional leading '-'
 * allowed): the value is parsed here, once, for every later stage. */
void expr_set_int(Expr *e, const char *text);

/* Dump the tree as an S-expression, one node per line with indentation;
 * used by tests of the parser and by `multilingual check --dump-ast`. */
struct Buf;
void ast_dump(const Module *m, struct Buf *out);
/* The docstring of a module's, def's or class's body (its first statement
 * a string), or NULL. */
const Expr *ast_docstring(const PtrVec *body);

#endif
