# Coroutines run by asyncio: tasks, gather, queues and the synchronisation
# primitives, in the order CPython's event loop runs them.
取込 asyncio


async 関数 worker(name, steps):
    範囲(steps) 内の 各 step に対して:
        表示(f"{name}: step {step}")
        await asyncio.sleep(0)
    戻る f"{name} finished after {steps} steps"


async 関数 producer(queue, count):
    範囲(count) 内の 各 item に対して:
        await queue.put(item * item)
        表示("produced", item * item, "size", queue.qsize())
    await queue.put(なし)


async 関数 consumer(queue):
    total = 0
    真 間:
        item = await queue.get()
        queue.task_done()
        item は なし もし:
            戻る total
        total += item
        表示("consumed", item)


async 関数 guarded(lock, name, log):
    async 付き lock:
        log.append(name + " enters")
        await asyncio.sleep(0)
        log.append(name + " leaves")


async 関数 waiter(event, name):
    表示(name, "waits")
    await event.wait()
    表示(name, "goes on")
    戻る name


async 関数 limited(semaphore, index, running, peak):
    async 付き semaphore:
        running.append(index)
        peak.append(長さ(running))
        await asyncio.sleep(0)
        running.remove(index)


async 関数 main():
    results = await asyncio.gather(worker("ant", 3), worker("bee", 1), worker("cat", 2))
    results 内の 各 line に対して:
        表示(line)

    task = asyncio.create_task(worker("dog", 2))
    表示("created", task.get_name(), "done?", task.done())
    表示(await task)
    表示("done?", task.done(), "result", task.result())

    queue = asyncio.Queue(maxsize=2)
    made, total = await asyncio.gather(producer(queue, 4), consumer(queue))
    表示("total", total, "empty", queue.empty())

    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*[guarded(lock, "g" + 文字列(n), log) 毎 n 中 範囲(3)])
    表示(log)

    event = asyncio.Event()
    waiting = [asyncio.create_task(waiter(event, "w" + 文字列(n))) 毎 n 中 範囲(2)]
    await asyncio.sleep(0)
    表示("set the event")
    event.set()
    表示(await asyncio.gather(*waiting))

    semaphore = asyncio.Semaphore(2)
    running, peak = [], []
    await asyncio.gather(*[limited(semaphore, n, running, peak) 毎 n 中 範囲(5)])
    表示("at most", 最大値(peak), "at once")

    loop = asyncio.get_running_loop()
    future = loop.create_future()
    loop.call_soon(future.set_result, "set by a callback")
    表示(await future)
    表示("current:", asyncio.current_task().get_name())

    order = []

    async 関数 sleeper(delay, name):
        await asyncio.sleep(delay)
        order.append(name)

    await asyncio.gather(sleeper(0.03, "slow"), sleeper(0.01, "fast"), sleeper(0.02, "middle"))
    表示(order)
    done, pending = await asyncio.wait([asyncio.create_task(sleeper(0.01, "first")),
                                        asyncio.create_task(sleeper(0.2, "later"))],
                                       return_when=asyncio.FIRST_COMPLETED)
    表示(長さ(done), "done,", 長さ(pending), "pending")
    pending 内の 各 rest に対して:
        rest.cancel()
    戻る 長さ(order)


表示("result:", asyncio.run(main()))
