# A def is one function object wherever its name is read: `is`, equality,
# dict keys and set members work as in CPython (with defaults and *args too),
# and a def with *args called through its value packs its arguments.
déf add(a, b):
    retour a + b


déf scale(x, k=2):
    retour x * k


déf total(*xs):
    retour somme(xs)


names = {add: "add", scale: "scale", total: "total"}
afficher(names[add], names[scale], names[total])
afficher(add est add, scale == scale, total est non add, longueur({add, add, scale, total}))
pick = scale
afficher(pick est scale, names[pick], pick(5), [f(3) pour f dans (scale, total)], total(1, 2))
registry = {}


déf register(f):
    registry[f] = longueur(registry)
    retour f


@register
déf first():
    retour 1


afficher(registry[first], first dans registry, first())
