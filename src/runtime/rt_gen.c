/* Generators: the objects a generator function's call makes (RtGen in
 * rt_abi.h), resumed by the code the compiler generates for its body.
 *
 * The body runs while the collector is held (rt_gc_hold), as any generated
 * code the runtime calls does: the caller may be a runtime loop (list(g),
 * sum(g) ...) holding objects in C locals. The collector runs again at the
 * consumer's next poll.
 *
 * Except for a generator marked by rt_gen_collecting: the compiler marks
 * an own generator (a generator expression, a generator function's call)
 * passed straight to a consumer that roots what it holds while it
 * iterates (the MethodSig rows' 'G' arguments: sum, list, min, join ...),
 * after publishing its own frame. Its body then collects as it goes, as a
 * for loop's does: sum(len(str(i) * 1000) for i in range(300000)) keeps
 * one string at a time, not all of them until sum returns. */
#include "rt_obj.h"

/* Generated for each program (rtlink.c): calls the resume function of
 * gen->id with gen; returns what it yields, or NULL. */
RT_IMPORT_ML(gen_resume) RtObj *rt_ml_gen_resume(RtObj *gen);

#if __SIZEOF_POINTER__ == 4 /* wasm32: the layout generated code relies on */
_Static_assert(__builtin_offsetof(RtGen, state) == RT_GEN_STATE, "generated code reads a generator's state at +8");
_Static_assert(__builtin_offsetof(RtGen, id) == 12, "rt_ml_gen_resume reads a generator's id at +12");
_Static_assert(__builtin_offsetof(RtGen, slots) == RT_GEN_SLOTS, "generated code reads a generator's slots at +48");
#endif

RtObj *rt_gen_new(int32_t id, int32_t nobj, int32_t nraw, RtStr *name) {
    uint32_t objs = ((uint32_t)__builtin_offsetof(RtGen, slots) + (uint32_t)sizeof(RtObj *) * (uint32_t)nobj + 7u) & ~7u;
    /* nraw: raw slots in the low 16 bits, the first (nraw >> 16) of them ints */
    RtGen *g = rt_alloc(objs + 8u * ((uint32_t)nraw & 0xffffu));
    g->h.type_flags = RT_TYPE_GENERATOR;
    g->id = id;
    g->nobj = (uint32_t)nobj;
    g->nraw = (uint32_t)nraw;
    g->name = name;
    return (RtObj *)g;
}

RtObj *rt_coro_new(int32_t id, int32_t nobj, int32_t nraw, RtStr *name) {
    RtGen *g = (RtGen *)rt_gen_new(id, nobj, nraw, name);
    g->pad = RT_GEN_KIND_COROUTINE;
    return (RtObj *)g;
}

/* A StopIteration leaving a generator's body becomes a RuntimeError
 * (PEP 479), the StopIteration its cause. */
static void stop_iteration_escaped(RtGen *g) {
    RtObj *e = rt_exc_take();
    int agen = g->pad == RT_GEN_KIND_ASYNC_GEN;
    int stop = rt_class_derives(((RtExc *)e)->cls, rt_exc_class(RT_EXC_STOP_ITERATION));
    int astop = agen && rt_class_derives(((RtExc *)e)->cls, rt_exc_class(RT_EXC_STOP_ASYNC_ITERATION));
    if (!stop && !astop) {
        rt_exc_restore(e);
        return;
    }
    rt_raise_cstr(RT_EXC_RUNTIME, astop                                ? "async generator raised StopAsyncIteration"
                                  : agen                               ? "async generator raised StopIteration"
                                  : g->pad == RT_GEN_KIND_COROUTINE ? "coroutine raised StopIteration"
                                                                       : "generator raised StopIteration");
    RtExc *r = (RtExc *)rt_exc_take();
    r->cause = e;
    r->suppress_context = 1;
    rt_exc_restore((RtObj *)r);
}

/* Runs the body until its next yield (returns the value) or its end (NULL:
 * finished, or an exception is pending). */
