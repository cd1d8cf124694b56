/* Process I/O over WASI preview1: buffered stdout, print helpers, input(),
 * command-line arguments and exit. */
#include "rt_bigint.h"

#define RT_OUT_CAP 4096
#define RT_IN_CAP 4096

static char out_buf[RT_OUT_CAP];
static uint32_t out_len;

static char in_buf[RT_IN_CAP];
static uint32_t in_pos, in_len;
static int32_t in_eof;

/* All of s to fd: 0, or the WASI error (-1 when a write took nothing).
 * Not inlined: stdout's writes and the three messages of its failure share
 * this one loop (hello world's module was 400 bytes of copies of it). */
__attribute__((noinline)) static int32_t fd_write_loop(int32_t fd, const char *s, uint32_t n) {
    while (n > 0) {
        RtIovec iov = {s, n};
        uint32_t written = 0;
        int32_t err = rt_wasi_fd_write(fd, &iov, 1, &written);
        if (err != 0 || written == 0) return err ? err : -1;
        s += written;
        n -= written;
    }
    return 0;
}

void rt_fd_write_all(int32_t fd, const char *s, uint32_t n) {
    (void)fd_write_loop(fd, s, n); /* nowhere to report it */
}

/* Standard output failing (its reader closed the pipe, as in
 * `prog | head -1`; a full disk) ends the program as CPython's uncaught
 * BrokenPipeError (OSError) does: the error on stderr, exit status 1, so
 * that a program printing forever stops. It is not raised where the print
 * is: every print would then be a call that may raise, with a check and a
 * traceback site after it (+23% module size on a 1,000-line program), for
 * an exception programs do not catch. At the end (_start's last flush) it
 * is reported as CPython reports it at shutdown, with status 120. */
#define WASI_EPIPE 64
static int32_t at_exit;

__attribute__((noinline)) static void out_failed(int32_t wasi_err) {
    static const char ignored[] = "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' "
                                  "encoding='utf-8'>\n";
    static const char pipe[] = "BrokenPipeError: [Errno 32] Broken pipe\n";
    static const char io[] = "OSError: [Errno 5] Input/output error\n";
    if (at_exit) fd_write_loop(2, ignored, sizeof ignored - 1);
    int broken = wasi_err == WASI_EPIPE;
    fd_write_loop(2, broken ? pipe : io, broken ? sizeof pipe - 1 : sizeof io - 1);
    rt_wasi_proc_exit(at_exit ? 120 : 1);
}

static void out_write_fd(const char *s, uint32_t n) {
    int32_t err = fd_write_loop(1, s, n);
    /* while an exception is reported, its traceback goes first */
    if (err && !rt_exc_pending()) out_failed(err);
}

/* Not inlined: its callers (a print whose text does not fit, the flush at
 * exit) are on cold paths, and every module that prints links them. */
__attribute__((noinline)) void rt_flush(void) {
    if (out_len) {
        uint32_t n = out_len;
        out_len = 0;
        out_write_fd(out_buf, n);
    }
}

void rt_flush_at_exit(void) {
    at_exit = 1;
    rt_flush();
}

void rt_out_write(const char *s, uint32_t n) {
    if (n > RT_OUT_CAP - out_len) {
        rt_flush();
        if (n >= RT_OUT_CAP) {
            out_write_fd(s, n);
            return;
        }
    }
    rt_memcpy(out_buf + out_len, s, n);
    out_len += n;
}

void rt_exit(int32_t code) {
    rt_flush();
    rt_wasi_proc_exit(code);
}

void rt_print_str(RtStr *s) {
    if (s) rt_out_write(s->data, s->byte_len);
}

uint32_t rt_i64_decimal(int64_t v, char *end) {
    uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    char *p = end;
    do {
        *--p = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0) *--p = '-';
    return (uint32_t)(end - p);
}

/* A handle (an int outside the small range) is converted by rt_bigint_text.c,
 * which may raise ValueError past CPython's 4300-digit limit. */
void rt_print_int(int64_t v) {
    if (!RT_INT_IS_SMALL(v)) {
        uint32_t n;
        char *t = rt_int_decimal(v, &n);
        if (t) rt_out_write(t, n);
        return;
    }
    char tmp[24];
    uint32_t n = rt_i64_decimal(v, tmp + sizeof tmp);
    rt_out_write(tmp + sizeof tmp - n, n);
}

RtStr *rt_str_from_int(int64_t v) {
    if (!RT_INT_IS_SMALL(v)) {
        uint32_t n;
        char *t = rt_int_decimal(v, &n);
        if (!t) return 0;
        RtStr *s = rt_str_alloc(n);
        rt_memcpy(s->data, t, n);
        s->cp_len = n;
        return s;
    }
    char tmp[24];
    uint32_t n = rt_i64_decimal(v, tmp + sizeof tmp);
    RtStr *s = rt_str_alloc(n);
    rt_memcpy(s->data, tmp + sizeof tmp - n, n);
    s->cp_len = n;
    return s;
}

void rt_print_float(double v) {
    char tmp[40];
    int n = rt_format_float(v, tmp);
    rt_out_write(tmp, (uint32_t)n);
}

RtStr *rt_str_from_float(double v) {
    char tmp[40];
    int n = rt_format_float(v, tmp);
    RtStr *s = rt_str_alloc((uint32_t)n);
    rt_memcpy(s->data, tmp, (uint32_t)n);
    s->cp_len = (uint32_t)n;
    return s;
}

