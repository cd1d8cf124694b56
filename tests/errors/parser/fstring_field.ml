# The error inside an f-string field points into the field.
print(f"total: {1 +}")
