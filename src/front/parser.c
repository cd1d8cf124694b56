/* The parser, part 1: token helpers, error handling and recovery, and the
 * statements. Expressions are in parse_expr.c, match patterns in
 * parse_pattern.c, f-strings in parse_fstring.c.
 *
 * A recursive-descent parser: above each parse function, the grammar rule
 * it accepts, with Python 3.11's rule names where they fit. Notation, as in
 * Python's grammar: 'x' a keyword or operator, [x] optional, x* zero or
 * more, x+ one or more, !x "not followed by x", NAME NUMBER STRING ... the
 * tokens. Keywords are written in English; each language has its own
 * spellings, which the lexer maps to the same concept (KW_COND_IF for 'if',
 * `si`, `もし`, ...), so the grammar is the same in all 17. */
#include "parser_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* Tokens                                                              */
/* ------------------------------------------------------------------ */

bool p_accept_op(Parser *P, Op op) {
    if (!p_at_op(P, op)) return false;
    p_advance(P);
    return true;
}

bool p_accept_kw(Parser *P, Concept c) {
    if (!p_at_kw(P, c)) return false;
    p_advance(P);
    return true;
}

const Token *p_expect_op(Parser *P, Op op) {
    const Token *t = p_peek(P);
    if (tok_is_op(t, op)) return p_advance(P);
    if (op == OP_COLON || op == OP_ASSIGN || op == OP_LPAREN) p_error(P, t, "expected '%s'", op_text(op));
    p_syntax_error(P, t);
}

const char *p_spelling(const Parser *P, Concept c) {
    const char *s = P->c->lang ? P->c->lang->canonical[c] : NULL;
    if (!s) s = lang_find("en")->canonical[c];
    return s ? s : "?";
}

bool tok_is_soft_kw(const Token *t) {
    if (t->kind != TK_KEYWORD) return false;
    if (t->soft) return true;
    switch (t->concept) {
    case KW_MATCH: case KW_CASE: case KW_DEFAULT: case KW_LET: case KW_CONST: return true;
    default: return false;
    }
}

bool tok_is_name(const Token *t) { return t->kind == TK_NAME || tok_is_soft_kw(t); }

const char *tok_name(const Token *t) {
    if (t->kind == TK_NAME && t->name) return t->name;
    if (t->kind == TK_KEYWORD && t->soft) return t->text; /* fn as a name is fn */
    /* a soft keyword used as a name is that name in every language (an
     * English spelling): `max(xs, 默认=0)` passes default=, and a
     * program and its translation name the same variable */
    if (tok_is_soft_kw(t) && t->text) {
        const LangPack *en = lang_find("en");
        const char *spelling = en->canonical[t->concept];
        if (spelling && lang_keyword(en, t->text, strlen(t->text)) != t->concept) return spelling;
    }
    return t->text ? t->text : "";
}

const Token *p_expect_name(Parser *P) {
    const Token *t = p_peek(P);
    if (!tok_is_name(t)) p_syntax_error(P, t);
    return p_advance(P);
}

/* ------------------------------------------------------------------ */
/* Errors                                                              */
/* ------------------------------------------------------------------ */

static void p_vreport(Parser *P, int line, int col, const char *fmt, va_list ap) {
    if (P->shared->stop) return;
    /* fmt is English, tested before it is translated */
    bool prefix = P->in_fstring && strncmp(fmt, "f-string", 8) != 0;
    const char *tr = diag_tr(P->c, fmt);
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, tr, ap2);
    va_end(ap2);
    char *msg = arena_alloc(P->c->arena, (size_t)n + 1);
    vsnprintf(msg, (size_t)n + 1, tr, ap);
    if (prefix)
        diag_error(P->c, line, col, "f-string: %s", msg);
    else
        diag_error(P->c, line, col, "%s", msg);
    if (++P->shared->errors >= PARSE_MAX_ERRORS) P->shared->stop = true;
}

/* Report without unwinding. */
void p_report(Parser *P, int line, int col, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    p_vreport(P, line, col, fmt, ap);
    va_end(ap);
}

_Noreturn void p_abort(Parser *P) {
    if (++P->shared->errors >= PARSE_MAX_ERRORS) P->shared->stop = true;
    longjmp(*P->jb, 1);
}

_Noreturn void p_error_at(Parser *P, int line, int col, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    p_vreport(P, line, col, fmt, ap);
    va_end(ap);
    longjmp(*P->jb, 1);
}

_Noreturn void p_error(Parser *P, const Token *t, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    p_vreport(P, t->line, t->col, fmt, ap);
    va_end(ap);
    longjmp(*P->jb, 1);
}

static char closer_char(Op op) {
    switch (op) {
    case OP_LPAREN: return '(';
    case OP_RPAREN: return ')';
    case OP_LBRACKET: return '[';
    case OP_RBRACKET: return ']';
    case OP_LBRACE: return '{';
    case OP_RBRACE: return '}';
    default: return '?';
    }
}

static Op closer_of(Op open) {
    return open == OP_LPAREN ? OP_RPAREN : open == OP_LBRACKET ? OP_RBRACKET : OP_RBRACE;
}

static bool tok_starts_operand(const Token *t) {
    switch (t->kind) {
    case TK_NAME: case TK_INT: case TK_FLOAT: case TK_IMAG: case TK_STRING: case TK_BYTES: case TK_FSTRING:
        return true;
    case TK_KEYWORD:
        return t->concept == KW_TRUE || t->concept == KW_FALSE || t->concept == KW_NONE;
    default: return false;
    }
}

/* The first language (in pack order, other than the program's) in which
 * the name w is a keyword, or NULL; *concept gets the keyword. English only
 * when only_english. */
static const LangPack *keyword_elsewhere(const Parser *P, const Token *w, bool only_english, Concept *concept) {
    const LangPack *here = P->c->lang;
    if (!here || w->kind != TK_NAME) return NULL;
    for (int i = 0; i < lang_count(); i++) {
        const LangPack *other = lang_at(i);
        if (other == here || (only_english && strcmp(other->code, "en") != 0)) continue;
        *concept = lang_keyword(other, w->text, strlen(w->text));
        if (*concept != CONCEPT_NONE) return other;
    }
    return NULL;
}

static bool starts_statement(const Parser *P, const Token *w) {
    if (w == P->toks) return true;
    TokKind k = w[-1].kind;
    return k == TK_NEWLINE || k == TK_INDENT || k == TK_DEDENT;
}

