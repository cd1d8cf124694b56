/* The host ABI of a module's exported functions: how each parameter and
 * result of a top-level function crosses the wasm boundary. One table of
 * decisions shared by the export wrappers (wat_exports.c), the manifest
 * and the host shim, so the three always agree. */
#ifndef ML_EXPORT_ABI_H
#define ML_EXPORT_ABI_H
#include "../sema/sema.h"
#include "../util/buf.h"

typedef enum AbiKind {
    ABI_VOID,      /* no result */
    ABI_I64,       /* int */
    ABI_F64,       /* float */
    ABI_BOOL,      /* bool as i32 0/1 */
    ABI_STR,       /* param: (i32 ptr, i32 len) UTF-8; result: i32 address of a str object */
    ABI_F64_ARRAY, /* param: (i32 ptr, i32 len) f64 items -> list (or tuple) of floats */
    ABI_VALUE,     /* param: (i32 ptr, i32 len) a value in the host value
                      encoding (rt_host_value.c) -> any object; its manifest
                      type is a shape (abi_put_param_type) the host follows */
    ABI_TUPLE,     /* result: tuple of numbers, statically `arity` items:
                      out_params (trailing i32 out -> i32 count) and a
                      multi-value twin export */
    ABI_POINTS,    /* result of a point_stream/polyline function: i32 point count */
    ABI_OBJECT,    /* result: i32 address of a runtime object, decoded by
                      the host from the manifest's object layouts */
} AbiKind;

/* How parameter i of f crosses (its inferred type, and its annotation for
 * containers: `list[float]` is a flat array of floats). */
AbiKind abi_param_kind(const Function *f, int i);
/* The manifest's arg_types entry of parameter i: the kind's name, or for
 * ABI_VALUE a shape, the value the host converts:
 *   shape := i64 | f64 | bool | str | bytes | none | any
 *          | list<shape> | tuple<shape> | set<shape> | dict<shape,shape>
 * from the annotation (list[list[float]] -> list<list<f64>>) where it
 * agrees with the inferred type, else from that type (list<any>). */
void abi_put_param_type(Buf *out, const Function *f, int i);
AbiKind abi_result_kind(const Function *f);
/* Items of the tuple every `return` of f builds, or 0 when not one fixed
 * size (then the result is an ABI_OBJECT). */
int abi_tuple_arity(const Function *f);
/* What the questions above read from the functions' bodies, recorded in
 * each Function before the back end frees the tree (TreeChunk): the
 * exports and the manifest are made after the top level is lowered. */
void abi_settle(Program *p);
/* The manifest's name of a kind ("f64", "str", "array<f64>", ...). */
const char *abi_kind_name(AbiKind k);
/* Whether the export needs a wrapper around the function (marshalling). */
bool abi_needs_wrapper(const Function *f);
/* Whether the host needs the module's scratch buffer (__ml_host_buffer). */
bool abi_uses_host_buffer(const Program *p);
/* Whether an export returns an int (the host may need ABI_BIG_INT). */
bool abi_uses_big_int(const Program *p);
/* Top-level functions that are exported (not lambdas, not `_start`/`memory`). */
bool abi_is_exported(const Function *f);

#define ABI_HOST_BUFFER "__ml_host_buffer"
/* an int result beyond 64 bits: the export returns ABI_BIG_INT_SENTINEL,
 * then this export gives the int object (0: the result was the sentinel) */
#define ABI_BIG_INT "__ml_big_int"
#define ABI_BIG_INT_SENTINEL "-9223372036854775808"
/* the page host's call for a DOM event or a timer (lower_dom.c) */
#define ABI_DOM_EVENT "__ml_dom_event"
#define ABI_FLUSH "__ml_flush"
#define ABI_RESET "__ml_reset"
#define ABI_MULTI_VALUE_SUFFIX "_multi_value"
#define ABI_POINT_COUNT_SUFFIX "_point_count"
#define ABI_WRITE_POINTS_SUFFIX "_write_points"

#endif
