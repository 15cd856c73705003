"""Object pronouns: "him", "her", "them" as the object of a verb or preposition.

"Biden called Sheinbaum to congratulate her": "her" is Sheinbaum. Resolution is
conservative, as for subject pronouns (:func:`.coref.pronouns`):

- "him"/"her" (personal, not the possessive "her country") link to the one
  person mentioned earlier in the same sentence, leaving out the subject of
  the pronoun's own clause (a reflexive reading is "himself", never "him");
  when the sentence names no other person, to the one person of the previous
  sentence (again not the clause's subject);
- "them" links the same way to the one group or sector actor;
- anything else stays unresolved.

The subject of the clause is its explicit subject, or, for an infinitive,
participle or coordinated verb without one ("called X to congratulate her",
"met X and thanked him"), the subject of the verb it depends on.
"""

from __future__ import annotations

from typing import Any

from .work import Work

OBJECT_DEPS = ("dobj", "pobj", "dative", "iobj")
SUBJECT_DEPS = ("nsubj", "nsubjpass")
#: Verbs whose missing subject is the subject of the verb they depend on.
SHARED = ("xcomp", "advcl", "conj")


def _clause_subject_keys(work: Work, token: Any) -> set[str]:
    """Actor keys mentioned in the subject of the clause ``token`` belongs to."""
    verb = token.head
    if token.dep_ == "pobj":
        verb = verb.head
    for _ in range(5):
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            keys: set[str] = set()
            for s in subjects:
                lo, hi = s.left_edge.idx, s.right_edge.idx + len(s.right_edge.text)
                keys |= {f.key for f in work.starts_in(lo, hi) if f.end <= hi}
            return keys
        if verb.dep_ not in SHARED or verb.head.i == verb.i:
            break
        verb = verb.head
    return set()


def _one(work: Work, lo: int, hi: int, kinds: tuple[str, ...], skip: set[str]) -> tuple[set[str], bool]:
    """Keys of ``kinds`` mentioned in ``[lo, hi)`` minus ``skip``; and whether any was mentioned."""
    found = {f.key for f in work.starts_in(lo, hi) if f.end <= hi and work.specs[f.key].kind in kinds}
    return found - skip, bool(found)


def object_pronouns(work: Work) -> None:
    """Link object pronouns to the one person (or group) they can stand for."""
    doc = work.doc
    if doc is None:
        return
    for tok in doc:
        word = tok.lower_
        if word not in ("him", "her", "them") or tok.tag_ != "PRP" or tok.dep_ not in OBJECT_DEPS:
            continue
        start, end = tok.idx, tok.idx + len(tok.text)
        if work.covered(start, end):
            continue
        kinds = ("group", "sector") if word == "them" else ("person",)
        skip = _clause_subject_keys(work, tok)
        si = work.sent_index(start)
        s0 = work.sents[si][0]
        here, _ = _one(work, s0, start, kinds, skip)
        if len(here) == 1:
            work.add(start, end, here.pop(), "pronoun")
            continue
        if here or si == 0:
            continue
        before, _ = _one(work, work.sents[si - 1][0], s0, kinds, skip)
        if len(before) == 1:
            work.add(start, end, before.pop(), "pronoun")
