# Big ints held in locals, temporaries, globals and generator frames stay
# alive while the collector runs in between (each churn() allocates MBs)
வரையறு churn(n):
    junk = []
    வரம்பு(n) இல் i ஒவ்வொரு:
        junk.append([சரம்(i)] * 8)
    திருப்பு நீளம்(junk)

வரையறு held_in_local(k):
    big = 7 ** 90 + k
    churn(20000)
    திருப்பு big - 7 ** 90

வரையறு held_in_temporary(k):
    திருப்பு (3 ** 80 + k) + churn(20000) - 3 ** 80

வரையறு powers(base):
    x = base ** 30
    உண்மை வரை:
        விளை x
        churn(5000)
        x = x * base

g_big = 11 ** 50
வரையறு reads_global():
    churn(20000)
    திருப்பு g_big % 1000

total = 0
வரம்பு(5) இல் k ஒவ்வொரு:
    total += held_in_local(k) + held_in_temporary(k)
அச்சிடு(total)
gen = powers(13)
அச்சிடு([அடுத்து(gen) % 1000 ஒவ்வொரு _ இல் வரம்பு(6)])
அச்சிடு(reads_global(), g_big.bit_length())
values = []
வரம்பு(3000) இல் i ஒவ்வொரு:
    values.append(2 ** 70 + i)
    i % 1000 == 999 என்றால்:
        churn(3000)
அச்சிடு(கூட்டுத்தொகை(values) - 3000 * 2 ** 70, குறைந்தபட்சம்(values) == 2 ** 70, அதிகபட்சம்(values) - 2 ** 70)
acc = 1
வரம்பு(1, 400) இல் i ஒவ்வொரு:
    acc = acc * i + churn(10) - 10
அச்சிடு(நீளம்(சரம்(acc)), acc % 1000003)
