"""The places stage: where each event happened, resolved offline.

For each event, in order:

1. the locative in the event's clause: a place governed by "in" or "at"
   ("the ministers met in Moscow");
2. else the dateline city ("MOSCOW (Dispatches) --", "DAMASCUS, Syria (AP) —").

The stage also sets :attr:`Article.dateline`. Places come from the curated
gazetteer in :mod:`communique.places.gazetteer`.
"""

from __future__ import annotations

from typing import Any

from ..article import Article
from ..pipeline import register_stage
from .gazetteer import Entry, Gazetteer, load_gazetteer
from .locate import find_dateline, find_locative

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
        if place is None and article.dateline is not None:
            d = article.dateline
            place = type(d)(name=d.name, country=d.country, lat=d.lat, lon=d.lon, span=d.span)
        event.place = place
    return article


@register_stage("places", requires=("doc", "events"), assigns=("places",))
def make_places(settings: dict[str, Any]) -> Any:
    def places(article: Article) -> Article:
        return locate_events(article)

    return places
