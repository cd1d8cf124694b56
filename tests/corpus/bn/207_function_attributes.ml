# Functions are objects with attributes of their own: counters, tags,
# caches hung on a function, __name__ and __qualname__ set apart, and
# functools.wraps carrying the wrapped function's attributes and
# __wrapped__.
আমদানি functools


সংজ্ঞা counted():
    counted.calls += 1
    ফেরত counted.calls


counted.calls = 0
counted()
ছাপাও(counted(), counted.__name__, চলক(counted), বৈশিষ্ট্য_আছে(counted, "calls"))

tagged = ল্যাম্বডা: "value"
tagged.tag = "lambda"
ছাপাও(tagged.tag, বৈশিষ্ট্য_নাও(tagged, "tag"), tagged.__dict__)


সংজ্ঞা trace(fn):
    @functools.wraps(fn)
    সংজ্ঞা wrapper(*args):
        wrapper.count += 1
        ফেরত fn(*args)
    wrapper.count = 0
    ফেরত wrapper


সংজ্ঞা unit(u):
    সংজ্ঞা mark(fn):
        fn.unit = u
        ফেরত fn
    ফেরত mark


@trace
@unit("metres")
সংজ্ঞা add(a, b):
    ফেরত a + b


ছাপাও(add(1, 2), add(3, 4), add.count, add.unit, add.__wrapped__(5, 5), add.__name__)
ছাপাও(সাজানো(চলক(add)))


সংজ্ঞা make():
    সংজ্ঞা inner():
        ফেরত inner.value
    inner.value = 7
    ফেরত inner


first, second = make(), make()
second.value = 8
ছাপাও(first(), second())


সংজ্ঞা fib(n):
    n মধ্যে fib.cache যদি:
        ফেরত fib.cache[n]
    r = n যদি n < 2 নাহলে fib(n - 1) + fib(n - 2)
    fib.cache[n] = r
    ফেরত r


fib.cache = {}
ছাপাও(fib(80), দৈর্ঘ্য(fib.cache))


সংজ্ঞা renamed():
    ছাড়ো


renamed.__name__ = "shown"
ছাপাও(renamed.__name__, renamed.__qualname__)
মুছো counted.calls
ছাপাও(বৈশিষ্ট্য_আছে(counted, "calls"))
চেষ্টা:
    ছাপাও(counted.missing)
ব্যতিক্রম AttributeError হিসাবে err:
    ছাপাও("AttributeError:", err)
চেষ্টা:
    renamed.__name__ = 3
ব্যতিক্রম TypeError হিসাবে err:
    ছাপাও("TypeError:", err)