static const char *hint_text(Parser *P, const Token *w, const LangPack *other, Concept c) {
    const LangPack *here = P->c->lang;
    const char *mine = here->canonical[c];
    if (!mine) return arena_printf(P->c->arena, diag_tr(P->c, "'%s' is a keyword in %s, not in %s"), w->text, other->name, here->name);
    return arena_printf(P->c->arena, diag_tr(P->c, "'%s' is a keyword in %s; in %s write '%s'"), w->text, other->name, here->name,
                        mine);
}

/* A name next to a syntax error that is a keyword of another language is
 * most likely that keyword written in the wrong language: the hint names
 * the language and the spelling this program needs. Short words are
 * keywords somewhere (`of` is Dutch for `or`, `i` Swedish for `in`), so
 * the hint is given only where the guess is strong: an English keyword in
 * a program of another language (`pour x in ...`), or a keyword of any
 * language starting a statement (`si x > 0:` read as English). NULL when
 * there is none. */
static const char *foreign_keyword_hint(Parser *P, const Token *t) {
    const Token *cands[2] = {t, t > P->toks ? t - 1 : NULL};
    for (int k = 0; k < 2; k++) {
        const Token *w = cands[k];
        if (!w) continue;
        Concept c;
        const LangPack *other = keyword_elsewhere(P, w, !starts_statement(P, w), &c);
        if (other) return hint_text(P, w, other, c);
    }
    return NULL;
}

_Noreturn void p_syntax_error(Parser *P, const Token *t) {
    if (t->kind == TK_INDENT) {
        const Token *nx = t + 1 < P->toks + P->n ? t + 1 : t;
        p_error(P, nx, "unexpected indent");
    }
    if (t->kind == TK_EOF && P->parens > 0) {
        const Token *o = P->open_toks[P->parens - 1];
        p_error(P, o, "'%c' was never closed", closer_char(o->op));
    }
    if (t->kind == TK_OP && (t->op == OP_RPAREN || t->op == OP_RBRACKET || t->op == OP_RBRACE)) {
        if (P->parens == 0) p_error(P, t, "unmatched '%c'", closer_char(t->op));
        const Token *o = P->open_toks[P->parens - 1];
        if (closer_of(o->op) != t->op)
            p_error(P, t, "closing parenthesis '%c' does not match opening parenthesis '%c'",
                    closer_char(t->op), closer_char(o->op));
    }
    if ((P->parens > 0 || P->in_fstring) && tok_starts_operand(t) && t > P->toks && tok_starts_operand(t - 1))
        p_error(P, t, "invalid syntax. Perhaps you forgot a comma?");
    const char *hint = foreign_keyword_hint(P, t);
    if (hint) p_error(P, t, "invalid syntax: %s", hint);
    p_error(P, t, "invalid syntax");
}

void p_enter(Parser *P, const Token *t) {
    if (++P->depth > PARSE_MAX_DEPTH) p_error(P, t, "too many nested expressions or blocks");
}

void p_open_bracket(Parser *P, const Token *t) {
    if (P->parens >= PARSE_MAX_PARENS) p_error(P, t, "too many nested parentheses");
    P->open_toks[P->parens++] = t;
}

void p_expect_close(Parser *P, const Token *open, Op close) {
    const Token *t = p_peek(P);
    if (tok_is_op(t, close)) {
        p_advance(P);
        p_close_bracket(P);
        return;
    }
    if (t->kind == TK_EOF || t->kind == TK_NEWLINE)
        p_error(P, open, "'%c' was never closed", closer_char(open->op));
    p_syntax_error(P, t);
}

/* ------------------------------------------------------------------ */
/* Recovery                                                            */
/* ------------------------------------------------------------------ */

/* Skip an indented block starting at the INDENT at index i; returns the
 * index after its DEDENT. */
int p_skip_block(const Parser *P, int i) {
    int level = 0;
    while (i < P->n - 1) {
        TokKind k = P->toks[i].kind;
        i++;
        if (k == TK_INDENT) level++;
        else if (k == TK_DEDENT && --level <= 0) break;
    }
    return i;
}

/* After an error in the statement that started at start: continue after
 * the end of its logical line (and the block that follows it). */
static void resync(Parser *P, int start) {
    if (P->shared->stop) {
        P->pos = P->n - 1;
        return;
    }
    int i = P->pos;
    if (i < start) i = start;
    while (i < P->n - 1) {
        TokKind k = P->toks[i].kind;
        if (k == TK_NEWLINE) {
            i++;
            if (P->toks[i].kind == TK_INDENT) i = p_skip_block(P, i);
            break;
        }
        if (k == TK_INDENT) {
            i = p_skip_block(P, i);
            break;
        }
        if (k == TK_DEDENT) break;
        i++;
    }
    if (i <= start && start < P->n - 1) i = start + 1;
    P->pos = i;
}

/* Run fn as one statement: on a syntax error, skip the rest of it. */
void p_guarded(Parser *P, ParseFn fn, PtrVec *out) {
    jmp_buf jb;
    jmp_buf *saved = P->jb;
    int start = P->pos, depth = P->depth, parens = P->parens;
    P->jb = &jb;
    if (setjmp(jb) == 0) {
        fn(P, out);
    } else {
        P->depth = depth;
        P->parens = parens;
        resync(P, start);
    }
    P->jb = saved;
}

/* ------------------------------------------------------------------ */
/* Statements                                                          */
/* ------------------------------------------------------------------ */

static void parse_statement(Parser *P, PtrVec *out);
static void parse_simple_stmts(Parser *P, PtrVec *out);

static void push(Parser *P, PtrVec *v, void *item) { ptrvec_push(P->a, v, item); }

static Stmt *new_stmt(Parser *P, StmtKind k, const Token *t) {
    if (k == S_CLASSDEF || k == S_IMPORT || k == S_IMPORT_FROM)
        P->shared->kept = true; /* sema's records point into it (see TreeChunk) */
    return stmt_new(P->a, k, t->line, t->col);
}

static bool at_stmt_end(const Parser *P) {
    const Token *t = p_peek(P);
    return t->kind == TK_NEWLINE || t->kind == TK_EOF || tok_is_op(t, OP_SEMI);
}

const char *p_stmt_what(Parser *P, const Token *kw) {
    return arena_printf(P->c->arena, diag_tr(P->c, "'%s' statement"), kw->text ? kw->text : "?");
}

/* A statement of the module's top level: its nodes go to the current
 * chunk's arena (a new chunk every TREE_CHUNK_STMTS statements), the
 * statement to body (in the compile's arena, as the body outlives chunks). */
