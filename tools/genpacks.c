/* genpacks: turn the language packs (src/lang/packs/<code>.lang) into C
 * tables. Run at build time, natively:
 *
 *     genpacks OUT.c en.lang fr.lang ... fi.lang
 *
 * The packs are emitted in command-line order (the Makefile passes them in
 * the order of LANG_ORDER, src/lang/lang.mk). The output
 * defines, per pack, a keyword table sorted by strcmp of spelling, a builtin
 * table sorted by strcmp of alias and the canonical spelling per concept,
 * plus lang_count/lang_at/lang_find (see src/lang/lang.h).
 *
 * Any malformed line, unknown concept, spelling given to two concepts (or
 * alias given to two builtins), or builtin alias equal to a keyword spelling
 * of the same language is reported as FILE:LINE: error: ... and the exit
 * status is 1; nothing is written then. The file format is described in
 * src/lang/packs/README.md. */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../src/lang/concepts.h"

static const char *const CONCEPT_NAMES[] = {
    NULL,
#define GP_NAME(n) #n,
    ML_CONCEPTS(GP_NAME)
#undef GP_NAME
};

typedef struct Entry {
    char *text;   /* spelling or alias */
    int concept;  /* keywords */
    char *target; /* builtins: English name */
    int line;
} Entry;

/* A `form` line: its statement and parts (see SurfaceForm in lang.h). */
typedef struct Part {
    int kind; /* 0 slot, 1 keyword, 2 word */
    int slot;
    int concept;
    char *word;
} Part;
typedef struct Form {
    int stmt;
    Part parts[16];
    int nparts;
} Form;

static const char *const FORM_STMTS[] = {"for", "while", "if", "with"};
static const char *const FORM_STMT_ENUM[] = {"FORM_FOR", "FORM_WHILE", "FORM_IF", "FORM_WITH"};
static const char *const SLOT_NAMES[] = {"<iterable>", "<target>", "<condition>", "<context>"};
static const char *const SLOT_ENUM[] = {"SLOT_ITERABLE", "SLOT_TARGET", "SLOT_CONDITION", "SLOT_CONTEXT"};

typedef struct Pack {
    const char *path;
    char *code;
    char *name;
    Entry *kw;
    int nkw, capkw;
    Entry *bi;
    int nbi, capbi;
    char *canonical[CONCEPT_COUNT];
    Entry *prim; /* first alias of each builtin, in file order */
    int nprim, capprim;
    Form forms[16];
    int nforms;
} Pack;

static int g_errors;

static void error_at(const char *path, int line, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    if (line > 0)
        fprintf(stderr, "%s:%d: error: ", path, line);
    else
        fprintf(stderr, "%s: error: ", path);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    g_errors++;
}

static void *xrealloc(void *p, size_t n) {
    void *q = realloc(p, n);
    if (!q) {
        fprintf(stderr, "genpacks: out of memory\n");
        exit(1);
    }
    return q;
}

static char *xstrndup(const char *s, size_t n) {
    char *r = xrealloc(NULL, n + 1);
    memcpy(r, s, n);
    r[n] = '\0';
    return r;
}

static char *trim(char *s) {
    while (*s == ' ' || *s == '\t') s++;
    size_t n = strlen(s);
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
        s[--n] = '\0';
    return s;
}

static int concept_by_name(const char *name) {
    for (int i = 1; i < CONCEPT_COUNT; i++)
        if (strcmp(CONCEPT_NAMES[i], name) == 0) return i;
    return 0;
}

/* Validates one spelling: UTF-8, words separated by single spaces, each word
 * made of letters/marks/digits/underscore (any non-ASCII byte is accepted as
 * part of a word; ASCII punctuation is not), not starting with an ASCII
 * digit. Returns NULL when fine, else a message. */
static const char *check_spelling(const char *s);

/* form STMT = PART PART ...: each part a slot (<iterable> ...), a concept
 * name (a keyword of the language) or a literal word. The statement's
 * slots each once, never two slots in a row (the parser finds a slot's end
 * at the part after it). */
