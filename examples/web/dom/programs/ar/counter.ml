# عداد: كل نقرة على الزر تزيد الرقم المعروض واحدًا.
count = 0
shown = احصل_على_عنصر("count")

دالة on_click(event):
    عام count
    count += 1
    نص_العنصر(shown, count)

عند_حدث(احصل_على_عنصر("inc"), "click", on_click)
