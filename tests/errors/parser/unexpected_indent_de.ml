# Deutsch: an indented line that opens no block.
x = 1
    ausgeben(x)
