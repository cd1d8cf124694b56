# বাংলা: the body of the if is not indented.
ক = ৫
যদি ক > ৩:
ছাপাও(ক)
