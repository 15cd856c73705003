"""The article's other party, and the target it gives a use of force that names none.

A report about a conflict or a relationship keeps naming one country besides the
publisher: the country the article is about. Real news often leaves it out of a
sentence that is about it: "Militants fired rockets at a town" in an article about
Israel, "The two discussed the border" after a paragraph on a visit to Kenya.

- :func:`focus` picks that party: of the sides other than the publisher's, the one the
  article's actors are mentioned as most often.
- :func:`aim_at_focus` gives it as target to a rule event of the ``focus_target``
  group of ``cameo/data/codes.tsv`` (assaults, fighting, mass violence) that has a
  source and no target. That is how the dev set's annotators code an attack on an
  unnamed victim: the country where it happened, often the source's own (militants in
  Afghanistan attacking a checkpoint are AFGREB against AFG).
- The learned fallback offers it as one more candidate party (:mod:`.learned`), only when no
  other side is named as often (``clear``).

>>> from communique.run import extract                                           # doctest: +SKIP
>>> art = extract("Somalia held talks with Kenya. Gunmen opened fire on a bus.")  # doctest: +SKIP
>>> focus(art).code                                                              # doctest: +SKIP
'SOM'
"""

from __future__ import annotations

from ..article import Actor, ActorRef, Article, Event
from ..cameo import in_group, side
from .selfdyads import own_organ

NOTE = "target by focus"
#: How many times as often as any other side a clear focus is named. Ten folds of the 282 dev-set
#: files, learned part only (it alone asks for a clear focus): a tie alone (1) 10,606 events and
#: 6,532 right; 2 drops 33 events, 7 of them right, mostly on Portal:Current events days.
CLEAR_LEAD = 2


def is_country_side(where: str) -> bool:
    """Whether a dyad side is a country (``SYR``), not an international body's whole code
    (``IGOUNO``) nor unknown. Written out rather than ``ActorCode.country``, which reads a
    bare "NATO" as the country "NAT"."""
    return len(where) == 3 and where.isalpha() and where.isupper()


def focus(article: Article, without: str | None = None, clear: bool = False) -> Actor | None:
    """The article's other party: of the sides other than the publisher's, the one its
    actors are mentioned as most often (ties: the first named), by its most mentioned
    actor (ties: a state, then the first named). None when no other side is named.
    ``without``: an actor id whose mentions do not count (an event's own source);
    ``clear``: None unless that side is named at least :data:`CLEAR_LEAD` times as often as any
    other ("Chad and Sudan clashed": neither is the article's party; a news digest of many
    countries has none)."""
    home = str(article.meta.get("publisher") or "")
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for actor in article.actors:
        where = side(actor.code)
        if not where or where == home or not actor.mentions or actor.id == without:
            continue
        counts[where] = counts.get(where, 0) + len(actor.mentions)
        first[where] = min(first.get(where, 1 << 30), min(m.start for m in actor.mentions))
    if not counts:
        return None
    best = min(counts, key=lambda s: (-counts[s], first[s]))
    if clear and any(CLEAR_LEAD * n > counts[best] for s, n in counts.items() if s != best):
        return None
    return max((a for a in article.actors if side(a.code) == best and a.mentions and a.id != without),
               key=lambda a: (len(a.mentions), a.kind == "state", -min(m.start for m in a.mentions)))


def named_elsewhere(article: Article, event: Event, country: str) -> bool:
    """Whether the event's sentence names, besides its source, a country other than
    ``country`` ("Gunmen kill nine people in Balochistan, Pakistan" on a page about Israel)."""
    source = event.source.actor if event.source is not None else None
    named = set()
    for m in article.mentions_between(*event.sentence_span):
        actor = article.actor(m.actor_id)
        if actor is not None and actor.id != source:
            named.add(side(m.code or actor.code))
    return bool(named - {country, ""})


def aim_at_focus(article: Article) -> None:
    """Give the article's focus country as target to each rule event of the ``focus_target``
    group with a source and no target (and no other participants). The focus is counted
    without the source's own mentions (a one-line report of an attack has none); a state,
    its government or its military is never aimed at its own country ("Norway launched an
    offensive"), while insurgents, police or civilians may be (militants in Afghanistan
    attacking a checkpoint are AFGREB against AFG). The target is the bare country (an
    unnamed victim is the country, not its government), with the note "target by focus";
    an international body as focus gives none, nor does a focus out of place: a sentence that
    names another country besides the source (:func:`named_elsewhere`)."""
    for event in article.events:
        if event.target is not None or event.source is None or len(event.participants) > 2 \
                or not in_group(event.cameo, "focus_target"):
            continue
        main = focus(article, without=event.source.actor)
        country = side(main.code) if main is not None else ""
        if main is None or not is_country_side(country):
            continue
        if named_elsewhere(article, event, country):
            continue
        home, organ = own_organ(event.source.code)
        if organ and home == country:
            continue
        event.target = ActorRef(main.id, country, main.name)
        event.meta.setdefault("notes", []).append(NOTE)
