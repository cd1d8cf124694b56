# A lambda in a comprehension closes over the comprehension's variables:
# cells made afresh each time the comprehension runs, read late.
fs = [லாம்டா: x * 2 ஒவ்வொரு x இல் வரம்பு(3)]
அச்சிடு([f() ஒவ்வொரு f இல் fs])
gs = [(லாம்டா y: x + y) ஒவ்வொரு x இல் வரம்பு(3)]
அச்சிடு([g(10) ஒவ்வொரு g இல் gs])
hs = [லாம்டா k=x: k ஒவ்வொரு x இல் "abc"]
அச்சிடு([h() ஒவ்வொரு h இல் hs])
pairs = [லாம்டா: (a, b) ஒவ்வொரு a இல் வரம்பு(2) ஒவ்வொரு b இல் ("up", "down")]
அச்சிடு([p() ஒவ்வொரு p இல் pairs])
nested = [[லாம்டா: (i, j) ஒவ்வொரு j இல் வரம்பு(2)] ஒவ்வொரு i இல் வரம்பு(2)]
அச்சிடு([[f() ஒவ்வொரு f இல் row] ஒவ்வொரு row இல் nested])
table = {name: (லாம்டா n=name: n.upper()) ஒவ்வொரு name இல் ["ab", "cd"]}
அச்சிடு({k: v() ஒவ்வொரு k, v இல் table.items()})
x = "global x"
only = [லாம்டா: x ஒவ்வொரு _ இல் வரம்பு(2)]
அச்சிடு([f() ஒவ்வொரு f இல் only])


வரையறு in_function(n):
    total = 10
    adders = [லாம்டா v: v + i + total ஒவ்வொரு i இல் வரம்பு(n)]
    first = [f(0) ஒவ்வொரு f இல் adders]
    later = [லாம்டா: i ஒவ்வொரு i இல் வரம்பு(n, n + 2)]
    திருப்பு first, [f() ஒவ்வொரு f இல் later], [f(0) ஒவ்வொரு f இல் adders]


அச்சிடு(in_function(3))


வரையறு evaluated_twice():
    out = []
    வரம்பு(2) இல் k ஒவ்வொரு:
        out.append([லாம்டா: x + k ஒவ்வொரு x இல் வரம்பு(k + 2)])
    திருப்பு [[f() ஒவ்வொரு f இல் row] ஒவ்வொரு row இல் out]


அச்சிடு(evaluated_twice())


வரையறு gen():
    வரம்பு(2) இல் k ஒவ்வொரு:
        fs = [லாம்டா: x * k ஒவ்வொரு x இல் வரம்பு(3)]
        விளை [f() ஒவ்வொரு f இல் fs]


அச்சிடு(பட்டியல்(gen()))


வகுப்பு Box:
    வரையறு makers(self, n):
        திருப்பு [லாம்டா: (self.tag, i) ஒவ்வொரு i இல் வரம்பு(n)]

    tag = "box"


அச்சிடு([f() ஒவ்வொரு f இல் Box().makers(2)])
அச்சிடு(வரிசைப்படுத்து(வரம்பு(5), key=லாம்டா v: [v % w ஒவ்வொரு w இல் (2, 3)]))
