# Deutsch.
weiter
