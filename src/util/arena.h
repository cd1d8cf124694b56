/* Arena allocator: every allocation of one compilation lives in one arena and
 * is released at once. The compiler holds no global state, so the browser can
 * compile on every keystroke without leaking. */
#ifndef ML_ARENA_H
#define ML_ARENA_H
#include <stddef.h>

typedef struct ArenaBlock ArenaBlock;
typedef struct Arena {
    ArenaBlock *head;
    struct Arena *children, *next_child; /* arena_child's */
} Arena;

void arena_init(Arena *a);
/* Frees a's children first (their structs are in a's blocks), then a's
 * blocks. a may be used again, empty. */
void arena_free(Arena *a);
/* An arena whose memory can be freed before parent's (arena_free on it),
 * else with it: for data with a shorter life, such as a part of the tree
 * the back end is done with. Its struct is in parent. */
Arena *arena_child(Arena *parent);
/* Zero-filled, 16-byte aligned; aborts only if the process is out of memory. */
void *arena_alloc(Arena *a, size_t size);
char *arena_strndup(Arena *a, const char *s, size_t n);
char *arena_strdup(Arena *a, const char *s);
char *arena_printf(Arena *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Frees an allocation of `size` bytes at once when it has a block of its
 * own (larger than the blocks small allocations share); else nothing. For
 * a big table replaced by a larger copy, which nothing else points into. */
void arena_release(Arena *a, void *p, size_t size);
/* Bytes the arena holds from the system (its own blocks' capacities, not
 * its children's). */
size_t arena_bytes(const Arena *a);
/* Hand memory freed by arena_free back to the system where the C library
 * would keep it resident (glibc keeps the free blocks in the middle of its
 * heap); elsewhere nothing. */
void arena_trim(void);
/* Freed memory worth a trim: a trim walks the whole heap (about a
 * millisecond per 100 MiB), while memory left in the heap adds to the
 * peak of what is made next (a 200,000-line file's lowering frees its
 * tree 4 MiB at a time; 16 MiB at a time cost 15 MiB of peak). */
#define ARENA_TRIM_BYTES ((size_t)4 << 20)
/* arena_free, then arena_trim when the arena held ARENA_TRIM_BYTES or
 * more (not worth it for a small one). */
void arena_free_trim(Arena *a);
/* Grow an arena-allocated array: returns a copy with room for new_cap items. */
void *arena_grow(Arena *a, void *old, size_t old_bytes, size_t new_bytes);

/* Arena-backed growable vector of pointers, used all over the AST. */
typedef struct PtrVec {
    void **items;
    int len, cap;
} PtrVec;
void ptrvec_push(Arena *a, PtrVec *v, void *item);
/* ptrvec_push for a vector whose items no other PtrVec shares (none is a
 * copy of it while it grows): an outgrown array with a block of its own
 * is freed (arena_release) rather than left in the arena. For the long
 * lists of a large program (its top-level statements, its globals). */
void ptrvec_push_alone(Arena *a, PtrVec *v, void *item);

#endif
