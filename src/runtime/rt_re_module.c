/* The private module _re (stdlib.def), which src/stdlib/re.ml builds the
 * re module on, as CPython's re builds on _sre: pack a compiled program,
 * run it (match/fullmatch/search, all successive matches for finditer,
 * sub and split), and findall whole, whose result is built here because
 * it is the call that runs over large texts (re.findall over a megabyte
 * would otherwise make a tuple of marks per match and slice in the
 * language).
 *
 * A match is returned as a tuple of ints (lastindex, start0, end0, start1,
 * end1, ...), in code points, -1 for an unset group (lastindex -1: None).
 * Successive matches follow CPython's rule (3.7+): the next search starts
 * where the previous match ended, and when that match was empty the next
 * one may not be empty at the same place. */
#include "rt_re.h"

/* The program words of a packed program (a bytes object). */
static const int32_t *program(RtObj *prog) {
    return (const int32_t *)(const void *)((RtStr *)prog)->data;
}

RtObj *rt_re_compile(RtObj *words) {
    uint32_t n;
    RtObj *const *items = rt_seq_items(words, &n);
    RtObj *b = rt_bytes_make(RT_TYPE_BYTES, 0, n * 4);
    int32_t *w = (int32_t *)(void *)((RtStr *)b)->data;
    for (uint32_t i = 0; i < n; i++) w[i] = (int32_t)rt_unbox_int(items[i]);
    re_prepare(w, (int32_t)n);
    return b;
}

/* The code points of s (an ASCII str is copied byte for byte). */
static void subject(RtObj *string, ReSubject *subj) {
    RtStr *s = (RtStr *)string;
    uint32_t n = s->cp_len;
    uint32_t *cps = rt_alloc(n * 4 + 4);
    const unsigned char *d = (const unsigned char *)s->data;
    if (s->byte_len == n)
        for (uint32_t i = 0; i < n; i++) cps[i] = d[i];
    else
        for (uint32_t i = 0, k = 0; i < s->byte_len; k++) i += rt_utf8_decode(d, s->byte_len, i, &cps[k]);
    subj->s = cps;
    subj->len = (int32_t)n;
}

static void window(ReSubject *subj, RtObj *endpos) {
    int64_t e = rt_unbox_int(endpos);
    subj->end = e < 0 ? 0 : e > subj->len ? subj->len : (int32_t)e;
}

static int32_t clamp_pos(const ReSubject *subj, RtObj *pos) {
    int64_t p = rt_unbox_int(pos);
    return p < 0 ? 0 : p > subj->len ? subj->len : (int32_t)p;
}

/* string[a:b] in code points */
static RtObj *slice(RtObj *string, const ReSubject *subj, int32_t a, int32_t b) {
    RtStr *s = (RtStr *)string;
    if (b < a) b = a;
    if (s->byte_len == s->cp_len) { /* ASCII: bytes are code points, no need to count them */
        RtStr *r = rt_str_alloc((uint32_t)(b - a));
        rt_memcpy(r->data, s->data + a, (uint32_t)(b - a));
        r->cp_len = (uint32_t)(b - a);
        return (RtObj *)r;
    }
    RtSb sb = {0};
    char buf[4];
    for (int32_t i = a; i < b; i++) rt_sb_put(&sb, buf, rt_utf8_encode(subj->s[i], buf));
    return (RtObj *)rt_sb_finish(&sb);
}

static RtObj *marks_tuple(const int32_t *code, const int32_t *marks, int32_t lastindex) {
    int32_t n = code[0];
    RtObj *t = rt_tuple_new(n + 1);
    rt_tuple_set(t, 0, rt_box_int(lastindex));
    for (int32_t i = 0; i < n; i++) rt_tuple_set(t, i + 1, rt_box_int(marks[i]));
    return t;
}

