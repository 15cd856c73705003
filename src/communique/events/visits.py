"""Visits named in passing, and visits to "here".

"X praised Y during a visit to Tokyo": a visit noun in a circumstance phrase
("during a visit to Z", "on a trip to Z") is consumed by the clause's main
event, yet it reports a visit of its own: the clause's subject visits the country of the "to" phrase (042). The
visit is not coded when its destination names no actor or the visitor's own
country, nor when its mode is not a plain one.

"Defense Secretary Chuck Hagel arrived here today" under the dateline "SEOUL,
South Korea –": "here" is the dateline's country (:func:`here_mentions`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..article import ActorRef, Article, Mention
from ..cameo import side
from ..data import package_words
from .arguments import ArgFinder
from .modes import mode_of
from .patterns import Lexicon, norm

VISIT_NOUNS = package_words("events", "visit_nouns")
CIRCUMSTANCE_PREPS = package_words("events", "circumstance_preps")


def visit_dyads(sent: Any, finder: ArgFinder, lex: Lexicon,
                refs: Callable[[list[Mention]], list[ActorRef]]) -> list[tuple[Any, str, list[ActorRef], list[ActorRef]]]:
    """(visit token, mode, sources, targets) for each visit named in passing."""
    out = []
    for tok in sent:
        if tok.pos_ != "NOUN" or norm(tok) not in VISIT_NOUNS or tok.dep_ != "pobj":
            continue
        prep = tok.head
        verb = prep.head
        if norm(prep) not in CIRCUMSTANCE_PREPS or verb.pos_ not in ("VERB", "AUX"):
            continue
        dests = [c for c in tok.children if c.dep_ == "prep" and norm(c) == "to"]
        if not dests:
            continue
        mode = mode_of(verb, lex)
        if mode not in ("actual", "intent"):
            continue
        sources = refs(finder.subject_of(verb)[0])
        targets = refs(finder.mentions_in(dests[0], prune_places=False))
        home = {side(s.code) for s in sources} - {""}
        targets = [t for t in targets if t.code and side(t.code) not in home]
        if sources and targets:
            out.append((tok, mode, sources[:1], targets[:1]))
    return out


#: Words that stand for the dateline's place ("arrived here today").
HERE = package_words("events", "here_words")


def here_mentions(article: Article, tok: Any, dateline_country: str | None) -> list[Mention]:
    """For "arrived here today" under a dateline ("SEOUL, South Korea –"), a mention of
    the dateline's country (its first in the article), when the trigger says "here"."""
    if not dateline_country or not any(c.dep_ == "advmod" and c.lower_ in HERE for c in tok.children):
        return []
    for m in article.mentions:
        actor = article.actor(m.actor_id)
        if actor is not None and actor.kind == "state" and actor.country == dateline_country:
            return [m]
    return []
