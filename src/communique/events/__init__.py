"""The events stage: a CAMEO coder over the parse (placeholder)."""

from __future__ import annotations

from typing import Any

from ..article import Article
from ..pipeline import register_stage


@register_stage("events", requires=("doc", "actors", "dates", "quotes"), assigns=("events",))
def make_events(settings: dict[str, Any]) -> Any:
    def events(article: Article) -> Article:
        return article

    return events
