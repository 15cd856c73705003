"""People outside every dictionary, described by an apposition after their name.

"said Olena Petrenko, a 45-year-old teacher in Kharkiv" and "Ahmed Hassan, a
spokesman for the Sudanese army, said" make person actors: the name must be a
spaCy PERSON entity that no other step has taken, followed by ", a/an/the ..."
whose phrase (up to the next comma, full stop or speech verb) holds a title of
``roles.yml`` or an occupation of ``data/occupations.yml``. The code is

- the code in context of a body named in the phrase ("the Sudanese army" ->
  ``SDNMIL``, "the Syrian government" -> ``SYRGOV``, an organisation or group),
- else the country of a state named there ("a Sudanese teacher", "a teacher in
  Kyiv") or of a city after "in" (resolved as :mod:`.targets` does) + the role,
- else ``---`` + the role ("a teacher" -> ``---CVL``).

A bare name, with no such phrase, never makes an actor.

:func:`titled_without_country` reads the same kind of phrase, with or without
an article, after a person already introduced with a title but no country
("General Abdel Fattah al Burhan, Commander of the Sudanese Armed Forces" ->
``SDNMIL``; "Minister Reznikov, Ukraine's defence minister" -> ``UKR``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..cameo import ActorCode
from ..data import fail, read_data
from .dictionaries import DATA, ROLE_RE, RoleWord
from .gazetteer import Hit
from .targets import city_country
from .work import Spec, Work

APPOSITION = re.compile(r"^,\s+(?:a|an|the)\s+")
LOOSE_APPOSITION = re.compile(r"^,\s+(?:(?:a|an|the)\s+)?")
PHRASE_END = re.compile(r"[,.;:()\"“”]|\s(?:said|says|told|added|who|which|and)\b|$")
CITY_IN = re.compile(r"\bin\s+((?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+)*)")
MAX_PHRASE = 120


@lru_cache(maxsize=2)
def load_occupations(path: Path = DATA / "occupations.yml") -> tuple[dict[str, str], frozenset[str]]:
    """Occupation word -> CAMEO role, and the "member" words; rejects bad entries with E401."""
    data = read_data(path, "E401", missing="E402")
    if not isinstance(data, dict) or not isinstance(data.get("roles"), dict) \
            or not isinstance(data.get("members"), list):
        raise fail(path, "the file needs a 'roles' mapping and a 'members' list", "E401")
    words: dict[str, str] = {}
    for role, items in data["roles"].items():
        if not isinstance(role, str) or not ROLE_RE.match(role) or len(role) != 3:
            raise fail(path, f"role {role!r} must be three capital letters", "E401")
        if not isinstance(items, list):
            raise fail(path, f"role {role}: the words must be a list", "E401")
        for i, word in enumerate(items, 1):
            if not isinstance(word, str) or not word.strip() or word != word.strip().lower():
                raise fail(path, f"role {role} word {i} ({word!r}) must be a lower-case word", "E401")
            if word in words:
                raise fail(path, f"role {role} word {i} ({word!r}) is listed twice", "E401")
            words[word] = role
    members = []
    for i, word in enumerate(data["members"], 1):
        if not isinstance(word, str) or not word.strip() or word != word.strip().lower():
            raise fail(path, f"members entry {i} ({word!r}) must be a lower-case word", "E401")
        members.append(word)
    return words, frozenset(members)


def _head(work: Work, lo: int, hi: int, roles: list[Hit[RoleWord]]) -> tuple[int, str | None] | None:
    """The first describing word of the phrase ``[lo, hi)``: (its end, its role; None for a member word)."""
    words, members = load_occupations()
    best: tuple[int, int, str | None] | None = None
    for hit in roles:
        if lo <= hit.start and hit.end <= hi and hit.items[0].kind == "title":
            best = (hit.start, hit.end, hit.items[0].role)
            break
    phrase = work.text[lo:hi].lower()
    for word in sorted(set(words) | members, key=len, reverse=True):
        m = re.search(rf"\b{re.escape(word)}\b", phrase)
        if m and (best is None or lo + m.start() < best[0]):
            best = (lo + m.start(), lo + m.end(), words.get(word))
    return (best[1], best[2]) if best else None


def _named(work: Work, lo: int, hi: int) -> tuple[str | None, str | None]:
    """(the code of a body, the country of a state or city) named in ``[lo, hi)``."""
    state = None
    for f in work.of_kind(("state", "sector", "group", "igo"), lo, hi):
        spec = work.specs[f.key]
        if f.kind == "place":
            continue
        code = f.code or spec.code
        if spec.kind in ("sector", "group", "igo") or len(code) > 3:
            return code, None
        if state is None:
            state = spec.country
    if state is None:
        m = CITY_IN.search(work.text, lo, hi)
        if m:
            named = {s.country for s in work.specs.values() if s.kind == "state" and s.country}
            state = city_country(m.group(1), named)
    return None, state


def _code_in(work: Work, lo: int, head_end: int, hi: int, role: str | None) -> str | None:
    """The person's code from the phrase ``[lo, hi)`` whose describing word ends at ``head_end``."""
    body, state = _named(work, lo, head_end)  # "a senior Iraqi official"
    if body is None:
        body, after = _named(work, head_end, hi)  # "a spokesman for the Sudanese army"
        state = state or after
    if body is not None:
        return body
    return f"{state or '---'}{role}" if role is not None else None


