# asyncio (src/stdlib/asyncio.ml) against CPython's: the loop's order of
# callbacks and timers, futures, queues, locks and conditions, errors.
import asyncio


def show(label, value):
    print(label + ":", value)


async def main():
    loop = asyncio.get_running_loop()
    order = []
    loop.call_later(0.02, order.append, "later")
    loop.call_soon(order.append, "soon 1")
    handle = loop.call_soon(order.append, "cancelled")
    loop.call_soon(order.append, "soon 2")
    handle.cancel()
    loop.call_at(loop.time() + 0.01, order.append, "at")
    await asyncio.sleep(0.03)
    show("callbacks", order)

    show("sleep result", await asyncio.sleep(0, result="r"))
    show("empty gather", await asyncio.gather())
    show("wait_for without timeout", await asyncio.wait_for(asyncio.sleep(0, "w"), None))

    async def noop():
        return 7

    coro = noop()
    show("iscoroutine", (asyncio.iscoroutine(coro), asyncio.iscoroutine(noop), asyncio.isfuture(coro)))
    task = asyncio.ensure_future(coro)
    show("isfuture(task)", asyncio.isfuture(task))
    show("task result", await task)
    show("ensure_future of a task", asyncio.ensure_future(task) is task)

    fut = loop.create_future()
    show("future done", fut.done())
    fut.add_done_callback(lambda f: order.append("done callback " + str(f.result())))
    fut.set_result(3)
    try:
        fut.set_result(4)
    except asyncio.InvalidStateError as error:
        show("set twice", type(error).__name__)
    await asyncio.sleep(0)
    show("callback ran", order[-1])
    show("removed", fut.remove_done_callback(print))

    cancelled = loop.create_future()
    show("cancel", (cancelled.cancel("because"), cancelled.cancelled(), cancelled.cancel()))
    try:
        cancelled.result()
    except asyncio.CancelledError as error:
        show("cancelled result", error.args)

    pq = asyncio.PriorityQueue()
    for item in [5, 1, 4, 2]:
        pq.put_nowait(item)
    show("priority", [pq.get_nowait() for _ in range(4)])
    lq = asyncio.LifoQueue()
    for item in "abc":
        await lq.put(item)
    show("lifo", [await lq.get() for _ in range(3)])
    q = asyncio.Queue(1)
    q.put_nowait(1)
    try:
        q.put_nowait(2)
    except asyncio.QueueFull:
        show("full", q.full())
    q.get_nowait()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        show("empty", q.empty())
    show("queue", (q.qsize(), q.maxsize))

    condition = asyncio.Condition()
    ready = []

    async def consumer(name):
        async with condition:
            await condition.wait_for(lambda: ready)
            show(name, "got " + ready.pop())

    consumers = [asyncio.create_task(consumer("c" + str(n))) for n in range(2)]
    await asyncio.sleep(0)
    for item in ["x", "y"]:
        async with condition:
            ready.append(item)
            condition.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*consumers)

    bounded = asyncio.BoundedSemaphore(1)
    await bounded.acquire()
    bounded.release()
    try:
        bounded.release()
    except ValueError as error:
        show("bounded", error)
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as error:
        show("lock", error)
    show("locked", (lock.locked(), await lock.acquire(), lock.locked()))
    lock.release()

    async def late(delay):
        await asyncio.sleep(delay)
        return delay

    tasks = [asyncio.create_task(late(d)) for d in (0.01, 0.2)]
    done, pending = await asyncio.wait(tasks, timeout=0.05)
    show("wait with timeout", (len(done), len(pending)))
    for t in pending:
        t.cancel()
    named = asyncio.create_task(late(0), name="my task")
    show("name", named.get_name())
    named.set_name("renamed")
    show("renamed", named.get_name())
    await named
    show("tasks left", len(asyncio.all_tasks()))

    async def sleeper():
        await asyncio.sleep(1)

    victim = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    victim.cancel("stop now")
    try:
        await victim
    except asyncio.CancelledError as error:
        show("cancel message", error.args)

    async with asyncio.timeout(None) as t:
        show("timeout when", (t.when(), t.expired()))
        t.reschedule(loop.time() + 0.01)
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            show("cancelled by the timeout", True)
            raise
    show("never here", t)


async def with_timeout():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.01) as t:
            await asyncio.sleep(1)
    except TimeoutError as error:
        show("timeout_at", (type(error).__name__, type(error.__cause__).__name__, t.expired()))
    caught = []
    loop.set_exception_handler(lambda lp, context: caught.append(context["message"][:21]))
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0)
    show("exception handler", (caught, loop.get_exception_handler() is not None))
    try:
        raise asyncio.QueueEmpty()
    except asyncio.QueueEmpty as error:
        show("modules", (type(error).__module__, asyncio.CancelledError.__module__, asyncio.Lock.__module__))
    fut = loop.create_future()
    fut.set_result(1)
    try:
        fut.set_result(2)
    except asyncio.InvalidStateError as error:
        show("invalid state", error)
    return asyncio.current_task().get_name()
    nested = noop()
    try:
        asyncio.run(nested)
    except RuntimeError as error:
        show("nested run", error)
    nested.close()
    return "done"


try:
    asyncio.run(main())
except TimeoutError as error:
    show("run", type(error).__name__)
show("second run's task", asyncio.run(with_timeout()))
try:
    asyncio.get_running_loop()
except RuntimeError as error:
    show("no loop", error)
try:
    asyncio.run(42)
except ValueError as error:
    show("run(42)", error)
loop = asyncio.new_event_loop()


async def answer():
    await asyncio.sleep(0)
    return 42


show("run_until_complete", loop.run_until_complete(answer()))
loop.close()
never = answer()
try:
    loop.run_until_complete(never)
except RuntimeError as error:
    show("closed", error)
never.close()


# async generators left unfinished: finalized by the loop (PEP 525 hooks)
async def numbered(name):
    try:
        for i in range(5):
            yield i
            await asyncio.sleep(0)
    finally:
        print("cleanup", name)


async def abandon():
    async for x in numbered("temporary"):
        if x == 1:
            break
    print("after the loop")
    await asyncio.sleep(0)
    print("slept once")
    await asyncio.sleep(0)
    print("slept twice")
    kept = numbered("kept")
    print("first of kept:", await kept.__anext__())
    print("abandon returns")


asyncio.run(abandon())
print("after run")
