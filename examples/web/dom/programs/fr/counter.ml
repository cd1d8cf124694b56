# Un compteur : chaque clic sur le bouton ajoute un au nombre affiché.
count = 0
shown = dom_obtenir("count")

déf on_click(event):
    global count
    count += 1
    dom_texte(shown, count)

dom_sur(dom_obtenir("inc"), "click", on_click)
