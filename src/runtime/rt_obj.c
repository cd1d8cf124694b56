/* Boxed scalars and the static singletons: None, True, False and the
 * cached small ints -5..256; truthiness, unboxing, type names; the byte
 * buffer and formatted exceptions every dynamic operation uses. */
#include "rt_obj.h"

#define STATIC_HDR(type) {(type) | RT_FLAG_STATIC, 0}
RtObj rt_none_obj = STATIC_HDR(RT_TYPE_NONE);
RtObj rt_notimpl_obj = STATIC_HDR(RT_TYPE_NOTIMPL);

/* NotImplemented: what a binary special method returns to let the other
 * operand's reflection (or the default) decide. */
RtObj *rt_not_implemented(void) { return &rt_notimpl_obj; }

/* Ellipsis (...): a placeholder body, a slice's marker. */
static RtObj ellipsis_obj = STATIC_HDR(RT_TYPE_ELLIPSIS);
RtObj *rt_ellipsis(void) { return &ellipsis_obj; }
RtInt rt_true_obj = {STATIC_HDR(RT_TYPE_BOOL), 1};
RtInt rt_false_obj = {STATIC_HDR(RT_TYPE_BOOL), 0};

#define I(v) {STATIC_HDR(RT_TYPE_INT), v}
/* exported: generated code boxes a small int inline (lower_util.c) */
RtInt rt_small_ints[RT_SMALL_INT_MAX - RT_SMALL_INT_MIN + 1] = {
    I(-5), I(-4), I(-3), I(-2), I(-1), I(0), I(1), I(2),
    I(3), I(4), I(5), I(6), I(7), I(8), I(9), I(10),
    I(11), I(12), I(13), I(14), I(15), I(16), I(17), I(18),
    I(19), I(20), I(21), I(22), I(23), I(24), I(25), I(26),
    I(27), I(28), I(29), I(30), I(31), I(32), I(33), I(34),
    I(35), I(36), I(37), I(38), I(39), I(40), I(41), I(42),
    I(43), I(44), I(45), I(46), I(47), I(48), I(49), I(50),
    I(51), I(52), I(53), I(54), I(55), I(56), I(57), I(58),
    I(59), I(60), I(61), I(62), I(63), I(64), I(65), I(66),
    I(67), I(68), I(69), I(70), I(71), I(72), I(73), I(74),
    I(75), I(76), I(77), I(78), I(79), I(80), I(81), I(82),
    I(83), I(84), I(85), I(86), I(87), I(88), I(89), I(90),
    I(91), I(92), I(93), I(94), I(95), I(96), I(97), I(98),
    I(99), I(100), I(101), I(102), I(103), I(104), I(105), I(106),
    I(107), I(108), I(109), I(110), I(111), I(112), I(113), I(114),
    I(115), I(116), I(117), I(118), I(119), I(120), I(121), I(122),
    I(123), I(124), I(125), I(126), I(127), I(128), I(129), I(130),
    I(131), I(132), I(133), I(134), I(135), I(136), I(137), I(138),
    I(139), I(140), I(141), I(142), I(143), I(144), I(145), I(146),
    I(147), I(148), I(149), I(150), I(151), I(152), I(153), I(154),
    I(155), I(156), I(157), I(158), I(159), I(160), I(161), I(162),
    I(163), I(164), I(165), I(166), I(167), I(168), I(169), I(170),
    I(171), I(172), I(173), I(174), I(175), I(176), I(177), I(178),
    I(179), I(180), I(181), I(182), I(183), I(184), I(185), I(186),
    I(187), I(188), I(189), I(190), I(191), I(192), I(193), I(194),
    I(195), I(196), I(197), I(198), I(199), I(200), I(201), I(202),
    I(203), I(204), I(205), I(206), I(207), I(208), I(209), I(210),
    I(211), I(212), I(213), I(214), I(215), I(216), I(217), I(218),
    I(219), I(220), I(221), I(222), I(223), I(224), I(225), I(226),
    I(227), I(228), I(229), I(230), I(231), I(232), I(233), I(234),
    I(235), I(236), I(237), I(238), I(239), I(240), I(241), I(242),
    I(243), I(244), I(245), I(246), I(247), I(248), I(249), I(250),
    I(251), I(252), I(253), I(254), I(255), I(256)
};
#undef I

/* v tagged (rt_abi.h): a handle is its RtBig, already an int object */
RtObj *rt_box_int(int64_t v) {
    if (RT_INT_IS_HANDLE(v)) return (RtObj *)RT_INT_BIG(v);
    if (v >= RT_SMALL_INT_MIN && v <= RT_SMALL_INT_MAX) return (RtObj *)&rt_small_ints[v - RT_SMALL_INT_MIN];
    RtInt *o = rt_alloc(sizeof(RtInt));
    o->h.type_flags = RT_TYPE_INT;
    o->value = v;
    return (RtObj *)o;
}

