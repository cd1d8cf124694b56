from string import capwords
print(capwords("hello world"))
