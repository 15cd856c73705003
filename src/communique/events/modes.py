"""The mode of an event: actual, intent, negated or hypothetical — or none.

Rules, from the trigger up through the verbs it depends on (infinitives,
coordinations, complements; reported speech stops the walk):

- ``negated``: a negation on the trigger or its verb ("did not sign"), or a
  noun with "no" ("no agreement was reached");
- ``intent``: "will"/"shall"/"going to" (but "will continue to demand" is
  actual), or an intent frame ("is ready to", "plans to", "vowed");
- ``hypothetical``: "would", "could", "might", "may", "should", "can", or a
  conditional clause ("if", "unless"); but "I would like to thank" thanks now
  (``polite_heads``);
- no event at all (``None``): a question, or a clause under uncertainty
  ("it was not immediately clear if …", "unclear whether …").
"""

from __future__ import annotations

from typing import Any

from ..cameo import quad_class_of
from ..data import package_words
from .patterns import Lexicon, norm

INTENT_AUX = package_words("events", "intent_aux")
HYPOTHETICAL_AUX = package_words("events", "hypothetical_aux")
POLITE_HEADS = package_words("events", "polite_heads")
PERFORMATIVE = package_words("events", "performative_verbs")
BACKSHIFTED = package_words("events", "backshifted")
NEGATING_HEADS = package_words("events", "negating_heads")
CONDITIONAL = package_words("events", "conditional_marks")
UNCERTAIN_MARKS = package_words("events", "uncertain_marks")
CLIMB = ("xcomp", "conj", "acomp", "advcl", "ccomp", "relcl", "pcomp", "prep", "pobj", "dobj",
         "nsubj", "nsubjpass", "attr", "acl", "appos", "npadvmod", "oprd")


def reported(token: Any, lex: Lexicon) -> bool:
    """True when ``token`` heads (or is coordinated into) a clause reported by
    a past-tense speech verb ("Iraq said it would …")."""
    t = token
    for _ in range(4):
        if t.dep_ in ("conj", "xcomp") and t.head.i != t.i:
            t = t.head
            continue
        break
    return t.dep_ == "ccomp" and norm(t.head) in lex.words["speech_verbs"] and t.head.tag_ in ("VBD", "VBN")


def is_question(sent: Any) -> bool:
    text = sent.text.rstrip().rstrip("\"'”’")
    return text.endswith("?")


def uncertain(token: Any, lex: Lexicon) -> bool:
    """True when the trigger sits in a clause of doubt or a question."""
    t = token
    for _ in range(12):
        marks = {norm(c) for c in t.children if c.dep_ == "mark"}
        if marks & UNCERTAIN_MARKS and t.dep_ in ("advcl", "ccomp", "csubj", "xcomp", "pcomp"):
            head = t.head
            if norm(head) in lex.words["uncertain_heads"] or any(
                    norm(c) in lex.words["uncertain_heads"] for c in head.children if c.dep_ in ("acomp", "attr")):
                return True
            if "whether" in marks:
                return True
        if t.dep_ == "ROOT" or t.head.i == t.i:
            break
        t = t.head
    return False


def polite(head: Any, token: Any) -> bool:
    """True when ``head`` is the "like" of "I would like to thank": a polite performative
    whose "would" leaves the act it embeds (``token`` or the verb above it) actual."""
    return head.i != token.i and norm(head) in POLITE_HEADS and any(
        c.dep_ == "xcomp" and norm(c) in PERFORMATIVE for c in head.children)


