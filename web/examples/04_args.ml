# Arguments
# args: Alice Bob
count = argc()
print("arguments:", count)
for i in range(count):
    print("hello,", argv(i))
