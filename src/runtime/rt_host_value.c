/* A host's argument for an ABI_VALUE parameter (export_abi.h): a JS value
 * the host shim has checked against the parameter's shape and written into
 * the host buffer in this encoding, decoded here into runtime objects.
 *
 *   value := tag:u8 payload            (numbers little-endian, unaligned)
 *
 * with the tags and payloads of rt_host_value.def. A block (floats, ints,
 * i64s, u64s) is a typed array or an array of numbers, which the host copies
 * in one native call (Float64Array.set) instead of item by item:
 *
 *   block := tag, u8 container (0 list, 1 tuple, 2 set), u32 n,
 *            zero padding to a multiple of 8 from the start of the
 *            encoding, n items of 8 bytes
 *
 * The shim's encoder (shim/host_values.mjs, makeModuleEncoder) reads the tags
 * from the manifest. A malformed encoding is our bug: a SystemError, never
 * a trap. */
#include "rt_bigint.h"
#include "rt_obj.h"

enum {
#define HOST_VALUE_TAG(name, text, number) name = number,
#include "rt_host_value.def"
#undef HOST_VALUE_TAG
};
enum { HV_IN_LIST, HV_IN_TUPLE, HV_IN_SET };

#define HV_MAX_DEPTH 1000 /* the shim refuses deeper values first */

typedef struct Reader {
    const unsigned char *p;
    uint32_t len, pos;
} Reader;

static RtObj *bad(void) {
    rt_raise_cstr(RT_EXC_SYSTEM, "malformed argument from the host (multilingual's host shim)");
    return 0;
}

/* whether n more bytes are there (else the error is raised) */
static int need(Reader *r, uint32_t n) {
    if (n <= r->len - r->pos) return 1;
    bad();
    return 0;
}

static uint32_t u32_at(Reader *r) {
    uint32_t v;
    rt_memcpy(&v, r->p + r->pos, 4);
    r->pos += 4;
    return v;
}

/* A new empty container of an encoded kind, able to take n items. */
static RtObj *container(int kind, uint32_t n) {
    if (kind == HV_IN_TUPLE) return rt_tuple_new((int32_t)n);
    return kind == HV_IN_SET ? rt_set_new() : rt_list_new((int32_t)n);
}

static void put_item(RtObj *c, int kind, uint32_t i, RtObj *x) {
    if (kind == HV_IN_TUPLE) rt_tuple_set(c, (int32_t)i, x);
    else if (kind == HV_IN_SET) rt_set_add(c, x);
    else rt_list_append(c, x);
}

static RtObj *value(Reader *r, int depth);

/* n values, or n f64/i64 items of a block, into a list, tuple or set. */
static RtObj *sequence(Reader *r, int kind, int tag, int depth) {
    if (!need(r, 4)) return 0;
    uint32_t n = u32_at(r);
    if (tag >= HV_FLOATS) {
        r->pos = (r->pos + 7u) & ~7u;
        if (r->pos > r->len || (uint64_t)n * 8 > r->len - r->pos) return bad();
    } else if (n > r->len - r->pos) {
        return bad(); /* each value takes a byte at least */
    }
    RtObj **slots = rt_gc_frame_push(1);
    slots[0] = container(kind, n);
    for (uint32_t i = 0; i < n && !RT_ERR; i++) {
        RtObj *x;
        if (tag >= HV_FLOATS) {
            const unsigned char *at = r->p + r->pos + 8 * i;
            double d;
            int64_t v;
            rt_memcpy(&d, at, 8);
            rt_memcpy(&v, at, 8);
            if (tag == HV_FLOATS) x = rt_box_float(d);
            else if (tag == HV_INTS) x = rt_box_int((int64_t)d); /* |d| < 2^53: a small int */
            else x = rt_box_int(tag == HV_I64S ? rt_int_from_i64(v) : rt_int_from_u64((uint64_t)v));
        } else {
            x = value(r, depth + 1);
        }
        if (!RT_ERR) put_item(slots[0], kind, i, x);
    }
    if (tag >= HV_FLOATS) r->pos += 8 * n;
    RtObj *c = slots[0];
    rt_gc_frame_pop(slots);
    return RT_ERR ? 0 : c;
}

static RtObj *dict(Reader *r, int depth) {
    if (!need(r, 4)) return 0;
    uint32_t n = u32_at(r);
    RtObj **slots = rt_gc_frame_push(2); /* the dict, and a key while its value is built */
    slots[0] = rt_dict_new();
    for (uint32_t i = 0; i < n && !RT_ERR; i++) {
        slots[1] = value(r, depth + 1);
        RtObj *v = RT_ERR ? 0 : value(r, depth + 1);
        if (!RT_ERR) rt_dict_setitem(slots[0], slots[1], v);
    }
    RtObj *d = slots[0];
    rt_gc_frame_pop(slots);
    return RT_ERR ? 0 : d;
}

static RtObj *big(Reader *r) {
    if (!need(r, 5)) return 0;
    uint32_t neg = r->p[r->pos++];
    uint32_t n = u32_at(r);
    if ((uint64_t)n * 4 > r->len - r->pos) return bad();
    uint32_t *limbs = rt_mag_alloc(n ? n : 1);
    rt_memcpy(limbs, r->p + r->pos, 4 * n);
    r->pos += 4 * n;
    return rt_box_int(rt_int_from_mag(limbs, rt_mag_trim(limbs, n), neg));
}

static RtObj *value(Reader *r, int depth) {
    if (depth > HV_MAX_DEPTH || !need(r, 1)) return bad();
    int tag = r->p[r->pos++];
    switch (tag) {
    case HV_NONE: return RT_NONE;
    case HV_FALSE: return rt_box_bool(0);
    case HV_TRUE: return rt_box_bool(1);
    case HV_INT: case HV_FLOAT: {
        if (!need(r, 8)) return 0;
        int64_t v;
        double d;
        rt_memcpy(&v, r->p + r->pos, 8);
        rt_memcpy(&d, r->p + r->pos, 8);
        r->pos += 8;
        return tag == HV_INT ? rt_box_int(rt_int_from_i64(v)) : rt_box_float(d);
    }
    case HV_BIG: return big(r);
    case HV_STR: case HV_BYTES: {
        if (!need(r, 4)) return 0;
        uint32_t n = u32_at(r);
        if (!need(r, n)) return 0;
        const char *at = (const char *)r->p + r->pos;
        r->pos += n;
        return tag == HV_STR ? (RtObj *)rt_str_from_bytes(at, n) : rt_bytes_make(RT_TYPE_BYTES, at, n);
    }
    case HV_LIST: return sequence(r, HV_IN_LIST, tag, depth);
    case HV_TUPLE: return sequence(r, HV_IN_TUPLE, tag, depth);
    case HV_SET: return sequence(r, HV_IN_SET, tag, depth);
    case HV_DICT: return dict(r, depth);
    case HV_FLOATS: case HV_INTS: case HV_I64S: case HV_U64S: {
        if (!need(r, 1)) return 0;
        int kind = r->p[r->pos++];
        if (kind > HV_IN_SET) return bad();
        return sequence(r, kind, tag, depth);
    }
    default: return bad();
    }
}

RtObj *rt_host_value(const char *p, int32_t len) {
    Reader r = {(const unsigned char *)p, len > 0 ? (uint32_t)len : 0, 0};
    RtObj *v = value(&r, 0);
    if (!RT_ERR && r.pos != r.len) return bad();
    return RT_ERR ? 0 : v;
}
