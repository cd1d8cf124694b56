/* rtdeps: which static data each runtime function (and each data segment)
 * addresses, read from the relocations wasm-ld keeps with --emit-relocs.
 * src/back/rtlink.c copies a data segment into a module only when a
 * function the module reaches uses it, so hello world does not carry libm's
 * tables. Output (WAT comments, appended to the embedded runtime text):
 *   ;; @deps
 *   ;; @uses FUNC SEGMENT...     data segments FUNC's code addresses
 *   ;; @data SEGMENT SEGMENT...  data segments a segment points into
 * Names are the function and data segment names of the "name" section (as
 * wasm2wat prints them, without '$'). Usage: rtdeps IN.wasm OUT.txt */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    const unsigned char *p, *end;
} Rd;

static void fail(const char *msg) {
    fprintf(stderr, "rtdeps: %s\n", msg);
    exit(1);
}

static uint32_t u8(Rd *r) {
    if (r->p >= r->end) fail("truncated input");
    return *r->p++;
}

static uint64_t uleb(Rd *r) {
    uint64_t v = 0;
    for (int shift = 0;; shift += 7) {
        uint32_t b = u8(r);
        if (shift < 64) v |= (uint64_t)(b & 0x7f) << shift;
        if (!(b & 0x80)) return v;
    }
}

static int64_t sleb(Rd *r) {
    int64_t v = 0;
    int shift = 0;
    uint32_t b;
    do {
        b = u8(r);
        if (shift < 64) v |= (int64_t)((uint64_t)(b & 0x7f) << shift);
        shift += 7;
    } while (b & 0x80);
    if (shift < 64 && (b & 0x40)) v |= -((int64_t)1 << shift);
    return v;
}

static void skip(Rd *r, uint64_t n) {
    if (n > (uint64_t)(r->end - r->p)) fail("truncated input");
    r->p += n;
}

static char *name(Rd *r) {
    uint64_t n = uleb(r);
    if (n > (uint64_t)(r->end - r->p)) fail("truncated name");
    char *s = malloc(n + 1);
    if (!s) fail("out of memory");
    memcpy(s, r->p, n);
    s[n] = 0;
    r->p += n;
    return s;
}

/* ---- what we collect ---- */
static uint32_t nimported_funcs;
static uint32_t nbodies;
static uint32_t *body_start, *body_end; /* offsets in the code payload */
static uint32_t ndata;
static uint32_t *data_start, *data_end; /* contents, offsets in the data payload */
static char **func_names; /* by function index */
static uint32_t nfunc_names;
static char **seg_names; /* by data segment index */
static uint32_t code_section_index, data_section_index, section_count;
static int32_t *sym_segment; /* data symbol -> segment, or -1 */
static uint32_t nsyms;
static unsigned char *uses;       /* nbodies x ndata */
static unsigned char *data_uses;  /* ndata x ndata */

static int is_memory_addr(uint32_t type) {
    switch (type) {
    case 3: case 4: case 5: case 11: case 14: case 15: case 16: case 17: case 21: case 23: case 25: return 1;
    default: return 0;
    }
}

static int has_addend(uint32_t type) { return is_memory_addr(type) || type == 8 || type == 9 || type == 22; }

static void parse_imports(Rd r) {
    uint64_t n = uleb(&r);
    for (uint64_t i = 0; i < n; i++) {
        free(name(&r));
        free(name(&r));
        uint32_t kind = u8(&r);
        switch (kind) {
        case 0: uleb(&r); nimported_funcs++; break;            /* func: type index */
        case 1: u8(&r); { uint32_t f = u8(&r); uleb(&r); if (f & 1) uleb(&r); } break; /* table */
        case 2: { uint32_t f = u8(&r); uleb(&r); if (f & 1) uleb(&r); } break;        /* memory */
        case 3: u8(&r); u8(&r); break;                          /* global */
        case 4: u8(&r); uleb(&r); break;                        /* tag */
        default: fail("unknown import kind");
        }
    }
}