static void parse_top_statement(Parser *P, PtrVec *body) {
    ParseShared *sh = P->shared;
    Module *m = sh->module;
    TreeChunk *ch = sh->chunk;
    if (!ch || ch->stmts >= TREE_CHUNK_STMTS) {
        ch = arena_alloc(P->c->arena, sizeof *ch);
        ch->arena = arena_child(P->c->arena);
        ch->kept = m->tree_chunks.len == 0; /* the module's docstring is read last */
        ptrvec_push(P->c->arena, &m->tree_chunks, ch);
        sh->chunk = ch;
    }
    PtrVec stmts = {0};
    sh->kept = false;
    sh->top_def = tok_is_kw(p_peek(P), KW_FUNC_DEF);
    P->a = ch->arena;
    p_guarded(P, parse_statement, &stmts);
    P->a = P->c->arena;
    ch->kept |= sh->kept;
    for (int i = 0; i < stmts.len; i++) {
        Stmt *st = stmts.items[i];
        st->tree_chunk = m->tree_chunks.len;
        ch->stmts++;
        ptrvec_push_alone(P->c->arena, body, st);
    }
}

/* statements: statement* -- up to DEDENT or EOF; blank NEWLINEs are skipped,
 * an unexpected INDENT is reported and its block skipped. */
static void parse_stmt_list(Parser *P, PtrVec *body) {
    for (;;) {
        if (P->shared->stop) {
            P->pos = P->n - 1;
            return;
        }
        const Token *t = p_peek(P);
        if (t->kind == TK_EOF || t->kind == TK_DEDENT) return;
        if (t->kind == TK_NEWLINE) {
            p_advance(P);
            continue;
        }
        if (t->kind == TK_INDENT) {
            const Token *nx = p_peek_at(P, 1);
            p_report(P, nx->line, nx->col, "unexpected indent");
            P->pos = p_skip_block(P, P->pos);
            continue;
        }
        if (body == &P->shared->module->body) parse_top_statement(P, body);
        else p_guarded(P, parse_statement, body);
    }
}

/* block: ':' NEWLINE INDENT statements DEDENT | ':' simple_stmts
 * kw and what name the construct for "expected an indented block after
 * <what> on line N". */
void parse_block(Parser *P, const Token *kw, const char *what, PtrVec *body) {
    p_expect_op(P, OP_COLON);
    const Token *t = p_peek(P);
    if (t->kind != TK_NEWLINE) {
        if (t->kind == TK_EOF)
            p_error(P, t, "expected an indented block after %s on line %d", what, kw->line);
        parse_simple_stmts(P, body);
        return;
    }
    p_advance(P);
    t = p_peek(P);
    if (t->kind != TK_INDENT)
        p_error(P, t, "expected an indented block after %s on line %d", what, kw->line);
    p_advance(P);
    p_enter(P, kw);
    parse_stmt_list(P, body);
    p_leave(P);
    if (p_peek(P)->kind == TK_DEDENT) p_advance(P);
}

Op p_augassign_op(const Token *t) {
    if (t->kind != TK_OP) return OP_NONE;
    switch (t->op) {
    case OP_PLUS_ASSIGN: return OP_PLUS;
    case OP_MINUS_ASSIGN: return OP_MINUS;
    case OP_STAR_ASSIGN: return OP_STAR;
    case OP_SLASH_ASSIGN: return OP_SLASH;
    case OP_DSLASH_ASSIGN: return OP_DSLASH;
    case OP_PERCENT_ASSIGN: return OP_PERCENT;
    case OP_DSTAR_ASSIGN: return OP_DSTAR;
    case OP_AMP_ASSIGN: return OP_AMP;
    case OP_PIPE_ASSIGN: return OP_PIPE;
    case OP_CARET_ASSIGN: return OP_CARET;
    case OP_LSHIFT_ASSIGN: return OP_LSHIFT;
    case OP_RSHIFT_ASSIGN: return OP_RSHIFT;
    case OP_AT_ASSIGN: return OP_AT;
    default: return OP_NONE;
    }
}

static const char *aug_what(const Expr *e) {
    switch (e->kind) {
    case E_INT: case E_FLOAT: case E_IMAG: case E_STR: case E_BYTES: case E_BOOL: case E_NONE:
    case E_ELLIPSIS:
        return "literal";
    case E_FSTRING: return "f-string expression";
    case E_TUPLE: return "tuple";
    case E_LIST: return "list";
    case E_CALL: return "function call";
    case E_COMPARE: return "comparison";
    case E_LAMBDA: return "lambda";
    case E_STARRED: return "starred";
    default: return "expression";
    }
}

/* rhs: yield_expr | star_expressions    (a lone starred value is refused) */
static Expr *parse_rhs(Parser *P) {
    Expr *v = p_at_kw(P, KW_YIELD) ? parse_yield_expr(P) : parse_star_expressions(P);
    if (v->kind == E_STARRED) p_error_at(P, v->line, v->col, "can't use starred expression here");
    return v;
}

/* An annotated target is a single NAME, attribute or subscript. */
static void check_ann_target(Parser *P, Expr *e) {
    if (e->kind == E_TUPLE)
        p_error_at(P, e->line, e->col, "only single target (not tuple) can be annotated");
    if (e->kind == E_LIST)
        p_error_at(P, e->line, e->col, "only single target (not list) can be annotated");
    if (e->kind != E_NAME && e->kind != E_ATTR && e->kind != E_SUBSCRIPT)
        p_error_at(P, e->line, e->col, "illegal target for annotation");
}

/* expression_stmt_or_assignment, after an optional 'let' (let_tok: the LET
 * keyword, which then requires '='):
 *   annotated:   single_target ':' expression ['=' rhs]
 *   assignment:  (star_targets '=')+ rhs
 *   augmented:   single_target augassign rhs       augassign: '+=' | '-=' | ...
 *   expression:  yield_expr | star_expressions
 * The left side is parsed as an expression, then checked as a target, so
 * that the error can say what it is ("cannot assign to literal"). */
