"""A long top level: lowered in parts, its tree freed as it goes."""
total = 0
words = []
class Box:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
def twice(n):
    return 2 * n
a0 = 0 + 0
total += a0
s1 = "part" "-1-" "joined"
words.append(s1[4:])
if total % 3 == 2:
    total += 1
elif total % 5 == 0:
    total -= 2
else:
    words.append(f"{total}:2")
for j in range(3):
    total += j * 3
try:
    q = 4 // (total % 2)
except ZeroDivisionError as exc:
    words.append("zero 4")
finally:
    total += 1
m = getattr("Word5", "upper")
words.append(m())
match 6 % 4:
    case 0:
        words.append("zero")
    case 1 | 2:
        words.append("small")
    case _:
        total += 3
b7 = Box(7 * 1.5)
total += int(b7.get())
d8 = {"k8": 8, "n": [8, 9]}
total += d8["n"][1] + len(d8)
x, y = 9, total
x, y = y % 1000, x
total += twice(x) - y
n = 0
while n < 2:
    n += 1
total += n
big11 = 2 ** 61 + 11
total += big11 % 1000
print("line 12", total, sep=" | ", end=";\n")
assert total >= 0, "total 13"
del x
a14 = 14 + 0
total += a14
s15 = "part" "-15-" "joined"
words.append(s15[4:])
if total % 3 == 1:
    total += 1
elif total % 5 == 0:
    total -= 2
else:
    words.append(f"{total}:16")
for j in range(2):
    total += j * 17
try:
    q = 18 // (total % 2)
except ZeroDivisionError as exc:
    words.append("zero 18")
finally:
    total += 1
m = getattr("Word19", "upper")
words.append(m())
match 20 % 4:
    case 0:
        words.append("zero")
    case 1 | 2:
        words.append("small")
    case _:
        total += 3
b21 = Box(21 * 1.5)
total += int(b21.get())
d22 = {"k22": 22, "n": [22, 23]}
total += d22["n"][1] + len(d22)
x, y = 23, total
x, y = y % 1000, x
total += twice(x) - y
n = 0
while n < 0:
    n += 1
total += n
big25 = 2 ** 65 + 25
total += big25 % 1000
print("line 26", total, sep=" | ", end=";\n")
assert total >= 0, "total 27"
del x
a28 = 28 + 0
total += a28
s29 = "part" "-29-" "joined"
words.append(s29[4:])
if total % 3 == 0:
    total += 1
elif total % 5 == 0:
    total -= 2
else:
    words.append(f"{total}:30")
for j in range(1):
    total += j * 31
try:
    q = 32 // (total % 2)
except ZeroDivisionError as exc:
    words.append("zero 32")
finally:
    total += 1
m = getattr("Word33", "upper")
words.append(m())
match 34 % 4:
    case 0:
        words.append("zero")
    case 1 | 2:
        words.append("small")
    case _:
        total += 3
b35 = Box(35 * 1.5)
total += int(b35.get())
d36 = {"k36": 36, "n": [36, 37]}
total += d36["n"][1] + len(d36)
x, y = 37, total
x, y = y % 1000, x
total += twice(x) - y
n = 0
while n < 2:
    n += 1
total += n
big39 = 2 ** 69 + 39
total += big39 % 1000
print("line 40", total, sep=" | ", end=";\n")
assert total >= 0, "total 41"
del x
a42 = 42 + 0
total += a42
s43 = "part" "-43-" "joined"
words.append(s43[4:])
if total % 3 == 2:
    total += 1
elif total % 5 == 0:
    total -= 2
else:
    words.append(f"{total}:44")
for j in range(0):
    total += j * 45
try:
    q = 46 // (total % 2)
except ZeroDivisionError as exc:
    words.append("zero 46")
finally:
    total += 1
m = getattr("Word47", "upper")
words.append(m())
match 48 % 4:
    case 0:
        words.append("zero")
    case 1 | 2:
        words.append("small")
    case _:
        total += 3
b49 = Box(49 * 1.5)
total += int(b49.get())
d50 = {"k50": 50, "n": [50, 51]}
total += d50["n"][1] + len(d50)
x, y = 51, total
x, y = y % 1000, x
total += twice(x) - y
n = 0
while n < 0:
    n += 1
total += n
big53 = 2 ** 63 + 53
total += big53 % 1000
print("line 54", total, sep=" | ", end=";\n")
assert total >= 0, "total 55"
del x
a56 = 56 + 0
total += a56
s57 = "part" "-57-" "joined"
words.append(s57[4:])
if total % 3 == 1:
    total += 1
elif total % 5 == 0:
    total -= 2
else:
    words.append(f"{total}:58")
for j in range(4):
    total += j * 59
try:
    q = 60 // (total % 2)
except ZeroDivisionError as exc:
    words.append("zero 60")
finally:
    total += 1
m = getattr("Word61", "upper")
words.append(m())
match 62 % 4:
    case 0:
        words.append("zero")
    case 1 | 2:
        words.append("small")
    case _:
        total += 3
b63 = Box(63 * 1.5)
total += int(b63.get())
d64 = {"k64": 64, "n": [64, 65]}
total += d64["n"][1] + len(d64)
x, y = 65, total
x, y = y % 1000, x
total += twice(x) - y
n = 0
while n < 2:
    n += 1
total += n
big67 = 2 ** 67 + 67
total += big67 % 1000
print("line 68", total, sep=" | ", end=";\n")
assert total >= 0, "total 69"
del x
a70 = 70 + 0
total += a70
s71 = "part" "-71-" "joined"
words.append(s71[4:])
if total % 3 == 0:
    total += 1
elif total % 5 == 0:
    total -= 2
else:
    words.append(f"{total}:72")
for j in range(3):
    total += j * 73
try:
    q = 74 // (total % 2)
except ZeroDivisionError as exc:
    words.append("zero 74")
finally:
    total += 1
m = getattr("Word75", "upper")
words.append(m())
match 76 % 4:
    case 0:
        words.append("zero")
    case 1 | 2:
        words.append("small")
    case _:
        total += 3
b77 = Box(77 * 1.5)
total += int(b77.get())
d78 = {"k78": 78, "n": [78, 79]}
total += d78["n"][1] + len(d78)
x, y = 79, total
x, y = y % 1000, x
total += twice(x) - y
n = 0
while n < 0:
    n += 1
total += n
big81 = 2 ** 61 + 81
total += big81 % 1000
print("line 82", total, sep=" | ", end=";\n")
assert total >= 0, "total 83"
del x
a84 = 84 + 0
total += a84
s85 = "part" "-85-" "joined"
words.append(s85[4:])
if total % 3 == 2:
    total += 1
