/* rtindex: the embedded runtime and its index, precomputed at build time.
 * Writes a C source defining
 *   const char ml_runtime_wat[];  const unsigned long ml_runtime_wat_len;
 *     the concatenation of IN... (runtime.wat, then tools/rtdeps' lists),
 *     as tools/embed.c would;
 *   const uint32_t ml_runtime_index_*[];  const char ml_runtime_index_strings[];
 *     what src/back/rtlink.c's parser finds in that text (functions with
 *     their text ranges, callees, type uses, globals and data segments
 *     used; type, global, table and elem fields; data segments), in the
 *     layout rtlink.c's rtlib_load reads (see "index" there).
 * The parser is rtlink.c itself, compiled into this tool, so the index and
 * rtlib_parse cannot disagree; before writing, the tool also loads the
 * index back and checks that it emits exactly what the parsed library
 * emits, for each function alone as root and for all of them.
 * Deterministic (no dates, no paths). Usage: rtindex OUT.c IN... */
#include "../src/back/rtlink.c"

#define EMBED_NO_MAIN
#include "embed.c"

#include <stdio.h>

typedef struct Vec {
    uint32_t *v;
    size_t n, cap;
} Vec;

static void die(const char *msg) {
    fprintf(stderr, "rtindex: %s\n", msg);
    exit(1);
}

static void vpush(Vec *x, uint32_t v) {
    if (x->n == x->cap) {
        x->cap = x->cap ? x->cap * 2 : 256;
        x->v = realloc(x->v, sizeof(uint32_t) * x->cap);
        if (!x->v) die("out of memory");
    }
    x->v[x->n++] = v;
}

static uint32_t u32(size_t v) {
    if (v >= IX_NONE) die("value out of range");
    return (uint32_t)v;
}

/* Offset of a copy of s (with its NUL) in the string pool (a Buf). */
static uint32_t pool_string(Buf *pool, const char *s) {
    if (!s) return IX_NONE;
    uint32_t at = u32(pool->len);
    buf_putn(pool, s, strlen(s) + 1);
    return at;
}

static uint32_t pool_list(Vec *lists, const uint32_t *items, size_t n) {
    uint32_t at = u32(lists->n);
    for (size_t i = 0; i < n; i++) vpush(lists, items[i]);
    return at;
}

typedef struct Index {
    Vec header, funcs, fields, data, hash, lists;
    Buf strings;
} Index;

