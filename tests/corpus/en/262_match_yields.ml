# Yields and awaits inside match cases: resuming goes back into the case
# that yielded (its captures kept), not through the patterns again.
import asyncio

def gen(cmds):
    for c in cmds:
        match c:
            case ("say", text) if text:
                got = yield text.upper()
                print("sent back", got)
            case ("twice", x):
                yield x
                yield x
            case {"n": n}:
                for i in range(n):
                    yield i
            case _:
                pass
        print("after match", c)

g = gen([("say", "hi"), ("twice", 7), {"n": 2}, ("say", ""), 5])
print(next(g))
print(g.send("ok"))
print(list(g))

async def handle(cmd):
    match cmd.split():
        case ["sleep", n]:
            await asyncio.sleep(0)
            return "slept " + n
        case ["echo", *words]:
            r = await asyncio.sleep(0, " ".join(words))
            return r
        case _:
            return "unknown"

async def main():
    print(await asyncio.gather(handle("sleep 1"), handle("echo a b"), handle("x")))

asyncio.run(main())
