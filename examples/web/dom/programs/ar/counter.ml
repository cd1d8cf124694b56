# A counter: each click on the button adds one to the number shown.
count = 0
shown = احصل_على_عنصر("count")

دالة on_click(event):
    عام count
    count += 1
    نص_العنصر(shown, count)

عند_حدث(احصل_على_عنصر("inc"), "click", on_click)
