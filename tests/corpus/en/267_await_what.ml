# What await takes: coroutines, objects with __await__ (one delegating to a
# coroutine's __await__()), but not the wrapper __await__() returns, nor a
# coroutine awaited twice.
import asyncio


async def answer():
    await asyncio.sleep(0)
    return 42


class Delegate:
    def __await__(self):
        return answer().__await__()


async def main():
    print(await answer(), await Delegate())
    c = answer()
    try:
        await c.__await__()
    except TypeError as e:
        print("TypeError:", e)
    finally:
        c.close()
    d = answer()
    print(await d)
    try:
        await d
    except RuntimeError as e:
        print("RuntimeError:", e)
    for bad in [None, 3, [answer]]:
        try:
            await bad
        except TypeError as e:
            print("TypeError:", e)


asyncio.run(main())
