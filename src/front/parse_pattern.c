/* The parser, part 3: `match` statements and their patterns (PEP 634):
 * literals (with negative numbers), captures, `_`, dotted value patterns,
 * sequences, mappings, class patterns, `|` alternatives and `as`; MATCH,
 * CASE and DEFAULT are soft keywords, DEFAULT at case position is `case _`.
 * Grammar comments: see parser.c. */
#include "parser_internal.h"

#include <string.h>

static void push(Parser *P, PtrVec *v, void *item) { ptrvec_push(P->a, v, item); }

static Pattern *new_pat(Parser *P, PatternKind k, const Token *t) {
    return pattern_new(P->a, k, t->line, t->col);
}

static Pattern *parse_pattern(Parser *P);

static bool is_wildcard_name(const Token *t) {
    return t->kind == TK_NAME && strcmp(tok_name(t), "_") == 0;
}

/* signed_number: ['-'] NUMBER     (NULL when no number starts here) */
static Expr *parse_signed_number(Parser *P) {
    const Token *t = p_peek(P);
    bool neg = tok_is_op(t, OP_MINUS);
    const Token *num = neg ? p_peek_at(P, 1) : t;
    if (num->kind != TK_INT && num->kind != TK_FLOAT) {
        if (neg) p_syntax_error(P, num);
        return NULL;
    }
    if (neg) p_advance(P);
    p_advance(P);
    Expr *e = expr_new(P->a, num->kind == TK_INT ? E_INT : E_FLOAT, num->line, num->col);
    if (num->kind == TK_INT) expr_set_int(e, num->int_text ? num->int_text : "0");
    else e->u.fval = num->fval;
    if (!neg) return e;
    Expr *u = expr_new(P->a, E_UNARY, t->line, t->col);
    u->u.unary.op = OP_MINUS;
    u->u.unary.operand = e;
    return u;
}

/* name_or_attr: NAME ('.' NAME)*, as an expression; after '.' any word of
 * the language is a name. */
static Expr *parse_dotted(Parser *P) {
    const Token *t = p_expect_name(P);
    Expr *e = new_name(P, t);
    while (p_accept_op(P, OP_DOT)) {
        const Token *n = p_peek(P);
        if (n->kind == TK_KEYWORD) p_advance(P);
        else n = p_expect_name(P);
        Expr *a = expr_new(P->a, E_ATTR, e->line, e->col);
        a->u.attr.value = e;
        a->u.attr.name = tok_name(n);
        e = a;
    }
    return e;
}

/* key (of a mapping pattern): signed_number | strings | 'None' | 'True'
 *   | 'False' | attr       (no f-string; attr: NAME ('.' NAME)+) */
static Expr *parse_key(Parser *P) {
    const Token *t = p_peek(P);
    Expr *e = parse_signed_number(P);
    if (e) return e;
    if (t->kind == TK_STRING || t->kind == TK_BYTES || t->kind == TK_FSTRING) {
        e = parse_strings(P);
        if (e->kind == E_FSTRING)
            p_error_at(P, e->line, e->col, "patterns may only match literals and attribute lookups");
        return e;
    }
    if (tok_is_kw(t, KW_NONE) || tok_is_kw(t, KW_TRUE) || tok_is_kw(t, KW_FALSE)) {
        p_advance(P);
        e = expr_new(P->a, tok_is_kw(t, KW_NONE) ? E_NONE : E_BOOL, t->line, t->col);
        e->u.bval = tok_is_kw(t, KW_TRUE);
        return e;
    }
    if (tok_is_name(t) && tok_is_op(p_peek_at(P, 1), OP_DOT)) return parse_dotted(P);
    p_syntax_error(P, t);
}

/* star_pattern: '*' NAME       ('*_' captures nothing) */
static Pattern *parse_star_pattern(Parser *P) {
    const Token *t = p_advance(P);
    const Token *n = p_expect_name(P);
    Pattern *p = new_pat(P, P_STAR, t);
    p->name = is_wildcard_name(n) ? NULL : tok_name(n);
    return p;
}

/* maybe_star_pattern: star_pattern | pattern */
static Pattern *parse_maybe_star(Parser *P) {
    if (p_at_op(P, OP_STAR)) return parse_star_pattern(P);
    return parse_pattern(P);
}

/* A sequence pattern has at most one star_pattern. */
static void check_one_star(Parser *P, const Pattern *seq) {
    bool star = false;
    for (int i = 0; i < seq->patterns.len; i++) {
        const Pattern *p = seq->patterns.items[i];
        if (p->kind != P_STAR) continue;
        if (star) p_error_at(P, p->line, p->col, "multiple starred names in sequence pattern");
        star = true;
    }
}

/* maybe_sequence_pattern: maybe_star_pattern (',' maybe_star_pattern)* [',']
 * up to the closing bracket, which is not consumed. */
