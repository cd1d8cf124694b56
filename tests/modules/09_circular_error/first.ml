from second import LIMIT

START = 1
