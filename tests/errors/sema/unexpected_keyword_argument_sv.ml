# om utan kolon, skriv med ett okänt nyckelordsargument
for x i intervall(3):
    skriv(x, färg="röd")
