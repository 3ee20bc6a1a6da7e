# datetime/date/timedelta arithmetic with fixed values.
from datetime import date, datetime, timedelta
d = date(2024, 2, 28)
print(d + timedelta(days=1), d + timedelta(days=2), d.weekday(), d.isoformat(), d.replace(year=2023) + timedelta(1))
dt = datetime(2020, 1, 1, 12, 30, 15)
print(dt, dt + timedelta(hours=13), (datetime(2021, 1, 1) - dt).days, dt.strftime("%Y/%m/%d %H:%M"))
print(timedelta(days=1, seconds=3661), timedelta(hours=-1), timedelta(weeks=1).total_seconds())
print(date.fromisoformat("2000-12-31").toordinal(), datetime.fromisoformat("2011-11-04T00:05:23").second)
