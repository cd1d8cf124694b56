import enum
print(enum.Enum)
