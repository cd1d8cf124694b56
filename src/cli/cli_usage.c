/* `multilingual --help`: the usage text, written from the command and option
 * tables (src/cli/cli_grammar.c), the language packs and the artifact
 * table, so that it never disagrees with what the parser accepts. */
#include <string.h>

#include "cli/cli_internal.h"
#include "lang/lang.h"

#define HELP_COLUMN 24 /* width of the "name synopsis" column */

void cli_put_languages(Buf *out) {
    for (int i = 0; i < lang_count(); i++) {
        if (i) buf_putc(out, ' ');
        buf_puts(out, lang_at(i)->code);
    }
}

/* Copies text, expanding %n (artifact count), %f (the artifact's file),
 * %l (language codes) and %t (targets), and indenting continuation lines. */
static void put_text(Buf *out, const char *text, int artifact) {
    for (const char *p = text; *p; p++) {
        if (*p == '\n') {
            buf_printf(out, "\n%*s", 2 + HELP_COLUMN + 1, "");
        } else if (*p == '%' && p[1]) {
            switch (*++p) {
            case 'n': buf_printf(out, "%d", ML_ARTIFACT_COUNT); break;
            case 'f': buf_puts(out, artifact >= 0 ? ml_artifacts[artifact].file : "?"); break;
            case 'l': cli_put_languages(out); break;
            case 't':
                for (int t = 0; t < ML_TARGET_COUNT; t++)
                    buf_printf(out, "%s%s", t ? "|" : "", ml_target_name((MlTarget)t));
                break;
            default: buf_putc(out, '%'), buf_putc(out, *p); break;
            }
        } else {
            buf_putc(out, *p);
        }
    }
}

/* "  NAME SYNOPSIS   help", the help in its column (or two spaces further
 * when the name is longer). */
static void put_entry(Buf *out, const char *name, const char *synopsis, const char *help, int artifact) {
    size_t start = out->len;
    buf_printf(out, "  %s ", name);
    put_text(out, synopsis, artifact);
    size_t width = out->len - start - 2;
    if (width <= HELP_COLUMN) buf_printf(out, "%*s", (int)(HELP_COLUMN + 1 - width), "");
    else buf_puts(out, "  ");
    put_text(out, help, artifact);
    buf_putc(out, '\n');
}

void cli_usage(Buf *out) {
    buf_puts(out, "usage: multilingual <command> FILE [options] [-- program arguments]\n"
                  "\n"
                  "Compile multilingual programs (.ml, .multi) to WebAssembly.\n"
                  "\n"
                  "commands:\n");
    for (int k = 0; k < cli_command_count; k++) {
        const CliCommand *c = &cli_commands[k];
        put_entry(out, c->name, c->synopsis, c->help, c->artifact);
    }
    buf_puts(out, "\noptions:\n");
    for (int k = 0; k < cli_option_count; k++) {
        const CliOption *o = &cli_options[k];
        Buf help;
        buf_init(&help);
        buf_puts(&help, o->help);
        if (o->default_value) buf_printf(&help, " (default: %s)", o->default_value);
        put_entry(out, o->name, o->value, buf_cstr(&help), -1);
        buf_free(&help);
    }
    buf_puts(out, "  --help, --version\n");
}