def _titled_gap(work: Work, end: int, roles: list[Hit[RoleWord]]) -> re.Match[str] | None:
    """The comma before a capitalised title with no article ("Ahmed Hassan, Prime Minister of
    Sudan, said"), whose phrase is then read too; None when no title starts there."""
    gap = LOOSE_APPOSITION.match(work.text[end:end + 8])
    if gap is None or not work.text[end + gap.end():end + gap.end() + 1].isupper():
        return None
    lo = end + gap.end()
    return gap if any(h.start == lo and h.items[0].kind == "title" for h in roles) else None


def described_people(work: Work, roles: list[Hit[RoleWord]]) -> None:
    """Make person actors of unlisted PERSON entities described by an apposition."""
    for start, end in work.person_ents:
        if work.text[end - 2:end] in ("'s", "’s"):
            continue
        # ", a spokesman for …", or ", Prime Minister of Hungary," with no article
        gap = APPOSITION.match(work.text[end:end + 8]) or _titled_gap(work, end, roles)
        if not gap or work.covered(start, end):
            continue
        lo = end + gap.end()
        stop = PHRASE_END.search(work.text, lo, min(len(work.text), lo + MAX_PHRASE))
        hi = stop.start() if stop else lo + MAX_PHRASE
        sent_end = work.sent_span(start)[1]
        hi = min(hi, sent_end)
        head = _head(work, lo, hi, roles)
        if head is None:
            continue
        code = _code_in(work, lo, head[0], hi, head[1])
        if code is None:
            continue
        name = work.text[start:end]
        key = f"person:{name}"
        if key in work.specs:
            continue
        country = ActorCode.parse(code).country
        country = country if country in work.dicts.states else None
        title = work.text[lo:hi].strip()
        work.spec(Spec(key, name, code, "person", country=country, role=code[3:6] or None,
                       title=title[:1].upper() + title[1:]))
        work.add(start, end, key, "name")


def titled_without_country(work: Work) -> None:
    """People with a title but no country take it from an apposition after their name."""
    for f in list(work.found):
        spec = work.specs[f.key]
        if spec.kind != "person" or spec.country is not None or not spec.code.startswith("---"):
            continue
        gap = LOOSE_APPOSITION.match(work.text[f.end:f.end + 8])
        if not gap or not work.text[f.end + gap.end():f.end + gap.end() + 1].isalpha():
            continue
        lo = f.end + gap.end()
        first = work.token_at(lo)
        if first is not None and first.pos_ in ("VERB", "AUX"):
            continue  # "Dr Andrew Murrison, visits Iran": the name's verb, not an apposition
        stop = PHRASE_END.search(work.text, lo, min(len(work.text), lo + MAX_PHRASE))
        hi = min(stop.start() if stop else lo + MAX_PHRASE, work.sent_span(f.start)[1])
        body, state = _named(work, lo, hi)
        home = ActorCode.parse(body).country if body is not None else None
        if body is not None and home in work.dicts.states:
            spec.country, spec.code = home, body if len(body) > 3 else f"{body}{spec.role or ''}"
            spec.role = spec.code[3:6] or spec.role
        elif state is not None:
            spec.country, spec.code = state, f"{state}{spec.role or ''}"
