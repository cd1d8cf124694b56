# Une horloge : un minuteur affiche l'heure (UTC) chaque seconde ; le bouton l'arrête.
importer time

face = dom_obtenir("clock")
ticks = 0

déf tick():
    global ticks
    ticks += 1
    t = entier(time.time())
    dom_texte(face, f"{t // 3600 % 24:02d}:{t // 60 % 60:02d}:{t % 60:02d}")
    dom_attribut(face, "data-ticks", ticks)

déf on_stop(event):
    annuler_minuteur(timer)
    dom_classe(face, "stopped")

tick()
timer = a_intervalles(tick, 1000)
dom_sur(dom_obtenir("stop"), "click", on_stop)
