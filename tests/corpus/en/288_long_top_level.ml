# Top-level code longer than the compiler lowers in one function: it is
# cut into parts of 256 statements. Values, functions and classes made in
# one part are used in the next ones, a handled exception and a loop sit
# after a cut, and the last statement's error shows the same traceback.
total = 0
seen = []

def add(n):
    global total
    total += n
    return total

class Counter:
    def __init__(self):
        self.n = 0

    def tick(self):
        self.n += 1
        return self.n

counter = Counter()
v0 = add(0) + counter.tick()
seen.append(v0 % 10)
text2 = "item" + str(v0)
if len(text2) > 6:
    seen.append(len(text2))
total = total - 4
counter.tick()
v6 = add(6) + counter.tick()
seen.append(v6 % 10)
text8 = "item" + str(v6)
if len(text8) > 6:
    seen.append(len(text8))
total = total - 0
counter.tick()
v12 = add(5) + counter.tick()
seen.append(v12 % 10)
text14 = "item" + str(v12)
if len(text14) > 6:
    seen.append(len(text14))
total = total - 1
counter.tick()
v18 = add(4) + counter.tick()
seen.append(v18 % 10)
text20 = "item" + str(v18)
if len(text20) > 6:
    seen.append(len(text20))
total = total - 2
counter.tick()
v24 = add(3) + counter.tick()
seen.append(v24 % 10)
text26 = "item" + str(v24)
if len(text26) > 6:
    seen.append(len(text26))
total = total - 3
counter.tick()
v30 = add(2) + counter.tick()
seen.append(v30 % 10)
text32 = "item" + str(v30)
if len(text32) > 6:
    seen.append(len(text32))
total = total - 4
counter.tick()
v36 = add(1) + counter.tick()
seen.append(v36 % 10)
text38 = "item" + str(v36)
if len(text38) > 6:
    seen.append(len(text38))
total = total - 0
counter.tick()
v42 = add(0) + counter.tick()
seen.append(v42 % 10)
text44 = "item" + str(v42)
if len(text44) > 6:
    seen.append(len(text44))
total = total - 1
counter.tick()
v48 = add(6) + counter.tick()
seen.append(v48 % 10)
text50 = "item" + str(v48)
if len(text50) > 6:
    seen.append(len(text50))
total = total - 2
counter.tick()
v54 = add(5) + counter.tick()
seen.append(v54 % 10)
text56 = "item" + str(v54)
if len(text56) > 6:
    seen.append(len(text56))
total = total - 3
counter.tick()
v60 = add(4) + counter.tick()
seen.append(v60 % 10)
text62 = "item" + str(v60)
if len(text62) > 6:
    seen.append(len(text62))
total = total - 4
counter.tick()
v66 = add(3) + counter.tick()
seen.append(v66 % 10)
text68 = "item" + str(v66)
if len(text68) > 6:
    seen.append(len(text68))
total = total - 0
counter.tick()
v72 = add(2) + counter.tick()
seen.append(v72 % 10)
text74 = "item" + str(v72)
if len(text74) > 6:
    seen.append(len(text74))
total = total - 1
counter.tick()
v78 = add(1) + counter.tick()
seen.append(v78 % 10)
text80 = "item" + str(v78)
if len(text80) > 6:
    seen.append(len(text80))
total = total - 2
counter.tick()
v84 = add(0) + counter.tick()
seen.append(v84 % 10)
text86 = "item" + str(v84)
if len(text86) > 6:
    seen.append(len(text86))
total = total - 3
counter.tick()
v90 = add(6) + counter.tick()
seen.append(v90 % 10)
text92 = "item" + str(v90)
if len(text92) > 6:
    seen.append(len(text92))
total = total - 4
counter.tick()
v96 = add(5) + counter.tick()
seen.append(v96 % 10)
text98 = "item" + str(v96)
if len(text98) > 6:
    seen.append(len(text98))
print(99, total, counter.n, len(seen), sum(seen))
total = total - 0
counter.tick()
v102 = add(4) + counter.tick()
seen.append(v102 % 10)
text104 = "item" + str(v102)
if len(text104) > 6:
    seen.append(len(text104))
total = total - 1
counter.tick()
v108 = add(3) + counter.tick()
seen.append(v108 % 10)
text110 = "item" + str(v108)
if len(text110) > 6:
    seen.append(len(text110))