static void parse_seq_items(Parser *P, Pattern *seq, Op close) {
    while (!p_at_op(P, close)) {
        push(P, &seq->patterns, parse_maybe_star(P));
        if (!p_accept_op(P, OP_COMMA)) break;
    }
    check_one_star(P, seq);
}

/* mapping_pattern: '{' '}'
 *                | '{' [items_pattern ','] '**' NAME [','] '}'
 *                | '{' items_pattern [','] '}'
 * items_pattern: key ':' pattern (',' key ':' pattern)*      ('**_' is refused) */
static Pattern *parse_mapping(Parser *P) {
    const Token *open = p_advance(P);
    p_open_bracket(P, open);
    Pattern *p = new_pat(P, P_MAPPING, open);
    while (!p_at_op(P, OP_RBRACE)) {
        const Token *t = p_peek(P);
        if (tok_is_op(t, OP_DSTAR)) {
            p_advance(P);
            const Token *n = p_expect_name(P);
            if (is_wildcard_name(n)) p_syntax_error(P, n);
            p->name = tok_name(n);
            p_accept_op(P, OP_COMMA);
            break;
        }
        push(P, &p->keys, parse_key(P));
        p_expect_op(P, OP_COLON);
        push(P, &p->patterns, parse_pattern(P));
        if (!p_accept_op(P, OP_COMMA)) break;
    }
    p_expect_close(P, open, OP_RBRACE);
    return p;
}

/* class_pattern, after its name_or_attr (cls, at at):
 *   '(' [class_arg (',' class_arg)* [',']] ')'
 *   class_arg: pattern | kwarg_name '=' pattern      (positional ones first) */
static Pattern *parse_class_args(Parser *P, Expr *cls, const Token *at) {
    const Token *open = p_advance(P);
    p_open_bracket(P, open);
    Pattern *p = new_pat(P, P_CLASS, at);
    p->cls = cls;
    while (!p_at_op(P, OP_RPAREN)) {
        const Token *t = p_peek(P);
        if (tok_is_kwarg_name(t) && tok_is_op(p_peek_at(P, 1), OP_ASSIGN)) {
            p_advance(P);
            p_advance(P);
            push(P, &p->kw_names, (void *)tok_name(t));
            push(P, &p->kw_patterns, parse_pattern(P));
        } else {
            Pattern *q = parse_pattern(P);
            if (p->kw_names.len > 0)
                p_error_at(P, q->line, q->col, "positional patterns follow keyword patterns");
            push(P, &p->patterns, q);
        }
        if (!p_accept_op(P, OP_COMMA)) break;
    }
    p_expect_close(P, open, OP_RPAREN);
    return p;
}

/* closed_pattern: literal_pattern | capture_pattern | wildcard_pattern
 *   | value_pattern | group_pattern | sequence_pattern | mapping_pattern
 *   | class_pattern
 * literal_pattern: signed_number | strings | 'None' | 'True' | 'False'
 * capture_pattern: NAME (not '_')    wildcard_pattern: '_' | 'default' before ':' or 'if'
 * value_pattern: attr                class_pattern: name_or_attr '(' ...
 * group_pattern: '(' pattern ')'
 * sequence_pattern: '[' [maybe_sequence_pattern] ']'
 *                 | '(' [maybe_star_pattern ',' [maybe_sequence_pattern]] ')' */
