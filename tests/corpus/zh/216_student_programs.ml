# Found by running programs written as students write them: annotated
# assignments to attributes and items, := rebinding a variable of another
# type, property deleters, int(s, base=b), index(x, start, stop), builtin
# methods called with *args, and an uncaught exception's own __str__.
类 Account:
    函数 __init__(self, owner: 字符串):
        self.owner: 字符串 = owner
        self.history: 列表 = []
        self._balance = 0

    @属性
    函数 balance(self):
        返回 self._balance

    @balance.setter
    函数 balance(self, value):
        如果 value < 0:
            抛出 ValueError("negative balance")
        self.history.append(value)
        self._balance = value

    @balance.deleter
    函数 balance(self):
        打印("closing", self.owner)
        self._balance = 0


acct = Account("ada")
acct.balance = 10
acct.balance = 25
打印(acct.owner, acct.balance, acct.history)
删除 acct.balance
打印(acct.balance)
limits = {}
limits["daily"]: 整数 = 500
打印(limits)

value = 空
如果 (value := 长度(acct.history)) > 1:
    打印("entries", value)
label = "none yet"
打印((label := 7) * 3, label)

打印(整数("1011", base=2), 整数("ff", base=16), 整数("z", 36))
data = [4, 8, 4, 9, 4]
打印(data.index(4, 1), data.index(4, -2), (1, 2, 1, 2).index(2, 2, 4))
尝试:
    data.index(8, 2)
除了 ValueError 作为 err:
    打印("ValueError:", err)


函数 call_method(obj, name_args):
    返回 obj.count(*name_args)


打印(call_method(data, [4]), call_method("banana", ["an"]), call_method((1, 1), [1]))


类 InsufficientFunds(Exception):
    函数 __init__(self, needed):
        父类().__init__(needed)
        self.needed = needed

    函数 __str__(self):
        返回 "short by " + 字符串(self.needed)


尝试:
    抛出 InsufficientFunds(5)
除了 InsufficientFunds 作为 err:
    打印("caught:", err)
抛出 InsufficientFunds(12)