static void parse_form(Pack *pk, const char *path, int lineno, const char *subject, char *value) {
    int stmt = -1;
    for (int i = 0; i < 4; i++)
        if (strcmp(subject, FORM_STMTS[i]) == 0) stmt = i;
    if (stmt < 0) {
        error_at(path, lineno, "unknown form '%s' (expected for, while, if or with)", subject);
        return;
    }
    if (pk->nforms == 16) {
        error_at(path, lineno, "too many forms");
        return;
    }
    Form *f = &pk->forms[pk->nforms];
    f->stmt = stmt;
    f->nparts = 0;
    int seen[4] = {0}, anchors = 0;
    for (char *w = strtok(value, " "); w; w = strtok(NULL, " ")) {
        if (f->nparts == 16) {
            error_at(path, lineno, "too many parts");
            return;
        }
        Part *pt = &f->parts[f->nparts++];
        memset(pt, 0, sizeof *pt);
        int slot = -1;
        for (int i = 0; i < 4; i++)
            if (strcmp(w, SLOT_NAMES[i]) == 0) slot = i;
        int concept = w[0] >= 'A' && w[0] <= 'Z' ? concept_by_name(w) : 0;
        if (slot >= 0) {
            pt->kind = 0;
            pt->slot = slot;
            seen[slot]++;
            if (f->nparts > 1 && f->parts[f->nparts - 2].kind == 0) {
                error_at(path, lineno, "two slots in a row: '%s'", w);
                return;
            }
        } else if (concept) {
            pt->kind = 1;
            pt->concept = concept;
            anchors++;
        } else if (w[0] == '<' || check_spelling(w)) {
            error_at(path, lineno, "bad part '%s'", w);
            return;
        } else {
            pt->kind = 2;
            pt->word = xstrndup(w, strlen(w));
            anchors++;
        }
    }
    int want[4][4] = {{1, 1, 0, 0}, {0, 0, 1, 0}, {0, 0, 1, 0}, {0, 0, 0, 1}};
    for (int i = 0; i < 4; i++)
        if (seen[i] != want[stmt][i]) {
            error_at(path, lineno, "form %s needs %s %s", subject, want[stmt][i] ? "exactly one" : "no", SLOT_NAMES[i]);
            return;
        }
    if (!anchors) {
        error_at(path, lineno, "form %s has no keyword nor word", subject);
        return;
    }
    pk->nforms++;
}

static const char *check_spelling(const char *s) {
    size_t n = strlen(s);
    if (n == 0) return "empty spelling";
    if (s[0] == ' ' || s[n - 1] == ' ') return "spelling has leading/trailing space";
    int word_start = 1;
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        unsigned char c = *p;
        if (c == ' ') {
            if (p[1] == ' ') return "words must be separated by a single space";
            word_start = 1;
            p++;
            continue;
        }
        if (c < 0x80) {
            if (!(isalnum(c) || c == '_')) return "spelling contains a character that cannot be part of a word";
            if (word_start && isdigit(c)) return "a word of a spelling starts with a digit";
            p++;
        } else {
            int len = (c >= 0xF0 && c < 0xF8) ? 4 : (c >= 0xE0) ? 3 : (c >= 0xC2 && c < 0xE0) ? 2 : 0;
            if (len == 0) return "invalid UTF-8";
            for (int i = 1; i < len; i++)
                if ((p[i] & 0xC0) != 0x80) return "invalid UTF-8";
            p += len;
        }
        word_start = 0;
    }
    return NULL;
}

static int is_identifier_ascii(const char *s) {
    if (!*s || isdigit((unsigned char)*s)) return 0;
    for (; *s; s++)
        if (!(isalnum((unsigned char)*s) || *s == '_')) return 0;
    return 1;
}

static void add_entry(Entry **arr, int *n, int *cap, Entry e) {
    if (*n == *cap) {
        *cap = *cap ? *cap * 2 : 64;
        *arr = xrealloc(*arr, (size_t)*cap * sizeof **arr);
    }
    (*arr)[(*n)++] = e;
}

