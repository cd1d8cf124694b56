# Italiano.
stampa(1, colore="rosso")
