"""Built-in actor dictionaries: loaders and validators for the files in ``data/``.

Every name the gazetteer can match becomes an :class:`Entry`: the surface
string, the actor it stands for (``key``), that actor's code, and how the
mention refers to it (name, demonym, capital, seat of power). Role words and
office holders load into :class:`RoleWord` and :class:`Holder`.

A bad entry raises :class:`~communique.errors.DictionaryError` (E401) naming the
file, the entry and what is wrong.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from ..data import fail, read_data

DATA = Path(__file__).resolve().parent / "data"

ROLE_RE = re.compile(r"^[A-Z]{3}([A-Z]{3})*$")
ISO3_RE = re.compile(r"^[A-Z]{3}$")
KINDS = ("state", "person", "igo", "group", "sector", "other")


@dataclass(frozen=True)
class Dated:
    """A code valid from ``start`` (inclusive) to ``end`` (exclusive); None is open."""

    code: str
    start: _dt.date | None = None
    end: _dt.date | None = None

    def covers(self, day: _dt.date) -> bool:
        return (self.start is None or day >= self.start) and (self.end is None or day < self.end)


@dataclass(frozen=True)
class Entry:
    """One matchable surface string and the actor it stands for."""

    text: str
    key: str  # actor identity within an article, e.g. "state:TUR"
    name: str
    code: str
    kind: str = "state"
    country: str | None = None
    role: str | None = None
    mention_kind: str = "name"  # name | demonym | capital | seat
    mention_role: str | None = None  # seats of power: the role their mention carries
    ambiguous: bool = False
    dated: tuple[Dated, ...] = ()
    user: bool = False
    codes: tuple[str, ...] = ()  # extra codes (PETRARCH "ELR/GAL")
    title: str | None = None
    stem: bool = False  # PETRARCH: the last word may be the start of a longer word
    folded: bool = False  # matched in any case, but starting with a capital (leaders.tsv)

    def code_at(self, day: _dt.date | None) -> str | None:
        """The code on ``day``: a covering dated code, else the default (may be None)."""
        if day is not None:
            for d in self.dated:
                if d.covers(day):
                    return d.code
        if self.code:
            return self.code
        if day is None and self.dated:
            return self.dated[-1].code
        return None


@dataclass(frozen=True)
class RoleWord:
    """A role word or title (lower case) and its CAMEO role."""

    text: str
    role: str
    kind: str  # title | sector
    office: str | None = None
    prefix: bool = False  # PETRARCH "[NGO~]": the role goes before the country
    unattached: bool = False  # PETRARCH agents: code "---ROLE" when no country is found
    home: bool = False  # forces acting at home: may take the only state of their sentence


@dataclass(frozen=True)
class Holder:
    """A person who held an office between two dates."""

    name: str
    names: tuple[str, ...]
    country: str | None
    office: str
    role: str
    start: _dt.date
    end: _dt.date | None
    code: str | None = None  # for offices without a country (UN, NATO)

    def covers(self, day: _dt.date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)

    @property
    def full_code(self) -> str:
        return self.code or f"{self.country}{self.role}"


@dataclass
class Dictionaries:
    """Everything the gazetteer needs, built-in and user entries together."""

    entries: list[Entry] = field(default_factory=list)
    roles: list[RoleWord] = field(default_factory=list)
    holders: list[Holder] = field(default_factory=list)
    regions: dict[str, frozenset[str]] = field(default_factory=dict)
    states: dict[str, str] = field(default_factory=dict)  # ISO3 -> name
    areas: dict[str, str | None] = field(default_factory=dict)  # region -> country (None: shared)
    features: frozenset[str] = frozenset()  # seas and regions named after a state, never actors

    @cached_property
    def body_offices(self) -> dict[str, list[str]]:
        """Offices that only international bodies hold in the lists -> those bodies, in list order
        (a secretary-general is the UN's, NATO's or the Arab League's); a state's office is absent."""
        bodies: dict[str, list[str]] = {}
        national = {h.office for h in self.holders if h.country}
        for h in self.holders:
            if h.office not in national and h.code and h.code not in bodies.setdefault(h.office, []):
                bodies[h.office].append(h.code)
        return bodies

    @cached_property
    def people_by_name(self) -> dict[tuple[str, str], list[Entry]]:
        """The dated people of the name lists (leaders.tsv, leaders_recent.tsv) by their folded
        surname ("last", "duda"; "al-Assad" also as "assad") and first name ("first", "abiy")."""
        index: dict[tuple[str, str], list[Entry]] = {}
        for e in self.entries:
            words = e.text.split()
            if e.kind != "person" or not e.dated or len(words) < 2:
                continue
            last = fold_word(words[-1])
            for key in {("last", last), ("last", AL_PREFIX.sub("", last)), ("first", fold_word(words[0]))}:
                index.setdefault(key, []).append(e)
        return index


def _plain(c: str) -> str:
    """One character, lower-cased and without its accent ("É" -> "e"), or itself if that takes more."""
    low = c.lower()
    if len(low) != 1:
        return c
    if low.isascii():
        return low
    base = unicodedata.normalize("NFKD", low)[:1]
    return base if base.isalpha() else low


def fold_word(word: str) -> str:
    """A word lower-cased without its accents ("Vučić" -> "vucic"), for comparing names."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).lower()


#: "al-Assad" is "Assad" too.
AL_PREFIX = re.compile(r"^(?:al|el|ad|as|ash|at|az)-")


def fold(text: str) -> str:
    """Lower-case ``text`` and drop accents without changing its length (offsets stay valid)."""
    if text.isascii():
        return text.lower()
    return "".join(_plain(c) for c in text)


def _strings(path: Path, where: str, value: Any, name: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise fail(path, f"{where}: '{name}' must be a list of non-empty strings, got {value!r}", "E401")
    return [v.strip() for v in value]


def _date(path: Path, where: str, value: Any) -> _dt.date | None:
    if value is None:
        return None
    if isinstance(value, _dt.date):
        return value
    try:
        return _dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise fail(path, f"{where}: {value!r} is not a date (YYYY-MM-DD)", "E401") from exc


def _code(path: Path, where: str, value: Any, pattern: re.Pattern[str] = ROLE_RE) -> str:
    if not isinstance(value, str) or not pattern.match(value):
        raise fail(path, f"{where}: code {value!r} must be upper-case letters in groups of three", "E401")
    return value


def load_states(path: Path = DATA / "states.yml") -> tuple[list[Entry], dict[str, str]]:
    """State names, demonyms, capitals and seats of power."""
    rows = read_data(path, "E401", missing="E402")
    if not isinstance(rows, list):
        raise fail(path, "the file must be a list of states", "E401")
    entries: list[Entry] = []
    names: dict[str, str] = {}
    for i, row in enumerate(rows, 1):
        where = f"entry {i}"
        if not isinstance(row, dict) or "code" not in row or "name" not in row:
            raise fail(path, f"{where}: each state needs 'code' and 'name'", "E401")
        code = _code(path, where, row["code"], ISO3_RE)
        if code in names:
            raise fail(path, f"{where}: state {code} is listed twice", "E401")
        name = str(row["name"])
        names[code] = name
        ambiguous = set(_strings(path, where, row.get("ambiguous"), "ambiguous"))
        key = f"state:{code}"

        def add(text: str, mkind: str, mrole: str | None = None) -> None:
            entries.append(Entry(text=text, key=key, name=name, code=code, kind="state", country=code,
                                 mention_kind=mkind, mention_role=mrole, ambiguous=text in ambiguous))

        for text in [name, *_strings(path, where, row.get("names"), "names")]:
            add(text, "name")
        for text in _strings(path, where, row.get("demonyms"), "demonyms"):
            add(text, "demonym")
        for text in _strings(path, where, row.get("capitals"), "capitals"):
            add(text, "capital")
        seats = row.get("seats") or {}
        if not isinstance(seats, dict):
            raise fail(path, f"{where}: 'seats' must map a place to a role code", "E401")
        for text, role in seats.items():
            add(str(text), "seat", _code(path, f"{where} seat {text!r}", role))
    return entries, names


def load_igos(path: Path = DATA / "igos.yml") -> list[Entry]:
    rows = read_data(path, "E401", missing="E402")
    if not isinstance(rows, list):
        raise fail(path, "the file must be a list of organisations", "E401")
    entries = []
    for i, row in enumerate(rows, 1):
        where = f"entry {i}"
        if not isinstance(row, dict) or "code" not in row or "name" not in row:
            raise fail(path, f"{where}: each organisation needs 'code' and 'name'", "E401")
        code = _code(path, where, row["code"])
        name = str(row["name"])
        for text in [name, *_strings(path, where, row.get("names"), "names")]:
            entries.append(Entry(text=text, key=f"igo:{code}", name=name, code=code, kind="igo"))
    return entries


def _dated_codes(path: Path, where: str, rows: Any) -> tuple[Dated, ...]:
    if rows is None:
        return ()
    if not isinstance(rows, list):
        raise fail(path, f"{where}: 'codes' must be a list of {{code, from, to}}", "E401")
    out = []
    for row in rows:
        if not isinstance(row, dict) or "code" not in row:
            raise fail(path, f"{where}: each dated code needs 'code'", "E401")
        out.append(Dated(_code(path, where, row["code"]), _date(path, where, row.get("from")),
                         _date(path, where, row.get("to"))))
    return tuple(out)


def load_groups(path: Path = DATA / "groups.yml", states: dict[str, str] | None = None) -> list[Entry]:
    rows = read_data(path, "E401", missing="E402")
    if not isinstance(rows, list):
        raise fail(path, "the file must be a list of groups", "E401")
    entries = []
    for i, row in enumerate(rows, 1):
        where = f"entry {i}"
        if not isinstance(row, dict) or "name" not in row or "role" not in row:
            raise fail(path, f"{where}: each group needs 'name', 'country' and 'role'", "E401")
        country = row.get("country")
        if country is not None:
            country = _code(path, where, country, ISO3_RE)
            if states is not None and country not in states:
                raise fail(path, f"{where}: unknown country {country}", "E401")
        role = _code(path, where, row["role"])
        code = row.get("code") or f"{country or 'IMG'}{role}"
        code = _code(path, where, code)
        name = str(row["name"])
        dated = _dated_codes(path, where, row.get("codes"))
        for text in [name, *_strings(path, where, row.get("names"), "names")]:
            entries.append(Entry(text=text, key=f"group:{name}", name=name, code=code, kind="group",
                                 country=country, role=role, dated=dated))
    return entries


def load_roles(path: Path = DATA / "roles.yml") -> list[RoleWord]:
    rows = read_data(path, "E401", missing="E402")
    if not isinstance(rows, list):
        raise fail(path, "the file must be a list of role groups", "E401")
    out: list[RoleWord] = []
    for i, row in enumerate(rows, 1):
        where = f"entry {i}"
        if not isinstance(row, dict) or row.get("kind") not in ("title", "sector"):
            raise fail(path, f"{where}: 'kind' must be 'title' or 'sector'", "E401")
        role = _code(path, where, row.get("role"))
        office = row.get("office")
        for word in _strings(path, where, row.get("words"), "words"):
            if word != word.lower():
                raise fail(path, f"{where}: role word {word!r} must be lower case", "E401")
            home = bool(row.get("home", False))
            out.append(RoleWord(word, role, row["kind"], office, home=home))
            if not word.endswith("s") and row["kind"] == "title":
                out.append(RoleWord(word + "s", role, row["kind"], office, home=home))
    return out


def load_offices(path: Path = DATA / "offices.yml", states: dict[str, str] | None = None) -> list[Holder]:
    doc = read_data(path, "E401", missing="E402")
    if not isinstance(doc, dict) or not isinstance(doc.get("holders"), list):
        raise fail(path, "the file needs 'offices' (office -> role) and a 'holders' list", "E401")
    offices = doc.get("offices") or {}
    holders = []
    for i, row in enumerate(doc["holders"], 1):
        where = f"holder {i}"
        if not isinstance(row, dict) or not {"name", "office", "from"} <= set(row):
            raise fail(path, f"{where}: each holder needs 'name', 'office' and 'from'", "E401")
        office = row["office"]
        if office not in offices:
            raise fail(path, f"{where}: unknown office {office!r}; known: {', '.join(sorted(offices))}", "E401")
        country = row.get("country")
        if country is not None:
            country = _code(path, where, country, ISO3_RE)
            if states is not None and country not in states:
                raise fail(path, f"{where}: unknown country {country}", "E401")
        code = row.get("code")
        if code is not None:
            code = _code(path, where, code)
        elif country is None:
            raise fail(path, f"{where}: a holder needs a 'country' or a 'code'", "E401")
        start = _date(path, where, row["from"])
        end = _date(path, where, row.get("to"))
        assert start is not None
        if end is not None and end < start:
            raise fail(path, f"{where}: 'to' {end} is before 'from' {start}", "E401")
        holders.append(Holder(name=str(row["name"]), names=tuple(_strings(path, where, row.get("names"), "names")),
                              country=country, office=office, role=_code(path, where, offices[office]),
                              start=start, end=end, code=code))
    return holders


def load_regions(path: Path = DATA / "regions.yml") -> dict[str, frozenset[str]]:
    doc = read_data(path, "E401", missing="E402")
    if not isinstance(doc, dict):
        raise fail(path, "the file must map an adjective to a list of ISO codes", "E401")
    return {str(k): frozenset(_code(path, str(k), c, ISO3_RE) for c in v) for k, v in doc.items()}


def load_weak_names(path: Path = DATA / "offices.yml") -> frozenset[str]:
    """Surnames that are also common words or first names ("Rice", "Gates")."""
    doc = read_data(path, "E401", missing="E402")
    return frozenset(_strings(path, "weak_names", doc.get("weak_names"), "weak_names"))


def holder_entries(holders: list[Holder], weak: frozenset[str] = frozenset()) -> list[Entry]:
    """Gazetteer entries for office holders: full names, dated codes per term."""
    by_name: dict[str, list[Holder]] = {}
    for h in holders:
        by_name.setdefault(h.name, []).append(h)
    entries = []
    for name, terms in by_name.items():
        terms.sort(key=lambda h: h.start)
        dated = tuple(Dated(h.full_code, h.start, h.end) for h in terms)
        last = terms[-1]
        # after the last term a former official is an elite (CAMEO ELI)
        after = () if last.end is None else (Dated(f"{last.country}ELI" if last.country else last.full_code,
                                                   last.end, None),)
        texts = {name}
        for h in terms:
            texts.update(h.names)
        for text in sorted(texts):
            entries.append(Entry(text=text, key=f"person:{name}", name=name, code=terms[0].full_code,
                                 kind="person", country=last.country, role=last.role,
                                 dated=dated + after, title=last.office.replace("_", " ").capitalize(),
                                 ambiguous=text in weak))
    return entries


#: The columns of ``leaders.tsv`` (written by scripts/build_leaders.py).
LEADER_COLUMNS = ("name", "names", "dated", "code")


def _leader_terms(path: Path, where: str, value: str) -> tuple[Dated, ...]:
    """``"AFGGOV 2001-12-22..2014-01-30;AFGELI ..2001-12-22"`` -> dated codes."""
    terms = []
    for part in filter(None, (p.strip() for p in value.split(";"))):
        code, _, span = part.partition(" ")
        start, sep, end = span.partition("..")
        if not sep:
            raise fail(path, f"{where}: {part!r} is not 'CODE FROM..TO'", "E401")
        terms.append(Dated(_code(path, where, code), _date(path, where, start or None),
                           _date(path, where, end or None)))
    return tuple(terms)


def load_leaders(path: Path = DATA / "leaders.tsv", states: dict[str, str] | None = None) -> list[Entry]:
    """People from the generated list: every name form, the country's code outside their terms."""
    entries = []
    header = True
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header:
            if tuple(cells) != LEADER_COLUMNS:
                raise fail(path, f"line {n}: the header must be {' / '.join(LEADER_COLUMNS)}", "E401")
            header = False
            continue
        where = f"line {n}"
        if len(cells) != len(LEADER_COLUMNS):
            raise fail(path, f"{where}: {len(LEADER_COLUMNS)} tab-separated columns expected, got {len(cells)}",
                       "E401")
        name, others, dated, code = (c.strip() for c in cells)
        code = _code(path, where, code)
        terms = _leader_terms(path, where, dated)
        country = code[:3]
        if states is not None and country not in states:
            raise fail(path, f"{where}: unknown country {country!r}", "E401")
        if any(t.code[:3] != country for t in terms):
            raise fail(path, f"{where}: every code must be of {country}", "E401")
        for text in [name, *filter(None, others.split("|"))]:
            entries.append(Entry(text=text, key=f"person:{name}", name=name, code=code, kind="person",
                                 country=country, role=code[3:] or None, dated=terms, folded=True))
    return entries


def load_areas(path: Path = DATA / "areas.yml", states: dict[str, str] | None = None) -> dict[str, str | None]:
    """Region names -> their country (None: shared or disputed, left uncoded)."""
    rows = read_data(path, "E401", missing="E402")
    if not isinstance(rows, list):
        raise fail(path, "the file must be a list of regions", "E401")
    out: dict[str, str | None] = {}
    for i, row in enumerate(rows, 1):
        where = f"entry {i}"
        if not isinstance(row, dict) or "name" not in row or "country" not in row:
            raise fail(path, f"{where}: each region needs 'name' and 'country' (null when shared)", "E401")
        country = row["country"]
        if country is not None:
            country = _code(path, where, country, ISO3_RE)
            if states is not None and country not in states:
                raise fail(path, f"{where}: unknown country {country}", "E401")
        for text in [str(row["name"]), *_strings(path, where, row.get("names"), "names")]:
            if text in out:
                raise fail(path, f"{where}: region {text!r} is listed twice", "E401")
            out[text] = country
    return out


def load_features(path: Path = DATA / "features.yml") -> frozenset[str]:
    """Seas, gulfs and regions whose names hold a state's name ("Gulf of Guinea"): never actors."""
    doc = read_data(path, "E401", missing="E402")
    if not isinstance(doc, dict) or set(doc) - {"features", "version"}:
        raise fail(path, "the file must have one 'features' list", "E401")
    names = _strings(path, "features", doc.get("features"), "features")
    if len(set(names)) != len(names):
        twice = sorted({n for n in names if names.count(n) > 1})
        raise fail(path, f"features: {', '.join(twice)} listed twice", "E401")
    return frozenset(names)


def load_peoples(path: Path = DATA / "peoples.yml", states: dict[str, str] | None = None) -> list[Entry]:
    """Peoples without a state of their own: "Kurds" KUR, "Uighurs" CHNCVLUIG."""
    rows = read_data(path, "E401", missing="E402")
    if not isinstance(rows, list):
        raise fail(path, "the file must be a list of peoples", "E401")
    entries = []
    for i, row in enumerate(rows, 1):
        where = f"entry {i}"
        if not isinstance(row, dict) or not {"name", "code"} <= set(row):
            raise fail(path, f"{where}: each people needs 'name', 'code' and 'country' (may be null)", "E401")
        own = _code(path, where, row["code"], ISO3_RE)
        if states is not None and own in states:
            raise fail(path, f"{where}: code {own} is a country code; a people needs a code of its own", "E401")
        country = row.get("country")
        if country is not None:
            country = _code(path, where, country, ISO3_RE)
            if states is not None and country not in states:
                raise fail(path, f"{where}: unknown country {country}", "E401")
        code = f"{country}CVL{own}" if country else own
        name = str(row["name"])
        for text in [name, *_strings(path, where, row.get("names"), "names")]:
            entries.append(Entry(text=text, key=f"people:{name}", name=name, code=code, kind="sector",
                                 country=country, role="CVL" if country else None, codes=(own,)))
    return entries




@lru_cache(maxsize=1)
def name_words(path: Path = DATA / "name_words.yml") -> tuple[frozenset[str], frozenset[str]]:
    """(honorifics, not_names): the words around personal names, from ``name_words.yml``."""
    data = read_data(path, "E401", missing="E402")
    if not isinstance(data, dict):
        raise fail(path, "the file must be a mapping with 'honorifics' and 'not_names'", "E401")
    honorifics = _strings(path, "honorifics", data.get("honorifics"), "honorifics")
    not_names = _strings(path, "not_names", data.get("not_names"), "not_names")
    if not honorifics or not not_names:
        raise fail(path, "'honorifics' and 'not_names' must both be non-empty lists", "E401")
    return frozenset(honorifics), frozenset(not_names)


@lru_cache(maxsize=1)
def builtin() -> Dictionaries:
    """The built-in dictionaries, loaded and validated once per process."""
    state_entries, names = load_states()
    holders = load_offices(states=names)
    entries = (state_entries + load_igos() + load_groups(states=names)
               + load_groups(DATA / "ngos.yml", states=names) + load_peoples(states=names)
               + holder_entries(holders, load_weak_names()))
    # the generated lists of people yield to every hand-written name and office holder, and
    # the older list (to 2014) to the recent one (heads of state and government since 2000),
    # whose entries take the older list's terms of the same person after their own
    known = {fold(e.text) for e in entries} | {fold(h.name) for h in holders}
    older = load_leaders(DATA / "leaders.tsv", states=names)
    earlier = {(fold(e.text), e.country): e.dated for e in older}
    recent = [replace(e, dated=e.dated + earlier.get((fold(e.text), e.country), ()))
              for e in load_leaders(DATA / "leaders_recent.tsv", states=names)]
    for leaders in (recent, older):
        shadowed = {e.key for e in leaders if fold(e.text) in known}
        kept = [e for e in leaders if e.key not in shadowed]
        entries += kept
        known |= {fold(e.text) for e in kept}
    return Dictionaries(entries=entries, roles=load_roles(), holders=holders, regions=load_regions(),
                        states=names, areas=load_areas(states=names), features=load_features())
