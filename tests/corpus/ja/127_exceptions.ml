関数 parse(s):
    試行:
        戻る 整数(s)
    例外 ValueError:
        戻る -1

表示(parse("12"), parse("x"))

関数 cleanup():
    試行:
        表示("working")
        戻る "result"
    最後に:
        表示("cleanup")

表示(cleanup())
試行:
    [1, 2][5]
例外 IndexError として e:
    表示("index error:", e)
試行:
    1 / 0
例外 (TypeError, ZeroDivisionError) として e:
    表示(e)
試行:
    発生 KeyError("k")
例外 Exception として e:
    表示("generic", 表現(e), e.args)

関数 loop():
    total = 0
    毎 i 中 範囲(10):
        試行:
            もし i == 3:
                続行
            もし i == 7:
                中断
            total += i
        最後に:
            表示("fin", i)
    戻る total

表示(loop())

関数 nested():
    試行:
        試行:
            発生 ValueError("inner")
        例外 ValueError として e:
            表示("caught", e)
            発生
    例外 ValueError として e2:
        表示("outer", e2)
    試行:
        試行:
            発生 ValueError("a")
        最後に:
            表示("finally runs")
    例外 ValueError として e:
        表示("then caught", e)
    戻る "ok"

表示(nested())

関数 swallow():
    毎 i 中 範囲(3):
        試行:
            発生 RuntimeError("x")
        最後に:
            中断
    戻る "swallowed"

表示(swallow())
試行:
    発生 ValueError
例外 ValueError として e:
    表示(表現(e), 文字列(e) == "")
試行:
    試行:
        1 // 0
    例外 ZeroDivisionError として e:
        発生 ValueError("converted") から e
例外 ValueError として e:
    表示(e, 表現(e.__cause__))
x = 5
試行:
    x = 整数("zz")
例外 ValueError:
    パス
でなければ:
    表示("no")
最後に:
    表示("x is", x)

関数 classify(values):
    out = []
    毎 v 中 values:
        試行:
            out.append(10 // v)
        例外 ZeroDivisionError:
            out.append("div0")
        例外 TypeError として e:
            out.append(文字列(e))
        でなければ:
            out.append("ok")
        最後に:
            out.append("|")
    戻る out

表示(classify([1, 0, "a", 5]))

関数 depth(n):
    試行:
        もし n == 0:
            発生 LookupError("bottom")
        戻る depth(n - 1)
    最後に:
        もし n % 2 == 0:
            表示("unwinding", n)

試行:
    depth(4)
例外 LookupError として e:
    表示("caught", e, e.args)

関数 handler_returns():
    試行:
        {}["missing"]
    例外 KeyError として e:
        戻る "key " + 文字列(e)
    戻る "unreachable"

表示(handler_returns())
count = 0
間 真:
    試行:
        count += 1
        もし count > 3:
            発生 StopIteration
    例外 StopIteration:
        中断
表示("count", count)
試行:
    試行:
        発生 TypeError("first")
    例外 TypeError:
        発生 ValueError("second")
例外 ValueError として e:
    表示(表現(e), 表現(e.__context__))
errors = [ValueError, KeyError, IndexError]
毎 cls 中 errors:
    試行:
        発生 cls("boom")
    例外 LookupError として e:
        表示("lookup", 表現(e))
    例外 Exception として e:
        表示("other", 表現(e))
試行:
    発生 Exception("a", 1, [2])
例外 Exception として e:
    表示(e, e.args)
試行:
    断言 1 > 2, "math is broken"
例外 AssertionError として e:
    表示("assert:", e)
