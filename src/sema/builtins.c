#include "builtins.h"

#include <string.h>

#include "../runtime/rt_abi.h"

typedef struct BuiltinRow {
    const char *name;
    BuiltinHow how;
} BuiltinRow;

/* Indexed by id; rows 1.. are in name order (builtins.def is sorted), so
 * the lookup is a binary search. */
static const BuiltinRow rows[BI_COUNT] = {
    {"", BUILTIN_REFUSED},
#define BUILTIN(id, name, how) {name, BUILTIN_##how},
#include "builtins.def"
#undef BUILTIN
};

BuiltinId builtin_lookup(const char *name) {
    int lo = 1, hi = BI_COUNT - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        int c = strcmp(name, rows[mid].name);
        if (!c) return (BuiltinId)mid;
        if (c < 0) hi = mid - 1;
        else lo = mid + 1;
    }
    return BI_NONE;
}

const char *builtin_name(BuiltinId id) { return id > BI_NONE && id < BI_COUNT ? rows[id].name : "?"; }

BuiltinHow builtin_how(BuiltinId id) { return id > BI_NONE && id < BI_COUNT ? rows[id].how : BUILTIN_REFUSED; }

const char *builtin_module(BuiltinId id) {
    switch (id) {
    case BI_OPEN: return "io";
    case BI_DOM_APPEND: case BI_DOM_ATTR: case BI_DOM_CLASS: case BI_DOM_CREATE: case BI_DOM_GET:
    case BI_DOM_HTML: case BI_DOM_ON: case BI_DOM_QUERY: case BI_DOM_QUERY_ALL: case BI_DOM_REMOVE:
    case BI_DOM_STYLE: case BI_DOM_TEXT: case BI_DOM_VALUE: case BI_SET_TIMEOUT: case BI_SET_INTERVAL:
    case BI_CLEAR_TIMER:
        return BROWSER_MODULE;
    default: return NULL;
    }
}

bool builtin_needs_browser(BuiltinId id) {
    const char *m = builtin_module(id);
    return m && !strcmp(m, BROWSER_MODULE);
}

/* The runtime's class numbers, by name (rt_exceptions.def, in its order),
 * plus CPython's aliases of OSError. */
static const char *const exc_names[] = {
#define RT_EXCEPTION(id, name, base) name,
#include "../runtime/rt_exceptions.def"
#undef RT_EXCEPTION
};

int builtin_exc_kind(BuiltinId id) {
    const char *name = builtin_name(id);
    if (!strcmp(name, "IOError") || !strcmp(name, "EnvironmentError")) name = "OSError";
    for (size_t k = 0; k < sizeof exc_names / sizeof *exc_names; k++)
        if (!strcmp(exc_names[k], name)) return (int)k;
    return -1;
}

bool builtin_is_type(BuiltinId id) {
    switch (id) {
    case BI_BOOL: case BI_DICT: case BI_FLOAT: case BI_INT: case BI_LIST:
    case BI_SET: case BI_STR: case BI_TUPLE: case BI_OBJECT: case BI_TYPE: case BI_FROZENSET: case BI_BYTES:
    case BI_BYTEARRAY: case BI_SLICE: case BI_PROPERTY: case BI_COMPLEX: return true;
    default: return false;
    }
}

int builtin_value_code(BuiltinId id) {
    switch (id) {
    case BI_MIN: return RT_VALUE_MIN;
    case BI_MAX: return RT_VALUE_MAX;
    case BI_SUM: return RT_VALUE_SUM;
    case BI_ROUND: return RT_VALUE_ROUND;
    case BI_POW: return RT_VALUE_POW;
    case BI_DIVMOD: return RT_VALUE_DIVMOD;
    case BI_ZIP: return RT_VALUE_ZIP;
    case BI_PRINT: return RT_VALUE_PRINT;
    case BI_RANGE: return RT_VALUE_RANGE;
    case BI_ENUMERATE: return RT_VALUE_ENUMERATE;
    case BI_MAP: return RT_VALUE_MAP;
    case BI_FILTER: return RT_VALUE_FILTER;
    case BI_ISINSTANCE: return RT_VALUE_ISINSTANCE;
    case BI_ITER: return RT_VALUE_ITER;
    case BI_NEXT: return RT_VALUE_NEXT;
    case BI_REVERSED: return RT_VALUE_REVERSED;
    case BI_GETATTR: return RT_VALUE_GETATTR;
    case BI_SETATTR: return RT_VALUE_SETATTR;
    case BI_HASATTR: return RT_VALUE_HASATTR;
    case BI_FORMAT: return RT_VALUE_FORMAT;
    case BI_SORTED: return RT_VALUE_SORTED;
    default: return -1;
    }
}

bool builtin_is_value(BuiltinId id) {
    switch (id) {
    case BI_LEN: case BI_ABS: case BI_REPR: case BI_ORD: case BI_CHR: case BI_SUM: case BI_MIN: case BI_MAX:
    case BI_ANY: case BI_ALL: case BI_SORTED: case BI_ROUND: case BI_HASH: case BI_CALLABLE: case BI_ID:
    case BI_POW: case BI_DIVMOD: case BI_ASCII: case BI_ZIP: return true;
    default: return builtin_value_code(id) >= 0;
    }
}
