"""Helpers shared by the actors tests: a language+actors pipeline and small lookups."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from communique.article import Actor, Article


@lru_cache(maxsize=4)
def actors_pipeline(files: tuple[str, ...] = ()):
    from communique.pipeline import Pipeline

    return Pipeline(["language", "actors"], {"actors": list(files)})


def run(text: str, day: str | None = "2023-05-11", files: tuple[str, ...] = (), source: str | None = None) -> Article:
    published = dt.date.fromisoformat(day) if day else None
    return actors_pipeline(files)(Article(text=text, published=published, source=source))


def norm(text: str) -> str:
    t = text.lower().replace("\u2019", "'").strip()
    if t.endswith("'s"):
        t = t[:-2]
    if t.startswith("the "):
        t = t[4:]
    return t


def by_text(article: Article, text: str) -> Actor | None:
    """The actor of the longest mention whose text is ``text`` (normalised)."""
    best = None
    for a in article.actors:
        for m in a.mentions:
            if norm(m.text) == norm(text) and (best is None or len(m.text) > len(best[1].text)):
                best = (a, m)
    return best[0] if best else None


def codes(article: Article) -> set[str]:
    return {a.code for a in article.actors}


def code_at(article: Article, phrase: str, occurrence: int = 1) -> str | None:
    """The code in context of the mention covering the ``occurrence``-th ``phrase``, or None."""
    start = -1
    for _ in range(occurrence):
        start = article.text.index(phrase, start + 1)
    m = article.mention_at(start, start + len(phrase))
    if m is None:
        return None
    actor = article.actor(m.actor_id)
    return m.code or (actor.code if actor else None)
