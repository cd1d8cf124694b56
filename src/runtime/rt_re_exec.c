/* The re engine: a backtracking machine over a program of rt_re.h's
 * opcodes, with CPython 3.11's _sre semantics (Modules/_sre/sre_lib.h):
 * the same order of trying alternatives, the same repeat rules (an
 * optional iteration is not tried again at the position where the
 * previous one started: _sre's "zero-width match protection"), the same
 * toplevel checks at SUCCESS (fullmatch must end at endpos, must_advance
 * refuses an empty match at the start).
 *
 * Why an explicit stack and no recursion: a pattern like (?:a|b)* over a
 * long string makes one choice point per character; C recursion that deep
 * would overflow wasm's fixed stack, a heap-grown array does not.
 *
 * The stack holds choice points (where to resume on failure) and undo
 * records (the old value of a repeat's counter, of its last start, of the
 * active repeat), popped in order on failure. The group marks are NOT
 * undone generally: to give CPython's groups in every case, they follow
 * _sre's own rules, which are observable (a group set in a failed
 * alternative can keep its new start): a mark beyond `lastmark` counts as
 * unset; each choice point saves lastmark and lastindex and restores them
 * when it resumes; the marks themselves are saved (and restored) only
 * where _sre saves them: by a branch, a single-character repeat and a
 * negative assertion when inside a general repeat's body, by every
 * optional iteration of a greedy or possessive repeat, by a lazy repeat's
 * trial of its tail when an outer repeat is active.
 *
 * Atomic groups, lookarounds and possessive repeats push a barrier; when
 * their subpattern succeeds, the choice points above the barrier are cut
 * (the undo records kept: backtracking past the group must still restore
 * what it set).
 *
 * Single-character items under a quantifier (\w+, [a-z]*?, .*) take
 * _sre's REPEAT_ONE path: one stack entry for the whole run, given back
 * one character at a time, skipping positions where a literal that follows
 * cannot match. */
#include "rt_re.h"

/* E_RESTORE: nothing to try, only the marks to restore on the way down
 * (_sre restores them after a branch's last alternative, after a lazy
 * repeat's tail when it cannot iterate again) */
enum { E_CHOICE, E_CNT, E_LAST, E_CUR, E_REP1, E_MINREP1, E_MINITER, E_MAXTAIL, E_RESTORE, E_BARRIER };
/* barrier kinds beyond the RE_A_* of assertions */
enum { B_POSS_MIN = -1, B_POSS_OPT = -2 };

typedef struct Entry {
    int32_t type, a, b, c;
    int32_t lastmark, lastindex, msave; /* restored on resuming; msave: saved marks (-1 none) */
} Entry;

typedef struct Vm {
    const int32_t *code;
    const uint32_t *s;
    int32_t end, start;
    int toplevel_all, must_advance;
    Entry *st;
    int32_t top, cap;
    int32_t *saved; /* saved marks, a stack */
    int32_t nsaved, capsaved;
    int32_t *marks;
    int32_t lastmark, lastindex; /* lastmark: the highest mark set (1: none) */
    int32_t *cnt, *last, *prev;  /* per repeat: its count, its last optional start, the repeat active around it */
    int32_t cur;                 /* the general repeat whose body runs (-1: none), _sre's state->repeat */
} Vm;

static Entry *push(Vm *v, int32_t type, int32_t a, int32_t b, int32_t c) {
    if (v->top == v->cap) {
        int32_t cap = v->cap ? v->cap * 2 : 256;
        Entry *n = rt_alloc((uint32_t)cap * (uint32_t)sizeof(Entry));
        if (v->top) rt_memcpy(n, v->st, (uint32_t)v->top * (uint32_t)sizeof(Entry));
        v->st = n;
        v->cap = cap;
    }
    Entry *e = &v->st[v->top++];
    e->type = type, e->a = a, e->b = b, e->c = c;
    e->lastmark = v->lastmark, e->lastindex = v->lastindex, e->msave = -1;
    return e;
}

/* A choice point that also saves the marks up to lastmark (_sre's
 * MARK_PUSH), when `save`. */
