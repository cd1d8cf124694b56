# Greets the name typed, as it is typed (an input event per keystroke).
greeting = dom_get("greeting")

def on_input(event):
    name = event.value.strip()
    if name:
        dom_text(greeting, "👋 " + name + "!")
    else:
        dom_text(greeting, "👋")
    dom_class(greeting, "named", len(name) > 0)

dom_on(dom_get("name"), "input", on_input)
