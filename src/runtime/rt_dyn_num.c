/* Arithmetic on dynamic values with CPython's coercions and messages:
 * bool and int mix as int, int and float as float; + and * also
 * concatenate / repeat sequences, - & | ^ are also set operations and |
 * merges dicts. */
#include "rt_bigint.h"
#include "rt_obj.h"

enum { K_INT = 1, K_FLOAT = 2 };

static int num_kind(RtObj *o) {
    uint32_t t = RT_OBJ_TYPE(o);
    if (t == RT_TYPE_INT || t == RT_TYPE_BOOL) return K_INT;
    if (t == RT_TYPE_FLOAT) return K_FLOAT;
    return 0;
}

/* Two floats: numeric code on list items and other untyped values is
 * mostly this, decided before the special-method and coercion tests. */
#define BOTH_FLOAT(a, b) (RT_OBJ_TYPE(a) == RT_TYPE_FLOAT && RT_OBJ_TYPE(b) == RT_TYPE_FLOAT)
#define FV(o) (((RtFloat *)(o))->value)

/* an int's tagged value (rt_abi.h: small, or the handle of an RtBig) */
static int64_t ival(RtObj *o) { return ((RtInt *)o)->value; }
/* a number as a double: an int correctly rounded (OverflowError beyond
 * the float range, as CPython) */
static double fval(RtObj *o) {
    return RT_OBJ_TYPE(o) == RT_TYPE_FLOAT ? ((RtFloat *)o)->value : rt_int_to_float(((RtInt *)o)->value);
}
/* Both operands as doubles, the left first (CPython converts both before
 * operating): 0 with OverflowError pending when an int is beyond the float
 * range, which the operation's own error (ZeroDivisionError of the 0.0
 * returned) must not replace: 0.5 % -(10 ** 400) is OverflowError. */
static int fvals(RtObj *a, RtObj *b, double *x, double *y) {
    *x = fval(a);
    if (RT_ERR) return 0;
    *y = fval(b);
    return !RT_ERR;
}
static int is_set(RtObj *o) {
    uint32_t t = RT_OBJ_TYPE(o);
    return t == RT_TYPE_SET || t == RT_TYPE_FROZENSET;
}

/* d.keys() and d.items() are sets for -, &, | and ^ with any iterable:
 * the result is a set (CPython's dict views' operators). */
static int is_set_view(RtObj *o) { return RT_OBJ_TYPE(o) == RT_TYPE_DICT_VIEW && o->aux != RT_VIEW_VALUES; }

/* op: '-', '&', '|' or '^' (no function pointers in the runtime: its
 * module has no table of its own) */
static RtObj *view_set_op(RtObj *a, RtObj *b, char op) {
    RtObj **fr = rt_gc_frame_push(2); /* (b may be a generator, which runs code) */
    if (!fr) return 0;
    fr[0] = rt_set_new_from(a);
    if (!RT_ERR) fr[1] = rt_set_new_from(b);
    RtObj *r = 0;
    if (!RT_ERR) switch (op) {
        case '-': r = rt_set_difference(fr[0], fr[1]); break;
        case '&': r = rt_set_intersection(fr[0], fr[1]); break;
        case '|': r = rt_set_union(fr[0], fr[1]); break;
        default: r = rt_set_symmetric_difference(fr[0], fr[1]); break;
        }
    rt_gc_frame_pop(fr);
    return r;
}
#define SET_VIEW(op) \
    if (is_set_view(a) || is_set_view(b)) return view_set_op(a, b, op);

/* An augmented assignment falling back to its binary operation: its own
 * operator ("+=") in the TypeError (reset while user code runs). */
static const char *inplace_sym;

static RtObj *unsupported(const char *op, RtObj *a, RtObj *b) {
    rt_raise_fmt(RT_EXC_TYPE, "unsupported operand type(s) for %s: '%T' and '%T'", inplace_sym ? inplace_sym : op, a, b);
    return 0;
}