static Entry *find_entry(Entry *arr, int n, const char *text) {
    for (int i = 0; i < n; i++)
        if (strcmp(arr[i].text, text) == 0) return &arr[i];
    return NULL;
}

static void parse_pack(Pack *pk, const char *path) {
    memset(pk, 0, sizeof *pk);
    pk->path = path;
    FILE *f = fopen(path, "rb");
    if (!f) {
        error_at(path, 0, "cannot open: %s", strerror(errno));
        return;
    }
    char buf[4096];
    int lineno = 0;
    while (fgets(buf, sizeof buf, f)) {
        lineno++;
        size_t blen = strlen(buf);
        if (blen == sizeof buf - 1 && buf[blen - 1] != '\n') {
            error_at(path, lineno, "line too long");
            break;
        }
        if (blen > 0 && buf[blen - 1] == '\n') buf[--blen] = '\0';
        if (lineno == 1 && (unsigned char)buf[0] == 0xEF && (unsigned char)buf[1] == 0xBB &&
            (unsigned char)buf[2] == 0xBF)
            memmove(buf, buf + 3, strlen(buf + 3) + 1);
        char *line = trim(buf);
        if (*line == '\0' || *line == '#') continue;
        char *eq = strchr(line, '=');
        if (!eq) {
            error_at(path, lineno, "expected 'KEY = VALUE', got '%s'", line);
            continue;
        }
        *eq = '\0';
        char *key = trim(line);
        char *value = trim(eq + 1);
        if (strchr(value, '=')) {
            error_at(path, lineno, "more than one '=' on a line");
            continue;
        }
        if (strcmp(key, "code") == 0 || strcmp(key, "name") == 0) {
            char **slot = key[0] == 'c' ? &pk->code : &pk->name;
            if (*slot) {
                error_at(path, lineno, "duplicate '%s'", key);
                continue;
            }
            if (!*value || strchr(value, '"') || strchr(value, '\\')) {
                error_at(path, lineno, "bad value for '%s'", key);
                continue;
            }
            *slot = xstrndup(value, strlen(value));
            continue;
        }
        if (strncmp(key, "form", 4) == 0 && (key[4] == ' ' || key[4] == '\t')) {
            parse_form(pk, path, lineno, trim(key + 4), value);
            continue;
        }
        int is_kw = strncmp(key, "keyword", 7) == 0 && (key[7] == ' ' || key[7] == '\t');
        int is_bi = strncmp(key, "builtin", 7) == 0 && (key[7] == ' ' || key[7] == '\t');
        if (!is_kw && !is_bi) {
            error_at(path, lineno, "unknown directive '%s' (expected code, name, keyword or builtin)", key);
            continue;
        }
        char *subject = trim(key + 7);
        int concept = 0;
        if (is_kw) {
            concept = concept_by_name(subject);
            if (!concept) {
                error_at(path, lineno, "unknown concept '%s'", subject);
                continue;
            }
            if (pk->canonical[concept]) {
                error_at(path, lineno, "concept %s is given twice (list all spellings on one line)", subject);
                continue;
            }
        } else if (!is_identifier_ascii(subject)) {
            error_at(path, lineno, "bad builtin name '%s'", subject);
            continue;
        } else {
            for (int i = 0; i < pk->nbi; i++)
                if (strcmp(pk->bi[i].target, subject) == 0) {
                    error_at(path, lineno, "builtin %s is given twice (list all aliases on one line)", subject);
                    goto next_line;
                }
        }
        if (!*value) {
            error_at(path, lineno, "no spelling given");
            continue;
        }
        char *target = is_bi ? xstrndup(subject, strlen(subject)) : NULL;
        int target_used = 0;
        for (char *tok = value;;) {
            char *bar = strchr(tok, '|');
            if (bar) *bar = '\0';
            char *sp = trim(tok);
            const char *msg = check_spelling(sp);
            if (msg) {
                error_at(path, lineno, "%s: '%s'", msg, sp);
            } else if (is_kw) {
                Entry *old = find_entry(pk->kw, pk->nkw, sp);
                if (old && old->concept != concept)
                    error_at(path, lineno, "'%s' is already a spelling of %s (line %d)", sp,
                             CONCEPT_NAMES[old->concept], old->line);
                else if (old)
                    error_at(path, lineno, "duplicate spelling '%s'", sp);
                else {
                    Entry e = {xstrndup(sp, strlen(sp)), concept, NULL, lineno};
                    add_entry(&pk->kw, &pk->nkw, &pk->capkw, e);
                    if (!pk->canonical[concept]) pk->canonical[concept] = e.text;
                }
            } else {
                Entry *old = find_entry(pk->bi, pk->nbi, sp);
                if (strcmp(sp, target) == 0)
                    error_at(path, lineno, "alias '%s' is the English name itself", sp);
                else if (old && strcmp(old->target, target) != 0)
                    error_at(path, lineno, "'%s' is already an alias of %s (line %d)", sp, old->target,
                             old->line);
                else if (old)
                    error_at(path, lineno, "duplicate alias '%s'", sp);
                else {
                    Entry e = {xstrndup(sp, strlen(sp)), 0, target, lineno};
                    add_entry(&pk->bi, &pk->nbi, &pk->capbi, e);
                    target_used = 1;
                    int have = 0;
                    for (int i = 0; i < pk->nprim; i++)
                        if (strcmp(pk->prim[i].target, target) == 0) have = 1;
                    if (!have) add_entry(&pk->prim, &pk->nprim, &pk->capprim, e);
                }
            }
            if (!bar) break;
            tok = bar + 1;
        }
        if (target && !target_used) free(target);
    next_line:;
    }
    if (ferror(f)) error_at(path, 0, "read error");
    fclose(f);
    if (!pk->code) error_at(path, 0, "missing 'code = ...'");
    if (!pk->name) error_at(path, 0, "missing 'name = ...'");
    if (pk->code && !is_identifier_ascii(pk->code)) error_at(path, 0, "bad code '%s'", pk->code);
    if (pk->code) {
        const char *base = strrchr(path, '/');
        base = base ? base + 1 : path;
        size_t cl = strlen(pk->code);
        if (strncmp(base, pk->code, cl) != 0 || strcmp(base + cl, ".lang") != 0)
            error_at(path, 0, "code '%s' does not match the file name (expected %s.lang)", pk->code, pk->code);
    }
    /* An alias must not be the English name of another builtin: English
     * names work in every language. */
    for (int i = 0; i < pk->nbi; i++)
        for (int j = 0; j < pk->nbi; j++)
            if (strcmp(pk->bi[i].text, pk->bi[j].target) == 0) {
                error_at(path, pk->bi[i].line, "alias '%s' of %s is the English name of another builtin",
                         pk->bi[i].text, pk->bi[i].target);
                break;
            }
    /* A builtin alias must not also be a keyword of the same language: the
     * keyword would always win, so the alias is dead (and confusing). */
    for (int i = 0; i < pk->nbi; i++) {
        Entry *k = find_entry(pk->kw, pk->nkw, pk->bi[i].text);
        if (k)
            error_at(path, pk->bi[i].line, "builtin alias '%s' is also the keyword spelling of %s (line %d)",
                     pk->bi[i].text, CONCEPT_NAMES[k->concept], k->line);
    }
}

