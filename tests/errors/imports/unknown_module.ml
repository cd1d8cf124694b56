import helpers
print(helpers.area(2))
