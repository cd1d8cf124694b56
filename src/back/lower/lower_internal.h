/* Shared by the files of the lowering: typed AST (with sema's records) ->
 * one IrFunc per function (src/back/ir). The lowering reads sema's
 * records and never writes them, never looks a name up, and emits no
 * text. */
#ifndef ML_LOWER_INTERNAL_H
#define ML_LOWER_INTERNAL_H
#include <stdint.h>

#include "../../runtime/rt_abi.h"
#include "../ir/ir.h"
#include "lower.h"

typedef struct LoopLabels {
    int brk, cont; /* label numbers of `break` ($bN) and `continue` ($cN) */
    int own_gen;   /* a for loop over a generator nothing else holds: the
                      local of its iterator, closed when a return leaves
                      the loop (as CPython pops it); else -1 */
} LoopLabels;

/* A value that is either still an expression to lower or already in a
 * temporary (spilled there because something after it may collect). */
typedef struct Operand {
    Expr *expr; /* NULL when in a temporary */
    int temp;   /* local index of the temporary */
    Type type;  /* its type when in a temporary */
} Operand;

/* A handler or finally the code being lowered is inside (lower_exc.c). */
typedef struct Cleanup Cleanup;

/* The generator function being lowered (lower_gen.c). */
typedef struct GenFrame GenFrame;
typedef struct GenRange GenRange;

typedef struct Gen {
    Compiler *c;
    Program *p;
    Arena *a;
    Function *fn;    /* the function being lowered */
    IrFunc *f;       /* its lowered record */
    StrMap locals;   /* WAT name of a variable or flag -> local index + 1 */
    StrMap spec_vars; /* WAT name of a speculated variable -> its SpecVar
                         (lower_num_spec.c), per function */
    int env;         /* local index of a closure's env parameter, or -1 */
    int class_ns;    /* temp of the class whose body is being lowered, or -1 */
    int labels;      /* label counter within the function */
    LoopLabels *loops; /* enclosing loops, innermost last */
    int nloops, caploops;
    StrMap strlits;  /* static strings: bytes (as a key) -> address + 1 */
    StrMap rt_seen;  /* the runtime functions in out->rt_roots */
    bool last_unwinds; /* the function g_func_end just finished may leave
                          an exception pending */
    uint32_t scratch_addr; /* 8-byte cell for out-parameters, 0 until used */
    uint32_t global_roots; /* static array mirroring object-typed globals */
    int nglobal_roots;
    size_t tree_freed; /* bytes of lowered tree chunks freed since the last arena_trim */
    uint32_t *points_root; /* by Function.index: the root slot holding the
                              last result of a render function, or 0 */
    Lowered *out;    /* what the lowering produces */
    Arena fn_arena;  /* the IR of the function being lowered, released
                        once it is printed */
    const RtLib *lib; /* the linked runtime */
    Cleanup **cleanups; /* enclosing handlers and finally bodies, innermost last */
    int ncleanups, capcleanups;
    Arena *keys;     /* the slots and keys of the maps that only make
                        static data once (sites, tb_strs, strlits): dead
                        once the lowering is done, freed before the
                        module's tail is printed */
    StrMap sites;    /* codes ("code:function"), big int literals, static
                        function objects ... -> address + 1 */
    bool *kept;      /* by Function.index: some code reaches it (else it is
                        not lowered) */
    bool *waiting;   /* by Function.index: to be lowered with its part of
                        the top level (gmain_parts) */
    struct TreeChunk **body_chunks; /* by Function.index: a top-level def's
                                       function's chunk (its body in the
                                       chunk's bodies arena), or NULL */
    StrMap fn_sites; /* the traceback sites of the function being lowered
                        ("line:col:...:code") -> address + 1, in fn_arena:
                        a key holds its function's code, so another
                        function's sites could only match where one
                        function's code is lowered twice (each copy then
                        has records of its own); one map for the program
                        would hold 7 MB at a 200,000-line file's end */
    const char *frame_name; /* sites' function inside an inner frame, or NULL */
    Buf tb_text;     /* their strings (file, function, source line), placed
                        after all other data: the code's addresses do not
                        depend on them, so a program and its translation
                        compile to the same code */
    StrMap tb_strs;  /* string -> offset in tb_text + 1 */
    Buf tb_fixups;   /* pairs of u32: the data offset of a site's string
                        field, then the string's offset in tb_text */
    Buf key;         /* the key being looked up (g_key): copied to keys
                        only when inserted, as most lookups find */
    uint32_t *line_starts; /* byte offset of each source line (1-based) */
    int nlines;
    int text_line;         /* the line decoded last (sites of one line come together) */
    uint32_t text_off;     /* ... and its source text's offset in tb_text + 1, or 0 */
    struct LineText *text;
    uint32_t *line_cp, *line_at; /* its code points and their offsets: */
    size_t line_cap;             /* reused from line to line */
    const char *code_file, *code_func; /* the code (file, function) of the last site ... */
    uint32_t code_addr;                /* ... and its address + 1 (0: none yet) */
    GenFrame *gen;   /* lowering a generator's resume function, or NULL */
    unsigned builtin_calls; /* 1 << RT_BUILTIN_*: the builtin methods called by name (rt_ml_builtin) */
    bool *collect_free; /* by Function.index: it never runs the collector
                           (lower_nogc.c): a call of it needs no publish */
    StrMap depth_params; /* wat names of the functions taking their depth as a parameter */
    const Expr *raw_name; /* the E_NAME an append reads as it is (g_name) */
    bool raw_peek;        /* ... or an operation that keeps nothing of it */
} Gen;

