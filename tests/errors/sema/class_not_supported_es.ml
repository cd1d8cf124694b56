# Español: classes parse, but are not compiled yet.
clase Punto:
    pasar
