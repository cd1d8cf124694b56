/* The methods of int values (bool's too: bool is an int subclass and
 * shares RtInt's layout): bit_count, as_integer_ratio, conjugate,
 * to_bytes and int.from_bytes, as CPython 3.11's. The receiver is always
 * boxed: typed code boxes its tagged i64, and the run-time dispatch of
 * o.name(...) (lower_class.c gcall_attr) calls these only when o's type
 * code is int or bool. Values are tagged ints (rt_abi.h), so big ints go
 * through their limbs (rt_int_view). */
#include "rt_bigint.h"

static int64_t value_of(RtObj *o) { return ((RtInt *)o)->value; }

int64_t rt_int_obj_bit_count(RtObj *o) {
    RtIntView w;
    rt_int_view(&w, value_of(o));
    int64_t c = 0;
    for (uint32_t i = 0; i < w.n; i++) c += __builtin_popcount(w.d[i]);
    return c;
}

/* True.conjugate() is the int 1: the value without its bool-ness */
int64_t rt_int_obj_conjugate(RtObj *o) { return value_of(o); }

RtObj *rt_int_obj_as_integer_ratio(RtObj *o) { return rt_tuple_pack2(rt_box_int(value_of(o)), rt_box_int(1)); }

/* An argument CPython converts with __index__: its tagged value, or 0
 * after raising its TypeError. */
static int index_arg(RtObj *a, int64_t *v) {
    if (!rt_is_intlike(a)) {
        rt_raise_fmt(RT_EXC_TYPE, "'%T' object cannot be interpreted as an integer", a);
        return 0;
    }
    *v = value_of(a);
    return 1;
}

/* byteorder: 1 for 'little', 0 for 'big'; -1 after raising (NULL: the
 * default, 'big') */
static int byte_order(RtObj *a, const char *fn) {
    if (!a) return 0;
    if (RT_OBJ_TYPE(a) != RT_TYPE_STR) {
        rt_raise_fmt(RT_EXC_TYPE, "%s() argument 'byteorder' must be str, not %s", fn, rt_arg_type_name(a));
        return -1;
    }
    const char *s = ((RtStr *)a)->data;
    if (rt_cstr_eq(s, "little")) return 1;
    if (rt_cstr_eq(s, "big")) return 0;
    rt_raise_cstr(RT_EXC_VALUE, "byteorder must be either 'little' or 'big'");
    return -1;
}

/* x.to_bytes(length=1, byteorder='big', signed=False): NULL for an
 * argument not given; signed negatives in two's complement */
RtObj *rt_int_obj_to_bytes(RtObj *o, RtObj *length, RtObj *order, RtObj *is_signed) {
    int64_t len = 1;
    if (length && !index_arg(length, &len)) return 0;
    int little = byte_order(order, "to_bytes");
    if (little < 0) return 0;
    int sig = is_signed ? rt_truthy(is_signed) : 0;
    if (RT_ERR) return 0;
    if (len < 0) {
        rt_raise_cstr(RT_EXC_VALUE, "length argument must be non-negative");
        return 0;
    }
    int64_t v = value_of(o);
    int neg = rt_int_cmp(v, 0) < 0;
    if (neg && !sig) {
        rt_raise_cstr(RT_EXC_OVERFLOW, "can't convert negative int to unsigned");
        return 0;
    }
    /* the bits it needs: a signed value keeps one for its sign (~v of a
     * negative v has the bits its two's complement does not fill with 1s),
     * except 0 and -1, which fit in no bytes at all (CPython's quirk) */
    int64_t mag = rt_int_bit_length(neg ? rt_int_invert(v) : v);
    int64_t bits = mag ? mag + sig : 0;
    if (!RT_INT_IS_SMALL(len) || bits > len * 8) {
        rt_raise_cstr(RT_EXC_OVERFLOW, "int too big to convert");
        return 0;
    }
    RtIntView w;
    rt_int_view(&w, neg ? rt_int_invert(v) : v); /* -v-1: its bytes, complemented, are v's */
    RtObj *b = rt_bytes_make(RT_TYPE_BYTES, 0, (uint32_t)len);
    char *p = ((RtStr *)b)->data;
    for (uint32_t i = 0; i < (uint32_t)len; i++) {
        uint32_t limb = i / 4 < w.n ? w.d[i / 4] : 0;
        char byte = (char)(limb >> (8 * (i % 4)));
        p[little ? i : (uint32_t)len - 1 - i] = neg ? (char)~byte : byte;
    }
    return b;
}

/* int.from_bytes(bytes, byteorder='big', signed=False): the bytes of a
 * bytes-like object or of an iterable of ints (as bytes() makes them) */
int64_t rt_int_from_bytes_of(RtObj *src, RtObj *order, RtObj *is_signed) {
    int little = byte_order(order, "from_bytes");
    if (little < 0) return 0;
    int sig = is_signed ? rt_truthy(is_signed) : 0;
    if (RT_ERR) return 0;
    uint32_t t = RT_OBJ_TYPE(src);
    /* bytes(n) would make n zero bytes and bytes(s) asks for an encoding:
     * CPython's PyBytes_FromObject refuses both, and non-iterables */
    if (t == RT_TYPE_STR || t == RT_TYPE_INT || t == RT_TYPE_BOOL || t == RT_TYPE_FLOAT || t == RT_TYPE_NONE) {
        rt_raise_fmt(RT_EXC_TYPE, "cannot convert '%T' object to bytes", src);
        return 0;
    }
    uint32_t n;
    const char *p = rt_bytes_view(src, &n);
    if (!p) {
        RtObj *b = rt_builtin_bytes(src, 0, 0);
        if (RT_ERR) return 0;
        p = rt_bytes_view(b, &n);
    }
    uint32_t *d = rt_mag_alloc(n / 4 + 1);
    for (uint32_t i = 0; i < n; i++) {
        uint32_t byte = (unsigned char)p[little ? i : n - 1 - i];
        d[i / 4] |= byte << (8 * (i % 4));
    }
    int64_t v = rt_int_from_mag(d, n / 4 + 1, 0);
    /* the top bit set: two's complement, v - 2^(8n) */
    if (sig && n && (unsigned char)p[little ? n - 1 : 0] >= 0x80) v = rt_int_sub(v, rt_int_lshift(1, 8 * (int64_t)n));
    return v;
}

/* x.real, x.imag, x.numerator, x.denominator of an int, bool or float
 * (the numbers' data attributes; a bool's are ints), else NULL */
RtObj *rt_number_attr(RtObj *o, const char *name) {
    if (RT_OBJ_TYPE(o) == RT_TYPE_FLOAT) {
        if (rt_cstr_eq(name, "real")) return o;
        if (rt_cstr_eq(name, "imag")) return rt_box_float(0.0);
        return 0;
    }
    if (rt_cstr_eq(name, "real") || rt_cstr_eq(name, "numerator")) return rt_box_int(value_of(o));
    if (rt_cstr_eq(name, "imag")) return rt_box_int(0);
    if (rt_cstr_eq(name, "denominator")) return rt_box_int(1);
    return 0;
}
