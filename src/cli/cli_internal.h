/* Shared by the files of the CLI core: the parsed command line, the command
 * and option tables, and writing through the host. */
#ifndef ML_CLI_INTERNAL_H
#define ML_CLI_INTERNAL_H
#include <stdbool.h>

#include "cli/cli.h"
#include "util/buf.h"

typedef int (*CliRunFn)(MlCli *cli);

/* A command. Its help text may say %n (the number of artifacts) and %f (the
 * file name of the artifact it prints). */
typedef struct CliCommand {
    const char *name;
    const char *synopsis; /* after the name, in the usage */
    const char *help;     /* lines after the first are indented under it */
    CliRunFn run;
    int artifact; /* the MlArtifact it prints, or -1 */
} CliCommand;

/* An option taking a value. Its value's name may say %t (the targets) and
 * its help %l (the language codes). */
typedef struct CliOption {
    const char *name;
    const char *value; /* the value's name in the usage */
    const char *help;
    const char *default_value; /* applied before parsing; NULL: none */
} CliOption;

extern const CliCommand cli_commands[];
extern const int cli_command_count;
extern const CliOption cli_options[];
extern const int cli_option_count;

#define CLI_MAX_PATHS 32

/* run --backend (CLI_BACKEND_WASM: the default) */
typedef enum CliBackend { CLI_BACKEND_WASM, CLI_BACKEND_PYTHON, CLI_BACKEND_AUTO, CLI_BACKEND_COUNT } CliBackend;
extern const char *const cli_backend_names[CLI_BACKEND_COUNT];

struct MlCli {
    const MlCliHost *host;
    const CliCommand *command;
    const char *file;
    const char *lang;    /* --lang, or NULL to detect */
    const char *to_lang; /* translate --to */
    const char *messages; /* --messages, or NULL for the program's language */
    const char *out_dir;
    const char *paths[CLI_MAX_PATHS]; /* --path: where modules are looked for */
    int npaths;
    const char *dirs[CLI_MAX_PATHS]; /* run --dir: the directories the program may use */
    int ndirs;
    MlTarget target;
    CliBackend backend;  /* run --backend */
    bool backend_given;  /* on the command line (not the default) */
    double lock_timeout; /* seconds, >= 0, possibly infinite */
    char *const *prog_args; /* after `--` (run) */
    int prog_argc;
};

/* The commands (src/cli/cli_commands.c). */
int cli_cmd_bundle(MlCli *cli);
int cli_cmd_run(MlCli *cli);
int cli_cmd_check(MlCli *cli);
int cli_cmd_print(MlCli *cli);
int cli_cmd_encoding_check(MlCli *cli);
int cli_cmd_translate(MlCli *cli);

/* The usage text (src/cli/cli_usage.c). */
void cli_usage(Buf *out);
/* The language codes, space-separated, in pack order. */
void cli_put_languages(Buf *out);

/* Output through the host (src/cli/cli_output.c). */
void cli_out(const MlCli *cli, const char *text, size_t len);
void cli_err(const MlCli *cli, const char *text, size_t len);
void cli_outf(const MlCli *cli, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void cli_errf(const MlCli *cli, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* "multilingual: error: MESSAGE\n(see 'multilingual --help')\n" on stderr;
 * returns ML_EXIT_USAGE. */
int cli_usage_error(const MlCli *cli, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* "multilingual: error: " and the message of a host failure on stderr;
 * returns ML_EXIT_USER. */
int cli_host_error(const MlCli *cli, const MlHostFailure *f);

#endif
