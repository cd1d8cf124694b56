# Dansk: `returner` (return) outside a function.
returner 1