/* An instance on either side: its class's special method, else TypeError. */
static int has_instance(RtObj *a, RtObj *b) {
    return RT_OBJ_TYPE(a) == RT_TYPE_INSTANCE || RT_OBJ_TYPE(b) == RT_TYPE_INSTANCE;
}
static RtObj *special_binop(RtObj *a, RtObj *b, const char *name, const char *rname, const char *sym) {
    int found;
    const char *isym = inplace_sym;
    inplace_sym = 0;
    RtObj *r = rt_special_binop(a, b, name, rname, &found);
    inplace_sym = isym;
    return found ? r : unsupported(sym, a, b);
}
/* An instance that is a list or a dict (a subclass not defining the
 * operator) takes part as that list or dict. */
#define SPECIAL(name, sym) \
    if (has_instance(a, b)) { \
        RtObj *ua = rt_unwrap(a, "__" name "__"), *ub = rt_unwrap(b, "__r" name "__"); \
        if (ua == a && ub == b) return special_binop(a, b, "__" name "__", "__r" name "__", sym); \
        a = ua, b = ub; \
    }

/* A complex operand (with a number on the other side): the complex
 * result, or the error raised computing it */
#define COMPLEX(op) \
    if (RT_OBJ_TYPE(a) == RT_TYPE_COMPLEX || RT_OBJ_TYPE(b) == RT_TYPE_COMPLEX) { \
        RtObj *c = rt_complex_binop(a, b, op); \
        if (c || RT_ERR) return c; \
    }

/* Both numbers: 1 with *x, *y as doubles when one is a float, 2 when both
 * are ints; 0 otherwise. */
static int num_pair(RtObj *a, RtObj *b) {
    int ka = num_kind(a), kb = num_kind(b);
    if (!ka || !kb) return 0;
    return ka == K_INT && kb == K_INT ? 2 : 1;
}

static RtObj *concat_seq(RtObj *a, RtObj *b) {
    uint32_t na, nb;
    RtObj *const *ia = rt_seq_items(a, &na);
    RtObj *const *ib = rt_seq_items(b, &nb);
    if ((uint64_t)na + nb > 0x3fffffffu) rt_fatal_memory();
    if (RT_OBJ_TYPE(a) == RT_TYPE_TUPLE) {
        RtTuple *t = (RtTuple *)rt_tuple_new((int32_t)(na + nb));
        for (uint32_t i = 0; i < na; i++) t->items[i] = ia[i];
        for (uint32_t i = 0; i < nb; i++) t->items[na + i] = ib[i];
        return (RtObj *)t;
    }
    RtList *l = (RtList *)rt_list_new_len(na + nb);
    for (uint32_t i = 0; i < na; i++) rt_list_items(l)[i] = ia[i];
    for (uint32_t i = 0; i < nb; i++) rt_list_items(l)[na + i] = ib[i];
    return (RtObj *)l;
}

RtObj *rt_dyn_add(RtObj *a, RtObj *b) {
    if (BOTH_FLOAT(a, b)) return rt_box_float(FV(a) + FV(b));
    SPECIAL("add", "+");
    int k = num_pair(a, b);
    if (k == 2) return rt_box_int(rt_int_add(ival(a), ival(b)));
    if (k == 1) return rt_box_float(fval(a) + fval(b));
    COMPLEX('+')
    uint32_t ta = RT_OBJ_TYPE(a), tb = RT_OBJ_TYPE(b);
    if (rt_is_bytes_type(ta)) return rt_bytes_concat(a, b);
    if (ta == RT_TYPE_STR || ta == RT_TYPE_LIST || ta == RT_TYPE_TUPLE) {
        if (ta != tb) {
            rt_raise_fmt(RT_EXC_TYPE, "can only concatenate %T (not \"%T\") to %T", a, b, a);
            return 0;
        }
        if (ta == RT_TYPE_STR) return (RtObj *)rt_str_concat((RtStr *)a, (RtStr *)b);
        return concat_seq(a, b);
    }
    return unsupported("+", a, b);
}

