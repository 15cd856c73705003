"""One event from many reports: grouping per-article events into canonical events.

Two events describe the same happening when they have

- the same participants at country level: the same set of countries, in
  either direction for consultations (root ``04``), signed agreements
  (``057``) and multilateral events,
  else the same sources and the same targets; a consultation reported as a
  pair of a larger meeting joins it when both name the same place or come
  from the same sentence;
- the same root code (``04`` consult, ``19`` fight, …) and the same mode;
- compatible dates: their day intervals overlap, so a month holds the days
  within it, and an undated (publication) event spans the days before its
  story date (see :mod:`communique.intervals`);
- a compatible place: the same city, or one of them unknown, or the same
  country when one is known only by country.

Grouping is complete-linkage: an event joins a group only if it is compatible
with every member (and fully matches at least one), so chains of near-misses
never glue distinct events.
Events are seeded most precise date first.

This module is pure Python; :meth:`Store.merge` reads and writes the rows.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ..cameo import in_group

#: Days two intervals may miss each other by and still match. Zero: reports of one
#: happening resolve to the same day, and fighting on consecutive days is two events.
DATE_TOLERANCE_DAYS = 0


@dataclass
class Item:
    """One per-article event, as the merger sees it."""

    uid: int
    article_id: str
    outlet: str | None
    root: str
    cameo: str
    mode: str
    sources: frozenset[str]
    targets: frozenset[str]
    countries: frozenset[str]
    first: dt.date | None
    last: dt.date | None
    place: str | None
    place_country: str | None
    place_is_city: bool
    sentence: tuple[Any, Any]
    row: dict[str, Any] = field(default_factory=dict)

    @property
    def width(self) -> int:
        if self.first is None or self.last is None:
            return 10**6
        return (self.last - self.first).days


def make_item(row: dict[str, Any], actors: list[dict[str, Any]]) -> Item:
    """An :class:`Item` from an ``events`` row and its ``event_actors`` rows."""
    sources = frozenset(a["country"] for a in actors if a["role"] == "source")
    targets = frozenset(a["country"] for a in actors if a["role"] == "target")
    return Item(
        uid=row["uid"], article_id=row["article_id"], outlet=row.get("outlet"), root=row["root"] or "",
        cameo=row["cameo"] or "",
        mode=row["mode"] or "actual", sources=sources, targets=targets,
        countries=frozenset(a["country"] for a in actors),
        first=row["day_first"], last=row["day_last"],
        place=(row["place_name"] or "").casefold() or None, place_country=row["place_country"],
        place_is_city=row["place_lat"] is not None,
        sentence=(row["article_id"], row["sentence_start"]), row=row)


def same_participants(a: Item, b: Item, loose: bool = False) -> bool:
    """Whether two events have the same participants at country level.

    A pair inside a larger meeting's set matches it when both name one place
    or come from one sentence; ``loose`` accepts any such pair (used for the
    other members of a group, once one member matched strictly).
    """
    # mutual acts (consultations, signed agreements: the ``mutual`` group of codes.tsv)
    # and events of more than two countries compare their participants as a set
    symmetric = ((in_group(a.cameo, "mutual") and in_group(b.cameo, "mutual"))
                 or len(a.countries) > 2 or len(b.countries) > 2)
    if not symmetric:
        return a.sources == b.sources and a.targets == b.targets
    if a.countries == b.countries:
        return bool(a.countries)
    small, big = (a, b) if len(a.countries) <= len(b.countries) else (b, a)
    if len(small.countries) < 2 or not small.countries <= big.countries:
        return False
    same_sentence = a.sentence == b.sentence and a.sentence[1] is not None
    same_place = a.place is not None and a.place == b.place
    return loose or same_sentence or same_place


def same_dates(a: Item, b: Item) -> bool:
    if a.first is None or b.first is None or a.last is None or b.last is None:
        return a.first is None and b.first is None
    slack = dt.timedelta(days=DATE_TOLERANCE_DAYS)
    return a.first <= b.last + slack and b.first <= a.last + slack


def same_place(a: Item, b: Item) -> bool:
    if a.place is None or b.place is None or a.place == b.place:
        return True
    if not (a.place_is_city and b.place_is_city):
        return a.place_country is not None and a.place_country == b.place_country
    return False


def compatible(a: Item, b: Item, loose: bool = False) -> bool:
    """Whether two events may describe the same happening."""
    return (a.root == b.root and a.mode == b.mode and same_dates(a, b) and same_place(a, b)
            and same_participants(a, b, loose))


def joins(item: Item, group: list[Item]) -> bool:
    """An item joins a group when it matches one member and is loosely compatible with all."""
    return (all(compatible(item, member, loose=True) for member in group)
            and any(compatible(item, member) for member in group))


#: Items spanning more months than this are checked against every group of their block.
MAX_INDEXED_MONTHS = 24


def _months(item: Item) -> list[tuple[int, int]] | None:
    """The (year, month) pairs an item's dates touch, or None when unknown or too wide."""
    if item.first is None or item.last is None:
        return None
    first = (item.first - dt.timedelta(days=DATE_TOLERANCE_DAYS))
    last = (item.last + dt.timedelta(days=DATE_TOLERANCE_DAYS))
    span = (last.year - first.year) * 12 + last.month - first.month
    if span >= MAX_INDEXED_MONTHS:
        return None
    out, y, m = [], first.year, first.month
    for _ in range(span + 1):
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _keys(item: Item) -> list[tuple[Any, ...]] | None:
    months = _months(item)
    if months is None:
        return None
    # every compatible pair of items shares two countries, or its one country
    names = sorted(item.countries) or [""]
    pairs = list(itertools.combinations(names, 2)) if len(names) > 1 else [(names[0],)]
    return [(item.root, item.mode, pair, ym) for pair in pairs for ym in months]


