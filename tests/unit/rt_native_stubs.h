/* Host stand-ins for the runtime's imports, shared by the native runtime
 * tests (rt_obj_test.c, rt_format_test.c, rt_bigint_test.c,
 * rt_random_test.c): no stdin, no arguments, random_get a fixed stream,
 * proc_exit longjmps to the test's `catcher` when one is set, and the heap
 * is a reserved mmap arena. The including file defines `catcher` (a
 * jmp_buf *) and its own rt_wasi_fd_write before including this. */
#ifndef ML_RT_NATIVE_STUBS_H
#define ML_RT_NATIVE_STUBS_H

int32_t rt_wasi_fd_read(int32_t fd, const RtIovec *iovs, int32_t n, uint32_t *nread) {
    (void)fd, (void)iovs, (void)n;
    *nread = 0;
    return 0;
}
int32_t rt_wasi_args_sizes_get(uint32_t *argc, uint32_t *size) {
    *argc = 0, *size = 0;
    return 0;
}
int32_t rt_wasi_args_get(uint8_t **argv, uint8_t *buf) {
    (void)argv, (void)buf;
    return 0;
}
/* no pre-opened directory: every file call fails (WASI's ENOSYS) */
int32_t rt_wasi_fd_prestat_get(int32_t fd, void *p) { (void)fd, (void)p; return 8; }
int32_t rt_wasi_fd_prestat_dir_name(int32_t fd, char *p, uint32_t n) { (void)fd, (void)p, (void)n; return 8; }
int32_t rt_wasi_path_open(int32_t d, uint32_t l, const char *p, uint32_t n, uint32_t o, uint64_t r, uint64_t i,
                          uint32_t f, int32_t *fd) { (void)d, (void)l, (void)p, (void)n, (void)o, (void)r, (void)i, (void)f, (void)fd; return 52; }
int32_t rt_wasi_fd_seek(int32_t fd, int64_t o, uint32_t w, uint64_t *n) { (void)fd, (void)o, (void)w, (void)n; return 52; }
int32_t rt_wasi_fd_close(int32_t fd) { (void)fd; return 52; }
int32_t rt_wasi_fd_filestat_get(int32_t fd, void *s) { (void)fd, (void)s; return 52; }
int32_t rt_wasi_path_filestat_get(int32_t fd, uint32_t l, const char *p, uint32_t n, void *s) { (void)fd, (void)l, (void)p, (void)n, (void)s; return 52; }
int32_t rt_wasi_fd_readdir(int32_t fd, void *b, uint32_t n, uint64_t c, uint32_t *u) { (void)fd, (void)b, (void)n, (void)c, (void)u; return 52; }
int32_t rt_wasi_path_create_directory(int32_t fd, const char *p, uint32_t n) { (void)fd, (void)p, (void)n; return 52; }
int32_t rt_wasi_path_remove_directory(int32_t fd, const char *p, uint32_t n) { (void)fd, (void)p, (void)n; return 52; }
int32_t rt_wasi_path_unlink_file(int32_t fd, const char *p, uint32_t n) { (void)fd, (void)p, (void)n; return 52; }
int32_t rt_wasi_path_rename(int32_t fd, const char *o, uint32_t on, int32_t nfd, const char *np, uint32_t nn) { (void)fd, (void)o, (void)on, (void)nfd, (void)np, (void)nn; return 52; }
int32_t rt_wasi_environ_sizes_get(uint32_t *c, uint32_t *s) { *c = 0, *s = 0; return 0; }
int32_t rt_wasi_environ_get(uint8_t **e, uint8_t *b) { (void)e, (void)b; return 0; }
/* the page's DOM host (rt_dom_host.h): there is no page here, so nothing
 * is found and nothing happens */
