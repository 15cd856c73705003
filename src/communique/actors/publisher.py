"""The publisher's own voice: "we" in a government's release is that government.

A press release or statement speaks in the first person outside any quotation:
"We condemn …", "We call on Iran to …", "our partners". When the article's
``source`` (its publisher, from the input's metadata) names a state, such
first-person plural pronouns outside quotation marks are mentions of that
state's government (``GBRGOV`` for "UK Foreign, Commonwealth & Development
Office"). A publisher that names no state (a news agency, an encyclopedia)
changes nothing, and "I" is left to the quotes stage: it is whoever signs.

The stage records the publisher's country as ``article.meta["publisher"]``, so
that the events stage can make the release's own demands ("Russia must stop
its military operations") the publisher's.
"""

from __future__ import annotations

import re
from typing import Any

from ..cameo import ActorCode
from ..data import package_words
from ..quotes.marks import find_quote_spans
from ..quotes.voice import FIRST_PLURAL, FIRST_SINGULAR, transcript_blocks
from .dictionaries import Entry
from .gazetteer import Gazetteer
from .unnamed import article_country
from .work import Work

#: "U.S. Mission to Somalia", "British Embassy in Kabul", "U.S. Embassy Bamako": the state after
#: is the host, not the publisher.
HOST = re.compile(r"\b(?:to|in|embassy|consulate|mission|delegation|high commission)\s+(?:the\s+)?$",
                  re.IGNORECASE)
#: A part in brackets: where a text was copied from ("… (The Nigerian Voice copy)"), not who published it.
BRACKETED = re.compile(r"\([^()]*\)")


def publisher_country(gaz: Gazetteer, source: str | None) -> str | None:
    """The one state a publisher's name names ("U.S. Department of State" -> USA), or None.
    A host state after "to", "in" or "Embassy" ("U.S. Embassy in Somalia", "U.S. Embassy
    Bamako") does not count; when the whole name names several states, the part outside
    brackets decides ("UK Foreign Office (Nigerian Voice copy)")."""
    if not source:
        return None
    found = _states(gaz, source)
    if len(found) > 1:
        found = _states(gaz, BRACKETED.sub(lambda m: " " * len(m.group(0)), source))
    return found.pop() if len(found) == 1 else None


def _states(gaz: Gazetteer, source: str) -> set[str]:
    countries = {_country(h.items[0]) for h in gaz.names_in(source)
                 if h.items[0].kind != "person" and not HOST.search(source[:h.start])}
    return {c for c in countries if c}


def _country(entry: Entry) -> str | None:
    """An entry's country; a PETRARCH user entry's is in its code ("USAGOV" -> USA)."""
    if entry.country or not entry.user:
        return entry.country
    code = entry.code_at(None)
    return ActorCode.parse(code).country if code else None


def first_person(work: Work, country: str | None) -> None:
    """Make "we"/"our"/"us", and the pronouns "I"/"my"/"me", outside quotations mentions of
    the publishing government (``country``: :func:`publisher_country`). The words of a
    transcript's speakers ("FOREIGN MINISTER DI MAIO: … I would like to thank …") count
    as quoted: the quotes stage gives them to their speaker (:mod:`..quotes.own_words`)."""
    if country is None:
        return
    quoted = [(q.start, q.end) for q in find_quote_spans(work.text)]
    quoted += [words for _, words in transcript_blocks(work.text)]
    key = work.state_spec(country).key
    for words, pronouns_only in ((FIRST_PLURAL, False), (FIRST_SINGULAR, True)):
        for m in words.finditer(work.text):
            if m.group(0) == "US" or any(s <= m.start() < e for s, e in quoted) or work.covered(m.start(), m.end()):
                continue  # "US" is the country; quoted words are their speaker's
            if pronouns_only and not _pronoun(work, m.start()):
                continue  # "World War I"
            work.add(m.start(), m.end(), key, "role", f"{country}GOV")


def _pronoun(work: Work, pos: int) -> bool:
    tok = work.token_at(pos) if work.doc is not None else None
    return tok is not None and tok.pos_ == "PRON"


JUNIOR = package_words("actors", "junior_title_words")
#: Roles of officials who, unplaced in a government's own release, belong to that government.
OFFICIAL_ROLES = ("GOV", "MIL")


def unplaced_officials(work: Work, country: str | None) -> None:
    """In a government's own release, a titled official whose country the text never
    gives ("Minister for the Middle East, Dr Andrew Murrison") is that government's."""
    if country is None:
        return
    for spec in work.specs.values():
        if spec.kind == "person" and spec.country is None and spec.code.startswith("---") \
                and spec.code[3:6] in OFFICIAL_ROLES:
            own = country
            first = min((f.start for f in work.found if f.key == spec.key), default=None)
            if first is not None and _someone_else(work, spec, country):
                # "President Maia Sandu" in a British release about Moldova: not British
                own = article_country(work, first, country) or country
            elif first is not None and _beside_home_official(work, spec, country, first):
                # "The Defence Secretary visited Minister Reznikov": the counterpart
                own = article_country(work, len(work.text), country) or country
            spec.country, spec.code = own, own + spec.code[3:]


def _someone_else(work: Work, spec: Any, country: str) -> bool:
    """Whether the publisher's country had another holder of the person's office that day
    ("President Maia Sandu" in a 2025 British release: the head of state is the King).
    Junior titles ("Deputy Foreign Secretary") hold no office of their own."""
    title = (spec.title or "").lower()
    if not spec.office or any(w in title for w in JUNIOR):
        return False
    holder = work.holder_at(country, spec.office)
    if holder is None:
        return False
    surname = spec.name.split()[-1].lower() if spec.name.split() else ""
    return surname not in holder.name.lower()


def _beside_home_official(work: Work, spec: Any, country: str, first: int) -> bool:
    """Whether the person first appears in a sentence with an official of the publisher's own
    ("The Defence Secretary visited Minister Reznikov"): then they are the counterpart, not a
    colleague. Junior titles ("Deputy Foreign Secretary") are excepted, as above."""
    title = (spec.title or "").lower()
    if any(w in title for w in JUNIOR):
        return False
    s0, s1 = work.sent_span(first)
    for f in work.starts_in(s0, s1):
        other = work.specs[f.key]
        if f.key != spec.key and other.kind == "person" and other.country == country:
            return True
    return False
