# A producer and a consumer passing 50,000 items through an asyncio.Queue.
import asyncio


async def main():
    q = asyncio.Queue()

    async def produce():
        for i in range(50000):
            await q.put(i)
        await q.put(None)

    async def consume():
        total = 0
        while (x := await q.get()) is not None:
            total += x
        return total

    made, total = await asyncio.gather(produce(), consume())
    print(total)


asyncio.run(main())
