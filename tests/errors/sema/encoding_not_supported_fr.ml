données = "été".encode("utf-16")
afficher(données)
