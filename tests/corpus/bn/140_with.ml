# with: __enter__/__exit__, exceptions passed to __exit__ and suppressed, continue/return through it, several items.
শ্রেণি Resource:
    সংজ্ঞা __init__(self, name, log, suppress=মিথ্যা):
        self.name = name
        self.log = log
        self.suppress = suppress

    সংজ্ঞা __enter__(self):
        self.log.append("enter " + self.name)
        ফেরত self

    সংজ্ঞা __exit__(self, exc_type, exc, tb):
        self.log.append("exit " + self.name + " " + (exc_type.__name__ যদি exc_type নাহলে "ok"))
        ফেরত self.suppress


log = []
সাথে Resource("a", log) হিসাবে r:
    log.append("body " + r.name)
ছাপাও(log)

log = []
চেষ্টা:
    সাথে Resource("b", log):
        log.append("before")
        তোলো KeyError("k")
        log.append("never")
ব্যতিক্রম KeyError হিসাবে e:
    log.append("caught " + উপস্থাপনা(e))
ছাপাও(log)

log = []
সাথে Resource("c", log, suppress=সত্য):
    1 / 0
log.append("after")
ছাপাও(log)

সংজ্ঞা early(n):
    log = []
    জন্য i মধ্যে পরিসর(n):
        সাথে Resource("r" + পাঠ্য(i), log) হিসাবে res:
            যদি i == 1:
                চালাও
            যদি i == 2:
                ফেরত log
            log.append("work " + res.name)
    ফেরত log

ছাপাও(early(5))

log = []
সাথে Resource("outer", log) হিসাবে o, Resource("inner", log) হিসাবে i:
    log.append(o.name + "+" + i.name)
ছাপাও(log)

শ্রেণি Timer:
    সংজ্ঞা __enter__(self):
        ফেরত 42
    সংজ্ঞা __exit__(self, a, b, c):
        ছাপাও("exit args", a, b, c)

সাথে Timer() হিসাবে t:
    ছাপাও("t =", t)
