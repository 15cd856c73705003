"""Peoples, regions and forces coded from their sentence (conservatively).

* "more than 100 Palestinians", "thousands of Iraqis": a counted plural demonym names
  people, not the state: the state mention carries ``XXXCVL`` in context;
* "Iraqi Kurds", "Syrian Kurds": a people of ``peoples.yml`` after a demonym becomes a
  sector actor of that country (``IRQCVLKUR``); alone it keeps its own code ("Kurds" KUR);
* "Darfur rebels", "rebels in Darfur", "Donbas separatists": a region of ``areas.yml``
  gives its country to the role word (``SDNREB``); shared regions ("Kashmir") give none;
* "riot police", "security forces", "border guards" (role words marked ``home``) without a
  nationality take the country of their sentence when the sentence names a state by name
  or capital and every state, person or sector mentioned there is of that one country;
* "opposition leader X", "rebel commander X" without a nationality: the same rule.

Cities other than capitals are not actors: "in Kherson" is a place (see docs/actors.md).
"""

from __future__ import annotations

import re

from ..quotes.voice import FIRST_PLURAL
from .dictionaries import RoleWord
from .gazetteer import Hit, longest
from .unnamed import article_country
from .work import Found, Spec, Work

COUNT = re.compile(
    r"(?:\b\d[\d,.]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|fifty|dozen|dozens|"
    r"hundreds|thousands|tens of thousands|millions|scores|several|many|some|few|more|fellow|young|ordinary|"
    r"angry|displaced|wounded|stranded)(?:\s+of)?)\s+$", re.IGNORECASE)
AREA_BEFORE = re.compile(r"^(?:['’]s)?(?:\s+|-based\s+)$")
AREA_AFTER = re.compile(r"\s+(?:in|from)\s+(?:the\s+)?")
PROXY_AFTER = re.compile(r"-(?:backed|supported|sponsored|allied|aligned|funded|armed|led|trained)\b")
BACKER_BEFORE = re.compile(r"(?:backed|supported|armed|funded|sponsored|by)\s+$")
PLACE_ROLES = ("REB", "OPP", "MIL", "COP", "CVL", "UAF", "REF")


def counted_peoples(work: Work) -> None:
    """"Thousands of Palestinians": the state mention is coded XXXCVL (people of it)."""
    for f in list(work.found):
        if f.kind != "demonym" or f.code or work.specs[f.key].kind != "state":
            continue
        text = work.text[f.start:f.end]
        if not text.endswith("s") or text.isupper():
            continue
        tok = work.token_at(f.start)
        if tok is not None and tok.dep_ in ("amod", "compound") and tok.head.i != tok.i:
            continue  # "two Swiss banks": an adjective
        if COUNT.search(work.text[max(0, f.start - 30):f.start]):
            f.code = f"{work.specs[f.key].country}CVL"


def ethnic_peoples(work: Work) -> None:
    """"Iraqi Kurds": the people of a country (a demonym right before the people's name)."""
    for f in list(work.found):
        if not f.key.startswith("people:"):
            continue
        spec = work.specs[f.key]
        own = spec.code[-3:]
        for g in work.ends_in(f.start - 1, f.start - 1):
            gs = work.specs[g.key]
            if gs.kind == "state" and g.kind == "demonym" and work.text[g.end:f.start] == " " and gs.country:
                code = f"{gs.country}CVL{own}"
                name = work.text[g.start:f.end]
                sector = work.spec(Spec(f"sector:{code}", name, code, "sector", country=gs.country, role="CVL"))
                work.drop(lambda x, f=f: x is f, f.start, f.end)
                work.add(g.start, f.end, sector.key, "group")
                break


def _sector(work: Work, country: str, rw: RoleWord, name: str) -> Spec:
    code = f"{rw.role}{country}" if rw.prefix else f"{country}{rw.role}"
    return work.spec(Spec(f"sector:{code}", name, code, "sector", country=country, role=rw.role))


def _inside_sector(work: Work, start: int, end: int) -> bool:
    return any(f.start <= start and end <= f.end and work.specs[f.key].kind in ("sector", "group", "igo")
               for f in work.overlapping(start, end))


