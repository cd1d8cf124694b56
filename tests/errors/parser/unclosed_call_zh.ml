# 中文: a call left open at the end of a line that goes on.
打印(长度([1, 2, 3])
x = 1
