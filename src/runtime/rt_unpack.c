/* Unpacking assignment (a, b = seq): the length check with CPython's
 * messages. */
#include "rt_internal.h"

static RtStr *lit(const char *s) { return rt_str_from_bytes(s, rt_cstrlen(s)); }

void rt_unpack_check(RtObj *seq, int32_t n) {
    int64_t len = rt_dyn_len(seq);
    if (len == n) return;
    RtStr *msg;
    if (len > n) {
        msg = rt_str_concat(rt_str_concat(lit("too many values to unpack (expected "), rt_str_from_int(n)),
                            lit(")"));
    } else {
        msg = rt_str_concat(rt_str_concat(lit("not enough values to unpack (expected "), rt_str_from_int(n)),
                            rt_str_concat(rt_str_concat(lit(", got "), rt_str_from_int(len)),
                                          lit(")")));
    }
    rt_raise(RT_EXC_VALUE, msg);
}

/* a, *rest, z = seq needs at least `fixed` items. */
void rt_unpack_check_star(RtObj *seq, int32_t fixed) {
    int64_t len = rt_dyn_len(seq);
    if (len >= fixed) return;
    RtStr *msg = rt_str_concat(rt_str_concat(lit("not enough values to unpack (expected at least "), rt_str_from_int(fixed)),
                               rt_str_concat(rt_str_concat(lit(", got "), rt_str_from_int(len)), lit(")")));
    rt_raise(RT_EXC_VALUE, msg);
}
