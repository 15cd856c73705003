"""The places stage: where each event happened, resolved offline.

For each event, in order:

1. the locative in the event's clause: a place governed by "in" or "at"
   ("the ministers met in Moscow");
2. else the dateline city ("MOSCOW (Dispatches) --", "DAMASCUS, Syria (AP) —"),
   for events around the story date only: the dateline says where the reporter
   is, not where last year's battle was.

The stage also sets :attr:`Article.dateline`. Places come from the curated
gazetteer in :mod:`communique.places.gazetteer`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..article import Article, Event
from ..intervals import interval
from ..pipeline import register_stage
from .dateline import find_dateline
from .gazetteer import Entry, Gazetteer, load_gazetteer
from .locate import find_locative

__all__ = ["Entry", "Gazetteer", "find_dateline", "find_locative", "load_gazetteer", "locate_events"]


def locate_events(article: Article, gazetteer: Gazetteer | None = None) -> Article:
    """Fill ``article.dateline`` and each event's ``place`` that is still empty."""
    gaz = gazetteer or load_gazetteer()
    article.dateline = find_dateline(article.text, gaz)
    for event in article.events:
        if event.place is not None:
            continue
        place = None
        if article.doc is not None and event.trigger_span != (0, 0):
            place = find_locative(article.doc, event.trigger_span, gaz)
        if place is None and article.dateline is not None and near_story_date(event, article.published):
            d = article.dateline
            place = type(d)(name=d.name, country=d.country, lat=d.lat, lon=d.lon, span=d.span)
        event.place = place
    return article


#: Days before the story date that an event may lie and still take the dateline city.
DATELINE_DAYS = 7


def near_story_date(event: Event, published: dt.date | None) -> bool:
    """Whether the event happened around the story date, where the dateline places the reporter.

    Undated events (and those dated by the story) qualify; so do day- or
    week-precise dates within :data:`DATELINE_DAYS` before the story. "In
    December", "during the 12-year war" or a date years back do not.
    """
    date = event.date
    if date is not None and date.granularity in ("period", "year", "season", "month", "range"):
        if not date.value:
            return False
    if date is None or not date.value or date.granularity == "publication":
        return True
    span = interval(date.value, date.granularity)
    if span is None:
        return date.granularity in ("day", "week", "unknown")
    if (span[1] - span[0]).days > 7:
        return False
    if published is None:
        return True
    return published - dt.timedelta(days=DATELINE_DAYS) <= span[1] and span[0] <= published + dt.timedelta(days=1)


@register_stage("places", requires=("doc", "events"), assigns=("dateline", "events"))
def make_places(settings: dict[str, Any]) -> Any:
    def places(article: Article) -> Article:
        return locate_events(article)

    return places
