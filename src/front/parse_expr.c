/* The parser, part 2: expressions, with Python 3.11's precedence:
 *   lambda, ternary < or < and < not < comparisons < | < ^ < & < shifts
 *   < + - < * / // % @ < unary + - ~ < ** (right-assoc) < await < primary
 * Grammar comments: see parser.c. */
#include "parser_internal.h"

#include <string.h>

static void push(Parser *P, PtrVec *v, void *item) { ptrvec_push(P->a, v, item); }

static Expr *new_expr(Parser *P, ExprKind k, const Token *t) {
    switch (k) { /* a function of its own, or its frame: keeps the chunk */
    case E_LAMBDA: case E_LISTCOMP: case E_SETCOMP: case E_DICTCOMP: case E_GENEXP:
    case E_YIELD: case E_YIELD_FROM: case E_AWAIT:
        P->shared->kept = true;
        break;
    default: break;
    }
    return expr_new(P->a, k, t->line, t->col);
}

Expr *new_name(Parser *P, const Token *t) {
    Expr *e = new_expr(P, E_NAME, t);
    e->u.name.name = tok_name(t);
    e->u.name.src_name = t->text ? t->text : e->u.name.name;
    const StrMap *watched = P->c->watched_names;
    if ((!watched || strmap_get(watched, e->u.name.name)) && !strmap_get(P->shared->names, e->u.name.name))
        strmap_put(P->c->arena, P->shared->names, e->u.name.name, e);
    return e;
}

/* Does a comprehension's for_if_clause ('for' or 'async' 'for') start here? */
static bool at_comp_for(const Parser *P) {
    return p_at_kw(P, KW_LOOP_FOR) ||
           (p_at_kw(P, KW_ASYNC) && tok_is_kw(p_peek_at(P, 1), KW_LOOP_FOR));
}

/* A keyword argument's name: a name, or any word of the language before
 * '=' (Spanish `y` is `and`, yet `Point(x=1, y=2)`). */
bool tok_is_kwarg_name(const Token *t) {
    if (tok_is_name(t)) return true;
    return t->kind == TK_KEYWORD && t->concept != KW_TRUE && t->concept != KW_FALSE &&
           t->concept != KW_NONE;
}

/* Can t start an expression (used after a trailing comma)? */
static bool tok_starts_expr(const Token *t) {
    switch (t->kind) {
    case TK_NAME: case TK_INT: case TK_FLOAT: case TK_IMAG: case TK_STRING: case TK_BYTES: case TK_FSTRING:
        return true;
    case TK_KEYWORD:
        switch (t->concept) {
        case KW_TRUE: case KW_FALSE: case KW_NONE: case KW_NOT: case KW_LAMBDA: case KW_AWAIT:
            return true;
        default: return tok_is_soft_kw(t);
        }
    case TK_OP:
        switch (t->op) {
        case OP_LPAREN: case OP_LBRACKET: case OP_LBRACE: case OP_MINUS: case OP_PLUS:
        case OP_TILDE: case OP_STAR: case OP_ELLIPSIS:
            return true;
        default: return false;
        }
    default: return false;
    }
}

static const char *expr_what(const Expr *e) {
    switch (e->kind) {
    case E_INT: case E_FLOAT: case E_IMAG: case E_STR: case E_BYTES: return "literal";
    case E_BOOL: return e->u.bval ? "True" : "False";
    case E_NONE: return "None";
    case E_ELLIPSIS: return "ellipsis";
    case E_FSTRING: case E_FORMATTED: return "f-string expression";
    case E_CALL: return "function call";
    case E_COMPARE: return "comparison";
    case E_LAMBDA: return "lambda";
    case E_IFEXP: return "conditional expression";
    case E_WALRUS: return "named expression";
    case E_AWAIT: return "await expression";
    case E_YIELD: case E_YIELD_FROM: return "yield expression";
    case E_GENEXP: return "generator expression";
    case E_LISTCOMP: return "list comprehension";
    case E_SETCOMP: return "set comprehension";
    case E_DICTCOMP: return "dict comprehension";
    case E_DICT: return "dict literal";
    case E_SET: return "set display";
    case E_ATTR: return "attribute";
    case E_SUBSCRIPT: return "subscript";
    case E_TUPLE: return "tuple";
    case E_LIST: return "list";
    case E_STARRED: case E_DOUBLESTARRED: return "starred";
    default: return "expression";
    }
}

/* A target of assignment, for or del: NAME, attribute, subscript, or a
 * tuple or list of targets with at most one starred one (none for del). */
void check_target(Parser *P, Expr *e, bool del) {
    switch (e->kind) {
    case E_NAME: case E_ATTR: case E_SUBSCRIPT: return;
    case E_TUPLE: case E_LIST: {
        bool star = false;
        for (int i = 0; i < e->u.seq.items.len; i++) {
            Expr *it = e->u.seq.items.items[i];
            if (it->kind == E_STARRED) {
                if (del) p_error_at(P, it->line, it->col, "cannot delete starred");
                if (star)
                    p_error_at(P, it->line, it->col, "multiple starred expressions in assignment");
                star = true;
                check_target(P, it->u.starred.value, del);
                continue;
            }
            check_target(P, it, del);
        }
        return;
    }
    case E_STARRED:
        if (del) p_error_at(P, e->line, e->col, "cannot delete starred");
        p_error_at(P, e->line, e->col, "starred assignment target must be in a list or tuple");
    default:
        p_error_at(P, e->line, e->col, "cannot %s %s", del ? "delete" : "assign to", expr_what(e));
    }
}

