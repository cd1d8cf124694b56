import datetime
print(datetime.date(2024, 1, 2))