elif total % 5 == 0:
    total -= 2
else:
    words.append(f"{total}:86")
for j in range(2):
    total += j * 87
try:
    q = 88 // (total % 2)
except ZeroDivisionError as exc:
    words.append("zero 88")
finally:
    total += 1
m = getattr("Word89", "upper")
words.append(m())
match 90 % 4:
    case 0:
        words.append("zero")
    case 1 | 2:
        words.append("small")
    case _:
        total += 3
b91 = Box(91 * 1.5)
total += int(b91.get())
d92 = {"k92": 92, "n": [92, 93]}
total += d92["n"][1] + len(d92)
x, y = 93, total
x, y = y % 1000, x
total += twice(x) - y
n = 0
while n < 2:
    n += 1
total += n
big95 = 2 ** 65 + 95
total += big95 % 1000
print("line 96", total, sep=" | ", end=";\n")
assert total >= 0, "total 97"
del x
a98 = 98 + 0
total += a98
s99 = "part" "-99-" "joined"
words.append(s99[4:])
if total % 3 == 1:
    total += 1
elif total % 5 == 0:
    total -= 2
else:
    words.append(f"{total}:100")
for j in range(1):
    total += j * 101
try:
    q = 102 // (total % 2)
except ZeroDivisionError as exc:
    words.append("zero 102")
finally:
    total += 1
m = getattr("Word103", "upper")
words.append(m())
match 104 % 4:
    case 0:
        words.append("zero")
    case 1 | 2:
        words.append("small")
    case _:
        total += 3
b105 = Box(105 * 1.5)
total += int(b105.get())
d106 = {"k106": 106, "n": [106, 107]}
total += d106["n"][1] + len(d106)
x, y = 107, total
x, y = y % 1000, x
total += twice(x) - y
n = 0
while n < 0:
    n += 1
total += n
big109 = 2 ** 69 + 109
total += big109 % 1000
print("line 110", total, sep=" | ", end=";\n")
assert total >= 0, "total 111"
del x
a112 = 112 + 0
total += a112
s113 = "part" "-113-" "joined"
words.append(s113[4:])
if total % 3 == 0:
    total += 1
elif total % 5 == 0:
    total -= 2
else:
    words.append(f"{total}:114")
for j in range(0):
    total += j * 115
try:
    q = 116 // (total % 2)
except ZeroDivisionError as exc:
    words.append("zero 116")
finally:
    total += 1
m = getattr("Word117", "upper")
words.append(m())
match 118 % 4:
    case 0:
        words.append("zero")
    case 1 | 2:
        words.append("small")
    case _:
        total += 3
b119 = Box(119 * 1.5)
total += int(b119.get())
d120 = {"k120": 120, "n": [120, 121]}
total += d120["n"][1] + len(d120)
x, y = 121, total
x, y = y % 1000, x
total += twice(x) - y
n = 0
while n < 2:
    n += 1
total += n
big123 = 2 ** 63 + 123
total += big123 % 1000
print("line 124", total, sep=" | ", end=";\n")
assert total >= 0, "total 125"
del x
a126 = 126 + 0
total += a126
s127 = "part" "-127-" "joined"
words.append(s127[4:])
if total % 3 == 2:
    total += 1
elif total % 5 == 0:
    total -= 2
else:
    words.append(f"{total}:128")
for j in range(4):
    total += j * 129
try:
    q = 130 // (total % 2)
except ZeroDivisionError as exc:
    words.append("zero 130")
finally:
    total += 1
m = getattr("Word131", "upper")
words.append(m())
match 132 % 4:
    case 0:
        words.append("zero")
    case 1 | 2:
        words.append("small")
    case _:
        total += 3
b133 = Box(133 * 1.5)
total += int(b133.get())
d134 = {"k134": 134, "n": [134, 135]}
total += d134["n"][1] + len(d134)
x, y = 135, total
x, y = y % 1000, x
total += twice(x) - y
n = 0
while n < 0:
    n += 1
total += n
big137 = 2 ** 67 + 137
total += big137 % 1000
print("line 138", total, sep=" | ", end=";\n")
assert total >= 0, "total 139"
del x
a140 = 140 + 0
total += a140
s141 = "part" "-141-" "joined"
words.append(s141[4:])
if total % 3 == 1:
    total += 1
elif total % 5 == 0:
    total -= 2
else:
    words.append(f"{total}:142")
for j in range(3):
    total += j * 143
try:
    q = 144 // (total % 2)
except ZeroDivisionError as exc:
    words.append("zero 144")
finally:
    total += 1
m = getattr("Word145", "upper")
words.append(m())
match 146 % 4:
    case 0:
        words.append("zero")
    case 1 | 2:
        words.append("small")
    case _:
        total += 3
b147 = Box(147 * 1.5)
total += int(b147.get())
d148 = {"k148": 148, "n": [148, 149]}
total += d148["n"][1] + len(d148)
x, y = 149, total
x, y = y % 1000, x
total += twice(x) - y
n = 0
while n < 2:
    n += 1
total += n
big151 = 2 ** 61 + 151
total += big151 % 1000
print("line 152", total, sep=" | ", end=";\n")
assert total >= 0, "total 153"
del x
a154 = 154 + 0
total += a154
s155 = "part" "-155-" "joined"
words.append(s155[4:])
if total % 3 == 0:
    total += 1
elif total % 5 == 0:
    total -= 2
else:
    words.append(f"{total}:156")
for j in range(2):
    total += j * 157
try:
    q = 158 // (total % 2)
except ZeroDivisionError as exc:
    words.append("zero 158")
finally:
    total += 1
m = getattr("Word159", "upper")
words.append(m())
match 160 % 4:
    case 0:
        words.append("zero")
    case 1 | 2:
        words.append("small")
    case _:
        total += 3
b161 = Box(161 * 1.5)
total += int(b161.get())
d162 = {"k162": 162, "n": [162, 163]}
total += d162["n"][1] + len(d162)
x, y = 163, total
x, y = y % 1000, x
total += twice(x) - y
n = 0
while n < 0:
    n += 1
total += n
big165 = 2 ** 65 + 165
total += big165 % 1000
print("line 166", total, sep=" | ", end=";\n")
assert total >= 0, "total 167"
del x
a168 = 168 + 0
total += a168
s169 = "part" "-169-" "joined"
words.append(s169[4:])
if total % 3 == 2:
    total += 1
elif total % 5 == 0:
    total -= 2
else:
    words.append(f"{total}:170")
for j in range(1):
    total += j * 171
try:
    q = 172 // (total % 2)
except ZeroDivisionError as exc:
    words.append("zero 172")
finally:
    total += 1
