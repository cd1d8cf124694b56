/* The page host's functions the DOM builtins import (module "env"; the
 * host is shim/dom.mjs, the manifest's table src/back/manifest.c), for
 * rt_dom.c and for the native runtime tests' stand-ins
 * (tests/unit/rt_native_stubs.h). Handles, lengths and statuses: see
 * rt_dom.c. */
#ifndef ML_RT_DOM_HOST_H
#define ML_RT_DOM_HOST_H
#include "rt_internal.h"

RT_IMPORT_ENV(dom_get) int32_t rt_host_dom_get(const char *id, uint32_t n);
RT_IMPORT_ENV(dom_query) int32_t rt_host_dom_query(const char *sel, uint32_t n);
RT_IMPORT_ENV(dom_query_all) int32_t rt_host_dom_query_all(const char *sel, uint32_t n);
RT_IMPORT_ENV(dom_create) int32_t rt_host_dom_create(const char *tag, uint32_t n);
RT_IMPORT_ENV(dom_set) void rt_host_dom_set(int32_t h, int32_t what, const char *s, uint32_t n);
RT_IMPORT_ENV(dom_read) int32_t rt_host_dom_read(int32_t h, int32_t what);
RT_IMPORT_ENV(dom_set_attr) int32_t rt_host_dom_set_attr(int32_t h, const char *name, uint32_t nlen, const char *v,
                                                         uint32_t vlen);
RT_IMPORT_ENV(dom_get_attr) int32_t rt_host_dom_get_attr(int32_t h, const char *name, uint32_t nlen);
RT_IMPORT_ENV(dom_style) void rt_host_dom_style(int32_t h, const char *p, uint32_t plen, const char *v, uint32_t vlen);
RT_IMPORT_ENV(dom_class) int32_t rt_host_dom_class(int32_t h, const char *c, uint32_t n, int32_t on);
RT_IMPORT_ENV(dom_append) int32_t rt_host_dom_append(int32_t parent, int32_t child);
RT_IMPORT_ENV(dom_remove) int32_t rt_host_dom_remove(int32_t h);
RT_IMPORT_ENV(dom_listen) int32_t rt_host_dom_listen(int32_t h, const char *ev, uint32_t n);
RT_IMPORT_ENV(dom_timer) int32_t rt_host_dom_timer(double ms, int32_t repeat);
RT_IMPORT_ENV(dom_cancel) void rt_host_dom_cancel(int32_t id);
RT_IMPORT_ENV(dom_event) int32_t rt_host_dom_event(int32_t field);
RT_IMPORT_ENV(dom_take) void rt_host_dom_take(char *dst);

#endif
