// Unit test of the language packs and their lookups.
//
// Run from the repository root, after `make build/gen/lang_packs.c`:
//   mkdir -p build/tests && gcc -std=c11 -Wall -Wextra -Werror -I src -I build/gen -o build/tests/lang_test tests/unit/lang_test.c src/lang/*.c build/gen/lang_packs.c && build/tests/lang_test
//
// tests/lang_packs.test.mjs does the same under `node --test`. Exit status 0
// when every check passes; each failure is printed.
#include <stdio.h>
#include <string.h>

#include "lang/lang.h"

static int failures;
static int checks;

#define CHECK(cond)                                                              \
    do {                                                                         \
        checks++;                                                                \
        if (!(cond)) {                                                           \
            failures++;                                                          \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
        }                                                                        \
    } while (0)

static Concept kw(const char *code, const char *text) {
    const LangPack *p = lang_find(code);
    if (!p) return CONCEPT_NONE;
    return lang_keyword(p, text, strlen(text));
}

static const char *bi(const char *code, const char *text) {
    const LangPack *p = lang_find(code);
    if (!p) return NULL;
    return lang_builtin(p, text, strlen(text));
}

static int streq(const char *a, const char *b) { return a && b && strcmp(a, b) == 0; }

int main(void) {
    static const char *const order[] = {"en", "fr", "es", "de", "hi", "ar", "bn", "ta", "zh",
                                        "ja", "it", "pt", "pl", "nl", "sv", "da", "fi"};
    /* 17 packs in the fixed order, each findable by code. */
    CHECK(lang_count() == 17);
    for (int i = 0; i < 17; i++) {
        const LangPack *p = lang_at(i);
        CHECK(p != NULL);
        if (!p) continue;
        CHECK(streq(p->code, order[i]));
        CHECK(lang_find(order[i]) == p);
        CHECK(p->name && p->name[0]);
    }
    CHECK(lang_at(-1) == NULL);
    CHECK(lang_at(17) == NULL);
    CHECK(lang_find("xx") == NULL);
    CHECK(lang_find(NULL) == NULL);

    /* Concept names. */
    CHECK(streq(concept_name(KW_COND_IF), "COND_IF"));
    CHECK(streq(concept_name(KW_CONST), "CONST"));
    CHECK(concept_name(CONCEPT_NONE) == NULL);
    CHECK(concept_name(CONCEPT_COUNT) == NULL);
    CHECK(concept_from_name("NOT_IN") == KW_NOT_IN);
    CHECK(concept_from_name("PRINT") == CONCEPT_NONE);
    CHECK(concept_from_name("") == CONCEPT_NONE);

    /* Keywords, including multi-word ones. */
    CHECK(kw("fr", "sinon si") == KW_COND_ELIF);
    CHECK(kw("fr", "sinonsi") == KW_COND_ELIF);
    CHECK(kw("fr", "tant que") == KW_LOOP_WHILE);
    CHECK(kw("fr", "tantque") == KW_LOOP_WHILE);
    CHECK(kw("fr", "pas dans") == KW_NOT_IN);
    CHECK(kw("fr", "pas_dans") == KW_NOT_IN);
    CHECK(kw("fr", "pour chaque") == KW_LOOP_FOR);
    CHECK(kw("fr", "déf") == KW_FUNC_DEF);
    CHECK(kw("fr", "soit") == KW_LET);
    CHECK(kw("fr", "sinon  si") == CONCEPT_NONE);
    CHECK(kw("es", "no en") == KW_NOT_IN);
    CHECK(kw("de", "nicht in") == KW_NOT_IN);
    CHECK(kw("sv", "i") == KW_IN);
    CHECK(kw("en", "i") == CONCEPT_NONE);
    CHECK(kw("en", "not in") == KW_NOT_IN);
    CHECK(kw("en", "let") == KW_LET);
    CHECK(kw("en", "var") == KW_LET);
    CHECK(kw("en", "fn") == KW_FUNC_DEF);
    CHECK(kw("en", "const") == KW_CONST);
    CHECK(kw("en", "print") == CONCEPT_NONE); /* a builtin, not a keyword */
    CHECK(kw("ja", "毎") == KW_LOOP_FOR);
    CHECK(kw("ja", "中") == KW_IN);
    CHECK(kw("ja", "関数") == KW_FUNC_DEF);
    CHECK(kw("ja", "戻る") == KW_RETURN);

    /* Lookups must respect len: the text is not NUL-terminated. */
    {
        const char *src = "sinon si x";
        const LangPack *fr = lang_find("fr");
        CHECK(lang_keyword(fr, src, 5) == KW_COND_ELSE);
        CHECK(lang_keyword(fr, src, 8) == KW_COND_ELIF);
        CHECK(lang_keyword(fr, src, 4) == CONCEPT_NONE);
        CHECK(lang_keyword(fr, src, 0) == CONCEPT_NONE);
        const char *call = "afficher(x)";
        CHECK(streq(lang_builtin(fr, call, 8), "print"));
        CHECK(lang_builtin(fr, call, 7) == NULL);
        CHECK(lang_builtin(fr, call, 9) == NULL);
    }

    /* Builtin aliases. */
    CHECK(streq(bi("fr", "afficher"), "print"));
    CHECK(streq(bi("ja", "表示"), "print"));
    CHECK(streq(bi("fr", "intervalle"), "range"));
    CHECK(streq(bi("fr", "longueur"), "len"));
    CHECK(streq(bi("fr", "liste"), "list"));
    CHECK(streq(bi("fr", "un_quelconque"), "any"));
    CHECK(streq(bi("ja", "ソート済み"), "sorted"));
    CHECK(bi("fr", "print") == NULL); /* English names are handled elsewhere */
    CHECK(bi("en", "afficher") == NULL);
    CHECK(streq(lang_builtin_alias(lang_find("fr"), "print"), "afficher"));
    CHECK(streq(lang_builtin_alias(lang_find("fr"), "range"), "intervalle"));
    CHECK(streq(lang_builtin_alias(lang_find("ja"), "print"), "表示"));
    CHECK(lang_builtin_alias(lang_find("en"), "print") == NULL);
    CHECK(lang_builtin_alias(lang_find("fr"), "no_such_builtin") == NULL);

    /* Every pack: core concepts spelled, tables sorted, canonical spelling
     * maps back to its concept, no alias shadowed by a keyword, every
     * builtin's primary alias maps back to it. */
    static const Concept core[] = {KW_COND_IF, KW_LOOP_WHILE, KW_LOOP_FOR, KW_FUNC_DEF, KW_RETURN,
                                   KW_IN,      KW_TRUE,       KW_FALSE,    KW_NONE};
    for (int i = 0; i < lang_count(); i++) {
        const LangPack *p = lang_at(i);
        if (!p) continue;
        for (size_t c = 0; c < sizeof core / sizeof core[0]; c++) {
            const char *s = p->canonical[core[c]];
            if (!s) fprintf(stderr, "%s: no spelling of %s\n", p->code, concept_name(core[c]));
            CHECK(s != NULL);
            if (s) CHECK(lang_keyword(p, s, strlen(s)) == core[c]);
        }
        CHECK(p->canonical[CONCEPT_NONE] == NULL);
        for (int c = 1; c < CONCEPT_COUNT; c++)
            if (p->canonical[c]) CHECK(lang_keyword(p, p->canonical[c], strlen(p->canonical[c])) == (Concept)c);
        for (int k = 0; k < p->keyword_count; k++) {
            const KeywordSpelling *e = &p->keywords[k];
            if (k > 0) CHECK(strcmp(p->keywords[k - 1].spelling, e->spelling) < 0);
            CHECK(lang_keyword(p, e->spelling, strlen(e->spelling)) == e->concept);
            CHECK(e->concept > CONCEPT_NONE && e->concept < CONCEPT_COUNT);
        }
        for (int b = 0; b < p->builtin_count; b++) {
            const BuiltinAlias *e = &p->builtins[b];
            if (b > 0) CHECK(strcmp(p->builtins[b - 1].alias, e->alias) < 0);
            CHECK(streq(lang_builtin(p, e->alias, strlen(e->alias)), e->canonical));
            CHECK(lang_keyword(p, e->alias, strlen(e->alias)) == CONCEPT_NONE);
            CHECK(strcmp(e->alias, e->canonical) != 0);
            const char *first = lang_builtin_alias(p, e->canonical);
            CHECK(first != NULL);
            if (first) CHECK(streq(lang_builtin(p, first, strlen(first)), e->canonical));
        }
        for (int b = 1; b < p->primary_alias_count; b++)
            CHECK(strcmp(p->primary_aliases[b - 1].canonical, p->primary_aliases[b].canonical) < 0);
    }

    if (failures) {
        fprintf(stderr, "lang_test: %d of %d checks failed\n", failures, checks);
        return 1;
    }
    printf("lang_test: %d checks passed\n", checks);
    return 0;
}