m = getattr("Word173", "upper")
words.append(m())
match 174 % 4:
    case 0:
        words.append("zero")
    case 1 | 2:
        words.append("small")
    case _:
        total += 3
b175 = Box(175 * 1.5)
total += int(b175.get())
d176 = {"k176": 176, "n": [176, 177]}
total += d176["n"][1] + len(d176)
x, y = 177, total
x, y = y % 1000, x
total += twice(x) - y
n = 0
while n < 2:
    n += 1
total += n
big179 = 2 ** 69 + 179
total += big179 % 1000
print("line 180", total, sep=" | ", end=";\n")
assert total >= 0, "total 181"
del x
a182 = 182 + 0
total += a182
s183 = "part" "-183-" "joined"
words.append(s183[4:])
if total % 3 == 1:
    total += 1
elif total % 5 == 0:
    total -= 2
else:
    words.append(f"{total}:184")
for j in range(0):
    total += j * 185
try:
    q = 186 // (total % 2)
except ZeroDivisionError as exc:
    words.append("zero 186")
finally:
    total += 1
m = getattr("Word187", "upper")
words.append(m())
match 188 % 4:
    case 0:
        words.append("zero")
    case 1 | 2:
        words.append("small")
    case _:
        total += 3
b189 = Box(189 * 1.5)
total += int(b189.get())
d190 = {"k190": 190, "n": [190, 191]}
total += d190["n"][1] + len(d190)
x, y = 191, total
x, y = y % 1000, x
total += twice(x) - y
n = 0
while n < 0:
    n += 1
total += n
big193 = 2 ** 63 + 193
total += big193 % 1000
print("line 194", total, sep=" | ", end=";\n")
assert total >= 0, "total 195"
del x
a196 = 196 + 0
total += a196
s197 = "part" "-197-" "joined"
words.append(s197[4:])
if total % 3 == 0:
    total += 1
elif total % 5 == 0:
    total -= 2
else:
    words.append(f"{total}:198")
for j in range(4):
    total += j * 199
try:
    q = 200 // (total % 2)
except ZeroDivisionError as exc:
    words.append("zero 200")
finally:
    total += 1
m = getattr("Word201", "upper")
words.append(m())
match 202 % 4:
    case 0:
        words.append("zero")
    case 1 | 2:
        words.append("small")
    case _:
        total += 3
b203 = Box(203 * 1.5)
total += int(b203.get())
d204 = {"k204": 204, "n": [204, 205]}
total += d204["n"][1] + len(d204)
x, y = 205, total
x, y = y % 1000, x
total += twice(x) - y
n = 0
while n < 2:
    n += 1
total += n
big207 = 2 ** 67 + 207
total += big207 % 1000
print("line 208", total, sep=" | ", end=";\n")
assert total >= 0, "total 209"
del x
a210 = 210 + 0
total += a210
s211 = "part" "-211-" "joined"
words.append(s211[4:])
if total % 3 == 2:
    total += 1
elif total % 5 == 0:
    total -= 2
else:
    words.append(f"{total}:212")
for j in range(3):
    total += j * 213
try:
    q = 214 // (total % 2)
except ZeroDivisionError as exc:
    words.append("zero 214")
finally:
    total += 1
m = getattr("Word215", "upper")
words.append(m())
match 216 % 4:
    case 0:
        words.append("zero")
    case 1 | 2:
        words.append("small")
    case _:
        total += 3
b217 = Box(217 * 1.5)
total += int(b217.get())
d218 = {"k218": 218, "n": [218, 219]}
total += d218["n"][1] + len(d218)
x, y = 219, total
x, y = y % 1000, x
total += twice(x) - y
n = 0
while n < 0:
    n += 1
total += n
big221 = 2 ** 61 + 221
total += big221 % 1000
print("line 222", total, sep=" | ", end=";\n")
assert total >= 0, "total 223"
del x
a224 = 224 + 0
total += a224
s225 = "part" "-225-" "joined"
words.append(s225[4:])
if total % 3 == 1:
    total += 1
elif total % 5 == 0:
    total -= 2
else:
    words.append(f"{total}:226")
for j in range(2):
    total += j * 227
try:
    q = 228 // (total % 2)
except ZeroDivisionError as exc:
    words.append("zero 228")
finally:
    total += 1
m = getattr("Word229", "upper")
words.append(m())
match 230 % 4:
    case 0:
        words.append("zero")
    case 1 | 2:
        words.append("small")
    case _:
        total += 3
b231 = Box(231 * 1.5)
total += int(b231.get())
d232 = {"k232": 232, "n": [232, 233]}
total += d232["n"][1] + len(d232)
x, y = 233, total
x, y = y % 1000, x
total += twice(x) - y
n = 0
while n < 2:
    n += 1
total += n
big235 = 2 ** 65 + 235
total += big235 % 1000
print("line 236", total, sep=" | ", end=";\n")
assert total >= 0, "total 237"
del x
a238 = 238 + 0
total += a238
s239 = "part" "-239-" "joined"
words.append(s239[4:])
if total % 3 == 0:
    total += 1
elif total % 5 == 0:
    total -= 2
else:
    words.append(f"{total}:240")
for j in range(1):
    total += j * 241
try:
    q = 242 // (total % 2)
except ZeroDivisionError as exc:
    words.append("zero 242")
finally:
    total += 1
m = getattr("Word243", "upper")
words.append(m())
match 244 % 4:
    case 0:
        words.append("zero")
    case 1 | 2:
        words.append("small")
    case _:
        total += 3
b245 = Box(245 * 1.5)
total += int(b245.get())
d246 = {"k246": 246, "n": [246, 247]}
total += d246["n"][1] + len(d246)
x, y = 247, total
x, y = y % 1000, x
total += twice(x) - y
n = 0
while n < 0:
    n += 1
total += n
big249 = 2 ** 69 + 249
total += big249 % 1000
print("line 250", total, sep=" | ", end=";\n")
assert total >= 0, "total 251"
del x
a252 = 252 + 0
total += a252
s253 = "part" "-253-" "joined"
words.append(s253[4:])
if total % 3 == 2:
    total += 1
elif total % 5 == 0:
    total -= 2
else:
    words.append(f"{total}:254")
for j in range(0):
    total += j * 255
try:
    q = 256 // (total % 2)
except ZeroDivisionError as exc:
    words.append("zero 256")
finally:
    total += 1
m = getattr("Word257", "upper")
words.append(m())
match 258 % 4:
    case 0:
        words.append("zero")
    case 1 | 2:
        words.append("small")
    case _:
        total += 3
b259 = Box(259 * 1.5)
total += int(b259.get())
d260 = {"k260": 260, "n": [260, 261]}
total += d260["n"][1] + len(d260)
x, y = 261, total
x, y = y % 1000, x
total += twice(x) - y
n = 0
while n < 2:
    n += 1
