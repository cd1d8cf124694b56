/* The native `multilingual`: the CLI core (src/cli) over POSIX host
 * functions, the compiler's assembler for WAT -> wasm (checked against
 * libwabt when the environment has ML_VALIDATE: the tests). */
#include <stdlib.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "back/wasm/wat_asm.h"
#include "cli/cli.h"
#include "cli/posix/bundle_write.h"
#include "cli/posix/posix_host.h"
#include "wabt/wabt_bridge.h"

static int write_bundle(void *user, const char *out_dir, const BundleFile *files, int nfiles, double lock_timeout,
                        MlHostFailure *fail) {
    (void)user;
    return bundle_write(out_dir, files, nfiles, lock_timeout, fail);
}

static MlResult *compile(void *user, const char *source, size_t len, const MlOptions *opts) {
    (void)user;
    MlOptions with_assembler = *opts;
    with_assembler.assemble = getenv("ML_VALIDATE") ? ml_wabt_checked_assemble : ml_wat_assemble;
    return ml_compile(source, len, &with_assembler);
}

static MlTranslation *translate(void *user, const char *source, size_t len, const char *from_lang,
                                const char *to_lang, const char *filename, const char *messages) {
    (void)user;
    return ml_translate(source, len, from_lang, to_lang, filename, messages);
}

int main(int argc, char **argv) {
#if defined(__GLIBC__)
    /* glibc raises its mmap threshold to the size of the largest mapped
     * block freed (up to 32 MiB), after which the module's text, grown by
     * doubling, is copied at each growth and leaves the old copy in the
     * heap (15 MiB more at a 200,000-line file's peak). A fixed threshold
     * keeps every block of 1 MiB or more in a mapping of its own: grown in
     * place (mremap), given back when freed. */
    mallopt(M_MMAP_THRESHOLD, 1 << 20);
#endif
    const MlCliHost host = {
        .user = NULL,
        .write_out = posix_write_out,
        .write_err = posix_write_err,
        .read_file = posix_read_file,
        .write_bundle = write_bundle,
        .run_module = posix_run_module,
        .run_python = posix_run_python,
        .compile = compile,
        .translate = translate,
    };
    return ml_cli_main(&host, argc, argv);
}
