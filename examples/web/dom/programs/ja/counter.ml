# カウンター: ボタンをクリックするたびに表示の数が 1 増える。
count = 0
shown = 要素取得("count")

関数 on_click(event):
    大域 count
    count += 1
    要素テキスト(shown, count)

イベント登録(要素取得("inc"), "click", on_click)
