"""Steps 3-4: role phrases and conservative coreference.

* "Turkish forces", "the U.S. forces", "Syrian state media" -> sector actors
  (TURMIL, USAMIL, SYRMED); "the Syrian government" -> a mention of Syria coded SYRGOV.
* "the foreign ministers of Turkey, Syria and Iran", "Syrian and Turkish defense
  ministers" -> each state mention carries the code in context (TURGOV, SYRMIL ...).
* "NATO member Turkey" -> a mention of Turkey (and NATO).
* "its own troops" -> the military of the sentence's subject state.
* "armed opposition to Syrian President Bashar al-Assad", "rival militants" in a
  sentence about one state -> SYRREB / SYROPP; otherwise they stay unresolved.
* "the Council" -> the body named last whose name ends so ("the Security Council");
* "the ministry" -> the government of the last minister; "the Arab country" -> the one
  Arab state recently discussed; "he"/"she" -> the only person in reach.
"""

from __future__ import annotations

import re

from ..data import package_words
from .dictionaries import RoleWord
from .gazetteer import Hit
from .work import Found, Spec, Work

GAP = re.compile(r"^(?:['’]s)?[^\S\n]+(?:own[^\S\n]+)?$")
PROXY = re.compile(r"-(?:backed|supported|sponsored|allied|aligned|funded|armed|led|trained)\b")
AND_GAP = re.compile(r"\s+and\s+")
MOD_GAP = re.compile(r"^(?:['’]s)?[^\S\n]+(?:[a-z][a-z-]*[^\S\n]+){1,2}$")
LIST_SEP = re.compile(r"^(?:,\s+(?:and\s+)?|\s+and\s+|\s+or\s+)$")
OF_GAP = re.compile(r"\s+(?:of|from|in)\s+(?:the\s+)?")
MEMBER_GAP = re.compile(r"\s+(?:member state|member|members|ally|partner)\s+")
ITS_GAP = re.compile(r"(?:^|\s)([Ii]ts|[Tt]heir)\s+(?:own\s+)?$")
AGAINST = re.compile(r"\s+(?:to|against)\s+")
BACKED = re.compile(r"(?:backed|supported|armed|funded|by|from)\s+$")
MODIFIER = re.compile(r"(?:^|\s)((?:(?:[a-z][a-z-]+)(?:,\s+|\s+and\s+|\s+))+)$")
NOMINAL_STATE = re.compile(r"\b([Tt]he)\s+(?:([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+)?(country|nation|state|kingdom|republic)\b")
MOD_DEPS = {"amod", "compound", "conj", "nmod", "advmod"}
PRONOUN_RE = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey)\b")
BODY_HEADS = package_words("actors", "body_heads")
#: "the Council", "this Assembly", not "the Council of Ministers".
SHORT_FORM = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+([A-Z][a-z]+)\b(?!\s+of\b)")
BODY_KINDS = ("igo", "group", "sector")
NEXT_WORD = re.compile(r"[^\S\n]+([A-Z][a-z]+)\b")


def _code(country: str | None, rw: RoleWord) -> str | None:
    if not country:
        return None
    return f"{rw.role}{country}" if rw.prefix else f"{country}{rw.role}"


def _sector_spec(work: Work, country: str, rw: RoleWord, name: str) -> Spec:
    code = _code(country, rw) or rw.role
    name = re.sub(r"^(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:own\s+)?", "", name)
    return work.spec(Spec(f"sector:{code}", name, code, "sector", country=country, role=rw.role))


def _state_list_after(work: Work, pos: int) -> list[Found]:
    """State mentions in a list starting at ``pos``: "Turkey, Syria, Russia and Iran"."""
    out: list[Found] = []
    f = work.starting_at(pos)
    while f is not None:
        out.append(f)
        m = re.match(r",\s+(?:and\s+)?|\s+and\s+|\s+or\s+", work.text[f.end:f.end + 7])
        if not m:
            break
        f = work.starting_at(f.end + m.end())
    return out


def _state_list_before(work: Work, end: int) -> list[Found]:
    """State mentions in a list ending at ``end``: "Syrian and Turkish"."""
    out: list[Found] = []
    f = work.ending_at(end)
    while f is not None and f.kind != "role":
        out.append(f)
        prev = None
        for g in work.ends_in(f.start - 8, f.start - 1):
            if work.specs[g.key].kind == "state" and LIST_SEP.match(work.text[g.end:f.start]):
                prev = g
        f = prev
    return out


