# 日本語: a 「 string that is never closed on its line.
毎 x 中 範囲(2):
    表示(「こんにちは)