static RtObj *resume(RtGen *g, RtObj *sent, RtObj *thrown) {
    if (g->running) {
        rt_raise_cstr(RT_EXC_VALUE, g->pad == RT_GEN_KIND_COROUTINE ? "coroutine already executing" : "generator already executing");
        return 0;
    }
    if (g->pad == RT_GEN_KIND_COROUTINE && g->state < 0 && !thrown) {
        rt_raise_cstr(RT_EXC_RUNTIME, "cannot reuse already awaited coroutine");
        return 0;
    }
    if (g->state < 0 || (g->state == 0 && thrown && g->pad < RT_GEN_KIND_ASEND)) {
        /* finished, or never started: a throw raises here and ends it (an
         * async generator's awaitable throws it into the generator) */
        g->state = -1;
        if (thrown) rt_raise_obj(thrown, 0, 0);
        return 0;
    }
    if (g->state == 0 && sent && sent != RT_NONE) {
        rt_raise_cstr(RT_EXC_TYPE, g->pad == RT_GEN_KIND_ASYNC_GEN   ? "can't send non-None value to a just-started async generator"
                                   : g->pad == RT_GEN_KIND_COROUTINE ? "can't send non-None value to a just-started coroutine"
                                                                     : "can't send non-None value to a just-started generator");
        return 0;
    }
    g->sent = sent;
    g->thrown = thrown;
    g->running = 1;
    RtObj *r;
    if (g->collects) {
        RtObj **fr = rt_gc_frame_push(1); /* g: its consumers root it as their iterator, but a resume that
                                             * may collect does not rely on its callers for that */
        if (!fr) {
            g->running = 0;
            return 0;
        }
        fr[0] = (RtObj *)g;
        r = rt_ml_gen_resume((RtObj *)g);
        rt_gc_frame_pop(fr);
    } else {
        rt_gc_hold(1);
        r = rt_ml_gen_resume((RtObj *)g);
        rt_gc_hold(-1);
    }
    g->running = 0;
    g->sent = g->thrown = 0;
    if (!r) {
        g->state = -1;
        if (RT_ERR) stop_iteration_escaped(g);
    }
    return r;
}

/* The consumer the compiler passes gen to roots what it holds while it
 * iterates (see the top). */
RtObj *rt_gen_collecting(RtObj *gen) {
    if (gen && RT_OBJ_TYPE(gen) == RT_TYPE_GENERATOR && ((RtGen *)gen)->pad == RT_GEN_KIND_GENERATOR)
        ((RtGen *)gen)->collects = 1;
    return gen;
}

/* The next value for iteration: 1 with *out set, 0 when it ended (or
 * raised: the caller tests RT_ERR). */
int32_t rt_gen_next(RtObj *gen, RtObj **out) {
    RtObj *r = resume((RtGen *)gen, 0, 0);
    if (!r) return 0;
    *out = r;
    return 1;
}

/* The value `return v` gave, once (StopIteration(v)); NULL after. */
RtObj *rt_gen_take_return(RtObj *gen) {
    RtGen *g = (RtGen *)gen;
    RtObj *v = g->retval;
    g->retval = 0;
    return v;
}

RtObj *rt_gen_sent(RtObj *gen) {
    RtGen *g = (RtGen *)gen;
    if (g->thrown) {
        RtObj *x = g->thrown;
        g->thrown = 0;
        rt_raise_obj(x, 0, 0);
        return 0;
    }
    RtObj *v = g->sent ? g->sent : RT_NONE;
    g->sent = 0;
    return v;
}

void rt_gen_set_return(RtObj *gen, RtObj *value) { ((RtGen *)gen)->retval = value == RT_NONE ? 0 : value; }

/* After a resume that returned NULL without an exception: StopIteration,
 * with the generator's return value. */
static RtObj *stopped(RtGen *g) {
    if (RT_ERR) return 0;
    RtObj *v = rt_gen_take_return((RtObj *)g);
    if (v) rt_raise_obj_arg(RT_EXC_STOP_ITERATION, v);
    else rt_raise(RT_EXC_STOP_ITERATION, 0);
    return 0;
}

RtObj *rt_gen_send(RtObj *gen, RtObj *value) {
    RtGen *g = (RtGen *)gen;
    RtObj *r = resume(g, value, 0);
    return r ? r : stopped(g);
}

RtObj *rt_gen_throw(RtObj *gen, RtObj *exc) {
    RtGen *g = (RtGen *)gen;
    RtObj *r = resume(g, 0, exc);
    return r ? r : stopped(g);
}

static RtObj *generator_exit(void) {
    return rt_exc_call(rt_exc_class(RT_EXC_GENERATOR_EXIT), rt_tuple_new(0));
}

