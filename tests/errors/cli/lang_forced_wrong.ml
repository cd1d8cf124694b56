# A French program compiled as English (--lang en): the message is about `si`.
si 1 > 0:
    afficher(1)
