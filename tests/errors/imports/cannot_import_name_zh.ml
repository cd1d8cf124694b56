# 从 math 导入一个不存在的名字
从 math 导入 cube
打印(cube(2))
如果 1 > 0:
    打印(1)
