"""Rows in the layouts of the GDELT 2.0 Event table and the ICEWS event files.

Both formats are dyadic: an event with more than two participants (a
multilateral meeting) becomes one row per pair of participants.
Event dates are the resolved dates; GDELT's ``DATEADDED`` carries the story's
publication date.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

from ..cameo import ActorCode, sectors
from .queries import event_day

_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
          "Type1Code", "Type2Code", "Type3Code")
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")

#: The 61 columns of the GDELT 2.0 Event table, in order.
GDELT_COLUMNS: tuple[str, ...] = (
    ("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate")
    + tuple(f"Actor1{c}" for c in _ACTOR)
    + tuple(f"Actor2{c}" for c in _ACTOR)
    + ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
       "NumMentions", "NumSources", "NumArticles", "AvgTone")
    + tuple(f"Actor1Geo_{c}" for c in _GEO)
    + tuple(f"Actor2Geo_{c}" for c in _GEO)
    + tuple(f"ActionGeo_{c}" for c in _GEO)
    + ("DATEADDED", "SOURCEURL")
)

#: The 20 columns of the ICEWS event files, in order.
ICEWS_COLUMNS: tuple[str, ...] = (
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code",
    "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number",
    "Publisher", "City", "District", "Province", "Country", "Latitude", "Longitude",
)

def split_code(code: str | None) -> tuple[str, str, list[str]]:
    """``(country, known_group, types)`` of a CAMEO actor code: ``TURGOV`` → ``("TUR", "", ["GOV"])``."""
    code = (code or "").upper()
    if not code:
        return "", "", []
    parsed = ActorCode.parse(code)
    if parsed.is_international:
        return "", (parsed.chunks[0] if parsed.chunks else ""), [parsed.head]
    return parsed.head, "", parsed.chunks


def dyads(event: dict[str, Any]) -> list[tuple[str | None, str | None]]:
    """The actor pairs of an event: (source, target), or every pair of a multilateral one."""
    codes = list(dict.fromkeys(c for c in [event.get("source_code"), event.get("target_code"),
                                           *event.get("participants", [])] if c))
    if len(codes) <= 2:
        first = event.get("source_code") or (codes[0] if codes else None)
        second = event.get("target_code") or next((c for c in codes if c != first), None)
        return [(first, second)]
    return list(itertools.combinations(codes, 2))


def _name(code: str | None, event: dict[str, Any], names: dict[str, str]) -> str:
    if not code:
        return ""
    if code == event.get("source_code") and event.get("source_name"):
        return str(event["source_name"])
    if code == event.get("target_code") and event.get("target_name"):
        return str(event["target_name"])
    return names.get(code, code)


def _num(value: Any) -> str:
    return "" if value is None else str(value)


def _geo(event: dict[str, Any], gaz: Any) -> list[str]:
    name, country = event.get("place"), event.get("place_country")
    if not name:
        return ["0", "", "", "", "", "", "", ""]
    fips = gaz.fips.get(country or "", "") if gaz else ""
    country_name = gaz.country_name(country) if gaz else ""
    if event.get("lat") is None:
        return ["1", country_name or name, fips, fips, "", "", "", fips]
    entry = gaz.lookup(name, country=country, kinds=("city",), strict=False) if gaz else None
    full = f"{name}, {country_name}" if country_name else name
    return ["3" if country == "USA" else "4", full, fips, fips, "", _num(event.get("lat")), _num(event.get("lon")),
            _num(entry.feature_id if entry else "")]


def gdelt_rows(event: dict[str, Any], names: dict[str, str], gaz: Any) -> Iterator[list[str]]:
    """The GDELT rows (61 strings each) of one event dict from :meth:`Store.events`."""
    day = event_day(event)
    pairs = dyads(event)
    geo = _geo(event, gaz)
    published = str(event.get("published") or event.get("first_published") or "")
    for k, (a1, a2) in enumerate(pairs):
        row = [str(event["id"] if len(pairs) == 1 else event["id"] * 1000 + k + 1)]
        if day:
            row += [day.strftime("%Y%m%d"), day.strftime("%Y%m"), str(day.year),
                    f"{day.year + (day.timetuple().tm_yday / 365):.4f}"]
        else:
            row += ["", "", "", ""]
        for code in (a1, a2):
            country, group, types = split_code(code)
            row += [code or "", _name(code, event, names), country, group, "", "", "",
                    *(types + ["", "", ""])[:3]]
        cameo = str(event.get("cameo") or "")
        row += ["1" if event.get("is_root", True) else "0", cameo, cameo[:3], cameo[:2],
                _num(event.get("quad_class")), _num(event.get("goldstein")),
                _num(event.get("num_mentions", 1)), _num(event.get("num_sources", 1)),
                _num(event.get("num_articles", 1)), ""]
        row += ["0", "", "", "", "", "", "", ""] * 2 + geo
        row += [published.replace("-", "") + "000000" if published else "", str(event.get("url") or event.get("article_id") or "")]
        assert len(row) == len(GDELT_COLUMNS)
        yield row


def icews_rows(event: dict[str, Any], names: dict[str, str], gaz: Any) -> Iterator[list[str]]:
    """The ICEWS rows (20 strings each) of one event dict from :meth:`Store.events`."""
    day = event_day(event)
    pairs = dyads(event)
    table = sectors()
    for k, (a1, a2) in enumerate(pairs):
        row = [str(event["id"] if len(pairs) == 1 else event["id"] * 1000 + k + 1), day.isoformat() if day else ""]
        for code in (a1,):
            country, group, types = split_code(code)
            row += [_name(code, event, names), ", ".join(table.get(t, t) for t in types),
                    gaz.country_name(country) if gaz and country else ""]
        row += [str(event.get("cameo_name") or ""), str(event.get("cameo") or ""), _num(event.get("goldstein"))]
        country, group, types = split_code(a2)
        row += [_name(a2, event, names), ", ".join(table.get(t, t) for t in types),
                gaz.country_name(country) if gaz and country else ""]
        row += [str(event.get("article_id") or ""), _num(event.get("sentence_number")), str(event.get("outlet") or "")]
        city = event.get("place") if event.get("lat") is not None else ""
        row += [city or "", "", "", gaz.country_name(event.get("place_country")) if gaz else "",
                _num(event.get("lat")), _num(event.get("lon"))]
        assert len(row) == len(ICEWS_COLUMNS)
        yield row
