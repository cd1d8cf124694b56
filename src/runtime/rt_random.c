/* The random module, part 1: CPython 3.11's generator (Modules/_randommodule.c:
 * MT19937, its seeding, random(), getrandbits()) and the integer functions
 * of Lib/random.py built on it (_randbelow, randrange, randint, randbytes).
 * Same seed, same outputs as CPython, bit for bit. Ints are tagged (rt_abi.h),
 * so big ranges and big seeds work. */
#include "rt_random.h"
#include "rt_sha512.h"

#define N RT_MT_N
#define M 397
#define MATRIX_A 0x9908b0dfu   /* constant vector a */
#define UPPER_MASK 0x80000000u /* most significant w-r bits */
#define LOWER_MASK 0x7fffffffu /* least significant r bits */

RtRandom rt_random_state;

/* ---- MT19937 ---- */

/* init_genrand: the state from one 32-bit word */
static void init_genrand(uint32_t s) {
    uint32_t *mt = rt_random_state.mt;
    mt[0] = s;
    for (uint32_t i = 1; i < N; i++) mt[i] = 1812433253u * (mt[i - 1] ^ (mt[i - 1] >> 30)) + i;
}

/* init_by_array: the state from a key of 32-bit words (len >= 1) */
static void init_by_array(const uint32_t *key, uint32_t len) {
    uint32_t *mt = rt_random_state.mt;
    init_genrand(19650218u);
    uint32_t i = 1, j = 0;
    for (uint32_t k = N > len ? N : len; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + j; /* non linear */
        i++, j++;
        if (i >= N) mt[0] = mt[N - 1], i = 1;
        if (j >= len) j = 0;
    }
    for (uint32_t k = N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - i; /* non linear */
        i++;
        if (i >= N) mt[0] = mt[N - 1], i = 1;
    }
    mt[0] = 0x80000000u; /* MSB is 1; assuring non-zero initial array */
}

/* the next N words at once (genrand_uint32's refill) */
static void twist(void) {
    uint32_t *mt = rt_random_state.mt, y;
    int kk;
#define MAG01(y) (((y) & 1u) ? MATRIX_A : 0u)
    for (kk = 0; kk < N - M; kk++) {
        y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
        mt[kk] = mt[kk + M] ^ (y >> 1) ^ MAG01(y);
    }
    for (; kk < N - 1; kk++) {
        y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
        mt[kk] = mt[kk + (M - N)] ^ (y >> 1) ^ MAG01(y);
    }
    y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
    mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ MAG01(y);
#undef MAG01
}

/* genrand_uint32, tempered; an unseeded generator seeds from the OS first */
uint32_t rt_random_u32(void) {
    RtRandom *s = &rt_random_state;
    if (!s->left) {
        if (!s->seeded) rt_random_seed_os();
        twist();
        s->left = N;
    }
    uint32_t y = s->mt[N - s->left--];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
}

/* ---- seeding ---- */

/* Random.seed's end: init_by_array over the key (no words: [0]), and
 * gauss_next = None */
static void seed_key(const uint32_t *key, uint32_t n) {
    static const uint32_t zero = 0;
    if (!n) key = &zero, n = 1;
    init_by_array(key, n);
    rt_random_state.left = 0; /* CPython's index = N: twist at the next draw */
    rt_random_state.seeded = 1;
    rt_random_state.has_gauss = 0;
}

/* random_seed_urandom: 624 words from the OS (WASI random_get). The only
 * caller of random_get (never inlined): a module that never reaches it does
 * not import it. */
__attribute__((noinline)) void rt_random_seed_os(void) {
    uint32_t key[N] = {0};
    rt_wasi_random_get((uint8_t *)key, (uint32_t)sizeof key);
    seed_key(key, N);
}

/* seed(str/bytes/bytearray), version 2: int.from_bytes(a + sha512(a).digest()),
 * big-endian, split into 32-bit words from the least significant */
static void seed_bytes(const char *p, uint32_t n) {
    uint32_t len = n + RT_SHA512_BYTES;
    uint8_t *buf = rt_alloc(len);
    rt_memcpy(buf, p, n);
    rt_sha512(buf, n, buf + n);
    uint32_t words = (len + 3) / 4;
    uint32_t *key = rt_alloc(words * 4);
    for (uint32_t i = 0; i < len; i++) key[i / 4] |= (uint32_t)buf[len - 1 - i] << (8 * (i % 4));
    seed_key(key, rt_mag_trim(key, words));
}