RtObj *rt_dyn_sub(RtObj *a, RtObj *b) {
    if (BOTH_FLOAT(a, b)) return rt_box_float(FV(a) - FV(b));
    SPECIAL("sub", "-");
    int k = num_pair(a, b);
    if (k == 2) return rt_box_int(rt_int_sub(ival(a), ival(b)));
    if (k == 1) return rt_box_float(fval(a) - fval(b));
    COMPLEX('-')
    if (is_set(a) && is_set(b)) return rt_set_difference(a, b);
    SET_VIEW('-')
    return unsupported("-", a, b);
}

/* Bytes [0, have) repeated to fill [0, total): copies of what is
 * there, doubling (a multiple of have: repetitions stay aligned). */
static void fill_by_doubling(void *p, uint32_t have, uint32_t total) {
    char *b = p;
    while (have < total) {
        uint32_t n = have <= total - have ? have : total - have;
        rt_memcpy(b + have, b, n);
        have += n;
    }
}

static int all_bools(RtObj *const *items, uint32_t n) {
    for (uint32_t i = 0; i < n; i++)
        if (items[i] != RT_TRUE && items[i] != RT_FALSE) return 0;
    return 1;
}

/* exactly floats: an instance of a subclass of float is not one */
static int all_floats(RtObj *const *items, uint32_t n) {
    for (uint32_t i = 0; i < n; i++)
        if (RT_OBJ_TYPE(items[i]) != RT_TYPE_FLOAT) return 0;
    return 1;
}

static RtObj *repeat_seq(RtObj *s, int64_t n) {
    uint32_t t = RT_OBJ_TYPE(s);
    if (t == RT_TYPE_STR) return (RtObj *)rt_str_repeat((RtStr *)s, n);
    if (rt_is_bytes_type(t)) return rt_bytes_repeat(s, n);
    uint32_t len;
    RtObj *const *items = rt_seq_items(s, &len);
    if (n < 0) n = 0;
    if (len && (uint64_t)n > 0x3fffffffu / len) rt_fatal_memory();
    uint32_t total = len * (uint32_t)n;
    RtObj **dst;
    RtObj *r;
    if (t == RT_TYPE_LIST && total && all_bools(items, len)) { /* flags = [False] * n */
        r = rt_list_new_bools(total, 0);
        uint8_t *bytes = ((RtList *)r)->data;
        for (uint32_t i = 0; i < len; i++) bytes[i] = items[i] == RT_TRUE;
        fill_by_doubling(bytes, len, total);
        return r;
    }
    if (t == RT_TYPE_LIST && total && all_floats(items, len)) { /* v = [0.0] * n */
        r = rt_list_new_floats(total);
        RtFloatItem *f = ((RtList *)r)->data;
        for (uint32_t i = 0; i < len; i++) f[i].value = ((RtFloat *)items[i])->value, f[i].box = items[i];
        fill_by_doubling(f, len * (uint32_t)sizeof *f, total * (uint32_t)sizeof *f);
        return r;
    }
    if (t == RT_TYPE_TUPLE) {
        r = rt_tuple_new((int32_t)total);
        dst = ((RtTuple *)r)->items;
    } else {
        r = rt_list_new_len(total);
        dst = rt_list_items((RtList *)r);
    }
    if (total) {
        for (uint32_t i = 0; i < len; i++) dst[i] = items[i];
        fill_by_doubling(dst, len * (uint32_t)sizeof(RtObj *), total * (uint32_t)sizeof(RtObj *));
    }
    return r;
}

static int is_seq(RtObj *o) {
    uint32_t t = RT_OBJ_TYPE(o);
    return t == RT_TYPE_STR || t == RT_TYPE_LIST || t == RT_TYPE_TUPLE || rt_is_bytes_type(t);
}

/* seq * instance (or instance * seq) when neither side's __mul__ /
 * __rmul__ answered: CPython then repeats the sequence by the instance's
 * __index__(), or says it can't */
static RtObj *repeat_by_instance(RtObj *a, RtObj *b) {
    if (!is_seq(a) && !is_seq(b)) return unsupported("*", a, b);
    RtObj *seq = is_seq(a) ? a : b, *n = rt_index_value(seq == a ? b : a);
    if (!n) return 0;
    if (num_kind(n) != K_INT) {
        rt_raise_fmt(RT_EXC_TYPE, "can't multiply sequence by non-int of type '%T'", n);
        return 0;
    }
    return seq == a ? rt_dyn_mul(seq, n) : rt_dyn_mul(n, seq);
}

