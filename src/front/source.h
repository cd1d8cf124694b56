/* The front door: from the bytes a caller was given to a program text in
 * one human language. compile, check and translate (src/api.c) all go
 * through source_open, so they accept, reject and detect alike. */
#ifndef ML_SOURCE_H
#define ML_SOURCE_H
#include <stdbool.h>
#include <stddef.h>
#include "diag.h"

/* Turns bytes[0..len) into c->src and decides c->lang:
 *   - the text is copied into c->arena, NUL-terminated; a leading byte order
 *     mark is an encoding mark, not program text: it is dropped (c->bom
 *     records it) so that every stage counts columns from the first
 *     character;
 *   - invalid UTF-8 and NUL bytes are reported at their line and column;
 *   - lang_code, when given, is the language (an unknown code is reported);
 *     otherwise the language is detected from the keywords, and a program
 *     that does not parse in the detected language but parses in English
 *     is English (detection counts words, and a few short names such as
 *     `de`, `i` or `lista` are keywords or builtins somewhere).
 * Returns false after reporting to c; c->lang is then NULL. */
bool source_open(Compiler *c, const char *bytes, size_t len, const char *lang_code);

#endif
