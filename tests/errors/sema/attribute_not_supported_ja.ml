# 日本語: attributes of str values (only objects have attributes yet).
x = "cinq"
もし x:
    表示(x.__sizeof__)