total += n
big263 = 2 ** 63 + 263
total += big263 % 1000
print("line 264", total, sep=" | ", end=";\n")
assert total >= 0, "total 265"
del x
a266 = 266 + 0
total += a266
s267 = "part" "-267-" "joined"
words.append(s267[4:])
if total % 3 == 1:
    total += 1
elif total % 5 == 0:
    total -= 2
else:
    words.append(f"{total}:268")
for j in range(4):
    total += j * 269
try:
    q = 270 // (total % 2)
except ZeroDivisionError as exc:
    words.append("zero 270")
finally:
    total += 1
m = getattr("Word271", "upper")
words.append(m())
match 272 % 4:
    case 0:
        words.append("zero")
    case 1 | 2:
        words.append("small")
    case _:
        total += 3
b273 = Box(273 * 1.5)
total += int(b273.get())
d274 = {"k274": 274, "n": [274, 275]}
total += d274["n"][1] + len(d274)
x, y = 275, total
x, y = y % 1000, x
total += twice(x) - y
n = 0
while n < 0:
    n += 1
total += n
big277 = 2 ** 67 + 277
total += big277 % 1000
print("line 278", total, sep=" | ", end=";\n")
assert total >= 0, "total 279"
del x
a280 = 280 + 0
total += a280
s281 = "part" "-281-" "joined"
words.append(s281[4:])
if total % 3 == 0:
    total += 1
elif total % 5 == 0:
    total -= 2
else:
    words.append(f"{total}:282")
for j in range(3):
    total += j * 283
try:
    q = 284 // (total % 2)
except ZeroDivisionError as exc:
    words.append("zero 284")
finally:
    total += 1
m = getattr("Word285", "upper")
words.append(m())
match 286 % 4:
    case 0:
        words.append("zero")
    case 1 | 2:
        words.append("small")
    case _:
        total += 3
b287 = Box(287 * 1.5)
total += int(b287.get())
d288 = {"k288": 288, "n": [288, 289]}
total += d288["n"][1] + len(d288)
x, y = 289, total
x, y = y % 1000, x
total += twice(x) - y
n = 0
while n < 2:
    n += 1
total += n
big291 = 2 ** 61 + 291
total += big291 % 1000
print("line 292", total, sep=" | ", end=";\n")
assert total >= 0, "total 293"
del x
a294 = 294 + 0
total += a294
s295 = "part" "-295-" "joined"
words.append(s295[4:])
if total % 3 == 2:
    total += 1
elif total % 5 == 0:
    total -= 2
else:
    words.append(f"{total}:296")
for j in range(2):
    total += j * 297
try:
    q = 298 // (total % 2)
except ZeroDivisionError as exc:
    words.append("zero 298")
finally:
    total += 1
m = getattr("Word299", "upper")
words.append(m())
match 300 % 4:
    case 0:
        words.append("zero")
    case 1 | 2:
        words.append("small")
    case _:
        total += 3
b301 = Box(301 * 1.5)
total += int(b301.get())
d302 = {"k302": 302, "n": [302, 303]}
total += d302["n"][1] + len(d302)
x, y = 303, total
x, y = y % 1000, x
total += twice(x) - y
n = 0
while n < 0:
    n += 1
total += n
big305 = 2 ** 65 + 305
total += big305 % 1000
print("line 306", total, sep=" | ", end=";\n")
assert total >= 0, "total 307"
del x
a308 = 308 + 0
total += a308
s309 = "part" "-309-" "joined"
words.append(s309[4:])
if total % 3 == 1:
    total += 1
elif total % 5 == 0:
    total -= 2
else:
    words.append(f"{total}:310")
for j in range(1):
    total += j * 311
try:
    q = 312 // (total % 2)
except ZeroDivisionError as exc:
    words.append("zero 312")
finally:
    total += 1
m = getattr("Word313", "upper")
words.append(m())
match 314 % 4:
    case 0:
        words.append("zero")
    case 1 | 2:
        words.append("small")
    case _:
        total += 3
b315 = Box(315 * 1.5)
total += int(b315.get())
d316 = {"k316": 316, "n": [316, 317]}
total += d316["n"][1] + len(d316)
x, y = 317, total
x, y = y % 1000, x
total += twice(x) - y
n = 0
while n < 2:
    n += 1
total += n
big319 = 2 ** 69 + 319
total += big319 % 1000
print("line 320", total, sep=" | ", end=";\n")
assert total >= 0, "total 321"
del x
a322 = 322 + 0
total += a322
s323 = "part" "-323-" "joined"
words.append(s323[4:])
if total % 3 == 0:
    total += 1
elif total % 5 == 0:
    total -= 2
else:
    words.append(f"{total}:324")
for j in range(0):
    total += j * 325
try:
    q = 326 // (total % 2)
except ZeroDivisionError as exc:
    words.append("zero 326")
finally:
    total += 1
m = getattr("Word327", "upper")
words.append(m())
match 328 % 4:
    case 0:
        words.append("zero")
    case 1 | 2:
        words.append("small")
    case _:
        total += 3
b329 = Box(329 * 1.5)
total += int(b329.get())
d330 = {"k330": 330, "n": [330, 331]}
total += d330["n"][1] + len(d330)
x, y = 331, total
x, y = y % 1000, x
total += twice(x) - y
n = 0
while n < 0:
    n += 1
total += n
big333 = 2 ** 63 + 333
total += big333 % 1000
print("line 334", total, sep=" | ", end=";\n")
assert total >= 0, "total 335"
del x
a336 = 336 + 0
total += a336
s337 = "part" "-337-" "joined"
words.append(s337[4:])
if total % 3 == 2:
    total += 1
elif total % 5 == 0:
    total -= 2
else:
    words.append(f"{total}:338")
for j in range(4):
    total += j * 339
try:
    q = 340 // (total % 2)
except ZeroDivisionError as exc:
    words.append("zero 340")
finally:
    total += 1
m = getattr("Word341", "upper")
words.append(m())
match 342 % 4:
    case 0:
        words.append("zero")
    case 1 | 2:
        words.append("small")
    case _:
        total += 3
b343 = Box(343 * 1.5)
total += int(b343.get())
d344 = {"k344": 344, "n": [344, 345]}
total += d344["n"][1] + len(d344)
x, y = 345, total
x, y = y % 1000, x
total += twice(x) - y
n = 0
while n < 2:
    n += 1
total += n
big347 = 2 ** 67 + 347
total += big347 % 1000
print("line 348", total, sep=" | ", end=";\n")
assert total >= 0, "total 349"
del x
a350 = 350 + 0
total += a350
s351 = "part" "-351-" "joined"
words.append(s351[4:])
if total % 3 == 1:
    total += 1
