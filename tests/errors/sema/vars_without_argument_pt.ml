contador = 1

defina mostrar():
    imprima(variaveis())

mostrar()
