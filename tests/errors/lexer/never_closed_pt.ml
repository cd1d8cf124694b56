# Português: a parenthesis still open at the end of the file.
imprima((1, 2)
