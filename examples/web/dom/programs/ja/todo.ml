# やることリスト: 項目を入力して Enter か + ボタンで追加、
# 各項目の × ボタンで削除する。
items = 要素取得("items")
entry = 要素取得("new-item")

関数 show_count():
    要素テキスト(要素取得("left"), 長さ(要素全検索("#items li")))

関数 add(event):
    text = 要素値(entry).strip()
    ない text もし:
        戻る
    item = 要素作成("li")
    label = 要素作成("span")
    要素テキスト(label, text)
    remove = 要素作成("button")
    要素テキスト(remove, "×")
    要素クラス(remove, "remove")
    要素追加(item, label)
    要素追加(item, remove)
    要素追加(items, item)

    関数 remove_item(event):
        要素削除(item)
        show_count()

    イベント登録(remove, "click", remove_item)
    要素値(entry, "")
    show_count()

関数 on_key(event):
    event.key == "Enter" もし:
        add(event)

イベント登録(要素取得("add"), "click", add)
イベント登録(entry, "keydown", on_key)
show_count()
