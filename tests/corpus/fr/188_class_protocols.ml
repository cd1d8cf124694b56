# Class decorators, annotations in class bodies, NotImplemented,
# __setattr__ / __getattr__ / __delattr__, defaults that are not literals,
# a class defined under an if, and a dataclass.
depuis dataclasses importer dataclass, field

registry = {}


déf register(cls):
    registry[cls.__name__] = cls
    retour cls


déf tagged(label):
    déf apply(cls):
        cls.label = label
        retour cls
    retour apply


@register
@tagged("money")
classe Money:
    amount: entier
    currency: chaine = "EUR"

    déf __init__(self, amount, currency="EUR"):
        self.amount = amount
        self.currency = currency

    déf __add__(self, other):
        si est_instance(other, Money) et other.currency == self.currency:
            retour Money(self.amount + other.amount, self.currency)
        retour NotImplemented

    déf __radd__(self, other):
        si other == 0:
            retour self
        retour NotImplemented

    déf __eq__(self, other):
        si non est_instance(other, Money):
            retour NotImplemented
        retour (self.amount, self.currency) == (other.amount, other.currency)

    déf __lt__(self, other):
        si non est_instance(other, Money):
            retour NotImplemented
        retour self.amount < other.amount

    déf __repr__(self):
        retour f"{self.amount} {self.currency}"


afficher(registry, Money.label, Money.__annotations__)
wallet = [Money(5), Money(10), Money(2)]
afficher(somme(wallet), trier(wallet), Money(3) == Money(3), Money(3) == 3)
pour bad dans ["x", Money(1, "USD")]:
    essayer:
        afficher(Money(1) + bad)
    sauf TypeError comme e:
        afficher("TypeError:", e)
essayer:
    afficher(Money(1) < 2)
sauf TypeError comme e:
    afficher("TypeError:", e)


classe Record:
    déf __init__(self, **values):
        objet.__setattr__(self, "_values", dico(values))
        objet.__setattr__(self, "changes", 0)

    déf __getattr__(self, name):
        si name dans self._values:
            retour self._values[name]
        lever AttributeError(f"no field {name!r}")

    déf __setattr__(self, name, value):
        self._values[name] = value
        objet.__setattr__(self, "changes", self.changes + 1)

    déf __delattr__(self, name):
        supprimer self._values[name]


r = Record(name="Ada", year=1815)
r.year = 1816
r.city = "London"
supprimer r.name
afficher(r.year, r.city, r.changes, trier(r._values))
afficher(obtenir_attribut(r, "name", "gone"), a_attribut(r, "city"))

DEFAULT_TAGS = ["new"]


déf comma(tags):
    retour ", ".join(tags)


déf label(item, tags=DEFAULT_TAGS, sep=comma):
    retour item + ": " + sep(tags)


afficher(label("a"), label("b", ["x", "y"]))

si longueur(registry) == 1:
    classe Mode:
        name = "single"
sinon:
    classe Mode:
        name = "many"
afficher(Mode.name)


@dataclass(order=Vrai)
classe Task:
    priority: entier
    title: chaine = field(compare=Faux)
    done: booléen = Faux


tasks = [Task(3, "write"), Task(1, "read"), Task(2, "test", Vrai)]
afficher(trier(tasks)[0], [t.title pour t dans trier(tasks, reverse=Vrai)])
afficher(Task(1, "a") == Task(1, "b"), Task(1, "a") < Task(2, "a"))
