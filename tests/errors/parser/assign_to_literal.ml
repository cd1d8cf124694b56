# Only names, items and attributes can be assigned.
1 = x
