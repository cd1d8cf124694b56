# Brakujący przecinek między argumentami
jesli 1 > 0:
    drukuj(1 2)
