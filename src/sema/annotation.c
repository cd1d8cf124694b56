/* What a parameter's annotation names, read once for sema (the type of a
 * parameter nobody passes a value to) and for the export ABI (the shape a
 * host's value is converted to): the two must agree. */
#include <string.h>

#include "sema.h"

static bool is_name(const Expr *e, const char *a, const char *b) {
    return e && e->kind == E_NAME && (!strcmp(e->u.name.name, a) || (b && !strcmp(e->u.name.name, b)));
}

Type sema_annotation_top(const Expr *ann) {
    if (!ann) return T_UNKNOWN;
    if (ann->kind == E_NONE) return T_NONE;
    const Expr *c = ann->kind == E_SUBSCRIPT ? ann->u.subscript.value : ann;
    if (is_name(c, "list", "List")) return T_LIST;
    if (is_name(c, "tuple", "Tuple")) return T_TUPLE;
    if (is_name(c, "dict", "Dict")) return T_DICT;
    if (is_name(c, "set", "Set")) return T_SET;
    if (c == ann && is_name(c, "int", NULL)) return T_INT;
    if (c == ann && is_name(c, "float", NULL)) return T_FLOAT;
    if (c == ann && is_name(c, "bool", NULL)) return T_BOOL;
    if (c == ann && is_name(c, "str", NULL)) return T_STR;
    return T_OBJ; /* bytes, a class, Optional[...], X | None: any object */
}
