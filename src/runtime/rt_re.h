/* The regular expression engine behind the `re` module (src/stdlib/re.ml).
 *
 * Division of labour, as CPython's: re.ml parses a pattern (a port of
 * CPython's re/_parser.py, so that every error message and position is
 * CPython's) and compiles the parse tree into a small program, a list of
 * int32 words, which _re.compile packs into a bytes object; this engine
 * (rt_re_exec.c) runs such a program over a str, as CPython's _sre does.
 * The opcodes below are the contract between the two: re.ml spells the
 * same numbers.
 *
 * Program layout: word 0 the number of mark slots (2 * (groups + 1)),
 * word 1 the number of repeat counters, word 2 the index of an RE_IN
 * instruction (after the program's SUCCESS) that a match found by search
 * must begin with, or 0 (CPython's INFO charset, see re.ml's
 * _start_filter), then the instructions from word RE_HEADER. Jump targets
 * are absolute word indexes. */
#ifndef ML_RT_RE_H
#define ML_RT_RE_H
#include "rt_obj.h"

enum {
    RE_HEADER = 3,
    RE_INF = 0x7fffffff, /* an unbounded repeat's max */
};

enum {
    RE_FAIL = 0,          /* -                         */
    RE_SUCCESS,           /* -                         */
    RE_CHAR,              /* c                          */
    RE_CHAR_I,            /* c mode (1 Unicode, 2 ASCII case folding) */
    RE_NOT_CHAR,          /* c                          */
    RE_NOT_CHAR_I,        /* c mode                     */
    RE_ANY,               /* - (not a newline)          */
    RE_ANY_ALL,           /* -                          */
    RE_IN,                /* size negate mode n bitmap[4] (kind a b)*n: kind RE_SET_*;
                             bitmap: the answer for ASCII, filled by re_prepare */
    RE_AT,                /* RE_AT_*                    */
    RE_SPLIT,             /* alt: try the next instruction, else alt */
    RE_JMP,               /* target                     */
    RE_MARK,              /* slot (2g: group g starts, 2g+1: it ends) */
    RE_GROUPREF,          /* g mode (0: exact)          */
    RE_GROUPREF_EXISTS,   /* g else                     */
    RE_REPEAT,            /* k until: counter k starts, then UNTIL */
    RE_UNTIL_MAX,         /* k min max body             */
    RE_UNTIL_MIN,         /* k min max body             */
    RE_REPEAT_ONE,        /* size min max item: greedy repeat of one single-character item */
    RE_MIN_REPEAT_ONE,    /* size min max item: lazy    */
    RE_ASSERT,            /* kind width end: the subpattern up to ASSERT_END */
    RE_ASSERT_END,        /* -                          */
    RE_POSS_REPEAT,       /* k min max end: possessive repeat of the body up to POSS_END */
    RE_POSS_END,          /* head: the POSS_REPEAT      */
    RE_RESTORE_POINT,     /* -: before a branch's last alternative, where _sre restores the marks */
};

enum { RE_IN_MEMBERS = 9 }; /* the members' first word in an RE_IN */

/* Fill the ASCII bitmaps of a program's sets (when it is packed). */
void re_prepare(int32_t *code, int32_t n);

/* RE_ASSERT kinds */
enum { RE_A_ATOMIC, RE_A_AHEAD, RE_A_NOT_AHEAD, RE_A_BEHIND, RE_A_NOT_BEHIND };

/* set members (RE_IN): a literal a, a range a..b, a category a */
enum { RE_SET_LIT, RE_SET_RANGE, RE_SET_CAT };
enum {
    RE_CAT_DIGIT, RE_CAT_NOT_DIGIT, RE_CAT_SPACE, RE_CAT_NOT_SPACE, RE_CAT_WORD, RE_CAT_NOT_WORD,
    RE_CAT_UNI_DIGIT, RE_CAT_UNI_NOT_DIGIT, RE_CAT_UNI_SPACE, RE_CAT_UNI_NOT_SPACE, RE_CAT_UNI_WORD,
    RE_CAT_UNI_NOT_WORD,
};
/* RE_AT */
enum {
    RE_AT_BEGINNING, RE_AT_BEGINNING_LINE, RE_AT_BEGINNING_STRING, RE_AT_END, RE_AT_END_LINE, RE_AT_END_STRING,
    RE_AT_BOUNDARY, RE_AT_NON_BOUNDARY, RE_AT_UNI_BOUNDARY, RE_AT_UNI_NON_BOUNDARY,
};

/* A subject: the code points of a str, with the search window. */
typedef struct ReSubject {
    const uint32_t *s;
    int32_t len;   /* the whole string's length */
    int32_t end;   /* endpos: nothing at or after it is seen */
} ReSubject;

/* The engine's stacks, reused by the successive searches of one call
 * (findall over a long text makes one search per match): zero-initialise
 * one per call. Raw blocks of the collector, which never runs inside a
 * runtime call. */
typedef struct ReWork {
    void *st;
    int32_t cap;
    int32_t *saved;
    int32_t capsaved;
    int32_t start_ready;       /* startmap computed */
    uint32_t startmap[4];      /* ASCII characters a search's match may begin with */
} ReWork;

/* modes of re_search */
enum { RE_MODE_MATCH, RE_MODE_FULLMATCH, RE_MODE_SEARCH };

/* Run the program from start (match/fullmatch: anchored there; search:
 * the first start at or after it that matches). marks receives the
 * program's mark slots (-1 unset; slots 0 and 1 the whole match) and
 * *lastindex the last group closed (-1: none). must_advance: a match
 * beginning at start must not be empty (CPython's rule for the match after
 * an empty one). 1 matched, 0 not. */
int re_search(const int32_t *code, const ReSubject *subj, int32_t start, int mode, int must_advance, int32_t *marks,
              int32_t *lastindex, ReWork *work);

/* findall's fast path for a pattern that is one class repeated (\w+):
 * whether the program is one, and its next match at or after pos */
int re_is_class_run(const int32_t *code);
int re_next_class_run(const int32_t *code, const ReSubject *subj, int32_t pos, int32_t *a, int32_t *b);

/* the character predicates of the runtime's str methods (rt_obj_case.c, rt_obj_str.c) */
uint32_t rt_cp_lower(uint32_t c);
uint32_t rt_cp_upper(uint32_t c);
int rt_cp_isalnum(uint32_t c);
int rt_cp_isdecimal(uint32_t c);
int rt_cp_isspace(uint32_t c);

#endif
