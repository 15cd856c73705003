"""The claims stage: a ledger of positions and demands (placeholder)."""

from __future__ import annotations

from typing import Any

from .article import Article
from .pipeline import register_stage


@register_stage("claims", requires=("events", "quotes"), assigns=("claims",))
def make_claims(settings: dict[str, Any]) -> Any:
    def claims(article: Article) -> Article:
        return article

    return claims
