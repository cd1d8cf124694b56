# Saved as Latin-1 instead of UTF-8: the accented letter below is the
# single byte 0xE9. The error names it and says what to do.
print("café")
