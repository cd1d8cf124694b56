/* The lowered form of a function: its locals (parameters, variables,
 * temporaries, bound flags, the GC frame pointer) and its body as a tree
 * of WebAssembly instructions in folded form (an instruction's children
 * are its operands, a block's children its body). The lowering (src/back/
 * lower) builds it, the frame pass (ir_frame.c) expands the GC pseudo
 * instructions once the frame is known, the printer (ir_print.c) writes
 * WAT text. Nothing edits text after it is printed.
 *
 * Building mirrors the folded text: ir_open() starts a node whose operands
 * follow, ir_close() ends it; leaves are added and closed at once. */
#ifndef ML_IR_H
#define ML_IR_H
#include <stdbool.h>
#include <stdint.h>

#include "../../util/arena.h"
#include "../../util/buf.h"

/* packed: one byte (IrIns below) */
typedef enum __attribute__((packed)) IrOp {
#define IR_OP(id, text, shape) IR_##id,
#include "ir_ops.def"
#undef IR_OP
    IR_OP_COUNT
} IrOp;

typedef enum IrShape {
    IRS_PLAIN, IRS_CONST, IRS_LOCAL, IRS_GLOBAL, IRS_CALL, IRS_INDIRECT, IRS_MEM, IRS_BLOCK, IRS_ARM, IRS_BR, IRS_PSEUDO
} IrShape;

typedef enum __attribute__((packed)) ValType { VT_NONE = 0, VT_I32, VT_I64, VT_F64 } ValType;

/* A label: its role letter (b break, c continue, d done, l loop, m match,
 * f fail ...) and number, printed $b3. */
typedef struct IrLabel {
    char role;
    int n;
} IrLabel;

typedef struct IrIns IrIns;
/* 48 bytes (the arena's 16-byte granule, three of them): a 200,000-line
 * module's top-level code is millions of these, all alive until its
 * function is printed. */
struct IrIns {
    IrOp op;
    ValType result;      /* BLOCK, LOOP, IF */
    IrLabel label;       /* BLOCK, LOOP; BR, BR_IF: the target; POLL: n = 1 at entry */
    IrIns *next;         /* next sibling */
    IrIns *kids, *last;  /* children: operands, or a block's body */
    union {
        int32_t i32;
        const int *live;  /* PUBLISH, POLL: the int temporaries in use there, -1 ended */
        int64_t i64;
        double f64;
        int local;        /* LOCAL_*: index in IrFunc.locals */
        const char *name; /* CALL, GLOBAL_*: WAT name without '$' */
        uint32_t offset;  /* loads and stores */
        int nparams;      /* CALL_INDIRECT */
    } u;
};
_Static_assert(sizeof(void *) != 8 || sizeof(IrIns) == 48, "IrIns: three 16-byte arena granules");

typedef enum IrLocalKind {
    /* declaration order (wasm numbers locals in it): */
    IRL_PARAM, IRL_VAR, IRL_TEMP, IRL_FLAG, IRL_FRAME, IRL_KIND_COUNT
} IrLocalKind;

typedef struct IrLocal {
    const char *name; /* WAT name without '$' */
    ValType type;
    IrLocalKind kind;
    bool object;      /* holds a GC reference: it gets a frame slot */
    bool busy;        /* a temporary in use */
    bool defined;     /* ... and assigned since it was taken (a local.set of
                         it was completed): what the lowering's publishes
                         consider live */
} IrLocal;

/* The engines' limits on one function (V8's, which Node and Chromium
 * enforce at instantiation; wabt accepts more): a function beyond them
 * would compile and then fail to load, so lowering reports them. */
#define IR_MAX_PARAMS 1000
#define IR_MAX_LOCALS 50000

/* What a callee does about exceptions (IrFunc.may_raise). */
typedef enum IrRaises {
    IR_RAISES_NEVER,  /* no check after the call */
    IR_RAISES_MAYBE,  /* EXC_CHECK: test the pending exception */
    IR_RAISES_ALWAYS  /* EXC_RAISED: one is pending, no test */
} IrRaises;

