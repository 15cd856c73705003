"""The time stage proper: find, resolve and record an article's date expressions.

:func:`find_dates` fills ``article.dates`` with :class:`TimeExpr` objects (a
:class:`~communique.article.DateExpr` that also remembers whether it is a
period back from the dateline, for event dating). Without a publication date,
relative expressions keep their granularity with value ``None`` and one
warning W501 is recorded; absolute ones ("May 10, 2023") still resolve.

>>> from datetime import date
>>> resolve_phrase("in December", date(2023, 5, 11))
('2022-12', 'month')
>>> resolve_phrase("on Friday", date(2023, 5, 10), future=True)
('2023-05-12', 'day')
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from ..article import Article, DateExpr
from ..errors import message
from ..intervals import interval
from .finder import Found, find
from .lexicon import Lexicon, load_lexicon
from .patterns import Patterns, get_patterns
from .resolve import Spec, resolve
from .tense import is_future, names_a_thing, token_at


@dataclass
class TimeExpr(DateExpr):
    """A :class:`DateExpr` that also says whether it names a period back from the
    dateline ("the 12-year war", "the past two years", "since 2011")."""

    period: bool = False


def _inherent_direction(spec: Spec) -> bool | None:
    """True/False when the words themselves fix past or future; None when tense decides."""
    if spec.modifier == "next":
        return True
    if spec.modifier == "last":
        return False
    if spec.kind in ("reldays", "relunit", "anchored"):
        return spec.offset > 0 or spec.modifier == "later"
    if spec.kind in ("ago", "span", "since", "decade"):
        return False
    return None


def _is_period(spec: Spec) -> bool:
    return spec.period or spec.kind in ("span", "since")


def _period_end(spec: Spec, text: str, end: int, lex: Lexicon, pats: Patterns) -> date | None:
    """The year a period ends when the sentence says so ("the eight-year war ended in 1988")."""
    if not spec.period:
        return None
    m = pats.period_end.search(text[end:end + 160])
    if not m or not lex.min_year <= int(m.group("y")) <= lex.max_year:
        return None
    return date(int(m.group("y")), 12, 31)


def _yearless(spec: Spec) -> bool:
    """A month, or a day and month, without a year and not counted from now ("26 February")."""
    return spec.kind == "date" and spec.year is None and spec.month is not None and spec.unit is None


def _story_year(value: str, gran: str, pub: date | None, lex: Lexicon) -> date | None:
    """The last day of the year a dated expression names, when it tells of a time well
    before publication (``anchor_days``); a year-less "26 February" after "2019" is
    then 26 February 2019, not the one before publication. None for the present."""
    span = interval(value, gran)
    if span is None or lex.anchor_days is None:
        return None
    if pub is not None and (pub - span[1]).days <= lex.anchor_days:
        return None
    return date(span[1].year, 12, 31)


def _recent(spec: Spec, pub: date | None, future: Any, anchor: date | None, lex: Lexicon) -> bool:
    """True when a year-less date read against publication falls within ``anchor_days`` of it
    ("On 28 April" in a story of 1 May): the text has come to the present, whatever year of
    background it named before ("In 1989 …")."""
    if pub is None or lex.anchor_days is None:
        return False
    value, gran = resolve(spec, pub, future, anchor)
    span = interval(value, gran)
    return span is not None and abs((pub - span[1]).days) <= lex.anchor_days


#: Days before publication that a headline's date may lie and still be the story's "today".
HEADLINE_DAYS = 3


def _headline_day(text: str, found: list[Any], pub: date | None) -> date | None:
    """The day a headline names with its year ("PM meeting with President Ruto: 25 September
    2024"), when it lies up to ``HEADLINE_DAYS`` before publication: a release posted the
    next morning still says "this afternoon" of the day its headline gives."""
    if pub is None:
        return None
    first_line = text.split("\n", 1)[0]
    if not first_line.strip() or len(first_line) > 200 or "\n" not in text:
        return None
    for f in found:
        spec = f.spec
        if f.end > len(first_line):
            break
        if spec.kind == "date" and spec.year is not None and spec.day is not None and spec.month is not None:
            try:
                day = date(spec.year, spec.month, spec.day)
            except ValueError:
                return None
            return day if 0 < (pub - day).days <= HEADLINE_DAYS else None
    return None


def _nearest(spec: Spec, ref: date, anchor: date | None, value: str | None, gran: str) -> str | None:
    """Of the past and the coming reading of a date that names a thing ("the July 7
    attack", "the July 7 talks"), the one nearer to ``ref``."""
    other, _ = resolve(spec, ref, not _is_after(value, gran, ref), anchor)
    best = None
    for candidate in (value, other):
        span = interval(candidate, gran) if candidate else None
        if span is None:
            continue
        gap = 0 if span[0] <= ref <= span[1] else min(abs((span[0] - ref).days), abs((span[1] - ref).days))
        if best is None or gap < best[0]:
            best = (gap, candidate)
    return best[1] if best else value


def _is_after(value: str | None, gran: str, ref: date) -> bool:
    span = interval(value, gran) if value else None
    return span is not None and span[0] > ref


def find_dates(article: Article, lex: Lexicon | None = None, pats: Patterns | None = None) -> list[TimeExpr]:
    """Find and resolve every date expression of ``article`` (does not store them)."""
    lex = lex or load_lexicon()
    pats = pats or get_patterns()
    text = article.text
    pub = article.published
    out: list[TimeExpr] = []
    anchor: date | None = None
    story: date | None = None  # the year an account of the past is telling
    found_all = list(find(text, article.doc, lex, pats))
    pub = _headline_day(text, found_all, pub) or pub
    for found in found_all:
        spec = found.spec
        direction = _inherent_direction(spec)
        future = direction if direction is not None else (
            spec.directional and is_future(text, found.start, article.doc, lex, pats))
        ref = story if story is not None and _yearless(spec) and not _recent(spec, pub, future, anchor, lex) else pub
        value, gran = resolve(spec, _period_end(spec, text, found.end, lex, pats) or ref, future, anchor)
        if direction is None and spec.directional and ref is not None and article.doc is not None \
                and names_a_thing(token_at(article.doc, found.start)):
            value = _nearest(spec, ref, anchor, value, gran)
        if gran == "day" and value is not None and len(value) == 10:
            anchor = date.fromisoformat(value)
        if spec.kind == "date" and spec.year is not None and value and not _is_period(spec):
            story = _story_year(value, gran, pub, lex)
        lead = len(found.phrase) - len(found.phrase.lstrip())  # "\nToday": the words, not the line break
        trail = len(found.phrase) - len(found.phrase.rstrip())
        out.append(TimeExpr(phrase=found.phrase.strip(), start=found.start + lead, end=found.end - trail,
                            value=value, granularity=gran, future=bool(future), period=_is_period(spec)))
    return out


def time_article(article: Article) -> Article:
    """The stage function: set ``article.dates`` (and warn once when there is no dateline)."""
    article.dates = list(find_dates(article))
    if article.published is None and not any(e.code == "W501" for e in article.errors):
        article.add_error("W501", "time", message("W501"), level="warning")
    return article


def resolve_phrase(phrase: str, published: date | None, future: bool = False) -> tuple[str | None, str]:
    """``(value, granularity)`` of a single phrase, e.g. a gold annotation.

    The longest expression found in ``phrase`` decides; a phrase with none
    gives ``(None, "unknown")``. Words such as "next" or "ago" override ``future``.
    """
    found: list[Found] = find(phrase)
    if not found:
        return None, "unknown"
    best = max(found, key=lambda f: f.end - f.start)
    direction = _inherent_direction(best.spec)
    return resolve(best.spec, published, future if direction is None else direction)


def make_time_stage(settings: dict[str, Any]) -> Any:
    """Build the stage: load and compile the word lists once, then date articles."""
    load_lexicon()
    get_patterns()
    return time_article
