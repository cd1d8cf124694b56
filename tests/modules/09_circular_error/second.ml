from first import START

LIMIT = 10
