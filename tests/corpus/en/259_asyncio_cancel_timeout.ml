# Cancellation, timeouts and failures of tasks under asyncio.
import asyncio


async def ticker(name, log):
    try:
        while True:
            log.append(name)
            await asyncio.sleep(0.005)
    except asyncio.CancelledError:
        print(name, "was cancelled")
        raise
    finally:
        print(name, "cleans up")


async def slow(delay, value):
    await asyncio.sleep(delay)
    return value


async def broken(message):
    await asyncio.sleep(0)
    raise ValueError(message)


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn caught the cancellation and returns")
        return "survived"


async def main():
    log = []
    task = asyncio.create_task(ticker("tick", log))
    await asyncio.sleep(0.02)
    print("cancel:", task.cancel())
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled:", task.cancelled(), "done:", task.done(), "ticks:", len(log) > 1)
    print("cancel again:", task.cancel())

    try:
        await asyncio.wait_for(slow(1, "late"), timeout=0.01)
    except asyncio.TimeoutError:
        print("wait_for timed out")
    print(await asyncio.wait_for(slow(0, "in time"), timeout=1))

    try:
        async with asyncio.timeout(0.01):
            await slow(1, "never")
    except TimeoutError:
        print("timeout() raised TimeoutError")

    results = await asyncio.gather(slow(0, 1), broken("first"), slow(0, 3), return_exceptions=True)
    print([type(r).__name__ for r in results], results[1])
    try:
        await asyncio.gather(slow(0, 1), broken("second"))
    except ValueError as error:
        print("gather raised:", error)

    failing = asyncio.create_task(broken("third"))
    await asyncio.sleep(0.001)
    print("failed task done:", failing.done(), "exception:", repr(failing.exception()))
    try:
        failing.result()
    except ValueError as error:
        print("result() raised:", error)

    survivor = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    survivor.cancel()
    print(await survivor, "cancelled():", survivor.cancelled())

    inner = asyncio.create_task(slow(0.01, "shielded value"))
    print(await asyncio.shield(inner))

    for next_done in asyncio.as_completed([slow(0.02, "second"), slow(0.01, "first")]):
        print("as_completed:", await next_done)

    future = asyncio.get_running_loop().create_future()
    try:
        future.result()
    except asyncio.InvalidStateError as error:
        print("InvalidStateError:", error)
    future.set_exception(KeyError("k"))
    try:
        await future
    except KeyError as error:
        print("awaited future raised", repr(error))

    leftover = asyncio.create_task(ticker("leftover", []))
    await asyncio.sleep(0)
    return "main returns while a task is still running"


print(asyncio.run(main()))
print("after run")