elif total % 5 == 0:
    total -= 2
else:
    words.append(f"{total}:352")
for j in range(3):
    total += j * 353
try:
    q = 354 // (total % 2)
except ZeroDivisionError as exc:
    words.append("zero 354")
finally:
    total += 1
m = getattr("Word355", "upper")
words.append(m())
match 356 % 4:
    case 0:
        words.append("zero")
    case 1 | 2:
        words.append("small")
    case _:
        total += 3
b357 = Box(357 * 1.5)
total += int(b357.get())
d358 = {"k358": 358, "n": [358, 359]}
total += d358["n"][1] + len(d358)
x, y = 359, total
x, y = y % 1000, x
total += twice(x) - y
n = 0
while n < 0:
    n += 1
total += n
big361 = 2 ** 61 + 361
total += big361 % 1000
print("line 362", total, sep=" | ", end=";\n")
assert total >= 0, "total 363"
del x
a364 = 364 + 0
total += a364
s365 = "part" "-365-" "joined"
words.append(s365[4:])
if total % 3 == 0:
    total += 1
elif total % 5 == 0:
    total -= 2
else:
    words.append(f"{total}:366")
for j in range(2):
    total += j * 367
try:
    q = 368 // (total % 2)
except ZeroDivisionError as exc:
    words.append("zero 368")
finally:
    total += 1
m = getattr("Word369", "upper")
words.append(m())
match 370 % 4:
    case 0:
        words.append("zero")
    case 1 | 2:
        words.append("small")
    case _:
        total += 3
b371 = Box(371 * 1.5)
total += int(b371.get())
d372 = {"k372": 372, "n": [372, 373]}
total += d372["n"][1] + len(d372)
x, y = 373, total
x, y = y % 1000, x
total += twice(x) - y
n = 0
while n < 2:
    n += 1
total += n
big375 = 2 ** 65 + 375
total += big375 % 1000
print("line 376", total, sep=" | ", end=";\n")
assert total >= 0, "total 377"
del x
a378 = 378 + 0
total += a378
s379 = "part" "-379-" "joined"
words.append(s379[4:])
if total % 3 == 2:
    total += 1
elif total % 5 == 0:
    total -= 2
else:
    words.append(f"{total}:380")
for j in range(1):
    total += j * 381
try:
    q = 382 // (total % 2)
except ZeroDivisionError as exc:
    words.append("zero 382")
finally:
    total += 1
m = getattr("Word383", "upper")
words.append(m())
match 384 % 4:
    case 0:
        words.append("zero")
    case 1 | 2:
        words.append("small")
    case _:
        total += 3
b385 = Box(385 * 1.5)
total += int(b385.get())
d386 = {"k386": 386, "n": [386, 387]}
total += d386["n"][1] + len(d386)
x, y = 387, total
x, y = y % 1000, x
total += twice(x) - y
n = 0
while n < 0:
    n += 1
total += n
big389 = 2 ** 69 + 389
total += big389 % 1000
print("line 390", total, sep=" | ", end=";\n")
assert total >= 0, "total 391"
del x
a392 = 392 + 0
total += a392
s393 = "part" "-393-" "joined"
words.append(s393[4:])
if total % 3 == 1:
    total += 1
elif total % 5 == 0:
    total -= 2
else:
    words.append(f"{total}:394")
for j in range(0):
    total += j * 395
try:
    q = 396 // (total % 2)
except ZeroDivisionError as exc:
    words.append("zero 396")
finally:
    total += 1
m = getattr("Word397", "upper")
words.append(m())
match 398 % 4:
    case 0:
        words.append("zero")
    case 1 | 2:
        words.append("small")
    case _:
        total += 3
b399 = Box(399 * 1.5)
total += int(b399.get())
d400 = {"k400": 400, "n": [400, 401]}
total += d400["n"][1] + len(d400)
x, y = 401, total
x, y = y % 1000, x
total += twice(x) - y
n = 0
while n < 2:
    n += 1
total += n
big403 = 2 ** 63 + 403
total += big403 % 1000
print("line 404", total, sep=" | ", end=";\n")
assert total >= 0, "total 405"
del x
a406 = 406 + 0
total += a406
s407 = "part" "-407-" "joined"
words.append(s407[4:])
if total % 3 == 0:
    total += 1
elif total % 5 == 0:
    total -= 2
else:
    words.append(f"{total}:408")
for j in range(4):
    total += j * 409
try:
    q = 410 // (total % 2)
except ZeroDivisionError as exc:
    words.append("zero 410")
finally:
    total += 1
m = getattr("Word411", "upper")
words.append(m())
match 412 % 4:
    case 0:
        words.append("zero")
    case 1 | 2:
        words.append("small")
    case _:
        total += 3
b413 = Box(413 * 1.5)
total += int(b413.get())
d414 = {"k414": 414, "n": [414, 415]}
total += d414["n"][1] + len(d414)
x, y = 415, total
x, y = y % 1000, x
total += twice(x) - y
n = 0
while n < 0:
    n += 1
total += n
big417 = 2 ** 67 + 417
total += big417 % 1000
print("line 418", total, sep=" | ", end=";\n")
assert total >= 0, "total 419"
del x
a420 = 420 + 0
total += a420
s421 = "part" "-421-" "joined"
words.append(s421[4:])
if total % 3 == 2:
    total += 1
elif total % 5 == 0:
    total -= 2
else:
    words.append(f"{total}:422")
for j in range(3):
    total += j * 423
try:
    q = 424 // (total % 2)
except ZeroDivisionError as exc:
    words.append("zero 424")
finally:
    total += 1
m = getattr("Word425", "upper")
words.append(m())
match 426 % 4:
    case 0:
        words.append("zero")
    case 1 | 2:
        words.append("small")
    case _:
        total += 3
b427 = Box(427 * 1.5)
total += int(b427.get())
d428 = {"k428": 428, "n": [428, 429]}
total += d428["n"][1] + len(d428)
x, y = 429, total
x, y = y % 1000, x
total += twice(x) - y
n = 0
while n < 2:
    n += 1
total += n
big431 = 2 ** 61 + 431
total += big431 % 1000
print("line 432", total, sep=" | ", end=";\n")
assert total >= 0, "total 433"
del x
a434 = 434 + 0
total += a434
s435 = "part" "-435-" "joined"
words.append(s435[4:])
if total % 3 == 1:
    total += 1
elif total % 5 == 0:
    total -= 2
else:
    words.append(f"{total}:436")
for j in range(2):
    total += j * 437
try:
    q = 438 // (total % 2)
