import calendar

print(calendar.isleap(2024), calendar.isleap(1900), calendar.leapdays(1900, 2025), calendar.weekday(2024, 12, 5))
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 12), calendar.month_name[3], calendar.day_abbr[0], list(calendar.month_abbr)[:4], len(calendar.day_name))
print(calendar.month(2024, 2))
print(calendar.month(2025, 6, 3, 1))
calendar.prmonth(2026, 12)
print(calendar.calendar(2024))
print(calendar.monthcalendar(2024, 9))
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.month(2024, 9), calendar.firstweekday(), calendar.weekheader(3))
c = calendar.TextCalendar(calendar.SUNDAY)
print(c.formatmonth(2000, 1, 4, 2))
print([d.isoformat() for d in calendar.Calendar().itermonthdates(2024, 3)][:9])
print(list(calendar.Calendar(6).itermonthdays2(2024, 3))[:8], list(calendar.Calendar().iterweekdays()))
h = calendar.HTMLCalendar()
print(h.formatmonth(2024, 1))
print(calendar.timegm((2024, 1, 1, 12, 0, 0)), calendar.day_name[calendar.weekday(2000, 1, 1)])
for bad in (lambda: calendar.monthrange(2024, 13), lambda: calendar.setfirstweekday(9), lambda: calendar.weekday(2023, 2, 29)):
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
