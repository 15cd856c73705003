"""Uses of force: the country struck, and the attack a casualty verb reports.

- **The country struck.** An attack, show of force or occupation (roots in
  the ``force`` group of ``codes.tsv``) with no named victim takes as target the first actor of
  another country named where the force lands: the trigger's place phrases,
  or place phrases inside its object ("Ukrainian drones hit a refinery in
  Russia's Volgograd region" → UKR 190 RUS; "took control of villages near
  the border with Armenia" → 192 ARM; "drills around Taiwan" → 150 TWN).
  The source's own country is never its target ("Ukrainian troops fought in
  Ukraine's east" has none).
- **Deployments to a host state.** "deployed 3,000 soldiers to Poland",
  "will deploy a brigade to Lithuania": troops sent *to* a state named as
  such are protection for it (074; intent 0334), not a mobilisation
  against it (154 stays for "near the border with Ukraine", regions,
  "troops to Crimea" and any deployment without a host).
- **Casualty reports.** "killed/wounded … in an airstrike / a bomb attack",
  "killed by a roadside bomb": the attack noun names how, so its code
  replaces the casualty verb's generic 190.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..article import ActorRef, Mention
from ..cameo import code_for, in_group, side
from ..data import package_words
from .arguments import ArgFinder
from .patterns import Lexicon, Trigger, match, norm

#: CAMEO roots of force.


def force_trigger(lex: Lexicon, finder: ArgFinder, tok: Any) -> Trigger | None:
    """The trigger of ``tok`` when it names a use of force ("a car bombing", "the attack"), else None."""
    found = match(lex, tok, finder.arg_lemmas, finder.has_official)
    return found if found is not None and found.code and in_group(found.code, "force") else None


def struck_target(finder: ArgFinder, tok: Any, trig: Trigger, sources: list[Mention],
                  refs: Callable[[list[Mention]], list[ActorRef]]) -> list[Mention]:
    """The actor of the place a use of force lands on, if of another country."""
    own = {side(r.code) for r in refs(sources)}
    verb = finder.light_verb(tok, trig) if trig.pos == "noun" else None
    places = finder.struck_places(tok) + (finder.struck_places(verb) if verb is not None else [])
    for m in places:
        found = refs([m])
        if found and side(found[0].code) not in own:
            return [m]
    return []


def condemned_place(finder: ArgFinder, lex: Lexicon, tok: Any, sources: list[Mention],
                    refs: Callable[[list[Mention]], list[ActorRef]]) -> list[Mention]:
    """For a condemnation (11x) of a use of force that names no agent ("condemned the
    attack on the British Council in Kabul"): the actor of the place it struck, if of
    another country than the one condemning."""
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    objects += [g for o in objects for g in o.children if g.dep_ == "conj"]
    for noun in objects:
        found = force_trigger(lex, finder, noun)
        if found is not None:
            return struck_target(finder, noun, found, sources, refs)
    return []


def means_code(lex: Lexicon, finder: ArgFinder, tok: Any, trig: Trigger, code: str) -> str | None:
    """The code of the attack a casualty verb reports ("killed in an
    airstrike", "wounded in a bomb attack", "killed by a roadside bomb", "a car
    bombing killed six"), when it names a use of force other than the verb's own code."""
    if trig.pos != "verb" or norm(tok) not in lex.words["casualty_verbs"]:
        return None
    for c in tok.children:
        if c.dep_ == "nsubj":  # "a car bombing killed six people"
            found = force_trigger(lex, finder, c)
            if found is not None and found.code != code:
                return found.code
        if not (c.dep_ == "agent" or c.dep_ == "prep" and norm(c) in ("in", "with", "by")):
            continue
        for p in c.children:
            if p.dep_ != "pobj":
                continue
            found = force_trigger(lex, finder, p)
            if found is not None and found.code != code:
                return found.code
    return None


DEPLOY_VERBS = package_words("events", "deploy_verbs")


def hosted_deployment(article: Any, tok: Any, code: str, targets: list[Mention]) -> bool:
    """True for a mobilisation (154) that posts forces "to" a state named as
    such: "deployed soldiers to Poland" is protection for Poland (074)."""
    if code != code_for("deploy") or norm(tok) not in DEPLOY_VERBS:
        return False
    to_objects = {p.i for c in tok.children if c.dep_ == "prep" and norm(c) == "to"
                  for p in c.children if p.dep_ == "pobj"}
    for m in targets:
        actor = article.actor(m.actor_id)
        if actor is None or actor.kind != "state" or m.kind != "name":
            continue
        if any(t.idx <= m.start < t.idx + len(t.text) or m.start <= t.idx < m.end
               for t in tok.doc if t.i in to_objects):
            return True
    return False