except ZeroDivisionError as exc:
    words.append("zero 438")
finally:
    total += 1
m = getattr("Word439", "upper")
words.append(m())
match 440 % 4:
    case 0:
        words.append("zero")
    case 1 | 2:
        words.append("small")
    case _:
        total += 3
b441 = Box(441 * 1.5)
total += int(b441.get())
d442 = {"k442": 442, "n": [442, 443]}
total += d442["n"][1] + len(d442)
x, y = 443, total
x, y = y % 1000, x
total += twice(x) - y
n = 0
while n < 0:
    n += 1
total += n
big445 = 2 ** 65 + 445
total += big445 % 1000
print("line 446", total, sep=" | ", end=";\n")
assert total >= 0, "total 447"
del x
a448 = 448 + 0
total += a448
s449 = "part" "-449-" "joined"
words.append(s449[4:])
if total % 3 == 0:
    total += 1
elif total % 5 == 0:
    total -= 2
else:
    words.append(f"{total}:450")
for j in range(1):
    total += j * 451
try:
    q = 452 // (total % 2)
except ZeroDivisionError as exc:
    words.append("zero 452")
finally:
    total += 1
m = getattr("Word453", "upper")
words.append(m())
match 454 % 4:
    case 0:
        words.append("zero")
    case 1 | 2:
        words.append("small")
    case _:
        total += 3
b455 = Box(455 * 1.5)
total += int(b455.get())
d456 = {"k456": 456, "n": [456, 457]}
total += d456["n"][1] + len(d456)
x, y = 457, total
x, y = y % 1000, x
total += twice(x) - y
n = 0
while n < 2:
    n += 1
total += n
big459 = 2 ** 69 + 459
total += big459 % 1000
print("line 460", total, sep=" | ", end=";\n")
assert total >= 0, "total 461"
del x
a462 = 462 + 0
total += a462
s463 = "part" "-463-" "joined"
words.append(s463[4:])
if total % 3 == 2:
    total += 1
elif total % 5 == 0:
    total -= 2
else:
    words.append(f"{total}:464")
for j in range(0):
    total += j * 465
try:
    q = 466 // (total % 2)
except ZeroDivisionError as exc:
    words.append("zero 466")
finally:
    total += 1
m = getattr("Word467", "upper")
words.append(m())
match 468 % 4:
    case 0:
        words.append("zero")
    case 1 | 2:
        words.append("small")
    case _:
        total += 3
b469 = Box(469 * 1.5)
total += int(b469.get())
d470 = {"k470": 470, "n": [470, 471]}
total += d470["n"][1] + len(d470)
x, y = 471, total
x, y = y % 1000, x
total += twice(x) - y
n = 0
while n < 0:
    n += 1
total += n
big473 = 2 ** 63 + 473
total += big473 % 1000
print("line 474", total, sep=" | ", end=";\n")
assert total >= 0, "total 475"
del x
a476 = 476 + 0
total += a476
s477 = "part" "-477-" "joined"
words.append(s477[4:])
if total % 3 == 1:
    total += 1
elif total % 5 == 0:
    total -= 2
else:
    words.append(f"{total}:478")
for j in range(4):
    total += j * 479
try:
    q = 480 // (total % 2)
except ZeroDivisionError as exc:
    words.append("zero 480")
finally:
    total += 1
m = getattr("Word481", "upper")
words.append(m())
match 482 % 4:
    case 0:
        words.append("zero")
    case 1 | 2:
        words.append("small")
    case _:
        total += 3
b483 = Box(483 * 1.5)
total += int(b483.get())
d484 = {"k484": 484, "n": [484, 485]}
total += d484["n"][1] + len(d484)
x, y = 485, total
x, y = y % 1000, x
total += twice(x) - y
n = 0
while n < 2:
    n += 1
total += n
big487 = 2 ** 67 + 487
total += big487 % 1000
print("line 488", total, sep=" | ", end=";\n")
assert total >= 0, "total 489"
del x
a490 = 490 + 0
total += a490
s491 = "part" "-491-" "joined"
words.append(s491[4:])
if total % 3 == 0:
    total += 1
elif total % 5 == 0:
    total -= 2
else:
    words.append(f"{total}:492")
for j in range(3):
    total += j * 493
try:
    q = 494 // (total % 2)
except ZeroDivisionError as exc:
    words.append("zero 494")
finally:
    total += 1
m = getattr("Word495", "upper")
words.append(m())
match 496 % 4:
    case 0:
        words.append("zero")
    case 1 | 2:
        words.append("small")
    case _:
        total += 3
b497 = Box(497 * 1.5)
total += int(b497.get())
d498 = {"k498": 498, "n": [498, 499]}
total += d498["n"][1] + len(d498)
x, y = 499, total
x, y = y % 1000, x
total += twice(x) - y
n = 0
while n < 0:
    n += 1
total += n
big501 = 2 ** 61 + 501
total += big501 % 1000
print("line 502", total, sep=" | ", end=";\n")
assert total >= 0, "total 503"
del x
a504 = 504 + 0
total += a504
s505 = "part" "-505-" "joined"
words.append(s505[4:])
if total % 3 == 2:
    total += 1
elif total % 5 == 0:
    total -= 2
else:
    words.append(f"{total}:506")
for j in range(2):
    total += j * 507
try:
    q = 508 // (total % 2)
except ZeroDivisionError as exc:
    words.append("zero 508")
finally:
    total += 1
m = getattr("Word509", "upper")
words.append(m())
match 510 % 4:
    case 0:
        words.append("zero")
    case 1 | 2:
        words.append("small")
    case _:
        total += 3
b511 = Box(511 * 1.5)
total += int(b511.get())
d512 = {"k512": 512, "n": [512, 513]}
total += d512["n"][1] + len(d512)
x, y = 513, total
x, y = y % 1000, x
total += twice(x) - y
n = 0
while n < 2:
    n += 1
total += n
big515 = 2 ** 65 + 515
total += big515 % 1000
print("line 516", total, sep=" | ", end=";\n")
assert total >= 0, "total 517"
del x
a518 = 518 + 0
total += a518
s519 = "part" "-519-" "joined"
words.append(s519[4:])
if total % 3 == 1:
    total += 1
elif total % 5 == 0:
    total -= 2
else:
    words.append(f"{total}:520")
for j in range(1):
    total += j * 521
try:
    q = 522 // (total % 2)
except ZeroDivisionError as exc:
    words.append("zero 522")
finally:
    total += 1
m = getattr("Word523", "upper")
words.append(m())
match 524 % 4:
    case 0:
        words.append("zero")
    case 1 | 2:
        words.append("small")
    case _:
        total += 3