/* random.seed(a) (Lib/random.py's Random.seed, version 2, then
 * random_seed): None -> the OS; int -> the 32-bit words of abs(a); float ->
 * its hash as an unsigned 64-bit int; str (UTF-8), bytes, bytearray -> the
 * bytes followed by their SHA-512 digest as a big-endian int. */
void rt_random_seed(RtObj *a) {
    if (!a || a == RT_NONE) {
        rt_random_seed_os();
        return;
    }
    uint32_t t = RT_OBJ_TYPE(a), n;
    if (t == RT_TYPE_INT || t == RT_TYPE_BOOL) {
        RtIntView w;
        rt_int_view(&w, ((RtInt *)a)->value);
        seed_key(w.d, w.n);
    } else if (t == RT_TYPE_FLOAT) {
        uint64_t h = (uint64_t)rt_hash(a);
        uint32_t key[2] = {(uint32_t)h, (uint32_t)(h >> 32)};
        seed_key(key, key[1] ? 2 : 1);
    } else if (t == RT_TYPE_STR) {
        seed_bytes(((RtStr *)a)->data, ((RtStr *)a)->byte_len);
    } else if (rt_is_bytes_type(t)) {
        const char *p = rt_bytes_view(a, &n);
        seed_bytes(p, n);
    } else {
        rt_raise_cstr(RT_EXC_TYPE, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
    }
}

/* ---- the core outputs ---- */

/* random(): 53 random bits, a = 27 of one word, b = 26 of the next */
double rt_random_random(void) {
    uint32_t a = rt_random_u32() >> 5;
    uint32_t b = rt_random_u32() >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

/* getrandbits(k) of k <= 64 as a C integer: 32-bit words, least significant
 * first, the last one shifted right to keep its top bits */
static uint64_t bits_u64(uint32_t k) {
    if (k == 0) return 0;
    if (k <= 32) return rt_random_u32() >> (32 - k);
    uint64_t lo = rt_random_u32();
    return (uint64_t)(rt_random_u32() >> (64 - k)) << 32 | lo;
}

/* getrandbits(k) as a tagged int, the same words for any k */
static int64_t bits_int(uint32_t k) {
    if (k <= 64) return rt_int_from_u64(bits_u64(k));
    uint32_t words = (k - 1) / 32 + 1;
    RtBig *b = rt_big_new(words);
    for (uint32_t i = 0; i < words; i++, k -= 32) {
        uint32_t r = rt_random_u32();
        if (k < 32) r >>= 32 - k; /* drop least significant bits */
        b->d[i] = r;
    }
    return rt_big_finish(b, words, 0);
}

/* _randbelow_with_getrandbits(n), n > 0: k = n.bit_length(); r =
 * getrandbits(k) until r < n */
uint64_t rt_random_below_u64(uint64_t n) {
    uint32_t k = 64 - (uint32_t)__builtin_clzll(n);
    uint64_t r;
    do r = bits_u64(k);
    while (r >= n);
    return r;
}

int64_t rt_random_below(int64_t n) {
    if (RT_INT_IS_SMALL(n)) return (int64_t)rt_random_below_u64((uint64_t)n);
    uint32_t k = (uint32_t)rt_int_bit_length(n);
    for (;;) {
        int64_t r = bits_int(k);
        if (rt_int_cmp(r, n) < 0) return r;
    }
}

/* a C int argument (Argument Clinic's "i"): 1 and *out, else OverflowError */
static int c_int(int64_t v, int32_t *out) {
    if (!RT_INT_IS_SMALL(v) || v < INT32_MIN || v > INT32_MAX) {
        rt_raise_cstr(RT_EXC_OVERFLOW, "Python int too large to convert to C int");
        return 0;
    }
    *out = (int32_t)v;
    return 1;
}

/* getrandbits's argument: an int (TypeError otherwise) that fits a C int,
 * not negative; 1 and *k, or 0 after raising */
static int bits_arg(RtObj *o, uint32_t *k) {
    int32_t v;
    if (!o) {
        rt_raise_cstr(RT_EXC_TYPE, "getrandbits() takes exactly one argument (0 given)");
        return 0;
    }
    int64_t x = rt_unbox_int(o);
    if (RT_ERR || !c_int(x, &v)) return 0;
    if (v < 0) {
        rt_raise_cstr(RT_EXC_VALUE, "number of bits must be non-negative");
        return 0;
    }
    *k = (uint32_t)v;
    return 1;
}

/* random.getrandbits(k) */
int64_t rt_random_getrandbits(RtObj *k) {
    uint32_t bits;
    return bits_arg(k, &bits) ? bits_int(bits) : 0;
}

/* random.randbytes(n) = getrandbits(n * 8).to_bytes(n, 'little'): the
 * words' bytes, least significant first, the last word shifted */
RtObj *rt_random_randbytes(RtObj *n) {
    uint32_t k;
    RtObj *k8 = n ? rt_dyn_mul(n, rt_box_int(8)) : 0;
    if (RT_ERR || !bits_arg(k8, &k)) return 0;
    uint32_t nbytes = k / 8;
    RtStr *s = (RtStr *)rt_bytes_make(RT_TYPE_BYTES, 0, nbytes);
    uint8_t *p = (uint8_t *)s->data;
    for (uint32_t i = 0; i < nbytes; i += 4, k -= 32) {
        uint32_t r = rt_random_u32();
        if (k < 32) r >>= 32 - k;
        for (uint32_t j = 0; j < 4 && i + j < nbytes; j++) p[i + j] = (uint8_t)(r >> (8 * j));
    }
    return (RtObj *)s;
}

/* ---- randrange / randint ---- */

/* randrange's argument conversion: operator.index(x), or else int(x),
 * which 3.11 accepts (with a DeprecationWarning, not printed here) when it
 * equals x, raising ValueError "non-integer <what> for randrange()" when it
 * does not. 1 and *out, or 0 after raising. */
static int range_arg(RtObj *x, const char *what, int64_t *out) {
    if (rt_is_intlike(x)) {
        *out = ((RtInt *)x)->value;
        return 1;
    }
    int64_t v = rt_dyn_int(x);
    if (RT_ERR) return 0;
    int32_t eq = rt_dyn_eq(rt_box_int(v), x);
    if (RT_ERR) return 0;
    if (!eq) {
        rt_raise_fmt(RT_EXC_VALUE, "non-integer %s for randrange()", what);
        return 0;
    }
    *out = v;
    return 1;
}

static void raise_empty_range(int64_t start, int64_t stop, int64_t width) {
    RtSb b = {0, 0, 0};
    rt_sb_puts(&b, "empty range for randrange() (");
    if (!rt_int_put_text(&b, start, 10)) return;
    rt_sb_puts(&b, ", ");
    if (!rt_int_put_text(&b, stop, 10)) return;
    rt_sb_puts(&b, ", ");
    if (!rt_int_put_text(&b, width, 10)) return;
    rt_sb_putc(&b, ')');
    rt_raise_msg(RT_EXC_VALUE, b.buf, b.len);
}

/* random.randrange(start[, stop[, step]]) as Lib/random.py 3.11: the
 * argument checks in its order, then start + step * _randbelow(n) */
int64_t rt_random_randrange(RtObj *start, RtObj *stop, RtObj *step) {
    int64_t istart, istop, istep = 1;
    if (!start) {
        rt_raise_cstr(RT_EXC_TYPE, "Random.randrange() missing 1 required positional argument: 'start'");
        return 0;
    }
    if (!range_arg(start, "arg 1", &istart)) return 0;
    if (!stop || stop == RT_NONE) {
        /* `step is not _ONE`: only the int 1 (a cached object) passes */
        if (step && !(RT_OBJ_TYPE(step) == RT_TYPE_INT && ((RtInt *)step)->value == 1)) {
            rt_raise_cstr(RT_EXC_TYPE, "Missing a non-None stop argument");
            return 0;
        }
        if (rt_int_cmp(istart, 0) > 0) return rt_random_below(istart);
        rt_raise_cstr(RT_EXC_VALUE, "empty range for randrange()");
        return 0;
    }
    if (!range_arg(stop, "stop", &istop)) return 0;
    int64_t width = rt_int_sub(istop, istart);
    if (step && !range_arg(step, "step", &istep)) return 0;
    if (istep == 1) {
        if (rt_int_cmp(width, 0) > 0) return rt_int_add(istart, rt_random_below(width));
        raise_empty_range(istart, istop, width);
        return 0;
    }
    int32_t sign = rt_int_cmp(istep, 0);
    if (!sign) {
        rt_raise_cstr(RT_EXC_VALUE, "zero step for randrange()");
        return 0;
    }
    int64_t n = rt_int_floordiv(rt_int_add(rt_int_add(width, istep), sign > 0 ? -1 : 1), istep);
    if (rt_int_cmp(n, 0) <= 0) {
        rt_raise_cstr(RT_EXC_VALUE, "empty range for randrange()");
        return 0;
    }
    return rt_int_add(istart, rt_int_mul(istep, rt_random_below(n)));
}

/* random.randint(a, b) = randrange(a, b + 1) (b + 1 first, as Python
 * evaluates it) */
int64_t rt_random_randint(RtObj *a, RtObj *b) {
    RtObj *stop = rt_dyn_add(b, rt_box_int(1));
    if (RT_ERR) return 0;
    return rt_random_randrange(a, stop, 0);
}

/* ---- generators of their own (random.ml's Random instances) ----
 * An instance keeps its generator in a bytearray of sizeof(RtRandom);
 * each of its methods swaps it with the module's, calls the module's
 * function, and swaps back, so that every function has one body. */

RtObj *rt_random_blank(void) { return rt_bytes_make(RT_TYPE_BYTEARRAY, 0, (uint32_t)sizeof(RtRandom)); }

void rt_random_swap(RtObj *state) {
    uint32_t n;
    const char *p = RT_OBJ_TYPE(state) == RT_TYPE_BYTEARRAY ? rt_bytes_view(state, &n) : 0;
    if (!p || n != sizeof(RtRandom)) {
        rt_raise_cstr(RT_EXC_TYPE, "_random._swap() takes a generator's state");
        return;
    }
    RtRandom tmp;
    __builtin_memcpy(&tmp, p, sizeof tmp);
    __builtin_memcpy((char *)p, &rt_random_state, sizeof tmp);
    rt_random_state = tmp;
}

/* getstate(): (3, (mt[0], ..., mt[623], index), gauss_next), CPython's
 * version 3 state (index: the words drawn since the last twist) */
RtObj *rt_random_getstate(void) {
    RtRandom *s = &rt_random_state;
    if (!s->seeded) rt_random_seed_os();
    RtObj **fr = rt_gc_frame_push(2);
    if (!fr) return 0;
    fr[0] = rt_tuple_new(N + 1);
    for (uint32_t i = 0; i < N; i++) rt_tuple_set(fr[0], (int32_t)i, rt_box_int(s->mt[i]));
    rt_tuple_set(fr[0], N, rt_box_int(N - s->left));
    fr[1] = rt_tuple_new(3);
    rt_tuple_set(fr[1], 0, rt_box_int(3));
    rt_tuple_set(fr[1], 1, fr[0]);
    rt_tuple_set(fr[1], 2, s->has_gauss ? rt_box_float(s->gauss_next) : RT_NONE);
    RtObj *r = fr[1];
    rt_gc_frame_pop(fr);
    return r;
}

/* setstate(state): a state getstate() returned (or Python 2's version 2),
 * checked as CPython checks it */
void rt_random_setstate(RtObj *state) {
    uint32_t n;
    RtObj *const *parts = RT_OBJ_TYPE(state) == RT_TYPE_TUPLE ? rt_seq_items(state, &n) : 0;
    int64_t version = parts && n && rt_is_intlike(parts[0]) ? ((RtInt *)parts[0])->value : 0;
    if (!parts || n != 3 || (version != 3 && version != 2)) { /* version 2: signed words, taken mod 2**32 */
        if (parts && n && rt_is_intlike(parts[0]))
            rt_raise_fmt(RT_EXC_VALUE, "state with version %d passed to Random.setstate() of version 3",
                         ((RtInt *)parts[0])->value);
        else rt_raise_cstr(RT_EXC_TYPE, "state vector must be a tuple");
        return;
    }
    /* gauss_next is set first (random.py's unpacking), whatever follows */
    if (parts[2] == RT_NONE) rt_random_state.has_gauss = 0;
    else {
        double g = rt_unbox_float(parts[2]);
        if (RT_ERR) return;
        rt_random_state.gauss_next = g, rt_random_state.has_gauss = 1;
    }
    uint32_t m;
    RtObj *const *words = RT_OBJ_TYPE(parts[1]) == RT_TYPE_TUPLE ? rt_seq_items(parts[1], &m) : 0;
    if (!words) {
        rt_raise_cstr(RT_EXC_TYPE, "state vector must be a tuple");
        return;
    }
    if (m != N + 1) {
        rt_raise_cstr(RT_EXC_VALUE, "state vector is the wrong size");
        return;
    }
    RtRandom next = rt_random_state;
    for (uint32_t i = 0; i <= N; i++) {
        if (!rt_is_intlike(words[i]) || !RT_INT_IS_SMALL(((RtInt *)words[i])->value)) {
            rt_raise_cstr(RT_EXC_TYPE, "state vector items must be integers");
            return;
        }
        int64_t v = ((RtInt *)words[i])->value;
        if (i < N) next.mt[i] = (uint32_t)v;
        else if (v < 0 || v > N) {
            rt_raise_cstr(RT_EXC_VALUE, "invalid state");
            return;
        }
        else next.left = (uint32_t)(N - v);
    }
    next.seeded = 1;
    rt_random_state = next;
}
