# Français: a keyword-only parameter in a method is not compiled yet (reported, not dropped).
classe A:
    déf f(self, *args, sep=" "):
        retour sep.join(args)
afficher(A().f("a", "b"))
