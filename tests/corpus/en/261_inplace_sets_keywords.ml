# In-place set operators keep the set's own table (CPython's iteration
# order afterwards), keyword arguments of str methods and random's
# functions with re imported, and awaits in a nested def's defaults.
import asyncio
import random
import re

a = set([0, 5, 23, 27, 39, 53])
a |= set()
print(list(a))
s = set(range(20))
s -= {3}
s.add(100)
s.add(37)
print(s)
t = set(range(40))
t ^= {1, 2, 50}
t.add(64)
print(list(t))
u = set(range(30))
u.difference_update(range(10, 20), [25])
u.symmetric_difference_update({1, 99})
u.add(33)
print(list(u))
v = {1, 2}
v -= v
print(v)

line = "cmd arg1 arg2 arg3"
print(line.split(maxsplit=1), line.rsplit(" ", maxsplit=1), re.split(r"\s+", line, maxsplit=2))

random.seed(7)
print(random.sample(range(100), k=4), random.choice(seq="xyz"), random.randint(a=1, b=6))
print(random.choices(population=[1, 2, 3], k=5), random.uniform(a=0, b=1) < 1)
deck = list(range(10))
random.shuffle(x=deck)
print(deck)


async def base(n):
    await asyncio.sleep(0)
    return n


async def main():
    def scaled(x, factor=await base(3)):
        return x * factor
    return scaled(5)


print(asyncio.run(main()))
