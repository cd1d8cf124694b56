/* The one place memory is handed out: a bump allocator over the linear
 * memory after the static data, growing it page by page. (The garbage
 * collector will replace the policy here, behind the same rt_alloc.) */
#include "rt_internal.h"

static uint32_t heap_ptr, heap_end;

static uint32_t memory_end(void) { /* 4 GiB would not fit in 32 bits */
    uint64_t end = (uint64_t)__builtin_wasm_memory_size(0) * 65536u;
    return end > 0xfffffff0u ? 0xfffffff0u : (uint32_t)end;
}

void *rt_alloc(uint32_t size) {
    if (!heap_ptr) {
        heap_ptr = (rt_link_heap_base() + 15u) & ~15u;
        heap_end = memory_end();
    }
    if (size > 0x7ffffff0u) rt_raise_cstr(RT_EXC_MEMORY, 0);
    size = (size + 7u) & ~7u;
    uint64_t want = (uint64_t)heap_ptr + size;
    if (want > heap_end) {
        if (want > 0xfffffff0u) rt_raise_cstr(RT_EXC_MEMORY, 0);
        uint32_t pages = (uint32_t)((want - heap_end + 65535u) / 65536u);
        uint32_t have = heap_end / 65536u;
        uint32_t more = pages < have / 4 ? have / 4 : pages; /* grow geometrically */
        if (__builtin_wasm_memory_grow(0, more) == (__SIZE_TYPE__)-1 &&
            __builtin_wasm_memory_grow(0, pages) == (__SIZE_TYPE__)-1)
            rt_raise_cstr(RT_EXC_MEMORY, 0);
        heap_end = memory_end();
    }
    /* Fresh linear memory is zero and the bump pointer never reuses it, so
     * the block is already zeroed. */
    void *p = (void *)(uintptr_t)heap_ptr;
    heap_ptr += size;
    return p;
}

void rt_memcpy(void *dst, const void *src, uint32_t n) { __builtin_memcpy(dst, src, n); }

uint32_t rt_cstrlen(const char *s) {
    uint32_t n = 0;
    while (s[n]) n++;
    return n;
}
