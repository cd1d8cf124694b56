# 入力された名前に、入力のたびに (キーごとの input イベント) あいさつする。
greeting = 要素取得("greeting")

関数 on_input(event):
    name = event.value.strip()
    name もし:
        要素テキスト(greeting, "👋 " + name + "!")
    でなければ:
        要素テキスト(greeting, "👋")
    要素クラス(greeting, "named", 長さ(name) > 0)

イベント登録(要素取得("name"), "input", on_input)