def mode_of(token: Any, lex: Lexicon, nominal: bool = False) -> str | None:
    """The mode of the event triggered at ``token``; None to drop it.

    A ``nominal`` event (a noun with no light verb, "the occupation of …")
    takes its mode only from a verb it is the subject of ("the meeting would
    pave the way"), not from a verb that merely mentions it."""
    if is_question(token.sent) or uncertain(token, lex):
        return None
    if any(c.dep_ == "det" and norm(c) in ("no",) for c in token.children):
        return "negated"
    if nominal and token.dep_ not in ("nsubj", "nsubjpass"):
        return "actual"
    t = token
    mode = "actual"
    for _ in range(8):
        kids = list(t.children)
        if any(c.dep_ == "neg" for c in kids):
            return "negated"
        auxes = [norm(c) if c.lower_ not in ("'ll", "wo") else "will" for c in kids if c.dep_ in ("aux", "auxpass")]
        auxes += [c.lower_ for c in kids if c.dep_ in ("aux", "auxpass")]
        if set(auxes) & HYPOTHETICAL_AUX and not polite(t, token):
            mode = "hypothetical"
            if not set(auxes) & (HYPOTHETICAL_AUX - BACKSHIFTED) and reported(t, lex) \
                    and not {norm(c) for c in kids if c.dep_ == "mark"} & CONDITIONAL:
                # "Iraq said it would allow …": a reported "will" is an intent
                mode = "actual" if norm(t) in lex.words["continuative"] else "intent"
            break
        if set(auxes) & INTENT_AUX or (norm(t) == "go" and any(c.dep_ == "xcomp" for c in kids)
                                       and t.tag_ == "VBG"):
            mode = "actual" if norm(t) in lex.words["continuative"] else "intent"
            break
        if {norm(c) for c in kids if c.dep_ == "mark"} & CONDITIONAL:
            mode = "hypothetical"
            break
        head = t.head
        if t.dep_ == "xcomp" and norm(head) in NEGATING_HEADS:
            return "negated"  # "failed to reach agreement"
        if t.dep_ not in CLIMB or head.i == t.i:
            break
        if t.dep_ == "ccomp" and norm(head) in lex.words["speech_verbs"]:
            break  # reported speech: the saying does not change the mode
        if t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "prep", "appos", "oprd") and token.pos_ not in ("NOUN", "PROPN"):
            break
        t = head
    return mode


THREAT_MARKS = package_words("events", "threat_marks")


def condition_of(token: Any, lex: Lexicon) -> Any | None:
    """The conditional clause ("unless …", "if … not …") attached to the
    clause of ``token`` (or to the speech verb that reports it), or None.
    The clause itself is not conditional (the trigger is not inside it)."""
    t = token
    for _ in range(8):
        for c in t.children:
            if c.dep_ == "advcl" and c.i != token.i and any(
                    m.dep_ == "mark" and norm(m) in THREAT_MARKS for m in c.children):
                return c
        if {norm(c) for c in t.children if c.dep_ == "mark"} & CONDITIONAL:
            return None  # the trigger is in the condition itself
        head = t.head
        if head.i == t.i or t.dep_ not in ("xcomp", "conj", "ccomp", "dobj", "pobj", "prep", "acomp", "advcl"):
            return None
        if t.dep_ == "advcl" and any(m.dep_ == "mark" for m in t.children):
            return None
        if t.dep_ == "ccomp" and norm(head) in lex.words["speech_verbs"]:
            for c in head.children:  # "X said it would … unless …" may hang on "said"
                if c.dep_ == "advcl" and any(m.dep_ == "mark" and norm(m) in THREAT_MARKS for m in c.children):
                    return c
            return None
        t = head
    return None


def pledged(token: Any, code: str, lex: Lexicon) -> bool:
    """A cooperative act under "will continue to" ("the UK will continue to support
    Ukraine"): a pledge, coded as an intent (03x) by the dev set's annotators, where
    conflict goes on ("will continue to attack" stays actual)."""
    head = token.head
    if token.dep_ != "xcomp" or norm(head) not in lex.words["continuative"] or not code[:2].isdigit():
        return False
    if quad_class_of(code) not in (1, 2):
        return False
    return any(c.dep_ == "aux" and norm(c) in INTENT_AUX for c in head.children)
