関数 countdown(n):
    表示("start", n)
    間 n > 0:
        生成 n
        n -= 1
    表示("done")
    戻る "finished"

毎 x 中 countdown(3):
    表示("got", x)

g = countdown(2)
表示(次(g), 次(g))
試行:
    次(g)
例外 StopIteration として e:
    表示("stop", e.value)
表示(次(g, "default"))

関数 echo():
    received = なし
    間 真:
        received = 生成 received
        もし received == "quit":
            戻る
        表示("echo got", received)

e = echo()
表示(次(e))
表示(e.send("hello"))
表示(e.send("world"))
試行:
    e.send("quit")
例外 StopIteration:
    表示("echo stopped")

関数 inner():
    x = 生成 1
    表示("inner got", x)
    生成 2
    戻る 42

関数 outer():
    r = 生成 から inner()
    表示("inner returned", r)
    生成 から [10, 20]
    生成 から 範囲(3)

表示(リスト(outer()))
o = outer()
表示(次(o))
表示(o.send("S"))
表示(リスト(o))

関数 nested(n):
    毎 i 中 範囲(n):
        もし i % 2 == 0:
            生成 i
        でなければ:
            毎 j 中 "ab":
                生成 文字列(i) + j

表示(リスト(nested(5)))

関数 guarded():
    試行:
        生成 1
        生成 2
    例外 ValueError として err:
        表示("caught", err)
    最後に:
        表示("cleanup")

gg = guarded()
表示(次(gg))
試行:
    表示(gg.throw(ValueError("boom")))
例外 StopIteration:
    表示("stopped by throw")
試行:
    次(gg)
例外 StopIteration:
    表示("end")
gc = guarded()
表示(次(gc))
gc.close()
表示("closed")

関数 with_closure(k):
    関数 add(x):
        戻る x + k
    毎 i 中 範囲(3):
        生成 add(i)
表示(リスト(with_closure(10)))

関数 pipeline():
    evens = (x 毎 x 中 範囲(20) もし x % 2 == 0)
    squares = (x * x 毎 x 中 evens)
    戻る 合計(squares)
表示(pipeline())
表示(型(countdown(1)).__name__)
表示(合計(x 毎 x 中 範囲(100) もし x % 7 == 0))
表示(最大値(長さ(w) 毎 w 中 ["aa", "bbbb", "c"]))
関数 gen_unpack():
    生成 1
    生成 2
a, b = gen_unpack()
表示(a, b)
表示(*gen_unpack())
表示(辞書(組み合わせ("abc", countdown(3))))
表示(3 中 countdown(5))
