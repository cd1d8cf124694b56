வரையறு parse(s):
    முயற்சி:
        திருப்பு முழு(s)
    விதிவிலக்கு ValueError:
        திருப்பு -1

அச்சிடு(parse("12"), parse("x"))

வரையறு cleanup():
    முயற்சி:
        அச்சிடு("working")
        திருப்பு "result"
    இறுதியாக:
        அச்சிடு("cleanup")

அச்சிடு(cleanup())
முயற்சி:
    [1, 2][5]
விதிவிலக்கு IndexError ஆக e:
    அச்சிடு("index error:", e)
முயற்சி:
    1 / 0
விதிவிலக்கு (TypeError, ZeroDivisionError) ஆக e:
    அச்சிடு(e)
முயற்சி:
    எழுப்பு KeyError("k")
விதிவிலக்கு Exception ஆக e:
    அச்சிடு("generic", பிரதிநிதி(e), e.args)

வரையறு loop():
    total = 0
    ஒவ்வொரு i இல் வரம்பு(10):
        முயற்சி:
            என்றால் i == 3:
                தொடர்
            என்றால் i == 7:
                நிறுத்து
            total += i
        இறுதியாக:
            அச்சிடு("fin", i)
    திருப்பு total

அச்சிடு(loop())

வரையறு nested():
    முயற்சி:
        முயற்சி:
            எழுப்பு ValueError("inner")
        விதிவிலக்கு ValueError ஆக e:
            அச்சிடு("caught", e)
            எழுப்பு
    விதிவிலக்கு ValueError ஆக e2:
        அச்சிடு("outer", e2)
    முயற்சி:
        முயற்சி:
            எழுப்பு ValueError("a")
        இறுதியாக:
            அச்சிடு("finally runs")
    விதிவிலக்கு ValueError ஆக e:
        அச்சிடு("then caught", e)
    திருப்பு "ok"

அச்சிடு(nested())

வரையறு swallow():
    ஒவ்வொரு i இல் வரம்பு(3):
        முயற்சி:
            எழுப்பு RuntimeError("x")
        இறுதியாக:
            நிறுத்து
    திருப்பு "swallowed"

அச்சிடு(swallow())
முயற்சி:
    எழுப்பு ValueError
விதிவிலக்கு ValueError ஆக e:
    அச்சிடு(பிரதிநிதி(e), சரம்(e) == "")
முயற்சி:
    முயற்சி:
        1 // 0
    விதிவிலக்கு ZeroDivisionError ஆக e:
        எழுப்பு ValueError("converted") இருந்து e
விதிவிலக்கு ValueError ஆக e:
    அச்சிடு(e, பிரதிநிதி(e.__cause__))
x = 5
முயற்சி:
    x = முழு("zz")
விதிவிலக்கு ValueError:
    தாண்டு
இல்லை:
    அச்சிடு("no")
இறுதியாக:
    அச்சிடு("x is", x)

வரையறு classify(values):
    out = []
    ஒவ்வொரு v இல் values:
        முயற்சி:
            out.append(10 // v)
        விதிவிலக்கு ZeroDivisionError:
            out.append("div0")
        விதிவிலக்கு TypeError ஆக e:
            out.append(சரம்(e))
        இல்லை:
            out.append("ok")
        இறுதியாக:
            out.append("|")
    திருப்பு out

அச்சிடு(classify([1, 0, "a", 5]))

வரையறு depth(n):
    முயற்சி:
        என்றால் n == 0:
            எழுப்பு LookupError("bottom")
        திருப்பு depth(n - 1)
    இறுதியாக:
        என்றால் n % 2 == 0:
            அச்சிடு("unwinding", n)

முயற்சி:
    depth(4)
விதிவிலக்கு LookupError ஆக e:
    அச்சிடு("caught", e, e.args)

வரையறு handler_returns():
    முயற்சி:
        {}["missing"]
    விதிவிலக்கு KeyError ஆக e:
        திருப்பு "key " + சரம்(e)
    திருப்பு "unreachable"

அச்சிடு(handler_returns())
count = 0
வரை உண்மை:
    முயற்சி:
        count += 1
        என்றால் count > 3:
            எழுப்பு StopIteration
    விதிவிலக்கு StopIteration:
        நிறுத்து
அச்சிடு("count", count)
முயற்சி:
    முயற்சி:
        எழுப்பு TypeError("first")
    விதிவிலக்கு TypeError:
        எழுப்பு ValueError("second")
விதிவிலக்கு ValueError ஆக e:
    அச்சிடு(பிரதிநிதி(e), பிரதிநிதி(e.__context__))
errors = [ValueError, KeyError, IndexError]
ஒவ்வொரு cls இல் errors:
    முயற்சி:
        எழுப்பு cls("boom")
    விதிவிலக்கு LookupError ஆக e:
        அச்சிடு("lookup", பிரதிநிதி(e))
    விதிவிலக்கு Exception ஆக e:
        அச்சிடு("other", பிரதிநிதி(e))
முயற்சி:
    எழுப்பு Exception("a", 1, [2])
விதிவிலக்கு Exception ஆக e:
    அச்சிடு(e, e.args)
முயற்சி:
    உறுதி 1 > 2, "math is broken"
விதிவிலக்கு AssertionError ஆக e:
    அச்சிடு("assert:", e)
