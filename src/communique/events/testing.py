"""Hand-built articles for tests and examples: a parse plus actors we name.

>>> from communique.language import load_model            # doctest: +SKIP
>>> a = article_with_actors(load_model(), "Turkey met Syria.",
...                         {"Turkey": "TUR", "Syria": "SYR"})  # doctest: +SKIP
>>> [m.text for m in a.mentions]                            # doctest: +SKIP
['Turkey', 'Syria']
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ..article import Actor, Article, Mention, Quote
from ..cameo import ActorCode


def article_with_actors(nlp: Any, text: str, actors: Mapping[str, Any],
                        quotes: list[tuple[str, str]] | None = None) -> Article:
    """An :class:`Article` parsed by ``nlp`` whose actors are given by hand.

    ``actors`` maps surface forms to a code, or to ``(code, kind)``; several
    surface forms of one actor are joined with ``|`` ("Russia|Moscow"). A
    mention may carry a code in context with ``"surface=CODE"`` in the key
    ("the Turkish troops=TURMIL"). ``quotes`` lists (quoted text, speaker
    surface) pairs.
    """
    article = Article(text=text, id="hand")
    article.doc = nlp(text)
    taken: list[tuple[int, int]] = []
    by_surface: dict[str, Actor] = {}
    forms: list[tuple[str, str | None, Actor]] = []
    for n, (key, value) in enumerate(actors.items(), 1):
        code, kind = (value, None) if isinstance(value, str) else (value[0], value[1])
        names = key.split("|")
        if kind is None:
            personal = code[3:6] in ("GOV", "MIL") and " " in names[0] and names[0][0].isupper()
            kind = "state" if len(code) == 3 else ("person" if personal else "group")
        actor = Actor(id=f"A{n}", name=names[0].split("=")[0], code=code, country=ActorCode.parse(code).country, kind=kind)
        article.actors.append(actor)
        for name in names:
            surface, _, context_code = name.partition("=")
            forms.append((surface, context_code or None, actor))
            by_surface[surface] = actor
    for surface, in_context, actor in sorted(forms, key=lambda f: -len(f[0])):
        for hit in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text):
            s, e = hit.span()
            if any(s < te and e > ts for ts, te in taken):
                continue
            taken.append((s, e))
            kind = "pronoun" if surface.lower() in ("he", "she", "it", "they", "we") else "name"
            actor.mentions.append(Mention(s, e, surface, actor.id, kind=kind, code=in_context))
    for qtext, speaker in quotes or []:
        start = text.index(qtext)
        actor = by_surface[speaker]
        article.quotes.append(Quote(id=f"Q{len(article.quotes) + 1}", text=qtext, start=start,
                                    end=start + len(qtext),
                                    speaker=actor.ref()))
    return article
