# Français: `in` is not a keyword here (`dans` is), so the loop does not parse.
pour x in [1, 2]:
    afficher(x)
