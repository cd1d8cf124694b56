/* Writes the libFuzzer dictionary of the fuzz targets: every keyword
 * spelling and builtin name (localized aliases and their English names) of
 * the 17 language packs, read from the compiler's own tables, plus the
 * operators and a few layout tokens. Usage: gen_dict OUT */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lang/lang.h"

static int cmp(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }

static void put_entry(FILE *f, const char *s) {
    fputc('"', f);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\') fprintf(f, "\\%c", *p);
        else if (*p < 0x20 || *p >= 0x7f) fprintf(f, "\\x%02X", *p);
        else fputc(*p, f);
    }
    fputs("\"\n", f);
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fputs("usage: gen_dict OUT\n", stderr);
        return 2;
    }
    static const char *const extra[] = {
        "(", ")", "[", "]", "{", "}", ",", ":", ";", ".", "@", "...", "->", "=", ":=", "+", "-", "*", "/",
        "//", "%", "**", "&", "|", "^", "~", "<<", ">>", "==", "!=", "<", ">", "<=", ">=", "+=", "-=", "*=",
        "/=", "//=", "%=", "**=", "&=", "|=", "^=", "<<=", ">>=", "@=", "\n", "\n    ", "\n        ",
        "\t", "#", "\"", "'", "\"\"\"", "f\"", "b'", "r'", "{x}", "\\", "0x", "0b", "0o", "1e9", "1_000",
        "lambda", "__init__", "self", "import ", "from ", "class ", "def ", "yield", "async", "await",
        "×", "≤", "≥", "≠", "（", "）", "：", "，", "、", "。",
    };
    size_t cap = 1024, n = 0;
    const char **words = malloc(cap * sizeof *words);
    if (!words) return 1;
#define ADD(w)                                                         \
    do {                                                               \
        if (n == cap) {                                                \
            cap *= 2;                                                  \
            words = realloc(words, cap * sizeof *words);               \
            if (!words) return 1;                                      \
        }                                                              \
        words[n++] = (w);                                              \
    } while (0)
    for (int i = 0; i < lang_count(); i++) {
        const LangPack *p = lang_at(i);
        for (int k = 0; k < p->keyword_count; k++) ADD(p->keywords[k].spelling);
        for (int k = 0; k < p->builtin_count; k++) {
            ADD(p->builtins[k].alias);
            ADD(p->builtins[k].canonical);
        }
    }
    for (size_t i = 0; i < sizeof extra / sizeof *extra; i++) ADD(extra[i]);
    qsort(words, n, sizeof *words, cmp);
    FILE *f = fopen(argv[1], "w");
    if (!f) {
        perror(argv[1]);
        return 1;
    }
    size_t written = 0;
    for (size_t i = 0; i < n; i++)
        if (i == 0 || strcmp(words[i], words[i - 1]) != 0) {
            put_entry(f, words[i]);
            written++;
        }
    free(words);
    if (fclose(f)) return 1;
    fprintf(stderr, "%s: %zu entries\n", argv[1], written);
    return 0;
}
