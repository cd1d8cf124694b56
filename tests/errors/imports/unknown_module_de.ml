# Deutsch: ein unbekanntes Modul
von mathe importieren wurzel
ausgeben(wurzel(2))
