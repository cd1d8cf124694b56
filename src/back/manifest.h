/* The ABI manifest (abi_manifest.json), the host shim (host_shim.js) and the
 * renderer template (renderer_template.js) of a module. */
#ifndef ML_MANIFEST_H
#define ML_MANIFEST_H
#include "../sema/sema.h"
#include "../util/buf.h"

/* wasi_imports: const char* names of the WASI functions, and of the env
 * (DOM host) ones, the module imports. */
void manifest_emit(const Program *p, const PtrVec *wasi_imports, const char *target, Buf *out);
/* manifest_json: the text manifest_emit wrote (embedded in the shim). */
void host_shim_emit(const char *manifest_json, Buf *out);
void renderer_emit(const Program *p, Buf *out);

#endif