RtObj *rt_gen_close(RtObj *gen) {
    RtGen *g = (RtGen *)gen;
    if (g->state <= 0) {
        g->state = -1;
        return RT_NONE;
    }
    RtObj *r = resume(g, 0, generator_exit());
    if (r) {
        rt_raise_cstr(RT_EXC_RUNTIME, "generator ignored GeneratorExit");
        return 0;
    }
    if (RT_ERR) {
        RtObj *e = rt_exc_take();
        RtObj *cls = ((RtExc *)e)->cls;
        if (!rt_class_derives(cls, rt_exc_class(RT_EXC_GENERATOR_EXIT)) &&
            !rt_class_derives(cls, rt_exc_class(RT_EXC_STOP_ITERATION))) {
            rt_exc_restore(e);
            return 0;
        }
    }
    return RT_NONE;
}

/* A generator that only a for loop held, left by a break: closed then, as
 * CPython's reference count closes it (its finally blocks run before the
 * statement after the loop). What the close raises is ignored, as
 * CPython's finalizer ignores it (it prints "Exception ignored in"). */
void rt_gen_release(RtObj *it) {
    if (RT_OBJ_TYPE(it) != RT_TYPE_GENERATOR || ((RtGen *)it)->state <= 0) return;
    rt_gen_close(it);
    if (RT_ERR) rt_exc_take();
}

/* The same when an exception leaves the loop: CPython pops the iterator
 * as the exception unwinds the frame, so the generator's finally blocks
 * run before any handler of the exception; that exception stays pending.
 * only_exit: a generator expression's first iterable, which its frame
 * holds too: closed when the expression is closed (GeneratorExit), not by
 * another exception (CPython's traceback keeps that frame until the
 * exception is handled). */
void rt_gen_release_unwinding(RtObj *it, int32_t only_exit) {
    if (RT_OBJ_TYPE(it) != RT_TYPE_GENERATOR || ((RtGen *)it)->state <= 0) return;
    if (only_exit && (!RT_ERR || !rt_class_derives(((RtExc *)rt_exc_state[0])->cls, rt_exc_class(RT_EXC_GENERATOR_EXIT))))
        return;
    int32_t at = rt_exc_park();
    rt_gen_release(it);
    rt_exc_unpark(at);
}

/* yield from it: one step. What the outer generator was sent (or thrown)
 * goes to `it` when it is a generator; when it ends, its return value is
 * left in gen->sent, where rt_gen_sent finds it. */
RtObj *rt_gen_yf_step(RtObj *gen, RtObj *it) {
    RtGen *g = (RtGen *)gen;
    RtObj *sent = g->sent, *thrown = g->thrown;
    g->sent = g->thrown = 0;
    if (RT_OBJ_TYPE(it) == RT_TYPE_GENERATOR) {
        RtGen *sub = (RtGen *)it;
        RtObj *r = resume(sub, sent, thrown);
        if (!r && !RT_ERR) g->sent = rt_gen_take_return(it);
        return r;
    }
    if (thrown) {
        rt_raise_obj(thrown, 0, 0);
        return 0;
    }
    RtObj *x;
    if (rt_iter_next(it, &x)) return x;
    return 0;
}

/* g.send(v), g.throw(e), g.close() called as values (which: RT_BUILTIN_GEN_*) */
RtObj *rt_gen_method(int32_t which, RtObj *gen, RtObj *args) {
    RtTuple *a = (RtTuple *)args;
    int32_t want = which == RT_BUILTIN_GEN_CLOSE ? 0 : 1;
    const char *name = which == RT_BUILTIN_GEN_SEND ? "send" : which == RT_BUILTIN_GEN_THROW ? "throw" : "close";
    if ((int32_t)a->len != want) {
        if (want) rt_raise_fmt(RT_EXC_TYPE, "%s() takes exactly one argument (%d given)", name, (int64_t)a->len);
        else rt_raise_fmt(RT_EXC_TYPE, "%s() takes no arguments (%d given)", name, (int64_t)a->len);
        return 0;
    }
    if (which == RT_BUILTIN_GEN_SEND) return rt_gen_send(gen, a->items[0]);
    if (which == RT_BUILTIN_GEN_THROW) return rt_gen_throw(gen, a->items[0]);
    return rt_gen_close(gen);
}