typedef struct IrFunc {
    const char *name;     /* WAT name without '$' */
    IrLocal *locals;
    int nlocals, caplocals;
    int ntemps;           /* temporaries are named t0, t1 ... */
    ValType result;       /* the result, VT_NONE for none ... */
    int nresults;         /* ... or, when > 1, this many f64 (multi-value) */
    IrIns *body;          /* a BLOCK-like root whose children are the body */
    IrIns **open;         /* the builder's open nodes, innermost last */
    int nopen, capopen;
    bool polls;           /* handles objects: polls the collector */
    const char *source_name; /* the def it lowers (for diagnostics), or NULL */
    int line, col;        /* where that def is */
    int frame;            /* local index of the frame pointer, or -1 */
    int nslots;           /* frame slots (set by the frame pass) */
    Arena *arena;
    /* Exceptions (see "Exceptions" in rt_abi.h): a call that may raise is
     * followed by an EXC_CHECK, added by ir_close, which tests the
     * runtime's pending exception and branches to the innermost handler
     * (catch) or to the function's unwind path: the body sits in a block
     * $u0 after which the frame is popped and a zero result returned. */
    IrRaises (*may_raise)(const char *callee, void *user); /* NULL: no checks */
    void *may_raise_user;
    IrLabel catch_to;     /* where checks branch now ($u0 by default) */
    /* the traceback site of the code being built: a key the lowering
     * resolves (site_of) only when a check needs it; NULL: none */
    const void *site_key;
    uint32_t (*site_of)(const void *key, void *user);
    bool unwinds;         /* some check branches to $u0 */
    bool traces;          /* some check adds a traceback site */
    const char *unwind_call; /* called on the unwind path (host entries
                                report the exception there), or NULL */
    bool counted;         /* a Python function: FRAME_PUSH and POP count
                             it against the recursion limit */
    int depth;            /* counted: the local of its depth (what its
                             callees' depth is one more than), or -1 until
                             made (ir_depth_local) */
    bool depth_param;     /* ... that local is a parameter its callers
                             pass (only direct calls reach it): no load */
    bool depth_published; /* ... and it stores its depth in the cell for
                             the code it calls that reads it there, putting
                             back the cell's value on the way out */
    bool held;            /* the collector never runs while it runs (the
                             runtime holds it): no frame, no polls */
    int gc_points;        /* publishes and loop polls the lowering placed */
    int loop_poll_points; /* ... of which loop polls */
    bool loop_polls;      /* it may make big ints: its loops poll (every
                             1024th iteration when nothing else polls) */
} IrFunc;

/* ---- functions and locals ---- */
IrFunc *ir_func_new(Arena *a, const char *name, ValType result);
/* Adds a local (IRL_TEMP: use ir_temp); returns its index. */
int ir_local(IrFunc *f, IrLocalKind kind, const char *name, ValType type, bool object);
/* A free temporary of that type and GC kind (reused once released). */
int ir_temp(IrFunc *f, ValType type, bool object);
void ir_release(IrFunc *f, int local);
/* How many locals are declared (for the engine limit). */
int ir_local_count(const IrFunc *f);

/* ---- building ---- */
/* A node of op, added to the innermost open node, then opened: what is
 * added next are its children until ir_close. */
IrIns *ir_open(IrFunc *f, IrOp op);
void ir_close(IrFunc *f);
/* A node added and closed at once. */
IrIns *ir_leaf(IrFunc *f, IrOp op);
int ir_depth(const IrFunc *f); /* open nodes (for assertions) */

/* Shorthands. */
void ir_i32(IrFunc *f, int32_t v);
void ir_i64(IrFunc *f, int64_t v);
void ir_f64(IrFunc *f, double v);
void ir_get(IrFunc *f, int local);
void ir_set(IrFunc *f, int local);   /* opens */
void ir_tee(IrFunc *f, int local);   /* opens */
void ir_gget(IrFunc *f, const char *global);
void ir_gset(IrFunc *f, const char *global); /* opens */
void ir_call(IrFunc *f, const char *fn);     /* opens */
void ir_load(IrFunc *f, IrOp op, uint32_t offset);  /* opens */
/* (i32.load (i32.const addr)): a cell of static data (closed) */
void ir_load_i32_at(IrFunc *f, uint32_t addr);
void ir_store(IrFunc *f, IrOp op, uint32_t offset); /* opens */
void ir_block(IrFunc *f, ValType result, char role, int n); /* opens */
void ir_loop(IrFunc *f, char role, int n);                  /* opens */
void ir_if(IrFunc *f, ValType result); /* opens; then the condition, ir_then ... */
void ir_br(IrFunc *f, char role, int n);
void ir_br_if(IrFunc *f, char role, int n); /* opens: the condition follows */

/* A counted function's depth local (made on first use). */
int ir_depth_local(IrFunc *f);

/* CPython's default recursion limit (sys.getrecursionlimit()): calls
 * nested deeper raise RecursionError. The depth lives in a cell of static
 * data (IrCells.depth: one load from memory is cheaper than a global's
 * access in V8), the limit in the next cell (IrCells.limit), which
 * sys.setrecursionlimit writes (rt_sys.c). The limit is loaded at each
 * check, not folded into the depth: a function's exit puts back the depth
 * it found, which would undo a new limit set by a call inside it.
 * A function only called directly takes its depth as a parameter instead
 * (IrFunc.depth_param): a call then stores nothing, unless the function
 * calls code that reads the cell (IrFunc.depth_published). */
#define IR_RECURSION_LIMIT 1000
/* The module's frame (<module>) is always there: the depth starts at 1 and
 * __main does not count itself (it cannot pass the limit), so a program
 * that calls no function links no RecursionError. */
