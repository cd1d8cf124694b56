#include "token.h"

static const char *const op_texts[OP_COUNT] = {
    [OP_NONE] = "",
#define ML_OP_TEXT(name, text) [OP_##name] = text,
    ML_OPS(ML_OP_TEXT)
#undef ML_OP_TEXT
};

const char *op_text(Op op) {
    if ((int)op < 0 || op >= OP_COUNT) return "";
    return op_texts[op];
}

bool tok_soft_def_is_name(const Token *t, const Token *n1, const Token *n2) {
    if (t->kind != TK_KEYWORD || !t->soft) return false;
    return !(n1 && n2 && n1->kind == TK_NAME && n2->kind == TK_OP && n2->op == OP_LPAREN);
}
