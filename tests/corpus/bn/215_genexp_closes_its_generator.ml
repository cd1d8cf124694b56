# A generator expression closed early (close(), or a return leaving the
# loop over it) closes the generator it iterates: its finally runs then.
সংজ্ঞা numbers(tag):
    চেষ্টা:
        পরিসর(5) মধ্যে i জন্য:
            উৎপন্ন i
    অবশেষে:
        ছাপাও("closed", tag)


squares = (x * x জন্য x মধ্যে numbers("a"))
ছাপাও(পরবর্তী(squares), পরবর্তী(squares))
squares.close()
ছাপাও("after close")

total = যোগফল(x জন্য x মধ্যে numbers("c"))
ছাপাও("total", total)


সংজ্ঞা first_big(limit):
    (x * 10 জন্য x মধ্যে numbers("d")) মধ্যে v জন্য:
        v > limit যদি:
            ফেরত v


ছাপাও(first_big(15))
