import struct
print(struct.pack("<i", 1))
