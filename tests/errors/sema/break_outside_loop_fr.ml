# Français: sema names the keyword in English (its messages are not localized).
x = 1
arrêter
