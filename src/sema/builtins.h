/* Builtin functions by id (the table is builtins.def). */
#ifndef ML_BUILTINS_H
#define ML_BUILTINS_H
#include <stdbool.h>

typedef enum BuiltinHow { BUILTIN_LOWERED, BUILTIN_DECORATOR, BUILTIN_EXCEPTION, BUILTIN_STDLIB, BUILTIN_CONSTANT, BUILTIN_REFUSED } BuiltinHow;

typedef enum BuiltinId {
    BI_NONE = 0, /* not a builtin */
#define BUILTIN(id, name, how) BI_##id,
#include "builtins.def"
#undef BUILTIN
    BI_COUNT
} BuiltinId;

/* The id of a builtin's canonical (English) name, or BI_NONE. */
BuiltinId builtin_lookup(const char *name);
const char *builtin_name(BuiltinId id);
BuiltinHow builtin_how(BuiltinId id);
/* The builtins that are types (int, str, list, object ...): values too
 * (classes, for isinstance() and type(x) comparisons). */
bool builtin_is_type(BuiltinId id);
/* The one-argument builtins a program may use as values (sorted(key=len)). */
bool builtin_is_value(BuiltinId id);
/* A builtin whose value takes several arities (min, max, sum, round, pow,
 * divmod): the runtime makes it (rt_builtin_value); its RT_VALUE_* code,
 * else -1 (a table slot wrapper of one argument). */
int builtin_value_code(BuiltinId id);
/* A BUILTIN_STDLIB's module (src/stdlib/<module>.ml), whose function of
 * the builtin's name it is; NULL for the others. */
const char *builtin_module(BuiltinId id);
/* The module of the DOM builtins (src/stdlib/_browser.ml): a page's
 * elements, events and timers, over the host's "env" imports. */
#define BROWSER_MODULE "_browser"
/* A builtin of BROWSER_MODULE: with --wasm-target wasi, a compile-time
 * error at its use (a WASI runtime has no page). */
bool builtin_needs_browser(BuiltinId id);
/* A BUILTIN_EXCEPTION's class number in the runtime (RT_EXC_*). */
int builtin_exc_kind(BuiltinId id);

#endif
