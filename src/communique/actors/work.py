"""The working state of the actors stage for one article.

Resolution steps add :class:`Found` mentions keyed by actor identity (``key``)
and :class:`Spec` actor descriptions; :meth:`Work.actors` turns them into the
article's :class:`~communique.article.Actor` list with ids in order of first
mention.
"""

from __future__ import annotations

import bisect
import datetime as _dt
from dataclasses import dataclass, field
from typing import Any

from ..article import Actor, Mention
from .dictionaries import Dictionaries, Holder
from .gazetteer import Gazetteer


@dataclass
class Found:
    start: int
    end: int
    key: str
    kind: str = "name"
    code: str | None = None  # the code in context, when it differs from the actor's


@dataclass
class Spec:
    key: str
    name: str
    code: str
    kind: str
    country: str | None = None
    role: str | None = None
    title: str | None = None
    office: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


def _token_starts(doc: Any) -> list[int]:
    if doc is None or len(doc) == 0:
        return []
    from spacy.attrs import IDX

    return [int(x) for x in doc.to_array([IDX]).reshape(-1)]


#: The longest mention we expect, in characters (for window searches).
MAX_SPAN = 200


class Work:
    """Mentions and actors found so far in one article."""

    def __init__(self, text: str, doc: Any, day: _dt.date | None, dicts: Dictionaries, gaz: Gazetteer) -> None:
        self.text = text
        self.doc = doc
        self.day = day
        self.dicts = dicts
        self.gaz = gaz
        self.specs: dict[str, Spec] = {}
        self.found: list[Found] = []
        self._index: dict[tuple[int, int, str], Found] = {}
        self._by_start: dict[int, list[Found]] = {}
        self._starts: list[int] = []  # the keys of _by_start, sorted
        self._by_end: dict[int, list[Found]] = {}
        self.used_roles: set[tuple[int, int]] = set()  # role words already given to a state
        self.tok_starts = _token_starts(doc)
        self.person_ents: list[tuple[int, int]] = (
            [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"] if doc is not None else [])
        self.sents: list[tuple[int, int]] = (
            [(s.start_char, s.end_char) for s in doc.sents] if doc is not None else [(0, len(text))])
        self.sent_starts = [s for s, _ in self.sents]

    # -- positions ----------------------------------------------------------
    def token_at(self, char: int) -> Any:
        if self.doc is None or not self.tok_starts:
            return None
        i = bisect.bisect_right(self.tok_starts, char) - 1
        return self.doc[max(i, 0)]

    def sent_index(self, char: int) -> int:
        return max(bisect.bisect_right(self.sent_starts, char) - 1, 0)

    def sent_span(self, char: int) -> tuple[int, int]:
        return self.sents[self.sent_index(char)]

    # -- adding -------------------------------------------------------------
    def spec(self, spec: Spec) -> Spec:
        return self.specs.setdefault(spec.key, spec)

    def add(self, start: int, end: int, key: str, kind: str = "name", code: str | None = None) -> Found:
        while end > start + 1 and self.text[end - 1].isspace():
            end -= 1  # a mention never ends in spaces or a line break
        f = self._index.get((start, end, key))
        if f is not None:
            if code and not f.code:
                f.code = code
            return f
        f = Found(start, end, key, kind, code)
        self.found.append(f)
        self._index[(start, end, key)] = f
        if start not in self._by_start:
            bisect.insort(self._starts, start)
        self._by_start.setdefault(start, []).append(f)
        self._by_end.setdefault(end, []).append(f)
        return f

    def drop(self, gone: Any, lo: int, hi: int) -> None:
        """Remove the mentions overlapping ``[lo, hi)`` for which ``gone(found)`` is true."""
        victims = [f for f in self.overlapping(lo, hi) if gone(f)]
        if not victims:
            return
        ids = {id(f) for f in victims}
        self.found = [f for f in self.found if id(f) not in ids]
        for f in victims:
            self._index.pop((f.start, f.end, f.key), None)
            self._by_start[f.start] = [g for g in self._by_start.get(f.start, []) if id(g) not in ids]
            self._by_end[f.end] = [g for g in self._by_end.get(f.end, []) if id(g) not in ids]

    def state_spec(self, iso: str) -> Spec:
        name = self.dicts.states.get(iso, iso)
        return self.spec(Spec(f"state:{iso}", name, iso, "state", country=iso))

    def holder_spec(self, holder: Holder) -> Spec:
        key = f"person:{holder.name}"
        if key in self.specs:
            return self.specs[key]
        for e in self.dicts.entries:
            if e.key == key:
                code = e.code_at(self.day) or holder.full_code
                return self.spec(Spec(key, holder.name, code, "person", country=holder.country,
                                      role=code[3:6] or holder.role, title=e.title, office=holder.office))
        return self.spec(Spec(key, holder.name, holder.full_code, "person", country=holder.country,
                              role=holder.role, office=holder.office))

    def holder_at(self, country: str | None, office: str) -> Holder | None:
        if self.day is None:
            return None
        for h in self.dicts.holders:
            if h.country == country and h.office == office and h.covers(self.day):
                return h
        return None

    # -- queries ------------------------------------------------------------
    def starts_in(self, lo: int, hi: int) -> list[Found]:
        """Mentions starting in ``[lo, hi)``, in text order."""
        out: list[Found] = []
        if hi - lo > 4 * len(self.found):
            return sorted((f for f in self.found if lo <= f.start < hi), key=lambda f: (f.start, f.end))
        starts = self._starts
        for i in range(bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)):
            out.extend(self._by_start[starts[i]])
        return out

    def ends_in(self, lo: int, hi: int) -> list[Found]:
        """Mentions ending in ``[lo, hi]``."""
        out: list[Found] = []
        for pos in range(max(lo, 0), hi + 1):
            out.extend(self._by_end.get(pos, ()))
        return out

    def overlapping(self, start: int, end: int) -> list[Found]:
        return [f for f in self.starts_in(start - MAX_SPAN, end) if f.end > start]

    def covered(self, start: int, end: int) -> bool:
        return bool(self.overlapping(start, end))

    def ending_at(self, end: int, kinds: tuple[str, ...] = ("state",)) -> Found | None:
        """A mention of an actor of ``kinds`` that ends at ``end``."""
        for f in self._by_end.get(end, ()):
            if self.specs[f.key].kind in kinds:
                return f
        return None

    def starting_at(self, start: int, kinds: tuple[str, ...] = ("state",)) -> Found | None:
        best = None
        for f in self._by_start.get(start, ()):
            if self.specs[f.key].kind in kinds:
                if best is None or f.end > best.end:
                    best = f
        return best

    def of_kind(self, kinds: tuple[str, ...], lo: int, hi: int) -> list[Found]:
        return [f for f in self.starts_in(lo, hi) if f.end <= hi and self.specs[f.key].kind in kinds]

    # -- output -------------------------------------------------------------
    def actors(self) -> list[Actor]:
        first: dict[str, int] = {}
        for f in self.found:
            first[f.key] = min(first.get(f.key, f.start), f.start)
        order = sorted((k for k in first if k in self.specs), key=lambda k: (first[k], k))
        grouped: dict[str, list[Found]] = {}
        for f in sorted(self.found, key=lambda f: (f.start, f.end)):
            grouped.setdefault(f.key, []).append(f)
        out = []
        for i, key in enumerate(order, 1):
            s = self.specs[key]
            aid = f"A{i}"
            seen = set()
            mentions = []
            for f in grouped[key]:
                if (f.start, f.end) in seen:
                    continue
                seen.add((f.start, f.end))
                code = f.code if f.code and f.code != s.code else None
                mentions.append(Mention(f.start, f.end, self.text[f.start:f.end], aid, f.kind, code))
            meta = dict(s.meta)
            if s.office:
                meta["office"] = s.office
            out.append(Actor(id=aid, name=s.name, code=s.code, country=s.country, role=s.role, kind=s.kind,
                             mentions=mentions, title=s.title, meta=meta))
        return out
