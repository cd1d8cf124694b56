# Français: a triple-quoted string never closed.
afficher("début")
texte = """suite
afficher(texte)
