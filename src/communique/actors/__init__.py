"""The actors stage: who is who in the article (placeholder until the gazetteer lands)."""

from __future__ import annotations

from typing import Any

from ..article import Article
from ..pipeline import register_stage


@register_stage("actors", requires=("doc",), assigns=("actors",))
def make_actors(settings: dict[str, Any]) -> Any:
    def actors(article: Article) -> Article:
        return article

    return actors
