"""Turning one coded clause into directed dyads.

Two cases make more than one event of a clause:

- **reciprocal** objects — "X and Y accused each other", "each accused the
  other", "blamed one another": one event in each direction;
- **coordinated agents of a one-way act** — "Britain and Canada announced
  sanctions on X", "Egypt, Jordan and Saudi Arabia airdropped food into
  Gaza": one event per agent. Joint acts (meetings, agreements, military
  cooperation: the ``joint`` group of ``codes.tsv``) stay one multilateral event.

:func:`conjoined` finds the actors listed with a target ("spoke with the ministers of
Kazakhstan, Tajikistan and Uzbekistan"), for the learned part's events, which name one
target and keep the others as participants.
"""

from __future__ import annotations

from typing import Any

from ..article import ActorRef
from ..cameo import in_group, side
from .patterns import norm

#: CAMEO roots of acts done together: coordinated agents make one event.

Dyad = tuple[ActorRef | None, ActorRef | None, list[ActorRef]]


def reciprocal(token: Any) -> bool:
    """True when the trigger's object is "each other", "one another" or "the
    other" with a distributive "each" on the subject."""
    for c in token.children:
        if c.dep_ in ("dobj", "pobj", "prep"):
            objs = [c] if c.dep_ != "prep" else [g for g in c.children if g.dep_ == "pobj"]
            for o in objs:
                dets = {norm(d) for d in o.children if d.dep_ == "det"}
                if norm(o) == "other" and ("each" in dets or "the" in dets and _each_on_subject(token)):
                    return True
                if norm(o) == "one" and "another" in dets:
                    return True
    return False


def _each_on_subject(token: Any) -> bool:
    for c in token.children:
        if c.dep_ in ("nsubj", "advmod") and norm(c) == "each":
            return True
        if c.dep_ == "nsubj" and any(norm(g) == "each" and g.dep_ in ("appos", "det") for g in c.children):
            return True
    return False


def coordinated(doc: Any, agents: list[ActorRef]) -> bool:
    """True when the agents are conjuncts ("Britain and Canada"), not one
    phrase naming two actors ("the pro-Iranian Hizbollah group", "Druze
    inhabitants of the Syrian Golan") nor a pair ("ties between X and Y")."""
    heads = [_word(doc, a) for a in agents]
    if any(h is None for h in heads) or len(heads) < 2:
        return False
    first = heads[0]
    if norm(first.head) in ("between", "among") or norm(first) in ("between", "among"):
        return False  # "ties between X and Y …": the pair acts together
    group = {first.i} | {t.i for t in first.conjuncts}
    return all(h.i in group for h in heads[1:])


def split(code: str, token: Any, sources: list[ActorRef], targets: list[ActorRef],
          source: ActorRef | None, target: ActorRef | None, participants: list[ActorRef]) -> list[Dyad]:
    """The dyads of one coded clause (see the module docstring)."""
    agents: list[ActorRef] = []
    for s in sources:
        if s.actor not in {a.actor for a in agents}:
            agents.append(s)
    if len(agents) == 2 and reciprocal(token):
        a, b = agents
        return [(a, b, []), (b, a, [])]
    if len(agents) < 2 or not coordinated(token.doc, agents):
        return [(source, target, participants)]
    own = {a.actor for a in agents}
    others: list[ActorRef] = []
    for t in targets:
        if t.actor not in own and t.actor not in {o.actor for o in others}:
            others.append(t)
    if len(agents) >= 2 and others and not in_group(code, "joint"):
        first = others[0]
        return [(a, first, [a] + others if len(others) > 1 else []) for a in agents]
    if in_group(code, "joint") and source is not None:
        target = _partner(source, target, agents)
    return [(source, target, participants)]


def _country(ref: ActorRef | None) -> str | None:
    return (side(ref.code) or None) if ref is not None else None


def _partner(source: ActorRef, target: ActorRef | None, agents: list[ActorRef]) -> ActorRef | None:
    """The target of a joint act by coordinated agents: the co-agent when
    the clause's own target is missing or belongs to one of the agents'
    countries ("Burundi and Tanzania signed a deal for the return of
    Burundian refugees" is BDI with TZA, not BDI with its refugees)."""
    home = _country(source)
    countries = {_country(a) for a in agents} - {None}
    if target is not None and (home is None or _country(target) not in countries):
        return target
    partners = [a for a in agents if a.actor != source.actor and _country(a) not in (None, home)]
    same = [a for a in partners if target is not None and _country(a) == _country(target)]
    chosen = same or partners
    return chosen[0] if chosen else target


#: How far up from an actor's word a coordination may hang ("the ministers *of* Kazakhstan, Tajikistan …").
CLIMB = ("pobj", "prep", "compound", "amod", "poss", "appos", "nmod")


def conjoined(doc: Any, target: ActorRef, others: list[ActorRef], source: ActorRef | None = None) -> list[ActorRef]:
    """The actors of ``others`` coordinated with ``target``: "spoke with the ministers of
    Kazakhstan, Tajikistan and Uzbekistan", "condemned Russia and Iran". The list hangs on
    the target's word or on a word above it (a noun it is the object or modifier of); the
    source's own words never count."""
    word = tok = _word(doc, target)
    if word is None:
        return []
    inside = {t.i for t in _span(doc, source) or ()}
    group: set[int] = set()
    for _ in range(4):
        head = tok.head if tok.dep_ == "conj" else tok
        members = [head, *head.conjuncts] if head.conjuncts else []
        if len(members) > 1:  # the words of each other conjunct, not of the target's own
            words = [_own_words(m) for m in members]
            group = {i for w in words if word.i not in w for i in w} - inside
            break
        if tok.dep_ not in CLIMB or tok.head.i == tok.i:
            break
        tok = tok.head
    if not group:
        return []
    out: list[ActorRef] = []
    for ref in others:
        if ref.actor == target.actor or side(ref.code) in {side(target.code), *(side(r.code) for r in out)}:
            continue
        if source is not None and (ref.actor == source.actor or side(ref.code) == side(source.code)):
            continue
        inner = _word(doc, ref)
        if inner is not None and inner.i in group:
            out.append(ref)
    return out


def _own_words(token: Any) -> set[int]:
    """The words of one conjunct: its subtree without the conjuncts that hang on it."""
    later = {t.i for c in token.children if c.dep_ == "conj" for t in c.subtree}
    return {t.i for t in token.subtree} - later


def _span(doc: Any, ref: ActorRef | None) -> Any:
    """The words of an actor's mention (a span), or None if it has none in the text."""
    if ref is None or ref.span is None:
        return None
    span = doc.char_span(ref.span[0], ref.span[1], alignment_mode="expand")
    return span if span is not None and len(span) else None


def _word(doc: Any, ref: ActorRef) -> Any:
    """The head word of an actor's mention, or None if it has none in the text."""
    span = _span(doc, ref)
    return span.root if span is not None else None
