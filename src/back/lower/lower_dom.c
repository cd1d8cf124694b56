/* The DOM builtins' way back into the module: the page host calls the
 * export __ml_dom_event(id) for each event of a dom_on listener and each
 * timer tick, and rt_dom_event (src/runtime/rt_dom.c) hands the id to
 * _browser.ml's dispatcher, which calls the program's handler. It is a
 * host entry like every export: an exception the handler leaves is
 * reported there with its traceback, and the host carries on. */
#include <string.h>

#include "../../sema/builtins.h"
#include "../export_abi.h"
#include "lower_internal.h"

void g_dom_exports(Gen *g) {
    bool browser = false;
    for (int i = 0; i < g->p->units.len; i++)
        browser |= !strcmp(((const Unit *)g->p->units.items[i])->name, BROWSER_MODULE);
    if (!browser) return; /* the program names no DOM builtin */
    g_rt(g, "rt_dom_event");
    IrFunc *f = g_host_entry(g, ABI_DOM_EVENT, VT_NONE);
    int id = ir_local(f, IRL_PARAM, "id", VT_I32, false);
    ir_call(f, "rt_dom_event");
    ir_get(f, id);
    ir_close(f);
    g_export(g, ABI_DOM_EVENT, ABI_DOM_EVENT);
}
