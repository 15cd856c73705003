"""Step 1: dictionary names found in the text become mentions.

Ambiguous names ("Jordan", "Georgia", "Chad") are kept only when nothing says
they are something else: not inside a PERSON entity, not right after a first
name ("Michael Jordan"), and, for Georgia, not in a sentence about the U.S. state.
"""

from __future__ import annotations

import re

from ..cameo import ActorCode
from ..data import package_words
from .dictionaries import Entry
from .work import Spec, Work

#: Words that place "Georgia" in the United States when they share its sentence.
US_STATE_CUES = re.compile(
    r"\b(Atlanta|Savannah|Augusta|Macon|Peach State|county|County|Gov\.|governor|Republican|Democrat\w*|"
    r"U\.S\. state|state of Georgia|Georgia's \d|Senate race|Alabama|Florida|Tennessee|Carolina)\b")
FIRST_NAME = re.compile(r"(?:^|[^\w])([A-Z][a-z]+)\s+$")
DETERMINERS = {"The", "A", "An", "In", "On", "At", "For", "From", "To", "With", "And", "But", "By", "Of", "As"}
#: Words after a capital that make it part of a name ("the Paris Agreement", "the Washington Post").
CAPITAL_NAME_HEADS = package_words("actors", "capital_name_heads")
NEXT_WORD = re.compile(r"[ \u00a0]+(\w+)")


def names_a_thing(work: Work, end: int) -> bool:
    """Whether the capital ending at ``end`` begins a name: an agreement, a process, a paper.
    Not when the next word is a verb ("Moscow talks with Beijing")."""
    m = NEXT_WORD.match(work.text, end)
    if not m or m.group(1).lower() not in CAPITAL_NAME_HEADS:
        return False
    token = work.token_at(m.start(1))
    return token is None or token.pos_ not in ("VERB", "AUX")


def _person_context(work: Work, start: int, end: int) -> bool:
    """True when the span reads as (part of) a person's name."""
    for s0, e0 in work.person_ents:
        if s0 <= start and end <= e0 and (e0 - s0) > (end - start) + 3:
            return True
    m = FIRST_NAME.search(work.text[max(0, start - 30):start])
    if m and m.group(1) not in DETERMINERS:
        s0, e0 = work.sent_span(start)
        word_start = start - len(work.text[max(0, start - 30):start]) + m.start(1)
        if word_start > s0 and not work.covered(word_start, word_start + len(m.group(1))):
            return True
    return False


def keep_ambiguous(work: Work, entry: Entry, start: int, end: int) -> bool:
    if entry.kind == "person":
        return False  # a weak surname: kept later only if the person is named in full
    if _person_context(work, start, end):
        return False
    if entry.country == "GEO":
        s0, e0 = work.sent_span(start)
        if US_STATE_CUES.search(work.text[s0:e0]) and "Tbilisi" not in work.text:
            return False
    return True




def _user_spec(work: Work, entry: Entry, code: str) -> Spec:
    """A PETRARCH entry: a three-letter code is a state-like actor, longer codes are country + role."""
    if len(code) == 3:
        spec = work.spec(Spec(f"state:{code}", entry.name, code, "state", country=code))
    else:
        parsed = ActorCode.parse(code)
        kind = "igo" if parsed.is_igo else "group"
        country = parsed.country
        spec = work.spec(Spec(f"user:{entry.name}:{code}", entry.name, code, kind, country=country,
                              role=code[3:6] or None))
    if len(entry.codes) > 1:
        spec.meta["codes"] = list(entry.codes)
    return spec


def add_names(work: Work, home: str | None = None) -> None:
    """Every dictionary name in the text, as a mention of its actor (``home``: the
    publisher's country, which counts as named)."""
    weak = []
    hits = work.gaz.names_in(work.text)
    # a person of the generated list (leaders.tsv) counts only where the text names their country
    named = {e.country for e in (h.items[0] for h in hits) if not e.folded and e.country}
    if home:
        named.add(home)
    for hit in hits:
        entry = hit.items[0]
        if entry.folded and entry.country not in named:
            continue
        if entry.mention_kind == "capital" and names_a_thing(work, hit.end):
            continue
        if entry.ambiguous and not keep_ambiguous(work, entry, hit.start, hit.end):
            if entry.kind == "person":
                weak.append((hit, entry))
            continue
        code = entry.code_at(work.day)
        if not code:
            continue
        if entry.user and entry.key.startswith("user:"):
            spec = _user_spec(work, entry, code)
        elif entry.kind == "state":
            spec = work.state_spec(entry.country or entry.code)
        else:
            role = entry.role
            if entry.kind == "person" and len(code) >= 6:
                role = code[3:6]
            spec = work.spec(Spec(entry.key, entry.name, code, entry.kind, country=entry.country, role=role,
                                  title=entry.title))
            if entry.kind == "person":
                spec.office = next((h.office for h in work.dicts.holders if f"person:{h.name}" == entry.key
                                    and work.day is not None and h.covers(work.day)), None)
            if len(entry.codes) > 1:
                spec.meta["codes"] = list(entry.codes)
        mcode = f"{entry.country}{entry.mention_role}" if entry.mention_role and entry.country else None
        if mcode and entry.mention_role != "GOV":
            # "the Pentagon", "the Knesset", "the IDF": the state's military, legislature...
            sector = work.spec(Spec(f"sector:{mcode}", entry.text, mcode, "sector", country=entry.country,
                                    role=entry.mention_role))
            work.add(hit.start, hit.end, sector.key, "seat")
            continue
        work.add(hit.start, hit.end, spec.key, entry.mention_kind, mcode)
    for hit, entry in weak:
        if entry.key in work.specs:
            work.add(hit.start, hit.end, entry.key, "name")
