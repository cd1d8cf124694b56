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