def regional_roles(work: Work, roles: list[Hit[RoleWord]]) -> None:
    """"Darfur rebels", "rebels in Darfur": the region's country (none for shared regions)."""
    areas = longest(work.gaz.areas.hits(work.text))
    if not areas:
        return
    by_end = {a.end: a for a in areas}
    by_start = {a.start: a for a in areas}
    for hit in roles:
        rw = hit.items[0]
        if rw.kind != "sector" or _inside_sector(work, hit.start, hit.end):
            continue
        span = None
        area = None
        for gap_start in range(max(0, hit.start - 8), hit.start):
            a = by_end.get(gap_start)
            if a is not None and AREA_BEFORE.match(work.text[a.end:hit.start]):
                area, span = a, (a.start, hit.end)
        if area is None and rw.role in PLACE_ROLES:
            m = AREA_AFTER.match(work.text, hit.end)
            if m and m.end() in by_start:
                area = by_start[m.end()]
                span = (hit.start, area.end)
        if area is None or span is None:
            continue
        if work.ending_at(area.start - 1) is not None or work.ending_at(hit.start - 1) is not None:
            continue  # "Sudanese Darfur rebels": the nationality decides (role phrases)
        country = area.items[0]
        if country is None:
            continue  # "Kashmir militants": shared region, left uncoded
        work.used_roles.add((hit.start, hit.end))
        spec = _sector(work, country, rw, work.text[span[0]:span[1]])
        work.add(span[0], span[1], spec.key, "group")


def sentence_country(work: Work, pos: int, skip: tuple[int, int] = (0, 0)) -> str | None:
    """The one country of a sentence: named (name or capital) at least once, and every
    state, person, group or sector mentioned there belongs to it. Backers are ignored."""
    s0, s1 = work.sent_span(pos)
    countries: set[str | None] = set()
    named = False
    for f in work.starts_in(s0, s1):
        if skip[0] <= f.start < skip[1]:
            continue
        spec = work.specs[f.key]
        if spec.kind not in ("state", "person", "sector", "group"):
            continue
        if PROXY_AFTER.match(work.text, f.end) or BACKER_BEFORE.search(work.text[max(s0, f.start - 12):f.start]):
            continue
        if spec.kind == "person" and spec.country is None:
            continue
        countries.add(spec.country)
        if spec.kind == "state" and f.kind in ("name", "capital", "seat"):
            named = True
    if named and len(countries) == 1:
        return countries.pop()
    return None


def home_forces(work: Work, roles: list[Hit[RoleWord]]) -> None:
    """"Riot police dispersed the crowd in Ankara" -> TURCOP (home forces only)."""
    for hit in roles:
        rw = hit.items[0]
        if not rw.home or (hit.start, hit.end) in work.used_roles or work.covered(hit.start, hit.end):
            continue
        if re.search(r"\b(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Ff]oreign|[Ii]nternational)\s+$",
                     work.text[max(0, hit.start - 15):hit.start]):
            continue
        country = None
        m = AREA_AFTER.match(work.text, hit.end)  # "security forces in Guinea"
        if m:
            f = work.starting_at(m.end())
            if f is not None and f.kind in ("name", "capital") and f.code is None:
                country = work.specs[f.key].country
        country = country or sentence_country(work, hit.start)
        if country is None:
            continue
        work.used_roles.add((hit.start, hit.end))
        spec = _sector(work, country, rw, work.text[hit.start:hit.end])
        work.add(hit.start, hit.end, spec.key, "group")


def titled_fighters(work: Work) -> None:
    """"Opposition leader X was jailed in Russia": an OPP/REB person takes the sentence's country."""
    for f in list(work.found):
        spec = work.specs[f.key]
        if spec.kind != "person" or spec.country is not None or spec.role not in ("OPP", "REB") \
                or f.kind != "title" or not spec.code.startswith("---"):
            continue
        s0, s1 = work.sent_span(f.start)
        if any(g.key != f.key and work.specs[g.key].kind in ("person", "sector") for g in work.starts_in(s0, s1)):
            continue  # "Opposition leader X met Colombian President Y in Bogota": whose opposition?
        country = sentence_country(work, f.start, skip=(f.start, f.end))
        if country is not None:
            spec.country = country
            spec.code = f"{country}{spec.role}"


def led_forces(work: Work, roles: list[Hit[RoleWord]]) -> None:
    """"Vietnamese-led forces", "Saudi-led troops": the leading state's military. (Backed,
    armed or funded forces are not the backer's: see :mod:`.coref`.)"""
    for hit in roles:
        rw = hit.items[0]
        if rw.kind != "sector" or rw.role != "MIL" or (hit.start, hit.end) in work.used_roles \
                or _inside_sector(work, hit.start, hit.end):
            continue
        m = re.search(r"-led\s+$", work.text[max(0, hit.start - 8):hit.start])
        if not m:
            continue
        f = work.ending_at(hit.start - (len(work.text[max(0, hit.start - 8):hit.start]) - m.start()))
        country = work.specs[f.key].country if f is not None else None
        if f is None or not country:
            continue
        work.used_roles.add((hit.start, hit.end))
        spec = _sector(work, country, rw, work.text[f.start:hit.end])
        work.add(f.start, hit.end, spec.key, "group")


OF_STATE = re.compile(r"\s+of\s+(?:the\s+)?")