RtObj *rt_dyn_mul(RtObj *a, RtObj *b) {
    if (BOTH_FLOAT(a, b)) return rt_box_float(FV(a) * FV(b));
    if (has_instance(a, b)) {
        RtObj *ua = rt_unwrap(a, "__mul__"), *ub = rt_unwrap(b, "__rmul__");
        if (ua == a && ub == b) {
            int found;
            const char *isym = inplace_sym;
            inplace_sym = 0;
            RtObj *r = rt_special_binop(a, b, "__mul__", "__rmul__", &found);
            inplace_sym = isym;
            return found ? r : repeat_by_instance(a, b);
        }
        a = ua, b = ub;
    }
    int k = num_pair(a, b);
    if (k == 2) return rt_box_int(rt_int_mul(ival(a), ival(b)));
    if (k == 1) return rt_box_float(fval(a) * fval(b));
    COMPLEX('*')
    if (is_seq(a) || is_seq(b)) {
        RtObj *seq = is_seq(a) ? a : b, *n = seq == a ? b : a;
        if (num_kind(n) == K_INT) {
            int64_t count = ival(n);
            if (RT_INT_IS_HANDLE(count)) { /* beyond any length */
                if (rt_int_cmp(count, 0) < 0) count = 0;
                else {
                    rt_raise_fmt(RT_EXC_OVERFLOW, "cannot fit 'int' into an index-sized integer");
                    return 0;
                }
            }
            return repeat_seq(seq, count);
        }
        rt_raise_fmt(RT_EXC_TYPE, "can't multiply sequence by non-int of type '%T'", n);
        return 0;
    }
    return unsupported("*", a, b);
}

RtObj *rt_dyn_truediv(RtObj *a, RtObj *b) {
    if (BOTH_FLOAT(a, b) && FV(b) != 0.0) return rt_box_float(FV(a) / FV(b));
    SPECIAL("truediv", "/");
    int k = num_pair(a, b);
    if (k == 2) return rt_box_float(rt_int_truediv(ival(a), ival(b)));
    double x, y;
    if (k == 1) return fvals(a, b, &x, &y) ? rt_box_float(rt_float_div(x, y)) : 0;
    COMPLEX('/')
    return unsupported("/", a, b);
}

RtObj *rt_dyn_floordiv(RtObj *a, RtObj *b) {
    SPECIAL("floordiv", "//");
    int k = num_pair(a, b);
    if (k == 2) return rt_box_int(rt_int_floordiv(ival(a), ival(b)));
    double x, y;
    if (k == 1) return fvals(a, b, &x, &y) ? rt_box_float(rt_float_floordiv(x, y)) : 0;
    return unsupported("//", a, b);
}

RtObj *rt_dyn_mod(RtObj *a, RtObj *b) {
    if (RT_OBJ_TYPE(a) == RT_TYPE_STR) return (RtObj *)rt_str_mod((RtStr *)a, b);
    SPECIAL("mod", "%");
    int k = num_pair(a, b);
    if (k == 2) return rt_box_int(rt_int_mod(ival(a), ival(b)));
    double x, y;
    if (k == 1) return fvals(a, b, &x, &y) ? rt_box_float(rt_float_mod(x, y)) : 0;
    return unsupported("%", a, b);
}

RtObj *rt_dyn_pow(RtObj *a, RtObj *b) {
    SPECIAL("pow", "**");
    int k = num_pair(a, b);
    if (k == 2) {
        if (rt_int_cmp(ival(b), 0) < 0) {
            double x = rt_int_to_float(ival(a)), y = RT_ERR ? 0 : rt_int_to_float(ival(b));
            return RT_ERR ? 0 : rt_box_float(rt_float_pow(x, y));
        }
        return rt_box_int(rt_int_pow(ival(a), ival(b)));
    }
    double x, y;
    if (k == 1) {
        if (!fvals(a, b, &x, &y)) return 0;
        /* a finite negative base, a finite exponent that is no integer:
         * complex, as CPython's float_pow (inf and nan are its float cases) */
        if (x < 0.0 && __builtin_isfinite(x) && __builtin_isfinite(y) && y != __builtin_floor(y))
            return rt_complex_pow_real(x, y);
        return rt_box_float(rt_float_pow(x, y));
    }
    COMPLEX('^')
    return unsupported("** or pow()", a, b);
}