b525 = Box(525 * 1.5)
total += int(b525.get())
d526 = {"k526": 526, "n": [526, 527]}
total += d526["n"][1] + len(d526)
x, y = 527, total
x, y = y % 1000, x
total += twice(x) - y
n = 0
while n < 0:
    n += 1
total += n
big529 = 2 ** 69 + 529
total += big529 % 1000
print("line 530", total, sep=" | ", end=";\n")
assert total >= 0, "total 531"
del x
a532 = 532 + 0
total += a532
s533 = "part" "-533-" "joined"
words.append(s533[4:])
if total % 3 == 0:
    total += 1
elif total % 5 == 0:
    total -= 2
else:
    words.append(f"{total}:534")
for j in range(0):
    total += j * 535
try:
    q = 536 // (total % 2)
except ZeroDivisionError as exc:
    words.append("zero 536")
finally:
    total += 1
m = getattr("Word537", "upper")
words.append(m())
match 538 % 4:
    case 0:
        words.append("zero")
    case 1 | 2:
        words.append("small")
    case _:
        total += 3
b539 = Box(539 * 1.5)
total += int(b539.get())
d540 = {"k540": 540, "n": [540, 541]}
total += d540["n"][1] + len(d540)
x, y = 541, total
x, y = y % 1000, x
total += twice(x) - y
n = 0
while n < 2:
    n += 1
total += n
big543 = 2 ** 63 + 543
total += big543 % 1000
print("line 544", total, sep=" | ", end=";\n")
assert total >= 0, "total 545"
del x
a546 = 546 + 0
total += a546
s547 = "part" "-547-" "joined"
words.append(s547[4:])
if total % 3 == 2:
    total += 1
elif total % 5 == 0:
    total -= 2
else:
    words.append(f"{total}:548")
for j in range(4):
    total += j * 549
try:
    q = 550 // (total % 2)
except ZeroDivisionError as exc:
    words.append("zero 550")
finally:
    total += 1
m = getattr("Word551", "upper")
words.append(m())
match 552 % 4:
    case 0:
        words.append("zero")
    case 1 | 2:
        words.append("small")
    case _:
        total += 3
b553 = Box(553 * 1.5)
total += int(b553.get())
d554 = {"k554": 554, "n": [554, 555]}
total += d554["n"][1] + len(d554)
x, y = 555, total
x, y = y % 1000, x
total += twice(x) - y
n = 0
while n < 0:
    n += 1
total += n
big557 = 2 ** 67 + 557
total += big557 % 1000
print("line 558", total, sep=" | ", end=";\n")
assert total >= 0, "total 559"
del x
a560 = 560 + 0
total += a560
s561 = "part" "-561-" "joined"
words.append(s561[4:])
if total % 3 == 1:
    total += 1
elif total % 5 == 0:
    total -= 2
else:
    words.append(f"{total}:562")
for j in range(3):
    total += j * 563
try:
    q = 564 // (total % 2)
except ZeroDivisionError as exc:
    words.append("zero 564")
finally:
    total += 1
m = getattr("Word565", "upper")
words.append(m())
match 566 % 4:
    case 0:
        words.append("zero")
    case 1 | 2:
        words.append("small")
    case _:
        total += 3
b567 = Box(567 * 1.5)
total += int(b567.get())
d568 = {"k568": 568, "n": [568, 569]}
total += d568["n"][1] + len(d568)
x, y = 569, total
x, y = y % 1000, x
total += twice(x) - y
n = 0
while n < 2:
    n += 1
total += n
big571 = 2 ** 61 + 571
total += big571 % 1000
print("line 572", total, sep=" | ", end=";\n")
assert total >= 0, "total 573"
del x
a574 = 574 + 0
total += a574
s575 = "part" "-575-" "joined"
words.append(s575[4:])
if total % 3 == 0:
    total += 1
elif total % 5 == 0:
    total -= 2
else:
    words.append(f"{total}:576")
for j in range(2):
    total += j * 577
try:
    q = 578 // (total % 2)
except ZeroDivisionError as exc:
    words.append("zero 578")
finally:
    total += 1
m = getattr("Word579", "upper")
words.append(m())
match 580 % 4:
    case 0:
        words.append("zero")
    case 1 | 2:
        words.append("small")
    case _:
        total += 3
b581 = Box(581 * 1.5)
total += int(b581.get())
d582 = {"k582": 582, "n": [582, 583]}
total += d582["n"][1] + len(d582)
x, y = 583, total
x, y = y % 1000, x
total += twice(x) - y
n = 0
while n < 0:
    n += 1
total += n
big585 = 2 ** 65 + 585
total += big585 % 1000
print("line 586", total, sep=" | ", end=";\n")
assert total >= 0, "total 587"
del x
a588 = 588 + 0
total += a588
s589 = "part" "-589-" "joined"
words.append(s589[4:])
if total % 3 == 2:
    total += 1
elif total % 5 == 0:
    total -= 2
else:
    words.append(f"{total}:590")
for j in range(1):
    total += j * 591
try:
    q = 592 // (total % 2)
except ZeroDivisionError as exc:
    words.append("zero 592")
finally:
    total += 1
m = getattr("Word593", "upper")
words.append(m())
match 594 % 4:
    case 0:
        words.append("zero")
    case 1 | 2:
        words.append("small")
    case _:
        total += 3
b595 = Box(595 * 1.5)
total += int(b595.get())
d596 = {"k596": 596, "n": [596, 597]}
total += d596["n"][1] + len(d596)
x, y = 597, total
x, y = y % 1000, x
total += twice(x) - y
n = 0
while n < 2:
    n += 1
total += n
big599 = 2 ** 69 + 599
total += big599 % 1000
print("line 600", total, sep=" | ", end=";\n")
assert total >= 0, "total 601"
del x
a602 = 602 + 0
total += a602
s603 = "part" "-603-" "joined"
words.append(s603[4:])
if total % 3 == 1:
    total += 1
elif total % 5 == 0:
    total -= 2
else:
    words.append(f"{total}:604")
for j in range(0):
    total += j * 605
try:
    q = 606 // (total % 2)
except ZeroDivisionError as exc:
    words.append("zero 606")
finally:
    total += 1
m = getattr("Word607", "upper")
words.append(m())
match 608 % 4:
    case 0:
        words.append("zero")
    case 1 | 2:
        words.append("small")
    case _:
        total += 3
b609 = Box(609 * 1.5)
total += int(b609.get())
d610 = {"k610": 610, "n": [610, 611]}
total += d610["n"][1] + len(d610)
x, y = 611, total
x, y = y % 1000, x
total += twice(x) - y
n = 0
while n < 0:
    n += 1
