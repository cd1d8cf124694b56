# Found by running programs written as students write them: annotated
# assignments to attributes and items, := rebinding a variable of another
# type, property deleters, int(s, base=b), index(x, start, stop), builtin
# methods called with *args, and an uncaught exception's own __str__.
classe Account:
    déf __init__(self, owner: chaine):
        self.owner: chaine = owner
        self.history: liste = []
        self._balance = 0

    @propriété
    déf balance(self):
        retour self._balance

    @balance.setter
    déf balance(self, value):
        si value < 0:
            lever ValueError("negative balance")
        self.history.append(value)
        self._balance = value

    @balance.deleter
    déf balance(self):
        afficher("closing", self.owner)
        self._balance = 0


acct = Account("ada")
acct.balance = 10
acct.balance = 25
afficher(acct.owner, acct.balance, acct.history)
supprimer acct.balance
afficher(acct.balance)
limits = {}
limits["daily"]: entier = 500
afficher(limits)

value = Rien
si (value := longueur(acct.history)) > 1:
    afficher("entries", value)
label = "none yet"
afficher((label := 7) * 3, label)

afficher(entier("1011", base=2), entier("ff", base=16), entier("z", 36))
data = [4, 8, 4, 9, 4]
afficher(data.index(4, 1), data.index(4, -2), (1, 2, 1, 2).index(2, 2, 4))
essayer:
    data.index(8, 2)
sauf ValueError comme err:
    afficher("ValueError:", err)


déf call_method(obj, name_args):
    retour obj.count(*name_args)


afficher(call_method(data, [4]), call_method("banana", ["an"]), call_method((1, 1), [1]))


classe InsufficientFunds(Exception):
    déf __init__(self, needed):
        superieur().__init__(needed)
        self.needed = needed

    déf __str__(self):
        retour "short by " + chaine(self.needed)


essayer:
    lever InsufficientFunds(5)
sauf InsufficientFunds comme err:
    afficher("caught:", err)
lever InsufficientFunds(12)