static Pattern *parse_closed(Parser *P) {
    const Token *t = p_peek(P);
    Pattern *p;
    Expr *num = parse_signed_number(P);
    if (num) {
        p = new_pat(P, P_VALUE, t);
        p->value = num;
        return p;
    }
    switch (t->kind) {
    case TK_STRING: case TK_BYTES: case TK_FSTRING:
        p = new_pat(P, P_VALUE, t);
        p->value = parse_key(P);
        return p;
    case TK_KEYWORD:
        if (tok_is_kw(t, KW_NONE) || tok_is_kw(t, KW_TRUE) || tok_is_kw(t, KW_FALSE)) {
            p = new_pat(P, P_SINGLETON, t);
            p->value = parse_key(P);
            return p;
        }
        /* `case default:` (DEFAULT is a keyword of the language) is `case _:`. */
        if (tok_is_kw(t, KW_DEFAULT)) {
            const Token *nx = p_peek_at(P, 1);
            if (tok_is_op(nx, OP_COLON) || tok_is_kw(nx, KW_COND_IF)) {
                p_advance(P);
                return new_pat(P, P_WILDCARD, t);
            }
        }
        if (!tok_is_soft_kw(t)) break;
        /* fall through */
    case TK_NAME: {
        const Token *nx = p_peek_at(P, 1);
        if (tok_is_op(nx, OP_DOT)) {
            Expr *e = parse_dotted(P);
            if (p_at_op(P, OP_LPAREN)) return parse_class_args(P, e, t);
            p = new_pat(P, P_VALUE, t);
            p->value = e;
            return p;
        }
        if (tok_is_op(nx, OP_LPAREN)) {
            p_advance(P);
            return parse_class_args(P, new_name(P, t), t);
        }
        p_advance(P);
        if (is_wildcard_name(t)) return new_pat(P, P_WILDCARD, t);
        p = new_pat(P, P_CAPTURE, t);
        p->name = tok_name(t);
        return p;
    }
    case TK_OP:
        if (t->op == OP_LPAREN) {
            p_advance(P);
            p_open_bracket(P, t);
            if (p_at_op(P, OP_RPAREN)) {
                p_expect_close(P, t, OP_RPAREN);
                p = new_pat(P, P_SEQUENCE, t);
                p->is_tuple_syntax = true;
                return p;
            }
            Pattern *first = parse_maybe_star(P);
            if (p_at_op(P, OP_COMMA)) {
                p = new_pat(P, P_SEQUENCE, t);
                p->is_tuple_syntax = true;
                push(P, &p->patterns, first);
                p_advance(P);
                parse_seq_items(P, p, OP_RPAREN);
                p_expect_close(P, t, OP_RPAREN);
                return p;
            }
            p_expect_close(P, t, OP_RPAREN);
            if (first->kind == P_STAR) p_error_at(P, first->line, first->col, "invalid syntax");
            return first;
        }
        if (t->op == OP_LBRACKET) {
            p_advance(P);
            p_open_bracket(P, t);
            p = new_pat(P, P_SEQUENCE, t);
            parse_seq_items(P, p, OP_RBRACKET);
            p_expect_close(P, t, OP_RBRACKET);
            return p;
        }
        if (t->op == OP_LBRACE) return parse_mapping(P);
        break;
    default: break;
    }
    p_syntax_error(P, t);
}

/* or_pattern: closed_pattern ('|' closed_pattern)* */
static Pattern *parse_or(Parser *P) {
    const Token *t = p_peek(P);
    Pattern *first = parse_closed(P);
    if (!p_at_op(P, OP_PIPE)) return first;
    Pattern *p = new_pat(P, P_OR, t);
    push(P, &p->patterns, first);
    while (p_accept_op(P, OP_PIPE)) push(P, &p->patterns, parse_closed(P));
    return p;
}

/* pattern: or_pattern ['as' NAME]     ('as _' is refused) */
static Pattern *parse_pattern(Parser *P) {
    const Token *t = p_peek(P);
    p_enter(P, t);
    Pattern *p = parse_or(P);
    if (p_accept_kw(P, KW_AS)) {
        const Token *n = p_expect_name(P);
        if (is_wildcard_name(n)) p_error(P, n, "cannot use '_' as a target");
        Pattern *as = new_pat(P, P_AS, t);
        as->pattern = p;
        as->name = tok_name(n);
        p = as;
    }
    p_leave(P);
    return p;
}

/* patterns: open_sequence_pattern | pattern
 * open_sequence_pattern: maybe_star_pattern ',' [maybe_sequence_pattern]
 *   (a tuple-syntax P_SEQUENCE; a lone star_pattern is refused) */
Pattern *parse_case_patterns(Parser *P) {
    const Token *t = p_peek(P);
    Pattern *first = parse_maybe_star(P);
    if (!p_at_op(P, OP_COMMA)) {
        if (first->kind == P_STAR) p_syntax_error(P, p_peek(P));
        return first;
    }
    Pattern *seq = new_pat(P, P_SEQUENCE, t);
    seq->is_tuple_syntax = true;
    push(P, &seq->patterns, first);
    while (p_accept_op(P, OP_COMMA)) {
        if (p_at_op(P, OP_COLON) || p_at_kw(P, KW_COND_IF)) break;
        push(P, &seq->patterns, parse_maybe_star(P));
    }
    check_one_star(P, seq);
    return seq;
}

/* ------------------------------------------------------------------ */
/* The match statement                                                 */
/* ------------------------------------------------------------------ */

/* A logical line starting with MATCH that ends with ':' is a match
 * statement (a simple statement cannot end with ':'). */
bool looks_like_match(const Parser *P) {
    const Token *nx = p_peek_at(P, 1);
    if (nx->kind == TK_NEWLINE || nx->kind == TK_EOF) return false;
    if (nx->kind == TK_OP) {
        switch (nx->op) {
        case OP_COLON: case OP_ASSIGN: case OP_DOT: case OP_COMMA: case OP_SEMI:
        case OP_RPAREN: case OP_RBRACKET: case OP_RBRACE: case OP_WALRUS:
            return false;
        default:
            if (p_augassign_op(nx) != OP_NONE) return false;
            break;
        }
    }
    int i = P->pos + 1;
    while (i < P->n && P->toks[i].kind != TK_NEWLINE && P->toks[i].kind != TK_EOF) i++;
    return i < P->n && P->toks[i].kind == TK_NEWLINE && tok_is_op(&P->toks[i - 1], OP_COLON);
}

