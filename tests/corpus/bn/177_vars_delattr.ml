# vars(), __dict__ and del of attributes
শ্রেণি A:
    kind = "a"
    সংজ্ঞা __init__(self):
        self.x = 1
        self.y = "b"
a = A()
ছাপাও(চলক(a), a.__dict__)
চলক(a)["z"] = 3
ছাপাও(a.z, সাজানো(চলক(a)), "kind" মধ্যে চলক(A), চলক(A)["kind"])
b = A()
মুছো b.x
ছাপাও(b.__dict__)
চেষ্টা:
    চলক(5)
ব্যতিক্রম TypeError হিসাবে e:
    ছাপাও("TypeError:", e)
শ্রেণি P:
    ছাড়ো
p = P()
p.a = 1
p.b = 2
মুছো p.a
ছাপাও(চলক(p), বৈশিষ্ট্য_আছে(p, "a"))
চেষ্টা:
    মুছো p.a
ব্যতিক্রম AttributeError হিসাবে err:
    ছাপাও("AttributeError:", err)