/* ------------------------------------------------------------------ */
/* Atoms                                                               */
/* ------------------------------------------------------------------ */

/* for_if_clauses: (['async'] 'for' star_targets 'in' disjunction ('if' disjunction)*)+
 * The element (and a dict's key) before them was parsed by the caller. */
static Expr *parse_comp(Parser *P, ExprKind kind, const Token *at, Expr *key, Expr *elt) {
    if (elt->kind == E_STARRED)
        p_error_at(P, elt->line, elt->col, "iterable unpacking cannot be used in comprehension");
    Expr *e = new_expr(P, kind, at);
    e->u.comp.key = key;
    e->u.comp.elt = elt;
    while (at_comp_for(P)) {
        Comprehension *c = arena_alloc(P->a, sizeof *c);
        if (p_accept_kw(P, KW_ASYNC)) c->is_async = true;
        p_advance(P); /* for */
        c->target = parse_star_targets(P);
        check_target(P, c->target, false);
        if (!p_accept_kw(P, KW_IN)) p_syntax_error(P, p_peek(P));
        c->iter = parse_disjunction(P);
        while (p_accept_kw(P, KW_COND_IF)) push(P, &c->ifs, parse_disjunction(P));
        push(P, &e->u.comp.generators, c);
    }
    return e; /* its end is the closing bracket, which the caller takes */
}

/* tuple: '(' [star_named_expression ',' [star_named_expression (',' star_named_expression)*] [',']] ')'
 * group: '(' (yield_expr | named_expression) ')'
 * genexp: '(' named_expression for_if_clauses ')' */
static Expr *parse_paren(Parser *P) {
    const Token *open = p_advance(P);
    p_open_bracket(P, open);
    if (p_at_op(P, OP_RPAREN)) {
        p_expect_close(P, open, OP_RPAREN);
        return p_end(P, new_expr(P, E_TUPLE, open));
    }
    if (p_at_kw(P, KW_YIELD)) {
        Expr *y = parse_yield_expr(P);
        p_expect_close(P, open, OP_RPAREN);
        return p_end(P, y);
    }
    Expr *first = parse_star_named_expression(P);
    if (at_comp_for(P)) {
        Expr *g = parse_comp(P, E_GENEXP, open, NULL, first);
        p_expect_close(P, open, OP_RPAREN);
        return p_end(P, g);
    }
    if (!p_at_op(P, OP_COMMA)) {
        p_expect_close(P, open, OP_RPAREN);
        if (first->kind == E_STARRED)
            p_error_at(P, first->line, first->col, "cannot use starred expression here");
        return p_end(P, first);
    }
    Expr *t = new_expr(P, E_TUPLE, open);
    push(P, &t->u.seq.items, first);
    while (p_accept_op(P, OP_COMMA)) {
        if (p_at_op(P, OP_RPAREN)) break;
        push(P, &t->u.seq.items, parse_star_named_expression(P));
    }
    p_expect_close(P, open, OP_RPAREN);
    return p_end(P, t);
}

/* list: '[' [star_named_expression (',' star_named_expression)* [',']] ']'
 * listcomp: '[' named_expression for_if_clauses ']' */
static Expr *parse_list(Parser *P) {
    const Token *open = p_advance(P);
    p_open_bracket(P, open);
    Expr *l = new_expr(P, E_LIST, open);
    if (p_at_op(P, OP_RBRACKET)) {
        p_expect_close(P, open, OP_RBRACKET);
        return p_end(P, l);
    }
    Expr *first = parse_star_named_expression(P);
    if (at_comp_for(P)) {
        Expr *c = parse_comp(P, E_LISTCOMP, open, NULL, first);
        p_expect_close(P, open, OP_RBRACKET);
        return p_end(P, c);
    }
    push(P, &l->u.seq.items, first);
    while (p_accept_op(P, OP_COMMA)) {
        if (p_at_op(P, OP_RBRACKET)) break;
        push(P, &l->u.seq.items, parse_star_named_expression(P));
    }
    p_expect_close(P, open, OP_RBRACKET);
    return p_end(P, l);
}

/* dict: '{' [double_starred_kvpair (',' double_starred_kvpair)* [',']] '}'
 * set: '{' star_named_expression (',' star_named_expression)* [','] '}'
 * dictcomp: '{' kvpair for_if_clauses '}'
 * setcomp: '{' named_expression for_if_clauses '}'
 * double_starred_kvpair: '**' bitwise_or | kvpair      kvpair: expression ':' expression */
