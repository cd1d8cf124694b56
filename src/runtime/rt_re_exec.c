/* The re engine: a backtracking machine over a program of rt_re.h's
 * opcodes, with CPython's _sre semantics (sre_lib.h): the same order of
 * trying alternatives, the same repeat rules (an optional iteration is not
 * tried again at the position where the previous one started: CPython's
 * "zero-width match protection"), the same toplevel checks at SUCCESS
 * (fullmatch must end at endpos, must_advance refuses an empty match at
 * the start).
 *
 * Why an explicit stack and no recursion: a pattern like (?:a|b)* over a
 * long string makes one choice point per character; C recursion that deep
 * would overflow wasm's fixed stack, a heap-grown array does not. The
 * stack holds choice points (where to resume on failure) and undo records
 * (the old value of a mark, of lastindex, of a repeat's counter), popped
 * in order on failure, so every piece of state is restored exactly.
 * Atomic groups, lookarounds and possessive repeats push a barrier; when
 * their subpattern succeeds, the choice points above the barrier are cut
 * (the undo records kept: backtracking past the group must still restore
 * what it set).
 *
 * Single-character items under a quantifier (\w+, [a-z]*?, .*) take
 * CPython's REPEAT_ONE path: one stack entry for the whole run, given back
 * one character at a time, skipping positions where a literal that follows
 * cannot match. */
#include "rt_re.h"

enum { E_CHOICE, E_MARK, E_LASTINDEX, E_CNT, E_LAST, E_REP1, E_MINREP1, E_MINITER, E_BARRIER };

typedef struct Entry {
    int32_t type, a, b, c;
} Entry;

typedef struct Vm {
    const int32_t *code;
    const uint32_t *s;
    int32_t end, start;
    int toplevel_all, must_advance;
    Entry *st;
    int32_t top, cap;
    int32_t *marks;
    int32_t *cnt, *last;
    int32_t lastindex;
} Vm;

static void push(Vm *v, int32_t type, int32_t a, int32_t b, int32_t c) {
    if (v->top == v->cap) {
        int32_t cap = v->cap ? v->cap * 2 : 256;
        Entry *n = rt_alloc((uint32_t)cap * (uint32_t)sizeof(Entry));
        if (v->top) rt_memcpy(n, v->st, (uint32_t)v->top * (uint32_t)sizeof(Entry));
        v->st = n;
        v->cap = cap;
    }
    Entry *e = &v->st[v->top++];
    e->type = type, e->a = a, e->b = b, e->c = c;
}

static void set_mark(Vm *v, int32_t i, int32_t sp) {
    push(v, E_MARK, i, v->marks[i], 0);
    v->marks[i] = sp;
    if (i & 1) {
        push(v, E_LASTINDEX, v->lastindex, 0, 0);
        v->lastindex = i / 2;
    }
}
static void set_cnt(Vm *v, int32_t k, int32_t n) {
    push(v, E_CNT, k, v->cnt[k], 0);
    v->cnt[k] = n;
}
static void set_last(Vm *v, int32_t k, int32_t p) {
    push(v, E_LAST, k, v->last[k], 0);
    v->last[k] = p;
}

/* Undo one record; 0 if e is not one. */
static int undo(Vm *v, const Entry *e) {
    switch (e->type) {
    case E_MARK: v->marks[e->a] = e->b; return 1;
    case E_LASTINDEX: v->lastindex = e->a; return 1;
    case E_CNT: v->cnt[e->a] = e->b; return 1;
    case E_LAST: v->last[e->a] = e->b; return 1;
    default: return 0;
    }
}

/* Remove the nearest barrier and the choice points above it, keeping the
 * undo records; returns the barrier. */
static Entry cut(Vm *v) {
    int32_t b = v->top - 1;
    while (v->st[b].type != E_BARRIER) b--;
    Entry bar = v->st[b];
    int32_t j = b;
    for (int32_t i = b + 1; i < v->top; i++) {
        int32_t t = v->st[i].type;
        if (t == E_MARK || t == E_LASTINDEX || t == E_CNT || t == E_LAST) v->st[j++] = v->st[i];
    }
    v->top = j;
    return bar;
}

