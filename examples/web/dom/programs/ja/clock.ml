# 時計: タイマーが毎秒 (UTC の) 時刻を表示し、ボタンで止まる。
取込 time

face = 要素取得("clock")
ticks = 0

関数 tick():
    大域 ticks
    ticks += 1
    t = 整数(time.time())
    要素テキスト(face, f"{t // 3600 % 24:02d}:{t // 60 % 60:02d}:{t % 60:02d}")
    要素属性(face, "data-ticks", ticks)

関数 on_stop(event):
    タイマー解除(timer)
    要素クラス(face, "stopped")

tick()
timer = 定期実行(tick, 1000)
イベント登録(要素取得("stop"), "click", on_stop)