static Expr *parse_brace(Parser *P) {
    const Token *open = p_advance(P);
    p_open_bracket(P, open);
    if (p_at_op(P, OP_RBRACE)) {
        p_expect_close(P, open, OP_RBRACE);
        return p_end(P, new_expr(P, E_DICT, open));
    }
    Expr *first = NULL;
    if (!p_at_op(P, OP_DSTAR)) {
        first = parse_star_named_expression(P);
        if (!p_at_op(P, OP_COLON) || first->kind == E_STARRED) {
            /* A set display or comprehension. */
            if (at_comp_for(P)) {
                Expr *c = parse_comp(P, E_SETCOMP, open, NULL, first);
                p_expect_close(P, open, OP_RBRACE);
                return p_end(P, c);
            }
            Expr *s = new_expr(P, E_SET, open);
            push(P, &s->u.seq.items, first);
            while (p_accept_op(P, OP_COMMA)) {
                if (p_at_op(P, OP_RBRACE)) break;
                push(P, &s->u.seq.items, parse_star_named_expression(P));
            }
            p_expect_close(P, open, OP_RBRACE);
            return p_end(P, s);
        }
    }
    Expr *d = new_expr(P, E_DICT, open);
    for (int i = 0;; i++) {
        const Token *t = p_peek(P);
        Expr *key = NULL, *value;
        if (i > 0 || !first) {
            if (tok_is_op(t, OP_DSTAR)) {
                p_advance(P);
                value = new_expr(P, E_DOUBLESTARRED, t);
                value->u.starred.value = parse_bitwise_or(P);
            } else {
                key = parse_expression(P);
                p_expect_op(P, OP_COLON);
                value = parse_expression(P);
            }
        } else {
            key = first;
            p_expect_op(P, OP_COLON);
            value = parse_expression(P);
        }
        if (i == 0 && at_comp_for(P)) {
            if (!key)
                p_error(P, t, "dict unpacking cannot be used in dict comprehension");
            Expr *c = parse_comp(P, E_DICTCOMP, open, key, value);
            p_expect_close(P, open, OP_RBRACE);
            return p_end(P, c);
        }
        push(P, &d->u.dict.keys, key);
        push(P, &d->u.dict.values, value);
        if (!p_accept_op(P, OP_COMMA) || p_at_op(P, OP_RBRACE)) break;
    }
    p_expect_close(P, open, OP_RBRACE);
    return p_end(P, d);
}

/* atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | '...'
 *     | tuple | group | genexp | list | listcomp | dict | set | dictcomp | setcomp
 * (soft keywords -- match, case, let, ... -- are names here) */
static Expr *parse_atom(Parser *P) {
    const Token *t = p_peek(P);
    Expr *e;
    switch (t->kind) {
    case TK_NAME:
        p_advance(P);
        return p_end(P, new_name(P, t));
    case TK_INT:
        p_advance(P);
        e = new_expr(P, E_INT, t);
        expr_set_int(e, t->int_text ? t->int_text : "0");
        return p_end(P, e);
    case TK_FLOAT:
        p_advance(P);
        e = new_expr(P, E_FLOAT, t);
        e->u.fval = t->fval;
        return p_end(P, e);
    case TK_IMAG:
        p_advance(P);
        e = new_expr(P, E_IMAG, t);
        e->u.fval = t->fval;
        return p_end(P, e);
    case TK_STRING: case TK_BYTES: case TK_FSTRING:
        return p_end(P, parse_strings(P));
    case TK_KEYWORD:
        switch (t->concept) {
        case KW_TRUE: case KW_FALSE:
            p_advance(P);
            e = new_expr(P, E_BOOL, t);
            e->u.bval = t->concept == KW_TRUE;
            return p_end(P, e);
        case KW_NONE:
            p_advance(P);
            return p_end(P, new_expr(P, E_NONE, t));
        default:
            if (tok_is_soft_kw(t)) {
                p_advance(P);
                return p_end(P, new_name(P, t));
            }
            break;
        }
        break;
    case TK_OP:
        switch (t->op) {
        case OP_LPAREN: return parse_paren(P);
        case OP_LBRACKET: return parse_list(P);
        case OP_LBRACE: return parse_brace(P);
        case OP_ELLIPSIS:
            p_advance(P);
            return p_end(P, new_expr(P, E_ELLIPSIS, t));
        default: break;
        }
        break;
    default: break;
    }
    p_syntax_error(P, t);
}

/* ------------------------------------------------------------------ */
/* Primaries: calls, subscripts, attributes                            */
/* ------------------------------------------------------------------ */

/* arguments, after '(' up to and including ')':
 *   [arg (',' arg)* [',']] ')'
 *   arg: '*' expression | '**' expression | kwarg_name '=' expression
 *      | named_expression [for_if_clauses]
 * kwarg_name is any word, keywords of the language included (Spanish `y`
 * is `and`, yet `Point(x=1, y=2)`). A generator argument needs parentheses
 * unless it is the only one; no positional argument after a keyword one or
 * after '**'. */
