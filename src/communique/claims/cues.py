"""Stance cues in a parse: which word takes a stance, on what, and who holds it.

A cue is a word listed in ``data/stances.yml`` by lemma and part of speech.
Its issue is found by the kind of word:

* a verb: its object ("demands *withdrawal*"); for "urge X to do Y", Y (and X
  is the target); else the object of a listed preposition ("insist *on* …",
  "call *for* …"); else its infinitive or that-clause; else the object of a
  verb it is coordinated with ("demand and insist on …");
* a noun: the object of its preposition ("the need *for* …", "support *for* …");
* an adjective: its infinitive or prepositional object ("ready *to help* …");
* the modal *must*: the verb it governs.

Its holder is the subject of the cue's clause (through coordination and
"is ready", "the need" as an object), or a possessive ("Turkey's call for").
A negated cue ("does not support") turns support into opposition and is
otherwise skipped.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Iterator

from .data import Cue, Lexicon

SUBJECTS = ("nsubj", "nsubjpass")


@dataclass
class Found:
    """A stance cue with the tokens it points at."""

    cue: Any
    stance: str
    objects: list[Any]
    holder: Any | None
    target: Any | None = None


def _prep_objects(tok: Any, preps: Iterable[str] | None) -> list[Any]:
    out = []
    for child in tok.children:
        if child.dep_ == "prep" and (preps is None or child.lower_ in preps):
            out += [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
    return out


def _negated(tok: Any) -> bool:
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    return tok.dep_ in ("acomp", "xcomp", "aux") and any(c.dep_ == "neg" for c in tok.head.children)


def holder_of(tok: Any) -> Any | None:
    """The token naming who takes the stance at cue ``tok``."""
    if tok.pos_ == "NOUN":
        poss = [c for c in tok.children if c.dep_ == "poss"]
        if poss:
            return poss[0]
        if tok.dep_ in ("dobj", "pobj", "attr"):
            tok = tok.head if tok.dep_ != "pobj" else tok.head.head
    elif tok.dep_ in ("aux", "acomp"):
        tok = tok.head
    cur = tok
    for _ in range(4):
        subj = [c for c in cur.children if c.dep_ in SUBJECTS]
        if subj:
            return subj[0]
        agent = [g for c in cur.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if agent:
            return agent[0]
        if cur.dep_ in ("conj", "xcomp") and cur.head.i != cur.i:
            cur = cur.head
            continue
        break
    return None


def _objects(tok: Any, cue: Cue, is_actor: Any) -> tuple[list[Any], Any | None]:
    """(issue heads, target token) for cue word ``tok``."""
    if cue.preps:
        return _prep_objects(tok, cue.preps), None
    if tok.tag_ == "MD" or tok.dep_ == "aux":
        return ([tok.head] if tok.head.pos_ == "VERB" else []), None
    if tok.pos_ == "VERB":
        dobj = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
        xcomp = [c for c in tok.children if c.dep_ == "xcomp"]
        if dobj and xcomp and is_actor(dobj[0]):  # "urged Turkey to withdraw"
            return xcomp[:1], dobj[0]
        if dobj:
            return dobj[:1], None
        preps = _prep_objects(tok, None)
        if preps:
            return preps[:1], None
        clause = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")]
        if clause:
            return clause[:1], None
        for conj in list(tok.conjuncts):
            got = [c for c in conj.children if c.dep_ in ("dobj", "obj")] or _prep_objects(conj, None)
            if got:
                return got[:1], None
        return [], None
    if tok.pos_ == "NOUN":
        got = _prep_objects(tok, ("for", "of", "on", "to", "with"))
        if not got:
            got = [c for c in tok.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"][:1]
        return got[:1], None
    # adjectives: "ready to help", "ready for talks"
    got = [c for c in tok.children if c.dep_ == "xcomp"] or _prep_objects(tok, ("for", "to"))
    return got[:1], None


def find_cues(tokens: Iterable[Any], lex: Lexicon, is_actor: Any) -> Iterator[Found]:
    """Stance cues among ``tokens`` with their objects (cues with none are skipped)."""
    for tok in tokens:
        pos = "AUX" if tok.tag_ == "MD" else tok.pos_
        cue = lex.cue(tok.lemma_, pos) or lex.cue(tok.lower_, pos)
        if cue is None:
            continue
        stance = cue.stance
        if _negated(tok):
            if stance != "support":
                continue
            stance = "oppose"
        objects, target = _objects(tok, cue, is_actor)
        if not objects:
            continue
        yield Found(tok, stance, objects, holder_of(tok), target)