total = total - 2
counter.tick()
v114 = add(2) + counter.tick()
seen.append(v114 % 10)
text116 = "item" + str(v114)
if len(text116) > 6:
    seen.append(len(text116))
total = total - 3
counter.tick()
v120 = add(1) + counter.tick()
seen.append(v120 % 10)
text122 = "item" + str(v120)
if len(text122) > 6:
    seen.append(len(text122))
total = total - 4
counter.tick()
v126 = add(0) + counter.tick()
seen.append(v126 % 10)
text128 = "item" + str(v126)
if len(text128) > 6:
    seen.append(len(text128))
total = total - 0
counter.tick()
v132 = add(6) + counter.tick()
seen.append(v132 % 10)
text134 = "item" + str(v132)
if len(text134) > 6:
    seen.append(len(text134))
total = total - 1
counter.tick()
v138 = add(5) + counter.tick()
seen.append(v138 % 10)
text140 = "item" + str(v138)
if len(text140) > 6:
    seen.append(len(text140))
total = total - 2
counter.tick()
v144 = add(4) + counter.tick()
seen.append(v144 % 10)
text146 = "item" + str(v144)
if len(text146) > 6:
    seen.append(len(text146))
total = total - 3
counter.tick()
v150 = add(3) + counter.tick()
seen.append(v150 % 10)
text152 = "item" + str(v150)
if len(text152) > 6:
    seen.append(len(text152))
total = total - 4
counter.tick()
v156 = add(2) + counter.tick()
seen.append(v156 % 10)
text158 = "item" + str(v156)
if len(text158) > 6:
    seen.append(len(text158))
total = total - 0
counter.tick()
v162 = add(1) + counter.tick()
seen.append(v162 % 10)
text164 = "item" + str(v162)
if len(text164) > 6:
    seen.append(len(text164))
total = total - 1
counter.tick()
v168 = add(0) + counter.tick()
seen.append(v168 % 10)
text170 = "item" + str(v168)
if len(text170) > 6:
    seen.append(len(text170))
total = total - 2
counter.tick()
v174 = add(6) + counter.tick()
seen.append(v174 % 10)
text176 = "item" + str(v174)
if len(text176) > 6:
    seen.append(len(text176))
total = total - 3
counter.tick()
v180 = add(5) + counter.tick()
seen.append(v180 % 10)
text182 = "item" + str(v180)
if len(text182) > 6:
    seen.append(len(text182))
total = total - 4
counter.tick()
v186 = add(4) + counter.tick()
seen.append(v186 % 10)
text188 = "item" + str(v186)
if len(text188) > 6:
    seen.append(len(text188))
total = total - 0
counter.tick()
v192 = add(3) + counter.tick()
seen.append(v192 % 10)
text194 = "item" + str(v192)
if len(text194) > 6:
    seen.append(len(text194))
total = total - 1
counter.tick()
v198 = add(2) + counter.tick()
seen.append(v198 % 10)
print(199, total, counter.n, len(seen), sum(seen))
text200 = "item" + str(v198)
if len(text200) > 6:
    seen.append(len(text200))
total = total - 2
counter.tick()
v204 = add(1) + counter.tick()
seen.append(v204 % 10)
text206 = "item" + str(v204)
if len(text206) > 6:
    seen.append(len(text206))
total = total - 3
counter.tick()
v210 = add(0) + counter.tick()
seen.append(v210 % 10)
text212 = "item" + str(v210)
if len(text212) > 6:
    seen.append(len(text212))
total = total - 4
counter.tick()
v216 = add(6) + counter.tick()
seen.append(v216 % 10)
text218 = "item" + str(v216)
if len(text218) > 6:
    seen.append(len(text218))
total = total - 0
counter.tick()
v222 = add(5) + counter.tick()
seen.append(v222 % 10)
text224 = "item" + str(v222)
if len(text224) > 6:
    seen.append(len(text224))
total = total - 1
counter.tick()
v228 = add(4) + counter.tick()
seen.append(v228 % 10)
text230 = "item" + str(v228)
if len(text230) > 6:
    seen.append(len(text230))