/* ---- asynchronous generators (PEP 525) ----
 * An async def with a yield runs as a generator whose awaits suspend with
 * what they await (None, a future) and whose `yield v` suspends with v in
 * an RT_GEN_KIND_AGEN_VALUE box. __anext__() and the other methods make an
 * awaitable (RT_GEN_KIND_ASEND ...) that steps it: what the generator
 * awaits passes through to the task, a boxed value ends the awaitable with
 * that value (StopIteration(v) to the awaiting coroutine), and its end is
 * StopAsyncIteration. */

RtObj *rt_agen_new(int32_t id, int32_t nobj, int32_t nraw, RtStr *name) {
    RtGen *g = (RtGen *)rt_gen_new(id, nobj, nraw, name);
    g->pad = RT_GEN_KIND_ASYNC_GEN;
    return (RtObj *)g;
}

RtObj *rt_agen_wrap(RtObj *v) {
    RtGen *w = (RtGen *)rt_gen_new(0, 1, 0, 0);
    w->pad = RT_GEN_KIND_AGEN_VALUE;
    w->state = -1;
    w->slots[0] = v;
    return (RtObj *)w;
}

static int is_kind(RtObj *o, uint32_t kind) {
    return o && RT_OBJ_TYPE(o) == RT_TYPE_GENERATOR && ((RtGen *)o)->pad == kind;
}

/* sys.set_asyncgen_hooks (PEP 525): what the event loop is told of an async
 * generator's first iteration (firstiter) and of one left unfinished
 * (finalizer); rooted once set. */
static RtObj *agen_hooks[2];

void rt_sys_set_asyncgen_hooks(RtObj *firstiter, RtObj *finalizer) {
    static int rooted;
    RtObj *hooks[2] = {firstiter, finalizer};
    static const char *const names[] = {"firstiter", "finalizer"};
    for (int i = 0; i < 2; i++)
        if (hooks[i] && hooks[i] != RT_NONE && !rt_callable(hooks[i])) {
            rt_raise_fmt(RT_EXC_TYPE, "callable %s expected, got %T", names[i], hooks[i]);
            return;
        }
    if (!rooted) {
        rt_gc_add_root_range(agen_hooks, 2);
        rooted = 1;
    }
    for (int i = 0; i < 2; i++) agen_hooks[i] = hooks[i] == RT_NONE ? 0 : hooks[i];
}

static void call_hook(RtObj *hook, RtObj *agen) {
    RtTuple *args = (RtTuple *)rt_tuple_new(1);
    args->items[0] = agen;
    rt_call_object(hook, (RtObj *)args);
}

/* Before an async generator's first step is asked for: the firstiter hook. */
static void agen_first(RtObj *agen) {
    if (((RtGen *)agen)->state == 0 && agen_hooks[0]) call_hook(agen_hooks[0], agen);
}

void rt_agen_release(RtObj *it) {
    if (is_kind(it, RT_GEN_KIND_ASYNC_GEN) && ((RtGen *)it)->state > 0 && agen_hooks[1]) call_hook(agen_hooks[1], it);
}

static int exc_is(RtObj *e, int32_t code) { return rt_class_derives(((RtExc *)e)->cls, rt_exc_class(code)); }

/* anext(it, default)'s step: it.__anext__()'s awaitable, its
 * StopAsyncIteration the default */
static RtObj *anext_default_step(RtGen *wg) {
    wg->state = 1;
    RtObj *r = rt_gen_yf_step((RtObj *)wg, wg->slots[0]);
    if (r) return r;
    wg->state = -1;
    if (RT_ERR && wg->pad == RT_GEN_KIND_CORO_WRAPPER) return 0; /* coro.__await__()'s: as raised */
    if (RT_ERR) {
        RtObj *e = rt_exc_take();
        if (!exc_is(e, RT_EXC_STOP_ASYNC_ITERATION)) {
            rt_exc_restore(e);
            return 0;
        }
        rt_gen_set_return((RtObj *)wg, wg->slots[1]);
        return 0;
    }
    rt_gen_set_return((RtObj *)wg, wg->sent ? wg->sent : RT_NONE); /* what the awaitable returned */
    return 0;
}

