# Odottamaton sisennys
jos 1 > 0:
    tulosta(1)
        tulosta(2)