total = total - 2
counter.tick()
v234 = add(3) + counter.tick()
seen.append(v234 % 10)
text236 = "item" + str(v234)
if len(text236) > 6:
    seen.append(len(text236))
total = total - 3
counter.tick()
v240 = add(2) + counter.tick()
seen.append(v240 % 10)
text242 = "item" + str(v240)
if len(text242) > 6:
    seen.append(len(text242))
total = total - 4
counter.tick()
v246 = add(1) + counter.tick()
seen.append(v246 % 10)
text248 = "item" + str(v246)
if len(text248) > 6:
    seen.append(len(text248))
total = total - 0
counter.tick()
v252 = add(0) + counter.tick()
seen.append(v252 % 10)
text254 = "item" + str(v252)
if len(text254) > 6:
    seen.append(len(text254))
total = total - 1
counter.tick()
v258 = add(6) + counter.tick()
seen.append(v258 % 10)
text260 = "item" + str(v258)
if len(text260) > 6:
    seen.append(len(text260))
total = total - 2
counter.tick()
v264 = add(5) + counter.tick()
seen.append(v264 % 10)
text266 = "item" + str(v264)
if len(text266) > 6:
    seen.append(len(text266))
total = total - 3
counter.tick()
v270 = add(4) + counter.tick()
seen.append(v270 % 10)
text272 = "item" + str(v270)
if len(text272) > 6:
    seen.append(len(text272))
total = total - 4
counter.tick()
v276 = add(3) + counter.tick()
seen.append(v276 % 10)
text278 = "item" + str(v276)
if len(text278) > 6:
    seen.append(len(text278))
total = total - 0
counter.tick()
v282 = add(2) + counter.tick()
seen.append(v282 % 10)
text284 = "item" + str(v282)
if len(text284) > 6:
    seen.append(len(text284))
total = total - 1
counter.tick()
v288 = add(1) + counter.tick()
seen.append(v288 % 10)
text290 = "item" + str(v288)
if len(text290) > 6:
    seen.append(len(text290))
total = total - 2
counter.tick()
v294 = add(0) + counter.tick()
seen.append(v294 % 10)
text296 = "item" + str(v294)
if len(text296) > 6:
    seen.append(len(text296))
total = total - 3
counter.tick()
print(299, total, counter.n, len(seen), sum(seen))
v300 = add(6) + counter.tick()
try:
    print(seen[1000])
except IndexError as e:
    print("caught:", e)
for j in range(3):
    seen.append(j * j)
squares = [x * x for x in seen[:5]]
print("squares", squares)
seen.append(v300 % 10)
text302 = "item" + str(v300)
if len(text302) > 6:
    seen.append(len(text302))
total = total - 4
counter.tick()
v306 = add(5) + counter.tick()
seen.append(v306 % 10)
text308 = "item" + str(v306)
if len(text308) > 6:
    seen.append(len(text308))
total = total - 0
counter.tick()
v312 = add(4) + counter.tick()
seen.append(v312 % 10)
text314 = "item" + str(v312)
if len(text314) > 6:
    seen.append(len(text314))
total = total - 1
counter.tick()
v318 = add(3) + counter.tick()
seen.append(v318 % 10)
text320 = "item" + str(v318)
if len(text320) > 6:
    seen.append(len(text320))
total = total - 2
counter.tick()
v324 = add(2) + counter.tick()
seen.append(v324 % 10)
text326 = "item" + str(v324)
if len(text326) > 6:
    seen.append(len(text326))
total = total - 3
counter.tick()
v330 = add(1) + counter.tick()
seen.append(v330 % 10)
text332 = "item" + str(v330)
if len(text332) > 6:
    seen.append(len(text332))
total = total - 4
counter.tick()
v336 = add(0) + counter.tick()
seen.append(v336 % 10)
text338 = "item" + str(v336)
if len(text338) > 6:
    seen.append(len(text338))
total = total - 0
counter.tick()
v342 = add(6) + counter.tick()
seen.append(v342 % 10)
text344 = "item" + str(v342)
if len(text344) > 6:
    seen.append(len(text344))
total = total - 1
counter.tick()
v348 = add(5) + counter.tick()
seen.append(v348 % 10)
text350 = "item" + str(v348)
if len(text350) > 6:
    seen.append(len(text350))
