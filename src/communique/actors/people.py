"""Step 2: people named with a title, and later mentions of their surnames.

"Russian Foreign Minister Sergei Lavrov", "Syria's foreign minister, Faisal
Mekdad" and "Lithuanian Deputy Agriculture Minister Jonas Invented" make person
actors coded by nationality + the title's role. Without a nationality the
country comes from the dictionary of office holders, else from the sentence,
conservatively. "The top Iranian diplomat" and "the U.S. president" (no name)
resolve to a person of that country and office in the article, else to the
office holder at the article's date.
"""

from __future__ import annotations

import re

from ..data import package_words
from ..quotes.voice import FIRST_PLURAL
from .dictionaries import AL_PREFIX, Entry, Holder, RoleWord, fold_word, name_words
from .gazetteer import Hit
from .work import MAX_SPAN, Found, Spec, Work

POSSESSIVE_GAP = re.compile(r"^(?:['’]s)?[^\S\n]+$")  # a title's country never sits across a line break
PARTICLE = re.compile(r"(?:(?:von|van|der|den|de|du|da|dos|di|la|le|bin|bint|ibn|al|el|ben)\s+)+")
PARTICLE_END = re.compile(r"\s(?:von|van|der|den|de|du|da|dos|di|la|le|bin|bint|ibn|al|el|ben)$")
NAME_GAP = re.compile(r"^,?[^\S\n]+")  # a name never starts on the next line
NAME_WORD = re.compile(r"[A-Z][\w'’.-]*")
#: The rest of an office's name after its title word, up to the comma before the holder's
#: name: "of State for Middle Eastern Affairs", "for the Middle East and North Africa".
OFFICE_COMPLEMENT = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*"
                               r"(?:\s+(?:and|of|for|the|[A-Z][\w'’-]*)){0,8}(?=,\s)")
#: The same without the comma: "Minister for the Middle East Alistair Burt"; the holder's name is
#: the last two capitalised words (or the PERSON entity ending there).
BARE_COMPLEMENT = re.compile(r"[^\S\n]+(?:of|for)[^\S\n]+(?:the[^\S\n]+)?(?:[A-Z][\w'’-]*|and|of|for|the)"
                             r"(?:[^\S\n]+(?:[A-Z][\w'’-]*|and|of|for|the)){2,9}")
SAID_GAP = re.compile(r"^\s+(?:said|says|added|stated|told reporters|noted)(?: that)?\s+$")
#: A state right after the name: where a foreign official was met ("Prime Minister X in Dhaka").
IN_GAP = re.compile(r"^\s+in\s+(?:the\s+)?$")
#: What links an office to its state inside the title: "President *of* Kenya", "Minister of
#: Foreign Affairs *of the* Republic of Georgia" (never "for": "Special Envoy for Sudan").
OF_GAP = re.compile(r"\bof\s+(?:the\s+)?$")
HONORIFICS, NOT_NAMES = name_words()


def _state_before(work: Work, pos: int) -> tuple[Found | None, int]:
    """A state mention ending just before ``pos`` (possessive allowed), and where it starts."""
    for f in sorted(work.ends_in(pos - 4, pos), key=lambda f: -f.end):
        if work.specs[f.key].kind == "state" and f.kind != "role":
            if POSSESSIVE_GAP.match(work.text[f.end:pos]):
                return f, f.start
    return None, pos


def _org_before(work: Work, pos: int) -> Found | None:
    """A group or organisation mention just before ``pos`` ("Hezbollah leader", "the EU's")."""
    for f in work.ends_in(pos - 3, pos):
        if work.specs[f.key].kind in ("group", "igo", "sector") \
                and POSSESSIVE_GAP.match(work.text[f.end:pos]):
            return f
    return None


def _extend_title_left(work: Work, start: int) -> int:
    """Take in capitalised title words before a title ("Deputy Agriculture Minister")."""
    while True:
        m = re.search(r"([A-Z][a-z]+)[^\S\n]+$", work.text[max(0, start - 25):start])  # not over a line break
        if not m:
            return start
        word_start = start - (len(work.text[max(0, start - 25):start]) - m.start(1))
        if work.covered(word_start, start) or m.group(1) in NOT_NAMES:
            return start
        if word_start == work.sent_span(start)[0]:
            return start
        start = word_start


