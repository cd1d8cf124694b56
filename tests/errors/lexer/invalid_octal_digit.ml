# 8 is no octal digit.
x = 0o18
