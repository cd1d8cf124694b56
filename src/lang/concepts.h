/* Keyword concepts: the language-independent meaning of a keyword. A lexer
 * token carries a concept, the parser dispatches on concepts only, so one
 * grammar serves all 17 human languages. The X-macro keeps the enum and the
 * concept names (used by the language-pack generator) in one place. */
#ifndef ML_CONCEPTS_H
#define ML_CONCEPTS_H

#define ML_CONCEPTS(X)                                                        \
    X(COND_IF) X(COND_ELIF) X(COND_ELSE) X(LOOP_WHILE) X(LOOP_FOR) X(IN)      \
    X(NOT_IN) X(LOOP_BREAK) X(LOOP_CONTINUE) X(PASS) X(FUNC_DEF) X(RETURN)   \
    X(CLASS_DEF) X(LAMBDA) X(YIELD) X(IMPORT) X(FROM) X(AS) X(AND) X(OR)     \
    X(NOT) X(IS) X(TRUE) X(FALSE) X(NONE) X(TRY) X(EXCEPT) X(FINALLY)        \
    X(RAISE) X(GLOBAL) X(NONLOCAL) X(DEL) X(ASSERT) X(WITH) X(ASYNC)         \
    X(AWAIT) X(MATCH) X(CASE) X(DEFAULT) X(LET) X(CONST)

typedef enum Concept {
    CONCEPT_NONE = 0,
#define ML_CONCEPT_ENUM(name) KW_##name,
    ML_CONCEPTS(ML_CONCEPT_ENUM)
#undef ML_CONCEPT_ENUM
    CONCEPT_COUNT
} Concept;

/* "COND_IF" for KW_COND_IF; NULL for an unknown value. */
const char *concept_name(Concept c);
/* KW_COND_IF for "COND_IF"; CONCEPT_NONE when unknown. */
Concept concept_from_name(const char *name);

#endif
