# A small ledger: dates, exact money with fractions, statistics of the
# amounts and a report filled in by string.Template.
从 datetime 导入 date, datetime, timedelta, timezone
从 fractions 导入 Fraction
从 statistics 导入 mean, median, pstdev
从 string 导入 Template

start = date(2024, 1, 29)
entries = []
对于 i 里 范围(6):
    day = start + timedelta(days=7 * i)
    amount = Fraction(125 + 37 * i, 4)
    entries.append((day, amount))

total = Fraction(0)
对于 day, amount 里 entries:
    total += amount
    打印(day.isoformat(), day.strftime("%a %d %b"), amount, 浮点(amount.numerator) / amount.denominator)

amounts = [amount 对于 day, amount 里 entries]
打印("total:", total, "mean:", mean(amounts), "median:", median(amounts))
打印("spread:", pstdev([a.numerator / a.denominator 对于 a 里 amounts]))

first, last = entries[0][0], entries[-1][0]
span = last - first
打印("span:", span, span.days // 7, "weeks")
打印("leap day inside:", first <= date(2024, 2, 29) <= last)

stamp = datetime(2024, 3, 4, 18, 30, tzinfo=timezone.utc)
打印(stamp.isoformat(), stamp.timestamp(), (stamp + timedelta(hours=6)).strftime("%Y-%m-%d %H:%M %Z"))

report = Template("$count payments, $$${total} in all, last on ${when}")
打印(report.substitute(count=长度(entries), total=total, when=last.strftime("%d/%m/%Y")))
打印(Fraction(total).limit_denominator(10), 四舍五入(total, 1), total > 100, total.as_integer_ratio())
