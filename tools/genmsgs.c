/* genmsgs: turn the message catalogs (src/lang/messages/<code>.po) into C
 * tables. Run at build time, natively:
 *
 *     genmsgs OUT.c fr.po es.po ...
 *
 * A catalog is a subset of gettext's .po format (see
 * src/lang/messages/README.md): `msgid "..."` then `msgstr "..."`, each on
 * one line, with C escapes (\" \\ \n \t); `#` lines are comments. The msgid
 * is the English format string exactly as the compiler's source writes it
 * (diag_error(c, l, col, "invalid syntax")), so that no call site changes;
 * an empty msgstr means "not translated yet" (English is used).
 *
 * Checked here, so that a wrong translation never reaches printf: the
 * msgstr has the same conversions as the msgid, in the same order (%s, %d,
 * %c, %.*s ...; %% aside), and no msgid is given twice. A failure is
 * FILE:LINE: error: ..., exit status 1, nothing written.
 *
 * The output defines ml_msg_catalogs[] (see src/lang/messages.h): per
 * catalog its language code and its entries sorted by strcmp of msgid, for
 * binary search. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Msg {
    char *id, *str;
    int line;
} Msg;

typedef struct Catalog {
    const char *path;
    char code[16];
    Msg *msgs;
    int n, cap;
} Catalog;

static int g_errors;

static void error_at(const char *path, int line, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "%s:%d: error: ", path, line);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    g_errors++;
}

/* The quoted string after `keyword ` on a line, unescaped; NULL when the
 * line is not that. */
static char *quoted(const char *line, const char *keyword, const char *path, int lineno) {
    size_t k = strlen(keyword);
    if (strncmp(line, keyword, k) != 0 || line[k] != ' ') return NULL;
    const char *p = line + k;
    while (*p == ' ') p++;
    if (*p != '"') {
        error_at(path, lineno, "%s needs a quoted string", keyword);
        return NULL;
    }
    p++;
    char *out = malloc(strlen(p) + 1), *o = out;
    for (; *p && *p != '"'; p++) {
        if (*p != '\\') {
            *o++ = *p;
            continue;
        }
        p++;
        switch (*p) {
        case '"': *o++ = '"'; break;
        case '\\': *o++ = '\\'; break;
        case 'n': *o++ = '\n'; break;
        case 't': *o++ = '\t'; break;
        default:
            error_at(path, lineno, "unknown escape '\\%c'", *p ? *p : '?');
            free(out);
            return NULL;
        }
    }
    *o = 0;
    if (*p != '"') {
        error_at(path, lineno, "unterminated string");
        free(out);
        return NULL;
    }
    for (p++; *p == ' ' || *p == '\t'; p++) {}
    if (*p) {
        error_at(path, lineno, "text after the closing quote");
        free(out);
        return NULL;
    }
    return out;
}

/* The conversions of a printf format, one letter each ("%.*s" -> "*s"
 * keeps the precision argument), written to sig; "%%" is skipped. */
static void conversions(const char *fmt, char *sig, size_t cap) {
    size_t n = 0;
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') continue;
        p++;
        if (*p == '%') continue;
        while (*p && strchr("-+ #0123456789.", *p)) p++;
        if (*p == '*' || (p[0] == '.' && p[1] == '*')) {
            if (n + 1 < cap) sig[n++] = '*';
            while (*p == '*' || *p == '.') p++;
        }
        while (*p && strchr("-+ #0123456789.", *p)) p++;
        while (*p && strchr("hlzjt", *p)) {
            if (n + 1 < cap) sig[n++] = *p;
            p++;
        }
        if (!*p) break;
        if (n + 1 < cap) sig[n++] = *p;
    }
    sig[n] = 0;
}

static void add(Catalog *c, Msg m) {
    if (c->n == c->cap) {
        c->cap = c->cap ? c->cap * 2 : 64;
        c->msgs = realloc(c->msgs, sizeof *c->msgs * (size_t)c->cap);
        if (!c->msgs) abort();
    }
    c->msgs[c->n++] = m;
}