def role_phrases(work: Work, roles: list[Hit[RoleWord]], home: str | None = None) -> None:
    for hit in roles:
        rw = hit.items[0]
        raw = work.text[hit.start:hit.end]
        plural_title = rw.kind == "title" and raw.lower().endswith("s") and rw.text.endswith("s")
        # "the foreign ministers of Turkey, Syria and Iran"
        if any(f.start <= hit.start and hit.end <= f.end and work.specs[f.key].kind == "sector"
               for f in work.overlapping(hit.start, hit.end)):
            continue
        # "Turkish forces", "Syria's army", "the U.S. forces", "Syrian and Turkish defense ministers"
        before = None
        for f in work.ends_in(hit.start - 30, hit.start):
            if work.specs[f.key].kind == "state" and f.kind != "role" and _modifier_gap(work, f.end, hit.start):
                before = f
        gap = OF_GAP.match(work.text[hit.end:hit.end + 12])
        listed = _state_list_after(work, hit.end + gap.end()) if gap else []
        if gap and gap.group(0).strip() != "of" and (
                any(f.kind != "name" for f in listed)
                or re.search(r"\b(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+$", work.text[max(0, hit.start - 7):hit.start])):
            listed = []  # "recalled its diplomats from Ankara": whose diplomats is said before
        if gap and gap.group(0).strip().startswith("in") and (
                rw.role in ("MIL", "REB", "MED") or any(f.kind not in ("name",) for f in listed)):
            listed = []  # "troops in Syria", "reporters in Kyiv": a place, not an affiliation
        if before is None and listed and (rw.kind == "sector" or plural_title):
            rw = _maybe_former(work, hit, rw)
            work.used_roles.add((hit.start, hit.end))
            for f in listed:
                f.code = _code(work.specs[f.key].country, rw)
            for other in _coordinated_before(work, hit, roles):
                for f in listed:
                    f.code = f.code or _code(work.specs[f.key].country, other)
            continue
        if before is not None:
            country = work.specs[before.key].country
            states = _state_list_before(work, before.end)
            rw = _maybe_former(work, hit, rw, before.start)
            _coordinated_after(work, hit, before, roles)
            if rw.kind == "title" and not plural_title:
                continue  # a person: see people.py
            work.used_roles.add((hit.start, hit.end))
            if plural_title or len(states) > 1:
                for f in states:
                    f.code = _code(work.specs[f.key].country, rw)
                continue
            start = before.start
            lead = re.search(r"(?:^|\s)([Tt]he)\s+$", work.text[max(0, start - 5):start])
            if lead:
                start -= len(work.text[max(0, start - 5):start]) - lead.start(1)
            if rw.role == "GOV" and not rw.prefix:
                work.add(start, hit.end, before.key, "role", _code(country, rw))
            elif country:
                spec = _sector_spec(work, country, rw, work.text[start:hit.end])
                work.add(start, hit.end, spec.key, "group")
            continue
        group = next((f for f in work.ends_in(hit.start - 1, hit.start - 1) if work.text[f.end] == " "
                      and work.specs[f.key].kind in ("group", "igo")), None)
        if group is not None and (rw.kind == "sector" or plural_title):
            # "Hamas fighters", "NATO troops", "European Community foreign ministers"
            work.add(group.start, hit.end, group.key, "group")
            continue
        if rw.prefix:  # PETRARCH "[NGO~]": "MSF Arnor"
            g = work.starting_at(hit.end + 1)
            if g is not None and work.text[hit.end:g.start] == " ":
                work.add(hit.start, g.end, g.key, "role", _code(work.specs[g.key].country, rw))
                continue
        if rw.kind != "sector":
            continue
        its = ITS_GAP.search(work.text[max(0, hit.start - 12):hit.start])
        if its and rw.role not in ("GOV",):
            start = hit.start - (len(work.text[max(0, hit.start - 12):hit.start]) - its.start(1))
            subject = _subject_state(work, start)
            if subject:
                spec = _sector_spec(work, subject, rw, "")
                if spec.name == "":
                    spec.name = f"{raw} of {work.dicts.states.get(subject, subject)}"
                work.add(start, hit.end, spec.key, "group")
            continue
        if rw.role in ("REB", "OPP"):
            _opposition(work, hit, rw, home)


