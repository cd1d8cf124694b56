/* The private C module _dom under src/stdlib/_browser.ml (the DOM builtins
 * of --wasm-target browser): each function is one call of the page's host
 * through an "env" import, so a module imports exactly the host functions
 * its program reaches (abi_manifest.json's required_host_imports).
 *
 * What crosses: elements as handles (i32) of the host's table, never the
 * DOM itself; strings as UTF-8 (ptr, len) into the host, and out of it in
 * two steps: the host returns the byte length of its result (-1: none) and
 * keeps the bytes until dom_take copies them into a str made that long.
 *
 * Events and timers come back through the module's export __ml_dom_event
 * (src/back/lower/lower_dom.c), which calls rt_dom_event: _browser.ml's
 * dispatcher, registered by the first dom_on or timer, finds the handler.
 *
 * A handle is an element's number (>= 0), -1 for none; -2 answers what
 * the page refuses (a selector, a tag, attribute or class name, an element
 * put inside itself): _browser.ml raises ValueError. _browser.ml passes
 * only str and the handles of elements in use. */
#include "rt_dom_host.h"
#include "rt_obj.h"

/* what dom_set and dom_read read or write (the host's table, dom.mjs) */
enum { WHAT_TEXT = 0, WHAT_HTML = 1, WHAT_VALUE = 2, WHAT_DESCRIBE = 3 };
/* the fields of the event being dispatched (dom_event) */
enum { EVENT_TYPE = 0, EVENT_VALUE = 1, EVENT_KEY = 2, EVENT_TARGET = 3 };

/* _browser.ml passes only str and int: anything else is its bug, but a
 * TypeError says so rather than reading a wrong layout */
static RtStr *text(RtObj *o) {
    if (RT_OBJ_TYPE(o) == RT_TYPE_STR) return (RtStr *)o;
    rt_raise_fmt(RT_EXC_TYPE, "expected str, not %T", o);
    return 0;
}

static int32_t handle(RtObj *o) { return (int32_t)rt_unbox_int(o); }
static RtObj *handles(int32_t n);

/* The host's pending result of byte length n as a str; None when n < 0. */
static RtObj *take(int32_t n) {
    if (n < 0) return RT_NONE;
    RtStr *s = rt_str_alloc((uint32_t)n);
    rt_host_dom_take(s->data);
    s->cp_len = rt_utf8_count(s->data, (uint32_t)n);
    return (RtObj *)s;
}

int64_t rt_dom_get(RtObj *id) {
    RtStr *s = text(id);
    return s ? rt_host_dom_get(s->data, s->byte_len) : -1;
}

int64_t rt_dom_query(RtObj *sel) {
    RtStr *s = text(sel);
    return s ? rt_host_dom_query(s->data, s->byte_len) : -1;
}

/* the handles of every match, in document order: a list of ints; None
 * for a selector the page refuses */
RtObj *rt_dom_query_all(RtObj *sel) {
    RtStr *s = text(sel);
    if (!s) return 0;
    return handles(rt_host_dom_query_all(s->data, s->byte_len));
}

/* The host's pending list of n handles as a list of ints; None when n < 0. */
static RtObj *handles(int32_t n) {
    if (n < 0) return RT_NONE;
    RtObj *out = rt_list_new(n);
    if (n == 0) return out;
    RtStr *scratch = rt_str_alloc((uint32_t)n * 4u); /* a GC object like any other: the handles, i32 each */
    rt_host_dom_take(scratch->data);
    for (int32_t i = 0; i < n; i++) {
        int32_t h;
        rt_memcpy(&h, scratch->data + 4 * i, 4);
        rt_list_append(out, rt_box_int(h));
    }
    return out;
}

int64_t rt_dom_create(RtObj *tag) {
    RtStr *s = text(tag);
    return s ? rt_host_dom_create(s->data, s->byte_len) : -1;
}

static void set(RtObj *h, int32_t what, RtObj *value) {
    RtStr *s = text(value);
    if (s) rt_host_dom_set(handle(h), what, s->data, s->byte_len);
}
void rt_dom_set_text(RtObj *h, RtObj *s) { set(h, WHAT_TEXT, s); }
void rt_dom_set_html(RtObj *h, RtObj *s) { set(h, WHAT_HTML, s); }
void rt_dom_set_value(RtObj *h, RtObj *s) { set(h, WHAT_VALUE, s); }

