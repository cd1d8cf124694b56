/* src/util's arena and string map, run by tests/util.test.mjs natively and
 * under AddressSanitizer/UndefinedBehaviorSanitizer: a map that grows
 * frees its outgrown tables (arena_release), keeps every entry, and never
 * frees a table another arena owns; a vector pushed alone frees its
 * outgrown arrays; child arenas are freed early or with their parent
 * (a leak or a double free is ASan's error). */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "util/arena.h"
#include "util/strmap.h"

#include "check.h"

enum { N = 200000 };

static const char *key(Arena *a, int i) { return arena_printf(a, "k%d", i); }

/* Every entry is found after the table moved many times. */
static void map_keeps_entries(void) {
    Arena a;
    arena_init(&a);
    StrMap m = {0};
    for (int i = 0; i < N; i++) strmap_put(&a, &m, key(&a, i), (void *)(uintptr_t)(i + 1));
    int bad = 0;
    for (int i = 0; i < N; i++) bad += strmap_get(&m, key(&a, i)) != (void *)(uintptr_t)(i + 1);
    CHECK(bad == 0);
    CHECK(m.len == N);
    CHECK(strmap_get(&m, "absent") == NULL);
    arena_free(&a);
}

/* The outgrown tables are gone: the arena holds about the last table
 * (262,144 slots of 16 bytes for 200,000 keys) and the keys, not the sum of
 * every table the map had (twice the last). */
static void outgrown_tables_freed(void) {
    Arena keys, a;
    arena_init(&keys);
    arena_init(&a);
    StrMap m = {0};
    for (int i = 0; i < N; i++) strmap_put(&a, &m, key(&keys, i), (void *)(uintptr_t)1);
    size_t last = sizeof(StrMapSlot) * (size_t)m.cap;
    CHECK(arena_bytes(&a) < last + last / 4);
    arena_free(&a);
    arena_free(&keys);
}

/* A map whose table another arena allocated grows in this one: that table
 * is left to its arena (freed with it), which stays whole. */
static void foreign_table_left(void) {
    Arena first, second;
    arena_init(&first);
    arena_init(&second);
    StrMap m = {0};
    for (int i = 0; i < 20000; i++) strmap_put(&first, &m, key(&first, i), (void *)(uintptr_t)(i + 1));
    size_t before = arena_bytes(&first);
    for (int i = 20000; i < 40000; i++) strmap_put(&second, &m, key(&second, i), (void *)(uintptr_t)(i + 1));
    CHECK(arena_bytes(&first) == before);
    CHECK(strmap_get(&m, "k7") == (void *)(uintptr_t)8);
    CHECK(strmap_get(&m, "k39999") == (void *)(uintptr_t)40000);
    void *small = arena_alloc(&second, 64);
    arena_release(&second, small, 64); /* shares a block: nothing happens */
    memset(small, 1, 64);
    arena_free(&second);
    arena_free(&first);
}

/* ptrvec_push_alone keeps every item and, like a map, about the last
 * array only (200,000 pointers: 2 MB, against 4 for every array it had). */
static void vector_alone(void) {
    Arena a;
    arena_init(&a);
    PtrVec v = {0};
    for (int i = 0; i < N; i++) ptrvec_push_alone(&a, &v, (void *)(uintptr_t)(i + 1));
    int bad = 0;
    for (int i = 0; i < N; i++) bad += v.items[i] != (void *)(uintptr_t)(i + 1);
    CHECK(bad == 0 && v.len == N);
    size_t last = sizeof(void *) * (size_t)v.cap;
    CHECK(arena_bytes(&a) < last + last / 4);
    arena_free(&a);
}

/* A child freed before its parent is not freed again with it; the others
 * are freed with it; the parent stays usable. */
static void children(void) {
    Arena parent;
    arena_init(&parent);
    Arena *early = arena_child(&parent), *late = arena_child(&parent);
    Arena *grandchild = arena_child(late);
    for (int i = 0; i < 5000; i++) {
        memset(arena_alloc(early, 100), 1, 100);
        memset(arena_alloc(late, 100), 2, 100);
        memset(arena_alloc(grandchild, 100), 3, 100);
    }
    char *kept = arena_strdup(&parent, "kept");
    CHECK(arena_bytes(early) >= 5000 * 100 && arena_bytes(&parent) < 64 * 1024 + 4096);
    arena_free(early);
    CHECK(arena_bytes(early) == 0);
    CHECK(!strcmp(kept, "kept"));
    memset(arena_alloc(early, 10), 4, 10); /* usable again, freed with the parent */
    arena_free(&parent);
    arena_free(&parent); /* empty: nothing */
}

int main(void) {
    map_keeps_entries();
    vector_alone();
    children();
    outgrown_tables_freed();
    foreign_table_left();
    if (failures) {
        fprintf(stderr, "%d check(s) failed\n", failures);
        return 1;
    }
    puts("util: ok");
    return 0;
}
