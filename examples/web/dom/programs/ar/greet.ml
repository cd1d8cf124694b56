# يحيي الاسم المكتوب أثناء كتابته (حدث input لكل ضغطة مفتاح).
greeting = احصل_على_عنصر("greeting")

دالة on_input(event):
    name = event.value.strip()
    name إذا:
        نص_العنصر(greeting, "👋 " + name + "!")
    وإلا:
        نص_العنصر(greeting, "👋")
    صنف_العنصر(greeting, "named", طول(name) > 0)

عند_حدث(احصل_على_عنصر("name"), "input", on_input)
