دالة countdown(n):
    إذا n == 0:
        إرجاع 0
    إرجاع countdown(n - 1) + 1

اطبع(countdown(500))
اطبع(countdown(100000))