void parse_call_args(Parser *P, const Token *open, PtrVec *args, PtrVec *keywords) {
    bool seen_kw = false, seen_kwunpack = false;
    while (!p_at_op(P, OP_RPAREN)) {
        const Token *t = p_peek(P);
        if (tok_is_op(t, OP_STAR)) {
            p_advance(P);
            if (seen_kwunpack)
                p_error(P, t, "iterable argument unpacking follows keyword argument unpacking");
            Expr *s = new_expr(P, E_STARRED, t);
            s->u.starred.value = parse_expression(P);
            push(P, args, s);
        } else if (tok_is_op(t, OP_DSTAR)) {
            p_advance(P);
            Keyword *k = arena_alloc(P->a, sizeof *k);
            k->line = t->line;
            k->col = t->col;
            k->value = parse_expression(P);
            push(P, keywords, k);
            seen_kwunpack = true;
        } else if (tok_is_kwarg_name(t) && tok_is_op(p_peek_at(P, 1), OP_ASSIGN)) {
            p_advance(P);
            p_advance(P);
            Keyword *k = arena_alloc(P->a, sizeof *k);
            k->name = tok_name(t);
            k->line = t->line;
            k->col = t->col;
            k->value = parse_expression(P);
            push(P, keywords, k);
            seen_kw = true;
        } else {
            Expr *e = parse_named_expression(P);
            if (at_comp_for(P)) {
                Expr *g = parse_comp(P, E_GENEXP, t, NULL, e);
                if (args->len > 0 || keywords->len > 0 || p_at_op(P, OP_COMMA))
                    p_error(P, t, "Generator expression must be parenthesized");
                e = g;
            } else if (p_at_op(P, OP_ASSIGN)) {
                p_error(P, t, "expression cannot contain assignment, perhaps you meant \"==\"?");
            }
            if (seen_kwunpack)
                p_error(P, t, "positional argument follows keyword argument unpacking");
            if (seen_kw) p_error(P, t, "positional argument follows keyword argument");
            push(P, args, e);
        }
        if (!p_accept_op(P, OP_COMMA)) break;
    }
    p_expect_close(P, open, OP_RPAREN);
}

/* slice: [expression] ':' [expression] [':' [expression]] | named_expression
 *      | '*' bitwise_or     (starred, in a tuple of slices) */
static Expr *parse_slice(Parser *P) {
    const Token *t = p_peek(P);
    if (tok_is_op(t, OP_STAR)) {
        p_advance(P);
        Expr *s = new_expr(P, E_STARRED, t);
        s->u.starred.value = parse_bitwise_or(P);
        return p_end(P, s);
    }
    Expr *lower = NULL;
    if (!tok_is_op(t, OP_COLON)) {
        lower = parse_named_expression(P);
        if (!p_at_op(P, OP_COLON)) return lower;
    }
    Expr *s = new_expr(P, E_SLICE, t);
    s->u.slice.lower = lower;
    p_advance(P); /* ':' */
    if (!p_at_op(P, OP_COLON) && !p_at_op(P, OP_RBRACKET) && !p_at_op(P, OP_COMMA))
        s->u.slice.upper = parse_expression(P);
    if (p_accept_op(P, OP_COLON)) {
        if (!p_at_op(P, OP_RBRACKET) && !p_at_op(P, OP_COMMA))
            s->u.slice.step = parse_expression(P);
    }
    return p_end(P, s);
}

/* slices: slice !',' | slice (',' slice)* [',']     (a tuple when there is a comma) */
static Expr *parse_slices(Parser *P) {
    const Token *t = p_peek(P);
    Expr *first = parse_slice(P);
    if (!p_at_op(P, OP_COMMA) && first->kind != E_STARRED) return first;
    Expr *tup = new_expr(P, E_TUPLE, t);
    push(P, &tup->u.seq.items, first);
    while (p_accept_op(P, OP_COMMA)) {
        if (p_at_op(P, OP_RBRACKET)) break;
        push(P, &tup->u.seq.items, parse_slice(P));
    }
    return p_end(P, tup);
}

/* A node made in a loop over its left operand: one level deeper than it,
 * within the bound recursion has (the back ends walk trees recursively). */
static void chain_from(Parser *P, Expr *e, const Expr *inner, const Token *t) {
    e->chain = inner->chain + 1;
    if (e->chain > PARSE_MAX_CHAIN) p_error(P, t, "too many operations in one expression (more than %d in a chain)", PARSE_MAX_CHAIN);
}

/* primary: atom ('.' NAME | '(' arguments | '[' slices ']')* */
static Expr *parse_primary(Parser *P) {
    Expr *e = parse_atom(P);
    for (;;) {
        const Token *t = p_peek(P);
        if (tok_is_op(t, OP_DOT)) {
            p_advance(P);
            /* After '.', any word is an attribute name, even a keyword of
             * the language (Italian `e` is `and`, yet `math.e`). */
            const Token *n = p_peek(P);
            if (n->kind == TK_KEYWORD) p_advance(P);
            else n = p_expect_name(P);
            Expr *a = expr_new(P->a, E_ATTR, e->line, e->col);
            chain_from(P, a, e, t);
            a->u.attr.value = e;
            a->u.attr.name = tok_name(n);
            e = p_end(P, a);
        } else if (tok_is_op(t, OP_LPAREN)) {
            p_advance(P);
            p_open_bracket(P, t);
            Expr *c = expr_new(P->a, E_CALL, e->line, e->col);
            chain_from(P, c, e, t);
            c->u.call.func = e;
            parse_call_args(P, t, &c->u.call.args, &c->u.call.keywords);
            e = p_end(P, c);
        } else if (tok_is_op(t, OP_LBRACKET)) {
            p_advance(P);
            p_open_bracket(P, t);
            Expr *s = expr_new(P->a, E_SUBSCRIPT, e->line, e->col);
            chain_from(P, s, e, t);
            s->u.subscript.value = e;
            s->u.subscript.index = parse_slices(P);
            p_expect_close(P, t, OP_RBRACKET);
            e = p_end(P, s);
        } else {
            return p_end(P, e);
        }
    }
}

