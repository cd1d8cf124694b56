text = "12x"
print("parsing", text)
value = int(text)
print(value)
