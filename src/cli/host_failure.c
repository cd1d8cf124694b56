/* Recording and wording host failures (src/cli/host_failures.def). */
#include "cli/host_failure_text.h"

#include <stdio.h>
#include <string.h>

static void copy(char *dst, size_t cap, const char *src) {
    snprintf(dst, cap, "%s", src ? src : "");
}

int ml_host_fail(MlHostFailure *f, MlHostFailureKind kind, const char *path, const char *reason) {
    f->kind = kind;
    copy(f->path, sizeof f->path, path);
    copy(f->reason, sizeof f->reason, reason);
    f->pid = 0;
    return -1;
}

static const char *const messages[ML_HOST_FAILURE_COUNT] = {
    [ML_HOST_OK] = "no failure",
#define ML_HOST_FAILURE(id, js, message) [ML_HOST_##id] = message,
#include "cli/host_failures.def"
#undef ML_HOST_FAILURE
};

void ml_host_failure_text(const MlHostFailure *f, double lock_timeout, Buf *out) {
    const char *m = f->kind > 0 && f->kind < ML_HOST_FAILURE_COUNT ? messages[f->kind] : "unknown host failure";
    for (; *m; m++) {
        if (*m != '%' || !m[1]) {
            buf_putc(out, *m);
            continue;
        }
        switch (*++m) {
        case 'p': buf_puts(out, f->path); break;
        case 'r': buf_puts(out, f->reason); break;
        case 'n': buf_printf(out, "%ld", f->pid); break;
        case 't': buf_printf(out, "%.1f", lock_timeout); break;
        default: buf_putc(out, '%'), buf_putc(out, *m); break;
        }
    }
}
