/* Statement headers in another word order. Several languages write a loop
 * iterable-first or a condition before its keyword: `range(5) para i:`
 * (es), `範囲(6) 内の 各 i に対して:` (ja), `x > 0 अगर:` (hi). A language
 * pack lists these orders (LangPack.forms); a statement that does not
 * start with a keyword is tried against them before it is read as a
 * simple statement. The header is matched on its tokens: the keywords and
 * words of the form, outside brackets and before the first ':' outside
 * brackets, in order, with at least one token for each slot between them;
 * each slot is then parsed on its own (a parser over its tokens alone) as
 * the canonical order parses it, so the statement is the same (same AST,
 * same module). */
#include <string.h>

#include "parser_internal.h"
#include "surface.h"

typedef struct Match {
    const Token *toks;
    int pos;
    const SurfaceForm *form;
    SurfaceHeader *h;
    const int *depth; /* brackets open at each token, from pos */
} Match;

static bool part_is(const FormPart *pt, const Token *t) {
    if (pt->kind == PART_KEYWORD) return t->kind == TK_KEYWORD && t->concept == pt->concept;
    return (t->kind == TK_NAME || t->kind == TK_KEYWORD) && t->text && !strcmp(t->text, pt->word);
}

/* Parts k.. of the form from token `at` to the colon. */
static bool match_parts(Match *m, int k, int at) {
    const SurfaceForm *f = m->form;
    SurfaceHeader *h = m->h;
    if (k == f->nparts) return at == h->colon;
    const FormPart *pt = &f->parts[k];
    if (pt->kind != PART_SLOT) {
        if (at >= h->colon || m->depth[at - m->pos] || !part_is(pt, &m->toks[at])) return false;
        return match_parts(m, k + 1, at + 1);
    }
    if (at >= h->colon) return false; /* a slot has a token at least */
    h->from[pt->slot] = at;
    if (k + 1 == f->nparts) {
        h->to[pt->slot] = h->colon;
        return true;
    }
    /* the slot ends where the next part is (never a slot: genpacks) */
    for (int q = at + 1; q < h->colon; q++)
        if (!m->depth[q - m->pos] && part_is(&f->parts[k + 1], &m->toks[q])) {
            h->to[pt->slot] = q;
            if (match_parts(m, k + 1, q)) return true;
        }
    return false;
}

static bool is_open(const Token *t) {
    return t->kind == TK_OP && (t->op == OP_LPAREN || t->op == OP_LBRACKET || t->op == OP_LBRACE);
}
static bool is_close(const Token *t) {
    return t->kind == TK_OP && (t->op == OP_RPAREN || t->op == OP_RBRACKET || t->op == OP_RBRACE);
}

/* The line's first ':' outside brackets from pos, or -1. */
static int header_colon(const Token *toks, int n, int pos) {
    int open = 0;
    for (int i = pos; i < n; i++) {
        const Token *t = &toks[i];
        if (t->kind == TK_NEWLINE || t->kind == TK_EOF) return -1;
        if (!open && t->kind == TK_OP && t->op == OP_COLON) return i;
        if (is_open(t)) open++;
        else if (is_close(t) && open) open--;
    }
    return -1;
}

/* The brackets open at each token of the header pos..colon-1. */
static int *header_depth(const Token *toks, int pos, int colon, Arena *a) {
    int *depth = arena_alloc(a, sizeof(int) * (size_t)(colon - pos + 1));
    for (int i = pos, open = 0; i < colon; i++) {
        const Token *t = &toks[i];
        if (is_close(t) && open) {
            depth[i - pos] = open--;
            continue;
        }
        depth[i - pos] = open;
        if (is_open(t)) open++;
    }
    return depth;
}

/* The header at toks[pos] in form f, whose parts end at `colon`. */
static bool match_form(const Token *toks, int pos, int colon, const int *depth, const SurfaceForm *f,
                       SurfaceHeader *h) {
    memset(h, 0, sizeof *h);
    h->colon = colon;
    Match m = {toks, pos, f, h, depth};
    if (!match_parts(&m, 0, pos)) return false;
    h->stmt = f->stmt;
    h->keyword = -1;
    for (int i = 0, at = pos; i < f->nparts; i++) { /* where the first anchor is */
        const FormPart *pt = &f->parts[i];
        if (pt->kind == PART_SLOT) {
            at = h->to[pt->slot];
            continue;
        }
        h->keyword = at;
        break;
    }
    return true;
}

bool surface_match(const Token *toks, int n, int pos, const LangPack *lang, Arena *a, SurfaceHeader *h) {
    if (!lang || !lang->form_count) return false;
    int colon = header_colon(toks, n, pos);
    if (colon < 0) return false;
    int *depth = header_depth(toks, pos, colon, a);
    for (int f = 0; f < lang->form_count; f++)
        if (match_form(toks, pos, colon, depth, &lang->forms[f], h)) return true;
    return false;
}

/* The canonical orders, as forms: `for T in I`, `while C`, `if C`, `with X`. */
static const FormPart canonical_for[] = {{PART_KEYWORD, 0, KW_LOOP_FOR, NULL},
                                         {PART_SLOT, SLOT_TARGET, CONCEPT_NONE, NULL},
                                         {PART_KEYWORD, 0, KW_IN, NULL},
                                         {PART_SLOT, SLOT_ITERABLE, CONCEPT_NONE, NULL}};
