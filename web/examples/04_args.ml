# Arguments
# args: Alice Bob
count = argc()
print("arguments:", count)
for k in range(count):
    print("hello,", argv(k))
