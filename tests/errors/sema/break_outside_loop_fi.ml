# Suomi: `keskeyta` (break) in a function, outside any loop.
maarittele f():
    keskeyta
