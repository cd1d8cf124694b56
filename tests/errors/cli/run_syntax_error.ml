# run reports like check, and runs nothing.
print("a"