/* ------------------------------------------------------------------ */
/* Operators                                                           */
/* ------------------------------------------------------------------ */

static Expr *binop(Parser *P, Expr *l, Op op, Expr *r) {
    Expr *e = expr_new(P->a, E_BINOP, l->line, l->col);
    chain_from(P, e, l->chain > r->chain ? l : r, p_peek(P) > P->toks ? p_peek(P) - 1 : p_peek(P));
    e->u.binop.op = op;
    e->u.binop.left = l;
    e->u.binop.right = r;
    return p_end(P, e);
}

static Expr *parse_factor(Parser *P);

/* power: await_primary ['**' factor]     await_primary: ['await'] primary */
static Expr *parse_power(Parser *P) {
    const Token *t = p_peek(P);
    Expr *base;
    if (tok_is_kw(t, KW_AWAIT)) {
        p_advance(P);
        base = new_expr(P, E_AWAIT, t);
        base->u.yield.value = parse_primary(P);
    } else {
        base = parse_primary(P);
    }
    const Token *op = p_peek(P);
    if (!tok_is_op(op, OP_DSTAR)) return base;
    p_advance(P);
    p_enter(P, op);
    Expr *exp = parse_factor(P);
    p_leave(P);
    return p_end(P, binop(P, base, OP_DSTAR, exp));
}

/* factor: ('+' | '-' | '~') factor | power */
static Expr *parse_factor(Parser *P) {
    const Token *t = p_peek(P);
    if (t->kind == TK_OP && (t->op == OP_MINUS || t->op == OP_PLUS || t->op == OP_TILDE)) {
        p_advance(P);
        p_enter(P, t);
        Expr *e = new_expr(P, E_UNARY, t);
        e->u.unary.op = t->op;
        e->u.unary.operand = parse_factor(P);
        p_leave(P);
        return p_end(P, e);
    }
    return p_end(P, parse_power(P));
}

/* term: factor (('*' | '/' | '//' | '%' | '@') factor)* */
static Expr *parse_term(Parser *P) {
    Expr *e = parse_factor(P);
    for (;;) {
        const Token *t = p_peek(P);
        if (t->kind != TK_OP) return e;
        switch (t->op) {
        case OP_STAR: case OP_SLASH: case OP_DSLASH: case OP_PERCENT: case OP_AT:
            p_advance(P);
            e = binop(P, e, t->op, parse_factor(P));
            break;
        default: return e;
        }
    }
}

/* sum: term (('+' | '-') term)* */
static Expr *parse_sum(Parser *P) {
    Expr *e = parse_term(P);
    for (;;) {
        const Token *t = p_peek(P);
        if (!tok_is_op(t, OP_PLUS) && !tok_is_op(t, OP_MINUS)) return e;
        p_advance(P);
        e = binop(P, e, t->op, parse_term(P));
    }
}

/* shift_expr: sum (('<<' | '>>') sum)* */
static Expr *parse_shift(Parser *P) {
    Expr *e = parse_sum(P);
    for (;;) {
        const Token *t = p_peek(P);
        if (!tok_is_op(t, OP_LSHIFT) && !tok_is_op(t, OP_RSHIFT)) return e;
        p_advance(P);
        e = binop(P, e, t->op, parse_sum(P));
    }
}

/* bitwise_and: shift_expr ('&' shift_expr)* */
static Expr *parse_bitand(Parser *P) {
    Expr *e = parse_shift(P);
    while (p_accept_op(P, OP_AMP)) e = binop(P, e, OP_AMP, parse_shift(P));
    return p_end(P, e);
}

/* bitwise_xor: bitwise_and ('^' bitwise_and)* */
static Expr *parse_bitxor(Parser *P) {
    Expr *e = parse_bitand(P);
    while (p_accept_op(P, OP_CARET)) e = binop(P, e, OP_CARET, parse_bitand(P));
    return p_end(P, e);
}

/* bitwise_or: bitwise_xor ('|' bitwise_xor)* */
Expr *parse_bitwise_or(Parser *P) {
    Expr *e = parse_bitxor(P);
    while (p_accept_op(P, OP_PIPE)) e = binop(P, e, OP_PIPE, parse_bitxor(P));
    return p_end(P, e);
}

/* comp_op: '==' | '!=' | '<' | '<=' | '>' | '>=' | 'in' | 'not' 'in' | 'not in'
 *        | 'is' 'not' | 'is'
 * ('not in' is one keyword in languages that spell it as one word). Stores
 * the operator and returns the number of tokens it takes, 0 when none. */
static int cmp_op_here(const Parser *P, CmpOp *op) {
    const Token *t = p_peek(P);
    if (t->kind == TK_OP) {
        switch (t->op) {
        case OP_EQ: *op = CMP_EQ; return 1;
        case OP_NE: *op = CMP_NE; return 1;
        case OP_LT: *op = CMP_LT; return 1;
        case OP_LE: *op = CMP_LE; return 1;
        case OP_GT: *op = CMP_GT; return 1;
        case OP_GE: *op = CMP_GE; return 1;
        default: return 0;
        }
    }
    if (t->kind != TK_KEYWORD) return 0;
    switch (t->concept) {
    case KW_IN: *op = CMP_IN; return 1;
    case KW_NOT_IN: *op = CMP_NOT_IN; return 1;
    case KW_NOT:
        if (!tok_is_kw(p_peek_at(P, 1), KW_IN)) return 0;
        *op = CMP_NOT_IN;
        return 2;
    case KW_IS:
        if (tok_is_kw(p_peek_at(P, 1), KW_NOT)) {
            *op = CMP_IS_NOT;
            return 2;
        }
        if (tok_is_kw(p_peek_at(P, 1), KW_NOT_IN)) return 0;
        *op = CMP_IS;
        return 1;
    default: return 0;
    }
}

