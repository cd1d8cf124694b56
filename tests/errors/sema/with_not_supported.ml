with open("f.txt") as f:
    print(f)