static const FormPart canonical_while[] = {{PART_KEYWORD, 0, KW_LOOP_WHILE, NULL},
                                           {PART_SLOT, SLOT_CONDITION, CONCEPT_NONE, NULL}};
static const FormPart canonical_if[] = {{PART_KEYWORD, 0, KW_COND_IF, NULL},
                                        {PART_SLOT, SLOT_CONDITION, CONCEPT_NONE, NULL}};
static const FormPart canonical_with[] = {{PART_KEYWORD, 0, KW_WITH, NULL},
                                          {PART_SLOT, SLOT_CONTEXT, CONCEPT_NONE, NULL}};
static const SurfaceForm canonical[] = {{FORM_FOR, canonical_for, 4}, {FORM_WHILE, canonical_while, 2},
                                        {FORM_IF, canonical_if, 2}, {FORM_WITH, canonical_with, 2}};

const SurfaceForm *surface_canonical_form(FormStmt stmt) { return &canonical[stmt]; }

bool surface_canonical(const Token *toks, int n, int pos, Arena *a, SurfaceHeader *h) {
    const Token *t = &toks[pos];
    if (t->kind != TK_KEYWORD) return false;
    for (int f = 0; f < 4; f++) {
        if (t->concept != canonical[f].parts[0].concept) continue;
        int colon = header_colon(toks, n, pos);
        return colon >= 0 && match_form(toks, pos, colon, header_depth(toks, pos, colon, a), &canonical[f], h);
    }
    return false;
}

/* A parser over the tokens of one slot alone (then an end of input at the
 * token after it), sharing P's state: its errors unwind to the statement. */
static void slot_parser(Parser *P, const SurfaceHeader *m, FormSlot s, Parser *sub) {
    int n = m->to[s] - m->from[s];
    Token *toks = arena_alloc(P->a, sizeof(Token) * (size_t)(n + 1));
    memcpy(toks, P->toks + m->from[s], sizeof(Token) * (size_t)n);
    toks[n] = P->toks[m->to[s]];
    toks[n].kind = TK_EOF;
    *sub = *P;
    sub->toks = toks;
    sub->n = n + 1;
    sub->pos = 0;
    sub->parens = 0;
}

static void slot_end(Parser *sub) {
    if (p_peek(sub)->kind != TK_EOF) p_syntax_error(sub, p_peek(sub));
}

static Expr *slot_expr(Parser *P, const SurfaceHeader *m, FormSlot s, Expr *(*parse)(Parser *)) {
    Parser sub;
    slot_parser(P, m, s, &sub);
    Expr *e = parse(&sub);
    slot_end(&sub);
    return e;
}

/* The statement the header stands for, its body and clauses parsed. */
static Stmt *build(Parser *P, const SurfaceHeader *m) {
    const Token *first = p_peek(P);
    /* the form's keyword: "after 'para' statement on line N" */
    const Token *kw = m->keyword >= 0 ? &P->toks[m->keyword] : first;
    const char *what = p_stmt_what(P, kw);
    Stmt *s = NULL;
    switch (m->stmt) {
    case FORM_FOR: {
        s = stmt_new(P->a, S_FOR, first->line, first->col);
        Expr *target = slot_expr(P, m, SLOT_TARGET, parse_star_targets);
        if (target->kind == E_STARRED)
            p_error_at(P, target->line, target->col, "starred assignment target must be in a list or tuple");
        check_target(P, target, false);
        s->u.for_.target = target;
        s->u.for_.iter = slot_expr(P, m, SLOT_ITERABLE, parse_star_expressions);
        P->pos = m->colon;
        parse_block(P, kw, what, &s->u.for_.body);
        parse_else_block(P, &s->u.for_.orelse);
        return s;
    }
    case FORM_WHILE:
        s = stmt_new(P->a, S_WHILE, first->line, first->col);
        s->u.while_.test = slot_expr(P, m, SLOT_CONDITION, parse_named_expression);
        P->pos = m->colon;
        parse_block(P, kw, what, &s->u.while_.body);
        parse_else_block(P, &s->u.while_.orelse);
        return s;
    case FORM_IF:
        s = stmt_new(P->a, S_IF, first->line, first->col);
        s->u.if_.test = slot_expr(P, m, SLOT_CONDITION, parse_named_expression);
        P->pos = m->colon;
        return parse_if_rest(P, kw, s);
    case FORM_WITH: {
        s = stmt_new(P->a, S_WITH, first->line, first->col);
        Parser sub;
        slot_parser(P, m, SLOT_CONTEXT, &sub);
        do ptrvec_push(P->a, &s->u.with.items, parse_with_item(&sub));
        while (p_accept_op(&sub, OP_COMMA));
        slot_end(&sub);
        P->pos = m->colon;
        parse_block(P, kw, what, &s->u.with.body);
        return s;
    }
    }
    return NULL;
}

Stmt *parse_surface_stmt(Parser *P) {
    SurfaceHeader h;
    if (!surface_match(P->toks, P->n, P->pos, P->c->lang, P->a, &h)) return NULL;
    return build(P, &h);
}
