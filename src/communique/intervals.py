"""Date values as day intervals, for filtering, merging and time buckets.

An event date is ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, an ISO week
``YYYY-Www`` or an interval ``A/B``. Each becomes the closed interval of days
it covers. A publication-granular date (no date in the text) gets a few days'
slack either side, as the report may come days after the happening.

>>> interval("2023-05", "month")
(datetime.date(2023, 5, 1), datetime.date(2023, 5, 31))
>>> interval("2023-05-10", "publication")
(datetime.date(2023, 5, 7), datetime.date(2023, 5, 10))
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

#: Days before the story date that an undated ("publication") event may have happened.
PUBLICATION_SLACK_DAYS = 3

_WEEK = re.compile(r"^(\d{4})-W(\d{1,2})$")
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 14)}

Interval = tuple[dt.date, dt.date]


def _one(value: str, end: bool) -> dt.date | None:
    value = value.strip()
    try:
        if len(value) == 10:
            return dt.date.fromisoformat(value)
        if len(value) == 7 and value[4] == "-":
            y, m = int(value[:4]), int(value[5:7])
            return dt.date(y, m, calendar.monthrange(y, m)[1] if end else 1)
        if len(value) == 4 and value.isdigit():
            return dt.date(int(value), 12, 31) if end else dt.date(int(value), 1, 1)
    except ValueError:
        return None
    week = _WEEK.match(value)
    if week:
        try:
            return dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 7 if end else 1)
        except ValueError:
            return None
    season = re.match(r"^(\d{4})-([a-z]+)$", value.lower())
    if season and season.group(2) in _SEASONS:
        y = int(season.group(1))
        first, last = _SEASONS[season.group(2)]
        if end:
            y2, m2 = (y + 1, last - 12) if last > 12 else (y, last)
            return dt.date(y2, m2, calendar.monthrange(y2, m2)[1])
        return dt.date(y, first, 1)
    return None


def interval(value: str | None, granularity: str | None = None) -> Interval | None:
    """The days ``value`` covers, or None when it cannot be read."""
    if not value:
        return None
    if "/" in value:
        a, b = value.split("/", 1)
        start, stop = _one(a, False), _one(b, True)
    else:
        start, stop = _one(value, False), _one(value, True)
    if start is None or stop is None or stop < start:
        return None
    if granularity == "publication":
        start = start - dt.timedelta(days=PUBLICATION_SLACK_DAYS)
    return start, stop


def event_interval(date: dict | None, published: str | None) -> tuple[Interval | None, str | None, str]:
    """An event's interval, value and granularity, falling back to the story date."""
    if date and date.get("value"):
        span = interval(date["value"], date.get("granularity"))
        if span is not None:
            return span, date["value"], date.get("granularity") or "unknown"
    if published:
        return interval(published, "publication"), published, "publication"
    return None, None, "unknown"


def bucket(day: dt.date, by: str) -> str:
    """The period label of ``day``: ``2023-05`` (month), ``2023-W19`` (week) or ``2023`` (year)."""
    if by == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if by == "week":
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if by == "year":
        return f"{day.year:04d}"
    if by == "day":
        return day.isoformat()
    raise ValueError(by)


def query_bound(value: str, end: bool) -> dt.date | None:
    """A ``--start``/``--end`` bound: ``2023``, ``2023-05`` or ``2023-05-10``."""
    span = interval(value)
    if span is None:
        return None
    return span[1] if end else span[0]


def period_range(first: str, last: str, by: str) -> list[str]:
    """Every period label from ``first`` to ``last`` inclusive (labels as :func:`bucket` makes)."""
    start = _label_day(first, by)
    stop = _label_day(last, by)
    out: list[str] = []
    day = start
    while day <= stop and len(out) < 10_000:
        label = bucket(day, by)
        if not out or out[-1] != label:
            out.append(label)
        day += dt.timedelta(days=1 if by in ("day", "week") else 27 if by == "month" else 360)
    if bucket(stop, by) not in out:
        out.append(bucket(stop, by))
    return out


def _label_day(label: str, by: str) -> dt.date:
    if by == "week":
        year, week = label.split("-W")
        return dt.date.fromisocalendar(int(year), int(week), 1)
    span = interval(label)
    if span is None:
        raise ValueError(label)
    return span[0]
