"""The pair a sentence speaks of without naming it, for the learned part (:mod:`.learned`).

"Both nations accused each other of instigating the skirmish", "The two leaders
agreed to stay in touch": the sentence names no country, but a reader takes the
two countries named last before it. :func:`pair_in_play` finds the phrase ("both
nations", "the two leaders", "both sides", "each other", "one another") and
those two countries: the last two different states named in the sentence's own
words before the phrase or in the :data:`WINDOW` sentences before it. The
learned part offers them as parties (kind ``pair``) with the phrase's slot, and
its pair model, trained on the dev set's gold, decides whether they act.
"""

from __future__ import annotations

from typing import Any

from ..article import ActorRef, Article
from ..cameo import side
from ..data import package_words
from .arguments import sentences_back
from .focus import is_country_side
from .patterns import norm

PAIR_NOUNS = package_words("events", "pair_nouns") | package_words("events", "side_nouns")
#: How many sentences back the two countries may be named.
WINDOW = 2


def pair_phrase(sent: Any) -> Any | None:
    """The token of "both nations", "the two leaders", "each other" in ``sent``, if any."""
    for tok in sent:
        if tok.tag_ == "NNS" and norm(tok) in PAIR_NOUNS and any(
                norm(d) in ("two", "both") for d in tok.children if d.dep_ in ("det", "nummod", "predet")):
            return tok
        if norm(tok) == "other" and any(norm(d) == "each" for d in tok.children if d.dep_ in ("det", "amod")):
            return tok  # "each other"
        if tok.lower_ == "another" and tok.i > sent.start and tok.nbor(-1).lower_ == "one":
            return tok  # "one another"
    return None


def pair_in_play(article: Article, sent: Any, token: Any) -> list[ActorRef]:
    """The two countries "both nations" (at ``token``) stands for: the last two different
    states named before it, in its sentence or the :data:`WINDOW` before; else none."""
    start = article.doc[sentences_back(sent, WINDOW)].idx
    found: list[ActorRef] = []
    for m in reversed(article.mentions_between(start, token.idx)):
        try:
            ref = article.ref(m)
        except KeyError:
            continue
        here = side(ref.code)
        if is_country_side(here) and here not in {side(r.code) for r in found}:
            found.append(ref)
        if len(found) == 2:
            return found[::-1]
    return []
