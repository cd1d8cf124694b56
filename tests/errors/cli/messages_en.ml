# the French program of invalid_syntax_fr, its messages forced to English for tools
si vrai_ou_faux > 0:
    afficher("oui")
x = = 1
