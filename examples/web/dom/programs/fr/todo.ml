# Une liste de tâches : tapez un élément, puis Entrée ou le bouton + l'ajoute ;
# le bouton × d'un élément le retire.
items = dom_obtenir("items")
entry = dom_obtenir("new-item")

déf show_count():
    dom_texte(dom_obtenir("left"), longueur(dom_chercher_tous("#items li")))

déf add(event):
    text = dom_valeur(entry).strip()
    si non text:
        retour
    item = dom_creer("li")
    label = dom_creer("span")
    dom_texte(label, text)
    remove = dom_creer("button")
    dom_texte(remove, "×")
    dom_classe(remove, "remove")
    dom_ajouter(item, label)
    dom_ajouter(item, remove)
    dom_ajouter(items, item)

    déf remove_item(event):
        dom_retirer(item)
        show_count()

    dom_sur(remove, "click", remove_item)
    dom_valeur(entry, "")
    show_count()

déf on_key(event):
    si event.key == "Enter":
        add(event)

dom_sur(dom_obtenir("add"), "click", add)
dom_sur(entry, "keydown", on_key)
show_count()