static void parse_expr_stmt(Parser *P, PtrVec *out, const Token *let_tok) {
    const Token *t0 = let_tok ? let_tok : p_peek(P);
    Expr *first = p_at_kw(P, KW_YIELD) ? parse_yield_expr(P) : parse_star_expressions(P);
    const Token *t = p_peek(P);
    if (tok_is_op(t, OP_COLON)) {
        p_advance(P);
        check_ann_target(P, first);
        Stmt *s = new_stmt(P, S_ANNASSIGN, t0);
        s->u.annassign.target = first;
        s->u.annassign.annotation = parse_expression(P);
        if (p_accept_op(P, OP_ASSIGN)) s->u.annassign.value = parse_rhs(P);
        push(P, out, s);
        return;
    }
    if (tok_is_op(t, OP_ASSIGN)) {
        Stmt *s = new_stmt(P, S_ASSIGN, t0);
        s->u.assign.is_let = let_tok != NULL;
        Expr *value = first;
        while (p_accept_op(P, OP_ASSIGN)) {
            if (value->kind == E_STARRED)
                p_error_at(P, value->line, value->col,
                           "starred assignment target must be in a list or tuple");
            check_target(P, value, false);
            push(P, &s->u.assign.targets, value);
            value = parse_rhs(P);
        }
        s->u.assign.value = value;
        push(P, out, s);
        return;
    }
    if (let_tok) p_error(P, t, "expected '='");
    Op aug = p_augassign_op(t);
    if (aug != OP_NONE) {
        if (first->kind != E_NAME && first->kind != E_ATTR && first->kind != E_SUBSCRIPT)
            p_error_at(P, first->line, first->col,
                       "'%s' is an illegal expression for augmented assignment", aug_what(first));
        p_advance(P);
        Stmt *s = new_stmt(P, S_AUGASSIGN, t0);
        s->u.augassign.target = first;
        s->u.augassign.op = aug;
        s->u.augassign.value = parse_rhs(P);
        push(P, out, s);
        return;
    }
    if (first->kind == E_STARRED)
        p_error_at(P, first->line, first->col, "can't use starred expression here");
    Stmt *s = new_stmt(P, S_EXPR, t0);
    s->u.expr.value = first;
    push(P, out, s);
}

/* const_stmt: 'const' NAME [':' expression] '=' rhs    (a multilingual extra) */
static void parse_const(Parser *P, PtrVec *out) {
    const Token *kw = p_advance(P);
    const Token *nt = p_expect_name(P);
    Expr *target = new_name(P, nt);
    if (p_accept_op(P, OP_COLON)) {
        Stmt *s = new_stmt(P, S_ANNASSIGN, kw);
        s->u.annassign.is_const = true;
        P->shared->kept = true; /* Symbol.const_target */
        s->u.annassign.target = target;
        s->u.annassign.annotation = parse_expression(P);
        p_expect_op(P, OP_ASSIGN);
        s->u.annassign.value = parse_rhs(P);
        push(P, out, s);
        return;
    }
    p_expect_op(P, OP_ASSIGN);
    Stmt *s = new_stmt(P, S_ASSIGN, kw);
    s->u.assign.is_const = true;
    P->shared->kept = true; /* Symbol.const_target */
    push(P, &s->u.assign.targets, target);
    s->u.assign.value = parse_rhs(P);
    push(P, out, s);
}

/* Is the LET/CONST keyword at the current position a statement keyword
 * (followed by a target) rather than a name such as `var = 1`? */
static bool decl_keyword_here(const Parser *P) {
    const Token *nx = p_peek_at(P, 1);
    if (tok_is_name(nx)) return true;
    return tok_is_op(nx, OP_LPAREN) || tok_is_op(nx, OP_LBRACKET) || tok_is_op(nx, OP_STAR);
}

/* dotted_name: NAME ('.' NAME)* */
static const char *dotted_name(Parser *P) {
    const Token *t = p_expect_name(P);
    const char *name = tok_name(t);
    while (p_at_op(P, OP_DOT)) {
        p_advance(P);
        const Token *n = p_expect_name(P);
        name = arena_printf(P->c->arena, "%s.%s", name, tok_name(n));
    }
    return name;
}

/* The alias of an imported name: name ['as' NAME]. */
static Alias *new_alias(Parser *P, const Token *at, const char *name) {
    Alias *al = arena_alloc(P->a, sizeof *al);
    al->name = name;
    al->line = at->line;
    al->col = at->col;
    if (p_accept_kw(P, KW_AS)) al->asname = tok_name(p_expect_name(P));
    return al;
}

/* import_name: 'import' dotted_name ['as' NAME] (',' dotted_name ['as' NAME])* */
static void parse_import(Parser *P, PtrVec *out) {
    const Token *kw = p_advance(P);
    Stmt *s = new_stmt(P, S_IMPORT, kw);
    do {
        const Token *at = p_peek(P);
        push(P, &s->u.import->aliases, new_alias(P, at, dotted_name(P)));
    } while (p_accept_op(P, OP_COMMA));
    push(P, out, s);
}

/* import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
 *            | 'from' ('.' | '...')+ 'import' import_from_targets
 * import_from_targets: '(' NAME ['as' NAME] (',' NAME ['as' NAME])* [','] ')'
 *                    | NAME ['as' NAME] (',' NAME ['as' NAME])*    (no trailing ',')
 *                    | '*' */
static void parse_from_import(Parser *P, PtrVec *out) {
    const Token *kw = p_advance(P);
    Stmt *s = new_stmt(P, S_IMPORT_FROM, kw);
    int level = 0;
    for (;;) {
        if (p_accept_op(P, OP_DOT)) level++;
        else if (p_accept_op(P, OP_ELLIPSIS)) level += 3;
        else break;
    }
    s->u.import->mline = p_peek(P)->line;
    s->u.import->mcol = p_peek(P)->col;
    if (!p_at_kw(P, KW_IMPORT) || level == 0) s->u.import->module = dotted_name(P);
    s->u.import->level = level;
    if (!p_at_kw(P, KW_IMPORT)) p_syntax_error(P, p_peek(P));
    p_advance(P);
    const Token *t = p_peek(P);
    if (tok_is_op(t, OP_STAR)) {
        p_advance(P);
        Alias *al = arena_alloc(P->a, sizeof *al);
        al->name = "*";
        al->line = t->line;
        al->col = t->col;
        push(P, &s->u.import->aliases, al);
    } else if (tok_is_op(t, OP_LPAREN)) {
        p_advance(P);
        p_open_bracket(P, t);
        do {
            if (p_at_op(P, OP_RPAREN) && s->u.import->aliases.len > 0) break;
            const Token *at = p_peek(P);
            push(P, &s->u.import->aliases, new_alias(P, at, tok_name(p_expect_name(P))));
        } while (p_accept_op(P, OP_COMMA));
        p_expect_close(P, t, OP_RPAREN);
    } else {
        for (;;) {
            const Token *at = p_peek(P);
            push(P, &s->u.import->aliases, new_alias(P, at, tok_name(p_expect_name(P))));
            const Token *c = p_peek(P);
            if (!p_accept_op(P, OP_COMMA)) break;
            if (at_stmt_end(P))
                p_error(P, c, "trailing comma not allowed without surrounding parentheses");
        }
    }
    push(P, out, s);
}

