# afbryd uden for en løkke
hvis 1 > 0:
    skriv(1)
    afbryd
