/* Contents of build.lock.json and build_graph.json (deterministic JSON:
 * sorted keys, 2-space indent, trailing newline; no timestamps, no absolute
 * paths).
 *
 * Source naming: both files record only the BASENAME of the source path as
 * given (everything after the last '/' or '\\'), so that the same program
 * built from any directory or machine gives byte-identical files; a NULL or
 * empty name is recorded as "<input>".
 *
 * build.lock.json:
 *   {"artifacts": {NAME: {"bytes": N, "sha256": HEX}, ...}   (sorted by name;
 *                  every given file except the lock itself),
 *    "lock_version": 1,
 *    "source": {"bytes": N, "path": BASENAME, "sha256": HEX},
 *    "tool": {"name": "multilingual", "version": ML_VERSION}}
 *   and, for a program of several files, after "lock_version":
 *    "modules": {NAME: {"bytes": N, "path": BASENAME, "sha256": HEX}, ...}
 *
 * build_graph.json:
 *   {"artifacts": [sorted names of the given files],
 *    "graph_version": 1, "language": LANG,
 *    "nodes": [{"deps": [ids], "id": ID, "inputs": [...], "outputs": [...]}, ...]
 *              in topological order: read_source, detect_language, parse,
 *              analyze, lower_wat, assemble_wasm, emit_abi_manifest,
 *              emit_host_shim, emit_renderer_template, transpile_python,
 *              hash_artifacts, write_artifacts. A stage that produces
 *              artifact files is listed only when one of them is among the
 *              given files (e.g. no assemble_wasm without module.wasm).
 *              Inputs/outputs are file names (the source's basename, artifact
 *              names, the lock file) or in-memory values ("source_text",
 *              "language", "ast", "typed_ast"),
 *    "source": BASENAME, "target": TARGET,
 *    "tool": {"name": "multilingual", "version": ML_VERSION}}
 *   and, for a program of several files, after "language":
 *    "modules": [{"language": L, "name": NAME, "path": BASENAME, "sha256": HEX}, ...]
 *              (sorted by name)
 *
 * Both return malloc'd NUL-terminated text (never NULL; aborts on OOM). */
#ifndef ML_LOCKFILE_H
#define ML_LOCKFILE_H
#include <stddef.h>

#include "bundle/bundle_file.h"

/* The name recorded for a source path (points into path, or a literal). */
const char *bundle_source_name(const char *path);

char *bundle_lock_json(const char *source_name, const unsigned char *src, size_t src_len,
                       const BundleFile *files, int n);

char *bundle_graph_json(const char *source_name, const char *lang, const char *target,
                        const BundleFile *files, int n);
/* The same for a program of several files (mods: the modules, nmods of them). */
char *bundle_lock_json_modules(const char *source_name, const unsigned char *src, size_t src_len,
                               const BundleFile *files, int n, const BundleModule *mods, int nmods);
char *bundle_graph_json_modules(const char *source_name, const char *lang, const char *target,
                                const BundleFile *files, int n, const BundleModule *mods, int nmods);

#endif
