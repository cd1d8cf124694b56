"""Concrete date/time and related types (CPython's datetime).

Written in the language itself, after CPython's pure-Python datetime.py
(3.11), with the messages and behaviours of its C module _datetime, which is
the one CPython imports.  Local time is UTC: there is no time zone database,
so date.today(), datetime.now(), fromtimestamp() without a tz and the
timestamp() of a naive datetime read the WASI clock as UTC (as CPython does
on a machine whose TZ is UTC).  Differences from CPython, because of what the
compiler offers so far:
- the classes have no __new__ (the compiler does not call it): timezone(
  timedelta(0)) equals timezone.utc and prints as it, but is not the same
  object;
- an operator with an unsupported operand raises CPython's TypeError
  itself instead of returning NotImplemented (written before the compiler
  had it), so another class's reflected method is not tried, and a
  comparison that CPython would reflect
  (3 < d) names the operands in the other order;
- isocalendar() returns an IsoCalendarDate that is not a tuple subclass (the
  compiler cannot subclass tuple): it has year, week, weekday, indexing,
  unpacking, len, comparison with tuples and CPython's repr;
- hash() of the objects is stable (CPython's C module hashes the bytes of
  the state with the per-process string hash); equal objects hash equal;
- timetuple() and utctimetuple() return an object with time.struct_time's
  fields, indexing, comparison with tuples and repr, but the time module has
  no struct_time (nor mktime, localtime ...) yet; pickling is not offered,
  nor strftime's glibc flags (%-d, %_d, %E, %O);
- strftime and strptime take the C locale's names (as CPython in a C or
  English locale): %a %A %b %B %c %C %d %D %e %f %F %G %g %H %I %j %k %l
  %m %M %n %p %P %R %S %t %T %u %U %V %w %W %x %X %y %Y %z %Z %%; strptime
  takes %a %A %b %B %c %d %f %H %I %j %m %M %p %S %u %U %w %W %x %X %y %Y
  %z %Z (UTC, GMT) %% (not the ISO %G %V); a directive written twice in a
  strptime format is taken (CPython's re refuses the format).
"""

import time as _time
import math as _math

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")


def _cmp(x, y):
    return 0 if x == y else 1 if x > y else -1


MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059  # date.max.toordinal()

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]


def _is_leap(year):
    "year -> 1 if leap year, else 0."
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    "year -> number of days before January 1st of year."
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    "year, month -> number of days in that month in that year."
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    "year, month -> number of days in year preceding first day of month."
    if month > 2 and _is_leap(year):
        return _DAYS_BEFORE_MONTH[month] + 1
    return _DAYS_BEFORE_MONTH[month]


def _ymd2ord(year, month, day):
    "year, month, day -> ordinal, considering 01-Jan-0001 as day 1."
    return _days_before_year(year) + _days_before_month(year, month) + day


_DI400Y = _days_before_year(401)    # number of days in 400 years
_DI100Y = _days_before_year(101)    #    "    "   "   " 100   "
_DI4Y = _days_before_year(5)        #    "    "   "   "   4   "


def _ord2ymd(n):
    "ordinal -> (year, month, day), considering 01-Jan-0001 as day 1."
    n -= 1
    n400, n = divmod(n, _DI400Y)
    year = n400 * 400 + 1
    n100, n = divmod(n, _DI100Y)
    n4, n = divmod(n, _DI4Y)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leapyear = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month]
    if month > 2 and leapyear:
        preceding += 1
    if preceding > n:  # estimate is too large
        month -= 1
        preceding -= _DAYS_IN_MONTH[month]
        if month == 2 and leapyear:
            preceding -= 1
    n -= preceding
    return year, month, n + 1


_MONTHNAMES = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_DAYNAMES = [None, "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_FULL_MONTHNAMES = [None, "January", "February", "March", "April", "May", "June",
                    "July", "August", "September", "October", "November", "December"]
