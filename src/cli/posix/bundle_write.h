/* The native host's bundle writer (POSIX; never in the Emscripten build,
 * whose host is Node's shim/node_bundle.mjs, which follows the same
 * protocol so that both may share a directory):
 *
 * - out_dir (and its parents) is created when missing;
 * - the directory is guarded by `<out_dir>/.multilingual-build.lock`, created
 *   with O_CREAT|O_EXCL and holding the owner's pid. While another live
 *   process holds it, retry every 50 ms until lock_timeout_seconds, then fail
 *   (ML_HOST_LOCK_HELD, or ML_HOST_LOCK_NO_PID for a lock file with no
 *   readable pid, which is treated as held). A lock whose pid is no longer
 *   alive is stale and is taken over (its leftover `<name>.tmp.<pid>` files
 *   are removed);
 * - every file is first written to `<name>.tmp.<pid>` in out_dir and fsync'd;
 *   only when all of them are written are they renamed over their targets,
 *   in the order given (so the caller puts last the file that describes the
 *   others), then the directory is fsync'd. If any write fails, the temp
 *   files are removed and no file is touched;
 * - the lock is released on every path, success or error.
 *
 * Names must be plain file names (no '/', not "." or "..", not the lock).
 * Returns 0 on success; otherwise -1 with *fail filled. */
#ifndef ML_BUNDLE_WRITE_H
#define ML_BUNDLE_WRITE_H
#include "bundle/bundle_file.h"
#include "cli/cli_host.h"

int bundle_write(const char *out_dir, const BundleFile *files, int nfiles, double lock_timeout_seconds,
                 MlHostFailure *fail);

#endif
