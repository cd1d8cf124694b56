# Français: a positional-only parameter in a method is not compiled yet (reported, not dropped).
classe A:
    déf f(self, a, /, b):
        retour a + b
afficher(A().f(1, 2))
