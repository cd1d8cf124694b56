# open() (files) is not compiled yet; the with statement around it is.
with open("f.txt") as f:
    print(f)
