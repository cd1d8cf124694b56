# imported by error_in_module.ml
x = [1, 2
y = 3