/* comparison: bitwise_or (comp_op bitwise_or)* */
static Expr *parse_comparison(Parser *P) {
    Expr *left = parse_bitwise_or(P);
    CmpOp op;
    int n = cmp_op_here(P, &op);
    if (!n) return left;
    Expr *e = expr_new(P->a, E_COMPARE, left->line, left->col);
    e->u.compare.left = left;
    int cap = 0, len = 0;
    CmpOp *ops = NULL;
    while (n) {
        for (int i = 0; i < n; i++) p_advance(P);
        if (len == cap) {
            int ncap = cap ? cap * 2 : 4;
            ops = arena_grow(P->a, ops, sizeof(CmpOp) * (size_t)cap, sizeof(CmpOp) * (size_t)ncap);
            cap = ncap;
        }
        ops[len++] = op;
        push(P, &e->u.compare.comparators, parse_bitwise_or(P));
        n = cmp_op_here(P, &op);
    }
    e->u.compare.ops = ops;
    return p_end(P, e);
}

/* inversion: 'not' inversion | comparison */
static Expr *parse_inversion(Parser *P) {
    const Token *t = p_peek(P);
    if (!tok_is_kw(t, KW_NOT)) return parse_comparison(P);
    p_advance(P);
    p_enter(P, t);
    Expr *e = new_expr(P, E_UNARY, t);
    e->u.unary.op = OP_NONE;
    e->u.unary.operand = parse_inversion(P);
    p_leave(P);
    return p_end(P, e);
}

/* conjunction: inversion ('and' inversion)* */
static Expr *parse_conjunction(Parser *P) {
    Expr *first = parse_inversion(P);
    if (!p_at_kw(P, KW_AND)) return first;
    Expr *e = expr_new(P->a, E_BOOLOP, first->line, first->col);
    e->u.boolop.is_and = true;
    push(P, &e->u.boolop.values, first);
    while (p_accept_kw(P, KW_AND)) push(P, &e->u.boolop.values, parse_inversion(P));
    return p_end(P, e);
}

/* disjunction: conjunction ('or' conjunction)* */
Expr *parse_disjunction(Parser *P) {
    Expr *first = parse_conjunction(P);
    if (!p_at_kw(P, KW_OR)) return first;
    Expr *e = expr_new(P->a, E_BOOLOP, first->line, first->col);
    push(P, &e->u.boolop.values, first);
    while (p_accept_kw(P, KW_OR)) push(P, &e->u.boolop.values, parse_conjunction(P));
    return p_end(P, e);
}

/* ------------------------------------------------------------------ */
/* Parameters and lambda                                               */
/* ------------------------------------------------------------------ */

/* params of 'def' (up to ')') or lambda_params (up to ':'), neither consumed:
 *   [param (',' param)* [',']]
 *   param: NAME [':' expression] ['=' expression]       (no annotation in a lambda)
 *        | '/' | '*' [NAME [':' expression]] | '**' NAME [':' expression]
 * with Python's rules: '/' once, after a parameter, before '*'; '*' once;
 * nothing after '**NAME'; a bare '*' needs a parameter after it; no
 * parameter without a default after one with a default (before '*'); no
 * duplicate names. */
