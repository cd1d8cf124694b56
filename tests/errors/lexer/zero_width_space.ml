# An invisible U+200B between 1 and +, pasted from a web page.
x = 1​ + 2
