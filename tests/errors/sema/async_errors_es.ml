# An asynchronous generator cannot return a value, and an await belongs
# to an async def (a lambda inside one is not), as CPython says.
asincrono def numbers(limit):
    rango(limit) para n:
        producir n
    devolver limit

asincrono def main():
    f = lambda: esperar numbers(3)
    devolver f

def plain():
    esperar main()
