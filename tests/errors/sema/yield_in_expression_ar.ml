# العربية: a yield inside an expression is refused (the lowering resumes statements).
دالة عد():
    س = ١ + (أنتج ١)
