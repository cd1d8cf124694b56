/* Uncaught exceptions: CPython's traceback header and last line on stderr,
 * then exit status 1. (Unwinding to handlers comes with try/except.) */
#include "rt_internal.h"

/* One string, names separated by NUL, in RT_EXC_* order: no pointer table
 * in the data segment. */
static const char exc_names[] =
#define RT_EXC_NAME(id, name) name "\0"
    RT_EXCEPTIONS(RT_EXC_NAME)
#undef RT_EXC_NAME
    ;

static const char *exc_name(int32_t kind) {
    const char *p = exc_names;
    if (kind < 0 || kind >= RT_EXC_COUNT) kind = RT_EXC_RUNTIME;
    for (int32_t i = 0; i < kind; i++) p += rt_cstrlen(p) + 1;
    return p;
}

void rt_raise_msg(int32_t kind, const char *msg, uint32_t n) {
    static const char head[] = "Traceback (most recent call last):\n";
    rt_flush();
    rt_fd_write_all(2, head, sizeof head - 1);
    const char *name = exc_name(kind);
    rt_fd_write_all(2, name, rt_cstrlen(name));
    if (msg && n) {
        rt_fd_write_all(2, ": ", 2);
        rt_fd_write_all(2, msg, n);
    }
    rt_fd_write_all(2, "\n", 1);
    rt_wasi_proc_exit(1);
}

void rt_raise(int32_t kind, RtStr *msg) {
    if (msg) rt_raise_msg(kind, msg->data, msg->byte_len);
    rt_raise_msg(kind, 0, 0);
}

void rt_raise_cstr(int32_t kind, const char *msg) { rt_raise_msg(kind, msg, msg ? rt_cstrlen(msg) : 0); }

void rt_raise_big_int(void) {
    rt_raise_cstr(RT_EXC_OVERFLOW, "integer result too large (big integers are not supported yet)");
}

void rt_raise_value_repr(const char *prefix, RtStr *s, uint32_t max_repr) {
    RtStr *r = rt_repr_bytes(s->data, s->byte_len);
    uint32_t rn = r->byte_len;
    if (max_repr && r->cp_len > max_repr) { /* keep max_repr code points */
        uint32_t cps = 0, i = 0;
        for (; i < rn; i++) {
            if (((unsigned char)r->data[i] & 0xc0) != 0x80 && cps++ == max_repr) break;
        }
        rn = i;
    }
    uint32_t pn = rt_cstrlen(prefix);
    char *m = rt_alloc(pn + rn + 1);
    rt_memcpy(m, prefix, pn);
    rt_memcpy(m + pn, r->data, rn);
    rt_raise_msg(RT_EXC_VALUE, m, pn + rn);
}
