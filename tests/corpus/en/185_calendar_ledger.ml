# A small ledger: dates, exact money with fractions, statistics of the
# amounts and a report filled in by string.Template.
from datetime import date, datetime, timedelta, timezone
from fractions import Fraction
from statistics import mean, median, pstdev
from string import Template

start = date(2024, 1, 29)
entries = []
for i in range(6):
    day = start + timedelta(days=7 * i)
    amount = Fraction(125 + 37 * i, 4)
    entries.append((day, amount))

total = Fraction(0)
for day, amount in entries:
    total += amount
    print(day.isoformat(), day.strftime("%a %d %b"), amount, float(amount.numerator) / amount.denominator)

amounts = [amount for day, amount in entries]
print("total:", total, "mean:", mean(amounts), "median:", median(amounts))
print("spread:", pstdev([a.numerator / a.denominator for a in amounts]))

first, last = entries[0][0], entries[-1][0]
span = last - first
print("span:", span, span.days // 7, "weeks")
print("leap day inside:", first <= date(2024, 2, 29) <= last)

stamp = datetime(2024, 3, 4, 18, 30, tzinfo=timezone.utc)
print(stamp.isoformat(), stamp.timestamp(), (stamp + timedelta(hours=6)).strftime("%Y-%m-%d %H:%M %Z"))

report = Template("$count payments, $$${total} in all, last on ${when}")
print(report.substitute(count=len(entries), total=total, when=last.strftime("%d/%m/%Y")))
print(Fraction(total).limit_denominator(10), round(total, 1), total > 100, total.as_integer_ratio())