/* ---- services (lower_util.c) ---- */
void g_rt(Gen *g, const char *fn); /* the runtime function fn is used */
bool g_box_open(Gen *g, Type t);       /* opens the boxing of an int, float or bool: the caller emits it, closes */
void g_box_int_local(Gen *g, int iv);  /* i32: the int in local iv boxed, a small one inline in a loop */
bool g_box_int_inline(Gen *g);         /* whether g_box_int_local tests for a small int here */
/* The address of the static object of the small int v (rt_small_ints), false if v is not one */
bool g_small_int_address(Gen *g, long long v, uint32_t *addr);
void g_truthy_local(Gen *g, int t);    /* i32: the truth of the object in local t */
uint32_t g_str(Gen *g, const char *s, size_t len); /* address of a static str */
/* A map key printed into g->key (valid until the next g_key), and the
 * copy of it in g->keys a map keeps (g_key_keep). */
const char *g_key(Gen *g, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
const char *g_key_keep(Gen *g, const char *key);
uint32_t g_bindable_types(const char *name);         /* the builtin types having a method of that name (a mask) */
uint32_t g_doc_table(Gen *g, int32_t *count);        /* the functions' docstrings by table slot (static) */
uint32_t g_bytes(Gen *g, const char *s, size_t len); /* address of a static bytes object (a literal) */
uint32_t g_scratch(Gen *g);                          /* the out-parameter cell */
uint32_t g_param_names(Gen *g, const Function *f);   /* a static tuple of f's parameter names */
uint32_t g_names_tuple(Gen *g, const char *key, const char *const *names, int n); /* a static tuple of strs */
uint32_t g_static_func(Gen *g, const Function *f);   /* the one function object of a plain def */
/* the one function object (per key) of a builtin used as a value (len,
 * str.upper, math.sqrt), its wrapper in table slot `slot`: `len is len`,
 * as in CPython */
uint32_t g_static_callable(Gen *g, const char *key, const char *name, int slot, int nparams);
int g_temp(Gen *g, Type t);        /* a temporary of that type */
void g_free_temp(Gen *g, int local);
void g_raise(Gen *g, int kind, const char *msg); /* call rt_raise + unreachable */
void g_raisef(Gen *g, int kind, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
ValType vt(Type t); /* the wasm type holding a value of type t */
/* Whether evaluating e may run the collector (runs user code, or a
 * comprehension loop). */
bool g_may_poll(Gen *g, const Expr *e);
/* Evaluate e into a new temporary; the caller frees it. */
Operand g_spill(Gen *g, Expr *e, Type ty);
Operand op_expr(Expr *e);
/* Lower an operand as a value of type want (coercing). */
void gop(Gen *g, Operand o, Type want);
/* A call through a MethodSig row (a builtin's, a method's with its
 * receiver, a standard library function's): the runtime function with the
 * arguments, then the row's constant fills. */
void g_table_call(Gen *g, const MethodSig *m, Expr *recv_expr, Expr *e);
/* A standard library function as a value (a function object of its
 * wrapper's slot), and the wrappers (lower_class.c). */
void g_module_value(Gen *g, const StdMember *row);
void g_module_value_wrappers(Gen *g);
/* Loops: push the labels of `break` / `continue`. */
void g_loop_push(Gen *g, int brk, int cont);
/* The loop just pushed iterates a generator of its own, in local t. */
void g_loop_owns_generator(Gen *g, int t);
void g_loop_pop(Gen *g);
int g_new_label(Gen *g);
/* GC cooperation points (expanded by ir_frame). */
void g_publish(Gen *g);
void g_poll(Gen *g);
void g_pop(Gen *g);

/* ---- expressions (lower_expr.c) ---- */
/* e as a value of type want (coercing int->float, bool->int, never->any). */
void gx(Gen *g, Expr *e, Type want);
/* A value of type `from` about to be emitted, as type want: opens the
 * wrappers (g_coerce_close ends them). */
typedef struct Coercion {
    int opened;      /* nodes to close */
    bool none_value; /* None from an expression: `(drop x) (call $rt_none)` */
    bool never;      /* a block around an expression that raises */
    int int_float;   /* int -> float: the temporary holding the int + 1, or 0 */
    int int_box;     /* int -> object in a loop (g_box_int_local): the same */
} Coercion;
Coercion g_coerce_open(Gen *g, Type from, Type want, const Expr *e);
void g_coerce_close(Gen *g, Coercion c);
/* The truth value of e as i32. */
void gcond(Gen *g, Expr *e);
/* str(e) (or repr(e)) as an RtStr pointer. */
void gstr(Gen *g, Expr *e, bool repr);
/* The runtime's dynamic operation for a binary operator: "rt_dyn_add". */
const char *g_dyn_op(Op op);
const char *g_dyn_iop(Op op); /* x op= y on objects: "rt_dyn_iadd" */
/* Trees of dynamic + - * / computed unboxed while their values are ints or floats
 * (lower_num_spec.c): whether e is one worth it, and its lowering (an
 * object, as the plain lowering's). */
bool g_num_spec_applies(const Expr *e);
void g_num_spec(Gen *g, Expr *e);
/* Speculated variables: a function's local of unknown type that some
 * assignment gives the value of a speculated tree (`dx = b1[0] - b2[0]`)
 * keeps that value unboxed (its kind, int, float, and object: the
 * variable's own local), boxed only when read as an object. declare marks
 * and declares them (after the locals); assign lowers `sym = value` and
 * says whether it did; get reads sym as an object (boxing once) and says
 * whether it did; stored follows any other store of an object into sym. */
void g_spec_vars_declare(Gen *g, Function *fn);
bool g_spec_var_assign(Gen *g, Symbol *sym, Expr *value);
bool g_spec_var_get(Gen *g, const Symbol *sym);
void g_spec_var_stored(Gen *g, const Symbol *sym);
/* The same for the object in temp tv op= value (an item's or attribute's
 * augmented assignment). */
bool g_num_spec_iop_applies(Op op, const Expr *value);
void g_num_spec_iop(Gen *g, Op op, int tv, Expr *value);
/* ta op tb (== != < <= > >=) of an object and an object or a static int
 * (x and y: their types), in temps, as an i32: open emits
 * (if (result i32) (the objects are int objects) (then <the ints compared
 * inline>) (else  -- for the caller's runtime comparison, then close. */
typedef struct SpecCompare {
    int ia, ib; /* int temps of the object operands' values, -1: a static int */
} SpecCompare;
bool g_num_spec_compare_applies(CmpOp op, Type x, Type y);
/* A condition's single comparison (== != < <= > >=) of an object with a
 * speculated variable or tree, or of one with an object or a number: its
 * operands evaluated as speculated nodes (a variable not boxed, a tree
 * not boxed), two ints or two floats compared inline, anything else by
 * rt_dyn_compare. Emits the i32 truth and returns true, else nothing. */
bool g_num_spec_compare_tree(Gen *g, Expr *e);
SpecCompare g_num_spec_compare_open(Gen *g, CmpOp op, int ta, int tb, Type x, Type y);
void g_num_spec_compare_close(Gen *g, SpecCompare s);
/* c[i] and c[i] = v with c, i (an int) and v in temps: a list's item
 * inline when 0 <= i < len, else the runtime (known_list: c is typed list,
 * no type test; target: where a failing store points, NULL: as set). */
/* What a container is known to be, for reading and writing its items:
 * any object (tested: a list of objects, else the runtime's), a list
 * (of objects, bools or floats: its kind tested), or a list of objects (a
 * local that only new lists of objects bind: Symbol.bound_otherwise). */
typedef enum ListKnown { LK_ANY, LK_LIST, LK_OBJECTS } ListKnown;
ListKnown g_list_known(Gen *g, const Expr *container);
void g_item_get_int(Gen *g, int tc, int ti, ListKnown lk);
void g_item_set_int(Gen *g, int tc, int ti, int tv, ListKnown lk, Expr *target);
bool g_item_truth(Gen *g, Expr *e); /* i32: the truth of c[i], a list of bools' byte inline */
/* Lists of floats (RtFloatItem items), read and written unboxed by
 * arithmetic (lower_num_spec.c) and by stores of floats:
 *   g_float_item_applies  e is c[i] with i an int and c a list or any
 *                         object that may be a list of floats;
 *   g_float_item_leaf     evaluates e's c into temp tl and i into ti, then
 *     (if (a list of floats, index ok)
 *       (then tk = FLOAT, fv = the item's value, ov = its box or 0)
 *       (else ov = c[i] (g_item_get_int), tk = ov's type code,
 *             fv = ov's value when tk is FLOAT));
 *   g_float_item_read     the same with c and i already in tl and ti;
 *   g_float_item_ok       i32: temp tl is a list of floats, ti an index of it;
 *   g_float_item_store    item ti of that list = the f64 in temp fv, its
 *                         box cleared (a new float, made when read). */
bool g_float_item_applies(Gen *g, const Expr *e);
void g_float_item_leaf(Gen *g, Expr *e, int tl, int ti, int tk, int fv, int ov);
void g_float_item_read(Gen *g, int tl, int ti, ListKnown lk, int tk, int fv, int ov);
void g_float_item_ok(Gen *g, int tl, int ti);
void g_float_item_store(Gen *g, int tl, int ti, int fv);
void g_num_spec_item_iop(Gen *g, Op op, int tc, int tk, ListKnown lk, const Expr *target, Expr *value);

/* ---- function values (lower_values.c) ---- */
/* Whether calls through f's value may leave parameters out, and the tuple
 * of defaults its value holds (rt_func_defaults) into temp t. */
bool g_has_defaults(const Function *f);
void g_defaults_tuple(Gen *g, int t, const Function *f);

/* ---- functions that never collect (lower_nogc.c) ---- */
bool *g_collect_free(Gen *g);
/* Whether fn takes its recursion depth as its last parameter (i32): a
 * def only called directly, by generated code (not through a table or
 * the runtime); what every direct call then passes: g_depth_arg. */
bool g_takes_depth(const Function *fn);
void g_depth_arg(Gen *g, IrFunc *caller);

/* ---- tagged ints (lower_int.c) ---- */
/* i32: the RT_TYPE_* of the object in local obj (its header's type bits) */
void g_type_code(IrFunc *f, int obj);
/* i32: its type code is `code` (exactly: an instance of a subclass has
 * its own) */
void g_type_is(IrFunc *f, int obj, int code);
/* (local.set ti <the tagged int of the int object in local obj>) */
void g_int_object_value(IrFunc *f, int ti, int obj);
bool g_int_small_literal(const Expr *e, long long *v); /* a literal (or -literal) in the small range */
/* ta op tb for + - * & | ^ of two int temps: an i64 (the inline instruction
 * when the operands allow it, else the runtime's rt_int_*) */
void g_int_op_temps(Gen *g, Op op, int ta, int tb);
void g_int_literal(Gen *g, const Expr *e);             /* i64.const: the value or a static big's handle */
void g_int_binop(Gen *g, Op op, Expr *l, Expr *r);     /* + - * & | ^ */
void g_int_invert(Gen *g, Expr *x);                    /* ~x */
void g_int_shift_literal(Gen *g, bool left, Expr *x, long long c); /* x << c, x >> c, 0 <= c < 60 */
void g_int_compare(Gen *g, CmpOp op, int a, int b, long long c); /* i32; b < 0: against literal c */
void g_int_compare_known(Gen *g, CmpOp op, int a, int b, long long c, bool one_small);
bool g_int_known_small(const Expr *e); /* a small literal, or a variable only counting loops bind */
void g_int_to_float(Gen *g, int t);                    /* f64 of the int in local t */
void g_int_divmod_literal(Gen *g, bool mod, Expr *l, long long c); /* l // c, l % c; c > 0 */
void g_int_range_bounds(Gen *g, int cur, int end, int inc, long long step_value); /* inc < 0: literal step */
void g_int_range_past(Gen *g, Expr *stop, int end, int inc, long long step_value); /* after the loop ran out */

/* ---- variables (lower_vars.c) ---- */
int g_local_of(Gen *g, const Symbol *sym);
bool g_sym_is_cell(const Symbol *sym);
bool g_str_accumulator(const Symbol *sym); /* a str variable appended to in place */
void g_peek(Gen *g, const Expr *e, bool then_runs_code); /* its next read keeps nothing of an accumulator */
void g_peek_end(Gen *g);
void g_cell_ptr(Gen *g, const Symbol *sym);
void g_sym_get(Gen *g, Symbol *sym);
/* Opens a store into sym; the caller adds the value and closes it with
 * g_sym_set_close. */
void g_sym_set_open(Gen *g, Symbol *sym);
void g_sym_set_close(Gen *g, Symbol *sym);
/* Record that sym is bound (1) or unbound (0), for the variables whose
 * reads check it (Symbol.needs_flag); nothing for the others. */
void g_set_bound(Gen *g, Symbol *sym, int value);
/* Pushes whether sym (one with Symbol.needs_flag) is bound (i32). */
void g_get_bound(Gen *g, const Symbol *sym);
/* sym, a global of an imported module read from another file: not bound
 * is CPython's error of `kind`, with the text `partial` while the module's
 * top-level code runs (a circular import), else `plain` (lower_stmt.c) */
void g_module_global_bound(Gen *g, const Symbol *sym, int kind, const char *partial, const char *plain);
/* A name read, with the unbound checks it needs. */
void g_name(Gen *g, Expr *e);
/* f, a def that runs late (Function.late), named at name (a call's callee
 * or a value) where its def may not have run: NameError until it has,
 * raised with a traceback that points at the name:
 *   (if (i32.eqz (global.get $defined_f)) (then <raise NameError>)) */
void g_late_def_test(Gen *g, const Function *f, Expr *name);
/* The value of a temp (of type ty) as an object (boxing scalars). */
void g_box_temp(Gen *g, int t, Type ty);
/* Store the value of temp t (type ty) into sym. */
void g_store_sym(Gen *g, Symbol *sym, int t, Type ty);
/* sym is unbound again (after `except ... as sym`). */
void g_unbind(Gen *g, Symbol *sym);
/* sym = value. */
void gassign_sym(Gen *g, Symbol *sym, Expr *value);

/* ---- calls (lower_call.c) ---- */
void gcall(Gen *g, Expr *e, Type want);

/* ---- containers (lower_containers.c) ---- */
void gdisplay(Gen *g, Expr *e);
void gsubscript(Gen *g, Expr *e);
void g_slice_value(Gen *g, Expr *sl); /* a slice in a tuple index: a slice object */
void gmethod_call(Gen *g, Expr *e);
void g_call_temps(Gen *g, int tf, const int *ta, int n);
void g_args_to_temps(Gen *g, Expr *e, int *ta);
void g_call_kw(Gen *g, int tf, const int *ta, int n, const PtrVec *keywords);
void g_call_star(Gen *g, int tf, Expr *e);
void g_row_fill(Gen *g, const MethodSig *m, Expr *reverse);
/* classes (lower_class.c) */
void g_class_stmt(Gen *g, Stmt *st);
void g_attr(Gen *g, Expr *e);
void g_type_class(Gen *g, BuiltinId id);
void g_decorated(Gen *g, const PtrVec *decos, Function *f, int tv);
void g_setattr_temp(Gen *g, Expr *target, int t, Type ty);
void gcall_attr(Gen *g, Expr *e);
void gcall_super(Gen *g, Expr *e);
void g_bound_wrappers(Gen *g);
void g_builtin_wrappers(Gen *g);
void g_method_wrappers(Gen *g);
void g_builtin_value(Gen *g, BuiltinId id);
void g_apply_function(Gen *g);
/* CPython's __qualname__ of a def or lambda, which names it in messages and
 * reprs: its class's name and enclosing defs' before it (outer.<locals>.f) */
const char *g_qualname(Gen *g, const Function *f);
const char *g_class_qualname(Gen *g, const ClassInfo *ci); /* Outer.C for a class of a class body */
void g_builtin_dispatch(Gen *g);
/* A value of a standard library module (sys.argv, sys.stdin). */
void g_std_value(Gen *g, const StdMember *row); /* rt_ml_builtin, once every function is lowered */
void g_typing_value(Gen *g, const StdMember *row); /* typing.List ... as a value */
bool gcontainer_builtin(Gen *g, Expr *e);
void gstore_temp(Gen *g, Expr *target, int t, Type ty);
void gdel(Gen *g, Expr *target);
void gfor_iter(Gen *g, Stmt *st, int label);
void gcomprehension(Gen *g, Expr *e);
/* local tl = list(seq[star:len-(n-1-star)]): the middle of a sequence of
 * n targets whose item `star` is starred. */
void g_middle_list(Gen *g, int tl, int seq, int star, int n);
/* local ti = seq[i] (i < 0 counts from the end). */
void g_item_at(Gen *g, int ti, int seq, int64_t i);

/* ---- function values (lower_values.c) ---- */
void g_func_value(Gen *g, Function *f);
int g_closure_env(Gen *g, Function *f);
void gcall_value(Gen *g, Expr *e);
bool gcallable_builtin(Gen *g, Expr *e);
/* The table's slot functions (wrappers of the defs used as values). */
void g_table_wrappers(Gen *g);

/* ---- exceptions (lower_exc.c) ---- */
/* The code lowered next is in file c (a unit of the program): its
 * diagnostics, and its tracebacks' file name and source lines. */
void g_enter_file(Gen *g, Compiler *c);
/* Whether a call of callee (a runtime function or generated code) may
 * leave an exception pending (IrFunc.may_raise). */
IrRaises g_may_raise(const char *callee, void *user);
/* Where the code being lowered is, for tracebacks: an expression whose
 * failing operation CPython points at with carets, else a line. Lives on
 * the C stack of the lowering function (IrFunc.site_key points at it). */
typedef struct SiteRef {
    int line;
    const Expr *e;
} SiteRef;
/* Makes `here` the current site; returns the previous key, which the
 * caller restores (F->site_key = previous) when done. */
const void *g_site_enter(Gen *g, const SiteRef *here);
/* The static traceback site of the current position (0: none). */
uint32_t g_site_now(Gen *g);
/* Makes e the current site while it is lowered, when CPython points at
 * it (a call, an operation, a subscript ...); returns the previous key. */
const void *g_expr_site_enter(Gen *g, const Expr *e, SiteRef *here);
/* A frame of its own inside the function being lowered (a comprehension,
 * as in CPython 3.11, a class body): sites inside are in function `name`;
 * an exception leaving it adds the site of e (NULL: of the line) in the
 * enclosing function. open starts a
 * block yielding an i32 (the caller emits the value inside), close ends
 * it. */
typedef struct InnerFrame {
    const char *saved_name;
    const void *saved_key;
    IrLabel saved_catch;
    int done, land;
    SiteRef whole;
} InnerFrame;
void g_inner_frame_open(Gen *g, InnerFrame *fr, const char *name, int line, const Expr *e);
void g_inner_frame_close(Gen *g, InnerFrame *fr);
/* IrFunc.site_of. */
uint32_t g_site_of(const void *key, void *user);
/* Appends the traceback strings to the static data (once, at the end). */
void g_sites_finish(Gen *g);
void gtry(Gen *g, Stmt *st);
/* The builtin exception class `id` (a BUILTIN_EXCEPTION) as a value. */
void g_exc_class(Gen *g, BuiltinId id);
/* ValueError(args...): an exception object. */
void g_exc_call(Gen *g, Expr *e);
/* x.name on an exception (args, __cause__ ...). */

void graise(Gen *g, Stmt *st);
/* A generator suspending inside except or finally bodies: the handled
 * exception goes back to what it was before them (re-entered on resume). */
void g_leave_handlers(Gen *g);
/* break (continue) out of the innermost loop, through the handlers and
 * finally bodies in between. */
void g_break(Gen *g, bool is_continue);
/* Return the value in local t (-1: no value) through the enclosing
 * handlers and finally bodies. */
void g_return(Gen *g, int t);
void g_gen_release_unwinding(Gen *g, int t, bool only_exit);

/* ---- match statements (lower_match.c) ---- */
void gmatch(Gen *g, Stmt *st);

/* ---- statements (lower_stmt.c) ---- */
/* Top-level code of more statements than this is lowered in parts, each
 * a function (lower_func.c, gmain_parts): bounds the IR held at once. Big
 * enough that a part's call costs nothing against its statements, small
 * enough that a part's IR is a few hundred KB at most for plain lines. */
#ifndef LOWER_MAIN_PART
#define LOWER_MAIN_PART 256
#endif
void gstmts(Gen *g, PtrVec *body);
void g_stmt(Gen *g, Stmt *st); /* one statement, at its traceback site */
/* Parts of the counting loop over range() (for statements and
 * comprehensions): a zero step raises; the loop is done when cur passed
 * end in the step's direction (the increment never overflows: see
 * g_range_next). */
void g_check_step(Gen *g, int inc);
void g_range_done(Gen *g, int inc, int cur, int end);
void g_range_next(Gen *g, int k, int cur, int nxt, int inc, long long step_value);

/* ---- functions (lower_func.c) ---- */
/* A new IrFunc, made current; the previous one is finished (its frame
 * decided, checked against the engines' limits, printed, released). */
IrFunc *g_func_begin(Gen *g, const char *name, ValType result);
/* Finishes the current function (see g_func_begin). */
void g_func_end(Gen *g);
void gfunction(Gen *g, Function *fn);
void g_declare_locals(Gen *g, Function *fn, IrLocalKind param_kind);
void g_declare_flags(Gen *g, Function *fn);
void g_function_prologue(Gen *g, Function *fn);

/* ---- generators (lower_gen.c) ---- */
void g_generator(Gen *g, Function *fn);  /* its resume function and its def's */
void g_gen_dispatch(Gen *g);             /* rt_ml_gen_resume */
bool g_stmt_yields(const Stmt *st);
bool g_is_yield(const Expr *v);
bool g_rewinds(Gen *g, const Stmt *st);  /* in a generator, st holds a yield */
void g_gen_stmts(Gen *g, PtrVec *body);
void g_fresh(Gen *g);                    /* (i32.eqz resume) */
void g_fresh_open(Gen *g);               /* (if (i32.eqz resume) (then ... */
void g_fresh_close(Gen *g);
void *g_if_open(Gen *g, Stmt *st);
void g_if_patch(Gen *g, void *range);
void g_yield_stmt(Gen *g, Stmt *st);
bool g_body_yields(const PtrVec *body);
/* resuming at a yield lowered between g_range_from and g_range_patch (the
 * test is emitted first) */
GenRange *g_range_test(Gen *g);
void g_range_from(Gen *g, GenRange *r);
void g_range_patch(Gen *g, GenRange *r);
void g_gen_return(Gen *g, Expr *v);
void g_genexp(Gen *g, Expr *e); /* a lazy generator expression: its generator */

/* ---- exports (lower_exports.c) ---- */
int g_point_roots(Gen *g, uint32_t first_slot);
/* Wrapper functions of exports and the list of exports. False after
 * reporting a clash of export names. */
bool g_exports(Gen *g);
/* For other files' exports (lower_dom.c): a host entry (an exception
 * left pending is reported there, lower_exports.c) and an export. */
IrFunc *g_host_entry(Gen *g, const char *name, ValType result);
void g_export(Gen *g, const char *name, const char *func);
/* The DOM builtins' event entry (lower_dom.c): __ml_dom_event, when the
 * program reaches them. */
void g_dom_exports(Gen *g);

#endif
