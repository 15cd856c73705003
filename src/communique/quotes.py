"""The quotes stage: direct and indirect quotes with their speakers (placeholder)."""

from __future__ import annotations

from typing import Any

from .article import Article
from .pipeline import register_stage


@register_stage("quotes", requires=("doc", "actors"), assigns=("quotes",))
def make_quotes(settings: dict[str, Any]) -> Any:
    def quotes(article: Article) -> Article:
        return article

    return quotes
