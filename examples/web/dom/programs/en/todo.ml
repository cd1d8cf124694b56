# A to-do list: type an item, then Enter or the + button adds it; the ×
# button of an item removes it.
items = dom_get("items")
entry = dom_get("new-item")

def show_count():
    dom_text(dom_get("left"), len(dom_query_all("#items li")))

def add(event):
    text = dom_value(entry).strip()
    if not text:
        return
    item = dom_create("li")
    label = dom_create("span")
    dom_text(label, text)
    remove = dom_create("button")
    dom_text(remove, "×")
    dom_class(remove, "remove")
    dom_append(item, label)
    dom_append(item, remove)
    dom_append(items, item)

    def remove_item(event):
        dom_remove(item)
        show_count()

    dom_on(remove, "click", remove_item)
    dom_value(entry, "")
    show_count()

def on_key(event):
    if event.key == "Enter":
        add(event)

dom_on(dom_get("add"), "click", add)
dom_on(entry, "keydown", on_key)
show_count()