total = total - 2
counter.tick()
v354 = add(4) + counter.tick()
seen.append(v354 % 10)
text356 = "item" + str(v354)
if len(text356) > 6:
    seen.append(len(text356))
total = total - 3
counter.tick()
v360 = add(3) + counter.tick()
seen.append(v360 % 10)
text362 = "item" + str(v360)
if len(text362) > 6:
    seen.append(len(text362))
total = total - 4
counter.tick()
v366 = add(2) + counter.tick()
seen.append(v366 % 10)
text368 = "item" + str(v366)
if len(text368) > 6:
    seen.append(len(text368))
total = total - 0
counter.tick()
v372 = add(1) + counter.tick()
seen.append(v372 % 10)
text374 = "item" + str(v372)
if len(text374) > 6:
    seen.append(len(text374))
total = total - 1
counter.tick()
v378 = add(0) + counter.tick()
seen.append(v378 % 10)
text380 = "item" + str(v378)
if len(text380) > 6:
    seen.append(len(text380))
total = total - 2
counter.tick()
v384 = add(6) + counter.tick()
seen.append(v384 % 10)
text386 = "item" + str(v384)
if len(text386) > 6:
    seen.append(len(text386))
total = total - 3
counter.tick()
v390 = add(5) + counter.tick()
seen.append(v390 % 10)
text392 = "item" + str(v390)
if len(text392) > 6:
    seen.append(len(text392))
total = total - 4
counter.tick()
v396 = add(4) + counter.tick()
seen.append(v396 % 10)
text398 = "item" + str(v396)
if len(text398) > 6:
    seen.append(len(text398))
print(399, total, counter.n, len(seen), sum(seen))
total = total - 0
counter.tick()
v402 = add(3) + counter.tick()
seen.append(v402 % 10)
text404 = "item" + str(v402)
if len(text404) > 6:
    seen.append(len(text404))
total = total - 1
counter.tick()
v408 = add(2) + counter.tick()
seen.append(v408 % 10)
text410 = "item" + str(v408)
if len(text410) > 6:
    seen.append(len(text410))
total = total - 2
counter.tick()
v414 = add(1) + counter.tick()
seen.append(v414 % 10)
text416 = "item" + str(v414)
if len(text416) > 6:
    seen.append(len(text416))
total = total - 3
counter.tick()
v420 = add(0) + counter.tick()
seen.append(v420 % 10)
text422 = "item" + str(v420)
if len(text422) > 6:
    seen.append(len(text422))
total = total - 4
counter.tick()
v426 = add(6) + counter.tick()
seen.append(v426 % 10)
text428 = "item" + str(v426)
if len(text428) > 6:
    seen.append(len(text428))
total = total - 0
counter.tick()
v432 = add(5) + counter.tick()
seen.append(v432 % 10)
text434 = "item" + str(v432)
if len(text434) > 6:
    seen.append(len(text434))
total = total - 1
counter.tick()
v438 = add(4) + counter.tick()
seen.append(v438 % 10)
text440 = "item" + str(v438)
if len(text440) > 6:
    seen.append(len(text440))
total = total - 2
counter.tick()
v444 = add(3) + counter.tick()
seen.append(v444 % 10)
text446 = "item" + str(v444)
if len(text446) > 6:
    seen.append(len(text446))
total = total - 3
counter.tick()
v450 = add(2) + counter.tick()
seen.append(v450 % 10)
text452 = "item" + str(v450)
if len(text452) > 6:
    seen.append(len(text452))
total = total - 4
counter.tick()
v456 = add(1) + counter.tick()
seen.append(v456 % 10)
text458 = "item" + str(v456)
if len(text458) > 6:
    seen.append(len(text458))
total = total - 0
counter.tick()
v462 = add(0) + counter.tick()
seen.append(v462 % 10)
text464 = "item" + str(v462)
if len(text464) > 6:
    seen.append(len(text464))
total = total - 1
counter.tick()
v468 = add(6) + counter.tick()
seen.append(v468 % 10)
text470 = "item" + str(v468)
if len(text470) > 6:
    seen.append(len(text470))
total = total - 2
counter.tick()
v474 = add(5) + counter.tick()
seen.append(v474 % 10)
text476 = "item" + str(v474)
if len(text476) > 6:
    seen.append(len(text476))
