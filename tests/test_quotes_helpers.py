"""A builder of hand-made articles for the quotes and claims tests.

``build_article(nlp, text, actors)`` parses ``text`` and attaches actors whose
mentions are found by exact word match, so the tests do not depend on the
actors stage. Each actor is ``(name, code, kind, [surface words])``; a word
given as ``("he", offset_hint)`` is not used — pronoun mentions are added
with ``pronoun_at``.
"""

from __future__ import annotations

import re

import pytest

from communique.article import Actor, Article, Mention

ActorSpec = tuple[str, str, str, list[str]]


def build_article(nlp, text: str, actors: list[ActorSpec]) -> Article:
    """A parsed :class:`Article` with the given actors matched by their words."""
    article = Article(text=text)
    article.doc = nlp(text)
    taken: list[tuple[int, int]] = []
    for i, (name, code, kind, words) in enumerate(actors, 1):
        actor = Actor(id=f"A{i}", name=name, code=code, kind=kind, country=code[:3])
        for word in sorted(words, key=len, reverse=True):
            for m in re.finditer(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text):
                if any(s < m.end() and e > m.start() for s, e in taken):
                    continue
                taken.append((m.start(), m.end()))
                actor.mentions.append(Mention(m.start(), m.end(), word, actor.id, kind="name"))
        article.actors.append(actor)
    return article


def pronoun_at(article: Article, word: str, actor_id: str, nth: int = 0) -> None:
    """Add the ``nth`` occurrence of pronoun ``word`` as a pronoun mention of ``actor_id``."""
    hits = list(re.finditer(r"\b" + re.escape(word) + r"\b", article.text))
    m = hits[nth]
    actor = article.actor(actor_id)
    assert actor is not None
    actor.mentions.append(Mention(m.start(), m.end(), word, actor_id, kind="pronoun"))


@pytest.mark.model
def test_quotes_helpers_build_article_finds_mentions(nlp):
    art = build_article(nlp, "Lavrov met Mekdad. Lavrov left.",
                        [("Sergei Lavrov", "RUSGOV", "person", ["Lavrov"])])
    assert [m.start for m in art.actors[0].mentions] == [0, 19] or \
        sorted(m.start for m in art.actors[0].mentions) == [0, 19]
    assert art.doc is not None
