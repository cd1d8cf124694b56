# A generator that only a for loop holds is closed as an exception leaves
# the loop: its finally blocks run before the handler, innermost first.
परिभाषा numbers(name):
    प्रयास:
        परास(3) में i के_लिए:
            उत्पन्न i
    अंतमें:
        छापो("closed", name)


परिभाषा loud_finally():
    प्रयास:
        उत्पन्न 1
    अंतमें:
        छापो("finally that raises")
        उठाओ KeyError("ignored")


परिभाषा nested():
    numbers("outer") में a के_लिए:
        numbers("inner") में b के_लिए:
            प्रयास:
                b == 1 अगर:
                    उठाओ IndexError("handled inside the loop")
            अपवाद IndexError रूपमें err:
                छापो("handled:", err)
            a == 1 और b == 2 अगर:
                उठाओ ValueError("leaves both loops")
        छापो("row", a)


प्रयास:
    nested()
अपवाद ValueError रूपमें err:
    छापो("caught:", err)


परिभाषा original_goes_on():
    loud_finally() में x के_लिए:
        उठाओ TypeError("the original")


प्रयास:
    original_goes_on()
अपवाद TypeError रूपमें err:
    छापो("still", प्रकार(err).__name__, err)


परिभाषा in_generator():
    numbers("held by a generator") में v के_लिए:
        उत्पन्न v * 10
        v == 1 अगर:
            उठाओ LookupError("from a generator")


प्रयास:
    in_generator() में w के_लिए:
        छापो("got", w)
अपवाद LookupError रूपमें err:
    छापो("lookup:", err)

total = 0
प्रयास:
    numbers("top level") में q के_लिए:
        total += q
        q == 2 अगर:
            total = total // 0
अपवाद ZeroDivisionError रूपमें err:
    छापो("zero:", err)
अंतमें:
    छापो("total", total)