#define IR_DEPTH_BASE 1

/* The unwind label: checks outside any handler branch there. */
#define IR_UNWIND_ROLE 'u'
/* Ends the body: closes the unwind block, and adds the unwind path when
 * some check uses it (the body then returns at its end). */
void ir_finish(IrFunc *f);
/* Zeros of the function's result types (what an unwinding return gives). */
void ir_zero_results(IrFunc *f);

/* A placeholder: an empty block (no label, no result: printed as its
 * contents) that the lowering fills once it knows what goes there (a
 * generator's saves, once all its locals are known). Between fill_begin
 * and fill_end the builder adds to it; fill_end restores the builder. */
IrIns *ir_placeholder(IrFunc *f);
typedef struct IrFill {
    IrIns **open;
    int nopen, capopen;
    IrIns *stack[16];
} IrFill;
void ir_fill_begin(IrFunc *f, IrIns *node, IrFill *save);
void ir_fill_end(IrFunc *f, IrFill *save);

/* ---- passes and printing ---- */
/* Whether some call of the body (CALL or CALL_INDIRECT, before the frame
 * pass adds its own) satisfies pred. */
bool ir_any_call(const IrFunc *f, bool (*pred)(const IrIns *call, void *user), void *user);

/* What the GC pseudo instructions become (ir_frame.c). */
typedef struct IrRoots {
    const char *const *globals; /* object-typed and int globals, mirrored ... */
    const uint32_t *addrs;      /* ... into these static slots at each poll */
    const bool *ints;           /* an int global (i64: its big int, or 0) */
    int nglobals;
} IrRoots;
/* Expands FRAME_PUSH, PUBLISH, POLL, POP once the function's frame is
 * known: its object locals and temporaries, in declaration order; and
 * EXC_CHECK and the depth count, given the addresses of their cells. Returns
 * whether the function uses the collector (then the caller links
 * rt_gc_poll, and rt_gc_frame_push/pop when f->frame >= 0). */
typedef struct IrCells {
    uint32_t exc;   /* the runtime's pending exception */
    uint32_t depth; /* the recursion depth (see IR_RECURSION_LIMIT) */
    uint32_t limit; /* the recursion limit, the cell after depth's */
    uint32_t polls; /* loop iterations counted by the polls of functions
                       that poll for their big ints only */
    uint32_t budget; /* whether to collect at a poll: the runtime's
                        rt_gc_budget is negative (loaded inline); 0: call `due` */
    const char *due; /* ... the stress test's rt_gc_due_stress
                        (MlOptions.gc_stress), or rt_gc_due */
    uint32_t shadow; /* the runtime's rt_gc_shadow (the shadow stack's top,
                        then its end): frames are pushed and popped inline;
                        0: calls of rt_gc_frame_push and _pop */
} IrCells;
/* Frames of more slots are pushed by a call (the inline push zeroes each
 * slot with a store of its own). */
#define IR_INLINE_FRAME_SLOTS 16
bool ir_frame(IrFunc *f, const IrRoots *roots, const IrCells *cells);
/* The locals each PUBLISH and POLL must store, in tree order: those that
 * may have changed since the last publish (ir_dirty.c); a bit per local
 * index. Returns false (and no sets) when it cannot tell: store them all. */
typedef struct IrDirty {
    uint64_t **sets;
    int n;
} IrDirty;
bool ir_dirty_sets(IrFunc *f, IrDirty *out);
/* Whether a publish stores local i when it changed (ir_frame.c): every
 * object local, and the int locals live there. */
bool ir_publish_stores(const IrFunc *f, const IrIns *publish, int i);
/* The body of the function every poll calls (when a collection is due)
 * to mirror the globals into their root slots, once per module. */
#define IR_MIRROR_ROOTS "__ml_mirror_roots"
/* The stores of roots->globals[from..to) (a program's many globals are
 * mirrored by several functions, IR_MIRROR_PART each, that
 * IR_MIRROR_ROOTS calls: one function's IR is held at once). */
#define IR_MIRROR_PART 4096
void ir_mirror_roots(IrFunc *f, const IrRoots *roots, int from, int to);
/* ... which stores an int global's slot by a call of this function (when
 * ir_mirror_has_ints), whose body ir_root_int builds. */
#define IR_ROOT_INT "__ml_root_int"
bool ir_mirror_has_ints(const IrRoots *roots);
void ir_root_int(IrFunc *f);

/* Removes what follows an instruction that never completes (a branch,
 * a return, unreachable) in the same list: dead code (ir_prune.c). After
 * the frame pass. */
void ir_prune(IrFunc *f);

/* The function as WAT text (a `(func ...)` field). */
void ir_print(const IrFunc *f, Buf *out);
const char *ir_op_name(IrOp op);
IrShape ir_op_shape(IrOp op);
const char *ir_valtype_name(ValType t);

#endif
