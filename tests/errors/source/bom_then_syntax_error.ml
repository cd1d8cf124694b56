print(1 +)
# A byte order mark before line 1 takes no column: the caret is under ")".