static void parse_code(Rd r, const unsigned char *payload) {
    nbodies = (uint32_t)uleb(&r);
    body_start = calloc(nbodies + 1, sizeof(uint32_t));
    body_end = calloc(nbodies + 1, sizeof(uint32_t));
    for (uint32_t i = 0; i < nbodies; i++) {
        uint64_t size = uleb(&r);
        body_start[i] = (uint32_t)(r.p - payload);
        skip(&r, size);
        body_end[i] = (uint32_t)(r.p - payload);
    }
}

static void parse_data(Rd r, const unsigned char *payload) {
    ndata = (uint32_t)uleb(&r);
    data_start = calloc(ndata + 1, sizeof(uint32_t));
    data_end = calloc(ndata + 1, sizeof(uint32_t));
    for (uint32_t i = 0; i < ndata; i++) {
        uint64_t flags = uleb(&r);
        if (flags == 2) uleb(&r); /* memory index */
        if (flags != 1) {         /* active: offset expression up to `end` */
            for (;;) {
                uint32_t op = u8(&r);
                if (op == 0x0b) break;
                if (op == 0x41 || op == 0x42) sleb(&r);
                else if (op == 0x23) uleb(&r);
                else fail("unexpected data offset expression");
            }
        }
        uint64_t size = uleb(&r);
        data_start[i] = (uint32_t)(r.p - payload);
        skip(&r, size);
        data_end[i] = (uint32_t)(r.p - payload);
    }
}

static void parse_names(Rd r) {
    while (r.p < r.end) {
        uint32_t id = u8(&r);
        uint64_t size = uleb(&r);
        Rd sub = {r.p, r.p + size};
        skip(&r, size);
        if (id != 1 && id != 9) continue; /* function names, data segment names */
        uint64_t n = uleb(&sub);
        for (uint64_t i = 0; i < n; i++) {
            uint32_t idx = (uint32_t)uleb(&sub);
            char *s = name(&sub);
            char ***tab = id == 1 ? &func_names : &seg_names;
            uint32_t cap = id == 1 ? nimported_funcs + nbodies : ndata;
            if (!*tab) *tab = calloc(cap + 1, sizeof(char *));
            if (idx < cap) (*tab)[idx] = s;
            else free(s);
        }
        if (id == 1) nfunc_names = nimported_funcs + nbodies;
    }
}

static void parse_linking(Rd r) {
    if (uleb(&r) != 2) fail("unsupported linking section version");
    while (r.p < r.end) {
        uint32_t type = u8(&r);
        uint64_t size = uleb(&r);
        Rd sub = {r.p, r.p + size};
        skip(&r, size);
        if (type != 8) continue; /* WASM_SYMBOL_TABLE */
        nsyms = (uint32_t)uleb(&sub);
        sym_segment = malloc(sizeof(int32_t) * (nsyms + 1));
        for (uint32_t i = 0; i < nsyms; i++) {
            uint32_t kind = u8(&sub);
            uint64_t flags = uleb(&sub);
            sym_segment[i] = -1;
            int undefined = (flags & 0x10) != 0, explicit_name = (flags & 0x40) != 0;
            if (kind == 1) { /* data */
                free(name(&sub));
                if (!undefined) {
                    sym_segment[i] = (int32_t)uleb(&sub);
                    uleb(&sub);
                    uleb(&sub);
                }
            } else if (kind == 3) { /* section */
                uleb(&sub);
            } else { /* function, global, tag, table */
                uleb(&sub);
                if (!undefined || explicit_name) free(name(&sub));
            }
        }
    }
}

