"""Calendar rules: turn a parsed expression (:class:`Spec`) into a value and a granularity.

The rules, all relative to the publication date ``pub``:

* a weekday is the most recent such day on or before ``pub`` (the publication
  day itself counts), or the first on or after it when the clause is future;
  "last Friday" / "next Friday" exclude the publication day;
* a month or season without a year is the most recent one that has begun by
  ``pub`` (the current one counts), or the first that has not ended when the
  clause is future; "last"/"next" skip the current one;
* a day and month without a year is the latest such date on or before ``pub``
  (future: the first on or after it);
* weeks are ISO weeks, Monday to Sunday, written ``YYYY-MM-DD/YYYY-MM-DD``;
  seasons are month intervals ``YYYY-MM/YYYY-MM``; periods back from the
  dateline ("the 12-year war", "the past two years") are intervals in the
  unit they name.

Without ``pub`` only absolute expressions ("May 10, 2023", "in 2019") get a
value; everything else keeps its granularity with value ``None``.

>>> resolve(Spec("weekday", weekday=2), date(2023, 5, 11))
('2023-05-10', 'day')
>>> resolve(Spec("date", month=12), date(2023, 5, 11))
('2022-12', 'month')
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

Value = tuple[str | None, str]


@dataclass(frozen=True)
class Spec:
    """What an expression says, before it meets the calendar.

    ``kind`` is one of ``date`` (any of year/month/day), ``weekday``, ``season``,
    ``weekend`` (Saturday and Sunday), ``reldays`` (days from ``pub``), ``anchored`` (days from the story's last
    named day), ``relunit`` (this/last/next week, month or year), ``ago``
    (``count`` units back), ``span`` (the past ``count`` units up to ``pub``),
    ``decade``, ``range`` (``first`` to ``second``) and ``since`` (``first`` to ``pub``).
    """

    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    season: tuple[int, int] | None = None  # first and last month
    offset: int = 0  # days (reldays, anchored) or units (relunit, with "last" = -1)
    unit: str | None = None  # day | week | month | year
    count: int = 1
    modifier: str | None = None  # last | next | this
    first: Spec | None = None
    second: Spec | None = None
    period: bool = False  # a state back from the dateline ("the 12-year war")

    @property
    def absolute(self) -> bool:
        """True when the calendar needs no publication date to place it."""
        if self.kind == "date":
            return self.year is not None
        if self.kind == "season":
            return self.year is not None
        if self.kind == "decade":
            return True
        if self.kind == "range":
            return bool(self.first and self.second and self.first.absolute and self.second.absolute)
        return False

    @property
    def directional(self) -> bool:
        """True when past/future tense changes the answer."""
        if self.modifier in ("last", "next"):
            return False
        if self.kind == "weekend":
            return True
        if self.kind in ("weekday", "season"):
            return self.year is None
        if self.kind == "date":
            return self.year is None and self.month is not None and self.unit is None
        if self.kind == "range":
            return bool(self.first and self.first.directional)
        return False


def granularity(spec: Spec) -> str:
    """The granularity an expression has whether or not it can be resolved."""
    if spec.kind == "date":
        if spec.day is not None:
            return "day"
        return "month" if spec.month is not None else "year"
    if spec.kind in ("weekday", "reldays", "anchored"):
        return "day"
    if spec.kind == "season":
        return "season"
    if spec.kind in ("relunit", "ago"):
        return spec.unit or "unknown"
    if spec.kind in ("span", "decade", "range", "since", "weekend"):
        return "range"
    return "unknown"


# -- calendar helpers ------------------------------------------------------

def month_index(year: int, month: int) -> int:
    return year * 12 + month - 1


def from_index(index: int) -> tuple[int, int]:
    return index // 12, index % 12 + 1


def ym(index: int) -> str:
    year, month = from_index(index)
    return f"{year:04d}-{month:02d}"


def iso_week(day: date) -> tuple[date, date]:
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def _valid(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def _weekday(pub: date, weekday: int, future: bool, modifier: str | None) -> date:
    if modifier == "next" or (future and modifier != "last"):
        ahead = (weekday - pub.weekday()) % 7
        if ahead == 0 and modifier == "next":
            ahead = 7
        return pub + timedelta(days=ahead)
    back = (pub.weekday() - weekday) % 7
    if back == 0 and modifier == "last":
        back = 7
    return pub - timedelta(days=back)


def _weekend(pub: date, future: bool, modifier: str | None) -> date:
    """The Saturday of the chosen weekend ("this weekend" on a Sunday is the one under way)."""
    inside = pub.weekday() >= 5
    current = pub - timedelta(days=pub.weekday() - 5) if inside else None
    if modifier == "this" and current is not None:
        return current
    if modifier == "last" or (not future and modifier != "next" and modifier != "this"):
        if current is not None and modifier != "last":
            return current
        return pub - timedelta(days=(pub.weekday() - 5) % 7 + (7 if inside else 0))
    if current is not None and modifier != "next":
        return current
    return pub + timedelta(days=(5 - pub.weekday()) % 7 or 7)


def _month(pub: date, month: int, future: bool, modifier: str | None) -> int:
    now = month_index(pub.year, pub.month)
    same_year = month_index(pub.year, month)
    if modifier == "next" or (future and modifier != "last"):
        strict = modifier == "next"
        return same_year if same_year > now or (same_year == now and not strict) else same_year + 12
    strict = modifier == "last"
    return same_year if same_year < now or (same_year == now and not strict) else same_year - 12


def _month_day(pub: date, month: int, day: int, future: bool) -> date | None:
    years = range(pub.year, pub.year + 9) if future else range(pub.year, pub.year - 9, -1)
    for year in years:  # nine years covers 29 February
        if _valid(year, month, day):
            candidate = date(year, month, day)
            if (candidate >= pub) if future else (candidate <= pub):
                return candidate
    return None


def _season(pub: date | None, first: int, last: int, year: int | None, future: bool,
            modifier: str | None) -> tuple[int, int] | None:
    """First and last month index of the chosen occurrence of a season."""
    length = (last - first) % 12

    def occurrence(start_year: int) -> tuple[int, int]:
        start = month_index(start_year, first)
        return start, start + length

    if year is not None:
        return occurrence(year)
    if pub is None:
        return None
    now = month_index(pub.year, pub.month)
    options = [occurrence(y) for y in range(pub.year - 2, pub.year + 2)]
    if modifier == "last":
        return [o for o in options if o[1] < now][-1]
    if modifier == "next":
        return [o for o in options if o[0] > now][0]
    if modifier == "this":
        inside = [o for o in options if o[0] <= now <= o[1]]
        if inside:
            return inside[0]
    if future:
        return [o for o in options if o[1] >= now][0]
    return [o for o in options if o[0] <= now][-1]


def _bounds(value: str | None) -> tuple[str | None, str | None]:
    if value is None:
        return None, None
    if "/" in value:
        left, right = value.split("/", 1)
        return left, right
    return value, value


# -- the resolver ------------------------------------------------------------

def resolve(spec: Spec, pub: date | None, future: bool = False, anchor: date | None = None) -> Value:
    """``(value, granularity)`` of ``spec`` published on ``pub``.

    ``future`` is the tense of the clause; ``anchor`` is the story's last named
    day, for "the previous day" (the publication date when None).
    """
    gran = granularity(spec)
    if pub is None and not spec.absolute:
        return None, gran
    try:
        value = _value(spec, pub, future, anchor)
    except (ValueError, IndexError, OverflowError):
        value = None
    return value, gran


def _value(spec: Spec, pub: date | None, future: bool, anchor: date | None) -> str | None:
    kind = spec.kind
    if kind == "date":
        return _date_value(spec, pub, future)
    if kind == "decade":
        return f"{spec.year}/{(spec.year or 0) + 9}"
    if kind == "range":
        return _range_value(spec, pub, future, anchor)
    if kind == "season":
        first, last = spec.season or (1, 1)
        found = _season(pub, first, last, spec.year, future, spec.modifier)
        return None if found is None else f"{ym(found[0])}/{ym(found[1])}"
    assert pub is not None
    if kind == "weekday":
        return _weekday(pub, spec.weekday or 0, future, spec.modifier).isoformat()
    if kind == "weekend":
        saturday = _weekend(pub, future, spec.modifier)
        return f"{saturday.isoformat()}/{(saturday + timedelta(days=1)).isoformat()}"
    if kind == "reldays":
        return (pub + timedelta(days=spec.offset)).isoformat()
    if kind == "anchored":
        return ((anchor or pub) + timedelta(days=spec.offset)).isoformat()
    if kind in ("relunit", "ago"):
        shift = spec.offset if kind == "relunit" else -spec.count
        return _unit_value(pub, spec.unit or "day", shift)
    if kind == "span":
        return _span_value(pub, spec.unit or "year", spec.count)
    if kind == "since":
        start = _bounds(_value(spec.first, pub, False, anchor) if spec.first else None)[0]
        if start is None:
            return None
        end = pub.isoformat()[: len(start)]
        return f"{start}/{end}"
    return None


def _date_value(spec: Spec, pub: date | None, future: bool) -> str | None:
    if spec.year is not None:
        if spec.month is None:
            return f"{spec.year:04d}"
        if spec.day is None:
            return f"{spec.year:04d}-{spec.month:02d}"
        return date(spec.year, spec.month, spec.day).isoformat() if _valid(spec.year, spec.month, spec.day) else None
    if pub is None or spec.month is None:
        return None
    if spec.unit == "year":  # "in August last year"
        return _date_value(Spec("date", year=pub.year + spec.offset, month=spec.month, day=spec.day), pub, future)
    if spec.day is None:
        return ym(_month(pub, spec.month, future, spec.modifier))
    found = _month_day(pub, spec.month, spec.day, future)
    return None if found is None else found.isoformat()


def _unit_value(pub: date, unit: str, shift: int) -> str:
    if unit == "day":
        return (pub + timedelta(days=shift)).isoformat()
    if unit == "week":
        monday, sunday = iso_week(pub + timedelta(weeks=shift))
        return f"{monday.isoformat()}/{sunday.isoformat()}"
    if unit == "month":
        return ym(month_index(pub.year, pub.month) + shift)
    return f"{pub.year + shift:04d}"


def _span_value(pub: date, unit: str, count: int) -> str:
    if unit in ("day", "week"):
        days = count * (7 if unit == "week" else 1)
        return f"{(pub - timedelta(days=days)).isoformat()}/{pub.isoformat()}"
    if unit == "month":
        now = month_index(pub.year, pub.month)
        return f"{ym(now - count)}/{ym(now)}"
    return f"{pub.year - count:04d}/{pub.year:04d}"


def _range_value(spec: Spec, pub: date | None, future: bool, anchor: date | None) -> str | None:
    first, second = spec.first, spec.second
    if first is None or second is None:
        return None
    if first.kind == "date" and second.kind == "date" and first.year is None and second.year is not None:
        first = Spec("date", year=second.year, month=first.month, day=first.day)
    if future:
        left = _bounds(_value(first, pub, True, anchor))[0]
        right = _bounds(_value(second, pub, True, anchor))[1]
    else:
        right = _bounds(_value(second, pub, False, anchor))[1]
        left = _bounds(_value(first, pub, False, anchor))[0]
    if left is None or right is None:
        return None
    if first.directional and left > right[: len(left)]:
        left = _shift_year(left, -1)  # "between December 4 and January 7": December of the year before
    elif second.directional and right < left[: len(right)]:
        right = _shift_year(right, 1)
    return f"{left}/{right}"


def _shift_year(value: str, years: int) -> str:
    return f"{int(value[:4]) + years:04d}{value[4:]}"