void rt_print_bool(int32_t v) {
    if (v) rt_out_write("True", 4);
    else rt_out_write("False", 5);
}

void rt_print_none(void) { rt_out_write("None", 4); }

/* ---- input ---- */

static int32_t fill_input(void) {
    if (in_eof) return 0;
    RtIovec iov = {in_buf, RT_IN_CAP};
    uint32_t got = 0;
    if (rt_wasi_fd_read(0, &iov, 1, &got) != 0 || got == 0) {
        in_eof = 1;
        return 0;
    }
    in_pos = 0;
    in_len = got;
    return 1;
}

/* The next line of stdin without its "\n"; *ended tells whether it had
 * one, *any whether there was anything left to read. A "\r" before the
 * "\n" stays: CPython's sys.stdin translates no newlines on POSIX, so
 * input() of "ab\r\n" is 'ab\r'. */
static RtStr *read_line(int32_t *ended, int32_t *any) {
    char *acc = 0; /* bytes gathered so far when a line spans refills */
    uint32_t acc_len = 0, acc_cap = 0;
    *any = 0;
    *ended = 0;
    for (;;) {
        if (in_pos >= in_len && !fill_input()) break;
        *any = 1;
        const char *start = in_buf + in_pos;
        uint32_t avail = in_len - in_pos, i = 0;
        while (i < avail && start[i] != '\n') i++;
        int32_t found = i < avail;
        if (!acc && found) { /* the common case: the whole line is buffered */
            in_pos += i + 1;
            *ended = 1;
            return rt_str_from_bytes(start, i);
        }
        if (acc_len + i > acc_cap) {
            uint32_t cap = acc_cap ? acc_cap * 2 : 256;
            while (cap < acc_len + i) cap *= 2;
            char *grown = rt_alloc(cap);
            if (acc_len) rt_memcpy(grown, acc, acc_len);
            acc = grown;
            acc_cap = cap;
        }
        rt_memcpy(acc + acc_len, start, i);
        acc_len += i;
        in_pos += i + (uint32_t)found;
        if (found) {
            *ended = 1;
            break;
        }
    }
    return rt_str_from_bytes(acc, acc_len);
}

RtStr *rt_input(RtStr *prompt) {
    if (prompt) rt_print_str(prompt);
    rt_flush();
    int32_t ended, any;
    RtStr *line = read_line(&ended, &any);
    if (!any) {
        rt_raise_cstr(RT_EXC_EOF, "EOF when reading a line");
        return 0;
    }
    return line;
}

/* sys.stdin.readline(): the next line with its "\n" ("\r\n" kept as it
 * is, as CPython's stdin on POSIX), "" at the end of the input. */
RtStr *rt_sys_stdin_readline(void) {
    rt_flush();
    int32_t ended, any;
    RtStr *line = read_line(&ended, &any);
    if (!ended) return line;
    return rt_str_concat(line, rt_str_from_bytes("\n", 1));
}

/* sys.stdin.read(): the rest of the input */
RtStr *rt_sys_stdin_read(void) {
    RtSb b = {0, 0, 0};
    for (;;) {
        RtStr *line = rt_sys_stdin_readline();
        if (!line->byte_len) break;
        rt_sb_put(&b, line->data, line->byte_len);
    }
    return rt_str_from_bytes(b.buf ? b.buf : "", b.len);
}

/* sys.stdin.readlines(): the rest of the input's lines, each with its "\n" */
RtObj *rt_sys_stdin_readlines(void) {
    RtObj *l = rt_list_new(0);
    for (RtStr *line; (line = rt_sys_stdin_readline())->byte_len;) rt_list_append(l, (RtObj *)line);
    return l;
}

/* ---- arguments ---- */

static uint32_t arg_count; /* WASI argc, program name included */
static uint8_t **arg_ptrs;
static int32_t args_loaded;

static void load_args(void) {
    if (args_loaded) return;
    args_loaded = 1;
    uint32_t argc = 0, size = 0;
    if (rt_wasi_args_sizes_get(&argc, &size) != 0 || argc == 0) return;
    uint8_t **ptrs = rt_alloc_static(argc * (uint32_t)sizeof(uint8_t *)); /* kept in statics: */
    uint8_t *buf = rt_alloc_static(size + 1);                            /* not collectable */
    if (rt_wasi_args_get(ptrs, buf) != 0) return;
    arg_ptrs = ptrs;
    arg_count = argc;
}

int64_t rt_argc(void) {
    load_args();
    return arg_count ? (int64_t)arg_count - 1 : 0;
}

/* sys.argv: the program's name (as the host gave it) and its arguments,
 * a new list each time. */
RtObj *rt_sys_argv(void) {
    load_args();
    RtObj *l = rt_list_new((int32_t)arg_count);
    for (uint32_t i = 0; i < arg_count; i++) {
        const char *a = (const char *)arg_ptrs[i];
        rt_list_push(l, (RtObj *)rt_str_from_bytes(a, rt_cstrlen(a)));
    }
    return l;
}

RtStr *rt_argv(int64_t i) {
    load_args();
    if (i < 0 || i >= rt_argc()) {
        rt_raise_cstr(RT_EXC_INDEX, "argv index out of range");
        return 0;
    }
    const char *a = (const char *)arg_ptrs[i + 1];
    return rt_str_from_bytes(a, rt_cstrlen(a));
}
