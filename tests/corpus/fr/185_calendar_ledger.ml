# A small ledger: dates, exact money with fractions, statistics of the
# amounts and a report filled in by string.Template.
depuis datetime importer date, datetime, timedelta, timezone
depuis fractions importer Fraction
depuis statistics importer mean, median, pstdev
depuis string importer Template

start = date(2024, 1, 29)
entries = []
pour i dans intervalle(6):
    day = start + timedelta(days=7 * i)
    amount = Fraction(125 + 37 * i, 4)
    entries.append((day, amount))

total = Fraction(0)
pour day, amount dans entries:
    total += amount
    afficher(day.isoformat(), day.strftime("%a %d %b"), amount, flottant(amount.numerator) / amount.denominator)

amounts = [amount pour day, amount dans entries]
afficher("total:", total, "mean:", mean(amounts), "median:", median(amounts))
afficher("spread:", pstdev([a.numerator / a.denominator pour a dans amounts]))

first, last = entries[0][0], entries[-1][0]
span = last - first
afficher("span:", span, span.days // 7, "weeks")
afficher("leap day inside:", first <= date(2024, 2, 29) <= last)

stamp = datetime(2024, 3, 4, 18, 30, tzinfo=timezone.utc)
afficher(stamp.isoformat(), stamp.timestamp(), (stamp + timedelta(hours=6)).strftime("%Y-%m-%d %H:%M %Z"))

report = Template("$count payments, $$${total} in all, last on ${when}")
afficher(report.substitute(count=longueur(entries), total=total, when=last.strftime("%d/%m/%Y")))
afficher(Fraction(total).limit_denominator(10), arrondir(total, 1), total > 100, total.as_integer_ratio())