RtObj *rt_agen_step(RtObj *w) {
    RtGen *wg = (RtGen *)w;
    if (wg->pad == RT_GEN_KIND_ANEXT_DEFAULT || wg->pad == RT_GEN_KIND_CORO_WRAPPER) return anext_default_step(wg);
    RtGen *ag = (RtGen *)wg->slots[0];
    uint32_t kind = wg->pad;
    RtObj *sent = wg->sent, *thrown = wg->thrown;
    if (wg->state == 0) { /* the first step: what the method was given goes in */
        wg->state = 1;
        if (thrown) { /* the awaitable's throw() before it ran: into the generator */
        } else if (kind == RT_GEN_KIND_ACLOSE && ag->state <= 0) { /* never started, or done: closed */
            ag->state = -1;
            wg->state = -1;
            return 0;
        } else if (kind == RT_GEN_KIND_ASEND) {
            sent = wg->slots[1];
        } else {
            sent = 0, thrown = wg->slots[1];
        }
    }
    RtObj *r = resume(ag, sent, thrown);
    if (r && !is_kind(r, RT_GEN_KIND_AGEN_VALUE)) return r; /* an await inside: to the task */
    wg->state = -1;
    if (kind == RT_GEN_KIND_ACLOSE) {
        if (r) {
            rt_raise_cstr(RT_EXC_RUNTIME, "async generator ignored GeneratorExit");
            return 0;
        }
        if (RT_ERR) {
            RtObj *e = rt_exc_take();
            if (!exc_is(e, RT_EXC_GENERATOR_EXIT) && !exc_is(e, RT_EXC_STOP_ASYNC_ITERATION)) rt_exc_restore(e);
        }
        return 0;
    }
    if (r) { /* yielded: the awaitable's value */
        rt_gen_set_return(w, ((RtGen *)r)->slots[0]);
        return 0;
    }
    if (!RT_ERR) rt_raise(RT_EXC_STOP_ASYNC_ITERATION, 0);
    return 0;
}

static RtObj *agen_awaitable(RtObj *agen, uint32_t kind, RtObj *in) {
    RtGen *w = (RtGen *)rt_gen_new(RT_GEN_AGEN_STEP, 2, 0, ((RtGen *)agen)->name);
    w->pad = kind;
    w->slots[0] = agen;
    w->slots[1] = in;
    return (RtObj *)w;
}

/* agen.__aiter__() ... agen.aclose() called (which: RT_BUILTIN_AGEN_*) */
RtObj *rt_agen_method(int32_t which, RtObj *agen, RtObj *args) {
    RtTuple *a = (RtTuple *)args;
    static const char *const names[] = {"__aiter__", "__anext__", "asend", "athrow", "aclose", "__await__"};
    int32_t i = which - RT_BUILTIN_AGEN_AITER;
    int32_t want = which == RT_BUILTIN_AGEN_ASEND || which == RT_BUILTIN_AGEN_ATHROW ? 1 : 0;
    if ((int32_t)a->len != want && !(which == RT_BUILTIN_AGEN_ATHROW && a->len >= 1 && a->len <= 3)) {
        if (want) rt_raise_fmt(RT_EXC_TYPE, "%s() takes exactly one argument (%d given)", names[i], (int64_t)a->len);
        else rt_raise_fmt(RT_EXC_TYPE, "%s() takes no arguments (%d given)", names[i], (int64_t)a->len);
        return 0;
    }
    if (which != RT_BUILTIN_AGEN_AITER && which != RT_BUILTIN_CORO_AWAIT) {
        agen_first(agen);
        if (RT_ERR) return 0;
    }
    switch (which) {
    case RT_BUILTIN_AGEN_AITER: return agen;
    case RT_BUILTIN_AGEN_ANEXT: return agen_awaitable(agen, RT_GEN_KIND_ASEND, 0);
    case RT_BUILTIN_AGEN_ASEND: return agen_awaitable(agen, RT_GEN_KIND_ASEND, a->items[0]);
    case RT_BUILTIN_AGEN_ATHROW: return agen_awaitable(agen, RT_GEN_KIND_ATHROW, a->items[a->len >= 2 ? 1 : 0]);
    case RT_BUILTIN_CORO_AWAIT: { /* the coroutine's iterator, which an __await__ may return */
        RtGen *w = (RtGen *)agen_awaitable(agen, RT_GEN_KIND_CORO_WRAPPER, 0);
        w->name = rt_str_from_bytes("coroutine_wrapper", 17);
        return (RtObj *)w;
    }
    default: return agen_awaitable(agen, RT_GEN_KIND_ACLOSE, generator_exit());
    }
}

