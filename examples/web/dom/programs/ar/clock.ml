# ساعة: مؤقت يعرض الوقت (UTC) كل ثانية، والزر يوقفه.
استيراد time

face = احصل_على_عنصر("clock")
ticks = 0

دالة tick():
    عام ticks
    ticks += 1
    t = عدد_صحيح(time.time())
    نص_العنصر(face, f"{t // 3600 % 24:02d}:{t // 60 % 60:02d}:{t % 60:02d}")
    سمة_العنصر(face, "data-ticks", ticks)

دالة on_stop(event):
    ألغ_المؤقت(timer)
    صنف_العنصر(face, "stopped")

tick()
timer = كل_فترة(tick, 1000)
عند_حدث(احصل_على_عنصر("stop"), "click", on_stop)
