"""The dateline's place: "MOSCOW (Dispatches) --" puts the reporter in Moscow.

A shared resource: the places stage sets :attr:`Article.dateline` from it, and the
events stage reads "arrived here today" as a visit to its country.

>>> find_dateline("MOSCOW (Dispatches) -- The ministers met.").name   # doctest: +SKIP
'Moscow'
"""

from __future__ import annotations

import re

from ..article import Place
from ..language.dateline import dateline_at, shouting
from .gazetteer import Entry, Gazetteer, load_gazetteer, us_states

#: Characters of the text's start searched for a dateline.
DATELINE_WINDOW = 400


def to_place(entry: Entry, span: tuple[int, int] | None) -> Place:
    return Place(name=entry.name, country=entry.country, lat=entry.lat, lon=entry.lon, span=span)


def find_dateline(text: str, gazetteer: Gazetteer | None = None) -> Place | None:
    """The dateline city at the start of ``text`` (within its first lines), or None.

    Recognised: ``MOSCOW (Dispatches) --``, ``DAMASCUS, Syria (AP) —``,
    ``BEIRUT:``, ``Ankara, May 10 (Reuters) -``. The city must be in capitals,
    or be followed by an agency or a date, and must be in the gazetteer.
    """
    gaz = gazetteer or load_gazetteer()
    offset = 0
    for line in text[:DATELINE_WINDOW].splitlines(keepends=True)[:4]:
        stripped = len(line) - len(line.lstrip())
        match = dateline_at(line, stripped)
        if match:
            place = _dateline_place(match, offset, gaz)
            if place is not None:
                return place
        offset += len(line)
    return None


def _dateline_place(match: re.Match[str], offset: int, gaz: Gazetteer) -> Place | None:
    city = match.group("city").strip()
    loud = shouting(city)
    region = (match.group("region") or "").strip()
    country = None
    if region:
        found = gaz.lookup(region.title() if region.isupper() else region, kinds=("country",))
        if found is not None:
            country = found.country
        elif region.lower().rstrip(".") in us_states() or region.lower() in us_states():
            country = "USA"
    name = city.title() if loud else city
    entry = gaz.lookup(name, country=country, kinds=("city",)) or gaz.lookup(name, kinds=("city", "country"))
    if entry is None:
        return None
    start = offset + match.start("city")
    return to_place(entry, (start, start + len(city)))