/* global_stmt:   'global' NAME (',' NAME)*
 * nonlocal_stmt: 'nonlocal' NAME (',' NAME)*      (kind tells which) */
static void parse_names_stmt(Parser *P, PtrVec *out, StmtKind kind) {
    const Token *kw = p_advance(P);
    Stmt *s = new_stmt(P, kind, kw);
    do {
        push(P, &s->u.names.names, (void *)tok_name(p_expect_name(P)));
    } while (p_accept_op(P, OP_COMMA));
    push(P, out, s);
}

/* Can t start one more del target? (`del a, b,` may end with a comma.) */
static bool tok_starts_target(const Token *t) {
    if (tok_is_name(t)) return true;
    return tok_is_op(t, OP_LPAREN) || tok_is_op(t, OP_LBRACKET) || tok_is_op(t, OP_STAR);
}

/* simple_stmt: assignment | star_expressions | yield_expr | return_stmt
 *            | import_stmt | raise_stmt | 'pass' | del_stmt | assert_stmt
 *            | 'break' | 'continue' | global_stmt | nonlocal_stmt
 *            | let_stmt | const_stmt
 * return_stmt: 'return' [rhs]
 * raise_stmt:  'raise' [expression ['from' expression]]
 * del_stmt:    'del' del_target (',' del_target)* [',']     del_target: bitwise_or, checked
 * assert_stmt: 'assert' expression [',' expression]
 * let_stmt:    'let' assignment     (LET before a target; `let = 1` is a name) */
static void parse_simple_stmt(Parser *P, PtrVec *out) {
    const Token *t = p_peek(P);
    if (t->kind == TK_KEYWORD) {
        Stmt *s;
        switch (t->concept) {
        case KW_PASS:
            p_advance(P);
            push(P, out, new_stmt(P, S_PASS, t));
            return;
        case KW_LOOP_BREAK:
            p_advance(P);
            push(P, out, new_stmt(P, S_BREAK, t));
            return;
        case KW_LOOP_CONTINUE:
            p_advance(P);
            push(P, out, new_stmt(P, S_CONTINUE, t));
            return;
        case KW_RETURN:
            p_advance(P);
            s = new_stmt(P, S_RETURN, t);
            if (!at_stmt_end(P)) s->u.ret.value = parse_rhs(P);
            push(P, out, s);
            return;
        case KW_RAISE:
            p_advance(P);
            s = new_stmt(P, S_RAISE, t);
            if (!at_stmt_end(P)) {
                s->u.raise.exc = parse_expression(P);
                if (p_accept_kw(P, KW_FROM)) s->u.raise.cause = parse_expression(P);
            }
            push(P, out, s);
            return;
        case KW_GLOBAL: parse_names_stmt(P, out, S_GLOBAL); return;
        case KW_NONLOCAL: parse_names_stmt(P, out, S_NONLOCAL); return;
        case KW_DEL:
            p_advance(P);
            s = new_stmt(P, S_DEL, t);
            do {
                if (s->u.del.targets.len > 0 && !tok_starts_target(p_peek(P))) break;
                Expr *e = parse_bitwise_or(P);
                check_target(P, e, true);
                push(P, &s->u.del.targets, e);
            } while (p_accept_op(P, OP_COMMA));
            push(P, out, s);
            return;
        case KW_ASSERT:
            p_advance(P);
            s = new_stmt(P, S_ASSERT, t);
            s->u.assert_.test = parse_expression(P);
            if (p_accept_op(P, OP_COMMA)) s->u.assert_.msg = parse_expression(P);
            push(P, out, s);
            return;
        case KW_IMPORT: parse_import(P, out); return;
        case KW_FROM: parse_from_import(P, out); return;
        case KW_LET:
            if (decl_keyword_here(P)) {
                p_advance(P);
                parse_expr_stmt(P, out, t);
                return;
            }
            break;
        case KW_CONST:
            if (tok_is_name(p_peek_at(P, 1))) {
                parse_const(P, out);
                return;
            }
            break;
        default: break;
        }
    }
    parse_expr_stmt(P, out, NULL);
}

/* simple_stmts: simple_stmt (';' simple_stmt)* [';'] (NEWLINE | EOF) */
static void parse_simple_stmts(Parser *P, PtrVec *out) {
    for (;;) {
        parse_simple_stmt(P, out);
        if (!p_accept_op(P, OP_SEMI)) break;
        const Token *t = p_peek(P);
        if (t->kind == TK_NEWLINE || t->kind == TK_EOF) break;
    }
    const Token *t = p_peek(P);
    if (t->kind == TK_NEWLINE) p_advance(P);
    else if (t->kind != TK_EOF) p_syntax_error(P, t);
}

/* if_stmt: 'if' named_expression block ('elif' named_expression block)* [else_block]
 * 'else' 'if' is accepted as 'elif'. Built iteratively: a long elif chain
 * does not recurse. */
static Stmt *parse_if(Parser *P) {
    const Token *kw = p_advance(P);
    Stmt *top = new_stmt(P, S_IF, kw);
    top->u.if_.test = parse_named_expression(P);
    return parse_if_rest(P, kw, top);
}

/* An if statement once its first test is parsed: the block, then the
 * elif and else clauses. */
Stmt *parse_if_rest(Parser *P, const Token *kw, Stmt *top) {
    Stmt *cur = top;
    for (bool first = true;; first = false) {
        if (!first) cur->u.if_.test = parse_named_expression(P);
        parse_block(P, kw, p_stmt_what(P, kw), &cur->u.if_.body);
        const Token *t = p_peek(P);
        bool elif = tok_is_kw(t, KW_COND_ELIF);
        /* `else if` is accepted as `elif`. */
        if (!elif && tok_is_kw(t, KW_COND_ELSE) && tok_is_kw(p_peek_at(P, 1), KW_COND_IF)) {
            p_advance(P);
            t = p_peek(P);
            elif = true;
        }
        if (elif) {
            kw = p_advance(P);
            Stmt *e = new_stmt(P, S_IF, kw);
            e->u.if_.is_elif = true;
            push(P, &cur->u.if_.orelse, e);
            cur = e;
            continue;
        }
        if (tok_is_kw(t, KW_COND_ELSE)) {
            p_advance(P);
            parse_block(P, t, p_stmt_what(P, t), &cur->u.if_.orelse);
        }
        return top;
    }
}