def _name_after(work: Work, pos: int) -> tuple[int, int] | None:
    """The span of a person's name starting right after ``pos`` (after an optional comma)."""
    gap = NAME_GAP.match(work.text[pos:pos + 3])
    if not gap:
        return None
    start = pos + gap.end()
    known = max((f.end for f in work.starts_in(start, start + 1) if work.specs[f.key].kind == "person"), default=0)
    for s0, end in work.person_ents:
        if s0 == start and work.text[s0:end].split()[0] in HONORIFICS:
            break  # "Air Force Brig. Gen. Pat Ryder": the model took the rank for the name
        if s0 == start or (s0 < start < end and work.text[s0:start].strip() in HONORIFICS):
            if work.text[end - 2:end] in ("'s", "’s"):
                end -= 2
            if PARTICLE_END.search(work.text[start:end]):
                break  # "Ursula von": the model cut the name; read it ourselves
            return start, max(_rest_of_name(work, start, end), known)
    words: list[tuple[int, int]] = []
    while True:  # "General Asim Munir", "Ayatollah Ali Khamenei": the name starts after the honorific
        m = NAME_WORD.match(work.text, start)
        if not m or m.group(0) not in HONORIFICS or work.text[m.end():m.end() + 1] != " ":
            break
        start = m.end() + 1
    i = start
    while len(words) < 5:
        m = NAME_WORD.match(work.text, i)
        if not m and words:  # "von der Leyen", "bin Salman": particles inside a name
            p = PARTICLE.match(work.text, i)
            if p and NAME_WORD.match(work.text, p.end()):
                i = p.end()
                continue
        if not m or m.group(0) in NOT_NAMES:
            break
        word = m.group(0).rstrip(".") if not m.group(0).endswith(".") or len(m.group(0)) > 3 else m.group(0)
        if word.endswith("'s") or word.endswith("’s"):
            word = word[:-2]
            words.append((i, i + len(word)))
            break
        if work.covered(i, i + len(word)) and work.starting_at(i, ("state", "igo", "group")):
            break
        words.append((i, i + len(word)))
        nxt = work.text[i + len(word):i + len(word) + 1]
        if nxt != " ":
            break
        i = i + len(word) + 1
    if words and words[0][0] < words[-1][1]:
        if len(words) == 1 and work.text[words[0][0]:words[0][1]] in HONORIFICS:
            return None
        return words[0][0], words[-1][1]
    return None


def _rest_of_name(work: Work, start: int, end: int) -> int:
    """The end of a name the model cut short ("Makhdoom Shah" of "Makhdoom Shah Mahmood
    Qureshi"): capitalised words right after it, up to five words in all."""
    words = len(work.text[start:end].split())
    while words < 5:
        m = NAME_WORD.match(work.text, end + 1) if work.text[end:end + 1] == " " else None
        if m is None or m.group(0) in NOT_NAMES or m.group(0) in HONORIFICS or m.group(0).endswith(".") \
                or work.covered(m.start(), m.end()):
            return end
        end, words = m.end(), words + 1
    return end


def _bare_complement_name(work: Work, pos: int) -> tuple[int, int] | None:
    """The holder's name closing an office complement with no comma before it."""
    m = BARE_COMPLEMENT.match(work.text, pos)
    if m is None:
        return None
    words = [w for w in re.finditer(r"\S+", m.group(0))]
    tail = words[-2:]
    office = [w.group(0) for w in words[1:-2] if w.group(0)[:1].isupper()]
    if not office or not all(w.group(0)[:1].isupper() and w.group(0) not in NOT_NAMES for w in tail):
        return None
    start, end = pos + tail[0].start(), pos + tail[-1].end()
    for s0, e0 in work.person_ents:
        if e0 == end and pos + words[2].start() < s0 < start:
            start = s0
    if work.covered(start, end):
        return None
    return start, end


def _named_before(work: Work, surname: str) -> str | None:
    """The key of the one person already introduced whose surname this lone word is
    ("Foreign Minister Kristovskis" after "… Girts Valdis Kristovskis")."""
    if " " in surname.strip():
        return None
    named = {f.key for f in work.found}
    keys = [k for k, spec in work.specs.items() if k in named and spec.kind == "person"
            and len(spec.name.split()) > 1 and spec.name.split()[-1] == surname]
    return keys[0] if len(keys) == 1 else None


