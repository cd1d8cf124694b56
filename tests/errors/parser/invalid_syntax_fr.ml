# Deux signes = : syntaxe invalide, dite en français.
si vrai_ou_faux > 0:
    afficher("oui")
x = = 1
