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

typedef struct Match {
    const SurfaceForm *form;
    int from[SLOT_COUNT], to[SLOT_COUNT]; /* the slots' tokens */
    int colon;                             /* the ':' ending the header */
    const int *depth;                      /* brackets open at each token, from P->pos */
} Match;

static bool part_is(const FormPart *pt, const Token *t) {
    if (pt->kind == PART_KEYWORD) return t->kind == TK_KEYWORD && t->concept == pt->concept;
    return (t->kind == TK_NAME || t->kind == TK_KEYWORD) && t->text && !strcmp(t->text, pt->word);
}

/* Parts k.. of the form from token `at` to the colon. */
static bool match_parts(const Parser *P, Match *m, int k, int at) {
    const SurfaceForm *f = m->form;
    if (k == f->nparts) return at == m->colon;
    const FormPart *pt = &f->parts[k];
    if (pt->kind != PART_SLOT) {
        if (at >= m->colon || m->depth[at - P->pos] || !part_is(pt, &P->toks[at])) return false;
        return match_parts(P, m, k + 1, at + 1);
    }
    if (at >= m->colon) return false; /* a slot has a token at least */
    m->from[pt->slot] = at;
    if (k + 1 == f->nparts) {
        m->to[pt->slot] = m->colon;
        return true;
    }
    /* the slot ends where the next part is (never a slot: genpacks) */
    for (int q = at + 1; q < m->colon; q++)
        if (!m->depth[q - P->pos] && part_is(&f->parts[k + 1], &P->toks[q])) {
            m->to[pt->slot] = q;
            if (match_parts(P, m, k + 1, q)) return true;
        }
    return false;
}

/* A parser over the tokens of one slot alone (then an end of input at the
 * token after it), sharing P's state: its errors unwind to the statement. */
static void slot_parser(Parser *P, const Match *m, FormSlot s, Parser *sub) {
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

static Expr *slot_expr(Parser *P, const Match *m, FormSlot s, Expr *(*parse)(Parser *)) {
    Parser sub;
    slot_parser(P, m, s, &sub);
    Expr *e = parse(&sub);
    slot_end(&sub);
    return e;
}

/* The statement the header stands for, its body and clauses parsed. */
static Stmt *build(Parser *P, const Match *m) {
    const Token *first = p_peek(P);
    const Token *kw = first; /* the form's keyword: "after 'para' statement on line N" */
    for (int i = 0, at = P->pos; i < m->form->nparts && kw == first; i++) {
        const FormPart *pt = &m->form->parts[i];
        if (pt->kind == PART_SLOT) continue;
        for (at = P->pos; at < m->colon; at++)
            if (!m->depth[at - P->pos] && part_is(pt, &P->toks[at])) {
                kw = &P->toks[at];
                break;
            }
    }
    const char *what = p_stmt_what(P, kw);
    Stmt *s = NULL;
    switch (m->form->stmt) {
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
    const LangPack *lang = P->c->lang;
    if (!lang || !lang->form_count) return NULL;
    /* the header: up to the first ':' outside brackets on this line */
    int n = 0, open = 0, colon = -1;
    for (int i = P->pos; i < P->n; i++, n++) {
        const Token *t = &P->toks[i];
        if (t->kind == TK_NEWLINE || t->kind == TK_EOF) break;
        if (!open && tok_is_op(t, OP_COLON)) {
            colon = i;
            break;
        }
        if (t->kind == TK_OP && (t->op == OP_LPAREN || t->op == OP_LBRACKET || t->op == OP_LBRACE)) open++;
        else if (t->kind == TK_OP && (t->op == OP_RPAREN || t->op == OP_RBRACKET || t->op == OP_RBRACE) && open) open--;
    }
    if (colon < 0) return NULL;
    int *depth = arena_alloc(P->a, sizeof(int) * (size_t)(n + 1));
    open = 0;
    for (int i = P->pos; i < colon; i++) {
        const Token *t = &P->toks[i];
        if (t->kind == TK_OP && (t->op == OP_RPAREN || t->op == OP_RBRACKET || t->op == OP_RBRACE) && open) {
            depth[i - P->pos] = open--;
            continue;
        }
        depth[i - P->pos] = open;
        if (t->kind == TK_OP && (t->op == OP_LPAREN || t->op == OP_LBRACKET || t->op == OP_LBRACE)) open++;
    }
    for (int f = 0; f < lang->form_count; f++) {
        Match m = {.form = &lang->forms[f], .colon = colon, .depth = depth};
        if (match_parts(P, &m, 0, P->pos)) return build(P, &m);
    }
    return NULL;
}