/* Pop to the nearest barrier undoing everything, and remove it. */
static void unwind(Vm *v) {
    while (v->st[v->top - 1].type != E_BARRIER) undo(v, &v->st[--v->top]);
    v->top--;
}

/* ---- character tests ---- */

static int is_word_ascii(uint32_t c) { return c < 128 && (c == '_' || (c | 32) - 'a' < 26u || c - '0' < 10u); }
static int is_word_uni(uint32_t c) { return c == '_' || rt_cp_isalnum(c); }
static int is_space_ascii(uint32_t c) { return c == ' ' || (c >= 9 && c <= 13); }

static int category(int32_t cat, uint32_t c) {
    switch (cat) {
    case RE_CAT_DIGIT: return c - '0' < 10u;
    case RE_CAT_NOT_DIGIT: return !(c - '0' < 10u);
    case RE_CAT_SPACE: return is_space_ascii(c);
    case RE_CAT_NOT_SPACE: return !is_space_ascii(c);
    case RE_CAT_WORD: return is_word_ascii(c);
    case RE_CAT_NOT_WORD: return !is_word_ascii(c);
    case RE_CAT_UNI_DIGIT: return c < 128 ? c - '0' < 10u : rt_cp_isdecimal(c);
    case RE_CAT_UNI_NOT_DIGIT: return !(c < 128 ? c - '0' < 10u : rt_cp_isdecimal(c));
    case RE_CAT_UNI_SPACE: return rt_cp_isspace(c);
    case RE_CAT_UNI_NOT_SPACE: return !rt_cp_isspace(c);
    case RE_CAT_UNI_WORD: return c < 128 ? is_word_ascii(c) : is_word_uni(c);
    case RE_CAT_UNI_NOT_WORD: return !(c < 128 ? is_word_ascii(c) : is_word_uni(c));
    default: return 0;
    }
}

static uint32_t lower(uint32_t c, int32_t mode) {
    if (mode == 2) return c - 'A' < 26u ? c + 32 : c;
    return c < 128 ? (c - 'A' < 26u ? c + 32 : c) : rt_cp_lower(c);
}
static uint32_t upper(uint32_t c, int32_t mode) {
    if (mode == 2) return c - 'a' < 26u ? c - 32 : c;
    return c < 128 ? (c - 'a' < 26u ? c - 32 : c) : rt_cp_upper(c);
}

/* Whether the set of the RE_IN instruction at p holds c. Under
 * IGNORECASE, as CPython's IN_UNI_IGNORE: the lowered character against
 * the lowered members; a range also takes the character's upper case. */
static int in_set(const int32_t *p, uint32_t c) {
    int32_t negate = p[2], mode = p[3], n = p[4];
    const int32_t *m = p + 5;
    uint32_t lc = mode ? lower(c, mode) : c, uc = mode ? upper(lc, mode) : c;
    int ok = 0;
    for (int32_t i = 0; i < n && !ok; i++, m += 3) {
        switch (m[0]) {
        case RE_SET_LIT: ok = mode ? lower((uint32_t)m[1], mode) == lc : (uint32_t)m[1] == c; break;
        case RE_SET_RANGE:
            ok = (lc >= (uint32_t)m[1] && lc <= (uint32_t)m[2]) || (mode && uc >= (uint32_t)m[1] && uc <= (uint32_t)m[2]);
            break;
        default: ok = category(m[1], mode ? lc : c); break;
        }
    }
    return ok != negate;
}

/* Whether the single-character item at pc matches c. */
static int item(const int32_t *pc, uint32_t c) {
    switch (pc[0]) {
    case RE_CHAR: return c == (uint32_t)pc[1];
    case RE_CHAR_I: return lower(c, pc[2]) == lower((uint32_t)pc[1], pc[2]);
    case RE_NOT_CHAR: return c != (uint32_t)pc[1];
    case RE_NOT_CHAR_I: return lower(c, pc[2]) != lower((uint32_t)pc[1], pc[2]);
    case RE_ANY: return c != '\n';
    case RE_ANY_ALL: return 1;
    case RE_IN: return in_set(pc, c);
    default: return 0;
    }
}