static void parse(Catalog *c) {
    const char *base = strrchr(c->path, '/');
    base = base ? base + 1 : c->path;
    size_t len = strcspn(base, ".");
    if (len == 0 || len >= sizeof c->code || strcmp(base + len, ".po") != 0) {
        error_at(c->path, 0, "a catalog is named <code>.po");
        return;
    }
    memcpy(c->code, base, len);
    c->code[len] = 0;
    FILE *f = fopen(c->path, "r");
    if (!f) {
        error_at(c->path, 0, "cannot read the file");
        return;
    }
    char line[4096];
    char *id = NULL;
    int id_line = 0, lineno = 0;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        size_t l = strlen(line);
        while (l && (line[l - 1] == '\n' || line[l - 1] == '\r' || line[l - 1] == ' ')) line[--l] = 0;
        char *s = line;
        while (*s == ' ' || *s == '\t') s++;
        if (!*s || *s == '#') continue;
        char *v;
        if ((v = quoted(s, "msgid", c->path, lineno))) {
            if (id) error_at(c->path, id_line, "msgid without its msgstr");
            free(id);
            id = v;
            id_line = lineno;
        } else if ((v = quoted(s, "msgstr", c->path, lineno))) {
            if (!id) {
                error_at(c->path, lineno, "msgstr without a msgid before it");
                free(v);
                continue;
            }
            char a[64], b[64];
            conversions(id, a, sizeof a);
            conversions(v, b, sizeof b);
            if (*v && strcmp(a, b) != 0)
                error_at(c->path, lineno, "the translation's conversions (%s) differ from the msgid's (%s)", b, a);
            for (int i = 0; i < c->n; i++)
                if (!strcmp(c->msgs[i].id, id)) error_at(c->path, id_line, "msgid given twice (line %d)", c->msgs[i].line);
            if (*v) add(c, (Msg){id, v, id_line});
            else {
                free(id);
                free(v);
            }
            id = NULL;
        } else if (strncmp(s, "msgid", 5) != 0 && strncmp(s, "msgstr", 6) != 0) {
            error_at(c->path, lineno, "expected msgid \"...\" or msgstr \"...\"");
        }
    }
    if (id) error_at(c->path, id_line, "msgid without its msgstr");
    free(id);
    fclose(f);
}

static int cmp_msg(const void *a, const void *b) { return strcmp(((const Msg *)a)->id, ((const Msg *)b)->id); }

static void put_str(FILE *o, const char *s) {
    fputc('"', o);
    for (; *s; s++) {
        unsigned char ch = (unsigned char)*s;
        if (ch == '"' || ch == '\\') fprintf(o, "\\%c", ch);
        else if (ch == '\n') fputs("\\n", o);
        else if (ch == '\t') fputs("\\t", o);
        else if (ch == '?') fputs("\\?", o); /* no trigraphs */
        else if (ch < 0x20) fprintf(o, "\\%03o", ch);
        else fputc(ch, o);
    }
    fputc('"', o);
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: genmsgs OUT.c CATALOG.po...\n");
        return 2;
    }
    int n = argc - 2;
    Catalog *cs = calloc((size_t)(n ? n : 1), sizeof *cs);
    for (int i = 0; i < n; i++) {
        cs[i].path = argv[i + 2];
        parse(&cs[i]);
        for (int j = 0; j < i; j++)
            if (!strcmp(cs[i].code, cs[j].code)) error_at(cs[i].path, 0, "a second catalog for '%s'", cs[i].code);
    }
    if (g_errors) return 1;
    FILE *o = fopen(argv[1], "w");
    if (!o) {
        fprintf(stderr, "genmsgs: cannot write %s\n", argv[1]);
        return 1;
    }
    fputs("/* Generated by tools/genmsgs from the catalogs in src/lang/messages: do not edit. */\n"
          "#include \"lang/messages.h\"\n\n",
          o);
    for (int i = 0; i < n; i++) {
        Catalog *c = &cs[i];
        qsort(c->msgs, (size_t)c->n, sizeof *c->msgs, cmp_msg);
        fprintf(o, "static const MsgEntry msgs_%s[] = {\n", c->code);
        for (int k = 0; k < c->n; k++) {
            fputs("    {", o);
            put_str(o, c->msgs[k].id);
            fputs(", ", o);
            put_str(o, c->msgs[k].str);
            fputs("},\n", o);
        }
        if (!c->n) fputs("    {0, 0},\n", o);
        fputs("};\n", o);
    }
    fputs("\nconst MsgCatalog ml_msg_catalogs[] = {\n", o);
    for (int i = 0; i < n; i++) fprintf(o, "    {\"%s\", msgs_%s, %d},\n", cs[i].code, cs[i].code, cs[i].n);
    fputs("    {0, 0, 0},\n};\n", o);
    if (fclose(o) != 0) return 1;
    return 0;
}
