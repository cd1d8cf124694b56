/* The CLI core writes only through its host (stdout, stderr). */
#include <stdarg.h>

#include "cli/cli_internal.h"
#include "cli/host_failure_text.h"

void cli_out(const MlCli *cli, const char *text, size_t len) {
    if (len) cli->host->write_out(cli->host->user, text, len);
}

void cli_err(const MlCli *cli, const char *text, size_t len) {
    if (len) cli->host->write_err(cli->host->user, text, len);
}

/* prefix, fmt's text, suffix: one write to stdout or stderr. */
static void vwrite(const MlCli *cli, bool to_err, const char *prefix, const char *suffix, const char *fmt,
                   va_list ap) {
    Buf b;
    buf_init(&b);
    buf_puts(&b, prefix);
    buf_vprintf(&b, fmt, ap);
    buf_puts(&b, suffix);
    (to_err ? cli_err : cli_out)(cli, b.data, b.len);
    buf_free(&b);
}

#define WRITE_FORMATTED(to_err, prefix, suffix)       \
    do {                                              \
        va_list ap;                                   \
        va_start(ap, fmt);                            \
        vwrite(cli, to_err, prefix, suffix, fmt, ap); \
        va_end(ap);                                   \
    } while (0)

void cli_outf(const MlCli *cli, const char *fmt, ...) { WRITE_FORMATTED(false, "", ""); }

void cli_errf(const MlCli *cli, const char *fmt, ...) { WRITE_FORMATTED(true, "", ""); }

static int user_error(const MlCli *cli, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int user_error(const MlCli *cli, const char *fmt, ...) {
    WRITE_FORMATTED(true, "multilingual: error: ", "\n");
    return ML_EXIT_USER;
}

int cli_usage_error(const MlCli *cli, const char *fmt, ...) {
    WRITE_FORMATTED(true, "multilingual: error: ", "\n(see 'multilingual --help')\n");
    return ML_EXIT_USAGE;
}

int cli_host_error(const MlCli *cli, const MlHostFailure *f) {
    Buf b;
    buf_init(&b);
    ml_host_failure_text(f, cli->lock_timeout, &b);
    user_error(cli, "%s", buf_cstr(&b));
    buf_free(&b);
    return ML_EXIT_USER;
}