def _modifier_gap(work: Work, start: int, end: int) -> bool:
    """True when only a possessive and up to two noun modifiers separate a state from a role word
    ("Turkish forces", "Syria's army", "Brazilian rebel fighters", "its own troops")."""
    gap = work.text[start:end]
    if GAP.match(gap):
        return True
    m = MOD_GAP.match(gap)
    if not m:
        return False
    for w in re.finditer(r"[a-z][a-z-]*", gap):
        tok = work.token_at(start + w.start())
        if tok is None or tok.dep_ not in MOD_DEPS or tok.pos_ not in ("ADJ", "NOUN", "PROPN"):
            return False
    return True


def _maybe_former(work: Work, hit: Hit[RoleWord], rw: RoleWord, start: int | None = None) -> RoleWord:
    """"Former officials" are elites (ELI) in CAMEO."""
    lo = hit.start if start is None else start
    if re.search(r"\b[Ff]ormer\b", work.text[max(0, lo - 8):hit.start]):
        return RoleWord(rw.text, "ELI", rw.kind, None, rw.prefix)
    return rw


def _coordinated_after(work: Work, hit: Hit[RoleWord], state: Found, roles: list[Hit[RoleWord]]) -> None:
    """"Danish media and government": the second role word takes the same country."""
    m = AND_GAP.match(work.text, hit.end)
    if m is None:
        return
    for other in roles:
        if other.start == m.end():
            o = other.items[0]
            country = work.specs[state.key].country
            if o.role == "GOV" and not o.prefix:
                work.add(other.start, other.end, state.key, "role", _code(country, o))
            elif country:
                spec = _sector_spec(work, country, o, work.text[other.start:other.end])
                work.add(other.start, other.end, spec.key, "group")
            return


def _coordinated_before(work: Work, hit: Hit[RoleWord], roles: list[Hit[RoleWord]]) -> list[RoleWord]:
    """"Lawmakers and officials in X": role words coordinated before this one."""
    out = []
    for other in roles:
        if hit.start - 8 <= other.end < hit.start and re.fullmatch(r"\s+and\s+", work.text[other.end:hit.start]):
            out.append(other.items[0])
            work.used_roles.add((other.start, other.end))
    return out


def _subject_state(work: Work, pos: int) -> str | None:
    """The state that is the grammatical subject of the sentence holding ``pos``."""
    s0, _ = work.sent_span(pos)
    for f in reversed(work.of_kind(("state",), s0, pos)):
        tok = work.token_at(f.end - 1)
        if tok is not None and tok.dep_.startswith("nsubj"):
            return work.specs[f.key].country
    return None


def _modifiers_left(work: Work, start: int, floor: int) -> int:
    """Take in adjectives before a noun: "political and armed", "rival", "hardline"."""
    while start > floor:
        tok = work.token_at(start - 1)
        if tok is None or tok.idx < floor:
            return start
        if tok.text.islower() and tok.dep_ in MOD_DEPS and (tok.pos_ in ("ADJ", "NOUN", "PROPN") or tok.tag_ == "VBN"):
            start = tok.idx
            continue
        if tok.text in ("and", ",") and tok.i > 0:
            prev = tok.doc[tok.i - 1]
            if prev.idx >= floor and prev.text.islower() and prev.dep_ in MOD_DEPS:
                start = prev.idx
                continue
        return start
    return start


