# Français: the block is indented with a no-break space.
si vrai:
    afficher(1)
