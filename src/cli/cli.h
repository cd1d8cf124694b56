/* The `multilingual` command: a thin wrapper over ml_compile. */
#ifndef ML_CLI_H
#define ML_CLI_H
#include <stddef.h>
#include "../api.h"

enum { EXIT_OK = 0, EXIT_USER = 1, EXIT_USAGE = 2 };

typedef struct CliOptions {
    const char *command;
    const char *file;
    const char *lang;
    const char *out_dir;
    const char *to_lang; /* translate --to */
    MlTarget target;
    char **prog_args; /* after `--` */
    int prog_argc;
    double lock_timeout;
} CliOptions;

/* Read a whole file; NULL with errno set on failure. */
char *cli_read_file(const char *path, size_t *len);
/* Compile opts->file; prints diagnostics; NULL on failure (exit status in
 * *status). */
MlResult *cli_compile(const CliOptions *opts, int *status);
int cli_run(const CliOptions *opts);

#endif