static int at(const Vm *v, int32_t kind, int32_t sp) {
    const uint32_t *s = v->s;
    int32_t end = v->end;
    switch (kind) {
    case RE_AT_BEGINNING:
    case RE_AT_BEGINNING_STRING: return sp == 0;
    case RE_AT_BEGINNING_LINE: return sp == 0 || s[sp - 1] == '\n';
    case RE_AT_END: return sp == end || (sp + 1 == end && s[sp] == '\n');
    case RE_AT_END_LINE: return sp == end || s[sp] == '\n';
    case RE_AT_END_STRING: return sp == end;
    case RE_AT_BOUNDARY:
    case RE_AT_NON_BOUNDARY: {
        if (sp == 0 && sp == end) return 0; /* CPython: an empty string has no boundary, nor a non-boundary */
        int a = sp > 0 && is_word_ascii(s[sp - 1]), b = sp < end && is_word_ascii(s[sp]);
        return kind == RE_AT_BOUNDARY ? a != b : a == b;
    }
    case RE_AT_UNI_BOUNDARY:
    case RE_AT_UNI_NON_BOUNDARY: {
        if (sp == 0 && sp == end) return 0;
        int a = sp > 0 && category(RE_CAT_UNI_WORD, s[sp - 1]), b = sp < end && category(RE_CAT_UNI_WORD, s[sp]);
        return kind == RE_AT_UNI_BOUNDARY ? a != b : a == b;
    }
    default: return 0;
    }
}

/* The greedy run's next position to resume at, at or below cur and not
 * below lo, where the tail's leading literal (if any) can match; lo - 1
 * when none. */
static int32_t rep1_resume(const Vm *v, int32_t tail, int32_t lo, int32_t cur) {
    if (v->code[tail] == RE_CHAR) {
        uint32_t c = (uint32_t)v->code[tail + 1];
        while (cur >= lo && !(cur < v->end && v->s[cur] == c)) cur--;
    }
    return cur;
}