void parse_params(Parser *P, bool is_lambda, PtrVec *out) {
    Op close = is_lambda ? OP_COLON : OP_RPAREN;
    bool seen_slash = false, seen_star = false, seen_default = false, seen_varkw = false;
    const Token *bare_star = NULL;
    int first_param = out->len;
    while (!p_at_op(P, close)) {
        const Token *t = p_peek(P);
        if (seen_varkw) p_error(P, t, "arguments cannot follow var-keyword argument");
        if (tok_is_op(t, OP_SLASH)) {
            p_advance(P);
            if (seen_slash) p_error(P, t, "/ may appear only once");
            if (seen_star) p_error(P, t, "/ must be ahead of *");
            if (out->len == first_param) p_error(P, t, "at least one argument must precede /");
            for (int i = first_param; i < out->len; i++) ((Param *)out->items[i])->kind = PARAM_POSONLY;
            seen_slash = true;
        } else if (tok_is_op(t, OP_STAR)) {
            p_advance(P);
            if (seen_star) p_error(P, t, "* argument may appear only once");
            seen_star = true;
            if (p_at_op(P, OP_COMMA) || p_at_op(P, close)) {
                bare_star = t;
            } else {
                const Token *n = p_expect_name(P);
                Param *pa = arena_alloc(P->a, sizeof *pa);
                pa->name = tok_name(n);
                pa->kind = PARAM_VARARGS;
                pa->line = n->line;
                pa->col = n->col;
                if (!is_lambda && p_accept_op(P, OP_COLON)) pa->annotation = parse_expression(P);
                if (p_at_op(P, OP_ASSIGN)) p_error(P, p_peek(P), "var-positional argument cannot have default value");
                push(P, out, pa);
            }
        } else if (tok_is_op(t, OP_DSTAR)) {
            p_advance(P);
            const Token *n = p_expect_name(P);
            Param *pa = arena_alloc(P->a, sizeof *pa);
            pa->name = tok_name(n);
            pa->kind = PARAM_VARKW;
            pa->line = n->line;
            pa->col = n->col;
            if (!is_lambda && p_accept_op(P, OP_COLON)) pa->annotation = parse_expression(P);
            if (p_at_op(P, OP_ASSIGN)) p_error(P, p_peek(P), "var-keyword argument cannot have default value");
            push(P, out, pa);
            seen_varkw = true;
        } else {
            const Token *n = p_expect_name(P);
            Param *pa = arena_alloc(P->a, sizeof *pa);
            pa->name = tok_name(n);
            pa->kind = seen_star ? PARAM_KWONLY : PARAM_NORMAL;
            pa->line = n->line;
            pa->col = n->col;
            if (!is_lambda && p_accept_op(P, OP_COLON)) pa->annotation = parse_expression(P);
            if (p_accept_op(P, OP_ASSIGN)) pa->default_value = parse_expression(P);
            if (!seen_star) {
                if (pa->default_value) seen_default = true;
                else if (seen_default) p_error(P, n, "non-default argument follows default argument");
            }
            if (seen_star) bare_star = NULL;
            push(P, out, pa);
        }
        if (!p_accept_op(P, OP_COMMA)) break;
    }
    if (bare_star) p_error(P, bare_star, "named arguments must follow bare *");
    for (int i = first_param; i < out->len; i++) {
        const Param *a = out->items[i];
        for (int j = first_param; j < i; j++) {
            const Param *b = out->items[j];
            if (strcmp(a->name, b->name) == 0)
                p_error_at(P, a->line, a->col, "duplicate argument '%s' in function definition", a->name);
        }
    }
}

/* lambdef: 'lambda' [lambda_params] ':' expression */
static Expr *parse_lambda(Parser *P) {
    const Token *kw = p_advance(P);
    Expr *e = new_expr(P, E_LAMBDA, kw);
    parse_params(P, true, &e->u.lambda.params);
    p_expect_op(P, OP_COLON);
    int yields = P->shared->yields; /* a yield in a lambda is not its def's */
    e->u.lambda.body = parse_expression(P);
    P->shared->yields = yields;
    return p_end(P, e);
}

/* ------------------------------------------------------------------ */
/* Expressions                                                         */
/* ------------------------------------------------------------------ */

/* expression: disjunction ['if' disjunction 'else' expression] | lambdef */
Expr *parse_expression(Parser *P) {
    const Token *t = p_peek(P);
    p_enter(P, t);
    Expr *e;
    if (tok_is_kw(t, KW_LAMBDA)) {
        e = parse_lambda(P);
    } else {
        e = parse_disjunction(P);
        if (p_at_kw(P, KW_COND_IF)) {
            p_advance(P);
            Expr *c = expr_new(P->a, E_IFEXP, e->line, e->col);
            c->u.ifexp.body = e;
            c->u.ifexp.test = parse_disjunction(P);
            if (!p_accept_kw(P, KW_COND_ELSE))
                p_error(P, p_peek(P), "expected 'else' after 'if' expression");
            c->u.ifexp.orelse = parse_expression(P);
            e = c;
        }
    }
    p_leave(P);
    return p_end(P, e);
}

/* named_expression: NAME ':=' expression | expression !':=' */
Expr *parse_named_expression(Parser *P) {
    const Token *t = p_peek(P);
    if (tok_is_name(t) && tok_is_op(p_peek_at(P, 1), OP_WALRUS)) {
        p_advance(P);
        p_advance(P);
        Expr *w = new_expr(P, E_WALRUS, t);
        w->u.walrus.target = new_name(P, t);
        w->u.walrus.value = parse_expression(P);
        return p_end(P, w);
    }
    Expr *e = parse_expression(P);
    if (p_at_op(P, OP_WALRUS))
        p_error_at(P, e->line, e->col, "cannot use assignment expressions with %s", expr_what(e));
    return p_end(P, e);
}

/* star_named_expression: '*' bitwise_or | named_expression */
Expr *parse_star_named_expression(Parser *P) {
    const Token *t = p_peek(P);
    if (tok_is_op(t, OP_STAR)) {
        p_advance(P);
        Expr *s = new_expr(P, E_STARRED, t);
        s->u.starred.value = parse_bitwise_or(P);
        return p_end(P, s);
    }
    return p_end(P, parse_named_expression(P));
}

/* star_expression: '*' bitwise_or | expression */
static Expr *parse_star_expression(Parser *P) {
    const Token *t = p_peek(P);
    if (tok_is_op(t, OP_STAR)) {
        p_advance(P);
        Expr *s = new_expr(P, E_STARRED, t);
        s->u.starred.value = parse_bitwise_or(P);
        return p_end(P, s);
    }
    return p_end(P, parse_expression(P));
}

/* star_expressions: star_expression (',' star_expression)* [',']
 * (a tuple when there is a comma) */
