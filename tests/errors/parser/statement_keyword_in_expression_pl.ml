# Polski: `zwroc` (return) is a statement, not a value.
x = zwroc 1