_FULL_DAYNAMES = [None, "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                  "Saturday", "Sunday"]


def _tn(obj):
    # The type's name as CPython's messages print it (C types: 'datetime.date').
    t = type(obj)
    if t is date or t is datetime or t is time or t is timedelta or t is timezone or t is tzinfo:
        return "datetime." + t.__name__
    return t.__name__


def _binop_error(op, a, b):
    raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'" % (op, _tn(a), _tn(b)))


def _order_error(op, a, b):
    raise TypeError("'%s' not supported between instances of '%s' and '%s'" % (op, _tn(a), _tn(b)))


def _index(value):
    if not isinstance(value, int):
        raise TypeError("'" + type(value).__name__ + "' object cannot be interpreted as an integer")
    return int(value)


def _as_integer_ratio(x):
    # float.as_integer_ratio (the compiler's float has none yet)
    if x != x:
        raise ValueError("cannot convert NaN to integer ratio")
    if x == _math.inf or x == -_math.inf:
        raise OverflowError("cannot convert Infinity to integer ratio")
    m, e = _math.frexp(x)
    n = int(m * 9007199254740992.0)   # 2**53
    e -= 53
    if n == 0:
        return 0, 1
    while n % 2 == 0 and e < 0:
        n //= 2
        e += 1
    if e >= 0:
        return n << e, 1
    return n, 1 << (-e)


def _format_time(hh, mm, ss, us, timespec='auto'):
    if timespec == 'auto':
        # Skip trailing microseconds when us==0.
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


def _format_offset(off):
    s = ''
    if off is not None:
        if off.days < 0:
            sign = "-"
            off = -off
        else:
            sign = "+"
        hh, mm = divmod(off, timedelta(hours=1))
        mm, ss = divmod(mm, timedelta(minutes=1))
        s += "%s%02d:%02d" % (sign, hh, mm)
        if ss or ss.microseconds:
            s += ":%02d" % ss.seconds
            if ss.microseconds:
                s += '.%06d' % ss.microseconds
    return s


def _isoweek1monday(year):
    # The day number of the Monday starting week 1
    THURSDAY = 3
    firstday = _ymd2ord(year, 1, 1)
    firstweekday = (firstday + 6) % 7
    week1monday = firstday - firstweekday
    if firstweekday > THURSDAY:
        week1monday += 7
    return week1monday


def _iso_calendar(y, m, d):
    year = y
    week1monday = _isoweek1monday(year)
    today = _ymd2ord(y, m, d)
    week, day = divmod(today - week1monday, 7)
    if week < 0:
        year -= 1
        week1monday = _isoweek1monday(year)
        week, day = divmod(today - week1monday, 7)
    elif week >= 52:
        if today >= _isoweek1monday(year + 1):
            year += 1
            week = 0
    return year, week + 1, day + 1


# ---------------------------------------------------------------- strftime

def _offset_text(offset):
    # %z: +HHMM[SS[.ffffff]]
    if offset is None:
        return ""
    sign = '+'
    if offset.days < 0:
        offset = -offset
        sign = '-'
    h, rest = divmod(offset, timedelta(hours=1))
    m, rest = divmod(rest, timedelta(minutes=1))
    s = rest.seconds
    u = offset.microseconds
    if u:
        return '%s%02d%02d%02d.%06d' % (sign, h, m, s, u)
    if s:
        return '%s%02d%02d%02d' % (sign, h, m, s)
    return '%s%02d%02d' % (sign, h, m)


def _strftime(obj, fmt, y, mo, d, hh, mi, ss, us):
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
    wd = (_ymd2ord(y, mo, d) + 6) % 7           # Monday == 0
    yday = _days_before_month(y, mo) + d
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != '%' or i >= n:
            out.append(ch)
            continue
        ch = fmt[i]
        i += 1
        if ch == 'a':
            out.append(_DAYNAMES[wd + 1])
        elif ch == 'A':
            out.append(_FULL_DAYNAMES[wd + 1])
        elif ch == 'b' or ch == 'h':
            out.append(_MONTHNAMES[mo])
        elif ch == 'B':
            out.append(_FULL_MONTHNAMES[mo])
        elif ch == 'c':
            out.append("%s %s %2d %02d:%02d:%02d %d" % (_DAYNAMES[wd + 1], _MONTHNAMES[mo], d, hh, mi, ss, y))
        elif ch == 'C':
            out.append("%02d" % (y // 100) if y >= 1000 else str(y // 100))
        elif ch == 'd':
            out.append("%02d" % d)
        elif ch == 'D' or ch == 'x':
            out.append("%02d/%02d/%02d" % (mo, d, y % 100))
        elif ch == 'e':
            out.append("%2d" % d)
        elif ch == 'f':
            out.append("%06d" % us)
        elif ch == 'F':
            out.append("%d-%02d-%02d" % (y, mo, d))
        elif ch == 'G' or ch == 'g' or ch == 'V':
            iy, iw, iwd = _iso_calendar(y, mo, d)
            if ch == 'G':
                out.append(str(iy))
            elif ch == 'g':
                out.append("%02d" % (iy % 100))
            else:
                out.append("%02d" % iw)
        elif ch == 'H':
            out.append("%02d" % hh)
        elif ch == 'I':
            out.append("%02d" % (hh % 12 or 12))
        elif ch == 'j':
            out.append("%03d" % yday)
        elif ch == 'k':
            out.append("%2d" % hh)
        elif ch == 'l':
            out.append("%2d" % (hh % 12 or 12))
        elif ch == 'm':
            out.append("%02d" % mo)
        elif ch == 'M':
            out.append("%02d" % mi)
        elif ch == 'n':
            out.append("\n")
        elif ch == 'p':
            out.append("AM" if hh < 12 else "PM")
        elif ch == 'P':
            out.append("am" if hh < 12 else "pm")
        elif ch == 'R':
            out.append("%02d:%02d" % (hh, mi))
        elif ch == 'S':
            out.append("%02d" % ss)
        elif ch == 't':
            out.append("\t")
        elif ch == 'T' or ch == 'X':
            out.append("%02d:%02d:%02d" % (hh, mi, ss))
        elif ch == 'u':
            out.append(str(wd + 1))
        elif ch == 'U':
            out.append("%02d" % ((yday + 6 - (wd + 1) % 7) // 7))
        elif ch == 'w':
            out.append(str((wd + 1) % 7))
        elif ch == 'W':
            out.append("%02d" % ((yday + 6 - wd) // 7))
        elif ch == 'y':
            out.append("%02d" % (y % 100))
        elif ch == 'Y':
            out.append(str(y))
        elif ch == 'z':
            if hasattr(obj, "utcoffset"):
                out.append(_offset_text(obj.utcoffset()))
        elif ch == 'Z':
            if hasattr(obj, "tzname"):
                name = obj.tzname()
                if name is not None:
                    out.append(name)
        elif ch == '%':
            out.append('%')
        else:
            out.append('%')
            out.append(ch)
    return "".join(out)


# ---------------------------------------------------------------- ISO 8601 parsing

def _is_ascii_digit(c):
    return c in "0123456789"


def _find_isoformat_datetime_separator(dtstr):
    len_dtstr = len(dtstr)
    if len_dtstr == 7:
        return 7
    date_separator = "-"
    week_indicator = "W"
    if dtstr[4] == date_separator:
        if dtstr[5] == week_indicator:
            if len_dtstr < 8:
                raise ValueError("Invalid ISO string")
            if len_dtstr > 8 and dtstr[8] == date_separator:
                if len_dtstr == 9:
                    raise ValueError("Invalid ISO string")
                if len_dtstr > 10 and _is_ascii_digit(dtstr[10]):
                    return 8
                return 10
            else:
                return 8
        else:
            return 10
    else:
        if dtstr[4] == week_indicator:
            idx = 7
            while idx < len_dtstr:
                if not _is_ascii_digit(dtstr[idx]):
                    break
                idx += 1
            if idx < 9:
                return idx
            if idx % 2 == 0:
                return 7
            else:
                return 8
        else:
            return 8


def _digits(s):
    # int() of a run of ASCII digits, ValueError otherwise
    if len(s) == 0:
        raise ValueError("Invalid isoformat string")
    for c in s:
        if not _is_ascii_digit(c):
            raise ValueError("Invalid isoformat string")
    return int(s)


def _parse_isoformat_date(dtstr):
    # ASCII-only string of lengths 7, 8 or 10
    year = _digits(dtstr[0:4])
    has_sep = 1 if dtstr[4] == '-' else 0
    pos = 4 + has_sep
    if dtstr[pos:pos + 1] == "W":
        # YYYY-?Www-?D?
        pos += 1
        weekno = _digits(dtstr[pos:pos + 2])
        pos += 2
        dayno = 1
        if len(dtstr) > pos:
            if (dtstr[pos:pos + 1] == '-') != (has_sep == 1):
                raise ValueError("Inconsistent use of dash separator")
            pos += has_sep
            dayno = _digits(dtstr[pos:pos + 1])
        return list(_isoweek_to_gregorian(year, weekno, dayno))
    else:
        month = _digits(dtstr[pos:pos + 2])
        pos += 2
        if (dtstr[pos:pos + 1] == "-") != (has_sep == 1):
            raise ValueError("Inconsistent use of dash separator")
        pos += has_sep
        day = _digits(dtstr[pos:pos + 2])
        return [year, month, day]


_FRACTION_CORRECTION = [100000, 10000, 1000, 100, 10]


def _parse_hh_mm_ss_ff(tstr):
    # Parses things of the form HH[:?MM[:?SS[{.,}fff[fff]]]]
    len_str = len(tstr)
    time_comps = [0, 0, 0, 0]
    pos = 0
    has_sep = False
    for comp in range(0, 3):
        if (len_str - pos) < 2:
            raise ValueError("Incomplete time component")
        time_comps[comp] = _digits(tstr[pos:pos + 2])
        pos += 2
        next_char = tstr[pos:pos + 1]
        if comp == 0:
            has_sep = next_char == ':'
        if not next_char or comp >= 2:
            break
        if has_sep and next_char != ':':
            raise ValueError("Invalid time separator: %c" % next_char)
        if has_sep:
            pos += 1
    if pos < len_str:
        if tstr[pos] not in '.,':
            raise ValueError("Invalid microsecond component")
        else:
            pos += 1
            len_remainder = len_str - pos
            if len_remainder >= 6:
                to_parse = 6
            else:
                to_parse = len_remainder
            time_comps[3] = _digits(tstr[pos:(pos + to_parse)])
            if to_parse < 6:
                time_comps[3] *= _FRACTION_CORRECTION[to_parse - 1]
            if len_remainder > to_parse:
                for c in tstr[(pos + to_parse):]:
                    if not _is_ascii_digit(c):
                        raise ValueError("Non-digit values in unparsed fraction")
    return time_comps


def _parse_isoformat_time(tstr):
    # Format supported is HH[:MM[:SS[.fff[fff]]]][+HH:MM[:SS[.ffffff]]]
    len_str = len(tstr)
    if len_str < 2:
        raise ValueError("Isoformat time too short")
    tz_pos = tstr.find('-') + 1
    if tz_pos == 0:
        tz_pos = tstr.find('+') + 1
    if tz_pos == 0:
        tz_pos = tstr.find('Z') + 1
    timestr = tstr[:tz_pos - 1] if tz_pos > 0 else tstr
    time_comps = _parse_hh_mm_ss_ff(timestr)
    tzi = None
    if tz_pos == len_str and tstr[-1] == 'Z':
        tzi = timezone.utc
    elif tz_pos > 0:
        tzstr = tstr[tz_pos:]
        if len(tzstr) in (0, 1, 3):
            raise ValueError("Malformed time zone string")
        tz_comps = _parse_hh_mm_ss_ff(tzstr)
        if tz_comps[0] == 0 and tz_comps[1] == 0 and tz_comps[2] == 0 and tz_comps[3] == 0:
            tzi = timezone.utc
        else:
            tzsign = -1 if tstr[tz_pos - 1] == '-' else 1
            td = timedelta(hours=tz_comps[0], minutes=tz_comps[1],
                           seconds=tz_comps[2], microseconds=tz_comps[3])
            tzi = tzsign * td   # made a timezone by _isoformat_tz, outside the caller's try
    time_comps.append(tzi)
    return time_comps


def _isoformat_tz(tzi):
    # The tzinfo of _parse_isoformat_time's offset: timezone()'s errors are
    # CPython's own, not "Invalid isoformat string"
    if tzi is None or isinstance(tzi, timezone):
        return tzi
    return timezone(tzi)


def _isoweek_to_gregorian(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    if not 0 < week < 53:
        out_of_range = True
        if week == 53:
            # ISO years have 53 weeks in them on years starting with a
            # Thursday and leap years starting on a Wednesday
            first_weekday = _ymd2ord(year, 1, 1) % 7
            if first_weekday == 4 or (first_weekday == 3 and _is_leap(year)):
                out_of_range = False
        if out_of_range:
            raise ValueError("Invalid week: %d" % week)
    if not 0 < day < 8:
        raise ValueError("Invalid day: %d (range is [1, 7])" % day)
    day_offset = (week - 1) * 7 + (day - 1)
    day_1 = _isoweek1monday(year)
    ord_day = day_1 + day_offset
    return _ord2ymd(ord_day)


def _is_ascii(s):
    for c in s:
        if ord(c) > 127:
            return False
    return True


# ---------------------------------------------------------------- checks

def _check_tzname(name):
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'" % type(name).__name__)


def _check_utc_offset(name, offset):
    if offset is None:
        return
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'" % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                         "and timedelta(hours=24), not %s." % repr(offset))


def _check_date_fields(year, month, day):
    year = _index(year)
    month = _index(month)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    dim = _days_in_month(year, month)
    if not 1 <= day <= dim:
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _index(hour)
    minute = _index(minute)
    second = _index(second)
    microsecond = _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold != 0 and fold != 1:
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _check_tzinfo_arg(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'" % type(tz).__name__)


def _divide_and_round(a, b):
    """divide a by b and round result to the nearest integer

    When the ratio is exactly half-way between two integers,
    the even integer is returned.
    """
    q, r = divmod(a, b)
    r *= 2
    greater_than_half = r > b if b > 0 else r < b
    if greater_than_half or r == b and q % 2 == 1:
        q += 1
    return q


# ---------------------------------------------------------------- timedelta

def _c_round(x):
    # C's round(): half away from zero
    r = _math.floor(x)
    diff = x - r
    if diff > 0.5 or (diff == 0.5 and x > 0):
        return r + 1
    return r


class _Accum:
    # The exact sum of a timedelta's components in microseconds, as the C
    # module's delta_new and accum() compute it: the integral parts exactly,
    # the fractional microseconds in a double rounded once at the end.
    def __init__(self):
        self.total = 0
        self.leftover = 0.0

    def add(self, tag, num, factor):
        if isinstance(num, int):
            self.total += int(num) * factor
            return
        if not isinstance(num, float):
            raise TypeError("unsupported type for timedelta %s component: %s" % (tag, type(num).__name__))
        fracpart, intpart = _math.modf(num)
        self.total += int(intpart) * factor
        if fracpart == 0.0:
            return
        dnum = float(factor) * fracpart
        fracpart, intpart = _math.modf(dnum)
        self.total += int(intpart)
        self.leftover += fracpart

    def result(self):
        x = self.total
        if self.leftover:
            leftover_us = self.leftover
            whole_us = float(_c_round(leftover_us))
            if abs(whole_us - leftover_us) == 0.5:
                # halfway: round half to even, on the parity of x
                x_is_odd = x & 1
                whole_us = 2.0 * _c_round((leftover_us + x_is_odd) * 0.5) - x_is_odd
            x += int(whole_us)
        return x


class timedelta:
    """Difference between two datetime values.

    timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)

    All arguments are optional and default to 0.
    Arguments may be integers or floats, and may be positive or negative."""

    def __init__(self, days=0, seconds=0, microseconds=0,
                 milliseconds=0, minutes=0, hours=0, weeks=0):
        acc = _Accum()
        acc.add("microseconds", microseconds, 1)
        acc.add("milliseconds", milliseconds, 1000)
        acc.add("seconds", seconds, 1000000)
        acc.add("minutes", minutes, 60000000)
        acc.add("hours", hours, 3600000000)
        acc.add("days", days, 86400000000)
        acc.add("weeks", weeks, 604800000000)
        s, us = divmod(acc.result(), 1000000)
        d, s = divmod(s, 24 * 3600)
        if d > 2147483647 or d < -2147483648:
            raise OverflowError("Python int too large to convert to C int")
        if abs(d) > 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
        self._days = d
        self._seconds = s
        self._microseconds = us

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        if not args:
            args.append('0')
        return "%s(%s)" % (_tn(self), ', '.join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            plural = "s" if abs(self._days) != 1 else ""
            s = ("%d day%s, " % (self._days, plural)) + s
        if self._microseconds:
            s = s + ".%06d" % self._microseconds
        return s

    def total_seconds(self):
        """Total seconds in the duration."""
        return ((self._days * 86400 + self._seconds) * 10**6 +
                self._microseconds) / 10**6

    @property
    def days(self):
        """Number of days."""
        return self._days

    @property
    def seconds(self):
        """Number of seconds (>= 0 and less than 1 day)."""
        return self._seconds

    @property
    def microseconds(self):
        """Number of microseconds (>= 0 and less than 1 second)."""
        return self._microseconds

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta(self._days + other._days,
                             self._seconds + other._seconds,
                             self._microseconds + other._microseconds)
        if isinstance(other, date):
            return other.__add__(self)
        _binop_error("+", self, other)

    def __radd__(self, other):
        if isinstance(other, timedelta) or isinstance(other, date):
            return other + self
        _binop_error("+", other, self)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta(self._days - other._days,
                             self._seconds - other._seconds,
                             self._microseconds - other._microseconds)
        _binop_error("-", self, other)

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        if isinstance(other, date):
            return other - self
        _binop_error("-", other, self)

    def __neg__(self):
        return timedelta(-self._days, -self._seconds, -self._microseconds)

    def __pos__(self):
        return self

    def __abs__(self):
        if self._days < 0:
            return -self
        else:
            return self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta(self._days * other,
                             self._seconds * other,
                             self._microseconds * other)
        if isinstance(other, float):
            usec = self._to_microseconds()
            a, b = _as_integer_ratio(other)
            return timedelta(0, 0, _divide_and_round(usec * a, b))
        if isinstance(other, str) or isinstance(other, list) or isinstance(other, tuple):
            raise TypeError("can't multiply sequence by non-int of type 'datetime.timedelta'")
        _binop_error("*", self, other)

    def __rmul__(self, other):
        if isinstance(other, int) or isinstance(other, float):
            return self.__mul__(other)
        _binop_error("*", other, self)

    def _to_microseconds(self):
        return ((self._days * (24 * 3600) + self._seconds) * 1000000 +
                self._microseconds)

    def __floordiv__(self, other):
        if isinstance(other, timedelta) or isinstance(other, int):
            usec = self._to_microseconds()
            if isinstance(other, timedelta):
                den = other._to_microseconds()
                if den == 0:
                    raise ZeroDivisionError("integer division or modulo by zero")
                return usec // den
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta(0, 0, usec // other)
        _binop_error("//", self, other)

    def __truediv__(self, other):
        if isinstance(other, timedelta) or isinstance(other, int) or isinstance(other, float):
            usec = self._to_microseconds()
            if isinstance(other, timedelta):
                den = other._to_microseconds()
                if den == 0:
                    raise ZeroDivisionError("division by zero")
                return usec / den
            if isinstance(other, int):
                if other == 0:
                    raise ZeroDivisionError("integer division or modulo by zero")
                return timedelta(0, 0, _divide_and_round(usec, other))
            a, b = _as_integer_ratio(other)
            if a == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta(0, 0, _divide_and_round(b * usec, a))
        _binop_error("/", self, other)

    def __mod__(self, other):
        if isinstance(other, timedelta):
            den = other._to_microseconds()
            if den == 0:
                raise ZeroDivisionError("integer modulo by zero")
            r = self._to_microseconds() % den
            return timedelta(0, 0, r)
        _binop_error("%", self, other)

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            den = other._to_microseconds()
            if den == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            q, r = divmod(self._to_microseconds(), den)
            return q, timedelta(0, 0, r)
        _binop_error("divmod()", self, other)

    # Comparisons of timedelta objects with other.

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) == 0
        return False

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) != 0
        return True

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) <= 0
        _order_error("<=", self, other)

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) < 0
        _order_error("<", self, other)

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) >= 0
        _order_error(">=", self, other)

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) > 0
        _order_error(">", self, other)

    def _cmp(self, other):
        return _cmp(self._getstate(), other._getstate())

    def __hash__(self):
        return hash(self._getstate())

    def __bool__(self):
        return (self._days != 0 or
                self._seconds != 0 or
                self._microseconds != 0)

    def _getstate(self):
        return (self._days, self._seconds, self._microseconds)


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------- date

class date:
    """date(year, month, day) --> date object"""

    def __init__(self, year, month=None, day=None):
        year, month, day = _check_date_fields(year, month, day)
        self._year = year
        self._month = month
        self._day = day

    # Additional constructors

    @classmethod
    def fromtimestamp(cls, t):
        "Create a date from a POSIX timestamp (UTC here)."
        y, m, d, hh, mm, ss, us = _gmtime(t)
        return cls(y, m, d)

    @classmethod
    def today(cls):
        "Current date (UTC here)."
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """int -> date corresponding to a proleptic Gregorian ordinal."""
        n = _index(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        """str -> Construct a date from a string in ISO 8601 format."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) not in (7, 8, 10) or not _is_ascii(date_string):
            raise ValueError('Invalid isoformat string: %s' % repr(date_string))
        try:
            y, m, d = _parse_isoformat_date(date_string)
        except ValueError:
            raise ValueError('Invalid isoformat string: %s' % repr(date_string))
        return cls(y, m, d)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """int, int, int -> Construct a date from the ISO year, week number and weekday.

        This is the inverse of the date.isocalendar() function"""
        y, m, d = _isoweek_to_gregorian(year, week, day)
        return cls(y, m, d)

    # Conversions to string

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_tn(self), self._year, self._month, self._day)

    def ctime(self):
        "Return ctime() style string."
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d 00:00:00 %04d" % (
            _DAYNAMES[weekday], _MONTHNAMES[self._month], self._day, self._year)

    def strftime(self, fmt):
        """format -> strftime() style string."""
        return _strftime(self, fmt, self._year, self._month, self._day, 0, 0, 0, 0)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def isoformat(self):
        """Return string in ISO 8601 format, YYYY-MM-DD."""
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    # Read-only field accessors
    @property
    def year(self):
        """year (1-9999)"""
        return self._year

    @property
    def month(self):
        """month (1-12)"""
        return self._month

    @property
    def day(self):
        """day (1-31)"""
        return self._day

    def timetuple(self):
        "Return time tuple, compatible with time.localtime()."
        return _build_struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        """Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1."""
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        """Return date with new specified fields."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    # Comparisons of date objects with other.

    def _cmp_check(self, op, other):
        # True: compare as dates; raises CPython's TypeError otherwise
        if isinstance(other, datetime) and not isinstance(self, datetime):
            raise TypeError("can't compare %s to %s" % (_tn(other), _tn(self)))
        if isinstance(other, date):
            return True
        _order_error(op, self, other)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) == 0
        return False

    def __ne__(self, other):
        return not self.__eq__(other)

    def __le__(self, other):
        self._cmp_check("<=", other)
        return self._cmp(other) <= 0

    def __lt__(self, other):
        self._cmp_check("<", other)
        return self._cmp(other) < 0

    def __ge__(self, other):
        self._cmp_check(">=", other)
        return self._cmp(other) >= 0

    def __gt__(self, other):
        self._cmp_check(">", other)
        return self._cmp(other) > 0

    def _cmp(self, other):
        return _cmp((self._year, self._month, self._day),
                    (other._year, other._month, other._day))

    def __hash__(self):
        "Hash."
        return hash(self._getstate())

    # Computations

    def __add__(self, other):
        "Add a date to a timedelta."
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAXORDINAL:
                return type(self).fromordinal(o)
            raise OverflowError("date value out of range")
        _binop_error("+", self, other)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self.__add__(other)
        _binop_error("+", other, self)

    def __sub__(self, other):
        """Subtract two dates, or a date and a timedelta."""
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            days1 = self.toordinal()
            days2 = other.toordinal()
            return timedelta(days1 - days2)
        _binop_error("-", self, other)

    def __rsub__(self, other):
        _binop_error("-", other, self)

    def weekday(self):
        "Return the day of the week represented by the date.\nMonday == 0 ... Sunday == 6"
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        "Return the day of the week represented by the date.\nMonday == 1 ... Sunday == 7"
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        """Return a named tuple containing ISO year, week number, and weekday."""
        y, w, d = _iso_calendar(self._year, self._month, self._day)
        return IsoCalendarDate(y, w, d)

    def _getstate(self):
        return (self._year, self._month, self._day)


_date_class = date  # so functions w/ args named "date" can get at the class

date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class IsoCalendarDate:
    """The result of date.isocalendar(): (year, week, weekday)."""

    def __init__(self, year, week, weekday):
        self._t = (year, week, weekday)

    @property
    def year(self):
        return self._t[0]

    @property
    def week(self):
        return self._t[1]

    @property
    def weekday(self):
        return self._t[2]

    def __getitem__(self, i):
        return self._t[i]

    def __len__(self):
        return 3

    def __iter__(self):
        return iter(self._t)

    def __eq__(self, other):
        if isinstance(other, IsoCalendarDate):
            return self._t == other._t
        return self._t == other

    def __ne__(self, other):
        return not self.__eq__(other)

    def __lt__(self, other):
        if isinstance(other, IsoCalendarDate):
            return self._t < other._t
        return self._t < other

    def __hash__(self):
        return hash(self._t)

    def __repr__(self):
        return ("datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)" % self._t)


class _struct_time:
    """What timetuple() returns: time.struct_time's fields, indexing and repr
    (the time module has no struct_time yet)."""

    def __init__(self, t):
        self._t = t

    @property
    def tm_year(self):
        return self._t[0]

    @property
    def tm_mon(self):
        return self._t[1]

    @property
    def tm_mday(self):
        return self._t[2]

    @property
    def tm_hour(self):
        return self._t[3]

    @property
    def tm_min(self):
        return self._t[4]

    @property
    def tm_sec(self):
        return self._t[5]

    @property
    def tm_wday(self):
        return self._t[6]

    @property
    def tm_yday(self):
        return self._t[7]

    @property
    def tm_isdst(self):
        return self._t[8]

    @property
    def tm_zone(self):
        return None

    @property
    def tm_gmtoff(self):
        return None

    def __getitem__(self, i):
        return self._t[i]

    def __len__(self):
        return 9

    def __iter__(self):
        return iter(self._t)

    def __eq__(self, other):
        if isinstance(other, _struct_time):
            return self._t == other._t
        return self._t == other

    def __ne__(self, other):
        return not self.__eq__(other)

    def __hash__(self):
        return hash(self._t)

    def __repr__(self):
        return ("time.struct_time(tm_year=%d, tm_mon=%d, tm_mday=%d, tm_hour=%d, tm_min=%d, "
                "tm_sec=%d, tm_wday=%d, tm_yday=%d, tm_isdst=%d)" % self._t)


def _build_struct_time(y, m, d, hh, mm, ss, dstflag):
    wday = (_ymd2ord(y, m, d) + 6) % 7
    dnum = _days_before_month(y, m) + d
    return _struct_time((y, m, d, hh, mm, ss, wday, dnum, dstflag))


# ---------------------------------------------------------------- tzinfo

class tzinfo:
    """Abstract base class for time zone info objects."""

    def tzname(self, dt):
        "datetime -> string name of time zone."
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        "datetime -> timedelta showing offset from UTC, negative values indicating West of UTC"
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        "datetime -> DST offset as timedelta positive east of UTC."
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        "datetime in UTC -> datetime in local time."
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError("fromutc: non-None dst() result required")
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + dtdst


_tzinfo_class = tzinfo


# ---------------------------------------------------------------- time

class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object

    All arguments are optional. tzinfo may be None, or an instance of
    a tzinfo subclass. The remaining arguments may be ints.
    """

    def __init__(self, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold

    @property
    def hour(self):
        """hour (0-23)"""
        return self._hour

    @property
    def minute(self):
        """minute (0-59)"""
        return self._minute

    @property
    def second(self):
        """second (0-59)"""
        return self._second

    @property
    def microsecond(self):
        """microsecond (0-999999)"""
        return self._microsecond

    @property
    def tzinfo(self):
        """timezone info object"""
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    # Comparisons of time objects with other.

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, True) == 0
        return False

    def __ne__(self, other):
        return not self.__eq__(other)

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other) <= 0
        _order_error("<=", self, other)

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) < 0
        _order_error("<", self, other)

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other) >= 0
        _order_error(">=", self, other)

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) > 0
        _order_error(">", self, other)

    def _cmp(self, other, allow_mixed=False):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = None
        otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base_compare = myoff == otoff
        if base_compare:
            return _cmp((self._hour, self._minute, self._second,
                         self._microsecond),
                        (other._hour, other._minute, other._second,
                         other._microsecond))
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2  # arbitrary non-zero value
            else:
                raise TypeError("can't compare offset-naive and offset-aware times")
        myhhmm = self._hour * 60 + self._minute - myoff // timedelta(minutes=1)
        othhmm = other._hour * 60 + other._minute - otoff // timedelta(minutes=1)
        return _cmp((myhhmm, self._second, self._microsecond),
                    (othhmm, other._second, other._microsecond))

    def __hash__(self):
        """Hash."""
        tzoff = self.utcoffset()
        if not tzoff:  # zero or None
            return hash((self._hour, self._minute, self._second, self._microsecond))
        h, m = divmod(timedelta(hours=self._hour, minutes=self._minute) - tzoff,
                      timedelta(hours=1))
        m //= timedelta(minutes=1)
        if 0 <= h < 24:
            return hash((h, m, self._second, self._microsecond))
        return hash((h, m, self._second, self._microsecond, 0))

    # Conversion to string

    def _tzstr(self):
        """Return formatted timezone offset (+xx:xx) or an empty string."""
        return _format_offset(self.utcoffset())

    def __repr__(self):
        if self._microsecond != 0:
            s = ", %d, %d" % (self._second, self._microsecond)
        elif self._second != 0:
            s = ", %d" % self._second
        else:
            s = ""
        s = "%s(%d, %d%s)" % (_tn(self), self._hour, self._minute, s)
        # time's repr puts tzinfo before fold, datetime's after (the C module's order)
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%s" % repr(self._tzinfo) + ")"
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def isoformat(self, timespec='auto'):
        """Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM]."""
        s = _format_time(self._hour, self._minute, self._second,
                         self._microsecond, timespec)
        tz = self._tzstr()
        if tz:
            s += tz
        return s

    def __str__(self):
        return self.isoformat()

    @classmethod
    def fromisoformat(cls, time_string):
        """string -> time from a string in ISO 8601 format"""
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        tstr = time_string
        if tstr[:1] == 'T':
            tstr = tstr[1:]
        try:
            h, m, s, us, tz = _parse_isoformat_time(tstr)
        except ValueError:
            raise ValueError('Invalid isoformat string: %s' % repr(time_string))
        return cls(h, m, s, us, _isoformat_tz(tz))

    def strftime(self, fmt):
        """format -> strftime() style string."""
        return _strftime(self, fmt, 1900, 1, 1, self._hour, self._minute,
                         self._second, self._microsecond)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    # Timezone functions

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(None)
        _check_utc_offset("utcoffset", offset)
        return offset

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(None)
        _check_tzname(name)
        return name

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(None)
        _check_utc_offset("dst", offset)
        return offset

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        """Return time with new specified fields."""
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    def __bool__(self):
        return True


_time_class = time  # so functions w/ args named "time" can get at the class

time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


def _gmtime(t):
    # POSIX timestamp -> (y, m, d, hh, mm, ss, us) in UTC, rounding the
    # microseconds half to even as CPython does
    if not (isinstance(t, int) or isinstance(t, float)):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(t).__name__)
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        if abs(t) > 1e18:
            raise OverflowError("timestamp out of range for platform time_t")
        frac, whole = _math.modf(t)
        us = round(frac * 1e6)
        secs = int(whole)
        if us >= 1000000:
            secs += 1
            us -= 1000000
        elif us < 0:
            secs -= 1
            us += 1000000
    else:
        if abs(t) > 10**18:
            raise OverflowError("timestamp out of range for platform time_t")
        secs = t
        us = 0
    days, rem = divmod(secs, 86400)
    n = days + 719163   # date(1970, 1, 1).toordinal()
    if n < 1 or n > _MAXORDINAL:
        y = _ord2ymd(n)[0]
        raise ValueError("year %d is out of range" % y)
    y, m, d = _ord2ymd(n)
    hh, rem = divmod(rem, 3600)
    mm, ss = divmod(rem, 60)
    return y, m, d, hh, mm, ss, us


# ---------------------------------------------------------------- datetime

class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])

    The year, month and day arguments are required. tzinfo may be None, or an
    instance of a tzinfo subclass. The remaining arguments may be ints.
    """

    def __init__(self, year, month=None, day=None, hour=0, minute=0, second=0,
                 microsecond=0, tzinfo=None, *, fold=0):
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold

    @property
    def hour(self):
        """hour (0-23)"""
        return self._hour

    @property
    def minute(self):
        """minute (0-59)"""
        return self._minute

    @property
    def second(self):
        """second (0-59)"""
        return self._second

    @property
    def microsecond(self):
        """microsecond (0-999999)"""
        return self._microsecond

    @property
    def tzinfo(self):
        """timezone info object"""
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """timestamp[, tz] -> tz's local time from POSIX timestamp (UTC when tz is None)."""
        _check_tzinfo_arg(tz)
        y, m, d, hh, mm, ss, us = _gmtime(t)
        result = cls(y, m, d, hh, mm, ss, us, tz)
        if tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def utcfromtimestamp(cls, t):
        """Construct a naive UTC datetime from a POSIX timestamp."""
        y, m, d, hh, mm, ss, us = _gmtime(t)
        return cls(y, m, d, hh, mm, ss, us)

    @classmethod
    def now(cls, tz=None):
        "Returns new datetime object representing current time local to tz (UTC when tz is None)."
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        "Return a new datetime representing UTC day and time."
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        "date, time -> datetime with same date and time fields"
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s" % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s" % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day,
                   time.hour, time.minute, time.second, time.microsecond,
                   tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """string -> datetime from a string in most ISO 8601 formats"""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) < 7 or not _is_ascii(date_string):
            raise ValueError('Invalid isoformat string: %s' % repr(date_string))
        try:
            separator_location = _find_isoformat_datetime_separator(date_string)
            dstr = date_string[0:separator_location]
            tstr = date_string[(separator_location + 1):]
            date_components = _parse_isoformat_date(dstr)
        except ValueError:
            raise ValueError('Invalid isoformat string: %s' % repr(date_string))
        except IndexError:
            raise ValueError('Invalid isoformat string: %s' % repr(date_string))
        if len(date_string) > separator_location:
            try:
                time_components = _parse_isoformat_time(tstr)
            except ValueError:
                raise ValueError('Invalid isoformat string: %s' % repr(date_string))
        else:
            time_components = [0, 0, 0, 0, None]
        y, m, d = date_components
        hh, mm, ss, us, tz = time_components
        return cls(y, m, d, hh, mm, ss, us, _isoformat_tz(tz))

    def timestamp(self):
        "Return POSIX timestamp as float (a naive datetime is taken as UTC)."
        if self._tzinfo is None:
            s = (self - _EPOCH_NAIVE) // timedelta(0, 1)
            return s + self._microsecond / 1e6
        else:
            return (self - _EPOCH).total_seconds()

    def timetuple(self):
        "Return time tuple, compatible with time.localtime()."
        dst = self.dst()
        if dst is None:
            dst = -1
        elif dst:
            dst = 1
        else:
            dst = 0
        return _build_struct_time(self._year, self._month, self._day,
                                  self._hour, self._minute, self._second, dst)

    def utctimetuple(self):
        "Return UTC time tuple, compatible with time.localtime()."
        offset = self.utcoffset()
        if offset:
            self = self - offset
        return _build_struct_time(self._year, self._month, self._day,
                                  self._hour, self._minute, self._second, 0)

    def date(self):
        "Return date object with same year, month and day."
        return _date_class(self._year, self._month, self._day)

    def time(self):
        "Return time object with same time but with tzinfo=None."
        return _time_class(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        "Return time object with same time and tzinfo."
        return _time_class(self._hour, self._minute, self._second, self._microsecond,
                           self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None,
                minute=None, second=None, microsecond=None, tzinfo=True,
                *, fold=None):
        """Return datetime with new specified fields."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(year, month, day, hour, minute, second,
                          microsecond, tzinfo, fold=fold)

    def astimezone(self, tz=None):
        """tz -> convert to local time in new timezone tz (UTC when tz is None)."""
        if tz is None:
            tz = timezone.utc
        elif not isinstance(tz, tzinfo):
            raise TypeError("astimezone() argument 1 must be datetime.tzinfo, not %s" % type(tz).__name__)
        mytz = self._tzinfo
        if mytz is None:
            myoffset = timedelta(0)
        else:
            myoffset = mytz.utcoffset(self)
            if myoffset is None:
                myoffset = timedelta(0)
        if tz is mytz:
            return self
        utc = (self - myoffset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    # Ways to produce a string.

    def ctime(self):
        "Return ctime() style string."
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAYNAMES[weekday], _MONTHNAMES[self._month], self._day,
            self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep='T', timespec='auto'):
        """[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM]."""
        s = ("%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep) +
             _format_time(self._hour, self._minute, self._second,
                          self._microsecond, timespec))
        tz = _format_offset(self.utcoffset())
        if tz:
            s += tz
        return s

    def __repr__(self):
        L = [self._year, self._month, self._day,  # These are never zero
             self._hour, self._minute, self._second, self._microsecond]
        if L[-1] == 0:
            del L[-1]
        if L[-1] == 0:
            del L[-1]
        s = "%s(%s)" % (_tn(self), ", ".join(map(str, L)))
        if self._fold:
            s = s[:-1] + ", fold=1)"
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%s" % repr(self._tzinfo) + ")"
        return s

    def __str__(self):
        return self.isoformat(sep=' ')

    def strftime(self, fmt):
        """format -> strftime() style string."""
        return _strftime(self, fmt, self._year, self._month, self._day, self._hour,
                         self._minute, self._second, self._microsecond)

    @classmethod
    def strptime(cls, date_string, format):
        'string, format -> new datetime parsed from a string (like time.strptime()).'
        args = _strptime(date_string, format)
        return cls(args[0], args[1], args[2], args[3], args[4], args[5], args[6], args[7])

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(self)
        _check_utc_offset("utcoffset", offset)
        return offset

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        _check_tzname(name)
        return name

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(self)
        _check_utc_offset("dst", offset)
        return offset

    # Comparisons of datetime objects with other.

    def _dt_check(self, op, other):
        if isinstance(other, datetime):
            return True
        if isinstance(other, date):
            raise TypeError("can't compare %s to %s" % (_tn(self), _tn(other)))
        _order_error(op, self, other)

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, True) == 0
        return False

    def __ne__(self, other):
        return not self.__eq__(other)

    def __le__(self, other):
        self._dt_check("<=", other)
        return self._cmp(other) <= 0

    def __lt__(self, other):
        self._dt_check("<", other)
        return self._cmp(other) < 0

    def __ge__(self, other):
        self._dt_check(">=", other)
        return self._cmp(other) >= 0

    def __gt__(self, other):
        self._dt_check(">", other)
        return self._cmp(other) > 0

    def _cmp(self, other, allow_mixed=False):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = None
        otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base_compare = myoff == otoff
        if base_compare:
            return _cmp((self._year, self._month, self._day,
                         self._hour, self._minute, self._second,
                         self._microsecond),
                        (other._year, other._month, other._day,
                         other._hour, other._minute, other._second,
                         other._microsecond))
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2  # arbitrary non-zero value
            else:
                raise TypeError("can't compare offset-naive and offset-aware datetimes")
        diff = self - other     # this will take offsets into account
        if diff.days < 0:
            return -1
        return 1 if diff else 0

    def __add__(self, other):
        "Add a datetime and a timedelta."
        if not isinstance(other, timedelta):
            _binop_error("+", self, other)
        delta = timedelta(self.toordinal(),
                          hours=self._hour,
                          minutes=self._minute,
                          seconds=self._second,
                          microseconds=self._microsecond)
        delta += other
        hour, rem = divmod(delta.seconds, 3600)
        minute, second = divmod(rem, 60)
        if 0 < delta.days <= _MAXORDINAL:
            y, m, d = _ord2ymd(delta.days)
            return type(self)(y, m, d, hour, minute, second, delta.microseconds,
                              self._tzinfo)
        raise OverflowError("date value out of range")

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self.__add__(other)
        _binop_error("+", other, self)

    def __sub__(self, other):
        "Subtract two datetimes, or a datetime and a timedelta."
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            _binop_error("-", self, other)
        days1 = self.toordinal()
        days2 = other.toordinal()
        secs1 = self._second + self._minute * 60 + self._hour * 3600
        secs2 = other._second + other._minute * 60 + other._hour * 3600
        base = timedelta(days1 - days2,
                         secs1 - secs2,
                         self._microsecond - other._microsecond)
        if self._tzinfo is other._tzinfo:
            return base
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if myoff == otoff:
            return base
        if myoff is None or otoff is None:
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return base + otoff - myoff

    def __hash__(self):
        tzoff = self.utcoffset()
        if tzoff is None:
            return hash((self._year, self._month, self._day, self._hour,
                         self._minute, self._second, self._microsecond))
        days = _ymd2ord(self._year, self._month, self._day)
        seconds = self._hour * 3600 + self._minute * 60 + self._second
        return hash(timedelta(days, seconds, self._microsecond) - tzoff)


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------- timezone

_Omitted = object()


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    def __init__(self, offset, name=_Omitted):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s" % type(offset).__name__)
        if name is _Omitted:
            name = None
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)
        if not _MINOFFSET <= offset <= _MAXOFFSET:
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24), "
                             "not %s." % repr(offset))
        self._offset = offset
        self._name = name

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return False

    def __ne__(self, other):
        return not self.__eq__(other)

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self._name is None and not self._offset:
            return 'datetime.timezone.utc'
        if self._name is None:
            return "%s(%s)" % (_tn(self), repr(self._offset))
        return "%s(%s, %s)" % (_tn(self), repr(self._offset), repr(self._name))

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return self._offset
        raise TypeError("utcoffset(dt) argument must be a datetime instance or None, not %s" % type(dt).__name__)

    def tzname(self, dt):
        if isinstance(dt, datetime) or dt is None:
            if self._name is None:
                return _name_from_offset(self._offset)
            return self._name
        raise TypeError("tzname(dt) argument must be a datetime instance or None, not %s" % type(dt).__name__)

    def dst(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return None
        raise TypeError("dst(dt) argument must be a datetime instance or None, not %s" % type(dt).__name__)

    def fromutc(self, dt):
        if isinstance(dt, datetime):
            if dt.tzinfo is not self:
                raise ValueError("fromutc: dt.tzinfo is not self")
            return dt + self._offset
        raise TypeError("fromutc: argument must be a datetime")


def _name_from_offset(delta):
    if not delta:
        return 'UTC'
    if delta < timedelta(0):
        sign = '-'
        delta = -delta
    else:
        sign = '+'
    hours, rest = divmod(delta, timedelta(hours=1))
    minutes, rest = divmod(rest, timedelta(minutes=1))
    seconds = rest.seconds
    microseconds = rest.microseconds
    if microseconds:
        return 'UTC%s%02d:%02d:%02d.%06d' % (sign, hours, minutes, seconds, microseconds)
    if seconds:
        return 'UTC%s%02d:%02d:%02d' % (sign, hours, minutes, seconds)
    return 'UTC%s%02d:%02d' % (sign, hours, minutes)


_MAXOFFSET = timedelta(hours=24, microseconds=-1)
_MINOFFSET = -_MAXOFFSET

UTC = timezone(timedelta(0))
timezone.utc = UTC
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_EPOCH_NAIVE = datetime(1970, 1, 1)


# ---------------------------------------------------------------- strptime

_STRPTIME_NUMBERS = {
    'd': ["3[0-1]", "[1-2]D", "0[1-9]", "[1-9]", " [1-9]"],
    'H': ["2[0-3]", "[0-1]D", "D"],
    'I': ["1[0-2]", "0[1-9]", "[1-9]"],
    'j': ["36[0-6]", "3[0-5]D", "[1-2]DD", "0[1-9]D", "00[1-9]", "[1-9]D", "0[1-9]", "[1-9]"],
    'm': ["1[0-2]", "0[1-9]", "[1-9]"],
    'M': ["[0-5]D", "D"],
    'S': ["6[0-1]", "[0-5]D", "D"],
    'U': ["5[0-3]", "[0-4]D", "D"],
    'W': ["5[0-3]", "[0-4]D", "D"],
    'w': ["[0-6]"],
    'u': ["[1-7]"],
    'y': ["DD"],
    'Y': ["DDDD"],
    'f': ["DDDDDD", "DDDDD", "DDDD", "DDD", "DD", "D"],
}


def _class_match(pattern, text, pos):
    # Matches a tiny regex made of digits, 'D' (any digit), '[a-b]' classes
    # and spaces at pos: the end position, or -1.
    i = 0
    n = len(pattern)
    while i < n:
        if pos >= len(text):
            return -1
        c = text[pos]
        p = pattern[i]
        if p == 'D':
            if not _is_ascii_digit(c):
                return -1
            i += 1
        elif p == '[':
            lo = pattern[i + 1]
            hi = pattern[i + 3]
            if not (_is_ascii_digit(c) and lo <= c <= hi):
                return -1
            i += 5
        else:
            if c != p:
                return -1
            i += 1
        pos += 1
    return pos


def _is_space(c):
    return c in " \t\n\r\x0b\x0c"


def _names_by_length(names):
    return sorted(names, key=len, reverse=True)


_STRPTIME_NAMES = {
    'a': _names_by_length([x.lower() for x in _DAYNAMES[1:]]),
    'A': _names_by_length([x.lower() for x in _FULL_DAYNAMES[1:]]),
    'b': _names_by_length([x.lower() for x in _MONTHNAMES[1:]]),
    'B': _names_by_length([x.lower() for x in _FULL_MONTHNAMES[1:]]),
    'p': ["am", "pm"],
    'Z': ["utc", "gmt"],
}


def _tokenize_format(fmt):
    # [(kind, text)]: ('lit', c), ('ws', ''), ('dir', c)
    tokens = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == '%':
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % fmt)
            d = fmt[i + 1]
            if d == 'c':
                tokens.extend(_tokenize_format("%a %b %d %H:%M:%S %Y"))
            elif d == 'x':
                tokens.extend(_tokenize_format("%m/%d/%y"))
            elif d == 'X':
                tokens.extend(_tokenize_format("%H:%M:%S"))
            elif d == '%':
                tokens.append(('lit', '%'))
            elif d in _STRPTIME_NUMBERS or d in _STRPTIME_NAMES or d == 'z':
                tokens.append(('dir', d))
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, fmt))
            i += 2
        elif _is_space(c):
            while i < n and _is_space(fmt[i]):
                i += 1
            tokens.append(('ws', ''))
        else:
            tokens.append(('lit', c))
            i += 1
    return tokens


def _z_candidates(text, pos):
    # [+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|Z  (greedy, with backtracking)
    result = []
    if pos < len(text) and text[pos] == 'Z':
        return [pos + 1]
    if pos >= len(text) or text[pos] not in "+-":
        return result
    p = _class_match("DD", text, pos + 1)
    if p < 0:
        return result
    heads = []
    if p < len(text) and text[p] == ':':
        heads.append(p + 1)
    heads.append(p)
    for h in heads:
        q = _class_match("[0-5]D", text, h)
        if q < 0:
            continue
        tails = []
        seps = []
        if q < len(text) and text[q] == ':':
            seps.append(q + 1)
        seps.append(q)
        for s in seps:
            r = _class_match("[0-5]D", text, s)
            if r < 0:
                continue
            if r < len(text) and text[r] == '.':
                k = r + 1
                while k < len(text) and k - r - 1 < 6 and _is_ascii_digit(text[k]):
                    k += 1
                while k > r + 1:
                    tails.append(k)
                    k -= 1
            tails.append(r)
        tails.append(q)
        for t in tails:
            result.append(t)
    return result


def _candidates(d, text, pos):
    # The end positions the directive d can match at pos, in the order the
    # regex of CPython's _strptime tries them.
    if d == 'z':
        return _z_candidates(text, pos)
    if d in _STRPTIME_NAMES:
        ends = []
        low = text[pos:].lower()
        for name in _STRPTIME_NAMES[d]:
            if low.startswith(name):
                ends.append(pos + len(name))
        return ends
    ends = []
    for alt in _STRPTIME_NUMBERS[d]:
        e = _class_match(alt, text, pos)
        if e >= 0:
            ends.append(e)
    return ends


def _match_tokens(tokens, ti, text, pos, found):
    # Backtracking match of tokens[ti:] at text[pos:]: the end position or -1;
    # found receives each directive's text.
    if ti == len(tokens):
        return pos
    kind, c = tokens[ti]
    if kind == 'lit':
        if pos < len(text) and text[pos].lower() == c.lower():
            return _match_tokens(tokens, ti + 1, text, pos + 1, found)
        return -1
    if kind == 'ws':
        end = pos
        while end < len(text) and _is_space(text[end]):
            end += 1
        while end > pos:
            r = _match_tokens(tokens, ti + 1, text, end, found)
            if r >= 0:
                return r
            end -= 1
        return -1
    for end in _candidates(c, text, pos):
        r = _match_tokens(tokens, ti + 1, text, end, found)
        if r >= 0:
            found.append((c, text[pos:end]))
            return r
    return -1


def _calc_julian_from_U_or_W(year, week_of_year, day_of_week, week_starts_Mon):
    first_weekday = date(year, 1, 1).weekday()
    if not week_starts_Mon:
        first_weekday = (first_weekday + 1) % 7
        day_of_week = (day_of_week + 1) % 7
    week_0_length = (7 - first_weekday) % 7
    if week_of_year == 0:
        return 1 + day_of_week - first_weekday
    else:
        days_to_week = week_0_length + (7 * (week_of_year - 1))
        return 1 + days_to_week + day_of_week


def _strptime(data_string, format):
    if not isinstance(data_string, str):
        raise TypeError("strptime() argument 1 must be str, not %s" % type(data_string).__name__)
    if not isinstance(format, str):
        raise TypeError("strptime() argument 2 must be str, not %s" % type(format).__name__)
    tokens = _tokenize_format(format)
    found_list = []
    end = _match_tokens(tokens, 0, data_string, 0, found_list)
    if end < 0:
        raise ValueError("time data %s does not match format %s" % (repr(data_string), repr(format)))
    if len(data_string) != end:
        raise ValueError("unconverted data remains: %s" % data_string[end:])
    found_list.reverse()
    found = {}
    order = []
    for key, value in found_list:
        if key not in found:
            order.append(key)
        found[key] = value
    year = None
    month = 1
    day = 1
    hour = 0
    minute = 0
    second = 0
    fraction = 0
    gmtoff = None
    gmtoff_fraction = 0
    weekday = None
    julian = None
    week_of_year = None
    week_of_year_start = None
    for group_key in order:
        v = found[group_key]
        if group_key == 'y':
            year = int(v)
            if year <= 68:
                year += 2000
            else:
                year += 1900
        elif group_key == 'Y':
            year = int(v)
        elif group_key == 'm':
            month = int(v)
        elif group_key == 'B':
            month = _FULL_MONTHNAMES.index(v.lower().capitalize())
        elif group_key == 'b':
            month = _MONTHNAMES.index(v.lower().capitalize())
        elif group_key == 'd':
            day = int(v)
        elif group_key == 'H':
            hour = int(v)
        elif group_key == 'I':
            hour = int(v)
            ampm = found.get('p', '').lower()
            if ampm == '' or ampm == 'am':
                if hour == 12:
                    hour = 0
            elif ampm == 'pm':
                if hour != 12:
                    hour += 12
        elif group_key == 'M':
            minute = int(v)
        elif group_key == 'S':
            second = int(v)
        elif group_key == 'f':
            fraction = int(v + "0" * (6 - len(v)))
        elif group_key == 'A':
            weekday = _FULL_DAYNAMES.index(v.lower().capitalize()) - 1
        elif group_key == 'a':
            weekday = _DAYNAMES.index(v.lower().capitalize()) - 1
        elif group_key == 'w':
            weekday = int(v)
            if weekday == 0:
                weekday = 6
            else:
                weekday -= 1
        elif group_key == 'u':
            weekday = int(v) - 1
        elif group_key == 'j':
            julian = int(v)
        elif group_key == 'U' or group_key == 'W':
            week_of_year = int(v)
            if group_key == 'U':
                # U starts week on Sunday.
                week_of_year_start = 6
            else:
                # W starts week on Monday.
                week_of_year_start = 0
        elif group_key == 'z':
            z = v
            if z == 'Z':
                gmtoff = 0
            else:
                if z[3] == ':':
                    z = z[:3] + z[4:]
                    if len(z) > 5:
                        if z[5] != ':':
                            raise ValueError("Inconsistent use of : in %s" % v)
                        z = z[:5] + z[6:]
                hours = int(z[1:3])
                minutes = int(z[3:5])
                seconds = int(z[5:7] or "0")
                gmtoff = (hours * 60 * 60) + (minutes * 60) + seconds
                gmtoff_remainder = z[8:]
                gmtoff_fraction = int(gmtoff_remainder + "0" * (6 - len(gmtoff_remainder)))
                if z[0] == "-":
                    gmtoff = -gmtoff
                    gmtoff_fraction = -gmtoff_fraction
    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904  # 1904 is first leap year of 20th century
        leap_year_fix = True
    elif year is None:
        year = 1900
    if julian is None and weekday is not None and week_of_year is not None:
        julian = _calc_julian_from_U_or_W(year, week_of_year, weekday, week_of_year_start == 0)
        if julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is None:
        date(year, month, day)   # CPython's check of the day
    else:
        result = date.fromordinal((julian - 1) + date(year, 1, 1).toordinal())
        year = result.year
        month = result.month
        day = result.day
    if leap_year_fix:
        year = 1900
    tz = None
    if gmtoff is not None:
        tzdelta = timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        tzname = found.get('Z')
        if tzname:
            tz = timezone(tzdelta, tzname)
        else:
            tz = timezone(tzdelta)
    return [year, month, day, hour, minute, second, fraction, tz]