Expr *parse_star_expressions(Parser *P) {
    Expr *first = parse_star_expression(P);
    if (!p_at_op(P, OP_COMMA)) return first;
    Expr *t = expr_new(P->a, E_TUPLE, first->line, first->col);
    push(P, &t->u.seq.items, first);
    while (p_accept_op(P, OP_COMMA)) {
        if (!tok_starts_expr(p_peek(P))) break;
        push(P, &t->u.seq.items, parse_star_expression(P));
    }
    return p_end(P, t);
}

/* yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
Expr *parse_yield_expr(Parser *P) {
    const Token *kw = p_advance(P);
    P->shared->yields++; /* the def around it is a generator */
    if (p_accept_kw(P, KW_FROM)) {
        Expr *e = new_expr(P, E_YIELD_FROM, kw);
        e->u.yield.value = parse_expression(P);
        return p_end(P, e);
    }
    Expr *e = new_expr(P, E_YIELD, kw);
    if (tok_starts_expr(p_peek(P))) e->u.yield.value = parse_star_expressions(P);
    return p_end(P, e);
}

/* star_target: '*' bitwise_or | bitwise_or     (checked by check_target) */
Expr *parse_star_target(Parser *P) {
    const Token *t = p_peek(P);
    if (tok_is_op(t, OP_STAR)) {
        p_advance(P);
        Expr *s = new_expr(P, E_STARRED, t);
        s->u.starred.value = parse_bitwise_or(P);
        return p_end(P, s);
    }
    return p_end(P, parse_bitwise_or(P));
}

/* star_targets: star_target (',' star_target)* [',']     (a tuple when there is a comma) */
Expr *parse_star_targets(Parser *P) {
    Expr *first = parse_star_target(P);
    if (!p_at_op(P, OP_COMMA)) return first;
    Expr *t = expr_new(P->a, E_TUPLE, first->line, first->col);
    push(P, &t->u.seq.items, first);
    while (p_accept_op(P, OP_COMMA)) {
        const Token *nx = p_peek(P);
        if (!tok_is_name(nx) && !tok_is_op(nx, OP_LPAREN) && !tok_is_op(nx, OP_LBRACKET) &&
            !tok_is_op(nx, OP_STAR))
            break;
        push(P, &t->u.seq.items, parse_star_target(P));
    }
    return p_end(P, t);
}

/* ------------------------------------------------------------------ */
/* String literals                                                     */
/* ------------------------------------------------------------------ */

static Expr *new_str(Parser *P, const Token *at, const char *data, size_t len) {
    Expr *e = new_expr(P, E_STR, at);
    e->u.str.data = data;
    e->u.str.len = len;
    return e;
}

/* Join adjacent E_STR parts and drop empty ones. */
static void merge_parts(Parser *P, PtrVec *parts) {
    PtrVec out = {0};
    for (int i = 0; i < parts->len; i++) {
        Expr *e = parts->items[i];
        if (e->kind == E_STR) {
            if (e->u.str.len == 0) continue;
            Expr *last = out.len ? out.items[out.len - 1] : NULL;
            if (last && last->kind == E_STR) {
                size_t n = last->u.str.len + e->u.str.len;
                char *d = arena_alloc(P->c->arena, n + 1);
                memcpy(d, last->u.str.data, last->u.str.len);
                memcpy(d + last->u.str.len, e->u.str.data, e->u.str.len);
                Expr *m = expr_new(P->a, E_STR, last->line, last->col);
                m->u.str.data = d;
                m->u.str.len = n;
                out.items[out.len - 1] = m;
                continue;
            }
        }
        push(P, &out, e);
    }
    *parts = out;
}

/* strings: (STRING | BYTES | FSTRING)+ -- adjacent literals are one value;
 * bytes do not mix with the others. */
Expr *parse_strings(Parser *P) {
    const Token *first = p_peek(P);
    int n = 0;
    bool has_bytes = false, has_str = false, has_f = false;
    size_t total = 0;
    while (P->pos + n < P->n) {
        const Token *t = &P->toks[P->pos + n];
        if (t->kind == TK_BYTES) has_bytes = true;
        else if (t->kind == TK_STRING) has_str = true;
        else if (t->kind == TK_FSTRING) has_f = has_str = true;
        else break;
        total += t->slen;
        n++;
    }
    if (has_bytes && has_str) p_error(P, first, "cannot mix bytes and nonbytes literals");
    if (!has_f) {
        char *d = arena_alloc(P->c->arena, total + 1);
        size_t len = 0;
        for (int i = 0; i < n; i++) {
            const Token *t = p_advance(P);
            if (t->slen) memcpy(d + len, t->sval, t->slen);
            len += t->slen;
        }
        Expr *e = new_str(P, first, d, len);
        if (has_bytes) e->kind = E_BYTES;
        return p_end(P, e);
    }
    Expr *e = new_expr(P, E_FSTRING, first);
    for (int i = 0; i < n; i++) {
        const Token *t = p_advance(P);
        if (t->kind == TK_STRING) push(P, &e->u.fstr.parts, new_str(P, t, t->sval ? t->sval : "", t->slen));
        else parse_fstring_token(P, t, &e->u.fstr.parts);
    }
    merge_parts(P, &e->u.fstr.parts);
    return p_end(P, e);
}

void fstring_merge_parts(Parser *P, PtrVec *parts) { merge_parts(P, parts); }