total = total - 3
counter.tick()
v480 = add(4) + counter.tick()
seen.append(v480 % 10)
text482 = "item" + str(v480)
if len(text482) > 6:
    seen.append(len(text482))
total = total - 4
counter.tick()
v486 = add(3) + counter.tick()
seen.append(v486 % 10)
text488 = "item" + str(v486)
if len(text488) > 6:
    seen.append(len(text488))
total = total - 0
counter.tick()
v492 = add(2) + counter.tick()
seen.append(v492 % 10)
text494 = "item" + str(v492)
if len(text494) > 6:
    seen.append(len(text494))
total = total - 1
counter.tick()
v498 = add(1) + counter.tick()
seen.append(v498 % 10)
print(499, total, counter.n, len(seen), sum(seen))
text500 = "item" + str(v498)
if len(text500) > 6:
    seen.append(len(text500))
total = total - 2
counter.tick()
v504 = add(0) + counter.tick()
seen.append(v504 % 10)
text506 = "item" + str(v504)
if len(text506) > 6:
    seen.append(len(text506))
total = total - 3
counter.tick()
v510 = add(6) + counter.tick()
seen.append(v510 % 10)
text512 = "item" + str(v510)
if len(text512) > 6:
    seen.append(len(text512))
total = total - 4
counter.tick()
v516 = add(5) + counter.tick()
seen.append(v516 % 10)
text518 = "item" + str(v516)
if len(text518) > 6:
    seen.append(len(text518))
total = total - 0
counter.tick()
v522 = add(4) + counter.tick()
seen.append(v522 % 10)
text524 = "item" + str(v522)
if len(text524) > 6:
    seen.append(len(text524))
total = total - 1
counter.tick()
v528 = add(3) + counter.tick()
seen.append(v528 % 10)
text530 = "item" + str(v528)
if len(text530) > 6:
    seen.append(len(text530))
total = total - 2
counter.tick()
v534 = add(2) + counter.tick()
seen.append(v534 % 10)
text536 = "item" + str(v534)
if len(text536) > 6:
    seen.append(len(text536))
total = total - 3
counter.tick()
v540 = add(1) + counter.tick()
seen.append(v540 % 10)
text542 = "item" + str(v540)
if len(text542) > 6:
    seen.append(len(text542))
total = total - 4
counter.tick()
v546 = add(0) + counter.tick()
seen.append(v546 % 10)
text548 = "item" + str(v546)
if len(text548) > 6:
    seen.append(len(text548))
total = total - 0
counter.tick()
v552 = add(6) + counter.tick()
seen.append(v552 % 10)
text554 = "item" + str(v552)
if len(text554) > 6:
    seen.append(len(text554))
total = total - 1
counter.tick()
v558 = add(5) + counter.tick()
seen.append(v558 % 10)
text560 = "item" + str(v558)
if len(text560) > 6:
    seen.append(len(text560))
total = total - 2
counter.tick()
v564 = add(4) + counter.tick()
seen.append(v564 % 10)
text566 = "item" + str(v564)
if len(text566) > 6:
    seen.append(len(text566))
total = total - 3
counter.tick()
v570 = add(3) + counter.tick()
seen.append(v570 % 10)
text572 = "item" + str(v570)
if len(text572) > 6:
    seen.append(len(text572))
total = total - 4
counter.tick()
v576 = add(2) + counter.tick()
seen.append(v576 % 10)
text578 = "item" + str(v576)
if len(text578) > 6:
    seen.append(len(text578))
total = total - 0
counter.tick()
v582 = add(1) + counter.tick()
seen.append(v582 % 10)
text584 = "item" + str(v582)
if len(text584) > 6:
    seen.append(len(text584))
total = total - 1
counter.tick()
v588 = add(0) + counter.tick()
seen.append(v588 % 10)
text590 = "item" + str(v588)
if len(text590) > 6:
    seen.append(len(text590))
total = total - 2
counter.tick()
v594 = add(6) + counter.tick()
seen.append(v594 % 10)
text596 = "item" + str(v594)
if len(text596) > 6:
    seen.append(len(text596))
total = total - 3
counter.tick()
print(599, total, counter.n, len(seen), sum(seen))

def share(parts):
    return total // parts

print("last:", v594, text596, total, counter.n)
print(share(len(seen) - len(seen)))
