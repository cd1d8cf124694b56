# 日本語: attributes other than those of exceptions.
x = 5
もし x > 1:
    表示(x.real)
