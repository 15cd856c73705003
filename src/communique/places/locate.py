"""Finding places in text: the locative of an event's clause (the dateline is
:mod:`.dateline`'s)."""

from __future__ import annotations

from typing import Any

from ..article import Place
from ..data import package_words
from .dateline import to_place
from .gazetteer import Gazetteer, load_gazetteer

LOCATIVE_PREPS = package_words("places", "locative_preps")
#: Dependency labels that start a new clause.
CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "advcl", "xcomp", "relcl", "acl", "conj", "parataxis", "csubj"})
#: Entity labels that may name a place.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


# -- locatives ----------------------------------------------------------------

def clause_head(token: Any) -> Any:
    """The head of the clause that ``token`` belongs to."""
    while token.dep_ not in CLAUSE_DEPS and token.head.i != token.i:
        token = token.head
    return token


def _crosses_ccomp(low: Any, high: Any) -> bool:
    """Whether the path from ``low`` up to its ancestor ``high`` passes a reported-speech link."""
    token = low
    while token.i != high.i and token.head.i != token.i:
        if token.dep_ in ("ccomp", "parataxis"):
            return True
        token = token.head
    return False


def _clause_distance(prep: Any, trigger: Any) -> int | None:
    """0 when the preposition is in the trigger's clause, 1 in a linked clause, None otherwise."""
    if prep.head.i == trigger.i:
        return 0
    own, theirs = clause_head(prep), clause_head(trigger)
    if own.i == theirs.i:
        return 0
    ancestors = {t.i for t in theirs.ancestors} | {theirs.i}
    common = own
    while common.i not in ancestors and common.head.i != common.i:
        common = common.head
    if common.i not in ancestors:
        return None
    top = next(t for t in [theirs, *theirs.ancestors] if t.i == common.i)
    if _crosses_ccomp(own, common) or _crosses_ccomp(theirs, top):
        return None
    return 1


def _places_in(doc: Any, start: int, end: int, gaz: Gazetteer) -> list[Place]:
    """Places named within token range ``[start, end)``: entities first, then capitalised words."""
    out: list[Place] = []
    taken: set[int] = set()
    for ent in doc.ents:
        if ent.start >= start and ent.end <= end and ent.label_ in PLACE_LABELS:
            entry = gaz.lookup(ent.text)
            if entry is not None:
                out.append(to_place(entry, (ent.start_char, ent.end_char)))
                taken.update(range(ent.start, ent.end))
    if out:
        return out
    i = start
    while i < end:  # gazetteer fallback for names the entity recogniser missed
        if i in taken or not doc[i].text[:1].isupper() or doc[i].ent_type_ in ("PERSON", "ORG", "NORP", "DATE"):
            i += 1
            continue
        for width in (3, 2, 1):
            j = min(i + width, end)
            span = doc[i:j]
            if not all(t.text[:1].isupper() or t.text in ("-", "'s") for t in span):
                continue
            entry = gaz.lookup(span.text, kinds=("city",))
            if entry is not None and entry.population >= 100_000:
                out.append(to_place(entry, (span.start_char, span.end_char)))
                i = j
                break
        else:
            i += 1
    return out


HOST_VERBS = package_words("places", "host_verbs")
PLACE_NOUNS = package_words("places", "place_nouns")
#: Dependents that leave a locative's noun phrase ("a step towards X", "the city that X").
NP_EXITS = frozenset({"prep", "relcl", "acl", "advcl", "ccomp"})


def _noun_phrase(obj: Any) -> tuple[int, int]:
    """Token range of a preposition's object without its own prepositional phrases and clauses.

    "the Syrian capital, Damascus" keeps the apposition; "reconciliation between
    Ankara and Damascus" stops before "between".
    """
    end = obj.right_edge.i + 1
    for child in obj.children:
        if child.dep_ == "prep" and child.lower_ == "of" and obj.lemma_.lower() in PLACE_NOUNS:
            continue  # "the town of Sochi", "the outskirts of Aleppo"
        if child.dep_ in NP_EXITS and child.i > obj.i:
            end = min(end, child.left_edge.i)
    return obj.left_edge.i, end


def _attachment(prep: Any, trigger: Any, span: Any) -> tuple[int | None, str]:
    """How well a preposition's attachment marks the event's location.

    ``(0, "any")`` on the trigger or a verb; ``(0, "any")`` on a noun that is
    itself a locative's object ("at the Kremlin in Moscow"); ``(2, "city")`` on
    the trigger's object ("shelled positions in Idlib" — but not "its role in
    Syria", a country); ``(None, "")`` otherwise.
    """
    head = prep.head
    if head.i == trigger.i or span.start <= head.i < span.end or head.pos_ in ("VERB", "AUX"):
        return 0, "any"
    if head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_PREPS:
        return _attachment(head.head, trigger, span)
    if head.dep_ in ("dobj", "obj", "nsubjpass") and head.head.i == trigger.i:
        return 2, "city"
    return None, ""


def find_locative(doc: Any, trigger_span: tuple[int, int], gazetteer: Gazetteer | None = None) -> Place | None:
    """The place in the event's clause governed by "in"/"at" ("met in Moscow"), or None.

    Candidates in the trigger's own clause win over those in a linked clause
    (never across reported speech); ties go to the one nearest the trigger.
    """
    gaz = gazetteer or load_gazetteer()
    span = doc.char_span(trigger_span[0], trigger_span[1], alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    trigger = span.root
    sent = trigger.sent
    best: tuple[int, int, Place] | None = None
    for tok in sent:
        if tok.lower_ not in LOCATIVE_PREPS or tok.dep_ not in ("prep", "dative", "agent"):
            continue
        penalty, kinds = _attachment(tok, trigger, span)
        if penalty is None:
            continue
        distance = _clause_distance(tok, trigger)
        if distance is None:
            continue
        for obj in (c for c in tok.children if c.dep_ == "pobj"):
            if obj.left_edge.i <= trigger.i <= obj.right_edge.i:
                continue  # "in the latest step towards reconciliation": the event is inside, not there
            start, end = _noun_phrase(obj)
            places = [p for p in _places_in(doc, start, end, gaz)
                      if kinds == "any" or p.lat is not None]
            if not places:
                continue
            rank = (distance + penalty, abs(tok.i - trigger.i))
            if best is None or rank < best[:2]:
                best = (rank[0], rank[1], places[0])
    if best is None and trigger.lemma_.lower() in HOST_VERBS:
        return _host_city(doc, trigger, gaz)
    return best[2] if best else None


def _host_city(doc: Any, trigger: Any, gaz: Gazetteer) -> Place | None:
    """The city that hosts: "In April, Moscow hosted the ministers" took place in Moscow."""
    for child in trigger.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.text[:1].isupper():
            start, end = _noun_phrase(child)
            entry = gaz.lookup(doc[start:end].text, kinds=("city",))
            if entry is not None:
                return to_place(entry, (doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)))
    return None