/* mode: 0 match, 1 fullmatch, 2 search (rt_re.h) */
RtObj *rt_re_match(RtObj *prog, RtObj *string, RtObj *pos, RtObj *endpos, RtObj *mode) {
    const int32_t *code = program(prog);
    ReSubject subj;
    subject(string, &subj);
    window(&subj, endpos);
    int32_t start = clamp_pos(&subj, pos), lastindex;
    if (start > subj.end) return RT_NONE;
    int32_t *marks = rt_alloc((uint32_t)code[0] * 4);
    ReWork work = {0};
    if (!re_search(code, &subj, start, (int)rt_unbox_int(mode), 0, marks, &lastindex, &work)) return RT_NONE;
    return marks_tuple(code, marks, lastindex);
}

/* Every successive match (at most count, 0: all), as marks tuples. */
RtObj *rt_re_scan(RtObj *prog, RtObj *string, RtObj *pos, RtObj *endpos, RtObj *count) {
    const int32_t *code = program(prog);
    ReSubject subj;
    subject(string, &subj);
    window(&subj, endpos);
    int32_t start = clamp_pos(&subj, pos), lastindex;
    int64_t max = rt_unbox_int(count);
    int32_t *marks = rt_alloc((uint32_t)code[0] * 4);
    RtObj *out = rt_list_new(0);
    int must_advance = 0;
    ReWork work = {0};
    for (int64_t n = 0; (max <= 0 || n < max) && start <= subj.end; n++) {
        if (!re_search(code, &subj, start, RE_MODE_SEARCH, must_advance, marks, &lastindex, &work)) break;
        rt_list_append(out, marks_tuple(code, marks, lastindex));
        must_advance = marks[1] == marks[0];
        start = marks[1];
    }
    return out;
}

/* _sre's check when it reads a group: a start after the end (which its
 * mark rules can leave) is its SystemError. 0 once raised. */
static int spans_ok(const int32_t *marks, int32_t nmarks) {
    for (int32_t i = 2; i < nmarks; i += 2)
        if (marks[i] >= 0 && marks[i] > marks[i + 1]) {
            rt_raise_cstr(RT_EXC_SYSTEM, "The span of capturing group is wrong, please report a bug for the re module.");
            return 0;
        }
    return 1;
}

/* findall: the whole matches, or group 1's, or tuples of every group's
 * text ('' for a group that did not take part). */
RtObj *rt_re_findall(RtObj *prog, RtObj *string, RtObj *pos, RtObj *endpos) {
    const int32_t *code = program(prog);
    ReSubject subj;
    subject(string, &subj);
    window(&subj, endpos);
    int32_t start = clamp_pos(&subj, pos), lastindex, groups = code[0] / 2 - 1;
    int32_t *marks = rt_alloc((uint32_t)code[0] * 4);
    RtObj *out = rt_list_new(0);
    int must_advance = 0;
    ReWork work = {0};
    if (re_is_class_run(code)) {
        int32_t a, b;
        while (re_next_class_run(code, &subj, start, &a, &b)) {
            rt_list_append(out, slice(string, &subj, a, b));
            start = b;
        }
        return out;
    }
    while (start <= subj.end) {
        if (!re_search(code, &subj, start, RE_MODE_SEARCH, must_advance, marks, &lastindex, &work)) break;
        RtObj *item;
        if (!spans_ok(marks, code[0])) return RT_NONE;
        if (groups <= 1) {
            int32_t g = groups, a = marks[2 * g], b = marks[2 * g + 1];
            item = a < 0 || b < 0 ? slice(string, &subj, 0, 0) : slice(string, &subj, a, b);
        } else {
            item = rt_tuple_new(groups);
            for (int32_t g = 1; g <= groups; g++) {
                int32_t a = marks[2 * g], b = marks[2 * g + 1];
                rt_tuple_set(item, g - 1, a < 0 || b < 0 ? slice(string, &subj, 0, 0) : slice(string, &subj, a, b));
            }
        }
        rt_list_append(out, item);
        must_advance = marks[1] == marks[0];
        start = marks[1];
    }
    return out;
}
