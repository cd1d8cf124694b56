#include "source.h"

#include <string.h>

#include "../util/utf8.h"
#include "detect.h"
#include "lexer.h"
#include "parser.h"
#include "position.h"

static const char BOM[] = "\xEF\xBB\xBF";

/* Does c's text lex and parse without error in lang? The trial reports
 * into a private arena and list, which are thrown away. */
static bool parses_in(const Compiler *c, const LangPack *lang) {
    Arena arena;
    arena_init(&arena);
    Compiler trial = *c;
    trial.arena = &arena;
    trial.lang = lang;
    trial.diags = (PtrVec){0};
    bool ok = parse_source(&trial) != NULL;
    arena_free(&arena);
    return ok;
}

static const LangPack *decide_language(const Compiler *c) {
    const LangPack *detected = detect_language(c->src, c->src_len);
    const LangPack *en = lang_find("en");
    if (detected != en && !parses_in(c, detected) && parses_in(c, en)) return en;
    return detected;
}

bool source_open(Compiler *c, const char *bytes, size_t len, const char *lang_code) {
    c->lang = NULL;
    c->bom = len >= 3 && memcmp(bytes, BOM, 3) == 0;
    if (c->bom) bytes += 3, len -= 3;
    char *text = arena_alloc(c->arena, len + 1);
    if (len) memcpy(text, bytes, len);
    c->src = text;
    c->src_len = len;

    int line, col;
    long bad = utf8_validate(text, len);
    if (bad >= 0) {
        /* Most often a file saved as Latin-1 or Windows-1252. */
        position_of(c->src, c->src_len, (size_t)bad, &line, &col);
        diag_error(c, line, col, "source is not valid UTF-8 (byte 0x%02x); save the file as UTF-8",
                   (unsigned char)text[bad]);
        return false;
    }
    const char *nul = memchr(text, 0, len);
    if (nul) {
        position_of(c->src, c->src_len, (size_t)(nul - text), &line, &col);
        diag_error(c, line, col, "source contains a NUL byte");
        return false;
    }
    if (lang_code) {
        c->lang = lang_find(lang_code);
        if (!c->lang) diag_error(c, 0, 0, "unknown language '%s'", lang_code);
        return c->lang != NULL;
    }
    c->lang = decide_language(c);
    return true;
}