/* Match the program at sp; 1 and marks[1] set on success. */
static int run(Vm *v, int32_t sp) {
    const int32_t *code = v->code;
    const uint32_t *s = v->s;
    int32_t end = v->end;
    int32_t pc = RE_HEADER;
    for (;;) {
        const int32_t *p = code + pc;
        switch (p[0]) {
        case RE_SUCCESS:
            if ((v->toplevel_all && sp != end) || (v->must_advance && sp == v->start)) goto fail;
            v->marks[1] = sp;
            return 1;
        case RE_CHAR:
            if (sp >= end || s[sp] != (uint32_t)p[1]) goto fail;
            sp++, pc += 2;
            continue;
        case RE_NOT_CHAR:
            if (sp >= end || s[sp] == (uint32_t)p[1]) goto fail;
            sp++, pc += 2;
            continue;
        case RE_CHAR_I:
        case RE_NOT_CHAR_I:
            if (sp >= end || !item(p, s[sp])) goto fail;
            sp++, pc += 3;
            continue;
        case RE_ANY:
            if (sp >= end || s[sp] == '\n') goto fail;
            sp++, pc++;
            continue;
        case RE_ANY_ALL:
            if (sp >= end) goto fail;
            sp++, pc++;
            continue;
        case RE_IN:
            if (sp >= end || !in_set(p, s[sp])) goto fail;
            sp++, pc += p[1];
            continue;
        case RE_AT:
            if (!at(v, p[1], sp)) goto fail;
            pc += 2;
            continue;
        case RE_SPLIT:
            push(v, E_CHOICE, p[1], sp, 0);
            pc += 2;
            continue;
        case RE_JMP: pc = p[1]; continue;
        case RE_MARK:
            set_mark(v, p[1], sp);
            pc += 2;
            continue;
        case RE_GROUPREF: {
            int32_t g = p[1], a = v->marks[2 * g], b = v->marks[2 * g + 1];
            if (a < 0 || b < 0 || b < a) goto fail;
            if (sp + (b - a) > end) goto fail;
            for (int32_t i = 0; i < b - a; i++) {
                uint32_t x = s[a + i], y = s[sp + i];
                if (p[2] ? lower(x, p[2]) != lower(y, p[2]) : x != y) goto fail;
            }
            sp += b - a, pc += 3;
            continue;
        }
        case RE_GROUPREF_EXISTS: {
            int32_t g = p[1];
            pc = v->marks[2 * g] >= 0 && v->marks[2 * g + 1] >= 0 ? pc + 3 : p[2];
            continue;
        }
        case RE_REPEAT:
            set_cnt(v, p[1], -1);
            set_last(v, p[1], -1);
            pc = p[2];
            continue;
        case RE_UNTIL_MAX: {
            int32_t k = p[1], min = p[2], max = p[3], count = v->cnt[k] + 1;
            if (count < min) {
                set_cnt(v, k, count);
                pc = p[4];
                continue;
            }
            if ((count < max || max == RE_INF) && sp != v->last[k]) {
                push(v, E_CHOICE, pc + 5, sp, 0);
                set_cnt(v, k, count);
                set_last(v, k, sp);
                pc = p[4];
                continue;
            }
            pc += 5;
            continue;
        }
        case RE_UNTIL_MIN: {
            int32_t k = p[1], min = p[2], max = p[3], count = v->cnt[k] + 1;
            if (count < min) {
                set_cnt(v, k, count);
                pc = p[4];
                continue;
            }
            if (!((count >= max && max != RE_INF) || sp == v->last[k])) push(v, E_MINITER, k, sp, p[4]);
            pc += 5;
            continue;
        }
        case RE_REPEAT_ONE: {
            int32_t min = p[2], max = p[3], tail = pc + p[1], n = 0;
            const int32_t *it = p + 4;
            while ((n < max || max == RE_INF) && sp + n < end && item(it, s[sp + n])) n++;
            if (n < min) goto fail;
            if (n > min) {
                int32_t cur = rep1_resume(v, tail, sp + min, sp + n);
                if (cur < sp + min) goto fail;
                if (cur > sp + min) push(v, E_REP1, tail, sp + min, cur);
                sp = cur;
            } else
                sp += n;
            pc = tail;
            continue;
        }
        case RE_MIN_REPEAT_ONE: {
            int32_t min = p[2], n = 0;
            const int32_t *it = p + 4;
            while (n < min && sp + n < end && item(it, s[sp + n])) n++;
            if (n < min) goto fail;
            sp += n;
            push(v, E_MINREP1, pc, sp, n);
            pc += p[1];
            continue;
        }
        case RE_ASSERT: {
            int32_t kind = p[1], w = p[2];
            if (kind == RE_A_BEHIND || kind == RE_A_NOT_BEHIND) {
                if (sp < w) {
                    if (kind == RE_A_BEHIND) goto fail;
                    pc = p[3];
                    continue;
                }
                push(v, E_BARRIER, kind, sp, p[3]);
                sp -= w;
            } else
                push(v, E_BARRIER, kind, sp, p[3]);
            pc += 4;
            continue;
        }
        case RE_ASSERT_END: {
            int32_t b = v->top - 1;
            while (v->st[b].type != E_BARRIER) b--;
            int32_t kind = v->st[b].a;
            if (kind == RE_A_NOT_AHEAD || kind == RE_A_NOT_BEHIND) {
                unwind(v);
                goto fail;
            }
            Entry bar = cut(v);
            if (kind != RE_A_ATOMIC) sp = bar.b;
            pc = bar.c;
            continue;
        }
        case RE_POSS_REPEAT:
            set_cnt(v, p[1], 0);
            set_last(v, p[1], -1);
            goto poss_check;
        case RE_POSS_END: {
            cut(v);
            pc = p[1];
            p = code + pc;
            set_cnt(v, p[1], v->cnt[p[1]] + 1);
        poss_check: {
            int32_t k = p[1], min = p[2], max = p[3], count = v->cnt[k];
            if (count < min) {
                push(v, E_BARRIER, -1, sp, 0);
                pc += 5;
                continue;
            }
            if ((count < max || max == RE_INF) && sp != v->last[k]) {
                push(v, E_BARRIER, -2, sp, p[4]);
                set_last(v, k, sp);
                pc += 5;
                continue;
            }
            pc = p[4];
            continue;
        }
        }
        default: goto fail;
        }
    fail:
        for (;;) {
            if (v->top == 0) return 0;
            Entry e = v->st[--v->top];
            if (undo(v, &e)) continue;
            switch (e.type) {
            case E_CHOICE: pc = e.a, sp = e.b; goto resume;
            case E_REP1: {
                int32_t cur = rep1_resume(v, e.a, e.b, e.c - 1);
                if (cur < e.b) continue;
                if (cur > e.b) v->st[v->top++].c = cur; /* the entry stays, one character shorter */
                pc = e.a, sp = cur;
                goto resume;
            }
            case E_MINREP1: {
                const int32_t *rp = code + e.a;
                int32_t max = rp[3], cur = e.b, n = e.c;
                if ((n >= max && max != RE_INF) || cur >= end || !item(rp + 4, s[cur])) continue;
                push(v, E_MINREP1, e.a, cur + 1, n + 1); /* one character longer */
                pc = e.a + rp[1], sp = cur + 1;
                goto resume;
            }
            case E_MINITER:
                sp = e.b, pc = e.c;
                set_cnt(v, e.a, v->cnt[e.a] + 1);
                set_last(v, e.a, sp);
                goto resume;
            case E_BARRIER:
                /* a negative assertion whose subpattern failed, or a
                 * possessive repeat's optional iteration that failed:
                 * go on after it */
                if (e.a == RE_A_NOT_AHEAD || e.a == RE_A_NOT_BEHIND || e.a == -2) {
                    sp = e.b, pc = e.c;
                    goto resume;
                }
                continue;
            default: continue;
            }
        }
    resume:;
    }
}