RtObj *rt_dyn_lshift(RtObj *a, RtObj *b) {
    SPECIAL("lshift", "<<");
    if (num_pair(a, b) == 2) return rt_box_int(rt_int_lshift(ival(a), ival(b)));
    return unsupported("<<", a, b);
}

/* @: an instance's __matmul__ or __rmatmul__ (no builtin type has one) */
RtObj *rt_dyn_matmul(RtObj *a, RtObj *b) {
    SPECIAL("matmul", "@");
    return unsupported("@", a, b);
}

RtObj *rt_dyn_rshift(RtObj *a, RtObj *b) {
    SPECIAL("rshift", ">>");
    if (num_pair(a, b) == 2) return rt_box_int(rt_int_rshift(ival(a), ival(b)));
    return unsupported(">>", a, b);
}

static int both_bool(RtObj *a, RtObj *b) {
    return RT_OBJ_TYPE(a) == RT_TYPE_BOOL && RT_OBJ_TYPE(b) == RT_TYPE_BOOL;
}

RtObj *rt_dyn_and(RtObj *a, RtObj *b) {
    SPECIAL("and", "&");
    if (num_pair(a, b) == 2) {
        int64_t v = rt_int_and(ival(a), ival(b));
        return both_bool(a, b) ? RT_BOOL(v) : rt_box_int(v);
    }
    if (is_set(a) && is_set(b)) return rt_set_intersection(a, b);
    SET_VIEW('&')
    return unsupported("&", a, b);
}

RtObj *rt_dyn_or(RtObj *a, RtObj *b) {
    SPECIAL("or", "|");
    if (num_pair(a, b) == 2) {
        int64_t v = rt_int_or(ival(a), ival(b));
        return both_bool(a, b) ? RT_BOOL(v) : rt_box_int(v);
    }
    if (is_set(a) && is_set(b)) return rt_set_union(a, b);
    SET_VIEW('|')
    if (rt_type_union_operands(a, b)) return rt_type_union(a, b); /* int | None */
    if (RT_OBJ_TYPE(a) == RT_TYPE_DICT && RT_OBJ_TYPE(b) == RT_TYPE_DICT) {
        RtObj *d = rt_dict_copy(a);
        if (RT_ERR) return 0;
        rt_dict_update(d, b);
        return d;
    }
    return unsupported("|", a, b);
}

RtObj *rt_dyn_xor(RtObj *a, RtObj *b) {
    SPECIAL("xor", "^");
    if (num_pair(a, b) == 2) {
        int64_t v = rt_int_xor(ival(a), ival(b));
        return both_bool(a, b) ? RT_BOOL(v) : rt_box_int(v);
    }
    if (is_set(a) && is_set(b)) return rt_set_symmetric_difference(a, b);
    SET_VIEW('^')
    return unsupported("^", a, b);
}

/* An instance's unary special method (__neg__, __pos__, __invert__,
 * __abs__): 1 with *r its result (or an exception pending), else 0. */
/* An instance's special method `name` (1, its result in *r); an instance
 * of a class deriving from int or float that does not define it becomes
 * that value in *a (0). */
static int unary_special(RtObj **a, const char *name, RtObj **r) {
    if (RT_OBJ_TYPE(*a) != RT_TYPE_INSTANCE) return 0;
    int found;
    *r = rt_special_unary(*a, name, &found);
    if (!found) *a = rt_unwrap(*a, name);
    return found;
}

RtObj *rt_dyn_neg(RtObj *a) {
    RtObj *r;
    if (unary_special(&a, "__neg__", &r)) return r;
    int k = num_kind(a);
    if (k == K_INT) return rt_box_int(rt_int_neg(ival(a)));
    if (k == K_FLOAT) return rt_box_float(-fval(a));
    if (RT_OBJ_TYPE(a) == RT_TYPE_COMPLEX) return rt_complex_neg(a);
    rt_raise_fmt(RT_EXC_TYPE, "bad operand type for unary -: '%T'", a);
    return 0;
}