def _opposition(work: Work, hit: Hit[RoleWord], rw: RoleWord, home: str | None = None) -> None:
    """Rebels or opposition named without a country: take it from the sentence, if clear. In a
    government's own release (``home``) its own country is not theirs: "We urge the warring
    factions …, and the UK Government will …" is about another country's factions."""
    text = work.text
    start, end = hit.start, hit.end
    s0, s1 = work.sent_span(hit.start)
    start = _modifiers_left(work, start, s0)
    while start < hit.start and text[start - 1:start] == "-":  # "Turkish-backed rebels"
        start = text.find(" ", start, hit.start) + 1 or hit.start
    phrase = text[start:end]
    # coordination: "hardline armed groups and takfiri factions"
    if re.match(r"\s+and\s", text[end:end + 6]):
        for other in work.gaz.roles_in(text[end:min(s1, end + 60)]):
            o = other.items[0]
            if o.role in ("REB", "OPP") and re.fullmatch(r"\s+and\s+(?:[a-z][a-z-]+\s+){0,2}",
                                                          text[end:end + other.start]):
                end = end + other.end
                phrase = text[start:end]
                break
    role = "REB" if (rw.role == "REB" or re.search(r"\barmed\b", phrase)) else "OPP"
    country = None
    after = AGAINST.match(text[end:end + 10])
    if after:
        nxt = work.starts_in(end + after.end(), end + after.end() + 3)
        if nxt:
            country = work.specs[nxt[0].key].country
    if country is None:
        candidates = set()
        excluded: set[int] = set()
        for f in work.of_kind(("state", "person"), s0, s1):
            if f.kind in ("demonym", "role") or PROXY.match(text, f.end):
                continue  # "Israeli strikes", "Turkish-backed": not the rebels' home
            if BACKED.search(text[max(s0, f.start - 12):f.start]):
                excluded.update(g.start for g in _state_list_after(work, f.start))
                excluded.add(f.start)
            if f.start in excluded:
                continue
            candidates.add(work.specs[f.key].country)
        candidates.discard(None)
        candidates.discard(home)
        if len(candidates) == 1:
            country = candidates.pop()
    if country is None or work.covered(start, end) and any(
            f.start <= start and end <= f.end for f in work.overlapping(start, end)):
        return
    rw2 = RoleWord(rw.text, role, rw.kind)
    spec = _sector_spec(work, country, rw2, phrase)
    work.add(start, end, spec.key, "group")


def member_of(work: Work) -> None:
    """"NATO member Turkey" is a mention of Turkey (and the NATO mention stays)."""
    for f in list(work.found):
        if work.specs[f.key].kind != "igo":
            continue
        m = MEMBER_GAP.match(work.text[f.end:f.end + 16])
        if m:
            g = work.starting_at(f.end + m.end())
            if g is not None:
                work.add(f.start, g.end, g.key, "name")


def ministry(work: Work, roles: list[Hit[RoleWord]]) -> None:
    """"The ministry" -> the government of the minister last mentioned (within 3 sentences)."""
    for hit in roles:
        raw = work.text[hit.start:hit.end]
        if raw.lower() != "ministry" or not re.search(r"[Tt]he\s+$", work.text[max(0, hit.start - 4):hit.start]):
            continue
        if work.covered(hit.start, hit.end):
            continue
        start = hit.start - 4
        si = work.sent_index(hit.start)
        lo = work.sents[max(0, si - 3)][0]
        persons = [f for f in work.starts_in(lo, start) if work.specs[f.key].kind == "person"
                   and "minister" in (work.specs[f.key].title or "").lower()]
        if not persons:
            continue
        last = max(persons, key=lambda f: f.start)
        country = work.specs[last.key].country
        if country:
            spec = work.state_spec(country)
            work.add(start, hit.end, spec.key, "nominal", f"{country}GOV")


def short_forms(work: Work) -> None:
    """"The Council" -> the body named last before it whose name ends with "Council" ("the
    Security Council"), or whose name the word follows ("the OSCE Mission"); the same for the
    other ``body_heads`` ("this Mission", "the Assembly")."""
    named: list[tuple[int, str, Found]] = []
    for f in work.found:
        if work.specs[f.key].kind not in BODY_KINDS:
            continue
        last = work.text[f.start:f.end].split()[-1]
        after = NEXT_WORD.match(work.text, f.end)  # "the OSCE Mission in Tajikistan"
        if after and after.group(1).lower() in BODY_HEADS:
            last = after.group(1)
        if last[:1].isupper() and last.lower() in BODY_HEADS:
            named.append((f.end, last.lower(), f))
    if not named:
        return
    for m in SHORT_FORM.finditer(work.text):
        head = m.group(1).lower()
        if head not in BODY_HEADS or work.overlapping(m.start(), m.end()):
            continue
        before = [(end, f) for end, h, f in named if h == head and end <= m.start()]
        if before:
            f = max(before, key=lambda x: x[0])[1]
            work.add(m.start(), m.end(), f.key, "nominal", f.code)


