"""The dateline that opens a news paragraph: "SEOUL, South Korea, Sept. 29, 2013 –",
"MOSCOW (Dispatches) --", "Ankara, May 10 (Reuters) -", "BEIRUT:".

One pattern for the whole pipeline: the language stage starts a sentence after it
(:func:`.model.mark_paragraphs`), and the places stage reads its city
(:func:`communique.places.dateline.find_dateline`).
"""

from __future__ import annotations

import re

DATELINE = re.compile(
    r"(?P<city>[A-Z][A-Za-z.'\u2019\- ]{1,40}?)"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z.'\u2019\- ]{1,30}?))?"
    r"(?:,\s*(?P<date>(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?))?"
    r"\s*(?:\((?P<agency>[^()\n]{1,40})\))?"
    r"\s*(?P<sep>--|\u2014|\u2013|-|:)\s"
)


def shouting(city: str) -> bool:
    """A city written in capitals ("SEOUL"), as datelines write it."""
    letters = [c for c in city if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) >= 3


def dateline_at(text: str, pos: int = 0) -> re.Match[str] | None:
    """The dateline starting at ``pos``: a city in capitals, or any city with a date or an
    agency; with a colon only in capitals. None when there is none."""
    found = DATELINE.match(text, pos)
    if found is None:
        return None
    loud = shouting(found.group("city").strip())
    if not loud and not (found.group("agency") or found.group("date")):
        return None
    if not loud and found.group("sep") == ":":
        return None
    return found