static int cmp_entry(const void *a, const void *b) {
    return strcmp(((const Entry *)a)->text, ((const Entry *)b)->text);
}

static int cmp_target(const void *a, const void *b) {
    return strcmp(((const Entry *)a)->target, ((const Entry *)b)->target);
}

/* Writes s as a C string literal; non-ASCII bytes as octal escapes so the
 * generated file is plain ASCII and encoding-proof. */
static void put_str(FILE *o, const char *s) {
    if (!s) {
        fputs("NULL", o);
        return;
    }
    fputc('"', o);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\')
            fprintf(o, "\\%c", *p);
        else if (*p < 0x20 || *p >= 0x7F)
            fprintf(o, "\\%03o", *p);
        else
            fputc(*p, o);
    }
    fputc('"', o);
}

static void put_comment_safe(FILE *o, const char *s) {
    /* Only ASCII in comments; "*" followed by "/" cannot appear in a spelling. */
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) fputc(*p < 0x80 ? *p : '?', o);
}

static int write_output(const char *out_path, Pack *packs, int n) {
    size_t tlen = strlen(out_path) + 8;
    char *tmp = xrealloc(NULL, tlen);
    snprintf(tmp, tlen, "%s.tmp", out_path);
    FILE *o = fopen(tmp, "wb");
    if (!o) {
        fprintf(stderr, "%s: error: cannot write: %s\n", tmp, strerror(errno));
        free(tmp);
        return 1;
    }
    fputs("/* Generated by tools/genpacks from the language packs (src/lang/packs). Do not edit. */\n"
          "#include <stddef.h>\n#include <string.h>\n#include \"lang/lang.h\"\n\n",
          o);
    for (int i = 0; i < n; i++) {
        Pack *pk = &packs[i];
        if (pk->nkw) qsort(pk->kw, (size_t)pk->nkw, sizeof *pk->kw, cmp_entry);
        if (pk->nbi) qsort(pk->bi, (size_t)pk->nbi, sizeof *pk->bi, cmp_entry);
        if (pk->nprim) qsort(pk->prim, (size_t)pk->nprim, sizeof *pk->prim, cmp_target);
        fprintf(o, "/* ---- %s ---- */\n", pk->code);
        fprintf(o, "static const KeywordSpelling kw_%s[] = {\n", pk->code);
        for (int j = 0; j < pk->nkw; j++) {
            fputs("    {", o);
            put_str(o, pk->kw[j].text);
            fprintf(o, ", KW_%s},\n", CONCEPT_NAMES[pk->kw[j].concept]);
        }
        if (pk->nkw == 0) fputs("    {NULL, CONCEPT_NONE},\n", o);
        fputs("};\n", o);
        fprintf(o, "static const BuiltinAlias bi_%s[] = {\n", pk->code);
        for (int j = 0; j < pk->nbi; j++) {
            fputs("    {", o);
            put_str(o, pk->bi[j].text);
            fputs(", ", o);
            put_str(o, pk->bi[j].target);
            fputs("},\n", o);
        }
        if (pk->nbi == 0) fputs("    {NULL, NULL},\n", o);
        fputs("};\n", o);
        fprintf(o, "static const BuiltinAlias prim_%s[] = {\n", pk->code);
        for (int j = 0; j < pk->nprim; j++) {
            fputs("    {", o);
            put_str(o, pk->prim[j].text);
            fputs(", ", o);
            put_str(o, pk->prim[j].target);
            fputs("},\n", o);
        }
        if (pk->nprim == 0) fputs("    {NULL, NULL},\n", o);
        fputs("};\n", o);
        fprintf(o, "static const char *const canon_%s[CONCEPT_COUNT] = {\n", pk->code);
        for (int c = 1; c < CONCEPT_COUNT; c++) {
            fprintf(o, "    [KW_%s] = ", CONCEPT_NAMES[c]);
            put_str(o, pk->canonical[c]);
            fputs(",\n", o);
        }
        fputs("};\n", o);
        for (int j = 0; j < pk->nforms; j++) {
            fprintf(o, "static const FormPart form_%s_%d[] = {\n", pk->code, j);
            for (int k = 0; k < pk->forms[j].nparts; k++) {
                Part *pt = &pk->forms[j].parts[k];
                if (pt->kind == 0) fprintf(o, "    {PART_SLOT, %s, CONCEPT_NONE, NULL},\n", SLOT_ENUM[pt->slot]);
                else if (pt->kind == 1) fprintf(o, "    {PART_KEYWORD, SLOT_ITERABLE, KW_%s, NULL},\n", CONCEPT_NAMES[pt->concept]);
                else {
                    fputs("    {PART_WORD, SLOT_ITERABLE, CONCEPT_NONE, ", o);
                    put_str(o, pt->word);
                    fputs("},\n", o);
                }
            }
            fputs("};\n", o);
        }
        if (pk->nforms) {
            fprintf(o, "static const SurfaceForm forms_%s[] = {\n", pk->code);
            for (int j = 0; j < pk->nforms; j++)
                fprintf(o, "    {%s, form_%s_%d, %d},\n", FORM_STMT_ENUM[pk->forms[j].stmt], pk->code, j, pk->forms[j].nparts);
            fputs("};\n", o);
        }
        fputs("\n", o);
    }
    fputs("static const LangPack packs[] = {\n", o);
    for (int i = 0; i < n; i++) {
        Pack *pk = &packs[i];
        fputs("    {", o);
        put_str(o, pk->code);
        fputs(", ", o);
        put_str(o, pk->name);
        fprintf(o, ", kw_%s, %d, bi_%s, %d, canon_%s, prim_%s, %d, ", pk->code, pk->nkw, pk->code,
                pk->nbi, pk->code, pk->code, pk->nprim);
        if (pk->nforms) fprintf(o, "forms_%s, %d}, /* ", pk->code, pk->nforms);
        else fputs("NULL, 0}, /* ", o);
        put_comment_safe(o, pk->code);
        fputs(" */\n", o);
    }
    fputs("};\n\n", o);
    fprintf(o,
            "int lang_count(void) { return %d; }\n\n"
            "const LangPack *lang_at(int index) {\n"
            "    if (index < 0 || index >= %d) return NULL;\n"
            "    return &packs[index];\n"
            "}\n\n"
            "const LangPack *lang_find(const char *code) {\n"
            "    if (!code) return NULL;\n"
            "    for (int i = 0; i < %d; i++)\n"
            "        if (strcmp(packs[i].code, code) == 0) return &packs[i];\n"
            "    return NULL;\n"
            "}\n",
            n, n, n);
    int bad = ferror(o);
    if (fclose(o) != 0) bad = 1;
    if (bad || rename(tmp, out_path) != 0) {
        fprintf(stderr, "%s: error: cannot write: %s\n", out_path, strerror(errno));
        remove(tmp);
        free(tmp);
        return 1;
    }
    free(tmp);
    return 0;
}