RtObj *rt_dyn_pos(RtObj *a) {
    RtObj *r;
    if (unary_special(&a, "__pos__", &r)) return r;
    int k = num_kind(a);
    if (k == K_INT) return RT_OBJ_TYPE(a) == RT_TYPE_BOOL ? rt_box_int(ival(a)) : a;
    if (k == K_FLOAT || RT_OBJ_TYPE(a) == RT_TYPE_COMPLEX) return a;
    rt_raise_fmt(RT_EXC_TYPE, "bad operand type for unary +: '%T'", a);
    return 0;
}

RtObj *rt_dyn_invert(RtObj *a) {
    RtObj *r;
    if (unary_special(&a, "__invert__", &r)) return r;
    if (num_kind(a) == K_INT) return rt_box_int(rt_int_invert(ival(a)));
    rt_raise_fmt(RT_EXC_TYPE, "bad operand type for unary ~: '%T'", a);
    return 0;
}

RtObj *rt_dyn_abs(RtObj *a) {
    RtObj *r;
    if (unary_special(&a, "__abs__", &r)) return r;
    int k = num_kind(a);
    if (k == K_INT) return rt_box_int(rt_int_abs(ival(a)));
    if (k == K_FLOAT) return rt_box_float(__builtin_fabs(fval(a)));
    if (RT_OBJ_TYPE(a) == RT_TYPE_COMPLEX) return rt_complex_abs(a);
    rt_raise_fmt(RT_EXC_TYPE, "bad operand type for abs(): '%T'", a);
    return 0;
}

/* int(x) and float(x) of a value whose type is known at run time only. */
int64_t rt_dyn_int(RtObj *x) {
    x = rt_unwrap(x, "__int__"); /* an instance of a class deriving from int, str ...: that value */
    switch (RT_OBJ_TYPE(x)) {
    case RT_TYPE_INT:
    case RT_TYPE_BOOL: return ((RtInt *)x)->value;
    case RT_TYPE_FLOAT: return rt_int_from_float(((RtFloat *)x)->value);
    case RT_TYPE_STR: return rt_int_from_str((RtStr *)x);
    case RT_TYPE_BYTES:
    case RT_TYPE_BYTEARRAY: return rt_int_from_bytes(x);
    case RT_TYPE_INSTANCE: {
        /* CPython's int(): __int__, else __index__, else __trunc__ */
        static const char *const names[] = {"__int__", "__index__", "__trunc__"};
        for (int i = 0; i < 3; i++) {
            RtObj *r;
            if (!unary_special(&x, names[i], &r)) continue;
            if (RT_ERR) return 0;
            if (!rt_is_intlike(r)) {
                if (i == 2) rt_raise_fmt(RT_EXC_TYPE, "__trunc__ returned non-Integral (type %T)", r);
                else rt_raise_fmt(RT_EXC_TYPE, "%s returned non-int (type %T)", names[i], r);
                return 0;
            }
            return ((RtInt *)r)->value;
        }
        break; /* none of them */
    }
    default: break;
    }
    rt_raise_fmt(RT_EXC_TYPE, "int() argument must be a string, a bytes-like object or a real number, not '%T'", x);
    return 0;
}

double rt_dyn_float(RtObj *x) {
    x = rt_unwrap(x, "__float__");
    switch (RT_OBJ_TYPE(x)) {
    case RT_TYPE_INT:
    case RT_TYPE_BOOL: return rt_int_to_float(((RtInt *)x)->value);
    case RT_TYPE_FLOAT: return ((RtFloat *)x)->value;
    case RT_TYPE_STR: return rt_float_from_str((RtStr *)x);
    case RT_TYPE_BYTES:
    case RT_TYPE_BYTEARRAY: return rt_float_from_bytes(x);
    case RT_TYPE_INSTANCE:
        /* CPython's float(): __float__, else __index__ (math's rule) */
        if (rt_has_special(x, "__float__") || rt_has_special(x, "__index__")) return rt_math_float_arg(x);
        /* fall through */
    default: rt_raise_fmt(RT_EXC_TYPE, "float() argument must be a string or a real number, not '%T'", x); return 0;
    }
}

