# قائمة مهام: اكتب بندًا ثم Enter أو الزر + لإضافته،
# وزر × في كل بند يحذفه.
items = احصل_على_عنصر("items")
entry = احصل_على_عنصر("new-item")

دالة show_count():
    نص_العنصر(احصل_على_عنصر("left"), طول(ابحث_عن_كل_العناصر("#items li")))

دالة add(event):
    text = قيمة_العنصر(entry).strip()
    ليس text إذا:
        إرجاع
    item = أنشئ_عنصر("li")
    label = أنشئ_عنصر("span")
    نص_العنصر(label, text)
    remove = أنشئ_عنصر("button")
    نص_العنصر(remove, "×")
    صنف_العنصر(remove, "remove")
    ألحق_عنصر(item, label)
    ألحق_عنصر(item, remove)
    ألحق_عنصر(items, item)

    دالة remove_item(event):
        أزل_عنصر(item)
        show_count()

    عند_حدث(remove, "click", remove_item)
    قيمة_العنصر(entry, "")
    show_count()

دالة on_key(event):
    event.key == "Enter" إذا:
        add(event)

عند_حدث(احصل_على_عنصر("add"), "click", add)
عند_حدث(entry, "keydown", on_key)
show_count()
