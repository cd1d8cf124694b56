# العربية: generators are not compiled yet.
دالة عد():
    أنتج ١