/* else_block: ['else' block] */
void parse_else_block(Parser *P, PtrVec *orelse) {
    const Token *t = p_peek(P);
    if (tok_is_kw(t, KW_COND_ELSE)) {
        p_advance(P);
        parse_block(P, t, p_stmt_what(P, t), orelse);
    }
}

/* while_stmt: 'while' named_expression block [else_block] */
static Stmt *parse_while(Parser *P) {
    const Token *kw = p_advance(P);
    Stmt *s = new_stmt(P, S_WHILE, kw);
    s->u.while_.test = parse_named_expression(P);
    parse_block(P, kw, p_stmt_what(P, kw), &s->u.while_.body);
    parse_else_block(P, &s->u.while_.orelse);
    return s;
}

/* for_stmt: ['async'] 'for' star_targets 'in' star_expressions block [else_block]
 * async_tok: the 'async' before 'for', or NULL. */
static Stmt *parse_for(Parser *P, const Token *async_tok) {
    const Token *kw = p_advance(P);
    Stmt *s = new_stmt(P, S_FOR, async_tok ? async_tok : kw);
    s->u.for_.is_async = async_tok != NULL;
    Expr *target = parse_star_targets(P);
    if (target->kind == E_STARRED)
        p_error_at(P, target->line, target->col,
                   "starred assignment target must be in a list or tuple");
    check_target(P, target, false);
    s->u.for_.target = target;
    if (!p_accept_kw(P, KW_IN)) {
        const Token *t = p_peek(P);
        /* `pour x in ...`: say that `in` is another language's. */
        Concept c;
        const LangPack *other = keyword_elsewhere(P, t, false, &c);
        if (other && c == KW_IN) p_error(P, t, "invalid syntax: %s", hint_text(P, t, other, c));
        p_error(P, t, "expected '%s'", p_spelling(P, KW_IN));
    }
    s->u.for_.iter = parse_star_expressions(P);
    parse_block(P, kw, p_stmt_what(P, kw), &s->u.for_.body);
    parse_else_block(P, &s->u.for_.orelse);
    return s;
}

/* function_def: [decorators] ['async'] 'def' NAME '(' [params] ')' ['->' expression] block
 * decorators and async_tok (the 'async' before 'def') are parsed by the caller. */
static Stmt *parse_funcdef(Parser *P, PtrVec *decorators, const Token *async_tok) {
    const Token *kw = p_advance(P);
    /* The header (the statement, its parameters with their defaults and
     * annotations) goes to the compile's arena, the body to the chunk's:
     * sema's Function points at the header, which calls, function values,
     * the exports and the manifest read after the def's chunk is freed
     * (TreeChunk); the body is read only when the function is lowered,
     * before any top-level statement is. A top-level def's body goes to
     * its chunk's bodies arena, freed as soon as its function is lowered. */
    ParseShared *sh = P->shared;
    TreeChunk *ch = sh->top_def ? sh->chunk : NULL;
    sh->top_def = false;
    Arena *body_arena = P->a;
    P->a = P->c->arena;
    Stmt *s = new_stmt(P, S_FUNCDEF, async_tok ? async_tok : kw);
    s->u.funcdef.is_async = async_tok != NULL;
    s->u.funcdef.name = tok_name(p_expect_name(P));
    if (decorators) s->u.funcdef.decorators = *decorators;
    const Token *open = p_expect_op(P, OP_LPAREN);
    p_open_bracket(P, open);
    parse_params(P, false, &s->u.funcdef.params);
    p_expect_close(P, open, OP_RPAREN);
    if (p_accept_op(P, OP_ARROW)) s->u.funcdef.returns = parse_expression(P);
    P->a = body_arena;
    bool kept = sh->kept;
    int defs = ++sh->defs;
    if (ch) {
        if (!ch->bodies) ch->bodies = arena_child(P->c->arena);
        P->a = ch->bodies;
        sh->kept = false;
    }
    int yields = P->shared->yields;
    parse_block(P, kw, "function definition", &s->u.funcdef.body);
    if (ch) {
        ch->bodies_kept |= sh->kept || sh->defs != defs;
        sh->kept |= kept;
    }
    s->u.funcdef.is_generator = P->shared->yields != yields;
    P->shared->yields = yields; /* the yields of a nested def are its own */
    return s;
}

/* class_def: [decorators] 'class' NAME ['(' [arguments] ')'] block */
static Stmt *parse_classdef(Parser *P, PtrVec *decorators) {
    const Token *kw = p_advance(P);
    Stmt *s = new_stmt(P, S_CLASSDEF, kw);
    s->u.classdef.name = tok_name(p_expect_name(P));
    if (decorators) s->u.classdef.decorators = *decorators;
    const Token *open = p_peek(P);
    if (tok_is_op(open, OP_LPAREN)) {
        p_advance(P);
        p_open_bracket(P, open);
        parse_call_args(P, open, &s->u.classdef.bases, &s->u.classdef.keywords);
    }
    parse_block(P, kw, "class definition", &s->u.classdef.body);
    return s;
}

/* decorators: ('@' named_expression NEWLINE)+ then function_def | class_def */
static void parse_decorated(Parser *P, PtrVec *out) {
    PtrVec decorators = {0};
    while (p_at_op(P, OP_AT)) {
        p_advance(P);
        push(P, &decorators, parse_named_expression(P));
        const Token *t = p_peek(P);
        if (t->kind != TK_NEWLINE) p_syntax_error(P, t);
        p_advance(P);
    }
    const Token *t = p_peek(P);
    if (tok_is_kw(t, KW_FUNC_DEF)) {
        push(P, out, parse_funcdef(P, &decorators, NULL));
    } else if (tok_is_kw(t, KW_ASYNC) && tok_is_kw(p_peek_at(P, 1), KW_FUNC_DEF)) {
        p_advance(P);
        push(P, out, parse_funcdef(P, &decorators, t));
    } else if (tok_is_kw(t, KW_CLASS_DEF)) {
        push(P, out, parse_classdef(P, &decorators));
    } else {
        p_syntax_error(P, t);
    }
}

/* try_stmt: 'try' block finally_block
 *         | 'try' block except_block+ [else_block] [finally_block]
 * except_block:  'except' [expression ['as' NAME]] block     (a bare one comes last)
 * finally_block: 'finally' block
 * 'except*' (exception groups) is refused. */
