# 5,000 tasks of 10 steps each (asyncio.sleep(0) between), gathered.
import asyncio


async def work(i):
    total = 0
    for k in range(10):
        total += k * i
        await asyncio.sleep(0)
    return total


async def main():
    results = await asyncio.gather(*[work(i) for i in range(5000)])
    print(sum(results))


asyncio.run(main())
