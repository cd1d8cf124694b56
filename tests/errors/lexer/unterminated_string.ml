# The caret points at the opening quote.
print("hello)
