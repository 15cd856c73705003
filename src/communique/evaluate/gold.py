"""Gold records in one shape, whatever file they came from.

Three formats are read (see :mod:`communique.evaluate.readers`): PETRARCH
validation XML, PLOVER gold-standard records, and our own article-level gold
JSON. Each becomes a :class:`GoldSet` of :class:`GoldRecord`, one per text run
through the pipeline, holding :class:`GoldEvent` units to match.

A gold event lists *acceptable* values: any source code in ``sources``, any
target code in ``targets`` and any event code in ``codes`` scores. ``symmetric``
events (meetings of several parties) match either direction.

>>> g = GoldEvent(sources=("ARN",), targets=("GON",), codes=("064",))
>>> g.roots
('06',)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


def cameo_root(code: str | None) -> str:
    """The two-digit root of a CAMEO event code ('' when there is none)."""
    return (code or "")[:2]


@dataclass
class GoldEvent:
    """One event a coder should find; each field lists the acceptable values."""

    sources: tuple[str, ...]
    targets: tuple[str, ...]
    codes: tuple[str, ...] = ()
    plover: str | None = None
    symmetric: bool = False
    ident: str = ""
    sentence: str = ""
    #: Character span of the sentence in the article text (article gold only).
    span: tuple[int, int] | None = None
    date: str | None = None
    has_date: bool = False
    mode: str | None = None
    #: Whether the gold states a PLOVER category (null included), so it is scored.
    has_plover: bool = False

    @property
    def roots(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(cameo_root(c) for c in self.codes))

    def describe(self) -> str:
        arrow = "<->" if self.symmetric else "->"
        what = "|".join(self.codes) or (self.plover or "?")
        return f"{'|'.join(self.sources) or '-'} {arrow} {'|'.join(self.targets) or '-'} {what}"


@dataclass
class GoldActor:
    """An actor the text names, with its code and the ways the text refers to it."""

    code: str
    name: str = ""
    mentions: tuple[str, ...] = ()


@dataclass
class GoldQuote:
    text: str
    speaker: str = ""
    actor: str = ""


@dataclass
class GoldDate:
    phrase: str
    value: str | None


@dataclass
class GoldRecord:
    """One text to run through the pipeline, and what a coder should find in it."""

    id: str
    text: str
    published: dt.date | None = None
    events: list[GoldEvent] = field(default_factory=list)
    noevents: bool = False
    #: PETRARCH 'error' records (a dateline or discard test): not evaluated.
    error: str | None = None
    actors: list[GoldActor] = field(default_factory=list)
    quotes: list[GoldQuote] = field(default_factory=list)
    dates: list[GoldDate] = field(default_factory=list)
    not_events: list[str] = field(default_factory=list)
    category: str = ""
    title: str | None = None
    #: The publisher, as a user's metadata would give it (article gold).
    source: str | None = None

    @property
    def evaluated(self) -> bool:
        return self.error is None


@dataclass
class GoldSet:
    """A gold file, read: its records and how to score them."""

    name: str  # petrarch | plover | article
    path: Path
    records: list[GoldRecord]
    #: Settings for the pipeline, e.g. {"actors": [dictionary files]}.
    settings: dict[str, Any] = field(default_factory=dict)
    #: Whether a root-code match of an exact-code level counts half (article gold).
    half_credit: bool = False
    #: Whether events are keyed by PLOVER category instead of CAMEO code.
    plover_only: bool = False
    #: Whether each record is one sentence (so events need no sentence check).
    sentence_level: bool = True

    @property
    def evaluated(self) -> list[GoldRecord]:
        return [r for r in self.records if r.evaluated]