/* round(x) / round(x, n) of values whose types are known at run time only. */
RtObj *rt_dyn_round(RtObj *x, RtObj *nd) {
    x = rt_unwrap(x, "__round__"); /* a class deriving from int or float: that value */
    int k = num_kind(x);
    int has_n = nd && RT_OBJ_TYPE(nd) != RT_TYPE_NONE;
    if (has_n && num_kind(nd) != K_INT) {
        rt_raise_fmt(RT_EXC_TYPE, "'%T' object cannot be interpreted as an integer", nd);
        return 0;
    }
    if (k == K_INT) return rt_box_int(has_n ? rt_int_round(ival(x), ival(nd)) : ival(x));
    if (k == K_FLOAT) return has_n ? rt_box_float(rt_float_round(fval(x), ival(nd))) : rt_box_int(rt_float_round_int(fval(x)));
    if (RT_OBJ_TYPE(x) == RT_TYPE_INSTANCE) {
        int found;
        RtObj *r = has_n ? rt_special_binop(x, nd, "__round__", "", &found) : rt_special_unary(x, "__round__", &found);
        if (found) return r;
    }
    rt_raise_fmt(RT_EXC_TYPE, "type %T doesn't define __round__ method", x);
    return 0;
}

/* divmod(a, b): (a // b, a % b) */
RtObj *rt_dyn_divmod(RtObj *a, RtObj *b) {
    if (num_pair(a, b) == 2) {
        int64_t qi, ri;
        rt_int_divmod(ival(a), ival(b), &qi, &ri);
        if (RT_ERR) return 0;
        RtObj *qo = rt_box_int(qi);
        return rt_tuple_pack2(qo, rt_box_int(ri));
    }
    RtObj *q = rt_dyn_floordiv(a, b);
    if (RT_ERR) return 0;
    RtObj *r = rt_dyn_mod(a, b);
    if (RT_ERR) return 0;
    return rt_tuple_pack2(q, r);
}

/* pow(a, b) is a ** b; pow(a, b, m) of ints, as CPython (a negative
 * exponent: the modular inverse). */
RtObj *rt_builtin_pow(RtObj *a, RtObj *b, RtObj *m) {
    if (!m || RT_OBJ_TYPE(m) == RT_TYPE_NONE) return rt_dyn_pow(a, b);
    if (num_kind(a) != K_INT || num_kind(b) != K_INT || num_kind(m) != K_INT) {
        rt_raise_cstr(RT_EXC_TYPE, "pow() 3rd argument not allowed unless all arguments are integers");
        return 0;
    }
    int64_t r = rt_int_powmod(ival(a), ival(b), ival(m));
    return RT_ERR ? 0 : rt_box_int(r);
}

/* ---- augmented assignment: x op= y ---- */

/* The binary operation of an augmented one (by its symbol's index in
 * INPLACE below: the runtime makes no indirect calls, rtlink links none). */
static RtObj *binary(int which, RtObj *a, RtObj *b) {
    switch (which) {
    case 0: return rt_dyn_add(a, b);
    case 1: return rt_dyn_sub(a, b);
    case 2: return rt_dyn_mul(a, b);
    case 3: return rt_dyn_truediv(a, b);
    case 4: return rt_dyn_floordiv(a, b);
    case 5: return rt_dyn_mod(a, b);
    case 6: return rt_dyn_pow(a, b);
    case 7: return rt_dyn_lshift(a, b);
    case 8: return rt_dyn_rshift(a, b);
    case 9: return rt_dyn_and(a, b);
    case 10: return rt_dyn_or(a, b);
    case 12: return rt_dyn_matmul(a, b);
    default: return rt_dyn_xor(a, b);
    }
}

/* In place where the left operand's type says so (CPython's __iadd__ ...):
 * an instance's __i<op>__, list += any iterable and *= an int, a set's
 * |= &= -= ^= with a set, a dict's |= with a mapping or pairs; otherwise
 * the binary operation (its TypeError naming the augmented operator). */
