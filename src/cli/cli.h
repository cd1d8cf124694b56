/* The `multilingual` command line: its grammar, usage text, messages, exit
 * statuses and commands, in C only, over a host (src/cli/cli_host.h). The
 * native CLI (src/cli/posix/main.c) and the npm bin (bin/multilingual.mjs,
 * through src/emscripten/cli_host.c) run this same core. It keeps no global
 * mutable state, and does no I/O and no compiling but through its host. */
#ifndef ML_CLI_H
#define ML_CLI_H
#include <stdbool.h>

#include "cli/cli_host.h"

/* Exit statuses: a user error is the program's or the machine's (a syntax
 * error, an unreadable file, a held lock); a usage error is the command
 * line's. `run` exits with the module's status. */
enum { ML_EXIT_OK = 0, ML_EXIT_USER = 1, ML_EXIT_USAGE = 2 };

/* One parsed command line, ready to execute. */
typedef struct MlCli MlCli;

/* Reads argv (argv[0], the program's name, is skipped). Returns the command
 * to execute; or NULL when nothing is left to do (--help, --version, a usage
 * error: its text is written and *status is the exit status). argv and host
 * must outlive the MlCli. */
MlCli *ml_cli_parse(const MlCliHost *host, int argc, char *const *argv, int *status);

/* Whether executing needs the compiler (host->compile or host->translate):
 * a host that loads it asynchronously (the compiler's Emscripten build)
 * loads it only then; --help, --version and usage errors never do. */
bool ml_cli_needs_compiler(const MlCli *cli);

/* Executes the command, frees cli, and returns the exit status. */
int ml_cli_execute(MlCli *cli);

/* ml_cli_parse then ml_cli_execute: the whole command. */
int ml_cli_main(const MlCliHost *host, int argc, char *const *argv);

#endif
