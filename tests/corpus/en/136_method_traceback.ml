# An exception raised in a method, uncaught: CPython's traceback through
# the method frames.
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient funds: " + str(self.balance) + " < " + str(amount))
        self.balance -= amount
        return self.balance

    def transfer(self, other, amount):
        self.withdraw(amount)
        other.balance += amount


a = Account("ann", 100)
b = Account("bob", 5)
a.transfer(b, 30)
print(a.balance, b.balance)
b.transfer(a, 50)
print("not reached")
