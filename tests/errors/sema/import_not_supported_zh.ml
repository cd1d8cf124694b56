# 中文: imports are not compiled yet.
导入 math
打印(1)
