"""Is the clause around a date expression about the future?

With a parse, the expression's governing verb decides: a future auxiliary
("will meet on Friday", "would travel in June"), or a verb whose complement
lies ahead ("plans to visit in June", "is due to meet on Friday"), a present progressive
("are meeting on Friday") or a present simple that is not a reporting verb
("faces elections on May 14"). Words right
before the expression also count ("scheduled for May 10", "the upcoming talks
on Friday"). Without a parse, a future word earlier in the same sentence does.
"""

from __future__ import annotations

from typing import Any

from .lexicon import Lexicon
from .patterns import Patterns

VERBS = {"VERB", "AUX"}


def token_at(doc: Any, char: int) -> Any:
    """The token of ``doc`` holding character ``char`` (or the nearest before it)."""
    lo, hi = 0, len(doc) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if doc[mid].idx <= char:
            lo = mid
        else:
            hi = mid - 1
    return doc[lo]


def governing_verb(token: Any, steps: int = 8) -> Any:
    """The nearest verb above ``token`` in the parse (the token itself if it is one)."""
    for _ in range(steps):
        if token.pos_ in VERBS and token.dep_ not in ("aux", "auxpass"):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _future_aux(verb: Any, lex: Lexicon) -> bool:
    for child in verb.children:
        if child.dep_ in ("aux", "auxpass") and child.lower_ in lex.future_aux:
            if child.lower_ in ("would", "'d", "’d") and any(
                    c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
                return False  # "would have met": a past counterfactual
            return True
    return False


def present_simple(verb: Any, lex: Lexicon) -> bool:
    """True for a present-tense main verb that is not a reporting verb ("faces", "begins")."""
    if verb.tag_ not in ("VBZ", "VBP") or verb.lemma_.lower() in lex.reporting_verbs:
        return False
    if not verb.sent.text.rstrip().endswith((".", "!", "?", "”", '"', "’", "'")):
        return False  # a headline's present tense tells of the past ("Turkey, Syria Hold Talks")
    return not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def verb_is_future(verb: Any, lex: Lexicon) -> bool:
    """True when ``verb`` (a spaCy token) speaks of what is still to come.

    Besides future auxiliaries and verbs of planning, a dated present tense counts:
    news copy writes "faces elections on May 14" and "the recess begins in July"
    for what lies ahead, and the past tense for what is done.
    """
    if present_simple(verb, lex):
        return True
    for candidate in (verb, verb.head if verb.dep_ == "conj" else None):
        if candidate is None:
            continue
        if _future_aux(candidate, lex):
            return True
        if candidate.dep_ in ("xcomp", "ccomp", "advcl") and candidate.tag_ == "VB" \
                and candidate.head.lemma_.lower() in lex.future_governors:
            return True
        if candidate.dep_ == "xcomp" and candidate.head.lemma_.lower() == "go" and candidate.head.tag_ == "VBG":
            return True
        if candidate.tag_ == "VBG" and any(c.dep_ == "aux" and c.tag_ in ("VBP", "VBZ") and c.lemma_ == "be"
                                           for c in candidate.children):
            return True  # "are meeting on Friday": the present progressive plans ahead
    return False


def is_future(text: str, start: int, doc: Any, lex: Lexicon, pats: Patterns) -> bool:
    """True when the expression at ``start`` sits in a clause about the future."""
    if pats.future_before.search(text[max(0, start - 40):start]):
        return True
    if doc is None or len(doc) == 0:
        window = text[max(0, start - 120):start]
        return bool(pats.future_words.search(window))
    verb = governing_verb(token_at(doc, start))
    return verb is not None and verb_is_future(verb, lex)


def names_a_thing(token: Any) -> bool:
    """A date inside a noun phrase before its noun ("the July 7 terrorist attack",
    "the August 18 mutiny"): it names the thing, and the verb's tense says nothing of it."""
    for _ in range(3):
        if token is None or token.head is token:
            return False
        if token.dep_ in ("compound", "nmod", "amod", "nummod") and token.head.pos_ in ("NOUN", "PROPN") \
                and token.head.i > token.i:
            return True
        if token.head.pos_ in ("VERB", "AUX"):
            return False
        token = token.head
    return False
