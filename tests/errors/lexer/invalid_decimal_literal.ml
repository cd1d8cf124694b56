# A name cannot start with a digit.
3rd = 3
