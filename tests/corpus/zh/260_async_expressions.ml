# Awaits in every kind of expression, asynchronous generator expressions,
# awaitable classes, and the errors of the async protocols.
导入 asyncio


async 函数 value(x, log=空):
    如果 log 是 非 空:
        log.append(x)
    await asyncio.sleep(0)
    返回 x


类 Ready:
    """An awaitable class whose __await__ delegates to a coroutine's."""

    函数 __init__(self, n):
        self.n = n

    函数 __await__(self):
        返回 self.build().__await__()

    async 函数 build(self):
        await asyncio.sleep(0)
        返回 "ready " + 字符串(self.n)


类 NotAsync:
    函数 __enter__(self):
        返回 self

    函数 __exit__(self, *exc):
        返回 假


async 函数 countdown(n):
    当 n > 0:
        产出 n
        n -= 1


async 函数 main():
    log = []
    first = await value(0, log) 或 await value("second", log) 或 await value("third", log)
    both = await value(1, log) 且 await value(2, log)
    picked = await value("yes", log) 如果 await value(假, log) 否则 await value("no", log)
    打印(first, both, picked, log)
    打印(await value(1) < await value(2) < await value(3), 5 < await value(2) < await value(9))

    calls = []

    函数 note(tag):
        calls.append(tag)
        返回 tag

    pair = (note("before"), await value(note("awaited")), note("after"))
    打印(pair, calls)

    scale = 匿名 x, k=await value(10): x * k
    打印(scale(4))

    squares = (await value(i * i) 对于 i 里 范围(4))
    打印(类型(squares).__name__, [s async 对于 s 里 squares])
    evens = (n async 对于 n 里 countdown(6) 如果 n % 2 == 0)
    打印([n async 对于 n 里 evens])
    打印(await 异步下一个(countdown(3)), await 异步下一个(countdown(0), "empty"))

    打印(await Ready(7))
    打印(await asyncio.gather(Ready(1), Ready(2)))

    对于 bad 里 ([1, 2], NotAsync()):
        尝试:
            async 对于 item 里 bad:
                过
        除了 TypeError 作为 error:
            打印("TypeError:", error)
    尝试:
        async 使用 NotAsync():
            过
    除了 TypeError 作为 error:
        打印("TypeError:", error)
    尝试:
        使用 42:
            过
    除了 TypeError 作为 error:
        打印("TypeError:", error)

    step = countdown(2).__anext__()
    打印(await step)
    尝试:
        await step
    除了 RuntimeError 作为 error:
        打印("RuntimeError:", error)

    async 函数 broken():
        产出 1
        抛出 StopAsyncIteration

    尝试:
        async 对于 item 里 broken():
            打印("item", item)
    除了 RuntimeError 作为 error:
        打印("RuntimeError:", error)
    gen = countdown(5)
    打印(gen.__name__, gen.__qualname__, 类型(gen).__name__)
    返回 "done"


打印(asyncio.run(main()))
