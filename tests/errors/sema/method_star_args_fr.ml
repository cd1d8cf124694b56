# Français: *args in a method is not compiled yet (reported, not dropped).
classe A:
    déf f(self, *args):
        retour args
afficher(A().f(1))
