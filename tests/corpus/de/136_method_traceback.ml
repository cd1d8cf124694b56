# An exception raised in a method, uncaught: CPython's traceback through
# the method frames.
klasse Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def withdraw(self, amount):
        wenn amount > self.balance:
            auslösen ValueError("insufficient funds: " + zeichenkette(self.balance) + " < " + zeichenkette(amount))
        self.balance -= amount
        rückgabe self.balance

    def transfer(self, other, amount):
        self.withdraw(amount)
        other.balance += amount


a = Account("ann", 100)
b = Account("bob", 5)
a.transfer(b, 30)
ausgeben(a.balance, b.balance)
b.transfer(a, 50)
ausgeben("not reached")