def nominal_states(work: Work) -> None:
    """"The Arab country" -> the only Arab state mentioned in this or the two previous sentences."""
    for m in NOMINAL_STATE.finditer(work.text):
        adj = m.group(2)
        if adj is None or adj not in work.dicts.regions:
            continue
        if work.covered(m.start(), m.end()):
            continue
        si = work.sent_index(m.start())
        lo = work.sents[max(0, si - 2)][0]
        region = work.dicts.regions[adj]
        found = {c for c in (work.specs[f.key].country for f in work.of_kind(("state",), lo, m.start()))
                 if c is not None and c in region}
        if len(found) == 1:
            spec = work.state_spec(found.pop())
            work.add(m.start(), m.end(), spec.key, "nominal")


def pronouns(work: Work) -> None:
    """"He"/"she" -> the one person in this sentence before it, else the one person in
    the two sentences before, else (a subject pronoun) the person who was the subject
    of the sentence before; "they" -> the one group in reach. Otherwise unresolved."""
    for pm in PRONOUN_RE.finditer(work.text):
        word = pm.group(0)
        start, end = pm.start(), pm.end()
        if work.covered(start, end):
            continue
        kinds = ("person",) if word.lower() in ("he", "she") else ("group", "sector")
        si = work.sent_index(start)
        s0 = work.sents[si][0]
        here = {f.key for f in work.starts_in(s0, start) if work.specs[f.key].kind in kinds}
        if word.lower() == "they":
            if not here and si > 0:  # the only group of the previous sentence, with no person there
                p0 = work.sents[si - 1][0]
                here = {f.key for f in work.starts_in(p0, s0) if work.specs[f.key].kind in kinds}
                s0 = p0
            if len(here) == 1 and not [f for f in work.starts_in(s0, start) if work.specs[f.key].kind == "person"]:
                work.add(start, end, here.pop(), "pronoun")
            continue
        if len(here) == 1:
            work.add(start, end, here.pop(), "pronoun")
            continue
        if here:
            continue
        lo = work.sents[max(0, si - 2)][0]
        near = {f.key for f in work.starts_in(lo, s0) if work.specs[f.key].kind in kinds}
        if len(near) == 1:
            work.add(start, end, near.pop(), "pronoun")
        elif near and si > 0:
            key = _previous_subject(work, start, si)
            if key is not None:
                work.add(start, end, key, "pronoun")


def _is_subject(work: Work, start: int, end: int) -> bool:
    tok = work.token_at(max(start, end - 1))
    return tok is not None and tok.dep_ in ("nsubj", "nsubjpass")


def _previous_subject(work: Work, start: int, si: int) -> str | None:
    """"Hagel met Chang in Beijing. He urged China …": a pronoun that is its
    clause's subject, with several people before it, is the person who was the
    subject of the sentence before (the subject carries on)."""
    if work.doc is None or not _is_subject(work, start, start + 1):
        return None
    p0, p1 = work.sents[si - 1]
    for f in work.starts_in(p0, p1):
        if work.specs[f.key].kind == "person" and _is_subject(work, f.start, f.end):
            return f.key
    return None


def unattached(work: Work, roles: list[Hit[RoleWord]], home: str | None = None) -> None:
    """PETRARCH agents with no country found ("a senior official said") -> "---GOV", as PETRARCH codes them;
    in a government's own release (``home``: the publisher's country) its officials and spokespeople
    ("An FCDO spokesperson said") are that government's."""
    for hit in roles:
        rw = hit.items[0]
        if not rw.unattached or work.covered(hit.start, hit.end) or (hit.start, hit.end) in work.used_roles:
            continue
        if home is not None and rw.role == "GOV" and not rw.prefix:
            work.add(hit.start, hit.end, work.state_spec(home).key, "role", f"{home}GOV")
            continue
        code = f"{rw.role}---" if rw.prefix else f"---{rw.role}"
        spec = work.spec(Spec(f"sector:{code}", work.text[hit.start:hit.end], code, "sector", role=rw.role))
        work.add(hit.start, hit.end, spec.key, "group")