def _former(work: Work, start: int, end: int) -> bool:
    """True when "former" qualifies the phrase (CAMEO codes former officials ELI)."""
    return bool(re.search(r"\b[Ff]ormer\b", work.text[max(0, start - 8):end]))


def _complement_country(work: Work, lo: int, hi: int) -> str | None:
    """The one state an office's complement names with "of" ("Prime Minister of Hungary",
    "Minister of Foreign Affairs of Georgia"), or None."""
    found = {work.specs[f.key].country for f in work.of_kind(("state",), lo, hi)
             if f.kind != "role" and OF_GAP.search(work.text[lo:f.start])}
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def _context_country(work: Work, title_start: int, name_end: int, home: str | None = None) -> str | None:
    """The country of a titled person without a nationality, when the sentence makes it clear.
    In a government's own release (``home``: the publisher's country) a place the sentence
    names first ("After the summit in Vilnius, Minister X will visit …") is no nationality:
    the publisher's own officials go unplaced there, for :func:`.publisher.unplaced_officials`."""
    s0, s1 = work.sent_span(title_start)
    people = [f for f in work.starts_in(s0 - MAX_SPAN, title_start) if work.specs[f.key].kind == "person"]
    before = {work.specs[f.key].country for f in work.of_kind(("state",), s0, title_start)
              if not any(p.start <= f.start and f.end <= p.end for p in people)
              and not (home and _in_place(work, f))
              and not FIRST_PLURAL.fullmatch(work.text[f.start:f.end])}  # "we welcome President X": the host
    before.discard(None)
    if len(before) == 1:
        return next(iter(before))
    for f in work.of_kind(("state",), name_end, s1):
        if SAID_GAP.match(work.text[name_end:f.start]) or IN_GAP.match(work.text[name_end:f.start]):
            return work.specs[f.key].country  # "…, Kenya's president, said"; "met President X in Nairobi"
        break
    return None


def _in_place(work: Work, f: Found) -> bool:
    """Whether a mention is the object of "in", "at" or "from" (a place, not a nationality)."""
    tok = work.token_at(f.start) if work.doc is not None else None
    while tok is not None and tok.dep_ == "compound":
        tok = tok.head
    return tok is not None and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at", "from")


def _person_key(work: Work, start: int, end: int) -> str | None:
    """The key of a dictionary person mentioned inside ``[start, end)``."""
    for f in work.starts_in(start, end):
        if f.end <= end and work.specs[f.key].kind == "person":
            return f.key
    return None


def _resolve_office(work: Work, country: str | None, office: str | None, before: int) -> Spec | None:
    """A person of this country and office mentioned earlier, else the holder at the article's date."""
    if office is None or country is None:
        return None
    for f in sorted(work.found, key=lambda f: -f.start):
        s = work.specs[f.key]
        if f.start < before and s.kind == "person" and s.country == country and s.office == office:
            return s
    holder = work.holder_at(country, office)
    return work.holder_spec(holder) if holder else None


NAME_SUFFIXES = package_words("actors", "name_suffixes")


def _listed_by_name(work: Work, name: str, role: str) -> Spec | None:
    """"President Duda", "President Bashir", "Prime Minister Abiy" with no country named before
    them: the one person of the name lists whose surname or first name this is ("Premier Wen" is
    Wen Jiabao or Ma Wen: neither) and who holds ``role`` on the article's date, in a country the
    article names."""
    words = name.split()
    if work.day is None or len(words) != 1:
        return None
    named = {work.specs[f.key].country for f in work.found if work.specs[f.key].kind == "state"}
    index = work.dicts.people_by_name
    word = AL_PREFIX.sub("", fold_word(words[0]))
    found: dict[str, tuple[Entry, str]] = {}
    for part in ("last", "first"):
        for e in index.get((part, word), []):
            code = next((d.code for d in e.dated if d.covers(work.day)), None)
            if code and code[3:6] == role and e.country in named:
                # one person in both lists, or two of one country: one code either way
                found.setdefault(f"{part}:{e.country}", (e, code))
    if len(found) != 1:
        return None
    e, code = next(iter(found.values()))
    return work.spec(Spec(e.key, e.name, code, "person", country=e.country, role=role, title=e.title))


