"""Office holders named by their title alone: "the president", "the foreign minister".

Wire copy names a leader once and then calls them by office; press releases
often never name them. Such a title, after "the" and with no country of its
own, is first the last person named earlier with that title or office
("Prime Minister Rishi Sunak spoke to … The Prime Minister praised …");
otherwise, in a government's own release, it is that government's (the
publisher's country, :mod:`.publisher`); otherwise it belongs to the country
the article is about, when exactly one is in play: the only country named in
the article before the title. (A
dominant country is no answer: a British press release about Ukraine names
Ukraine most, and its "Prime Minister" is British.)

In a government's own release a capitalised title may also stand bare at the
start of a clause ("Foreign Secretary said:"), and its unnamed voices ("An FCDO spokesperson",
"a senior official") are that government too.

With an office and a known holder at the article's date the mention is that
person ("the president" in a 2019 story about Kenya is Uhuru Kenyatta), else
the state in that role (``KENGOV``). Titles with no office ("the spokesman",
"the general") are left alone: whose spokesman is not a guess to make.
"""

from __future__ import annotations

import re
from collections import Counter

from ..data import package_words
from .dictionaries import RoleWord
from .gazetteer import Hit
from .work import Found, Work

LEAD = re.compile(r"(?:^|[\s(\"“‘'])([Tt]he)\s+$")
OF_AFTER = re.compile(r"\s+(?:of|for)\s")
#: The same before a name: "Secretary-General of NATO", "… for the Americas".
OF_NAME = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?[A-Z]")
NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
#: A title spoken to: "Thank you, President.", "Mr President,".
ADDRESS_BEFORE = re.compile(r"(?:[Tt]hank you|[Tt]hanks|\b[Mm]r\.?|\b[Mm]adam|\b[Mm]adame)[,\s]*$")
ADDRESS_AFTER = re.compile(r"\s*[,.!;]")
#: A clause after a title and a comma: "President, we …", "President, I would like …".
ADDRESSED_CLAUSE = re.compile(r",[^\S\n]+(?:[a-z]|I\b)")
#: Heads of state who are monarchs: no "president" of theirs.
MONARCHIES = package_words("actors", "monarchies")
#: Titles without an office key that still name one office holder of a state.
MINISTER_WORDS = ("minister", "secretary")
#: Voices of a body, not one office: a government's own release makes them its own.
VOICE_WORDS = ("spokesman", "spokeswoman", "spokesperson", "official", "senior official")
#: "An FCDO spokesperson", "a senior State Department official", "a government
#: spokesperson": an article and up to three capitalised words (or "government") before the title.
LOOSE_LEAD = re.compile(r"(?:^|[\s(\"“‘'])(?:[Tt]he|[Aa]n?)\s+(?:(?:[A-Z][\w&.-]*|government)\s+){0,3}$")


def _countries(work: Work, end: int) -> Counter[str]:
    """Country mentions (states, people, forces, groups) before ``end``."""
    out: Counter[str] = Counter()
    for f in work.found:
        spec = work.specs[f.key]
        if f.start < end and spec.country and spec.kind in ("state", "person", "sector", "group"):
            out[spec.country] += 1
    return out


def article_country(work: Work, pos: int, home: str | None = None) -> str | None:
    """The one country named in the article before ``pos``, or None; with ``home``
    (the publisher's country), the one other than it."""
    before = _countries(work, pos)
    if home is not None:
        before.pop(home, None)
    return next(iter(before)) if len(before) == 1 else None


FOREIGN_BODIES = package_words("actors", "foreign_bodies")
COUNTRY_BODIES = package_words("actors", "country_bodies")


def foreign_bodies(work: Work, roles: list[Hit[RoleWord]], home: str | None = None) -> None:
    """Give "the regime", "the junta" the government of the one foreign country in play;
    outside a government's own release, "the government", "the army", "the Senate" … the
    one country named before them, in the word's role (``NGAGOV``, ``NGAMIL``, ``NGALEG``).
    Nothing when two are in play."""
    for hit in roles:
        rw = hit.items[0]
        written = work.text[hit.start:hit.end]
        raw = written.lower()
        regime = raw in FOREIGN_BODIES
        body = raw in COUNTRY_BODIES
        # in a government's own release, "the army" in lower case is another country's
        # (its own it calls "the Army"); "the government" there is its own
        foreign = regime or (body and home is not None and written == raw and rw.role != "GOV")
        if rw.kind != "sector" or rw.prefix or not (foreign or (body and home is None)):
            continue
        if work.covered(hit.start, hit.end) or (hit.start, hit.end) in work.used_roles:
            continue
        lead = LEAD.search(work.text[max(0, hit.start - 6):hit.start])
        if lead is None or OF_AFTER.match(work.text, hit.end):
            continue  # "a regime", "the government of Iraq"
        country = article_country(work, hit.start, home if foreign else None)
        if country is None or country == home:
            continue
        work.used_roles.add((hit.start, hit.end))
        work.add(hit.start, hit.end, work.state_spec(country).key, "role",
                 f"{country}{'GOV' if regime else rw.role}")