RtObj *rt_dom_read_text(RtObj *h) { return take(rt_host_dom_read(handle(h), WHAT_TEXT)); }
RtObj *rt_dom_read_html(RtObj *h) { return take(rt_host_dom_read(handle(h), WHAT_HTML)); }
RtObj *rt_dom_read_value(RtObj *h) { return take(rt_host_dom_read(handle(h), WHAT_VALUE)); }
/* "div#id" (the tag in lower case, then the id if it has one): repr's */
RtObj *rt_dom_describe(RtObj *h) { return take(rt_host_dom_read(handle(h), WHAT_DESCRIBE)); }

/* 0, or -2 for a name the page refuses */
int64_t rt_dom_set_attr(RtObj *h, RtObj *name, RtObj *value) {
    RtStr *n = text(name), *v = n ? text(value) : 0;
    return v ? rt_host_dom_set_attr(handle(h), n->data, n->byte_len, v->data, v->byte_len) : 0;
}

/* the attribute's value, or None when the element has none */
RtObj *rt_dom_get_attr(RtObj *h, RtObj *name) {
    RtStr *n = text(name);
    return n ? take(rt_host_dom_get_attr(handle(h), n->data, n->byte_len)) : 0;
}

void rt_dom_style(RtObj *h, RtObj *prop, RtObj *value) {
    RtStr *p = text(prop), *v = p ? text(value) : 0;
    if (v) rt_host_dom_style(handle(h), p->data, p->byte_len, v->data, v->byte_len);
}

/* adds the class (on true) or removes it: 0, or -2 for a class name the
 * page refuses (empty, or with a space) */
int64_t rt_dom_class(RtObj *h, RtObj *cls, RtObj *on) {
    RtStr *c = text(cls);
    return c ? rt_host_dom_class(handle(h), c->data, c->byte_len, rt_truthy(on)) : 0;
}

/* 0, or -2 when the page refuses (an element into itself or its child) */
int64_t rt_dom_append(RtObj *parent, RtObj *child) { return rt_host_dom_append(handle(parent), handle(child)); }

/* out of the page, its listeners and those of the elements inside it
 * removed, their handles released: the released handles, a list */
RtObj *rt_dom_remove(RtObj *h) { return handles(rt_host_dom_remove(handle(h))); }

/* The id the host gives the listener of this event on this element: the
 * same id again for the same pair (a new handler replaces the old one). */
int64_t rt_dom_listen(RtObj *h, RtObj *event) {
    RtStr *e = text(event);
    return e ? rt_host_dom_listen(handle(h), e->data, e->byte_len) : -1;
}

/* a timer firing after ms milliseconds (repeat: every ms): its id */
int64_t rt_dom_timer(RtObj *ms, RtObj *repeat) {
    return rt_host_dom_timer(rt_unbox_float(ms), rt_truthy(repeat));
}

/* a listener's or a timer's id: never called back again */
void rt_dom_cancel(RtObj *id) { rt_host_dom_cancel(handle(id)); }

/* The event being dispatched: its type, its target's value (None when the
 * target has none), the key of a keyboard event (else None), its target's
 * handle (-1: none). */
RtObj *rt_dom_event_type(void) { return take(rt_host_dom_event(EVENT_TYPE)); }
RtObj *rt_dom_event_value(void) { return take(rt_host_dom_event(EVENT_VALUE)); }
RtObj *rt_dom_event_key(void) { return take(rt_host_dom_event(EVENT_KEY)); }
int64_t rt_dom_event_target(void) { return rt_host_dom_event(EVENT_TARGET); }

/* _browser.ml's dispatcher, a GC root once set: called with a listener's
 * or timer's id. */
static RtObj *dispatcher[1];

void rt_dom_set_dispatcher(RtObj *f) {
    if (!dispatcher[0]) rt_gc_add_root_range(dispatcher, 1);
    dispatcher[0] = f;
}

/* The host's call for an event or a timer (export __ml_dom_event): an
 * exception the handler leaves is the export's to report. */
void rt_dom_event(int32_t id) {
    if (!dispatcher[0]) return;
    RtObj *args = rt_tuple_new(1);
    rt_tuple_set(args, 0, rt_box_int(id));
    rt_call_object(dispatcher[0], args);
}