def _holder_by_surname(work: Work, name: str, office: str | None, any_office: bool = False) -> Spec | None:
    """"President Bush", "Chancellor Merkel", "Defense Secretary Robert M. Gates":
    the one office holder on the article's date (without a date: of any date)
    with this surname, or this first name and surname (middle names and
    initials aside); of ``office`` when the title has one, else, with
    ``any_office`` (civil titles: "Secretary Blinken", "Minister Reznikov"),
    of any office. None when no single holder fits."""
    if office is None and not any_office:
        return None
    words = [w for w in name.replace(",", " ").split() if fold_word(w) not in NAME_SUFFIXES]
    if not words:
        return None
    first, surname = (fold_word(words[0]), fold_word(words[-1])) if len(words) > 1 else (None, fold_word(words[0]))
    found: dict[str, Holder] = {}
    for h in work.dicts.holders:
        if (office is not None and h.office != office) or (work.day is not None and not h.covers(work.day)):
            continue
        for n in (h.name, *h.names):
            parts = n.split()
            if parts and fold_word(parts[-1]) == surname and (first is None or fold_word(parts[0]) == first):
                found.setdefault(h.name, h)
    return work.holder_spec(next(iter(found.values()))) if len(found) == 1 else None


def _only_person(work: Work, country: str | None, before: int) -> Spec | None:
    """"The Turkish leader": the one person of that country named so far, if there is one."""
    keys = {f.key for f in work.found if f.start < before and work.specs[f.key].kind == "person"
            and work.specs[f.key].country == country}
    return work.specs[keys.pop()] if len(keys) == 1 else None