static RtObj *inplace(RtObj *a, RtObj *b, const char *iname, const char *isym, int which) {
    if (BOTH_FLOAT(a, b)) { /* x += y on two floats, as in the binary operations */
        if (which == 0) return rt_box_float(FV(a) + FV(b));
        if (which == 1) return rt_box_float(FV(a) - FV(b));
        if (which == 2) return rt_box_float(FV(a) * FV(b));
    }
    uint32_t t = RT_OBJ_TYPE(a);
    if (t == RT_TYPE_INSTANCE && rt_has_special(a, iname)) {
        int found; /* NotImplemented: the binary operation decides */
        RtObj *r = rt_special_binop(a, b, iname, "", &found);
        if (found || RT_ERR) return r;
    }
    RtObj *base = t == RT_TYPE_INSTANCE ? rt_instance_base(a, 0) : 0;
    if (base && (isym[0] == '+' || isym[0] == '|' || (isym[0] == '*' && isym[1] == '='))) {
        /* list += / *=, dict |=: in place on the list or dict the instance is */
        RtObj *r = inplace(base, b, iname, isym, which);
        return r == base ? a : r;
    }
    char c = isym[0];
    if (t == RT_TYPE_LIST && c == '+') {
        rt_list_extend(a, b);
        return RT_ERR ? 0 : a;
    }
    if (t == RT_TYPE_BYTEARRAY && c == '+') {
        rt_bytearray_iconcat(a, b);
        return RT_ERR ? 0 : a;
    }
    if (t == RT_TYPE_DICT && c == '|') {
        rt_dict_update(a, b);
        return RT_ERR ? 0 : a;
    }
    int same_contents = ((t == RT_TYPE_LIST || t == RT_TYPE_BYTEARRAY) && c == '*' && isym[1] == '=') ||
                        (t == RT_TYPE_SET && (c == '|' || c == '&' || c == '-' || c == '^'));
    if (t == RT_TYPE_SET && same_contents && !is_set(b)) return unsupported(isym, a, b);
    if (t == RT_TYPE_SET && same_contents) { /* CPython's in-place set operations (the table's order) */
        rt_set_inplace(a, b, c);
        return RT_ERR ? 0 : a;
    }
    const char *outer = inplace_sym;
    inplace_sym = isym;
    RtObj *r = binary(which, a, b);
    inplace_sym = outer;
    if (!r || !same_contents || r == a) return r;
    /* the result's contents into a: the object stays the same */
    if (t == RT_TYPE_LIST) {
        rt_list_clear(a);
        rt_list_extend(a, r);
    } else if (t == RT_TYPE_BYTEARRAY) {
        rt_bytearray_clear(a);
        rt_bytearray_iconcat(a, r);
    } else {
        rt_set_clear(a);
        rt_set_update(a, r);
    }
    return RT_ERR ? 0 : a;
}

#define INPLACE(fn, name, sym, which) \
    RtObj *fn(RtObj *a, RtObj *b) { return inplace(a, b, "__i" name "__", sym, which); }
INPLACE(rt_dyn_iadd, "add", "+=", 0)
INPLACE(rt_dyn_isub, "sub", "-=", 1)
INPLACE(rt_dyn_imul, "mul", "*=", 2)
INPLACE(rt_dyn_itruediv, "truediv", "/=", 3)
INPLACE(rt_dyn_ifloordiv, "floordiv", "//=", 4)
INPLACE(rt_dyn_imod, "mod", "%=", 5)
INPLACE(rt_dyn_ipow, "pow", "**=", 6)
INPLACE(rt_dyn_ilshift, "lshift", "<<=", 7)
INPLACE(rt_dyn_irshift, "rshift", ">>=", 8)
INPLACE(rt_dyn_iand, "and", "&=", 9)
INPLACE(rt_dyn_ior, "or", "|=", 10)
INPLACE(rt_dyn_ixor, "xor", "^=", 11)
INPLACE(rt_dyn_imatmul, "matmul", "@=", 12)
