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
