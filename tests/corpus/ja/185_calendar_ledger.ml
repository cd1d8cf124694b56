# A small ledger: dates, exact money with fractions, statistics of the
# amounts and a report filled in by string.Template.
から datetime 取込 date, datetime, timedelta, timezone
から fractions 取込 Fraction
から statistics 取込 mean, median, pstdev
から string 取込 Template

start = date(2024, 1, 29)
entries = []
範囲(6) 内の 各 i に対して:
    day = start + timedelta(days=7 * i)
    amount = Fraction(125 + 37 * i, 4)
    entries.append((day, amount))

total = Fraction(0)
entries 内の 各 day, amount に対して:
    total += amount
    表示(day.isoformat(), day.strftime("%a %d %b"), amount, 浮動小数(amount.numerator) / amount.denominator)

amounts = [amount 毎 day, amount 中 entries]
表示("total:", total, "mean:", mean(amounts), "median:", median(amounts))
表示("spread:", pstdev([a.numerator / a.denominator 毎 a 中 amounts]))

first, last = entries[0][0], entries[-1][0]
span = last - first
表示("span:", span, span.days // 7, "weeks")
表示("leap day inside:", first <= date(2024, 2, 29) <= last)

stamp = datetime(2024, 3, 4, 18, 30, tzinfo=timezone.utc)
表示(stamp.isoformat(), stamp.timestamp(), (stamp + timedelta(hours=6)).strftime("%Y-%m-%d %H:%M %Z"))

report = Template("$count payments, $$${total} in all, last on ${when}")
表示(report.substitute(count=長さ(entries), total=total, when=last.strftime("%d/%m/%Y")))
表示(Fraction(total).limit_denominator(10), 丸め(total, 1), total > 100, total.as_integer_ratio())
