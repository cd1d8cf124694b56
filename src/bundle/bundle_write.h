/* Writing a build's artifacts into an output directory (native CLI; POSIX).
 *
 * - out_dir (and its parents) is created when missing;
 * - the directory is guarded by `<out_dir>/.multilingual-build.lock`, created
 *   with O_CREAT|O_EXCL and holding the owner's pid. While another live
 *   process holds it, retry every 50 ms until lock_timeout_seconds, then fail
 *   with a message naming the lock file. A lock whose pid is no longer alive
 *   is stale and is taken over (its leftover `<name>.tmp.<pid>` files are
 *   removed). A lock file with no readable pid is treated as held;
 * - every file is first written to `<name>.tmp.<pid>` in out_dir and fsync'd;
 *   only when all of them are written are they renamed over their targets
 *   (build.lock.json, if present, last), then the directory is fsync'd. If
 *   any write fails, the temp files are removed and no artifact is touched;
 * - the lock is released on every path, success or error.
 *
 * Names must be plain file names (no '/', not "." or "..", not the lock).
 * Returns 0 on success; otherwise -1 with a message in err (if non-NULL). */
#ifndef ML_BUNDLE_WRITE_H
#define ML_BUNDLE_WRITE_H
#include <stddef.h>

#include "bundle/bundle_file.h"

int bundle_write(const char *out_dir, const BundleFile *files, int nfiles,
                 double lock_timeout_seconds, char *err, size_t errlen);

#endif
