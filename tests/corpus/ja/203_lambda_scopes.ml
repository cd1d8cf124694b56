# Lambdas holding lambdas, comprehensions and generator expressions: each
# is a scope of its own, closing over the parameters around it.
取込 itertools

make_adder = ラムダ n: ラムダ x: x + n
add3 = make_adder(3)
表示(add3(4), make_adder(10)(1))

compose = ラムダ f, g: ラムダ x: f(g(x))
表示(compose(文字列, ラムダ v: v * 2)(21))

doubled = ラムダ xs: [x * 2 毎 x 中 xs]
表示(doubled([1, 2, 3]))

evens = ラムダ d: {k: v * 2 毎 k, v 中 d.items() もし v % 2 == 0}
表示(evens({"a": 1, "b": 2, "c": 4}))

shifted = ラムダ m: [[c + r 毎 c 中 row] 毎 r, row 中 列挙(m)]
表示(shifted([[1, 2], [3, 4]]))

letters = ラムダ s: {ch 毎 ch 中 s もし ch.isalpha()}
表示(ソート済み(letters("a1b2a")))

# a generator expression in a lambda is lazy: an endless source is fine
first_over = ラムダ it, k: 次(x 毎 x 中 it もし x > k)
表示(first_over(itertools.count(), 10))
squares = ラムダ n: (q * q 毎 q 中 範囲(n))
gen = squares(4)
表示(型(gen).__name__, 次(gen), リスト(gen))
表示(合計((ラムダ a: (a + b 毎 b 中 範囲(3)))(10)))

関数 scaler(k):
    戻る ラムダ xs: [x * k 毎 x 中 xs もし x > k]

表示(scaler(2)([1, 2, 3, 4]))

# the comprehension's own variable shadows the lambda's parameter
shadow = ラムダ x: [x 毎 x 中 範囲(x)]
表示(shadow(3))

# defaults bind the value at creation
fs = [ラムダ x, m=m: x * m 毎 m 中 範囲(3)]
表示([f(10) 毎 f 中 fs])
表示(ソート済み(["bb", "a", "ccc"], key=ラムダ s: [文字コード(c) 毎 c 中 s][0]))
