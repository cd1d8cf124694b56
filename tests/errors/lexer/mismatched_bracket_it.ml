# Italiano: a list closed with a parenthesis.
stampa([1, 2)
