"""Metadata shared by every input format: dates, ids, titles, size limits."""

from __future__ import annotations

from typing import Any

from ..article import Article
from ..errors import message


def guess_title(text: str) -> str | None:
    """The first line, when it reads as a headline (short, no final full stop)."""
    first, _, rest = text.lstrip("\n").partition("\n")
    first = first.strip()
    if rest and 0 < len(first) <= 160 and not first.endswith((".", ":", ",", ";")):
        return first
    return None


def limit(article: Article, max_chars: int, where: str) -> None:
    """Cut an over-long text to ``max_chars`` with warning W111."""
    if max_chars and len(article.text) > max_chars:
        size = len(article.text)
        article.text = article.text[:max_chars]
        article.add_error("W111", "ingest", message("W111", path=where, size=size, limit=max_chars),
                          level="warning")


def failed(record_id: str, code: str, **fields: Any) -> Article:
    """An empty article that carries one ingest error, so the batch goes on."""
    article = Article(text="", id=record_id)
    article.add_error(code, "ingest", message(code, **fields))
    return article