/* "wildcard" / "name capture 'x'" when p matches anything, else NULL. */
static const char *irrefutable(Parser *P, const Pattern *p) {
    switch (p->kind) {
    case P_WILDCARD: return "wildcard";
    case P_CAPTURE: return arena_printf(P->c->arena, "name capture '%s'", p->name);
    case P_AS: return irrefutable(P, p->pattern);
    case P_OR:
        for (int i = 0; i < p->patterns.len; i++) {
            const char *w = irrefutable(P, p->patterns.items[i]);
            if (w) return w;
        }
        return NULL;
    default: return NULL;
    }
}

/* Only the last alternative of an or_pattern may match anything. */
static void check_or_patterns(Parser *P, const Pattern *p) {
    if (p->kind == P_AS && p->pattern) check_or_patterns(P, p->pattern);
    if (p->kind != P_OR) return;
    for (int i = 0; i + 1 < p->patterns.len; i++) {
        const Pattern *alt = p->patterns.items[i];
        const char *w = irrefutable(P, alt);
        if (w)
            p_error_at(P, alt->line, alt->col, "%s makes remaining patterns unreachable", w);
    }
}

/* case_block: 'case' patterns ['if' named_expression] block
 *           | 'default' ['if' named_expression] block    (a multilingual extra: 'case _') */
static void parse_case(Parser *P, PtrVec *cases) {
    const Token *t = p_peek(P);
    MatchCase *mc = arena_alloc(P->a, sizeof *mc);
    mc->line = t->line;
    mc->col = t->col;
    if (tok_is_kw(t, KW_CASE)) {
        p_advance(P);
        mc->pattern = parse_case_patterns(P);
        check_or_patterns(P, mc->pattern);
    } else if (tok_is_kw(t, KW_DEFAULT)) {
        p_advance(P);
        mc->pattern = pattern_new(P->a, P_WILDCARD, t->line, t->col);
    } else {
        p_syntax_error(P, t);
    }
    if (p_accept_kw(P, KW_COND_IF)) mc->guard = parse_named_expression(P);
    parse_block(P, t, p_stmt_what(P, t), &mc->body);
    push(P, cases, mc);
}

/* match_stmt: 'match' subject_expr ':' NEWLINE INDENT case_block+ DEDENT
 * subject_expr: star_named_expression ',' [star_named_expression (',' star_named_expression)*] [',']
 *             | named_expression
 * Only the last case may match anything (unless guarded). */
Stmt *parse_match(Parser *P) {
    const Token *kw = p_advance(P);
    Stmt *s = stmt_new(P->a, S_MATCH, kw->line, kw->col);
    const Token *t0 = p_peek(P);
    Expr *subj = tok_is_op(t0, OP_STAR) ? NULL : parse_named_expression(P);
    if (!subj || p_at_op(P, OP_COMMA)) {
        Expr *tup = expr_new(P->a, E_TUPLE, t0->line, t0->col);
        if (subj) {
            push(P, &tup->u.seq.items, subj);
            p_advance(P);
        }
        while (!p_at_op(P, OP_COLON)) {
            push(P, &tup->u.seq.items, parse_star_named_expression(P));
            if (!p_accept_op(P, OP_COMMA)) break;
        }
        subj = tup;
    }
    s->u.match.subject = subj;
    p_expect_op(P, OP_COLON);
    const Token *t = p_peek(P);
    if (t->kind != TK_NEWLINE) p_syntax_error(P, t);
    p_advance(P);
    t = p_peek(P);
    if (t->kind != TK_INDENT)
        p_error(P, t, "expected an indented block after %s on line %d", p_stmt_what(P, kw), kw->line);
    p_advance(P);
    p_enter(P, kw);
    PtrVec *cases = &s->u.match.cases;
    for (;;) {
        if (P->shared->stop) break;
        t = p_peek(P);
        if (t->kind == TK_EOF || t->kind == TK_DEDENT) break;
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
        p_guarded(P, parse_case, cases);
    }
    p_leave(P);
    if (p_peek(P)->kind == TK_DEDENT) p_advance(P);
    for (int i = 0; i + 1 < cases->len; i++) {
        MatchCase *mc = cases->items[i];
        const char *w = mc->guard ? NULL : irrefutable(P, mc->pattern);
        if (w) {
            p_report(P, mc->pattern->line, mc->pattern->col,
                     "%s makes remaining patterns unreachable", w);
            break;
        }
    }
    return s;
}
