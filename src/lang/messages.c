#include "messages.h"

#include <string.h>

const char *lang_message(const char *code, const char *msgid) {
    if (!code || !msgid) return msgid;
    for (const MsgCatalog *c = ml_msg_catalogs; c->code; c++) {
        if (strcmp(c->code, code) != 0) continue;
        int lo = 0, hi = c->count - 1;
        while (lo <= hi) {
            int mid = lo + (hi - lo) / 2;
            int d = strcmp(msgid, c->entries[mid].id);
            if (d == 0) return c->entries[mid].str;
            if (d < 0) hi = mid - 1;
            else lo = mid + 1;
        }
        return msgid;
    }
    return msgid;
}
