"""Where a city may stand for its country in an event.

The actors stage records a city struck by force ("missiles struck Kharkiv",
"Odesa was shelled") as a ``Mention(kind="place")`` of its country
(:mod:`communique.actors.targets`). Such a mention is a *target* only, and only
of a material act that lands on a place: force (roots 15, 18, 19, 20), coercion
(17) and aid (07), and of a condemnation of an attack on it that names no
attacker ("condemned the attack in Kabul", :func:`.force.condemned_place`). It
is never a source, never another party to a verbal event (comments, appeals,
accusations, threats), and never a participant of a multilateral one.
"""

from __future__ import annotations

from typing import Any

from ..article import ActorRef, Article
from ..cameo import in_group

#: CAMEO roots whose target a struck city may give.


def place_spans(article: Article) -> set[tuple[int, int]]:
    """The spans of the article's place-kind mentions."""
    return {(m.start, m.end) for m in article.mentions if m.kind == "place"}


def restrict(cand: Any, spans: set[tuple[int, int]]) -> None:
    """Drop place mentions from a candidate where they cannot stand: as
    sources and between-parties always, as targets unless the code is material
    (the ``place_target`` group of ``codes.tsv``) or the coder found the target
    as a place struck (note "target by place")."""
    if not spans:
        return

    def keep(refs: list[ActorRef]) -> list[ActorRef]:
        return [r for r in refs if r.span is None or tuple(r.span) not in spans]

    cand.sources = keep(cand.sources)
    cand.between = keep(cand.between)
    if not in_group(cand.code, "place_target") and "target by place" not in getattr(cand, "notes", ()):
        cand.targets = keep(cand.targets)
