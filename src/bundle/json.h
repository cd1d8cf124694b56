/* Tiny deterministic JSON writer over Buf. Output looks like Python's
 * json.dumps(value, indent=2, sort_keys=True) + "\n" for the values it
 * supports (objects, arrays, strings, integers, booleans, null): 2-space
 * indentation, ": " after keys, empty containers as {} and [], non-ASCII
 * UTF-8 written as is (not \u-escaped). Keys are written in the order given;
 * callers pass them sorted (byte order). */
#ifndef ML_JSON_H
#define ML_JSON_H
#include <stdbool.h>
#include <stddef.h>

#include "util/buf.h"

#define JSON_MAX_DEPTH 64

typedef struct JsonWriter {
    Buf *out;
    int depth;                         /* open containers */
    bool has_items[JSON_MAX_DEPTH];    /* per open container */
    bool after_key;                    /* a key was written, value pending */
} JsonWriter;

void json_init(JsonWriter *w, Buf *out);
void json_object_begin(JsonWriter *w);
void json_object_end(JsonWriter *w);
void json_array_begin(JsonWriter *w);
void json_array_end(JsonWriter *w);
/* Inside an object: the key of the next value. */
void json_key(JsonWriter *w, const char *key);
void json_string(JsonWriter *w, const char *s);
void json_string_n(JsonWriter *w, const char *s, size_t n);
void json_int(JsonWriter *w, long long v);
void json_uint(JsonWriter *w, unsigned long long v);
void json_bool(JsonWriter *w, bool v);
void json_null(JsonWriter *w);
/* Shorthands for `json_key` followed by a value. */
void json_key_string(JsonWriter *w, const char *key, const char *s);
void json_key_int(JsonWriter *w, const char *key, long long v);
void json_key_uint(JsonWriter *w, const char *key, unsigned long long v);
void json_key_bool(JsonWriter *w, const char *key, bool v);
/* Ends the document: appends the final "\n". */
void json_finish(JsonWriter *w);

#endif