static void free_pack(Pack *pk) {
    for (int i = 0; i < pk->nkw; i++) free(pk->kw[i].text);
    for (int i = 0; i < pk->nbi; i++) free(pk->bi[i].text);
    /* The aliases of one builtin line share one target string, which is
     * also the target of that line's primary alias. */
    for (int i = 0; i < pk->nprim; i++) free(pk->prim[i].target);
    for (int i = 0; i < pk->nforms; i++)
        for (int k = 0; k < pk->forms[i].nparts; k++) free(pk->forms[i].parts[k].word);
    free(pk->kw);
    free(pk->bi);
    free(pk->prim);
    free(pk->code);
    free(pk->name);
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: genpacks OUT.c PACK.lang...\n");
        return 2;
    }
    int n = argc - 2;
    Pack *packs = xrealloc(NULL, (size_t)n * sizeof *packs);
    for (int i = 0; i < n; i++) parse_pack(&packs[i], argv[i + 2]);
    for (int i = 0; i < n && !g_errors; i++)
        for (int j = 0; j < i; j++)
            if (strcmp(packs[i].code, packs[j].code) == 0)
                error_at(packs[i].path, 0, "language code '%s' already used by %s", packs[i].code,
                         packs[j].path);
    int status;
    if (g_errors) {
        fprintf(stderr, "genpacks: %d error(s); %s not written\n", g_errors, argv[1]);
        status = 1;
    } else {
        status = write_output(argv[1], packs, n);
    }
    for (int i = 0; i < n; i++) free_pack(&packs[i]);
    free(packs);
    return status;
}
