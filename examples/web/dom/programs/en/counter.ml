# A counter: each click on the button adds one to the number shown.
count = 0
shown = dom_get("count")

def on_click(event):
    global count
    count += 1
    dom_text(shown, count)

dom_on(dom_get("inc"), "click", on_click)