/* A cheap test of whether a match can begin with c: the program's first
 * instruction when it must consume a character (1: maybe). */
static int may_start(const int32_t *code, uint32_t c) {
    const int32_t *p = code + RE_HEADER;
    switch (p[0]) {
    case RE_CHAR:
    case RE_CHAR_I:
    case RE_NOT_CHAR:
    case RE_NOT_CHAR_I:
    case RE_IN: return item(p, c);
    case RE_REPEAT_ONE:
    case RE_MIN_REPEAT_ONE: return p[2] == 0 || item(p + 4, c);
    default: return 1;
    }
}
static int consumes_first(const int32_t *code) {
    const int32_t *p = code + RE_HEADER;
    switch (p[0]) {
    case RE_CHAR:
    case RE_CHAR_I:
    case RE_NOT_CHAR:
    case RE_NOT_CHAR_I:
    case RE_IN: return 1;
    case RE_REPEAT_ONE:
    case RE_MIN_REPEAT_ONE: return p[2] > 0;
    default: return 0;
    }
}

int re_search(const int32_t *code, const ReSubject *subj, int32_t start, int mode, int must_advance, int32_t *marks,
              int32_t *lastindex) {
    Vm v = {0};
    v.code = code;
    v.s = subj->s;
    v.end = subj->end;
    v.toplevel_all = mode == RE_MODE_FULLMATCH;
    int32_t nmarks = code[0], nrep = code[1];
    v.marks = marks;
    int32_t counters[64], *cs = nrep * 2 <= 64 ? counters : rt_alloc((uint32_t)nrep * 8u);
    v.cnt = cs, v.last = cs + nrep;
    int first = consumes_first(code);
    for (int32_t pos = start; pos <= v.end; pos++) {
        if (first && (pos >= v.end || !may_start(code, v.s[pos]))) {
            if (mode != RE_MODE_SEARCH) return 0;
            continue;
        }
        for (int32_t i = 0; i < nmarks; i++) marks[i] = -1;
        for (int32_t i = 0; i < 2 * nrep; i++) cs[i] = -1;
        v.top = 0;
        v.lastindex = -1;
        v.start = pos;
        v.must_advance = must_advance && pos == start;
        marks[0] = pos;
        if (run(&v, pos)) {
            *lastindex = v.lastindex;
            return 1;
        }
        if (mode != RE_MODE_SEARCH) return 0;
    }
    return 0;
}
