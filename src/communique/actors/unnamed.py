"""Office holders named by their title alone: "the president", "the foreign minister".

Wire copy names a leader once and then calls them by office; press releases
often never name them. Such a title, after "the" and with no country of its
own, belongs to the country the article is about, when exactly one is in play:

- the only country named in the article up to that sentence, or else
- a country holding at least :data:`DOMINANT` of the article's country mentions
  (and at least :data:`MIN_MENTIONS` of them).

With an office and a known holder at the article's date the mention is that
person ("the president" in a 2019 story about Kenya is Uhuru Kenyatta), else
the state in that role (``KENGOV``). Titles with no office ("the spokesman",
"the general") are left alone: whose spokesman is not a guess to make.
"""

from __future__ import annotations

import re
from collections import Counter

from .gazetteer import Hit
from .dictionaries import RoleWord
from .work import Work

LEAD = re.compile(r"(?:^|[\s(\"“‘'])([Tt]he)\s+$")
OF_AFTER = re.compile(r"\s+(?:of|for)\s")
NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
#: Share of the article's country mentions that makes a country the one it is about.
DOMINANT = 0.6
MIN_MENTIONS = 3
#: Titles without an office key that still name one office holder of a state.
MINISTER_WORDS = ("minister", "secretary")


def _countries(work: Work, end: int) -> Counter[str]:
    """Country mentions (states, people, forces, groups) before ``end``."""
    out: Counter[str] = Counter()
    for f in work.found:
        spec = work.specs[f.key]
        if f.start < end and spec.country and spec.kind in ("state", "person", "sector", "group"):
            out[spec.country] += 1
    return out


def article_country(work: Work, pos: int) -> str | None:
    """The one country in play at ``pos``, or None (see the module docstring)."""
    _, sent_end = work.sent_span(pos)
    before = _countries(work, sent_end)
    if len(before) == 1:
        return next(iter(before))
    every = _countries(work, len(work.text) + 1)
    if not every:
        return None
    (top, n), = every.most_common(1)
    if n >= MIN_MENTIONS and n >= DOMINANT * sum(every.values()):
        return top
    return None


def office_titles(work: Work, roles: list[Hit[RoleWord]]) -> None:
    """Give "the president", "the foreign minister" the article's country."""
    for hit in roles:
        rw = hit.items[0]
        if rw.kind != "title" or rw.prefix or rw.role not in ("GOV", "MIL"):
            continue
        if not rw.office and not rw.text.endswith(MINISTER_WORDS):
            continue
        raw = work.text[hit.start:hit.end]
        if raw.endswith("s") and not rw.text.endswith("s"):
            continue  # plural: "the ministers"
        if work.covered(hit.start, hit.end) or (hit.start, hit.end) in work.used_roles:
            continue
        lead = LEAD.search(work.text[max(0, hit.start - 6):hit.start])
        if lead is None or OF_AFTER.match(work.text, hit.end) or NAME_AFTER.match(work.text, hit.end):
            continue
        country = article_country(work, hit.start)
        if country is None:
            continue
        work.used_roles.add((hit.start, hit.end))
        start = hit.start - (len(work.text[max(0, hit.start - 6):hit.start]) - lead.start(1))
        holder = work.holder_at(country, rw.office) if rw.office else None
        if holder is not None:
            work.add(start, hit.end, work.holder_spec(holder).key, "nominal")
        else:
            work.add(start, hit.end, work.state_spec(country).key, "role", f"{country}{rw.role}")
