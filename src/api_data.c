/* The compiler's data: its standard library lookup and multilingual_data.bin
 * read back (the layout is in api_data.h; tools/mkdata.c writes it). */
#include "api_data.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ml_version.h"

const MlStdSource *ml_data_stdlib(const MlData *d, const char *name) {
    for (int i = 0; i < d->stdlib_count; i++)
        if (!strcmp(d->stdlib[i].name, name)) return &d->stdlib[i];
    return NULL;
}

uint32_t ml_data_checksum(const unsigned char *p, size_t n) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) h = (h ^ p[i]) * 16777619u;
    return h;
}

static uint32_t word(const unsigned char *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static char *failure(const char *why) {
    static const char head[] = "not this compiler's data file (multilingual_data.bin " ML_VERSION "): ";
    char *s = malloc(sizeof head + strlen(why));
    if (s) memcpy(s, head, sizeof head - 1), strcpy(s + sizeof head - 1, why);
    return s;
}

/* A string of n bytes at off in [0, size) followed by its NUL. */
static bool string_fits(const unsigned char *sec, uint32_t size, uint32_t off, uint32_t n) {
    return off <= size && n < size - off && sec[off + n] == 0;
}

MlData *ml_data_open(const unsigned char *bytes, size_t len, char **error) {
    *error = NULL;
    /* the tables are read in place as uint32_t (both targets are
     * little-endian): the caller's buffer must be aligned (malloc's is) */
    if (len < MLDATA_SECTIONS_AT + 8 * MLD_COUNT || memcmp(bytes, MLDATA_MAGIC, 8)) {
        *error = failure("it does not begin as one");
        return NULL;
    }
    if ((uintptr_t)bytes % 4) {
        *error = failure("its bytes are not 4-aligned in memory");
        return NULL;
    }
    if (word(bytes + 8) != len) {
        *error = failure("it is truncated or has bytes after its end");
        return NULL;
    }
    if (word(bytes + 12) != ml_data_checksum(bytes + 16, len - 16)) {
        *error = failure("its checksum does not match (a damaged download?)");
        return NULL;
    }
    char version[MLDATA_VERSION_LEN + 1] = {0};
    memcpy(version, bytes + MLDATA_VERSION_AT, MLDATA_VERSION_LEN);
    if (strcmp(version, ML_VERSION)) {
        char why[80];
        snprintf(why, sizeof why, "it is version %s's", version);
        *error = failure(why);
        return NULL;
    }
    const unsigned char *sec[MLD_COUNT];
    uint32_t size[MLD_COUNT];
    for (int i = 0; i < MLD_COUNT; i++) {
        uint32_t off = word(bytes + MLDATA_SECTIONS_AT + 8 * i), n = word(bytes + MLDATA_SECTIONS_AT + 8 * i + 4);
        if (off % 4 || off > len || n > len - off) {
            *error = failure("a section lies outside it");
            return NULL;
        }
        sec[i] = bytes + off;
        size[i] = n;
    }
    size_t wat_end = (size_t)(sec[MLD_WAT] - bytes) + size[MLD_WAT];
    if (!size[MLD_WAT] || wat_end >= len || bytes[wat_end] || size[MLD_HEADER] < 4 * 2 || size[MLD_STDLIB] < 4) {
        *error = failure("a section is malformed");
        return NULL;
    }
    uint32_t n = word(sec[MLD_STDLIB]);
    if (n > (size[MLD_STDLIB] - 4) / 16) {
        *error = failure("its standard library table is malformed");
        return NULL;
    }
    MlData *d = calloc(1, sizeof *d);
    MlStdSource *std = calloc((size_t)n + 1, sizeof *std);
    if (!d || !std) abort();
    for (uint32_t i = 0; i < n; i++) {
        const unsigned char *row = sec[MLD_STDLIB] + 4 + 16 * i;
        uint32_t name = word(row), name_len = word(row + 4), text = word(row + 8), text_len = word(row + 12);
        if (!string_fits(sec[MLD_STDLIB], size[MLD_STDLIB], name, name_len) ||
            !string_fits(sec[MLD_STDLIB], size[MLD_STDLIB], text, text_len)) {
            free(std);
            free(d);
            *error = failure("its standard library table is malformed");
            return NULL;
        }
        std[i] = (MlStdSource){(const char *)sec[MLD_STDLIB] + name, (const char *)sec[MLD_STDLIB] + text, text_len};
    }
    d->runtime.wat = (const char *)sec[MLD_WAT];
    d->runtime.len = size[MLD_WAT];
    d->runtime.index = (RtIndex){
        (const uint32_t *)sec[MLD_HEADER], (const uint32_t *)sec[MLD_FUNCS], (const uint32_t *)sec[MLD_FIELDS],
        (const uint32_t *)sec[MLD_DATA],   (const uint32_t *)sec[MLD_HASH],  (const uint32_t *)sec[MLD_LISTS],
        (const char *)sec[MLD_STRINGS],
    };
    d->stdlib = d->owned = std;
    d->stdlib_count = (int)n;
    return d;
}

void ml_data_free(MlData *d) {
    if (!d) return;
    free(d->owned);
    free(d);
}