def earlier_holder(work: Work, rw: RoleWord, pos: int, country: str | None = None) -> Found | None:
    """The last person mentioned before ``pos`` with the title's office or words
    (of ``country``, when given)."""
    best = None
    for f in work.found:
        spec = work.specs[f.key]
        if f.start >= pos or spec.kind != "person" or not spec.country or country not in (None, spec.country):
            continue
        same = (rw.office is not None and spec.office == rw.office) or rw.text in work.text[f.start:f.end].lower()
        if same and (best is None or f.start > best.start):
            best = f
    return best


def _bare(text: str, pos: int) -> bool:
    """True for a title standing as a name at the start of a clause, without "the"
    ("Foreign Secretary said:", "…, Foreign Secretary James …" has a name and is not here)."""
    before = text[max(0, pos - 40):pos].rstrip(" \t")
    return not before or before[-1] in "\n.!?:;,(\"“"


def _vocative(text: str, start: int, end: int) -> bool:
    """True for a bare title (:func:`_bare`) that addresses its holder: "Thank you, President.",
    "Madam President,", "President, we remain concerned …" (in a statement at the UN, the
    Council's president, not the speaker's own)."""
    if ADDRESS_BEFORE.search(text[max(0, start - 20):start]) and ADDRESS_AFTER.match(text, end):
        return True
    return bool(ADDRESSED_CLAUSE.match(text, end))


def _has_office(work: Work, country: str, office: str) -> bool:
    """Whether the lists know any holder of ``office`` in ``country`` (the US has no prime minister)."""
    return any(h.country == country and h.office == office for h in work.dicts.holders)


def _body_holder(work: Work, bodies: list[str], pos: int) -> str | None:
    """The key for a body's office named by title alone: its holder on the article's date, else
    the body itself. The body is the one of ``bodies`` named last before ``pos`` (else first
    after it); an article that names none of them means the first (the UN's Secretary-General)."""
    named = [f for f in work.found if work.specs[f.key].kind == "igo"
             and any(work.specs[f.key].code.startswith(b) for b in bodies)]
    before = [f for f in named if f.end <= pos]
    pick = max(before, key=lambda f: f.start) if before else min(named, key=lambda f: f.start, default=None)
    body = next(b for b in bodies if pick is None or work.specs[pick.key].code.startswith(b))
    if work.day is not None:
        for h in work.dicts.holders:
            if h.code == body and h.covers(work.day):
                return work.holder_spec(h).key
    return pick.key if pick is not None else None


def office_titles(work: Work, roles: list[Hit[RoleWord]], home: str | None = None) -> None:
    """Give "the president", "the foreign minister" the article's country.

    ``home`` is the publisher's country (:mod:`.publisher`): in a government's
    own release "the Prime Minister" is its own, whatever else is named."""
    for hit in roles:
        rw = hit.items[0]
        if rw.kind != "title" or rw.prefix or rw.role not in ("GOV", "MIL"):
            continue
        if home is not None and rw.role == "GOV" and rw.text in VOICE_WORDS:
            voice = LOOSE_LEAD.search(work.text[max(0, hit.start - 40):hit.start])
            if voice is not None and not OF_AFTER.match(work.text, hit.end) \
                    and not work.covered(hit.start, hit.end) and (hit.start, hit.end) not in work.used_roles:
                work.used_roles.add((hit.start, hit.end))
                work.add(hit.start, hit.end, work.state_spec(home).key, "role", f"{home}GOV")
            continue
        if not rw.office and not rw.text.endswith(MINISTER_WORDS):
            continue
        raw = work.text[hit.start:hit.end]
        if raw.endswith("s") and not rw.text.endswith("s"):
            continue  # plural: "the ministers"
        if work.covered(hit.start, hit.end) or (hit.start, hit.end) in work.used_roles:
            continue
        lead = LEAD.search(work.text[max(0, hit.start - 6):hit.start])
        bare = lead is None and home is not None and raw[:1].isupper() and _bare(work.text, hit.start) \
            and not _vocative(work.text, hit.start, hit.end)
        bodies = work.dicts.body_offices.get(rw.office or "", [])
        complement = (OF_NAME if bodies else OF_AFTER).match(work.text, hit.end)  # "for his report" is none
        if (lead is None and not bare) or complement or NAME_AFTER.match(work.text, hit.end):
            continue
        start = hit.start if lead is None else hit.start - (len(work.text[max(0, hit.start - 6):hit.start]) - lead.start(1))
        if bodies:  # "the Secretary-General": a body's office, never a state's
            found = _body_holder(work, bodies, hit.start)
            if found is not None:
                work.used_roles.add((hit.start, hit.end))
                work.add(start, hit.end, found, "nominal")
            continue
        own = home if home is not None and (not rw.office or _has_office(work, home, rw.office)) else None
        if own is not None and rw.text == "president" and own.lower() in MONARCHIES:
            own = None  # "The President" in a British release is someone else's
        named = earlier_holder(work, rw, hit.start, own)
        if named is not None:
            work.used_roles.add((hit.start, hit.end))
            work.add(start, hit.end, named.key, "nominal")
            continue
        country = own or article_country(work, hit.start)
        if country is None:
            continue
        work.used_roles.add((hit.start, hit.end))
        holder = work.holder_at(country, rw.office) if rw.office else None
        if holder is not None:
            work.add(start, hit.end, work.holder_spec(holder).key, "nominal")
        else:
            work.add(start, hit.end, work.state_spec(country).key, "role", f"{country}{rw.role}")
