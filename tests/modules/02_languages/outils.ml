# Un module en français : seuls les noms de __all__ sont exportés par *
__all__ = ["double", "moitie", "SEUIL"]
SEUIL = 10


déf double(x):
    retour x * 2


déf moitie(x):
    retour x / 2


déf cachee():
    retour "non"