static void push_saving(Vm *v, int32_t type, int32_t a, int32_t b, int32_t c, int save) {
    Entry *e = push(v, type, a, b, c);
    if (!save) return;
    int32_t n = v->lastmark - 1; /* marks 2..lastmark */
    if (v->nsaved + n > v->capsaved) {
        int32_t cap = v->capsaved ? v->capsaved * 2 : 256;
        while (cap < v->nsaved + n) cap *= 2;
        int32_t *s = rt_alloc((uint32_t)cap * 4u);
        if (v->nsaved) rt_memcpy(s, v->saved, (uint32_t)v->nsaved * 4u);
        v->saved = s;
        v->capsaved = cap;
    }
    e->msave = v->nsaved;
    for (int32_t i = 0; i < n; i++) v->saved[v->nsaved + i] = v->marks[2 + i];
    v->nsaved += n;
}

/* Resuming at e: lastmark and lastindex as they were, and the marks too
 * when they were saved (_sre's LASTMARK_RESTORE, MARK_POP). */
static void restore(Vm *v, const Entry *e) {
    v->lastmark = e->lastmark, v->lastindex = e->lastindex;
    if (e->msave < 0) return;
    for (int32_t i = 0; i < e->lastmark - 1; i++) v->marks[2 + i] = v->saved[e->msave + i];
}

/* _sre's MARK: marks between the old lastmark and this one become unset */
static void set_mark(Vm *v, int32_t i, int32_t sp) {
    if (i & 1) v->lastindex = i / 2;
    if (i > v->lastmark) {
        for (int32_t j = v->lastmark + 1; j < i; j++) v->marks[j] = -1;
        v->lastmark = i;
    }
    v->marks[i] = sp;
}
/* whether group g is set, as _sre reads it */
static int group_set(const Vm *v, int32_t g) {
    return 2 * g < v->lastmark && v->marks[2 * g] >= 0 && v->marks[2 * g + 1] >= 0 &&
           v->marks[2 * g + 1] >= v->marks[2 * g];
}

static void set_cnt(Vm *v, int32_t k, int32_t n) {
    push(v, E_CNT, k, v->cnt[k], 0);
    v->cnt[k] = n;
}
static void set_last(Vm *v, int32_t k, int32_t p) {
    push(v, E_LAST, k, v->last[k], 0);
    v->last[k] = p;
}
static void set_cur(Vm *v, int32_t k) {
    push(v, E_CUR, v->cur, 0, 0);
    v->cur = k;
}

static int is_undo(int32_t type) { return type == E_CNT || type == E_LAST || type == E_CUR; }

/* Undo one record; 0 if e is not one. */
static int undo(Vm *v, const Entry *e) {
    switch (e->type) {
    case E_CNT: v->cnt[e->a] = e->b; return 1;
    case E_LAST: /* a repeat's last start, or (-1 - k) the repeat around it */
        if (e->a >= 0) v->last[e->a] = e->b;
        else v->prev[-1 - e->a] = e->b;
        return 1;
    case E_CUR: v->cur = e->a; return 1;
    default: return 0;
    }
}

/* Remove the nearest barrier and the choice points above it, keeping the
 * undo records; returns the barrier. */
static Entry cut(Vm *v) {
    int32_t b = v->top - 1;
    while (v->st[b].type != E_BARRIER) b--;
    Entry bar = v->st[b];
    int32_t j = b, lowest = -1;
    for (int32_t i = b; i < v->top; i++) {
        if (v->st[i].msave >= 0 && (lowest < 0 || v->st[i].msave < lowest)) lowest = v->st[i].msave;
        if (i > b && is_undo(v->st[i].type)) v->st[j++] = v->st[i];
    }
    if (lowest >= 0) v->nsaved = lowest;
    v->top = j;
    return bar;
}

/* Pop to the nearest barrier undoing the records (not the marks: _sre's
 * negative assertion that matched leaves them), and remove it. */