static void parse_relocs(Rd r) {
    uint32_t target = (uint32_t)uleb(&r);
    uint64_t n = uleb(&r);
    for (uint64_t i = 0; i < n; i++) {
        uint32_t type = u8(&r);
        uint32_t offset = (uint32_t)uleb(&r);
        uint32_t sym = (uint32_t)uleb(&r);
        if (has_addend(type)) sleb(&r);
        if (!is_memory_addr(type)) continue;
        if (sym >= nsyms) fail("relocation symbol out of range");
        int32_t seg = sym_segment[sym];
        if (seg < 0 || (uint32_t)seg >= ndata) continue; /* zero-initialized: not emitted */
        if (target == code_section_index) {
            for (uint32_t b = 0; b < nbodies; b++)
                if (offset >= body_start[b] && offset < body_end[b]) uses[(size_t)b * ndata + (uint32_t)seg] = 1;
        } else if (target == data_section_index) {
            for (uint32_t d = 0; d < ndata; d++)
                if (offset >= data_start[d] && offset < data_end[d]) data_uses[(size_t)d * ndata + (uint32_t)seg] = 1;
        }
    }
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: rtdeps IN.wasm OUT.txt\n");
        return 2;
    }
    FILE *f = fopen(argv[1], "rb");
    if (!f) {
        perror(argv[1]);
        return 1;
    }
    fseek(f, 0, SEEK_END);
    long len = ftell(f);
    fseek(f, 0, SEEK_SET);
    unsigned char *buf = malloc((size_t)len + 1);
    if (!buf || fread(buf, 1, (size_t)len, f) != (size_t)len) fail("cannot read input");
    fclose(f);
    if (len < 8 || memcmp(buf, "\0asm", 4)) fail("not a wasm module");

    /* pass 1: sections by kind; custom sections are parsed after the
     * standard ones they describe */
    enum { MAXSEC = 64 };
    Rd secs[MAXSEC];
    const char *sec_names[MAXSEC];
    uint32_t sec_ids[MAXSEC];
    Rd r = {buf + 8, buf + len};
    while (r.p < r.end) {
        uint32_t id = u8(&r);
        uint64_t size = uleb(&r);
        Rd s = {r.p, r.p + size};
        skip(&r, size);
        if (section_count >= MAXSEC) fail("too many sections");
        sec_ids[section_count] = id;
        sec_names[section_count] = NULL;
        if (id == 0) {
            Rd c = s;
            sec_names[section_count] = name(&c);
            s.p = c.p;
        }
        secs[section_count++] = s;
    }
    for (uint32_t i = 0; i < section_count; i++) {
        if (sec_ids[i] == 2) parse_imports(secs[i]);
        if (sec_ids[i] == 10) code_section_index = i, parse_code(secs[i], secs[i].p);
        if (sec_ids[i] == 11) data_section_index = i, parse_data(secs[i], secs[i].p);
    }
    uses = calloc((size_t)nbodies * ndata + 1, 1);
    data_uses = calloc((size_t)ndata * ndata + 1, 1);
    int have_linking = 0;
    for (uint32_t i = 0; i < section_count; i++) {
        if (!sec_names[i]) continue;
        if (!strcmp(sec_names[i], "name")) parse_names(secs[i]);
        if (!strcmp(sec_names[i], "linking")) parse_linking(secs[i]), have_linking = 1;
    }
    if (!have_linking) fail("no linking section: link with --emit-relocs");
    if (!func_names || (ndata && !seg_names)) fail("no function or data segment names");
    for (uint32_t i = 0; i < section_count; i++)
        if (sec_names[i] && !strncmp(sec_names[i], "reloc.", 6)) parse_relocs(secs[i]);

    FILE *out = fopen(argv[2], "wb");
    if (!out) {
        perror(argv[2]);
        return 1;
    }
    fprintf(out, ";; @deps\n");
    for (uint32_t b = 0; b < nbodies; b++) {
        const char *fn = func_names[nimported_funcs + b];
        int any = 0;
        for (uint32_t d = 0; d < ndata; d++) {
            if (!uses[(size_t)b * ndata + d]) continue;
            if (!fn || !seg_names[d]) fail("unnamed function or data segment");
            if (!any) fprintf(out, ";; @uses %s", fn), any = 1;
            fprintf(out, " %s", seg_names[d]);
        }
        if (any) fputc('\n', out);
    }
    for (uint32_t s = 0; s < ndata; s++) {
        int any = 0;
        for (uint32_t d = 0; d < ndata; d++) {
            if (!data_uses[(size_t)s * ndata + d] || d == s) continue;
            if (!any) fprintf(out, ";; @data %s", seg_names[s]), any = 1;
            fprintf(out, " %s", seg_names[d]);
        }
        if (any) fputc('\n', out);
    }
    return fclose(out) ? 1 : 0;
}
