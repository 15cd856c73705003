"""Events that are no international event: nobody acting, or a state talking to itself.

- **No source.** An event whose agent was never found ("- -> USAMIL 030") says what
  happened to whom but not who did it; it is left out (a meeting "between A and B"
  keeps its participants and stays).
- **A state and its own organs** in a verbal or cooperative act ("the UK ... our
  Government welcomed", "the United States ... U.S. forces cooperate"): the same
  country on both sides, each side the bare state, its government or its military,
  and a root of the ``self_talk`` group of ``cameo/data/codes.tsv`` (statements,
  appeals, intentions, consultations, cooperation, aid, investigations, demands,
  disapproval, rejection, threats). Acts of force and coercion a state turns on its
  own country ("imposed a curfew", "bombed hospitals") stay: they are domestic events.
"""

from __future__ import annotations

from ..article import Article, Event
from ..cameo import ActorCode, in_group

#: Roles of a state's own organs: a dyad between two of them of one country is the state itself.
OWN_ORGANS = (None, "GOV", "MIL")


def own_organ(code: str) -> tuple[str | None, bool]:
    """The code's country, and whether the code is that state itself, its government or its
    military (``TUR``, ``TURGOV``, ``TURMIL``; not ``TURREB`` or ``TURGOVFIN``)."""
    parsed = ActorCode.parse(code)
    return parsed.country, parsed.role in OWN_ORGANS and len(parsed.chunks) <= 1


def self_talk(event: Event) -> bool:
    """A verbal or cooperative act between a state and its own organs."""
    if event.source is None or event.target is None or not in_group(event.cameo, "self_talk"):
        return False
    (a, a_organ), (b, b_organ) = own_organ(event.source.code), own_organ(event.target.code)
    if any(ActorCode.parse(p.code).country != a for p in event.participants):
        return False  # a multilateral act with another country among its participants
    return a is not None and a == b and a_organ and b_organ


def stays(event: Event) -> bool:
    """Whether an event survives :func:`drop_empty_and_self`: it names who acted (a source, or
    two participants) and is no state's talk with itself."""
    return (event.source is not None or len(event.participants) >= 2) and not self_talk(event)


def drop_empty_and_self(article: Article) -> None:
    """Leave out events with no source and a state's talk with itself (renumbering the rest)."""
    kept = [e for e in article.events if stays(e)]
    if len(kept) != len(article.events):
        article.keep_events(kept)