static void build_index(const RtLib *lib, const char *wat, unsigned long len, Index *ix) {
    memset(ix, 0, sizeof *ix);
    buf_init(&ix->strings);
    uint32_t header[IXH_COUNT];
    header[IXH_VERSION] = IX_VERSION;
    header[IXH_TEXT_LEN] = u32(len);
    header[IXH_NFUNCS] = u32((size_t)lib->nfuncs);
    header[IXH_NTYPES] = u32((size_t)lib->ntypes);
    header[IXH_NGLOBALS] = u32((size_t)lib->nglobals);
    header[IXH_NTABLES] = u32((size_t)lib->ntables);
    header[IXH_NELEMS] = u32((size_t)lib->nelems);
    header[IXH_NDATA] = u32((size_t)lib->ndata);
    header[IXH_DATA_LO] = lib->data_lo;
    header[IXH_DATA_HI] = lib->data_hi;
    header[IXH_DATA_END] = lib->data_end;
    header[IXH_HCAP] = u32((size_t)lib->hcap);
    header[IXH_EXC_STATE] = lib->exc_state;
    header[IXH_FALSE_OBJ] = lib->bools[0];
    header[IXH_TRUE_OBJ] = lib->bools[1];
    header[IXH_SMALL_INTS] = lib->small_ints;
    header[IXH_GC_BUDGET] = lib->gc_budget;
    header[IXH_GC_SHADOW] = lib->gc_shadow;
    for (int i = 0; i < IXH_COUNT; i++) vpush(&ix->header, header[i]);
    for (int k = 0; k < lib->nfuncs; k++) {
        const RtFunc *f = &lib->funcs[k];
        uint32_t row[IXF_COUNT];
        row[IXF_KIND] = (uint32_t)f->kind;
        row[IXF_NAME] = pool_string(&ix->strings, f->name);
        row[IXF_TEXT] = u32((size_t)(f->text - wat));
        row[IXF_LEN] = u32(f->len);
        row[IXF_IMP_MODULE] = pool_string(&ix->strings, f->imp_module);
        row[IXF_IMP_FIELD] = pool_string(&ix->strings, f->imp_field);
        row[IXF_CALLEES] = pool_list(&ix->lists, f->callees, (size_t)f->ncallees);
        row[IXF_NCALLEES] = u32((size_t)f->ncallees);
        row[IXF_TYPEREFS] = pool_list(&ix->lists, f->typerefs, 3 * (size_t)f->ntyperefs);
        row[IXF_NTYPEREFS] = u32((size_t)f->ntyperefs);
        row[IXF_SEGS] = pool_list(&ix->lists, f->segs, (size_t)f->nsegs);
        row[IXF_NSEGS] = u32((size_t)f->nsegs);
        row[IXF_MAX_GLOBAL] = (uint32_t)f->max_global; /* -1: IX_NONE, read back as -1 */
        row[IXF_INDIRECT] = f->indirect;
        for (int i = 0; i < IXF_COUNT; i++) vpush(&ix->funcs, row[i]);
    }
    const RtField *groups[4] = {lib->types, lib->globals, lib->tables, lib->elems};
    int counts[4] = {lib->ntypes, lib->nglobals, lib->ntables, lib->nelems};
    for (int g = 0; g < 4; g++)
        for (int i = 0; i < counts[g]; i++) {
            vpush(&ix->fields, u32((size_t)(groups[g][i].text - wat)));
            vpush(&ix->fields, u32(groups[g][i].len));
        }
    for (int s = 0; s < lib->ndata; s++) {
        const RtData *d = &lib->data[s];
        uint32_t row[IXD_COUNT];
        row[IXD_NAME] = pool_string(&ix->strings, d->name);
        row[IXD_TEXT] = u32((size_t)(d->text - wat));
        row[IXD_LEN] = u32(d->len);
        row[IXD_SEGS] = pool_list(&ix->lists, d->segs, (size_t)d->nsegs);
        row[IXD_NSEGS] = u32((size_t)d->nsegs);
        row[IXD_START] = d->start;
        row[IXD_SIZE] = d->size;
        for (int i = 0; i < IXD_COUNT; i++) vpush(&ix->data, row[i]);
    }
    for (int i = 0; i < lib->hcap; i++) vpush(&ix->hash, lib->hash[i]);
    /* no empty arrays in C */
    vpush(&ix->funcs, 0), vpush(&ix->fields, 0), vpush(&ix->data, 0), vpush(&ix->lists, 0);
    buf_putc(&ix->strings, 0);
}

/* Everything rtlib_emit writes for one root set, as one text. */
static char *emit_all(const RtLib *lib, const char *const *roots, int nroots) {
    Buf parts[5], all;
    for (int i = 0; i < 5; i++) buf_init(&parts[i]);
    buf_init(&all);
    Arena a;
    arena_init(&a);
    PtrVec wasi = {0};
    rtlib_emit(lib, roots, nroots, lib->data_end, &parts[0], &parts[1], &parts[2], &parts[3], &parts[4], &wasi);
    for (int i = 0; i < 5; i++) {
        buf_printf(&all, "-- part %d\n", i);
        if (parts[i].len) buf_putn(&all, parts[i].data, parts[i].len);
        buf_free(&parts[i]);
    }
    for (int i = 0; i < wasi.len; i++) buf_printf(&all, "-- wasi %s\n", (const char *)wasi.items[i]);
    arena_free(&a);
    return buf_take(&all, NULL);
}