static Stmt *parse_try(Parser *P) {
    const Token *kw = p_advance(P);
    Stmt *s = new_stmt(P, S_TRY, kw);
    parse_block(P, kw, p_stmt_what(P, kw), &s->u.try_.body);
    const Token *bare = NULL;
    while (p_at_kw(P, KW_EXCEPT)) {
        const Token *ekw = p_advance(P);
        if (bare) p_error(P, bare, "default 'except:' must be last");
        if (p_at_op(P, OP_STAR)) p_error(P, ekw, "'%s*' (exception groups) is not supported yet", ekw->text);
        ExceptHandler *h = arena_alloc(P->a, sizeof *h);
        h->line = ekw->line;
        h->col = ekw->col;
        if (p_at_op(P, OP_COLON)) {
            bare = ekw;
        } else {
            h->type = parse_expression(P);
            if (p_at_op(P, OP_COMMA))
                p_error_at(P, h->type->line, h->type->col,
                           "multiple exception types must be parenthesized");
            if (p_accept_kw(P, KW_AS)) h->name = tok_name(p_expect_name(P));
        }
        parse_block(P, ekw, p_stmt_what(P, ekw), &h->body);
        push(P, &s->u.try_.handlers, h);
    }
    if (s->u.try_.handlers.len > 0) parse_else_block(P, &s->u.try_.orelse);
    const Token *t = p_peek(P);
    if (tok_is_kw(t, KW_FINALLY)) {
        p_advance(P);
        parse_block(P, t, p_stmt_what(P, t), &s->u.try_.finalbody);
    } else if (s->u.try_.handlers.len == 0) {
        p_error(P, t, "expected 'except' or 'finally' block");
    }
    return s;
}

/* Index of the bracket closing the opener at index i, or -1. */
static int matching_close(const Parser *P, int i) {
    int depth = 0;
    for (; i < P->n; i++) {
        const Token *t = &P->toks[i];
        if (t->kind == TK_NEWLINE || t->kind == TK_EOF) return -1;
        if (t->kind != TK_OP) continue;
        if (t->op == OP_LPAREN || t->op == OP_LBRACKET || t->op == OP_LBRACE) depth++;
        else if (t->op == OP_RPAREN || t->op == OP_RBRACKET || t->op == OP_RBRACE) {
            if (--depth == 0) return i;
        }
    }
    return -1;
}

/* with_item: expression ['as' star_target] */
WithItem *parse_with_item(Parser *P) {
    WithItem *w = arena_alloc(P->a, sizeof *w);
    w->context = parse_expression(P);
    if (p_accept_kw(P, KW_AS)) {
        Expr *t = parse_star_target(P);
        check_target(P, t, false);
        w->target = t;
    }
    return w;
}

/* with_stmt: ['async'] 'with' '(' with_item (',' with_item)* [','] ')' block
 *          | ['async'] 'with' with_item (',' with_item)* block
 * A '(' opens the first form only when its ')' is followed by ':' and the
 * items parse as with_items; otherwise it starts an expression, as in
 * `with (a, b) as c:`. */
static Stmt *parse_with(Parser *P, const Token *async_tok) {
    const Token *kw = p_advance(P);
    Stmt *s = new_stmt(P, S_WITH, async_tok ? async_tok : kw);
    s->u.with.is_async = async_tok != NULL;
    const Token *open = p_peek(P);
    bool done = false;
    if (tok_is_op(open, OP_LPAREN)) {
        int close = matching_close(P, P->pos);
        if (close > 0 && tok_is_op(&P->toks[close + 1 < P->n ? close + 1 : close], OP_COLON)) {
            /* Parenthesized items, unless it turns out to be an expression
             * such as a generator or a tuple with starred items. */
            int save = P->pos;
            p_advance(P);
            p_open_bracket(P, open);
            PtrVec items = {0};
            bool ok = true;
            for (;;) {
                const Token *t = p_peek(P);
                if (tok_is_op(t, OP_STAR) || tok_is_kw(t, KW_YIELD)) {
                    ok = false;
                    break;
                }
                push(P, &items, parse_with_item(P));
                if (p_at_op(P, OP_RPAREN)) break;
                if (!p_accept_op(P, OP_COMMA)) {
                    ok = false;
                    break;
                }
                if (p_at_op(P, OP_RPAREN)) break;
            }
            if (ok) {
                p_expect_close(P, open, OP_RPAREN);
                s->u.with.items = items;
                done = true;
            } else {
                P->pos = save;
                p_close_bracket(P);
            }
        }
    }
    if (!done) {
        do {
            push(P, &s->u.with.items, parse_with_item(P));
        } while (p_accept_op(P, OP_COMMA));
    }
    parse_block(P, kw, p_stmt_what(P, kw), &s->u.with.body);
    return s;
}

/* A clause keyword that starts a statement belongs to a block that is not
 * there (or was closed by a dedent): say which one, in the program's
 * spelling, rather than "invalid syntax". */
_Noreturn static void misplaced_clause(Parser *P, const Token *t) {
    switch (t->concept) {
    case KW_COND_ELIF: p_error(P, t, "'%s' without a matching '%s'", t->text, p_spelling(P, KW_COND_IF));
    case KW_COND_ELSE:
        p_error(P, t, "'%s' without a matching '%s', '%s', '%s' or '%s'", t->text, p_spelling(P, KW_COND_IF),
                p_spelling(P, KW_LOOP_FOR), p_spelling(P, KW_LOOP_WHILE), p_spelling(P, KW_TRY));
    default: p_error(P, t, "'%s' without a matching '%s'", t->text, p_spelling(P, KW_TRY));
    }
}

/* statement: compound_stmt | simple_stmts
 * compound_stmt: function_def | if_stmt | class_def | with_stmt | for_stmt
 *              | try_stmt | while_stmt | match_stmt
 * (with their decorated and 'async' forms; a clause keyword such as 'else'
 * cannot start a statement). */
