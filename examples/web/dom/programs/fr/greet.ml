# Salue le nom tapé, au fil de la frappe (un événement input par touche).
greeting = dom_obtenir("greeting")

déf on_input(event):
    name = event.value.strip()
    si name:
        dom_texte(greeting, "👋 " + name + "!")
    sinon:
        dom_texte(greeting, "👋")
    dom_classe(greeting, "named", longueur(name) > 0)

dom_sur(dom_obtenir("name"), "input", on_input)
