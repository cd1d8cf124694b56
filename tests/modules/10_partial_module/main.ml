# A module reading an attribute of a module whose top-level code has not
# finished (a circular import): CPython's AttributeError, caught there.
# Names a module imported are its attributes too.
import alpha

print(alpha.status)
print(alpha.beta.seen)
print(alpha.sqrt(16), alpha.half(5), alpha.beta.half(7))
