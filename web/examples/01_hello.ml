# Hello, world
print("Hello, world!")
name = "multilingual"
print(f"{name} has {len(name)} letters")