#include "rt_dom_host.h"
int32_t rt_host_dom_get(const char *id, uint32_t n) { (void)id, (void)n; return -1; }
int32_t rt_host_dom_query(const char *sel, uint32_t n) { (void)sel, (void)n; return -1; }
int32_t rt_host_dom_query_all(const char *sel, uint32_t n) { (void)sel, (void)n; return 0; }
int32_t rt_host_dom_create(const char *tag, uint32_t n) { (void)tag, (void)n; return -1; }
void rt_host_dom_set(int32_t h, int32_t what, const char *s, uint32_t n) { (void)h, (void)what, (void)s, (void)n; }
int32_t rt_host_dom_read(int32_t h, int32_t what) { (void)h, (void)what; return -1; }
int32_t rt_host_dom_set_attr(int32_t h, const char *nm, uint32_t nl, const char *v, uint32_t vl) { (void)h, (void)nm, (void)nl, (void)v, (void)vl; return 0; }
int32_t rt_host_dom_get_attr(int32_t h, const char *nm, uint32_t nl) { (void)h, (void)nm, (void)nl; return -1; }
void rt_host_dom_style(int32_t h, const char *p, uint32_t pl, const char *v, uint32_t vl) { (void)h, (void)p, (void)pl, (void)v, (void)vl; }
int32_t rt_host_dom_class(int32_t h, const char *c, uint32_t n, int32_t on) { (void)h, (void)c, (void)n, (void)on; return 0; }
int32_t rt_host_dom_append(int32_t parent, int32_t child) { (void)parent, (void)child; return 0; }
int32_t rt_host_dom_remove(int32_t h) { (void)h; return 0; }
int32_t rt_host_dom_listen(int32_t h, const char *ev, uint32_t n) { (void)h, (void)ev, (void)n; return -1; }
int32_t rt_host_dom_timer(double ms, int32_t repeat) { (void)ms, (void)repeat; return -1; }
void rt_host_dom_cancel(int32_t id) { (void)id; }
int32_t rt_host_dom_event(int32_t field) { (void)field; return -1; }
void rt_host_dom_take(char *dst) { (void)dst; }
/* RTLINK_APPLY: generated in modules; these tests make no function values */
RtObj *rt_ml_apply(RtObj *f, RtObj *args) {
    (void)f, (void)args;
    abort();
}
/* generated too: the recursion depth's cell */
static int32_t rt_native_depth[2] = {1, 1000}; /* the depth, then the limit */
int32_t *rt_ml_depth_cell(void) { return rt_native_depth; }
/* generated too; these tests make no generators nor builtin methods */
RtObj *rt_ml_gen_resume(RtObj *gen) {
    (void)gen;
    abort();
}
RtObj *rt_ml_builtin(int32_t which, RtObj *env, RtObj *args, RtObj *kw) {
    (void)which, (void)env, (void)args, (void)kw;
    abort();
}
/* generated too: the special-method repr of a program with classes */
int32_t rt_ml_special_repr(RtSb *b, RtObj *o, int32_t str) { return rt_special_repr_into(b, o, str); }
/* random_get: a reproducible stream, splitmix64 of 1, 2, 3 ... as
 * little-endian 8-byte chunks (tests/rt_random.test.mjs computes the same) */
static uint64_t rt_native_random_calls;
int32_t rt_wasi_random_get(uint8_t *buf, uint32_t len) {
    uint64_t x = 0;
    for (uint32_t i = 0; i < len; i++) {
        if (i % 8 == 0) {
            x = ++rt_native_random_calls * 0x9e3779b97f4a7c15ull;
            x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
            x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
            x ^= x >> 31;
        }
        buf[i] = (uint8_t)(x >> (8 * (i % 8)));
    }
    return 0;
}
/* the clocks: a time that moves on by 1 ms per reading; poll_oneoff (a
 * sleep) returns at once */
static uint64_t rt_native_clock_ns = 1700000000000000000ull;
int32_t rt_wasi_clock_time_get(uint32_t id, uint64_t precision, uint64_t *time) {
    (void)id, (void)precision;
    *time = rt_native_clock_ns += 1000000;
    return 0;
}
int32_t rt_wasi_poll_oneoff(const void *in, void *out, uint32_t nsubscriptions, uint32_t *nevents) {
    (void)in, (void)out;
    *nevents = nsubscriptions;
    return 0;
}
void rt_wasi_proc_exit(int32_t code) {
    if (catcher) longjmp(*catcher, 1);
    exit(code);
}

/* The heap lies below 2 GiB, as wasm32's linear memory: a big int's
 * handle (rt_abi.h) keeps the low 32 bits of its address, so those bits
 * must be the whole address (and ASan leaves application memory there). */
#ifndef ARENA_BYTES /* (a fuzz target takes less: a huge width fails at once) */
#define ARENA_BYTES ((uintptr_t)1 << 30)
#endif
static uintptr_t arena_lo, arena_hi;
uintptr_t rt_native_heap_base(void) {
    if (!arena_lo) {
        for (uintptr_t at = (uintptr_t)1 << 28; at + ARENA_BYTES <= 0x7fff0000u && !arena_lo; at += (uintptr_t)1 << 28) {
            void *p = mmap((void *)at, ARENA_BYTES, PROT_READ | PROT_WRITE,
                           MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED_NOREPLACE, -1, 0);
            if (p == (void *)at) arena_lo = at;
            else if (p != MAP_FAILED) munmap(p, ARENA_BYTES);
        }
        if (!arena_lo) {
            fprintf(stderr, "no arena below 2 GiB\n");
            exit(2);
        }
        arena_hi = arena_lo + ARENA_BYTES;
    }
    return arena_lo;
}
int rt_native_heap_grow(uintptr_t new_end) { return new_end <= arena_hi; }

#endif
