/* mkdata: the compiler's data as one file, multilingual_data.bin (layout in
 * src/api_data.h), for a compiler built without it (the page's, which
 * loads it after its first screen). The tables are the ones the native
 * compiler has built in: this tool includes their generated sources, so
 * the file and the built-in data cannot differ. Deterministic.
 * Usage: mkdata OUT */
#include <stdio.h>
#include <string.h>

#include "api_data.h"
#include "ml_version.h"
#include "runtime_wat.c"
#include "stdlib_sources.c"
#include "util/buf.h"

static void put_word(Buf *b, uint32_t v) {
    unsigned char w[4] = {(unsigned char)v, (unsigned char)(v >> 8), (unsigned char)(v >> 16), (unsigned char)(v >> 24)};
    buf_putn(b, (const char *)w, 4);
}

static void set_word(Buf *b, size_t at, uint32_t v) {
    for (int i = 0; i < 4; i++) b->data[at + (size_t)i] = (char)(v >> (8 * i));
}

static void align(Buf *b) {
    while (b->len % 4) buf_putc(b, 0);
}

/* a section of n bytes: its place in the table, then the bytes (and a NUL
 * for the text, which the reader checks) */
static void section(Buf *b, int id, const void *p, size_t n, bool nul) {
    align(b);
    set_word(b, MLDATA_SECTIONS_AT + 8 * (size_t)id, (uint32_t)b->len);
    set_word(b, MLDATA_SECTIONS_AT + 8 * (size_t)id + 4, (uint32_t)n);
    buf_putn(b, p, n);
    if (nul) buf_putc(b, 0);
}

static void stdlib_section(Buf *b) {
    int n = ml_stdlib_source_count;
    Buf s;
    buf_init(&s);
    put_word(&s, (uint32_t)n);
    for (int i = 0; i < n; i++) put_word(&s, 0), put_word(&s, 0), put_word(&s, 0), put_word(&s, 0);
    for (int i = 0; i < n; i++) {
        const MlStdSource *m = &ml_stdlib_sources[i];
        set_word(&s, 4 + 16 * (size_t)i, (uint32_t)s.len);
        set_word(&s, 4 + 16 * (size_t)i + 4, (uint32_t)strlen(m->name));
        buf_putn(&s, m->name, strlen(m->name) + 1);
        set_word(&s, 4 + 16 * (size_t)i + 8, (uint32_t)s.len);
        set_word(&s, 4 + 16 * (size_t)i + 12, (uint32_t)m->len);
        buf_putn(&s, m->text, m->len);
        buf_putc(&s, 0);
    }
    section(b, MLD_STDLIB, s.data, s.len, false);
    buf_free(&s);
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: mkdata OUT\n");
        return 2;
    }
    Buf b;
    buf_init(&b);
    buf_putn(&b, MLDATA_MAGIC, 8);
    put_word(&b, 0); /* length */
    put_word(&b, 0); /* checksum */
    char version[MLDATA_VERSION_LEN] = {0};
    if (strlen(ML_VERSION) >= sizeof version) {
        fprintf(stderr, "mkdata: the version %s is longer than the file's field\n", ML_VERSION);
        return 1;
    }
    memcpy(version, ML_VERSION, strlen(ML_VERSION));
    buf_putn(&b, version, sizeof version);
    for (int i = 0; i < 2 * MLD_COUNT; i++) put_word(&b, 0);
    section(&b, MLD_WAT, ml_runtime_wat, ml_runtime_wat_len, true);
    section(&b, MLD_HEADER, ml_runtime_index_header, sizeof ml_runtime_index_header, false);
    section(&b, MLD_FUNCS, ml_runtime_index_funcs, sizeof ml_runtime_index_funcs, false);
    section(&b, MLD_FIELDS, ml_runtime_index_fields, sizeof ml_runtime_index_fields, false);
    section(&b, MLD_DATA, ml_runtime_index_data, sizeof ml_runtime_index_data, false);
    section(&b, MLD_HASH, ml_runtime_index_hash, sizeof ml_runtime_index_hash, false);
    section(&b, MLD_LISTS, ml_runtime_index_lists, sizeof ml_runtime_index_lists, false);
    section(&b, MLD_STRINGS, ml_runtime_index_strings, sizeof ml_runtime_index_strings, false);
    stdlib_section(&b);
    align(&b);
    set_word(&b, 8, (uint32_t)b.len);
    set_word(&b, 12, ml_data_checksum((const unsigned char *)b.data + 16, b.len - 16));
    FILE *out = fopen(argv[1], "wb");
    if (!out || fwrite(b.data, 1, b.len, out) != b.len || fclose(out)) {
        perror(argv[1]);
        return 1;
    }
    buf_free(&b);
    return 0;
}
