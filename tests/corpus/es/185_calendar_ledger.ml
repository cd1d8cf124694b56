# A small ledger: dates, exact money with fractions, statistics of the
# amounts and a report filled in by string.Template.
desde datetime importar date, datetime, timedelta, timezone
desde fractions importar Fraction
desde statistics importar mean, median, pstdev
desde string importar Template

start = date(2024, 1, 29)
entries = []
rango(6) para i:
    day = start + timedelta(days=7 * i)
    amount = Fraction(125 + 37 * i, 4)
    entries.append((day, amount))

total = Fraction(0)
entries para day, amount:
    total += amount
    imprimir(day.isoformat(), day.strftime("%a %d %b"), amount, flotante(amount.numerator) / amount.denominator)

amounts = [amount para day, amount en entries]
imprimir("total:", total, "mean:", mean(amounts), "median:", median(amounts))
imprimir("spread:", pstdev([a.numerator / a.denominator para a en amounts]))

first, last = entries[0][0], entries[-1][0]
span = last - first
imprimir("span:", span, span.days // 7, "weeks")
imprimir("leap day inside:", first <= date(2024, 2, 29) <= last)

stamp = datetime(2024, 3, 4, 18, 30, tzinfo=timezone.utc)
imprimir(stamp.isoformat(), stamp.timestamp(), (stamp + timedelta(hours=6)).strftime("%Y-%m-%d %H:%M %Z"))

report = Template("$count payments, $$${total} in all, last on ${when}")
imprimir(report.substitute(count=longitud(entries), total=total, when=last.strftime("%d/%m/%Y")))
imprimir(Fraction(total).limit_denominator(10), redondear(total, 1), total > 100, total.as_integer_ratio())
