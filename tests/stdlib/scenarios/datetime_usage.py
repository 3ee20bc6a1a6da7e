# modules: datetime
from datetime import date, datetime, timedelta, time, timezone, UTC
import datetime as D
d = date(2024, 2, 28)
print(d + timedelta(days=1), d + timedelta(days=2), d.weekday(), d.isoformat(), d.replace(year=2023) + timedelta(1))
dt = datetime(2020, 1, 1, 12, 30, 15)
print(dt, dt + timedelta(hours=13), (datetime(2021, 1, 1) - dt).days, dt.strftime("%Y/%m/%d %H:%M"))
print(timedelta(days=1, seconds=3661), timedelta(hours=-1), timedelta(weeks=1).total_seconds())
print(date.fromisoformat("2000-12-31").toordinal(), datetime.fromisoformat("2011-11-04T00:05:23").second)
print(repr(d), repr(dt), repr(datetime(2020,1,1)), repr(datetime(2020,1,1,0,0,0,5)), repr(time(12, 30)), repr(time(1,2,3,4)), repr(timedelta(0)), repr(timedelta(days=-1, microseconds=5)))
print(timedelta(1.5), timedelta(seconds=0.5), timedelta(microseconds=1.5), timedelta(microseconds=2.5), timedelta(minutes=-0.1), timedelta(days=-1.25))
td = timedelta(days=3, hours=5, minutes=7, seconds=11, microseconds=13)
print(td * 2, td * 0.5, td / 3, td / 2.5, td // 7, td / timedelta(hours=1), td // timedelta(hours=1), td % timedelta(hours=1), divmod(td, timedelta(days=1)), -td, abs(-td), str(-td))
print(timedelta(1) == timedelta(hours=24), timedelta(1) < timedelta(2), hash(timedelta(1)) == hash(timedelta(days=1)), bool(timedelta()), timedelta.max, timedelta.min, timedelta.resolution)
for y, m, dd in [(2000, 1, 1), (1, 1, 1), (9999, 12, 31), (2004, 2, 29), (1900, 3, 1), (2100, 12, 31), (2000, 12, 31)]:
    x = date(y, m, dd)
    print(x, x.toordinal(), date.fromordinal(x.toordinal()) == x, x.weekday(), x.isoweekday(), x.isocalendar(), x.ctime(), x.timetuple()[6:8])
for args in [(2023, 2, 29), (0, 1, 1), (2023, 13, 1), (10000, 1, 1)]:
    try: date(*args)
    except ValueError as e: print(e)
for args in [(2023, 1, 1, 24), (2023, 1, 1, 0, 60), (2023, 1, 1, 0, 0, 60), (2023, 1, 1, 0, 0, 0, 1000000)]:
    try: datetime(*args)
    except ValueError as e: print(e)
try: date(2023.0, 1, 1)
except TypeError as e: print(e)
print(dt.isoformat(), dt.isoformat(' ', 'minutes'), datetime(2020,1,1,1,2,3,456789).isoformat(timespec='milliseconds'), dt.date(), dt.time(), dt.ctime(), dt.timetuple())
a = datetime(2020, 1, 1, 12, tzinfo=timezone.utc)
b = datetime(2020, 1, 1, 13, tzinfo=timezone(timedelta(hours=1)))
print(a == b, a - b, repr(a), str(b), a.utcoffset(), b.tzname(), repr(timezone(timedelta(hours=-5), 'EST')), str(timezone(timedelta(hours=5, minutes=30))), UTC, repr(UTC), a.timestamp(), a.isoformat())
try: a < dt
except TypeError as e: print(e)
try: a - dt
except TypeError as e: print(e)
print(a == dt, date(2020,1,1) == datetime(2020,1,1), d < date(2025,1,1), sorted([date(2020,5,1), date(2019,1,1)]))
try: date(2020,1,1) < datetime(2020,1,1)
except TypeError as e: print(e)
print(datetime.fromisoformat("2011-11-04 00:05:23.283+00:00"), datetime.fromisoformat("2011-11-04T00:05:23Z"), datetime.fromisoformat("20111104"), date.fromisoformat("20191204"), time.fromisoformat("04:23:01.000384"), time.fromisoformat("T0423"))
for bad in ["2011-1-04", "x", "2011-11-04T25:00"]:
    try: datetime.fromisoformat(bad)
    except ValueError as e: print(e)
print(datetime.strptime("2023-04-05 06:07:08", "%Y-%m-%d %H:%M:%S"), datetime.strptime("5 Apr 23 3PM", "%d %b %y %I%p"), datetime.strptime("2023-04-05T06:07:08.5+0200", "%Y-%m-%dT%H:%M:%S.%f%z"))
print(d.strftime("%A %a %B %b %d %j %U %w %y %% %f"), dt.strftime("%H %I %p %M %S %f %z"), format(d, "%Y"), f"{dt:%d/%m}", f"{d}")
print(datetime.combine(d, time(1, 2)), date.fromisocalendar(2020, 53, 7), datetime(2020,1,1) + timedelta(days=-1, seconds=1), dt.replace(hour=1, tzinfo=UTC))
print(hash(datetime(2020,1,1)) == hash(datetime(2020,1,1)), hash(a) == hash(b), date.max, date.min, datetime.max, time.max, D.MINYEAR, D.MAXYEAR)
try: date.max + timedelta(1)
except OverflowError as e: print(e)
print(type(datetime.now()).__name__, type(date.today()).__name__, datetime.fromtimestamp(0, timezone.utc), datetime.utcfromtimestamp(86400.5))
class MyDate(date): pass
print(repr(MyDate(2020, 1, 2)), type(MyDate(2020,1,2) + timedelta(1)).__name__)
print(time(12, 30, tzinfo=timezone.utc), time(1) < time(2), time(0) == time(0, 0), dt.time().isoformat('minutes') if False else '')
