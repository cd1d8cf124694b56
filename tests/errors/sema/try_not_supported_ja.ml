# 日本語: exceptions are not compiled yet.
試行:
    表示(1)
例外:
    表示(2)
