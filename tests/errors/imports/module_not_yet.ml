import pprint
pprint.pprint([1, 2])
