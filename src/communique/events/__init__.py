"""The events stage: a CAMEO coder over the dependency parse.

Fills ``article.events`` with :class:`~communique.article.Event` records:
who did what to whom, with CAMEO code and name, PLOVER category, Goldstein
weight, quad class, mode, date (from the time stage's ``date_event``),
trigger and sentence spans, and a confidence. See ``docs/events.md``.

Modules: ``codes`` (code tables), ``patterns`` (trigger/frame data and
matching), ``arguments`` (roles from the parse), ``modes``, ``multilateral``,
``coder`` (the per-article coder).
"""

from __future__ import annotations

from typing import Any, Callable

from ..article import Article
from ..pipeline import register_stage
from .codes import load_codes
from .coder import Coder
from .patterns import lexicon_with, load_lexicon

__all__ = ["make_events", "code_events"]


def _date_event() -> Callable[..., Any] | None:
    try:
        from ..time.dating import date_event
    except Exception:  # the time stage may not provide it yet
        return None
    return date_event


def code_events(article: Article, lexicon: Any = None) -> Article:
    """Code the events of an article that has a parse and actors."""
    if article.doc is None:
        return article
    lex = lexicon or load_lexicon()
    Coder(article, lex, load_codes(), _date_event()).run()
    return article


@register_stage("events", requires=("doc", "actors", "dates", "quotes"), assigns=("events",))
def make_events(settings: dict[str, Any]) -> Any:
    extra = settings.get("event_patterns") or []
    lex = lexicon_with(list(extra)) if extra else load_lexicon()
    codes = load_codes()
    date_event = _date_event()

    def events(article: Article) -> Article:
        if article.doc is None:
            return article
        Coder(article, lex, codes, date_event).run()
        return article

    return events
