/* The sys module's functions that are not about input and arguments
 * (those are in rt_io.c, beside the buffers they share). */
#include "rt_obj.h"

/* sys.exit(code): raises SystemExit(code), SystemExit() without one; the
 * uncaught report (rt_exc_report) turns it into the exit status. */
void rt_sys_exit(RtObj *code) {
    RtObj *args = rt_tuple_new(code ? 1 : 0);
    if (code) rt_tuple_set(args, 0, code);
    RtObj *e = rt_exc_call(rt_exc_class(RT_EXC_SYSTEM_EXIT), args);
    if (RT_ERR) return;
    rt_raise_obj(e, 0, 0);
}

/* The text of a write() argument, or NULL (TypeError raised). */
static RtStr *text_of(RtObj *o) {
    if (RT_OBJ_TYPE(o) == RT_TYPE_STR) return (RtStr *)o;
    rt_raise_fmt(RT_EXC_TYPE, "write() argument must be str, not %T", o);
    return 0;
}

/* sys.stdout.write(s): s without a newline added; its length. */
int64_t rt_sys_stdout_write(RtObj *o) {
    RtStr *s = text_of(o);
    if (!s) return 0;
    rt_out_write(s->data, s->byte_len);
    return s->cp_len;
}

/* sys.stderr.write(s): what stdout has buffered goes first, as both reach
 * a terminal in the order written. */
int64_t rt_sys_stderr_write(RtObj *o) {
    RtStr *s = text_of(o);
    if (!s) return 0;
    rt_flush();
    rt_fd_write_all(2, s->data, s->byte_len);
    return s->cp_len;
}

/* sys.stdout and sys.stderr as values (out = sys.stderr): one static object
 * each, whose write and flush are the functions above (rt_class.c binds
 * them: RT_BUILTIN_STREAM_*). */
static RtIter stdout_obj = {{RT_TYPE_ITER | RT_FLAG_STATIC, RT_ITER_STDOUT}, 0, 0, 0, 0, 0};
static RtIter stderr_obj = {{RT_TYPE_ITER | RT_FLAG_STATIC, RT_ITER_STDERR}, 0, 0, 0, 0, 0};

RtObj *rt_sys_stdout(void) { return (RtObj *)&stdout_obj; }
RtObj *rt_sys_stderr(void) { return (RtObj *)&stderr_obj; }

/* A stream's bound write(s) or flush() called with args. */
RtObj *rt_sys_stream_call(int32_t which, RtObj *stream, RtObj *args) {
    RtTuple *a = (RtTuple *)args;
    int flush = which == RT_BUILTIN_STREAM_FLUSH;
    if (a->len != (flush ? 0u : 1u)) {
        if (flush) rt_raise_fmt(RT_EXC_TYPE, "flush() takes no arguments (%d given)", (int64_t)a->len);
        else rt_raise_fmt(RT_EXC_TYPE, "write() takes exactly one argument (%d given)", (int64_t)a->len);
        return 0;
    }
    if (flush) {
        rt_flush();
        return RT_NONE;
    }
    int64_t n = stream->aux == RT_ITER_STDERR ? rt_sys_stderr_write(a->items[0]) : rt_sys_stdout_write(a->items[0]);
    return RT_ERR ? 0 : rt_box_int(n);
}

/* sys.setrecursionlimit(n) / getrecursionlimit(), as CPython's. The code
 * compares the depth of calls with the limit, two cells the compiler gives
 * (rt_ml_depth_cell: the depth, then the limit; ir.h's IR_RECURSION_LIMIT).
 * A host's reset of the module puts both back (__ml_reset). */
RT_IMPORT_ML(depth_cell) int32_t *rt_ml_depth_cell(void);

void rt_sys_setrecursionlimit(RtObj *n) {
    if (RT_OBJ_TYPE(n) != RT_TYPE_INT && RT_OBJ_TYPE(n) != RT_TYPE_BOOL) {
        rt_raise_fmt(RT_EXC_TYPE, "'%T' object cannot be interpreted as an integer", n);
        return;
    }
    int64_t v = rt_unbox_int(n);
    if (!RT_INT_IS_SMALL(v) || v > 2147483647 || v < -2147483647 - 1) {
        rt_raise_cstr(RT_EXC_OVERFLOW, "Python int too large to convert to C int");
        return;
    }
    if (v < 1) {
        rt_raise_cstr(RT_EXC_VALUE, "recursion limit must be greater or equal than 1");
        return;
    }
    int32_t *cells = rt_ml_depth_cell();
    int64_t depth = (int64_t)cells[0] + 1; /* CPython counts this call too */
    if (depth >= v) {
        rt_raise_fmt(RT_EXC_RECURSION, "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low",
                     v, depth);
        return;
    }
    cells[1] = (int32_t)v;
}

int64_t rt_sys_getrecursionlimit(void) { return rt_ml_depth_cell()[1]; }
