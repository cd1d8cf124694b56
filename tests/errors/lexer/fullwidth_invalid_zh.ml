# 中文: fullwidth parentheses are fine, a fullwidth dollar is not.
# The caret lines up under wide characters.
打印（长度（「中文」） ＄ 2）
