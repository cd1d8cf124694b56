# A small ledger: dates, exact money with fractions, statistics of the
# amounts and a report filled in by string.Template.
من datetime استيراد date, datetime, timedelta, timezone
من fractions استيراد Fraction
من statistics استيراد mean, median, pstdev
من string استيراد Template

start = date(2024, 1, 29)
entries = []
مدى(6) ضمن لكل i:
    day = start + timedelta(days=7 * i)
    amount = Fraction(125 + 37 * i, 4)
    entries.append((day, amount))

total = Fraction(0)
entries ضمن لكل day, amount:
    total += amount
    اطبع(day.isoformat(), day.strftime("%a %d %b"), amount, عشري(amount.numerator) / amount.denominator)

amounts = [amount لكل day, amount في entries]
اطبع("total:", total, "mean:", mean(amounts), "median:", median(amounts))
اطبع("spread:", pstdev([a.numerator / a.denominator لكل a في amounts]))

first, last = entries[0][0], entries[-1][0]
span = last - first
اطبع("span:", span, span.days // 7, "weeks")
اطبع("leap day inside:", first <= date(2024, 2, 29) <= last)

stamp = datetime(2024, 3, 4, 18, 30, tzinfo=timezone.utc)
اطبع(stamp.isoformat(), stamp.timestamp(), (stamp + timedelta(hours=6)).strftime("%Y-%m-%d %H:%M %Z"))

report = Template("$count payments, $$${total} in all, last on ${when}")
اطبع(report.substitute(count=طول(entries), total=total, when=last.strftime("%d/%m/%Y")))
اطبع(Fraction(total).limit_denominator(10), تقريب(total, 1), total > 100, total.as_integer_ratio())
