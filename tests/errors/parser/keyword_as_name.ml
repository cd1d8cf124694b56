# 'for' is a keyword: it cannot be assigned.
for = 3