/* aiter(x): an async generator is its own; else x.__aiter__() */
RtObj *rt_builtin_aiter(RtObj *x) {
    if (is_kind(x, RT_GEN_KIND_ASYNC_GEN)) return x;
    int found = 0;
    RtObj *r = RT_OBJ_TYPE(x) == RT_TYPE_INSTANCE ? rt_special_unary(x, "__aiter__", &found) : 0;
    if (!found) rt_raise_fmt(RT_EXC_TYPE, "'%T' object is not an async iterable", x);
    return r;
}

/* anext(x[, default]): the awaitable of x's next item */
RtObj *rt_builtin_anext(RtObj *x, RtObj *dflt) {
    RtObj *aw;
    if (is_kind(x, RT_GEN_KIND_ASYNC_GEN)) {
        agen_first(x);
        if (RT_ERR) return 0;
        aw = agen_awaitable(x, RT_GEN_KIND_ASEND, 0);
    } else {
        int found = 0;
        aw = RT_OBJ_TYPE(x) == RT_TYPE_INSTANCE ? rt_special_unary(x, "__anext__", &found) : 0;
        if (!found) rt_raise_fmt(RT_EXC_TYPE, "'%T' object is not an async iterator", x);
        if (!aw) return 0;
    }
    if (!dflt) return aw;
    RtObj *it = rt_await_iter(aw);
    if (!it) return 0;
    RtGen *w = (RtGen *)rt_gen_new(RT_GEN_AGEN_STEP, 2, 0, rt_str_from_bytes("anext_awaitable", 15));
    w->pad = RT_GEN_KIND_ANEXT_DEFAULT;
    w->slots[0] = it;
    w->slots[1] = dflt;
    return (RtObj *)w;
}

/* ---- the protocols' checks (CPython's TypeErrors, not AttributeError) ---- */

static int is_awaitable(RtObj *o) {
    return rt_gen_is_awaitable(o) || (RT_OBJ_TYPE(o) == RT_TYPE_INSTANCE && rt_has_special(o, "__await__"));
}

static int has_anext(RtObj *o) {
    return is_kind(o, RT_GEN_KIND_ASYNC_GEN) || (RT_OBJ_TYPE(o) == RT_TYPE_INSTANCE && rt_has_special(o, "__anext__"));
}

/* async for: ITER.__aiter__() */
RtObj *rt_async_for_aiter(RtObj *x) {
    if (is_kind(x, RT_GEN_KIND_ASYNC_GEN)) return x;
    if (RT_OBJ_TYPE(x) != RT_TYPE_INSTANCE || !rt_has_special(x, "__aiter__")) {
        rt_raise_fmt(RT_EXC_TYPE, "'async for' requires an object with __aiter__ method, got %T", x);
        return 0;
    }
    RtObj *it = rt_builtin_aiter(x);
    if (it && !has_anext(it)) {
        rt_raise_fmt(RT_EXC_TYPE, "'async for' received an object from __aiter__ that does not implement __anext__: %T", it);
        return 0;
    }
    return it;
}

/* async for: it.__anext__(), which must be awaitable */
RtObj *rt_async_for_anext(RtObj *it) {
    RtObj *aw = rt_builtin_anext(it, 0);
    if (aw && !is_awaitable(aw)) {
        rt_raise_fmt(RT_EXC_TYPE, "'async for' received an invalid object from __anext__: %T", aw);
        return 0;
    }
    return aw;
}

/* with m / async with m: m's __exit__ (__aexit__), once it is known to have
 * both methods (CPython looks __enter__ up first) */
static RtObj *with_exit(RtObj *m, const char *enter, const char *exit, const char *what) {
    RtStr *e = rt_str_from_bytes(enter, (uint32_t)rt_cstrlen(enter));
    if (!rt_builtin_hasattr(m, (RtObj *)e)) {
        if (!RT_ERR) rt_raise_fmt(RT_EXC_TYPE, "'%T' object does not support the %s protocol", m, what);
        return 0;
    }
    RtStr *x = rt_str_from_bytes(exit, (uint32_t)rt_cstrlen(exit));
    if (!rt_builtin_hasattr(m, (RtObj *)x)) {
        if (!RT_ERR) rt_raise_fmt(RT_EXC_TYPE, "'%T' object does not support the %s protocol (missed %s method)", m, what, exit);
        return 0;
    }
    return rt_getattr(m, x);
}

RtObj *rt_with_exit(RtObj *m) { return with_exit(m, "__enter__", "__exit__", "context manager"); }

RtObj *rt_async_with_exit(RtObj *m) {
    return with_exit(m, "__aenter__", "__aexit__", "asynchronous context manager");
}
