"""The claims stage: a ledger of the positions and demands each actor states.

``article.claims`` lists :class:`~communique.article.Claim` records: who
(``actor``, ``code``) takes which ``stance`` (demand, support, oppose, offer,
condition, warn, deny, accuse) on which ``issue`` (a short normalised
phrase), towards whom (``target``), with the evidence (quote ids and sentence
spans) and a ``date``. See ``docs/quotes.md``.

>>> from communique import extract                                   # doctest: +SKIP
>>> art = extract("Damascus demands full withdrawal of Turkish troops.")  # doctest: +SKIP
>>> art.claims[0].stance, art.claims[0].issue                        # doctest: +SKIP
('demand', 'withdrawal of Turkish forces from Syria')
"""

from __future__ import annotations

from typing import Any

from ..article import Article, Claim
from ..cameo import side
from ..pipeline import register_stage
from .build import ClaimBuilder
from .data import Lexicon, load_lexicon
from .merge import content_words, merge_claims, similar

__all__ = ["find_claims", "merge_claims", "similar", "content_words"]


def find_claims(article: Article, lex: Lexicon | None = None) -> list[Claim]:
    """The merged claims of a parsed article (empty without a parse)."""
    if article.doc is None:
        return []
    lex = lex or load_lexicon()
    builder = ClaimBuilder(article, lex)
    raw = sorted(builder.build(), key=lambda c: c.evidence_spans[0] if c.evidence_spans else (0, 0))

    def country(claim: Claim) -> str:
        actor = article.actor(claim.actor)
        return (actor.country if actor and actor.country else side(claim.code)).upper()

    return merge_claims(raw, country)


@register_stage("claims", requires=("events", "quotes"), assigns=("claims",))
def make_claims(settings: dict[str, Any]) -> Any:
    lex = load_lexicon()

    def claims(article: Article) -> Article:
        article.claims = find_claims(article, lex)
        return article

    return claims
