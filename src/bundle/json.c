#include "bundle/json.h"

#include <string.h>

void json_init(JsonWriter *w, Buf *out) {
    memset(w, 0, sizeof *w);
    w->out = out;
}

static void indent(JsonWriter *w) {
    buf_putc(w->out, '\n');
    for (int i = 0; i < w->depth; i++) buf_puts(w->out, "  ");
}

/* Separator and indentation before a value or a key. */
static void before_item(JsonWriter *w) {
    if (w->after_key) { /* value of a key: already placed */
        w->after_key = false;
        return;
    }
    if (w->depth == 0) return;
    int top = w->depth - 1;
    if (top < JSON_MAX_DEPTH) {
        if (w->has_items[top]) buf_putc(w->out, ',');
        w->has_items[top] = true;
    }
    indent(w);
}

static void begin(JsonWriter *w, char open) {
    before_item(w);
    buf_putc(w->out, open);
    if (w->depth < JSON_MAX_DEPTH) w->has_items[w->depth] = false;
    w->depth++;
}

static void end(JsonWriter *w, char close) {
    if (w->depth == 0) return;
    w->depth--;
    if (w->depth < JSON_MAX_DEPTH && w->has_items[w->depth]) indent(w);
    buf_putc(w->out, close);
}

void json_object_begin(JsonWriter *w) { begin(w, '{'); }
void json_object_end(JsonWriter *w) { end(w, '}'); }
void json_array_begin(JsonWriter *w) { begin(w, '['); }
void json_array_end(JsonWriter *w) { end(w, ']'); }

void json_key(JsonWriter *w, const char *key) {
    before_item(w);
    buf_put_json_string(w->out, key, strlen(key));
    buf_puts(w->out, ": ");
    w->after_key = true;
}

void json_string_n(JsonWriter *w, const char *s, size_t n) {
    before_item(w);
    buf_put_json_string(w->out, s, n);
}

void json_string(JsonWriter *w, const char *s) { json_string_n(w, s, strlen(s)); }

void json_int(JsonWriter *w, long long v) {
    before_item(w);
    buf_printf(w->out, "%lld", v);
}

void json_uint(JsonWriter *w, unsigned long long v) {
    before_item(w);
    buf_printf(w->out, "%llu", v);
}

void json_bool(JsonWriter *w, bool v) {
    before_item(w);
    buf_puts(w->out, v ? "true" : "false");
}

void json_null(JsonWriter *w) {
    before_item(w);
    buf_puts(w->out, "null");
}

void json_key_string(JsonWriter *w, const char *key, const char *s) {
    json_key(w, key);
    json_string(w, s);
}

void json_key_int(JsonWriter *w, const char *key, long long v) {
    json_key(w, key);
    json_int(w, v);
}

void json_key_uint(JsonWriter *w, const char *key, unsigned long long v) {
    json_key(w, key);
    json_uint(w, v);
}

void json_key_bool(JsonWriter *w, const char *key, bool v) {
    json_key(w, key);
    json_bool(w, v);
}

void json_finish(JsonWriter *w) { buf_putc(w->out, '\n'); }
