# Nothing may follow a line-continuation backslash.
x = 1 \ 2
