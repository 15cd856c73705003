"""The time stage: find and resolve date expressions (placeholder)."""

from __future__ import annotations

from typing import Any

from ..article import Article
from ..pipeline import register_stage


@register_stage("time", requires=("doc",), assigns=("dates",))
def make_time(settings: dict[str, Any]) -> Any:
    def time_stage(article: Article) -> Article:
        return article

    return time_stage
