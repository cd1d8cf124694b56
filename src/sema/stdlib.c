#include "stdlib.h"

#include <string.h>

static const char *const module_names[] = {
    NULL,
#define STD_MODULE(id, name) name,
#include "stdlib.def"
};

/* A row's MethodSig: a function of no receiver; nargs counts what the
 * runtime function receives (the packed tuple of a variadic one, the
 * keyword-only parameters after the positional ones). */
static const StdMember members[] = {
#define STD_CONST(module, name, type, value) {STD_##module, name, STD_KIND_CONST, type, value, NULL, 0, "", {0}},
#define STD_TEXT(module, name, text) {STD_##module, name, STD_KIND_CONST, T_STR, 0, text, 0, "", {0}},
#define STD_INT(module, name, digits) {STD_##module, name, STD_KIND_CONST, T_INT, 0, digits, 0, "", {0}},
#define STD_VALUE(module, name, rt_fn, type) \
    {STD_##module, name, STD_KIND_VALUE, type, 0, NULL, 0, "", {T_UNKNOWN, BI_NONE, name, 0, rt_fn, "", "", type}},
#define STD_LATER(module, name) {STD_##module, name, STD_KIND_LATER, T_UNKNOWN, 0, NULL, 0, "", {0}},
#define STD_ANNOTATION(module, name) {STD_##module, name, STD_KIND_ANNOTATION, T_UNKNOWN, 0, NULL, 0, "", {0}},
#define STD_FN(module, name, nargs, rt_fn, args, fill, ret, keywords) \
    {STD_##module, name, STD_KIND_FN, T_UNKNOWN, 0, NULL, nargs, keywords, \
     {T_UNKNOWN, BI_NONE, name, (int)sizeof args - 1, rt_fn, args, fill, ret}},
#include "stdlib.def"
};

#define NMEMBERS ((int)(sizeof members / sizeof members[0]))

StdModuleId std_module_lookup(const char *name) {
    for (int m = 1; m < STD_COUNT; m++)
        if (!strcmp(module_names[m], name)) return (StdModuleId)m;
    return STD_NONE;
}

const char *std_module_name(StdModuleId m) { return m > STD_NONE && m < STD_COUNT ? module_names[m] : "?"; }

const StdMember *std_member(StdModuleId m, const char *name) {
    for (int i = 0; i < NMEMBERS; i++)
        if (members[i].module == m && !strcmp(members[i].name, name)) return &members[i];
    return NULL;
}

int std_optional_positional(const StdMember *r) {
    int n = 0;
    for (const char *p = r->keywords; *p && *p != '*'; p += strcspn(p, " "), p += *p == ' ') n++;
    return n;
}

const StdMember *std_function_row(StdModuleId m, const char *name, int npos) {
    for (int i = 0; i < NMEMBERS; i++) {
        const StdMember *r = &members[i];
        if (r->module != m || r->kind != STD_KIND_FN || strcmp(r->name, name)) continue;
        if (r->npos < 0 || (npos >= r->npos && npos <= r->npos + std_optional_positional(r))) return r;
    }
    return NULL;
}

/* Modules of CPython's standard library a program may import that this
 * compiler does not offer yet: their imports say so, instead of "no module
 * named". */
static const char *const not_yet[] = {
    "argparse", "array",
    "decimal", "queue", "shutil", "struct",
    "threading", "timeit", "turtle", "unittest", "uuid",
};

const char *std_module_alias(const char *name) { return !strcmp(name, "os.path") ? "posixpath" : name; }

bool std_offered_later(const char *name) {
    size_t n = strcspn(name, ".");
    for (size_t i = 0; i < sizeof not_yet / sizeof not_yet[0]; i++)
        if (strlen(not_yet[i]) == n && !strncmp(not_yet[i], name, n)) return true;
    return false;
}

const StdMember *std_value_row(StdModuleId m, const char *name) {
    const StdMember *only = NULL;
    for (int i = 0; i < NMEMBERS; i++) {
        const StdMember *r = &members[i];
        if (r->module != m || r->kind != STD_KIND_FN || strcmp(r->name, name)) continue;
        /* (npos < 0: gcd(*integers), its one argument the tuple of all) */
        if (only || (r->npos < 0 && r->sig.nargs != 1) || r->keywords[0]) return NULL;
        only = r;
    }
    return only;
}

const StdMember *std_members(int *count) {
    *count = NMEMBERS;
    return members;
}