def titled_people(work: Work, roles: list[Hit[RoleWord]], home: str | None = None) -> None:
    """People introduced with a title, and titles standing for a known office holder."""
    titles = [(h.start, h.end) for h in roles if h.items[0].kind == "title"]
    for hit in roles:
        rw = hit.items[0]
        if rw.kind != "title":
            continue
        raw = work.text[hit.start:hit.end]
        plural = raw.endswith("s") and not rw.text.endswith("ss") and rw.text.endswith("s")
        if plural:
            continue
        if any(f.kind == "title" and f.start <= hit.start and hit.end <= f.end
               for f in work.overlapping(hit.start, hit.end)):
            continue  # "General" inside "Pakistan's army chief, General Asim Munir"
        if any(work.specs[f.key].kind == "person" and f.start <= hit.start and hit.end <= f.end
               for f in work.overlapping(hit.start, hit.end)):
            continue  # "Pope" inside the dictionary name "Pope Francis"
        if any(work.specs[f.key].kind in ("igo", "group") and f.start <= hit.start and hit.end <= f.end
               for f in work.overlapping(hit.start, hit.end)):
            continue  # "General" inside "UN General Assembly"
        start = _extend_title_left(work, hit.start) if raw[:1].isupper() else hit.start
        nat, nat_start = _state_before(work, start)
        country = work.specs[nat.key].country if nat else None
        org = None if nat else _org_before(work, start)
        name = _name_after(work, hit.end)
        if name is not None and "," in work.text[hit.end:name[0]] and any(
                name[0] <= a < name[1] for a, _ in titles):
            name = None  # "the Secretary-General, Executive Director Russell and …": a list of officials
        title_end = hit.end
        if name is None:  # "Minister of State for Middle Eastern Affairs, Alistair Burt"
            complement = OFFICE_COMPLEMENT.match(work.text, hit.end)
            if complement is not None and "\n" not in complement.group(0):
                name = _name_after(work, complement.end())
                title_end = complement.end() if name is not None else hit.end
            elif rw.kind == "title" and raw[:1].isupper():
                name = _bare_complement_name(work, hit.end)
                title_end = name[0] if name is not None else hit.end
        title = work.text[start:title_end]
        if country is None and name is not None and title_end > hit.end:
            country = _complement_country(work, hit.end, title_end)
        if name is not None:
            key = _person_key(work, name[0], name[1]) or _named_before(work, work.text[name[0]:name[1]])
            span_start = nat_start if nat else start
            if key is not None and country and work.specs[key].country not in (None, country):
                key = None  # the dictionary person is someone else ("Jordan's King Abdullah")
            if key is not None:
                spec = work.specs[key]
                if org is not None:
                    span_start = org.start
                    ospec = work.specs[org.key]
                    if spec.code.endswith("ELI") or spec.country != ospec.country:
                        spec.code, spec.country, spec.role = ospec.code, ospec.country, ospec.role
                if country and spec.country is None:
                    spec.country = country
                if (spec.code.endswith("ELI") and spec.country and not rw.prefix and org is None
                        and not _former(work, start, hit.end)):
                    # "Defence Minister Sergei Shoigu" after the dictionary's last term: the title's role
                    spec.code, spec.role = f"{spec.country}{rw.role}", rw.role
            else:
                pname = work.text[name[0]:name[1]]
                if org is not None:  # "Hezbollah leader Hassan Nasrallah": a member of the group
                    ospec = work.specs[org.key]
                    span_start = org.start
                    spec = work.spec(Spec(f"person:{pname}", pname, ospec.code, "person", country=ospec.country,
                                          role=ospec.role, title=title[:1].upper() + title[1:]))
                    work.drop(lambda f: name[0] <= f.start and f.end <= name[1], name[0], name[1])
                    work.add(span_start, name[1], spec.key, "title")
                    continue
                held = (_holder_by_surname(work, pname, rw.office, any_office=rw.role == "GOV")
                        if country is None else None)
                if held is None and country is None and not rw.prefix:
                    held = _listed_by_name(work, pname, rw.role)
                if held is not None:
                    work.drop(lambda f: name[0] <= f.start and f.end <= name[1], name[0], name[1])
                    work.add(start, name[1], held.key, "title")
                    continue
                if country is None:
                    country = _context_country(work, start, name[1], home)
                code = f"{country or '---'}{rw.role}" if not rw.prefix else f"{rw.role}{country or '---'}"
                spec = work.spec(Spec(f"person:{pname}", pname, code, "person", country=country, role=rw.role,
                                      title=title[:1].upper() + title[1:], office=rw.office))
            spec.title = title[:1].upper() + title[1:]
            if spec.office is None:
                spec.office = rw.office
            work.drop(lambda f: (f.key == spec.key and span_start <= f.start and f.end <= name[1])
                      or (name[0] <= f.start and f.end <= name[1])
                      or (work.specs[f.key].kind == "person" and f.start < name[1] and f.end > span_start),
                      span_start, name[1])
            work.add(span_start, name[1], spec.key, "title")
            continue
        # no name: "the Russian foreign minister", "Iran's top diplomat", "the top Iranian diplomat"
        if nat is None:
            continue
        office = rw.office
        lead = re.search(r"((?:[Tt]he\s+)?(?:(top|chief|senior)\s+)?)$", work.text[max(0, nat_start - 16):nat_start])
        prefix = lead.group(1) if lead else ""
        modifier = lead.group(2) if lead else None
        if modifier and office is None:
            combined = f"{modifier} {rw.text}"
            if work.gaz.roles.auto.exists(combined):
                office = work.gaz.roles.auto.get(combined)[1][0].office
        span_start = nat_start - len(prefix)
        definite = prefix.lower().startswith("the")
        possessive = work.text[nat.end:nat.end + 1] in ("'", "’")
        holder = _resolve_office(work, country, office, span_start) if (definite or possessive) else None
        if holder is None and definite and office is None:
            holder = _only_person(work, country, span_start)
        if holder is not None:
            work.add(span_start, hit.end, holder.key, "nominal")
        elif country:
            # "Ithilen's president", "a senior Bree official": the state, in that role
            role = "ELI" if _former(work, nat_start, hit.start) else rw.role
            code = f"{role}{country}" if rw.prefix else f"{country}{role}"
            work.add(span_start if definite else nat_start, hit.end, nat.key, "role", code)


def surnames(work: Work) -> None:
    """Later mentions of a person by surname ("Lavrov", "Assad") link to that person."""
    for spec in list(work.specs.values()):
        if spec.kind != "person":
            continue
        parts = spec.name.split()
        if len(parts) < 2:
            continue
        forms = {parts[-1]}
        for prefix in ("al-", "Al-", "el-", "El-"):
            if parts[-1].startswith(prefix) and len(parts[-1]) > len(prefix) + 2:
                forms.add(parts[-1][len(prefix):])
        for form in forms:
            i = work.text.find(form)
            while i >= 0:
                j = i + len(form)
                ok_before = i == 0 or not (work.text[i - 1].isalnum() or work.text[i - 1] == "-")
                ok_after = j >= len(work.text) or not (work.text[j].isalnum() or work.text[j] == "-")
                if ok_before and ok_after and not work.covered(i, j):
                    work.add(i, j, spec.key, "name")
                i = work.text.find(form, j)