static void check_same(const RtLib *parsed, const RtLib *indexed) {
    if (!indexed) die("the index does not load");
    if (rtlib_function_count(parsed) != rtlib_function_count(indexed) ||
        rtlib_data_end(parsed) != rtlib_data_end(indexed))
        die("the index disagrees with the parser (counts, data end)");
    int n = parsed->nfuncs;
    const char **names = malloc(sizeof(char *) * ((size_t)n + 1));
    if (!names) die("out of memory");
    for (int k = 0; k < n; k++) {
        names[k] = parsed->funcs[k].name;
        if (!rtlib_has_function(indexed, names[k])) die("the index lost a function");
    }
    for (int k = -1; k <= n; k++) {
        /* k < n: that function alone (-1: no root); k == n: all of them */
        const char *const *roots = k < 0 ? names : k < n ? names + k : names;
        int nroots = k < 0 ? 0 : k < n ? 1 : n;
        char *x = emit_all(parsed, roots, nroots), *y = emit_all(indexed, roots, nroots);
        if (strcmp(x, y)) {
            fprintf(stderr, "rtindex: emission differs for root %s\n", k >= 0 && k < n ? names[k] : "(set)");
            exit(1);
        }
        free(x);
        free(y);
    }
    free(names);
}

static void put_array(FILE *out, const char *name, const Vec *v, int per_line) {
    fprintf(out, "const uint32_t %s[%zu] = {", name, v->n);
    for (size_t i = 0; i < v->n; i++) {
        if (i % (size_t)per_line == 0) fputs("\n   ", out);
        fprintf(out, " %uu,", v->v[i]);
    }
    fputs("\n};\n", out);
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: rtindex OUT.c IN...\n");
        return 2;
    }
    Buf text;
    buf_init(&text);
    for (int i = 2; i < argc; i++) {
        FILE *in = fopen(argv[i], "rb");
        if (!in) {
            perror(argv[i]);
            return 1;
        }
        char chunk[65536];
        size_t got;
        while ((got = fread(chunk, 1, sizeof chunk, in)) > 0) buf_putn(&text, chunk, got);
        fclose(in);
    }
    size_t len = text.len;
    char *wat = buf_take(&text, NULL);
    if (!wat) wat = "";

    Arena a;
    arena_init(&a);
    RtLib *lib = rtlib_parse(&a, wat, len);
    if (!lib) die("the runtime text is not what src/back/rtlink.c's parser expects");
    if (!lib->exact) die("no tools/rtdeps lists (;; @deps) after the module");
    Index ix;
    build_index(lib, wat, len, &ix);
    RtText view = {wat, len, {ix.header.v, ix.funcs.v, ix.fields.v, ix.data.v, ix.hash.v, ix.lists.v, ix.strings.data}};
    check_same(lib, rtlib_load(&a, &view));

    FILE *out = fopen(argv[1], "wb");
    if (!out) {
        perror(argv[1]);
        return 1;
    }
    fprintf(out, "/* Generated by tools/rtindex.c. Do not edit. */\n#include <stdint.h>\n\n");
    fprintf(out, "const char ml_runtime_wat[] =\n\"");
    int col = 0;
    embed_bytes(out, (const unsigned char *)wat, len, &col);
    fprintf(out, "\";\nconst unsigned long ml_runtime_wat_len = %zuUL;\n\n", len);
    fprintf(out, "/* The index (src/back/rtlink.c, \"index\"): %d functions, %d types, %d globals, %d data segments */\n",
            lib->nfuncs, lib->ntypes, lib->nglobals, lib->ndata);
    put_array(out, "ml_runtime_index_header", &ix.header, IXH_COUNT);
    put_array(out, "ml_runtime_index_funcs", &ix.funcs, IXF_COUNT);
    put_array(out, "ml_runtime_index_fields", &ix.fields, 16);
    put_array(out, "ml_runtime_index_data", &ix.data, IXD_COUNT);
    put_array(out, "ml_runtime_index_hash", &ix.hash, 16);
    put_array(out, "ml_runtime_index_lists", &ix.lists, 16);
    fprintf(out, "const char ml_runtime_index_strings[] =\n\"");
    col = 0;
    embed_bytes(out, (const unsigned char *)ix.strings.data, ix.strings.len, &col);
    fprintf(out, "\";\n");
    if (fclose(out)) {
        remove(argv[1]);
        return 1;
    }
    arena_free(&a);
    return 0;
}