def title_of_state(work: Work, roles: list[Hit[RoleWord]]) -> None:
    """"King Hassan of Morocco" -> MARGOV; "the president of Armenia" -> a mention of
    Armenia coded ARMGOV (the office, not a person we can name)."""
    for f in list(work.found):
        spec = work.specs[f.key]
        if spec.kind != "person" or f.kind != "title" or not spec.code.startswith("---"):
            continue
        m = OF_STATE.match(work.text, f.end)
        g = work.starting_at(m.end()) if m else None
        state = work.specs[g.key].country if g is not None and g.kind == "name" else None
        if state:
            country = state
            spec.country = country
            spec.code = f"{country}{spec.role}" if spec.role else country
    for hit in roles:
        rw = hit.items[0]
        raw = work.text[hit.start:hit.end]
        if rw.kind != "title" or (raw.endswith("s") and not rw.text.endswith("s")) or rw.prefix:
            continue
        if work.covered(hit.start, hit.end):
            continue
        lead = re.search(r"(?:^|\s)([Tt]he)\s+$", work.text[max(0, hit.start - 5):hit.start])
        m = OF_STATE.match(work.text, hit.end)
        if not lead or not m:
            continue
        g = work.starting_at(m.end())
        home = work.specs[g.key].country if g is not None and g.kind == "name" and not g.code else None
        if g is None or not home:
            continue
        start = hit.start - (len(work.text[max(0, hit.start - 5):hit.start]) - lead.start(1))
        country = home
        holder = work.holder_at(country, rw.office) if rw.office else None
        if holder is not None:  # "the president of the United States" on the article's date
            work.add(start, g.end, work.holder_spec(holder).key, "nominal")
            continue
        work.add(start, g.end, g.key, "role", f"{country}{rw.role}")


#: Words before a state named as the place a group acts in ("in Syria", "across northern Iraq").
PLACE_BEFORE = re.compile(r"\b(?:in|inside|across|throughout)\s+(?:(?:the|central|[a-z-]*(?:north|south|east|west)"
                          r"(?:ern)?)\s+)*$", re.IGNORECASE)


def _place_of_sentence(work: Work, pos: int) -> str | None:
    """The first state a sentence names as a place ("strikes against ISIL in Syria")."""
    s0, s1 = work.sent_span(pos)
    for f in work.starts_in(s0, s1):
        spec = work.specs[f.key]
        if spec.kind == "state" and f.kind in ("name", "capital") and f.code is None \
                and PLACE_BEFORE.search(work.text[max(s0, f.start - 40):f.start]):
            return spec.country
    return None


def _only_country(work: Work, pos: int) -> str | None:
    """The one country of every state, person, group or sector a sentence names, if one."""
    s0, s1 = work.sent_span(pos)
    countries = {work.specs[f.key].country for f in work.starts_in(s0, s1)
                 if work.specs[f.key].kind in ("state", "person", "sector", "group")
                 and not FIRST_PLURAL.fullmatch(work.text[f.start:f.end])}  # the publisher's "we" is no place
    countries.discard(None)
    return countries.pop() if len(countries) == 1 else None


#: Where a group stands when it acts or is acted on: subject, object, or after a preposition of
#: conflict ("strikes against ISIL", "take Marawi back from ISIS fighters"); not "linked to Al-Qaeda".
ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "agent", "dobj"})
CONFLICT_PREPS = frozenset({"against", "on", "from", "with", "by"})


def _acting(work: Work, f: Found) -> bool:
    """Whether a mention is a party to its clause's act, by the parse."""
    if work.doc is None:
        return False
    span = work.doc.char_span(f.start, f.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span.root
    while tok.dep_ in ("compound", "amod", "nmod") and tok.head.i != tok.i:
        tok = tok.head  # "ISIL targets", "pro-ISIS fighters"
    if tok.dep_ in ACTING_DEPS:
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ in CONFLICT_PREPS


def transnational_groups(work: Work, home: str | None = None) -> None:
    """A group of no country (ISIL, al-Qaeda: codes ``IMG…``) is, in each sentence, the
    insurgents of the country it acts in: the state the sentence names as a place ("US
    strikes against ISIL in Syria" -> SYRREB), else the one country of everyone else the
    sentence names ("ISIL fighters attacked Iraqi forces" -> IRQREB), else the one country
    other than the publisher's (``home``) named in the article so far."""
    for f in list(work.found):
        spec = work.specs[f.key]
        if spec.kind != "group" or spec.country or not spec.code.startswith("IMG") or f.code \
                or not _acting(work, f):
            continue
        country = _place_of_sentence(work, f.start) or _only_country(work, f.start) \
            or article_country(work, f.start, home)
        if country:
            f.code = f"{country}REB"