def cluster(items: list[Item]) -> list[list[Item]]:
    """Group items into canonical events (complete linkage, most precise dates first).

    Candidate groups come from an index by root, mode, country pair and month, so
    the work grows with the number of events, not its square.
    """
    order = sorted(items, key=lambda i: (i.width, str(i.first), i.uid))
    groups: list[list[Item]] = []
    index: dict[tuple[Any, ...], list[int]] = {}
    blocks: dict[tuple[str, str], list[int]] = {}
    for item in order:
        keys = _keys(item)
        if keys is None:
            candidates = blocks.get((item.root, item.mode), [])
        else:
            found: set[int] = set()
            for key in keys:
                found.update(index.get(key, ()))
            found.update(index.get((item.root, item.mode, "*wide*"), ()))
            candidates = sorted(found)
        chosen = next((g for g in candidates if joins(item, groups[g])), None)
        if chosen is None:
            chosen = len(groups)
            groups.append([item])
            blocks.setdefault((item.root, item.mode), []).append(chosen)
        else:
            groups[chosen].append(item)
        for key in keys if keys is not None else [(item.root, item.mode, "*wide*")]:
            bucket = index.setdefault(key, [])
            if not bucket or bucket[-1] != chosen:
                bucket.append(chosen)
    for group in groups:
        group.sort(key=lambda i: i.uid)
    groups.sort(key=lambda g: g[0].uid)
    return groups


def canonical(group: list[Item]) -> dict[str, Any]:
    """The canonical event of a group: its code, date, place, actors and counts."""
    lead = min(group, key=lambda i: (i.width, -len(i.countries), i.uid))
    rows = [i.row for i in group]
    cameo = Counter(r["cameo"] for r in rows).most_common()
    top = max(n for _, n in cameo)
    code = lead.row["cameo"] if Counter(r["cameo"] for r in rows)[lead.row["cameo"]] == top else cameo[0][0]
    coded = next(r for r in [lead.row, *rows] if r["cameo"] == code)
    placed = sorted((r for r in rows if r["place_name"]), key=lambda r: r["place_lat"] is None)
    place = placed[0] if placed else {}
    published = [r["published"] for r in rows if r.get("published")]
    countries = sorted(set().union(*(i.countries for i in group)))
    return {
        "cameo": code, "root": lead.root, "cameo_name": coded.get("cameo_name"),
        "plover": coded.get("plover"), "goldstein": coded.get("goldstein"),
        "quad_class": coded.get("quad_class"), "mode": lead.mode,
        "date_value": lead.row["date_value"], "date_granularity": lead.row["date_granularity"],
        "day_first": lead.first, "day_last": lead.last,
        "place_name": place.get("place_name"), "place_country": place.get("place_country"),
        "place_lat": place.get("place_lat"), "place_lon": place.get("place_lon"),
        "source_code": lead.row.get("source_code"), "source_name": lead.row.get("source_name"),
        "target_code": lead.row.get("target_code"), "target_name": lead.row.get("target_name"),
        "countries": ",".join(countries), "first_published": min(published) if published else None,
        "url": lead.row.get("url"),
        "num_mentions": len(group), "num_sources": len({i.outlet or i.article_id for i in group}),
        "num_articles": len({i.article_id for i in group}),
    }