static void unwind(Vm *v) {
    for (;;) {
        Entry *e = &v->st[--v->top];
        if (e->msave >= 0) v->nsaved = e->msave;
        if (e->type == E_BARRIER) return;
        undo(v, e);
    }
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

/* Under IGNORECASE, characters compare by this: the lowercase of their
 * uppercase beyond ASCII, so that those sharing an uppercase match each
 * other (ς and σ, ı and i, ſ and s, ϐ and β ...), as CPython's
 * _ignorecase_fixes make them. */
static uint32_t lower(uint32_t c, int32_t mode) {
    if (mode == 2) return c - 'A' < 26u ? c + 32 : c;
    if (c < 128) return c - 'A' < 26u ? c + 32 : c;
    /* the three pairs of CPython's table whose uppercase is longer */
    if (c == 0x1fd3) return 0x390;
    if (c == 0x1fe3) return 0x3b0;
    if (c == 0xfb05) return 0xfb06;
    return rt_cp_lower(rt_cp_upper(c));
}
static uint32_t upper(uint32_t c, int32_t mode) {
    if (mode == 2) return c - 'a' < 26u ? c - 32 : c;
    return c < 128 ? (c - 'a' < 26u ? c - 32 : c) : rt_cp_upper(c);
}

/* Whether the members of the set of the RE_IN instruction at p hold c.
 * Under IGNORECASE, as CPython's IN_UNI_IGNORE: the lowered character
 * against the lowered members; a range also takes the character's upper
 * case. */
static int in_members(const int32_t *p, uint32_t c) {
    int32_t negate = p[2], mode = p[3], n = p[4];
    const int32_t *m = p + RE_IN_MEMBERS;
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

/* The set's answer: ASCII from its bitmap (filled by re_prepare). */
static inline int in_set(const int32_t *p, uint32_t c) {
    if (c < 128) return ((uint32_t)p[5 + (c >> 5)] >> (c & 31)) & 1;
    return in_members(p, c);
}

/* The words of the instruction at p. */
static int32_t instr_len(const int32_t *p) {
    switch (p[0]) {
    case RE_CHAR_I:
    case RE_NOT_CHAR_I:
    case RE_GROUPREF:
    case RE_GROUPREF_EXISTS:
    case RE_REPEAT: return 3;
    case RE_CHAR:
    case RE_NOT_CHAR:
    case RE_AT:
    case RE_SPLIT:
    case RE_JMP:
    case RE_MARK:
    case RE_POSS_END: return 2;
    case RE_IN: return p[1];
    case RE_UNTIL_MAX:
    case RE_UNTIL_MIN:
    case RE_POSS_REPEAT: return 5;
    case RE_REPEAT_ONE:
    case RE_MIN_REPEAT_ONE:
    case RE_ASSERT: return 4;
    default: return 1;
    }
}

void re_prepare(int32_t *code, int32_t n) {
    for (int32_t pc = RE_HEADER; pc < n; pc += instr_len(code + pc)) {
        if (code[pc] != RE_IN) continue;
        int32_t *p = code + pc;
        for (uint32_t c = 0; c < 128; c++)
            if (in_members(p, c)) p[5 + (c >> 5)] |= (int32_t)(1u << (c & 31));
    }
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
        case RE_SPLIT: /* _sre's BRANCH: marks saved inside a repeat */
            push_saving(v, E_CHOICE, p[1], sp, 0, v->cur >= 0);
            pc += 2;
            continue;
        case RE_JMP: pc = p[1]; continue;
        case RE_RESTORE_POINT: /* before a branch's last alternative */
            push_saving(v, E_RESTORE, 0, 0, 0, v->cur >= 0);
            pc++;
            continue;
        case RE_MARK:
            set_mark(v, p[1], sp);
            pc += 2;
            continue;
        case RE_GROUPREF: {
            int32_t g = p[1];
            if (!group_set(v, g)) goto fail;
            int32_t a = v->marks[2 * g], b = v->marks[2 * g + 1];
            if (sp + (b - a) > end) goto fail;
            for (int32_t i = 0; i < b - a; i++) {
                uint32_t x = s[a + i], y = s[sp + i];
                if (p[2] ? lower(x, p[2]) != lower(y, p[2]) : x != y) goto fail;
            }
            sp += b - a, pc += 3;
            continue;
        }
        case RE_GROUPREF_EXISTS: pc = group_set(v, p[1]) ? pc + 3 : p[2]; continue;
        case RE_REPEAT: {
            int32_t k = p[1];
            push(v, E_CNT, k, v->cnt[k], 0);
            push(v, E_LAST, k, v->last[k], 0);
            push(v, E_LAST, -1 - k, v->prev[k], 0); /* prev[k], see undo_prev */
            v->cnt[k] = -1, v->last[k] = -1, v->prev[k] = v->cur;
            set_cur(v, k);
            pc = p[2];
            continue;
        }
        case RE_UNTIL_MAX: {
            int32_t k = p[1], min = p[2], max = p[3], count = v->cnt[k] + 1;
            if (count < min) {
                set_cnt(v, k, count);
                pc = p[4];
                continue;
            }
            if ((count < max || max == RE_INF) && sp != v->last[k]) {
                /* the tail, if this iteration fails: marks restored */
                push_saving(v, E_MAXTAIL, pc + 5, sp, k, 1);
                set_cnt(v, k, count);
                set_last(v, k, sp);
                pc = p[4];
                continue;
            }
            set_cur(v, v->prev[k]);
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
            /* the tail first; another iteration if it fails */
            int again = !((count >= max && max != RE_INF) || sp == v->last[k]);
            push_saving(v, again ? E_MINITER : E_RESTORE, k, sp, p[4], v->prev[k] >= 0);
            set_cur(v, v->prev[k]);
            pc += 5;
            continue;
        }
        case RE_REPEAT_ONE: {
            int32_t min = p[2], max = p[3], tail = pc + p[1], n = 0;
            const int32_t *it = p + 4;
            if (min > end - sp) goto fail;
            int32_t lim = max == RE_INF || max > end - sp ? end - sp : max;
            if (it[0] == RE_IN) /* the common case (\w+, [a-z]*), without item()'s dispatch */
                while (n < lim && in_set(it, s[sp + n])) n++;
            else
                while (n < lim && item(it, s[sp + n])) n++;
            if (n < min) goto fail;
            int32_t cur = rep1_resume(v, tail, sp + min, sp + n);
            if (cur < sp + min) goto fail;
            push_saving(v, E_REP1, tail, sp + min, cur, v->cur >= 0); /* also for the last position: it restores */
            sp = cur;
            pc = tail;
            continue;
        }
        case RE_MIN_REPEAT_ONE: {
            int32_t min = p[2], n = 0;
            const int32_t *it = p + 4;
            if (min > end - sp) goto fail;
            while (n < min && sp + n < end && item(it, s[sp + n])) n++;
            if (n < min) goto fail;
            sp += n;
            push_saving(v, E_MINREP1, pc, sp, n, v->cur >= 0);
            pc += p[1];
            continue;
        }
        case RE_ASSERT: {
            int32_t kind = p[1], w = p[2];
            int neg = kind == RE_A_NOT_AHEAD || kind == RE_A_NOT_BEHIND;
            if (sp < w) { /* a lookbehind before the string's start */
                if (!neg) goto fail;
                pc = p[3];
                continue;
            }
            push_saving(v, E_BARRIER, kind, sp, p[3], neg && v->cur >= 0);
            sp -= w;
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
                push(v, E_BARRIER, B_POSS_MIN, sp, 0);
                pc += 5;
                continue;
            }
            if ((count < max || max == RE_INF) && sp != v->last[k]) {
                push_saving(v, E_BARRIER, B_POSS_OPT, sp, p[4], 1);
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
            if (e.type == E_REP1 || e.type == E_MINREP1) {
                /* _sre's MARK_POP_KEEP: restored, and kept for the next step */
                restore(v, &e);
                if (e.type == E_REP1) {
                    int32_t cur = rep1_resume(v, e.a, e.b, e.c - 1);
                    if (cur < e.b) {
                        if (e.msave >= 0) v->nsaved = e.msave;
                        continue;
                    }
                    v->st[v->top++].c = cur; /* the entry stays, one character shorter */
                    pc = e.a, sp = cur;
                    goto resume;
                }
                const int32_t *rp = code + e.a;
                int32_t max = rp[3], cur = e.b, n = e.c;
                if ((n >= max && max != RE_INF) || cur >= end || !item(rp + 4, s[cur])) {
                    if (e.msave >= 0) v->nsaved = e.msave;
                    continue;
                }
                Entry *k = &v->st[v->top++]; /* one character longer */
                k->b = cur + 1, k->c = n + 1;
                pc = e.a + rp[1], sp = cur + 1;
                goto resume;
            }
            if (e.msave >= 0) v->nsaved = e.msave;
            switch (e.type) {
            case E_CHOICE:
                restore(v, &e);
                pc = e.a, sp = e.b;
                goto resume;
            case E_RESTORE: restore(v, &e); continue;
            case E_MAXTAIL: /* the tail runs outside the repeat */
                restore(v, &e);
                pc = e.a, sp = e.b;
                set_cur(v, v->prev[e.c]);
                goto resume;
            case E_MINITER:
                restore(v, &e);
                sp = e.b, pc = e.c;
                set_cnt(v, e.a, v->cnt[e.a] + 1);
                set_last(v, e.a, sp);
                goto resume;
            case E_BARRIER:
                /* a negative assertion whose subpattern failed, or a
                 * possessive repeat's optional iteration that failed:
                 * go on after it */
                if (e.a == RE_A_NOT_AHEAD || e.a == RE_A_NOT_BEHIND || e.a == B_POSS_OPT) {
                    restore(v, &e);
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
              int32_t *lastindex, ReWork *work) {
    Vm v = {0};
    v.st = work->st, v.cap = work->cap, v.saved = work->saved, v.capsaved = work->capsaved;
    v.code = code;
    v.s = subj->s;
    v.end = subj->end;
    v.toplevel_all = mode == RE_MODE_FULLMATCH;
    int32_t nmarks = code[0], nrep = code[1];
    v.marks = marks;
    int32_t counters[96], *cs = nrep * 3 <= 96 ? counters : rt_alloc((uint32_t)nrep * 12u);
    v.cnt = cs, v.last = cs + nrep, v.prev = cs + 2 * nrep;
    int first = consumes_first(code);
    const int32_t *filter = mode == RE_MODE_SEARCH && code[2] ? code + code[2] : 0;
    int skip = mode == RE_MODE_SEARCH && (first || filter);
    if (skip && !work->start_ready) { /* once per call: the ASCII characters that may begin a match */
        for (uint32_t c = 0; c < 128; c++)
            if ((!first || may_start(code, c)) && (!filter || in_set(filter, c))) work->startmap[c >> 5] |= 1u << (c & 31);
        work->start_ready = 1;
    }
    for (int32_t pos = start; pos <= v.end; pos++) {
        if (skip) { /* to the next position where a match may begin */
            while (pos < v.end) {
                uint32_t c = v.s[pos];
                if (c < 128 ? (work->startmap[c >> 5] >> (c & 31)) & 1
                            : (!first || may_start(code, c)) && (!filter || in_set(filter, c)))
                    break;
                pos++;
            }
            if (pos >= v.end) return 0; /* a match must consume a character */
        } else if (first && (pos >= v.end || !may_start(code, v.s[pos])))
            return 0; /* match, fullmatch */
        /* _sre's RESET_CAPTURE_GROUP before each start */
        for (int32_t i = 0; i < nmarks; i++) marks[i] = -1;
        for (int32_t i = 0; i < 3 * nrep; i++) cs[i] = -1;
        v.top = 0, v.nsaved = 0;
        v.lastmark = 1, v.lastindex = -1, v.cur = -1;
        v.start = pos;
        v.must_advance = must_advance && pos == start;
        marks[0] = pos;
        int ok = run(&v, pos);
        work->st = v.st, work->cap = v.cap, work->saved = v.saved, work->capsaved = v.capsaved;
        if (ok) {
            /* the groups as a match object reads them */
            for (int32_t g = 1; 2 * g < nmarks; g++)
                if (2 * g + 1 > v.lastmark || marks[2 * g] < 0 || marks[2 * g + 1] < 0) marks[2 * g] = marks[2 * g + 1] = -1;
            *lastindex = v.lastindex;
            return 1;
        }
        if (mode != RE_MODE_SEARCH) return 0;
        /* _sre's shortcut: a pattern anchored at the string's start
         * cannot match further on */
        if (code[RE_HEADER] == RE_AT && (code[RE_HEADER + 1] == RE_AT_BEGINNING || code[RE_HEADER + 1] == RE_AT_BEGINNING_STRING))
            return 0;
    }
    return 0;
}

/* The shape of \w+, [a-z]{2,}, \d+ ...: one greedy unbounded repeat of a
 * class, at least once, and nothing else (no group). findall over a long
 * text with such a pattern is the common case worth a loop of its own. */
int re_is_class_run(const int32_t *code) {
    const int32_t *rp = code + RE_HEADER;
    return code[0] == 2 && rp[0] == RE_REPEAT_ONE && rp[2] >= 1 && rp[3] == RE_INF && rp[4] == RE_IN &&
           code[RE_HEADER + rp[1]] == RE_SUCCESS;
}

/* The next match of such a program at or after pos: what re_search finds
 * (REPEAT_ONE takes the longest run; a run shorter than min fails at each
 * of its positions), without its set-up per search. */
int re_next_class_run(const int32_t *code, const ReSubject *subj, int32_t pos, int32_t *a, int32_t *b) {
    const int32_t *rp = code + RE_HEADER, *set = rp + 4, *filter = code[2] ? code + code[2] : 0;
    const uint32_t *s = subj->s;
    int32_t end = subj->end, min = rp[2];
    while (pos < end) {
        if (!in_set(set, s[pos]) || (filter && !in_set(filter, s[pos]))) {
            pos++;
            continue;
        }
        int32_t q = pos + 1;
        while (q < end && in_set(set, s[q])) q++;
        if (q - pos >= min) {
            *a = pos, *b = q;
            return 1;
        }
        pos = q;
    }
    return 0;
}