RtObj *rt_box_float(double v) {
    RtFloat *o = rt_alloc(sizeof(RtFloat));
    o->h.type_flags = RT_TYPE_FLOAT;
    o->value = v;
    return (RtObj *)o;
}

RtObj *rt_box_bool(int32_t v) { return RT_BOOL(v); }
RtObj *rt_none(void) { return RT_NONE; }

int64_t rt_unbox_int(RtObj *o) {
    if (RT_OBJ_TYPE(o) == RT_TYPE_INSTANCE) { /* its __index__ (bin(x), range(x) ...), as CPython */
        o = rt_index_value(o);
        if (!o) return 0;
    }
    if (!rt_is_intlike(o)) {
        rt_raise_fmt(RT_EXC_TYPE, "'%T' object cannot be interpreted as an integer", o);
        return 0;
    }
    return ((RtInt *)o)->value;
}

double rt_unbox_float(RtObj *o) {
    uint32_t t = RT_OBJ_TYPE(o);
    if (t == RT_TYPE_FLOAT) return ((RtFloat *)o)->value;
    if (t == RT_TYPE_INT || t == RT_TYPE_BOOL) return rt_int_to_float(((RtInt *)o)->value);
    rt_raise_fmt(RT_EXC_TYPE, "must be real number, not %T", o);
    return 0;
}

RtStr *rt_unbox_str(RtObj *o) {
    if (RT_OBJ_TYPE(o) != RT_TYPE_STR) {
        rt_raise_fmt(RT_EXC_TYPE, "must be str, not %T", o);
        return 0;
    }
    return (RtStr *)o;
}

int32_t rt_truthy(RtObj *o) {
    if (rt_instance_base(o, "__bool__") && !rt_has_special(o, "__len__")) o = rt_instance_base(o, 0);
    switch (RT_OBJ_TYPE(o)) {
    case RT_TYPE_NONE: return 0;
    case RT_TYPE_INT:
    case RT_TYPE_BOOL: return ((RtInt *)o)->value != 0;
    case RT_TYPE_FLOAT: return ((RtFloat *)o)->value != 0.0;
    case RT_TYPE_COMPLEX: return ((RtComplex *)o)->re != 0.0 || ((RtComplex *)o)->im != 0.0;
    case RT_TYPE_STR:
    case RT_TYPE_BYTES: return ((RtStr *)o)->byte_len != 0;
    case RT_TYPE_BYTEARRAY: return ((RtByteArray *)o)->len != 0;
    case RT_TYPE_LIST: return ((RtList *)o)->len != 0;
    case RT_TYPE_TUPLE: return ((RtTuple *)o)->len != 0;
    case RT_TYPE_DICT: return ((RtDict *)o)->len != 0;
    case RT_TYPE_SET:
    case RT_TYPE_FROZENSET: return ((RtSet *)o)->used != 0;
    case RT_TYPE_RANGE: return ((RtRange *)o)->len != 0;
    case RT_TYPE_DICT_VIEW: return ((RtDict *)((RtDictView *)o)->dict)->len != 0;
    case RT_TYPE_INSTANCE: return rt_special_truthy(o);
    default: return 1;
    }
}

int32_t rt_unbox_bool(RtObj *o) { return rt_truthy(o); }

