for f, v in [("%.2147483648f", 1.0), ("%.2147483648s", "a"), ("%.99999999999d", 1), ("%99999999999999999999d", 1)]:
    try:
        print(len(f % v))
    except Exception as e:
        print(type(e).__name__, e)
for v, f in [(1.0, '.2147483648f'), (1, '9223372036854775808'), ("a", '.99999999999999999999'), (1.5, '99999999999999999999.2')]:
    try:
        print(len(format(v, f)))
    except Exception as e:
        print(type(e).__name__, e)
