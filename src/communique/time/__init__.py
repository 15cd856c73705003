"""The time stage: find date expressions, resolve them against the dateline, date events.

* :func:`find_dates` / the ``time`` stage fill ``article.dates``;
* :func:`resolve_phrase` resolves one phrase (for evaluation against gold dates);
* :func:`date_event` (in :mod:`communique.time.dating`) dates one event; the
  ``dating`` stage, after the events stage, dates every event with it.

Word lists live in ``time/data/*.yml``; see ``docs/time.md`` for the rules.
"""

from __future__ import annotations

from typing import Any

from ..article import Article
from ..pipeline import register_stage
from .dating import date_event, date_events
from .stage import TimeExpr, find_dates, make_time_stage, resolve_phrase, time_article

__all__ = ["TimeExpr", "date_event", "date_events", "find_dates", "resolve_phrase", "time_article"]


@register_stage("time", requires=("doc",), assigns=("dates",))
def make_time(settings: dict[str, Any]) -> Any:
    return make_time_stage(settings)


@register_stage("dating", requires=("doc", "dates", "events"), assigns=("events",))
def make_dating(settings: dict[str, Any]) -> Any:
    """Each event gets the date it happened (not the date it was reported)."""
    def dating(article: Article) -> Article:
        date_events(article)
        return article

    return dating
