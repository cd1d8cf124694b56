import datetime
from datetime import date, time, datetime as dt, timedelta, timezone, MINYEAR, MAXYEAR


def show(label, thunk):
    try:
        print(label, thunk())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


# ---------------------------------------------------------------- timedelta
print(MINYEAR, MAXYEAR)
td = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5, milliseconds=6, weeks=1)
print(td, repr(td), td.days, td.seconds, td.microseconds, td.total_seconds())
print(repr(timedelta()), timedelta(), repr(timedelta(-1)), timedelta(-1), timedelta(seconds=-1))
print(timedelta(2), timedelta(1, 1), timedelta(0, 0, 1), repr(timedelta(microseconds=-1)))
print(timedelta(hours=1.5), timedelta(days=0.5), timedelta(seconds=0.5), timedelta(microseconds=1.5),
      timedelta(microseconds=2.5), timedelta(minutes=-0.25), timedelta(days=1e-6), timedelta(weeks=1.1))
print(repr(timedelta(days=-1.5, seconds=3.25, microseconds=-7.75)))
print(timedelta.min, timedelta.max, timedelta.resolution, repr(timedelta.max))
a = timedelta(days=3, seconds=7)
b = timedelta(hours=5, microseconds=9)
# abs() does not call __abs__ and unary + does not call __pos__ in the compiler yet: the methods are called
print(a + b, a - b, b - a, -a, (-a).__abs__(), a.__pos__(), a * 2, 2 * a, a * -1, a * 0.5, 0.25 * a)
print(a / 2, a / 3, a / 0.7, a / b, a // b, a // 4, a % b, divmod(a, b))
print(timedelta(microseconds=3) / 2, timedelta(microseconds=5) / 2, timedelta(microseconds=7) // 2)
print(a == timedelta(3, 7), a != b, a < b, a > b, a <= a, a >= b, a == 5, a != "x")
print(bool(timedelta()), bool(timedelta(microseconds=1)), hash(a) == hash(timedelta(seconds=3 * 86400 + 7)))
print(sorted([a, b, timedelta(0), -b]), max(a, b), {a: 1, timedelta(days=3, seconds=7): 2})
print(timedelta(seconds=86399, microseconds=999999) + timedelta(microseconds=1))
print(str(timedelta(days=-2, seconds=5)), str(timedelta(days=10 ** 6)), timedelta(days=999999999) - timedelta(1))
show("td big", lambda: timedelta(10 ** 9))
show("td big2", lambda: timedelta(-10 ** 9))
show("td max+1", lambda: timedelta.max + timedelta(1))
show("td str", lambda: timedelta("1"))
show("td str2", lambda: timedelta(hours="1"))
show("td+1", lambda: timedelta(1) + 1)
show("td-1", lambda: timedelta(1) - 1)
show("td*td", lambda: timedelta(1) * timedelta(1))
show("td/0", lambda: timedelta(1) / 0)
show("td//0", lambda: timedelta(1) // 0)
show("td/0.0", lambda: timedelta(1) / 0.0)
show("td/td0", lambda: timedelta(1) / timedelta(0))
show("td//td0", lambda: timedelta(1) // timedelta(0))
show("td%td0", lambda: timedelta(1) % timedelta(0))
show("td*nan", lambda: timedelta(1) * float("nan"))
show("td*inf", lambda: timedelta(1) * float("inf"))
show("td<1", lambda: timedelta(1) < 1)
show("td>=s", lambda: timedelta(1) >= "s")

# ---------------------------------------------------------------- date
d = date(2020, 2, 29)
print(d, repr(d), d.year, d.month, d.day, str(d), d.isoformat(), d.ctime())
print(d.weekday(), d.isoweekday(), d.toordinal(), d.isocalendar(), tuple(d.isocalendar()))
ic = date(2021, 1, 3).isocalendar()
print(ic, ic.year, ic.week, ic.weekday, ic[0], ic[1], ic[2], len(ic), ic == (2020, 53, 7))
y, w, wd = date(2024, 12, 30).isocalendar()
print(y, w, wd, date(2008, 12, 29).isocalendar(), date(2010, 1, 3).isocalendar())
print(date.min, date.max, date.resolution, repr(date.min), date.max.toordinal())
print(date.fromordinal(1), date.fromordinal(737484), date.fromordinal(3652059), date.fromordinal(730120))
for n in [1, 59, 60, 365, 366, 1461, 36524, 36525, 146097, 146098, 700000, 738000]:
    x = date.fromordinal(n)
    print(n, x, x.toordinal() == n, x.weekday(), end="; ")
print()
print(date.fromisoformat("2019-12-04"), date.fromisoformat("20191204"), date.fromisoformat("2021-W01-1"),
      date.fromisoformat("2021W011"), date.fromisoformat("2020-W53"))
print(date.fromisocalendar(2020, 53, 7), date.fromisocalendar(2021, 1, 1), date.fromisocalendar(2015, 53, 5))
print(d.replace(day=1), d.replace(year=2024), d.replace(2021, 3), d.replace())
print(d + timedelta(1), timedelta(1) + d, d - timedelta(60), d - date(2000, 1, 1), date(2000, 1, 1) - d)
print(d + timedelta(hours=47), d - timedelta(seconds=1))
print(d == date(2020, 2, 29), d != date(2020, 2, 29), d < date(2020, 3, 1), d > date(2020, 3, 1), d <= d, d >= d)
print(d == 5, d != "2020-02-29", hash(d) == hash(date(2020, 2, 29)), len({d, date(2020, 2, 29), date(2020, 3, 1)}))
print(sorted([date(2020, 1, 2), date(2019, 5, 5), date(2020, 1, 1)]), min(date(2020, 1, 2), date(2019, 5, 5)))
print(d.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %I %y %% %f %w %u %U %W %V %G %e %D %F %T"))
print(date(5, 3, 7).strftime("%Y|%y|%G|%C|%F|%c|%x|%X|%D|%Q|%"), date(2021, 1, 1).strftime("%U %W %V %G %g %j"))
print(date(2020, 12, 31).strftime("%c [%z] [%Z]"), d.__format__(""), d.__format__("%d/%m"), f"{d}", "{}".format(d))
show("y0", lambda: date(0, 1, 1))
show("y10000", lambda: date(10000, 1, 1))
show("m13", lambda: date(2020, 13, 1))
show("m0", lambda: date(2020, 0, 1))
show("d30", lambda: date(2021, 2, 29))
show("d0", lambda: date(2021, 4, 0))
show("d31", lambda: date(2021, 4, 31))
show("dstr", lambda: date("2020", 1, 1))
show("dfloat", lambda: date(2020.0, 1, 1))
show("date+1", lambda: date(2020, 1, 1) + 1)
show("1+date", lambda: 1 + date(2020, 1, 1))
show("date-1", lambda: date(2020, 1, 1) - 1)
show("date<1", lambda: date(2020, 1, 1) < 1)
show("date<dt", lambda: date(2020, 1, 1) < dt(2020, 1, 1))
show("dt<date", lambda: dt(2020, 1, 1) < date(2020, 1, 1))
show("date==dt", lambda: date(2020, 1, 1) == dt(2020, 1, 1))
show("dt==date", lambda: dt(2020, 1, 1) == date(2020, 1, 1))
show("date-dt", lambda: date(2020, 1, 1) - dt(2020, 1, 1))
show("dt-date", lambda: dt(2020, 1, 1) - date(2020, 1, 1))
show("ovf", lambda: date.max + timedelta(1))
show("ovf2", lambda: date.min - timedelta(1))
show("fromord0", lambda: date.fromordinal(0))
show("fromordbig", lambda: date.fromordinal(3652060))
show("iso bad", lambda: date.fromisoformat("2020-13-01"))
show("iso bad2", lambda: date.fromisoformat("x"))
show("iso bad3", lambda: date.fromisoformat(5))
show("iso bad4", lambda: date.fromisoformat("2020-0101"))
show("iso bad5", lambda: date.fromisoformat("2020-02-30"))
show("fromisocal", lambda: date.fromisocalendar(2020, 54, 1))
show("fromisocal2", lambda: date.fromisocalendar(2020, 1, 8))
show("fromisocal3", lambda: date.fromisocalendar(2021, 53, 1))
show("fromisocal4", lambda: date.fromisocalendar(0, 1, 1))
show("replace", lambda: date(2020, 1, 31).replace(month=2))
show("strftime", lambda: date(2020, 1, 1).strftime(5))
print(type(date.today()).__name__, date.today() > date(2024, 1, 1), date.fromtimestamp(0), date.fromtimestamp(1e9))

# ---------------------------------------------------------------- time
t = time(13, 5, 9, 250)
print(t, repr(t), t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold)
print(time(), repr(time()), repr(time(1, 2)), repr(time(1, 2, 3)), repr(time(1, 2, 3, fold=1)), time(23, 59, 59, 999999))
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, t.isoformat(spec), time(1, 2).isoformat(timespec=spec))
print(time.min, time.max, time.resolution)
print(t.replace(hour=1), t.replace(microsecond=0), t.replace(fold=1).fold, t.replace(tzinfo=timezone.utc))
print(t == time(13, 5, 9, 250), t < time(14), t > time(14), t != time(0), t == 5, bool(time()))
print(hash(t) == hash(time(13, 5, 9, 250)), sorted([time(5), time(1), time(3, 30)]))
print(t.strftime("%H:%M:%S.%f %p %I %Y-%m-%d %j %a"), t.__format__("%H"), t.utcoffset(), t.tzname(), t.dst())
tu = time(12, 30, tzinfo=timezone(timedelta(hours=2)))
print(tu, repr(tu), tu.utcoffset(), tu.tzname(), tu.dst(), tu.strftime("%z %Z"))
print(tu == time(10, 30, tzinfo=timezone.utc), tu < time(11, tzinfo=timezone.utc), tu == time(12, 30))
print(hash(tu) == hash(time(10, 30, tzinfo=timezone.utc)))
print(time.fromisoformat("04:23:01"), time.fromisoformat("T04:23:01.000384"), time.fromisoformat("04:23"),
      time.fromisoformat("0423"), time.fromisoformat("04"), time.fromisoformat("04:23:01+04:00"),
      time.fromisoformat("04:23:01Z"), repr(time.fromisoformat("04:23:01.5-05:30")))
show("h24", lambda: time(24))
show("min", lambda: time(1, 60))
show("sec", lambda: time(1, 1, 60))
show("us", lambda: time(1, 1, 1, 10 ** 6))
show("neg", lambda: time(-1))
show("fold", lambda: time(fold=2))
show("tz", lambda: time(tzinfo=1))
show("tnaive<aware", lambda: time(1) < time(1, tzinfo=timezone.utc))
show("t<1", lambda: time(1) < 1)
show("timespec", lambda: time(1).isoformat("bad"))
show("iso t bad", lambda: time.fromisoformat("25:00"))
show("iso t bad2", lambda: time.fromisoformat("1"))
show("iso t bad3", lambda: time.fromisoformat("12:3a"))

# ---------------------------------------------------------------- datetime
x = dt(2021, 3, 4, 5, 6, 7, 890)
print(x, repr(x), x.year, x.month, x.day, x.hour, x.minute, x.second, x.microsecond, x.tzinfo, x.fold)
print(repr(dt(2021, 3, 4)), repr(dt(2021, 3, 4, 5)), repr(dt(2021, 3, 4, 0, 0, 7)), repr(dt(2021, 1, 1, fold=1)))
print(x.isoformat(), x.isoformat(" "), x.isoformat(sep="_", timespec="minutes"), x.isoformat(timespec="milliseconds"))
print(x.date(), x.time(), x.timetz(), repr(x.date()), x.ctime(), x.weekday(), x.isoweekday(), x.toordinal())
print(x.isocalendar(), isinstance(x, date), isinstance(x, dt), type(x).__name__, type(x.date()).__name__)
print(dt.min, dt.max, dt.resolution, repr(dt.max))
print(x + timedelta(days=1, hours=20), x - timedelta(microseconds=891), timedelta(1) + x, x - dt(2020, 1, 1))
print(dt(2020, 1, 1) - x, x - x, x + timedelta(0) == x, x - timedelta(weeks=52))
print(x == dt(2021, 3, 4, 5, 6, 7, 890), x < dt(2022, 1, 1), x > dt(2022, 1, 1), x >= x, x <= x, x != x)
print(x == 3, hash(x) == hash(dt(2021, 3, 4, 5, 6, 7, 890)), sorted([x, dt(2000, 1, 1), dt(2021, 3, 4)]))
print(x.replace(year=2000), x.replace(microsecond=0), x.replace(tzinfo=timezone.utc), x.replace(hour=23, minute=59))
print(dt.combine(date(2020, 5, 6), time(7, 8)), dt.combine(date(2020, 5, 6), time(7, 8, tzinfo=timezone.utc)))
print(dt.combine(date(2020, 5, 6), time(7, 8), timezone(timedelta(hours=-3))))
print(dt.fromordinal(737484), dt.fromisoformat("2011-11-04"), dt.fromisoformat("2011-11-04T00:05:23"),
      dt.fromisoformat("2011-11-04T00:05:23Z"), dt.fromisoformat("20111104T000523"),
      dt.fromisoformat("2011-W01-2T00:05:23.283"), dt.fromisoformat("2011-11-04 00:05:23.283+00:00"),
      dt.fromisoformat("2011-11-04T00:05:23+04:00"))
print(repr(dt.fromisoformat("2011-11-04T00:05:23.283-05:30:15")), dt.fromisoformat("2011-11-04T00:05:23,5"))
print(x.strftime("%Y-%m-%d %H:%M:%S.%f %a %A %b %B %j %p %I %y %% %c %x %X %U %W"))
print(dt(2021, 3, 4, 0, 5).strftime("%I %p %l %k"), dt(2021, 3, 4, 12, 5).strftime("%I %p"), dt(2021, 3, 4, 23).strftime("%I %p %P"))
print(x.__format__("%H h"), x.__format__(""), f"{x}", str(x), x.utcoffset(), x.tzname(), x.dst())
print(x.timestamp(), dt(1970, 1, 1).timestamp(), dt(1969, 12, 31, 23, 59, 59, 500000).timestamp())
print(dt.utcfromtimestamp(0), dt.utcfromtimestamp(1e9), dt.utcfromtimestamp(1234567890.123456), dt.utcfromtimestamp(-1.5))
print(dt.utcfromtimestamp(0.0000005), dt.utcfromtimestamp(0.0000015), dt.utcfromtimestamp(1.9999999))
print(dt.fromtimestamp(1e9, timezone.utc), repr(dt.fromtimestamp(86400 * 365.25, tz=timezone(timedelta(hours=5)))))
now = dt.now()
unow = dt.utcnow()
print(type(now).__name__, now.tzinfo, now > dt(2024, 1, 1), timedelta(seconds=-5) < unow - now < timedelta(seconds=5))
aw = dt.now(timezone.utc)
print(aw.tzinfo, aw.utcoffset(), timedelta(seconds=-5) < aw.replace(tzinfo=None) - unow < timedelta(seconds=5))
show("dt h24", lambda: dt(2020, 1, 1, 24))
show("dt m13", lambda: dt(2020, 13, 1))
show("dt tz", lambda: dt(2020, 1, 1, tzinfo="UTC"))
show("ovf3", lambda: dt.max + timedelta(1))
show("ovf4", lambda: dt.min - timedelta(microseconds=1))
show("dt+1", lambda: dt(2020, 1, 1) + 1)
show("dt-1", lambda: dt(2020, 1, 1) - 1)
show("dt<1", lambda: dt(2020, 1, 1) < 1)
show("naive-aware", lambda: dt(2020, 1, 1) - dt(2020, 1, 1, tzinfo=timezone.utc))
show("naive<aware", lambda: dt(2020, 1, 1) < dt(2020, 1, 1, tzinfo=timezone.utc))
show("naive==aware", lambda: dt(2020, 1, 1) == dt(2020, 1, 1, tzinfo=timezone.utc))
show("iso dt bad", lambda: dt.fromisoformat("2020-01-01T25:00"))
show("iso dt bad2", lambda: dt.fromisoformat("2020-01-01T10:00+"))
show("iso dt bad3", lambda: dt.fromisoformat("2020"))
show("iso dt bad4", lambda: dt.fromisoformat("2020-01-01X10"))
show("iso dt bad5", lambda: dt.fromisoformat(20200101))
show("combine", lambda: dt.combine(1, time()))
show("combine2", lambda: dt.combine(date(2020, 1, 1), 1))
show("replace", lambda: dt(2020, 1, 31).replace(month=2))
show("fromts big", lambda: dt.fromtimestamp(1e20, timezone.utc))
show("fromts year", lambda: dt.utcfromtimestamp(1e13))

# ---------------------------------------------------------------- timezone
utc = timezone.utc
est = timezone(timedelta(hours=-5), "EST")
ist = timezone(timedelta(hours=5, minutes=30))
print(utc, repr(utc), est, repr(est), ist, repr(ist), datetime.UTC, timezone(timedelta(0)))
print(repr(timezone(timedelta(0))), timezone(timedelta(0)) == utc, timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), "X"))
print(timezone.min, timezone.max, repr(timezone.max), timezone(timedelta(seconds=-1)), timezone(timedelta(microseconds=5)))
print(est.utcoffset(None), est.tzname(None), est.dst(None), hash(est) == hash(timezone(timedelta(hours=-5))))
a1 = dt(2020, 6, 1, 12, tzinfo=utc)
a2 = dt(2020, 6, 1, 7, tzinfo=est)
print(a1, repr(a2), a1 == a2, a1 - a2, a2 - dt(2020, 6, 1, tzinfo=ist), a1 < a2, hash(a1) == hash(a2))
print(a2.utcoffset(), a2.tzname(), a2.dst(), a2.isoformat(), a2.strftime("%z %Z %H"), ist.tzname(None))
print(a1.astimezone(est), a2.astimezone(ist), a2.astimezone(utc), a2.astimezone(), a1.timestamp(), a2.timestamp())
print(dt(2020, 1, 1, tzinfo=timezone(timedelta(hours=1, seconds=30))).isoformat(),
      dt(2020, 1, 1, tzinfo=timezone(timedelta(hours=-1, microseconds=-30))).strftime("%z"))
print(a1 + timedelta(hours=13), (a2 + timedelta(hours=13)).tzinfo is est, utc.fromutc(dt(2020, 1, 1, tzinfo=utc)))
print(est.fromutc(dt(2020, 1, 1, tzinfo=est)))
show("tz big", lambda: timezone(timedelta(hours=24)))
show("tz type", lambda: timezone(5))
show("tz name", lambda: timezone(timedelta(hours=1), 5))
show("tz fromutc", lambda: est.fromutc(dt(2020, 1, 1)))

# ---------------------------------------------------------------- strptime
P = dt.strptime
print(P("2021-03-04 05:06:07", "%Y-%m-%d %H:%M:%S"), P("04/03/21", "%d/%m/%y"), P("4/3/69", "%d/%m/%y"))
print(P("2021-03-04T05:06:07.123", "%Y-%m-%dT%H:%M:%S.%f"), P("March 5 2020", "%B %d %Y"), P("mar 5 2020", "%b %d %Y"))
print(P("Thursday, 04 March 2021 11:30 PM", "%A, %d %B %Y %I:%M %p"), P("12 am", "%I %p"), P("12 pm", "%I %p"))
print(P("2021 060", "%Y %j"), P("100", "%j"), P("  2021   3   4", " %Y %m %d"), P("20210304", "%Y%m%d"))
print(repr(P("2021-03-04 05:06 +0100", "%Y-%m-%d %H:%M %z")), repr(P("2021-03-04 Z", "%Y-%m-%d %z")))
print(repr(P("10:00 -05:30", "%H:%M %z")), repr(P("10:00 +0000", "%H:%M %z")), repr(P("10:00 +01:02:03.5", "%H:%M %z")))
print(P("Thu Mar  4 05:06:07 2021", "%c"), P("03/04/21", "%x"), P("05:06:07", "%X"), P("5%", "%d%%"))
print(P("1 2 3", "%H %M %S"), P("2021-3-4", "%Y-%m-%d"), P("Mon 2021", "%a %Y"))
show("strptime bad", lambda: P("2020", "%Y-%m"))
show("strptime bad2", lambda: P("2020-01-01x", "%Y-%m-%d"))
show("strptime bad3", lambda: P("2020-02-30", "%Y-%m-%d"))
show("strptime bad4", lambda: P("2020", "%Q"))
show("strptime bad5", lambda: P("2020", "%Y%"))
show("strptime bad6", lambda: P("29 feb", "%d %b"))
show("strptime bad7", lambda: P(2020, "%Y"))
show("strptime bad8", lambda: P("13", "%m"))
show("strptime bad9", lambda: P("10:00 +01:0203", "%H:%M %z"))

# ---------------------------------------------------------------- subclasses
class Fixed(datetime.tzinfo):
    def __init__(self, minutes, name):
        self.off = timedelta(minutes=minutes)
        self.name = name

    def utcoffset(self, d):
        return self.off

    def tzname(self, d):
        return self.name

    def dst(self, d):
        return timedelta(0)


cet = Fixed(60, "CET")
c = dt(2022, 7, 1, 9, 30, tzinfo=cet)
print(c, c.utcoffset(), c.tzname(), c.dst(), c.strftime("%H:%M %z %Z"), c.astimezone(timezone.utc), c.timestamp())
print(dt(2022, 7, 1, 8, 30, tzinfo=timezone.utc).astimezone(cet), c == dt(2022, 7, 1, 8, 30, tzinfo=timezone.utc))
show("tzinfo abstract", lambda: datetime.tzinfo().utcoffset(None))


class MyDate(date):
    def double_day(self):
        return self.day * 2


m = MyDate(2020, 5, 17)
print(m, repr(m), m.double_day(), type(m + timedelta(1)).__name__, type(m.replace(day=1)).__name__, m == date(2020, 5, 17))
print(type(MyDate.fromordinal(5)).__name__, MyDate.fromisoformat("2020-01-02"), m - date(2020, 1, 1))
for v in [0.1, 1e-7, 123456.789, -0.000001, 86399.9999995, 1e8 / 3]:
    print(repr(timedelta(seconds=v)), repr(timedelta(days=v)), repr(timedelta(microseconds=v)), repr(timedelta(milliseconds=v)))

# ---------------------------------------------------------------- parsing corner cases
def tr(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


for s in ["2020-01-01", "2020-1-1", "20200101", "2020-W01", "2020W01", "2020-W01-1", "2020W017", "2020-W53-7", "2021-W53",
          "2020-12-31T23:59:59.999999", "2020-01-01T00:00:00.1", "2020-01-01T00:00:00.12345678", "2020-01-01T00:00:00,5",
          "2020-01-01 12", "2020-01-01T1230", "2020-01-01T12:30:45+0530", "2020-01-01T12:30:45-05",
          "2020-01-01T12:30:45+05:30:15.123", "2020-01-01T12:30:45Z", "2020-01-01T12:30:45z", "2020-01-01T24:00",
          "2020-02-30", "2020-01-01T12:3", "2020-01-01T12:30:4", "2020-01-01T12:30:45.", "2020-01-01T12:30:45+5",
          "2020-01-01T12:30:45+05:3", "2020-01-01T12:30:45+0000", "2020-01-01T12:30:45-00:00", "2020-01-01T12:30:45.123+01:00",
          "2020-01-01T12:30:45.123abc", "0000-01-01", "9999-12-31T23:59:59", "2020-01-01X12:00", "2020-01-01T",
          "2020-01-01T1", "2020-001", "20200101T123045", "2020-01-01T12:30:45+01:00:00", "2020-01-01T12:30:45+24:00",
          "  2020-01-01", "2020-01-01 ", "2020\u201001\u201001"]:
    tr("dt " + s, lambda: dt.fromisoformat(s))
    tr("d " + s, lambda: date.fromisoformat(s))
for s in ["12", "1230", "12:30", "12:30:45", "12:30:45.123", "12:30:45,123456789", "T12:30", "12:30:45+01:00", "12:30:45Z",
          "12:30:45-0130", "24:00", "12:60", "1", "", "12:30:45.1234567", "12:30:45.12345a", "T", "12:30+01:00:30.5", "12:30+24:00"]:
    tr("t " + s, lambda: time.fromisoformat(s))
for text, fmt in [("2020-03-04", "%Y-%m-%d"), ("4 March 2020", "%d %B %Y"), ("4 MARCH 2020", "%d %B %Y"), ("4 mar 20", "%d %b %y"),
                  ("04/03/2020 13:05:09", "%d/%m/%Y %H:%M:%S"), ("1:05 pm", "%I:%M %p"), ("1:05 AM", "%I:%M %p"),
                  ("12:00 AM", "%I:%M %p"), ("2020 366", "%Y %j"), ("2021 366", "%Y %j"), ("Wednesday 2020", "%A %Y"),
                  ("2020-03-04T05:06:07.1234567", "%Y-%m-%dT%H:%M:%S.%f"), ("2020  03", "%Y %m"), ("2020\t03", "%Y %m"),
                  ("202003", "%Y%m"), ("20203", "%Y%m"), ("123", "%H%M"), ("1234", "%H%M"), ("61", "%S"), ("60", "%S"),
                  ("99", "%y"), ("00", "%y"), ("68", "%y"), ("69", "%y"), ("+01:30", "%z"), ("-0130", "%z"), ("+013045", "%z"),
                  ("+01:30:45.5", "%z"), ("Z", "%z"), ("z", "%z"), ("UTC", "%Z"), ("gmt", "%Z"), ("+0100 UTC", "%z %Z"),
                  ("EST", "%Z"), ("2020-03-04 ", "%Y-%m-%d"), (" 2020", "%Y"), ("2020", "%Y "), ("T", "t"), ("abc", "%Y"),
                  ("13/4/2020", "%m/%d/%Y"), ("Tue Mar  3 05:06:07 2020", "%c"), ("%2020", "%%%Y"), ("5", "%w"), ("7", "%u"),
                  ("2020 10 1", "%Y %U %w"), ("2020 0 3", "%Y %W %w"), ("2021 0 0", "%Y %U %w"), ("  5", "%d"), (" 5", "%d"),
                  ("0", "%d"), ("32", "%d")]:
    tr("p %r %r" % (text, fmt), lambda: dt.strptime(text, fmt))
for kw in [{"microseconds": 0.5}, {"microseconds": 1.5}, {"microseconds": -0.5}, {"microseconds": 2.5, "seconds": 1},
           {"seconds": 0.0000005}, {"seconds": 0.0000015}, {"seconds": 1.0000005}, {"seconds": 86399.9999995},
           {"seconds": -86399.9999995}, {"days": 1e9 / 3}, {"days": 0.1, "hours": 0.2, "minutes": 0.3},
           {"milliseconds": 0.0005, "microseconds": 0.5}, {"weeks": -0.0000005}, {"hours": 4.5e-7, "seconds": -1},
           {"days": -860.2891528507621, "weeks": -109719}, {"minutes": 123456789.12345679, "weeks": 2.5},
           {"seconds": -69.2922352775638}, {"days": 3e9}, {"days": 1.5e9}, {"days": None}, {"hours": "1", "days": []}]:
    tr("td %s" % sorted(kw.items()), lambda: timedelta(**kw))

# ---------------------------------------------------------------- time tuples
tt = dt(2020, 2, 29, 13, 14, 15, 16).timetuple()
print(tt, tt.tm_year, tt.tm_mon, tt.tm_mday, tt.tm_hour, tt.tm_min, tt.tm_sec, tt.tm_wday, tt.tm_yday, tt.tm_isdst)
print(tt[0], tt[:3], tt[-1], len(tt), list(tt), tuple(tt) == (2020, 2, 29, 13, 14, 15, 5, 60, -1), tt == (2020, 2, 29, 13, 14, 15, 5, 60, -1))
print(date(2021, 12, 31).timetuple(), dt(2020, 6, 1, tzinfo=timezone.utc).timetuple().tm_isdst, c.timetuple().tm_isdst)
print(dt(2020, 6, 1, 1, 30, tzinfo=timezone(timedelta(hours=5))).utctimetuple(), dt(2020, 6, 1).utctimetuple())
y, mo, dd, hh, mi, ss, wd, yd, isdst = date(2000, 3, 1).timetuple()
print(y, mo, dd, hh, mi, ss, wd, yd, isdst)
print(repr(dt(2020, 1, 1, 1, tzinfo=timezone.utc, fold=1)), repr(time(1, tzinfo=timezone.utc, fold=1)), repr(dt(2020, 1, 1, fold=1).timetz()))
