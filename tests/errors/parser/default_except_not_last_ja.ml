# 日本語: a bare 例外 (except) must be the last handler.
試行:
    表示(1)
例外:
    表示(2)
例外 ValueError:
    表示(3)
