"""Helpers for the web tests (no tests here): hand-built article records in the
output contract shape, a store holding them, and a stand-in extractor.

The records are built from the document model (``communique.article``) so they
always match ``Article.to_dict(include_text=True)``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from communique.article import Actor, ActorRef, Article, Claim, DateExpr, Event, EventDate, Mention, Quote
from communique.store import Store

READER_TEXT = (
    "CAIRO (Nile Desk) -- Egyptian Foreign Minister Sameh Shoukry met his Ethiopian counterpart "
    "Demeke Mekonnen in Cairo on Tuesday to restart talks on the disputed dam on the Blue Nile.\n"
    "Shoukry said: \"Egypt needs a binding agreement on the filling and operation of the dam.\"\n"
    "Ethiopia rejected that demand last month, and Sudan urged both governments to return to "
    "negotiations."
)


def _at(text: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def _mention(text: str, phrase: str, actor_id: str, nth: int = 0, kind: str = "name") -> Mention:
    s, e = _at(text, phrase, nth)
    return Mention(s, e, phrase, actor_id, kind)


def _ref(actor: Actor, mention: Mention) -> ActorRef:
    return ActorRef(actor=actor.id, code=actor.code, name=actor.name, span=(mention.start, mention.end))


def _event(text: str, eid: str, trigger: str, sentence: str, cameo: str, name: str, quad: int, g: float,
           source: ActorRef, target: ActorRef, date: EventDate | None, mode: str = "actual") -> Event:
    return Event(id=eid, cameo=cameo, cameo_name=name, source=source, target=target, quad_class=quad,
                 goldstein=g, plover="CONSULT" if cameo.startswith("04") else None, mode=mode, date=date,
                 trigger_text=trigger, trigger_span=_at(text, trigger), sentence_text=sentence,
                 sentence_span=_at(text, sentence), confidence=0.8)


def reader_article(article_id: str = "nile-talks") -> Article:
    """A seed-like article, coded by hand: five actors, three events, a quote, two dates, a claim."""
    text = READER_TEXT
    shoukry = Actor("A1", "Sameh Shoukry", "EGYGOV", country="EGY", role="GOV", kind="person",
                    title="Foreign Minister")
    mekonnen = Actor("A2", "Demeke Mekonnen", "ETHGOV", country="ETH", role="GOV", kind="person",
                     title="Foreign Minister")
    egypt = Actor("A3", "Egypt", "EGY", country="EGY")
    ethiopia = Actor("A4", "Ethiopia", "ETH", country="ETH")
    sudan = Actor("A5", "Sudan", "SDN", country="SDN")
    m_shoukry = _mention(text, "Egyptian Foreign Minister Sameh Shoukry", "A1")
    m_shoukry2 = _mention(text, "Shoukry", "A1", nth=1)
    m_mekonnen = _mention(text, "Demeke Mekonnen", "A2")
    m_egypt = _mention(text, "Egypt", "A3", nth=1)  # inside the quote: nested spans
    m_ethiopia = _mention(text, "Ethiopia", "A4", nth=1)  # not the "Ethiopia" of "Ethiopian"
    m_sudan = _mention(text, "Sudan", "A5")
    shoukry.mentions = [m_shoukry, m_shoukry2]
    mekonnen.mentions = [m_mekonnen]
    egypt.mentions = [m_egypt]
    ethiopia.mentions = [m_ethiopia]
    sudan.mentions = [m_sudan]
    tuesday = DateExpr("on Tuesday", *_at(text, "on Tuesday"), value="2023-05-09", granularity="day")
    last_month = DateExpr("last month", *_at(text, "last month"), value="2023-04", granularity="month")
    first = text.split("\n")[0]
    third = text.split("\n")[2]
    events = [
        _event(text, "E1", "met", first[first.index("Egyptian"):], "040", "Consult", 1, 1.0,
               _ref(shoukry, m_shoukry), _ref(mekonnen, m_mekonnen),
               EventDate("2023-05-09", "day", "on Tuesday", tuesday.span)),
        _event(text, "E2", "rejected", third, "120", "Reject", 3, -4.0,
               _ref(ethiopia, m_ethiopia), _ref(egypt, m_egypt),
               EventDate("2023-04", "month", "last month", last_month.span)),
        _event(text, "E3", "urged", third, "026", "Appeal to others to meet or negotiate", 1, 3.0,
               _ref(sudan, m_sudan), _ref(ethiopia, m_ethiopia),
               EventDate("2023-05-11", "publication")),
    ]
    quote_text = "Egypt needs a binding agreement on the filling and operation of the dam."
    qs, qe = _at(text, quote_text)
    quote = Quote("Q1", quote_text, qs, qe, direct=True, speaker=_ref(shoukry, m_shoukry2), verb="said")
    claim = Claim(actor="A3", code="EGY", stance="demand", issue="a binding agreement on the dam",
                  target="ETH", quote=quote_text, evidence_spans=[(qs, qe)], date="2023-05-09")
    return Article(text=text, id=article_id, title="Egypt and Ethiopia restart talks on the Nile dam",
                   published=dt.date(2023, 5, 11), source="Nile Desk", url="https://example.org/nile",
                   actors=[shoukry, mekonnen, egypt, ethiopia, sudan], dates=[tuesday, last_month],
                   quotes=[quote], events=events, claims=[claim])


def reader_record(article_id: str = "nile-talks") -> dict[str, Any]:
    """:func:`reader_article` as a stored record (contract plus text)."""
    return reader_article(article_id).to_dict(include_text=True)


def dyad_records() -> list[dict[str, Any]]:
    """Three short articles in three months, each with one EGYGOV–ETHGOV event."""
    out = []
    cases = [("2023-02-14", "met", "040", "Consult", 1, 1.0),
             ("2023-03-20", "accused", "112", "Accuse", 3, -2.0),
             ("2023-03-28", "threatened", "130", "Threaten", 3, -4.4)]
    for i, (day, verb, cameo, name, quad, g) in enumerate(cases):
        text = f"Egypt {verb} Ethiopia over the dam on {dt.date.fromisoformat(day):%A}."
        egypt = Actor("A1", "Egypt", "EGYGOV", country="EGY", role="GOV")
        ethiopia = Actor("A2", "Ethiopia", "ETHGOV", country="ETH", role="GOV")
        m1, m2 = _mention(text, "Egypt", "A1"), _mention(text, "Ethiopia", "A2")
        egypt.mentions, ethiopia.mentions = [m1], [m2]
        event = _event(text, "E1", verb, text, cameo, name, quad, g, _ref(egypt, m1), _ref(ethiopia, m2),
                       EventDate(day, "day"))
        art = Article(text=text, id=f"dyad-{i}", title=f"Egypt {verb} Ethiopia", published=dt.date.fromisoformat(day),
                      source="Nile Desk", actors=[egypt, ethiopia], events=[event])
        out.append(art.to_dict(include_text=True))
    return out


def fake_extract(text: str, published: Any = None, **meta: Any) -> Article:
    """A stand-in for ``communique.run.extract`` that codes nothing (fast API tests)."""
    return Article(text=text, id=meta.get("id"), title=meta.get("title"), source=meta.get("source"),
                   url=meta.get("url"), published=published)


def make_store(path: str, records: Iterable[dict[str, Any]] = ()) -> Store:
    """A new store at ``path`` holding ``records``."""
    store = Store(path)
    store.add_articles(list(records))
    return store


def marking_extract(text: str, published: Any = None, **meta: Any) -> Article:
    """A stand-in extractor that marks every quoted passage as a quote and each
    capitalised word before it as an actor, so hostile markup lands inside highlights."""
    import re

    art = fake_extract(text, published, **meta)
    for i, m in enumerate(re.finditer(r'"([^"]+)"', text)):
        art.quotes.append(Quote(f"Q{i + 1}", m.group(1), m.start(1), m.end(1)))
    for i, m in enumerate(re.finditer(r"\b[A-Z][a-z]+\b", text)):
        actor = Actor(f"A{i + 1}", m.group(0), m.group(0)[:3].upper())
        actor.mentions.append(Mention(m.start(), m.end(), m.group(0), actor.id))
        art.actors.append(actor)
    return art
