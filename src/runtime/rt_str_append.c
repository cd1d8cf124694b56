/* Strings grown in place: `t += s` and `t = t + a + b` in a loop take
 * linear time, as in CPython (which resizes a str with one reference in
 * place) instead of copying t every time.
 *
 * Strings are immutable for every holder, so growing one in place is
 * allowed only while a single variable holds it. The code generator keeps
 * that true for an accumulator (a str variable some `t += ...` or
 * `t = t + ...` assigns: a local not captured by an inner function, or a
 * global of the program's main file):
 *   - its appends load the variable as is and call rt_str_append, whose
 *     result goes straight back into the variable;
 *   - every other read of the variable goes through rt_str_share, which
 *     clears the flag, so whoever receives the value holds an immutable
 *     string (the next append copies it, once, into a new buffer).
 * A global's append loads it through rt_str_take: the right operand may
 * run code that appends to the same global (a function called there); two
 * appends then hold the same object, and take leaves it appendable for
 * neither, so both copy, as values of CPython's would.
 *
 * RT_FLAG_APPENDABLE: the one variable holding it may append in place; aux
 * is the data capacity (no hash is cached: the hash of a shared str is).
 * RT_FLAG_TAKEN: one append of a global holds it (between its take and
 * its append). */
#include "rt_internal.h"

#define GROWABLE (RT_FLAG_APPENDABLE | RT_FLAG_TAKEN)

RtStr *rt_str_share(RtStr *s) {
    if (s->h.type_flags & GROWABLE) {
        s->h.type_flags &= ~(uint32_t)GROWABLE;
        s->h.aux = 0; /* the capacity, not a hash */
    }
    return s;
}

RtStr *rt_str_take(RtStr *s) {
    uint32_t f = s->h.type_flags;
    if (f & RT_FLAG_APPENDABLE) s->h.type_flags = (f & ~(uint32_t)RT_FLAG_APPENDABLE) | RT_FLAG_TAKEN;
    else if (f & RT_FLAG_TAKEN) rt_str_share(s); /* a second take of the same value */
    return s;
}

RtStr *rt_str_append(RtStr *a, RtStr *b) {
    uint32_t alen = a->byte_len, blen = b->byte_len;
    if (alen > 0x7fffff00u - blen) {
        rt_fatal_memory();
        return 0;
    }
    uint32_t need = alen + blen;
    if ((a->h.type_flags & GROWABLE) && need <= a->h.aux) {
        rt_memcpy(a->data + alen, b->data, blen);
        a->data[need] = 0;
        a->byte_len = need;
        a->cp_len += b->cp_len;
        a->h.type_flags = (a->h.type_flags & ~(uint32_t)RT_FLAG_TAKEN) | RT_FLAG_APPENDABLE;
        return a;
    }
    if (blen == 0) return a; /* not growable: returned as it is */
    /* a new buffer with room for as much again (half again once large),
     * so n appends copy O(n) bytes in all */
    uint32_t cap = need < 64 ? 64 : need < (1u << 20) ? need * 2 : need + need / 2;
    if (cap < need || cap > 0x7fffff00u) cap = need;
    RtStr *s = rt_str_alloc(cap);
    rt_memcpy(s->data, a->data, alen);
    rt_memcpy(s->data + alen, b->data, blen);
    s->data[need] = 0;
    s->byte_len = need;
    s->cp_len = a->cp_len + b->cp_len;
    s->h.type_flags |= RT_FLAG_APPENDABLE;
    s->h.aux = cap;
    if (a->h.type_flags & GROWABLE) rt_str_share(a); /* a is garbage or another's now */
    return s;
}
