/* The native CLI's host functions (src/cli/cli_host.h) over POSIX. */
#ifndef ML_POSIX_HOST_H
#define ML_POSIX_HOST_H
#include "cli/cli_host.h"

void posix_write_out(void *user, const char *data, size_t len);
void posix_write_err(void *user, const char *data, size_t len);
int posix_read_file(void *user, const char *path, char **data, size_t *len, MlHostFailure *fail);
int posix_run_module(void *user, const unsigned char *wasm, size_t len, char *const *args, int nargs,
                     const char *const *dirs, int ndirs, int *status,
                     MlHostFailure *fail);
/* run --backend python: transpiled.py in a temporary directory, run by python3. */
int posix_run_python(void *user, const char *source, size_t len, char *const *args, int nargs, int *status,
                     MlHostFailure *fail);

#endif