const char *rt_type_cname(RtObj *o) {
    switch (RT_OBJ_TYPE(o)) {
    case RT_TYPE_STR: return "str";
    case RT_TYPE_INT: return "int";
    case RT_TYPE_FLOAT: return "float";
    case RT_TYPE_COMPLEX: return "complex";
    case RT_TYPE_BOOL: return "bool";
    case RT_TYPE_NONE: return "NoneType";
    case RT_TYPE_NOTIMPL: return "NotImplementedType";
    case RT_TYPE_ELLIPSIS: return "ellipsis";
    case RT_TYPE_LIST: return "list";
    case RT_TYPE_TUPLE: return "tuple";
    case RT_TYPE_DICT: return "dict";
    case RT_TYPE_SET: return "set";
    case RT_TYPE_BYTES: return "bytes";
    case RT_TYPE_BYTEARRAY: return "bytearray";
    case RT_TYPE_FROZENSET: return "frozenset";
    case RT_TYPE_RANGE: return "range";
    case RT_TYPE_ITER:
        switch (o->aux) {
        case RT_ITER_LIST: return "list_iterator";
        case RT_ITER_TUPLE: return "tuple_iterator";
        case RT_ITER_STR: return "str_iterator";
        case RT_ITER_RANGE: return ((RtIter *)o)->version & RT_RANGE_ITER_LONG ? "longrange_iterator" : "range_iterator";
        case RT_ITER_DICT_KEYS: return "dict_keyiterator";
        case RT_ITER_DICT_VALUES: return "dict_valueiterator";
        case RT_ITER_DICT_ITEMS: return "dict_itemiterator";
        case RT_ITER_SET: return "set_iterator";
        case RT_ITER_REVERSED_LIST: return "list_reverseiterator";
        case RT_ITER_BYTES: return "bytes_iterator";
        case RT_ITER_BYTEARRAY: return "bytearray_iterator";
        case RT_ITER_ZIP: return "zip";
        case RT_ITER_ENUMERATE: return "enumerate";
        case RT_ITER_MAP: return "map";
        case RT_ITER_FILTER: return "filter";
        case RT_ITER_STDIN: case RT_ITER_STDOUT: case RT_ITER_STDERR: return "TextIOWrapper";
        case RT_ITER_SEQUENCE: return "iterator";
        default: return "iterator";
        }
    case RT_TYPE_DICT_VIEW:
        return o->aux == RT_VIEW_KEYS ? "dict_keys" : o->aux == RT_VIEW_VALUES ? "dict_values" : "dict_items";
    case RT_TYPE_FUNCTION: return rt_func_type_cname(o);
    case RT_TYPE_EXCEPTION: return rt_class_cname(((RtExc *)o)->cls);
    case RT_TYPE_CLASS: return rt_class_meta(o) ? rt_class_cname(rt_class_meta(o)) : "type";
    case RT_TYPE_INSTANCE: return rt_instance_cname(o);
    case RT_TYPE_SUPER: return "super";
    case RT_TYPE_PROPERTY: return "property";
    case RT_TYPE_GENERATOR: {
        uint32_t kind = ((RtGen *)o)->pad;
        static const char *const names[] = {"generator", "callable_iterator", "coroutine", "async_generator",
                                            "async_generator_value", "async_generator_asend",
                                            "async_generator_athrow", "async_generator_athrow",
                                            "anext_awaitable", "coroutine_wrapper"};
        return kind < sizeof names / sizeof names[0] ? names[kind] : "generator";
    }
    case RT_TYPE_SLICE: return "slice";
    case RT_TYPE_TYPE_EXPR:
        return o->aux == RT_TEXPR_UNION ? "types.UnionType" : o->aux == RT_TEXPR_ALIAS ? "types.GenericAlias" : "typing._SpecialForm";
    default: return "object";
    }
}

RtStr *rt_type_name(RtObj *o) {
    const char *n = rt_type_cname(o);
    return rt_str_from_bytes(n, rt_cstrlen(n));
}

/* ---- byte buffer ---- */

void rt_sb_reserve(RtSb *b, uint32_t more) {
    if (more <= b->cap - b->len) return;
    if (more > 0x7fffff00u - b->len) rt_fatal_memory();
    uint32_t cap = b->cap ? b->cap : 64;
    while (cap - b->len < more) cap = cap > 0x3fffff00u ? 0x7fffff00u : cap * 2;
    char *nb = rt_alloc(cap);
    if (b->len) rt_memcpy(nb, b->buf, b->len);
    b->buf = nb;
    b->cap = cap;
}

void rt_sb_put(RtSb *b, const char *s, uint32_t n) {
    if (!n) return;
    rt_sb_reserve(b, n);
    rt_memcpy(b->buf + b->len, s, n);
    b->len += n;
}

void rt_sb_putc(RtSb *b, char c) {
    rt_sb_reserve(b, 1);
    b->buf[b->len++] = c;
}

void rt_sb_puts(RtSb *b, const char *s) { rt_sb_put(b, s, rt_cstrlen(s)); }

void rt_sb_put_i64(RtSb *b, int64_t v) {
    char tmp[24];
    uint32_t n = rt_i64_decimal(v, tmp + sizeof tmp);
    rt_sb_put(b, tmp + sizeof tmp - n, n);
}

RtStr *rt_sb_finish(RtSb *b) { return b->len ? rt_str_from_bytes(b->buf, b->len) : rt_str_alloc(0); }

/* ---- formatted exceptions ---- */

void rt_raise_fmt(int32_t kind, const char *fmt, ...) {
    RtSb b = {0, 0, 0};
    va_list ap;
    va_start(ap, fmt);
    for (const char *p = fmt; *p; p++) {
        if (*p != '%' || !p[1]) {
            rt_sb_putc(&b, *p);
            continue;
        }
        switch (*++p) {
        case 's': rt_sb_puts(&b, va_arg(ap, const char *)); break;
        case 'T': rt_sb_puts(&b, rt_type_cname(va_arg(ap, RtObj *))); break;
        case 'd': rt_sb_put_i64(&b, va_arg(ap, int64_t)); break;
        case 'c': rt_sb_putc(&b, (char)va_arg(ap, int)); break;
        default: rt_sb_putc(&b, *p); break;
        }
    }
    va_end(ap);
    rt_raise_msg(kind, b.buf, b.len);
}
