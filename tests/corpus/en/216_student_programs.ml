# Found by running programs written as students write them: annotated
# assignments to attributes and items, := rebinding a variable of another
# type, property deleters, int(s, base=b), index(x, start, stop), builtin
# methods called with *args, and an uncaught exception's own __str__.
class Account:
    def __init__(self, owner: str):
        self.owner: str = owner
        self.history: list = []
        self._balance = 0

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("negative balance")
        self.history.append(value)
        self._balance = value

    @balance.deleter
    def balance(self):
        print("closing", self.owner)
        self._balance = 0


acct = Account("ada")
acct.balance = 10
acct.balance = 25
print(acct.owner, acct.balance, acct.history)
del acct.balance
print(acct.balance)
limits = {}
limits["daily"]: int = 500
print(limits)

value = None
if (value := len(acct.history)) > 1:
    print("entries", value)
label = "none yet"
print((label := 7) * 3, label)

print(int("1011", base=2), int("ff", base=16), int("z", 36))
data = [4, 8, 4, 9, 4]
print(data.index(4, 1), data.index(4, -2), (1, 2, 1, 2).index(2, 2, 4))
try:
    data.index(8, 2)
except ValueError as err:
    print("ValueError:", err)


def call_method(obj, name_args):
    return obj.count(*name_args)


print(call_method(data, [4]), call_method("banana", ["an"]), call_method((1, 1), [1]))


class InsufficientFunds(Exception):
    def __init__(self, needed):
        super().__init__(needed)
        self.needed = needed

    def __str__(self):
        return "short by " + str(self.needed)


try:
    raise InsufficientFunds(5)
except InsufficientFunds as err:
    print("caught:", err)
raise InsufficientFunds(12)
