"""The document model that every stage reads and enriches.

One :class:`Article` travels through the pipeline. Ingest fills the text and
metadata; the language stage attaches a spaCy ``Doc``; later stages append
actors, mentions, dates, quotes, events and claims. :meth:`Article.to_dict`
renders the output contract documented in ``docs/output.md``.

All spans are ``(start, end)`` character offsets into :attr:`Article.text`.

>>> a = Article(text="Turkey and Syria met.", id="a1")
>>> a.to_dict()["id"]
'a1'
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from .errors import message

Span = tuple[int, int]


def _span(span: Span | None) -> list[int] | None:
    return None if span is None else [int(span[0]), int(span[1])]


@dataclass
class Mention:
    """One stretch of text that refers to an actor."""

    start: int
    end: int
    text: str
    actor_id: str
    kind: str = "name"  # name | title | demonym | capital | nominal | pronoun | group | role
    #: The code this mention carries in context when it differs from its actor's
    #: code, e.g. "the foreign ministers of Turkey" -> TURGOV for actor Turkey (TUR).
    code: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass
class Actor:
    """A resolved actor of one article (a state, person, organisation, group…)."""

    id: str
    name: str
    code: str
    country: str | None = None
    role: str | None = None
    kind: str = "state"  # state | person | igo | group | sector | other
    mentions: list[Mention] = field(default_factory=list)
    title: str | None = None  # a person's office, e.g. "Foreign Minister"
    meta: dict[str, Any] = field(default_factory=dict)

    def ref(self) -> ActorRef:
        """A reference to the whole actor, tied to no mention (no span): the article's focus,
        the unnamed side of an event, a listed appeal's addressee. :meth:`Article.ref` gives one
        for a mention."""
        return ActorRef(self.id, self.code, self.name)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "code": self.code,
            "country": self.country,
            "role": self.role,
            "kind": self.kind,
            "title": self.title,
            "mentions": [m.to_dict() for m in sorted(self.mentions, key=lambda m: (m.start, m.end))],
        }


@dataclass
class ActorRef:
    """An actor as it takes part in an event, quote or claim."""

    actor: str
    code: str
    name: str
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"actor": self.actor, "code": self.code, "name": self.name, "span": _span(self.span)}


@dataclass
class DateExpr:
    """A temporal expression found in the text and resolved against the dateline.

    ``value`` is ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, an ISO interval
    ``A/B`` for ranges, or ``None`` when it cannot be resolved.
    """

    phrase: str
    start: int
    end: int
    value: str | None
    granularity: str  # day | week | month | season | year | range | unknown
    future: bool = False

    @property
    def span(self) -> Span:
        return (self.start, self.end)

    def to_dict(self) -> dict[str, Any]:
        return {"phrase": self.phrase, "span": [self.start, self.end], "value": self.value,
                "granularity": self.granularity}


@dataclass
class EventDate:
    value: str | None
    granularity: str  # as DateExpr, plus "publication"
    phrase: str | None = None
    span: Span | None = None
    rule: str | None = None  # which rule of communique.time.dating gave it

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "granularity": self.granularity, "phrase": self.phrase,
                "span": _span(self.span), "rule": self.rule}


@dataclass
class Place:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "lat": self.lat, "lon": self.lon,
                "span": _span(self.span)}


@dataclass
class Event:
    """One coded event: who did what to whom, with provenance."""

    id: str
    cameo: str
    source: ActorRef | None = None
    target: ActorRef | None = None
    participants: list[ActorRef] = field(default_factory=list)
    cameo_name: str = ""
    plover: str | None = None
    goldstein: float | None = None
    quad_class: int | None = None
    mode: str = "actual"  # actual | intent | negated | hypothetical
    date: EventDate | None = None
    place: Place | None = None
    trigger_text: str = ""
    trigger_span: Span = (0, 0)
    sentence_text: str = ""
    sentence_span: Span = (0, 0)
    confidence: float = 0.5
    meta: dict[str, Any] = field(default_factory=dict)

    def recode(self, info: Any) -> None:
        """Take another code with what the code table says of it (a ``cameo.CodeInfo``:
        code, name, PLOVER category, Goldstein weight, quad class)."""
        self.cameo, self.cameo_name, self.plover = info.code, info.name, info.plover
        self.goldstein, self.quad_class = info.goldstein, info.quad_class

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "participants": [{"actor": p.actor, "code": p.code} for p in self.participants],
            "cameo": self.cameo,
            "cameo_name": self.cameo_name,
            "plover": self.plover,
            "goldstein": self.goldstein,
            "quad_class": self.quad_class,
            "mode": self.mode,
            "date": self.date.to_dict() if self.date else None,
            "place": self.place.to_dict() if self.place else None,
            "trigger": {"text": self.trigger_text, "span": _span(self.trigger_span)},
            "sentence": {"text": self.sentence_text, "span": _span(self.sentence_span)},
            "confidence": round(float(self.confidence), 3),
        }


@dataclass
class Quote:
    id: str
    text: str
    start: int
    end: int
    direct: bool = True
    speaker: ActorRef | None = None
    verb: str | None = None

    @property
    def span(self) -> Span:
        return (self.start, self.end)

    def to_dict(self) -> dict[str, Any]:
        speaker = None
        if self.speaker is not None:
            speaker = {"actor": self.speaker.actor, "name": self.speaker.name,
                       "code": self.speaker.code, "span": _span(self.speaker.span)}
        return {"id": self.id, "text": self.text, "span": [self.start, self.end],
                "direct": self.direct, "speaker": speaker, "verb": self.verb}


@dataclass
class Claim:
    actor: str
    code: str
    stance: str  # demand | support | oppose | offer | condition | warn | deny | accuse
    issue: str
    target: str | None = None
    quote: str | None = None
    evidence_spans: list[Span] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)
    date: str | None = None

    def to_dict(self) -> dict[str, Any]:
        quotes = self.quotes or ([self.quote] if self.quote else [])
        spans = sorted(set(self.evidence_spans))
        evidence: dict[str, Any] = {
            "quote": quotes[0] if quotes else None,
            "span": _span(spans[0]) if spans else None,
        }
        if len(quotes) > 1:
            evidence["quotes"] = list(quotes)
        if len(spans) > 1:
            evidence["spans"] = [_span(s) for s in spans]
        return {"actor": self.actor, "code": self.code, "stance": self.stance, "issue": self.issue,
                "target": self.target, "evidence": evidence, "date": self.date}


@dataclass
class ErrorRecord:
    code: str
    stage: str
    message: str
    level: str = "error"  # error | warning

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "stage": self.stage, "message": self.message, "level": self.level}


_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.+\-Z]*)?\s*$")


def parse_published(value: Any) -> _dt.date | None:
    """A publication date from ``YYYY-MM-DD`` (a time part is ignored); None if not a date."""
    if value is None or value == "":
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if not isinstance(value, str):
        raise ValueError(value)
    m = _ISO_DATE.match(value)
    if not m:
        raise ValueError(value)
    return _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))


@dataclass
class Article:
    """A news article and everything extracted from it."""

    text: str
    id: str | None = None
    title: str | None = None
    published: _dt.date | None = None
    source: str | None = None
    url: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    doc: Any = None  # spacy.tokens.Doc once the language stage ran
    actors: list[Actor] = field(default_factory=list)
    dates: list[DateExpr] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    errors: list[ErrorRecord] = field(default_factory=list)
    dateline: Place | None = None
    # derived from ``actors``; rebuilt when the actors or their mentions change in number
    _index_key: tuple[int, int] = field(default=(-1, -1), init=False, repr=False, compare=False)
    _mention_list: list[Mention] = field(default_factory=list, init=False, repr=False, compare=False)
    _actor_by_id: dict[str, Actor] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.id is None:
            self.id = "sha256:" + self.text_hash[:16]
        if self.published is not None and (not isinstance(self.published, _dt.date)
                                           or isinstance(self.published, _dt.datetime)):
            # "2024-05-01" or a datetime from Python code: the date, as the readers take it
            self.set_published(self.published, f"article {self.id}")

    def set_published(self, value: Any, where: str) -> None:
        """Set ``published`` from ``value`` (:func:`parse_published`); a value that is no date
        gives warning W112 and no date, never a failure of a later stage."""
        try:
            self.published = parse_published(value)
        except (ValueError, TypeError):
            self.published = None
            shown = value if not isinstance(value, str) or len(value) <= 80 else value[:80] + "…"
            if isinstance(shown, (dict, list)):
                shown = type(value).__name__
            self.add_error("W112", "ingest", message("W112", value=shown, path=where), level="warning")

    # -- identity ---------------------------------------------------------
    @property
    def text_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8", "surrogatepass")).hexdigest()

    # -- errors -----------------------------------------------------------
    def add_error(self, code: str, stage: str, message: str, level: str = "error") -> None:
        self.errors.append(ErrorRecord(code=code, stage=stage, message=message, level=level))

    @property
    def failed(self) -> bool:
        """True when any error (not warning) was recorded."""
        return any(e.level == "error" for e in self.errors)

    # -- actors and mentions ----------------------------------------------
    def _index(self) -> None:
        """Rebuild the mention list and actor index when the actors changed.

        Stages call :attr:`mentions` and :meth:`actor` inside loops; flattening and
        sorting every mention on each call made those loops quadratic.
        """
        key = (len(self.actors), sum(len(a.mentions) for a in self.actors))
        if key == self._index_key and all(self._actor_by_id.get(a.id) is a for a in self.actors):
            return
        mentions = [m for a in self.actors for m in a.mentions]
        mentions.sort(key=lambda m: (m.start, m.end))
        self._mention_list = mentions
        self._actor_by_id = {}
        for a in self.actors:
            self._actor_by_id.setdefault(a.id, a)
        self._index_key = key

    @property
    def mentions(self) -> list[Mention]:
        """Every mention of every actor, in text order (a new list each call)."""
        self._index()
        return list(self._mention_list)

    def actor(self, actor_id: str) -> Actor | None:
        self._index()
        return self._actor_by_id.get(actor_id)

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        """Mentions lying inside ``[start, end)``, in text order."""
        self._index()
        return [m for m in self._mention_list if m.start >= start and m.end <= end]

    def mention_at(self, start: int, end: int) -> Mention | None:
        """The longest mention overlapping ``[start, end)``, if any."""
        best: Mention | None = None
        self._index()
        for m in self._mention_list:
            if m.start < end and m.end > start:
                if best is None or (m.end - m.start) > (best.end - best.start):
                    best = m
        return best

    def ref(self, mention: Mention) -> ActorRef:
        """An :class:`ActorRef` for a mention, for events, quotes and claims."""
        actor = self.actor(mention.actor_id)
        if actor is None:
            raise KeyError(mention.actor_id)
        return ActorRef(actor=actor.id, code=mention.code or actor.code, name=actor.name,
                        span=(mention.start, mention.end))

    # -- events -----------------------------------------------------------
    def keep_events(self, kept: list[Event]) -> None:
        """Set the article's events to ``kept``, numbered E1, E2, … in order."""
        for n, event in enumerate(kept, 1):
            event.id = f"E{n}"
        self.events = kept

    # -- sentences --------------------------------------------------------
    def sentences(self) -> Iterator[Any]:
        """spaCy sentence spans (empty before the language stage)."""
        if self.doc is None:
            return iter(())
        return iter(self.doc.sents)

    def sentence_of(self, char: int) -> Any:
        """The sentence span holding character offset ``char``, or None."""
        for sent in self.sentences():
            if sent.start_char <= char < sent.end_char:
                return sent
        return None

    # -- output -----------------------------------------------------------
    def to_dict(self, include_text: bool = False) -> dict[str, Any]:
        """The output contract (see ``docs/output.md``)."""
        out: dict[str, Any] = {
            "id": self.id,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "source": self.source,
            "url": self.url,
            "actors": [a.to_dict() for a in self.actors],
            "events": [e.to_dict() for e in self.events],
            "quotes": [q.to_dict() for q in self.quotes],
            "claims": [c.to_dict() for c in self.claims],
            "dates": [d.to_dict() for d in sorted(self.dates, key=lambda d: (d.start, d.end))],
            "errors": [e.to_dict() for e in self.errors],
        }
        if self.meta:
            out["meta"] = self.meta
        if include_text:
            out["text"] = self.text
        return out


def trimmed_sentence(sent: Any) -> tuple[str, Span]:
    """A spaCy sentence's text without spaces or line breaks at either end, and its span."""
    lead = len(sent.text) - len(sent.text.lstrip())
    text = sent.text.strip()
    start = sent.start_char + lead
    return text, (start, start + len(text))


def iter_refs(refs: Iterable[ActorRef | None]) -> Iterator[ActorRef]:
    """The non-empty refs of an iterable, for callers that collect actors."""
    for r in refs:
        if r is not None:
            yield r
