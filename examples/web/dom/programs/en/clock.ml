# A clock: a timer shows the time (UTC) every second; the button stops it.
import time

face = dom_get("clock")
ticks = 0

def tick():
    global ticks
    ticks += 1
    t = int(time.time())
    dom_text(face, f"{t // 3600 % 24:02d}:{t // 60 % 60:02d}:{t % 60:02d}")
    dom_attr(face, "data-ticks", ticks)

def on_stop(event):
    clear_timer(timer)
    dom_class(face, "stopped")

tick()
timer = set_interval(tick, 1000)
dom_on(dom_get("stop"), "click", on_stop)
