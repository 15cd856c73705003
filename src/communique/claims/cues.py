"""Stance cues in a parse: which word takes a stance, on what, and who holds it.

A cue is a word listed in ``data/stances.yml`` by lemma and part of speech.
Its issue is found by the kind of word:

* a verb: its object ("demands *withdrawal*"); for "urge X to do Y", Y (and X
  is the target); else the object of a listed preposition ("insist *on* …",
  "call *for* …"); else its infinitive or that-clause; else the object of a
  verb it is coordinated with ("demand and insist on …");
* a noun: the object of its preposition ("the need *for* …", "support *for* …");
* an adjective: its infinitive or prepositional object ("ready *to help* …");
* the modal *must*: the verb it governs; its subject becomes the target.

Its holder is the subject of the cue's clause (through coordination and
"is ready", "the need" as an object), or a possessive ("Turkey's call for").
A modal has no holder of its own: "Turkish troops must leave" is a demand of
whoever says it, so it makes a claim only inside a quote with a speaker.
"Urged X to do Y", "called on X to do Y", "accused X of Y" and "blamed X for
Y" make Y the issue and X (when an actor) the target.
A negated cue ("does not support") turns support into opposition and is
otherwise skipped.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

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
            # a pcomp is an issue only as a verb ("against *arming*"), not "for as *long* as"
            out += [g for g in child.children if g.dep_ == "pobj" or (g.dep_ == "pcomp" and g.pos_ == "VERB")]
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
    elif is_modal(tok) or is_passive_cue(tok):
        return None  # "X must leave" is a demand of whoever says it, not of X
    elif tok.dep_ == "acomp":
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


def is_passive_cue(tok: Any) -> bool:
    """True for a cue verb in the passive with no agent: "more aid is needed", "Ceasefire needed now".

    Its subject is the issue and, like a modal, it has no holder of its own.
    """
    if tok.pos_ != "VERB" or tok.tag_ not in ("VBN", "VBD"):
        return False
    kids = list(tok.children)
    if any(c.dep_ in ("dobj", "obj", "agent") for c in kids):
        return False
    # a headline drops "is": "Ceasefire needed now" parses as a past tense with nothing after it
    if tok.tag_ == "VBD" and any(c.dep_ in ("xcomp", "ccomp", "prep", "aux", "auxpass") for c in kids):
        return False
    return any(c.dep_ in SUBJECTS and c.pos_ in ("NOUN", "PROPN") for c in kids)


def is_modal(tok: Any) -> bool:
    """True for a modal such as "must" (its holder is the speaker, not its subject)."""
    return tok.tag_ == "MD" or (tok.dep_ == "aux" and tok.pos_ == "AUX")


def _objects(tok: Any, cue: Cue, is_actor: Any) -> tuple[list[Any], Any | None]:
    """(issue heads, target token) for cue word ``tok``."""
    xcomp = [c for c in tok.children if c.dep_ == "xcomp"]
    if cue.preps:
        got = _prep_objects(tok, cue.preps)
        if got and xcomp and is_actor(got[0]):  # "called on the Council to act"
            return xcomp[:1], got[0]
        return got, None
    if is_modal(tok):  # "Turkish troops must leave": the subject is the target
        head = tok.head
        subj = [c for c in head.children if c.dep_ in SUBJECTS]
        return ([head] if head.pos_ == "VERB" else []), (subj[0] if subj and is_actor(subj[0]) else None)
    if is_passive_cue(tok):  # "Ceasefire needed now": the subject is the issue
        return [c for c in tok.children if c.dep_ in SUBJECTS][:1], None
    if tok.pos_ == "VERB":
        # "that"/"which" as an object is a relative or demonstrative pronoun, never an issue
        dobj = [c for c in tok.children if c.dep_ in ("dobj", "obj") and c.lower_ not in ("that", "which")]
        if dobj and xcomp:  # "urged Turkey to withdraw", "urged both sides to observe a ceasefire"
            return xcomp[:1], (dobj[0] if is_actor(dobj[0]) else None)
        if dobj:
            about = _prep_objects(tok, ("of", "for", "against"))
            if about:  # "accused X of looting", "blamed X for the attack", "warned X against …"
                return about[:1], (dobj[0] if is_actor(dobj[0]) else None)
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
        if tok.dep_ == "attr" and tok.head.lemma_ in ("be", "remain"):  # "X remains our demand"
            subj = [c for c in tok.head.children if c.dep_ in SUBJECTS]
            if subj:
                return subj[:1], None
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
        objects = [o for o in objects if _same_paragraph(tok, o)]
        if not objects or all(o.pos_ == "PRON" for o in objects):  # "support *it*": no issue to word
            continue
        yield Found(tok, stance, objects, holder_of(tok), target)


def _same_paragraph(a: Any, b: Any) -> bool:
    """False when a line break lies between two tokens (the parser may run a sentence across it)."""
    lo, hi = sorted((a.i, b.i))
    return "\n" not in a.doc[lo:hi].text_with_ws  # the text from a's start to b's (Doc.text joins every token)


def imperatives(tokens: Iterable[Any], lex: Lexicon) -> Iterator[Found]:
    """Commands ("Stop arming the militias.") among ``tokens``: the verb is the issue.

    A command is a bare verb (tag VB) with no subject, auxiliary or "to" that
    opens its sentence or follows a colon, and is not in ``imperative.skip``.
    It has no holder of its own: inside a quote it is the speaker's.
    """
    if lex.imperative_stance is None:
        return
    for tok in tokens:
        if tok.tag_ != "VB" or tok.pos_ != "VERB" or tok.lemma_.lower() in lex.imperative_skip:
            continue
        if any(c.dep_ in SUBJECTS + ("aux", "auxpass", "expl", "neg") or c.lower_ == "to"
               for c in tok.children):
            continue
        if tok.dep_ in ("xcomp", "advcl", "acl", "relcl", "pcomp", "csubj", "amod"):
            if not (tok.i > 0 and tok.doc[tok.i - 1].text == ":"):
                continue
        prev = tok.doc[tok.i - 1] if tok.i > tok.sent.start else None
        while prev is not None and prev.is_punct and prev.text not in (":", ";", ".", "!", "?"):
            prev = tok.doc[prev.i - 1] if prev.i > tok.sent.start else None
        if prev is not None and prev.text not in (":", ";", ".", "!", "?"):
            continue
        yield Found(tok, lex.imperative_stance, [tok], None, None)
