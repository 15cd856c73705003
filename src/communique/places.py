"""The places stage: where each event happened (placeholder)."""

from __future__ import annotations

from typing import Any

from .article import Article
from .pipeline import register_stage


@register_stage("places", requires=("doc", "events"), assigns=("places",))
def make_places(settings: dict[str, Any]) -> Any:
    def places(article: Article) -> Article:
        return article

    return places
