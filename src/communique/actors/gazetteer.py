"""Aho-Corasick matching of every dictionary name, with word-boundary checks.

Two automata are built once per dictionary set: a case-sensitive one for our
built-in names (news text is cased, so "turkey" the bird and "march" never
match) and a case-insensitive one for PETRARCH user entries, which are written
in capitals. Role words are matched case-insensitively too.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

import ahocorasick

from .dictionaries import Entry, RoleWord, fold

T = TypeVar("T")

#: Curly and modifier apostrophes read as the straight one, one character for one, so offsets
#: stay valid: "People’s Republic of China" matches the entry "People's Republic of China".
APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


def _boundary_before(text: str, start: int) -> bool:
    return start == 0 or not text[start - 1].isalnum()


def _boundary_after(text: str, end: int) -> bool:
    return end >= len(text) or not text[end].isalnum()


@dataclass
class Hit(Generic[T]):
    start: int
    end: int
    items: list[T]


class Matcher(Generic[T]):
    """An Aho-Corasick automaton mapping surface strings to items."""

    def __init__(self, pairs: Iterable[tuple[str, T]], folded: bool = False, stems: Iterable[str] = ()) -> None:
        self.folded = folded
        self.stems = set(stems)  # keys that may match the start of a longer word
        table: dict[str, list[T]] = {}
        for text, item in pairs:
            key = (fold(text) if folded else text).translate(APOSTROPHES)
            if key.strip() and item not in (items := table.setdefault(key, [])) \
                    and not any(_same(item, other) for other in items):
                items.append(item)
        self.auto = ahocorasick.Automaton()
        for key, items in table.items():
            self.auto.add_word(key, (key, items))
        if table:
            self.auto.make_automaton()
        self.empty = not table

    def hits(self, text: str) -> list[Hit[T]]:
        """Every match on word boundaries (overlapping ones included)."""
        if self.empty:
            return []
        hay = (fold(text).replace("_", " ") if self.folded else text).translate(APOSTROPHES)
        out = []
        for last, (key, items) in self.auto.iter(hay):
            start, end = last - len(key) + 1, last + 1
            if not _boundary_before(text, start):
                continue
            if not _boundary_after(text, end):
                if key not in self.stems:
                    continue
                while end < len(text) and text[end].isalnum():
                    end += 1
            out.append(Hit(start, end, list(items)))
        return out


def _same(a: object, b: object) -> bool:
    """Whether two entries differ only in how their text spells its apostrophe."""
    return isinstance(a, Entry) and isinstance(b, Entry) and a.text.translate(APOSTROPHES) == b.text.translate(APOSTROPHES) \
        and (a.key, a.code, a.mention_kind, a.role) == (b.key, b.code, b.mention_kind, b.role)


def longest(hits: Iterable[Hit[T]]) -> list[Hit[T]]:
    """Non-overlapping hits, longest first, then leftmost; returned in text order."""
    hits = list(hits)
    if not hits:
        return []
    taken = bytearray(max(h.end for h in hits) + 1)
    chosen: list[Hit[T]] = []
    for h in sorted(hits, key=lambda h: (-(h.end - h.start), h.start)):
        if taken.find(1, h.start, h.end) != -1:
            continue
        chosen.append(h)
        taken[h.start:h.end] = b"\x01" * (h.end - h.start)
    chosen.sort(key=lambda h: h.start)
    return chosen


def upper_variants(entries: Iterable[Entry]) -> list[tuple[str, Entry]]:
    """Entries by their text, plus an all-capitals form for names (datelines, headlines)."""
    out = []
    for e in entries:
        out.append((e.text, e))
        if e.mention_kind in ("name", "capital", "demonym") and len(e.text) >= 4 and e.text.upper() != e.text:
            out.append((e.text.upper(), e))
    return out


class Gazetteer:
    """Name and role matchers for one set of dictionaries."""

    def __init__(self, entries: list[Entry], roles: list[RoleWord],
                 areas: dict[str, str | None] | None = None, features: Iterable[str] = ()) -> None:
        builtin = [e for e in entries if not e.user and not e.folded]
        user = [e for e in entries if e.user]
        self.names: Matcher[Entry] = Matcher(upper_variants(builtin))
        # generated people (leaders.tsv): any case, capitalised; a hand-written name wins its span
        self.people: Matcher[Entry] = Matcher(((e.text, e) for e in entries if e.folded and not e.user),
                                              folded=True)
        stems = {fold(e.text) for e in user if e.stem}
        self.user: Matcher[Entry] = Matcher(((e.text, e) for e in user), folded=True, stems=stems)
        self.roles: Matcher[RoleWord] = Matcher(((r.text, r) for r in roles), folded=True)
        # regions ("Darfur") -> country, for "Darfur rebels"; matched case-sensitively
        self.areas: Matcher[str | None] = Matcher((areas or {}).items())
        # seas and regions named after a state ("Gulf of Guinea"): no name inside them counts
        self.features: Matcher[str] = Matcher((v, f) for f in features for v in {f, f.upper()})

    def names_in(self, text: str) -> list[Hit[Entry]]:
        """Name hits, longest-first; a user entry beats a built-in one on the same span."""
        hits = self.names.hits(text)
        taken = {(h.start, h.end) for h in hits}
        hits += [h for h in self.people.hits(text) if text[h.start].isupper() and (h.start, h.end) not in taken]
        user_hits = self.user.hits(text)
        # equal spans: the user's entry wins
        spans = {(h.start, h.end) for h in user_hits}
        hits = [h for h in hits if (h.start, h.end) not in spans]
        best = longest(user_hits + hits) if user_hits else longest(hits)
        # "US$47 million", "HK$300": a currency, not the state
        best = [h for h in best if not text.startswith("$", h.end)]
        places = self.features.hits(text)
        if places:
            best = [h for h in best if not any(p.start <= h.start and h.end <= p.end
                                               and h.end - h.start < p.end - p.start for p in places)]
        return best

    def roles_in(self, text: str) -> list[Hit[RoleWord]]:
        return longest(self.roles.hits(text))