static void parse_statement(Parser *P, PtrVec *out) {
    const Token *t = p_peek(P);
    if (tok_is_op(t, OP_AT)) {
        parse_decorated(P, out);
        return;
    }
    if (t->kind == TK_KEYWORD) {
        switch (t->concept) {
        case KW_COND_ELIF: case KW_COND_ELSE: case KW_EXCEPT: case KW_FINALLY: misplaced_clause(P, t);
        case KW_COND_IF: push(P, out, parse_if(P)); return;
        case KW_LOOP_WHILE: push(P, out, parse_while(P)); return;
        case KW_LOOP_FOR: push(P, out, parse_for(P, NULL)); return;
        case KW_FUNC_DEF:
            if (tok_soft_def_is_name(t, p_peek_at(P, 1), p_peek_at(P, 2))) break; /* fn = ... */
            push(P, out, parse_funcdef(P, NULL, NULL));
            return;
        case KW_CLASS_DEF: push(P, out, parse_classdef(P, NULL)); return;
        case KW_TRY: push(P, out, parse_try(P)); return;
        case KW_WITH: push(P, out, parse_with(P, NULL)); return;
        case KW_ASYNC: {
            const Token *nx = p_peek_at(P, 1);
            p_advance(P);
            if (tok_is_kw(nx, KW_FUNC_DEF)) push(P, out, parse_funcdef(P, NULL, t));
            else if (tok_is_kw(nx, KW_LOOP_FOR)) push(P, out, parse_for(P, t));
            else if (tok_is_kw(nx, KW_WITH)) push(P, out, parse_with(P, t));
            else p_syntax_error(P, nx);
            return;
        }
        case KW_MATCH:
            if (looks_like_match(P)) {
                push(P, out, parse_match(P));
                return;
            }
            break;
        default: break;
        }
    }
    /* `range(5) para i:`: a header in another order of this language */
    Stmt *st = parse_surface_stmt(P);
    if (st) {
        push(P, out, st);
        return;
    }
    parse_simple_stmts(P, out);
}

/* ------------------------------------------------------------------ */
/* Module                                                              */
/* ------------------------------------------------------------------ */

/* Remove the diagnostics [from, to) of c's list: the parser's, when the
 * lexer, which has the first word, found errors after them. */
static void drop_diags(Compiler *c, int from, int to) {
    PtrVec *d = &c->diags;
    memmove(&d->items[from], &d->items[to], sizeof(void *) * (size_t)(d->len - to));
    d->len -= to - from;
}

/* Statements of the top level up to an EOF or a stray DEDENT, under a
 * guard of their own: an error escapes the statement guards only when
 * there are none. */
static void parse_top_level(Parser *P, PtrVec *body) {
    jmp_buf jb;
    P->jb = &jb;
    if (setjmp(jb) == 0) parse_stmt_list(P, body);
    P->jb = NULL;
}

/* file: [statements] EOF
 * The tokens are items[0..n), or, with a stream, the chunks it lexes into
 * window (more: the stream has more chunks), read a top-level statement at
 * a time. Lexical errors come first, as when the whole file is lexed
 * before it is parsed: once the stream reports one, the parser stops, its
 * own errors are dropped and the rest is lexed for more. */
static Module *parse_tokens(Compiler *c, const Token *items, int n, LexStream *stream, TokenList *window,
                            bool more) {
    Arena *a = c->arena;
    ParseShared shared = {0};
    Parser *P = arena_alloc(a, sizeof *P);
    P->c = c;
    P->a = a;
    P->toks = items;
    P->n = n;
    P->shared = &shared;
    Module *m = arena_alloc(a, sizeof *m);
    shared.names = &m->names;
    shared.module = m;
    int parse_start = c->diags.len;
    bool lex_failed = stream && lex_stream_errors(stream) > 0;
    while (!lex_failed) {
        parse_top_level(P, &m->body);
        if (shared.stop) break;
        if (p_peek(P)->kind != TK_EOF) {
            /* Stray DEDENTs at top level cannot happen with a well-formed
             * token stream; skip them and go on. */
            p_advance(P);
            continue;
        }
        if (!more) break;
        /* The end of a chunk: on to the next, keeping the token before
         * (p_end reads it). */
        int keep_from = P->pos > 0 ? P->pos - 1 : 0, before = c->diags.len;
        more = lex_stream_next(stream, keep_from);
        P->toks = window->items;
        P->n = window->len;
        P->pos -= keep_from;
        if (lex_stream_errors(stream) > 0) {
            drop_diags(c, parse_start, before);
            lex_failed = true;
        }
    }
    while (more) { /* the parser stopped early: the rest may have lexical errors */
        int before = c->diags.len;
        more = lex_stream_next(stream, window->len);
        if (!lex_failed && lex_stream_errors(stream) > 0) {
            drop_diags(c, parse_start, before);
            lex_failed = true;
        }
    }
    if (lex_failed || shared.errors > 0 || diag_has_errors(c)) return NULL;
    return m;
}

Module *parse_module(Compiler *c, const TokenList *toks) {
    const Token *items = toks->items;
    int n = toks->len;
    if (n <= 0 || items[n - 1].kind != TK_EOF) {
        /* Be robust to a list without its EOF. */
        Token *copy = arena_alloc(c->arena, sizeof(Token) * (size_t)(n > 0 ? n + 1 : 1));
        if (n > 0) memcpy(copy, items, sizeof(Token) * (size_t)n);
        Token *eof = &copy[n > 0 ? n : 0];
        memset(eof, 0, sizeof *eof);
        eof->kind = TK_EOF;
        eof->line = n > 0 ? items[n - 1].line : 1;
        eof->col = n > 0 ? items[n - 1].col + 1 : 1;
        eof->text = "";
        items = copy;
        n = (n > 0 ? n : 0) + 1;
    }
    return parse_tokens(c, items, n, NULL, NULL, false);
}

Module *parse_source(Compiler *c) { return parse_source_chunked(c, 0); }

Module *parse_source_chunked(Compiler *c, int chunk_tokens) {
    TokenList window = {0};
    LexStream *stream = lex_stream_open(c, &window, chunk_tokens);
    bool more = lex_stream_next(stream, 0);
    Module *m = parse_tokens(c, window.items, window.len, stream, &window, more);
    lex_stream_close(stream);
    token_list_free(&window);
    return m;
}

Expr *p_end(Parser *P, Expr *e) {
    if (!e || e->end_line || P->pos == 0) return e;
    const Token *t = &P->toks[P->pos - 1];
    /* a token may span lines (a triple-quoted string) */
    int line = t->line, col = t->col;
    for (size_t i = 0; i < t->len; i++) {
        unsigned char ch = (unsigned char)t->start[i];
        if (ch == '\n' || (ch == '\r' && (i + 1 >= t->len || t->start[i + 1] != '\n'))) {
            line++;
            col = 1;
        } else if ((ch & 0xc0) != 0x80) {
            col++;
        }
    }
    e->end_line = line;
    e->end_col = col;
    return e;
}