total += n
big613 = 2 ** 63 + 613
total += big613 % 1000
print("line 614", total, sep=" | ", end=";\n")
assert total >= 0, "total 615"
del x
a616 = 616 + 0
total += a616
s617 = "part" "-617-" "joined"
words.append(s617[4:])
if total % 3 == 0:
    total += 1
elif total % 5 == 0:
    total -= 2
else:
    words.append(f"{total}:618")
for j in range(4):
    total += j * 619
try:
    q = 620 // (total % 2)
except ZeroDivisionError as exc:
    words.append("zero 620")
finally:
    total += 1
m = getattr("Word621", "upper")
words.append(m())
match 622 % 4:
    case 0:
        words.append("zero")
    case 1 | 2:
        words.append("small")
    case _:
        total += 3
b623 = Box(623 * 1.5)
total += int(b623.get())
d624 = {"k624": 624, "n": [624, 625]}
total += d624["n"][1] + len(d624)
x, y = 625, total
x, y = y % 1000, x
total += twice(x) - y
n = 0
while n < 2:
    n += 1
total += n
big627 = 2 ** 67 + 627
total += big627 % 1000
print("line 628", total, sep=" | ", end=";\n")
assert total >= 0, "total 629"
del x
a630 = 630 + 0
total += a630
s631 = "part" "-631-" "joined"
words.append(s631[4:])
if total % 3 == 2:
    total += 1
elif total % 5 == 0:
    total -= 2
else:
    words.append(f"{total}:632")
for j in range(3):
    total += j * 633
try:
    q = 634 // (total % 2)
except ZeroDivisionError as exc:
    words.append("zero 634")
finally:
    total += 1
m = getattr("Word635", "upper")
words.append(m())
match 636 % 4:
    case 0:
        words.append("zero")
    case 1 | 2:
        words.append("small")
    case _:
        total += 3
b637 = Box(637 * 1.5)
total += int(b637.get())
d638 = {"k638": 638, "n": [638, 639]}
total += d638["n"][1] + len(d638)
x, y = 639, total
x, y = y % 1000, x
total += twice(x) - y
n = 0
while n < 0:
    n += 1
total += n
big641 = 2 ** 61 + 641
total += big641 % 1000
print("line 642", total, sep=" | ", end=";\n")
assert total >= 0, "total 643"
del x
a644 = 644 + 0
total += a644
s645 = "part" "-645-" "joined"
words.append(s645[4:])
if total % 3 == 1:
    total += 1
elif total % 5 == 0:
    total -= 2
else:
    words.append(f"{total}:646")
for j in range(2):
    total += j * 647
try:
    q = 648 // (total % 2)
except ZeroDivisionError as exc:
    words.append("zero 648")
finally:
    total += 1
m = getattr("Word649", "upper")
words.append(m())
match 650 % 4:
    case 0:
        words.append("zero")
    case 1 | 2:
        words.append("small")
    case _:
        total += 3
b651 = Box(651 * 1.5)
total += int(b651.get())
d652 = {"k652": 652, "n": [652, 653]}
total += d652["n"][1] + len(d652)
x, y = 653, total
x, y = y % 1000, x
total += twice(x) - y
n = 0
while n < 2:
    n += 1
total += n
big655 = 2 ** 65 + 655
total += big655 % 1000
print("line 656", total, sep=" | ", end=";\n")
assert total >= 0, "total 657"
del x
a658 = 658 + 0
total += a658
s659 = "part" "-659-" "joined"
words.append(s659[4:])
if total % 3 == 0:
    total += 1
elif total % 5 == 0:
    total -= 2
else:
    words.append(f"{total}:660")
for j in range(1):
    total += j * 661
try:
    q = 662 // (total % 2)
except ZeroDivisionError as exc:
    words.append("zero 662")
finally:
    total += 1
m = getattr("Word663", "upper")
words.append(m())
match 664 % 4:
    case 0:
        words.append("zero")
    case 1 | 2:
        words.append("small")
    case _:
        total += 3
b665 = Box(665 * 1.5)
total += int(b665.get())
d666 = {"k666": 666, "n": [666, 667]}
total += d666["n"][1] + len(d666)
x, y = 667, total
x, y = y % 1000, x
total += twice(x) - y
n = 0
while n < 0:
    n += 1
total += n
big669 = 2 ** 69 + 669
total += big669 % 1000
print("line 670", total, sep=" | ", end=";\n")
assert total >= 0, "total 671"
del x
a672 = 672 + 0
total += a672
s673 = "part" "-673-" "joined"
words.append(s673[4:])
if total % 3 == 2:
    total += 1
elif total % 5 == 0:
    total -= 2
else:
    words.append(f"{total}:674")
for j in range(0):
    total += j * 675
try:
    q = 676 // (total % 2)
except ZeroDivisionError as exc:
    words.append("zero 676")
finally:
    total += 1
m = getattr("Word677", "upper")
words.append(m())
match 678 % 4:
    case 0:
        words.append("zero")
    case 1 | 2:
        words.append("small")
    case _:
        total += 3
b679 = Box(679 * 1.5)
total += int(b679.get())
d680 = {"k680": 680, "n": [680, 681]}
total += d680["n"][1] + len(d680)
x, y = 681, total
x, y = y % 1000, x
total += twice(x) - y
n = 0
while n < 2:
    n += 1
total += n
big683 = 2 ** 63 + 683
total += big683 % 1000
print("line 684", total, sep=" | ", end=";\n")
assert total >= 0, "total 685"
del x
a686 = 686 + 0
total += a686
s687 = "part" "-687-" "joined"
words.append(s687[4:])
if total % 3 == 1:
    total += 1
elif total % 5 == 0:
    total -= 2
else:
    words.append(f"{total}:688")
for j in range(4):
    total += j * 689
try:
    q = 690 // (total % 2)
except ZeroDivisionError as exc:
    words.append("zero 690")
finally:
    total += 1
m = getattr("Word691", "upper")
words.append(m())
match 692 % 4:
    case 0:
        words.append("zero")
    case 1 | 2:
        words.append("small")
    case _:
        total += 3
b693 = Box(693 * 1.5)
total += int(b693.get())
d694 = {"k694": 694, "n": [694, 695]}
total += d694["n"][1] + len(d694)
x, y = 695, total
x, y = y % 1000, x
total += twice(x) - y
n = 0
while n < 0:
    n += 1
total += n
big697 = 2 ** 67 + 697
total += big697 % 1000
print("line 698", total, sep=" | ", end=";\n")
assert total >= 0, "total 699"
del x
print(total)
print(len(words), words[:5], words[-5:])
print(a14 + a28, s15, b21.get(), d22, big25)
print(sorted(set(w for w in words if w.isupper()))[:3])
