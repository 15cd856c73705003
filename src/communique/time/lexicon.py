"""Load and check the time stage's data files (``time/data/*.yml``).

The word lists live in YAML so that a user can add a month spelling, a period
noun or an event noun without touching Python. :func:`load_lexicon` reads the
three files once per process and validates them; a bad entry raises
:class:`~communique.errors.DictionaryError` with code E502, naming the file and
the entry.

>>> lex = load_lexicon()
>>> lex.month_numbers["Sept."]
9
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..data import fail, read_data
from ..errors import CommuniqueError

DATA = Path(__file__).resolve().parent / "data"
FILES = ("lexicon.yml", "context.yml", "event_nouns.yml")


@dataclass(frozen=True)
class Season:
    name: str
    first: int
    last: int


@dataclass(frozen=True)
class EventNoun:
    noun: str
    lemmas: tuple[str, ...]
    cameo: tuple[str, ...]


@dataclass
class Lexicon:
    """Every word list the time stage uses, checked and indexed."""

    month_numbers: dict[str, int] = field(default_factory=dict)
    ambiguous_months: set[str] = field(default_factory=set)
    weekday_numbers: dict[str, int] = field(default_factory=dict)
    seasons: dict[str, Season] = field(default_factory=dict)
    day_parts: list[str] = field(default_factory=list)
    numbers: dict[str, int] = field(default_factory=dict)
    units: dict[str, tuple[str, int]] = field(default_factory=dict)
    relative_days: dict[str, int] = field(default_factory=dict)
    anchored_days: dict[str, int] = field(default_factory=dict)
    min_year: int = 1900
    max_year: int = 2099
    month_context: list[str] = field(default_factory=list)
    position_words: dict[str, str] = field(default_factory=dict)
    year_blockers_before: set[str] = field(default_factory=set)
    year_blockers_after: set[str] = field(default_factory=set)
    blocking_entities: set[str] = field(default_factory=set)
    period_nouns: list[str] = field(default_factory=list)
    period_prepositions: set[str] = field(default_factory=set)
    future_aux: set[str] = field(default_factory=set)
    future_governors: set[str] = field(default_factory=set)
    future_before: list[str] = field(default_factory=list)
    reporting_verbs: set[str] = field(default_factory=set)
    story_day: bool = True
    anchor_days: int | None = 31
    name_nouns: set[str] = field(default_factory=set)
    period_ends: list[str] = field(default_factory=list)
    event_determiners: set[str] = field(default_factory=set)
    event_nouns: dict[str, EventNoun] = field(default_factory=dict)


class _Checker:
    """Small helpers that raise E502 with the file name and the bad entry."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, detail: str) -> CommuniqueError:
        return fail(self.path, detail, "E502")

    def mapping(self, data: Any, key: str) -> dict[str, Any]:
        value = data.get(key) if isinstance(data, dict) else None
        if not isinstance(value, dict):
            raise self.fail(f"'{key}' must be a mapping, got {type(value).__name__}")
        return value

    def words(self, data: dict[str, Any], key: str) -> list[str]:
        value = data.get(key)
        if not isinstance(value, list) or not value:
            raise self.fail(f"'{key}' must be a non-empty list of words")
        seen: set[str] = set()
        out = []
        for word in value:
            if not isinstance(word, str) or not word.strip():
                raise self.fail(f"'{key}' holds {word!r}, which is not a word")
            if word.lower() in seen:
                raise self.fail(f"'{key}' lists {word!r} twice")
            seen.add(word.lower())
            out.append(word)
        return out

    def integer(self, value: Any, what: str, low: int, high: int) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.fail(f"{what} must be a whole number from {low} to {high}, got {value!r}")
        return value


def _read(path: Path) -> dict[str, Any]:
    check = _Checker(path)
    data = read_data(path, "E502")
    if not isinstance(data, dict) or data.get("version") != 1:
        raise check.fail("the file must be a mapping with 'version: 1'")
    return data


def _names(check: _Checker, entries: Any, key: str, low: int, high: int,
           into: dict[str, int]) -> list[dict[str, Any]]:
    if not isinstance(entries, list) or not entries:
        raise check.fail(f"'{key}' must be a non-empty list")
    for entry in entries:
        if not isinstance(entry, dict):
            raise check.fail(f"'{key}' entry {entry!r} is not a mapping")
        number = check.integer(entry.get("number"), f"'{key}' number of {entry!r}", low, high)
        for name in check.words(entry, "names"):
            if name in into:
                raise check.fail(f"'{key}' name {name!r} is listed twice")
            if not name[0].isupper():
                raise check.fail(f"'{key}' name {name!r} must start with a capital letter")
            into[name] = number
    return entries


def parse_lexicon(lexicon: dict[str, Any], context: dict[str, Any], events: dict[str, Any],
                  paths: tuple[Path, Path, Path] = (Path("lexicon.yml"), Path("context.yml"),
                                                    Path("event_nouns.yml"))) -> Lexicon:
    """Check the three parsed files and build a :class:`Lexicon` (E502 on a bad entry)."""
    lex = Lexicon()
    check = _Checker(paths[0])
    months = _names(check, lexicon.get("months"), "months", 1, 12, lex.month_numbers)
    if sorted(set(lex.month_numbers.values())) != list(range(1, 13)):
        raise check.fail("'months' must name each of the twelve months")
    for entry in months:
        if entry.get("ambiguous"):
            lex.ambiguous_months.update(entry["names"])
    _names(check, lexicon.get("weekdays"), "weekdays", 0, 6, lex.weekday_numbers)
    if sorted(set(lex.weekday_numbers.values())) != list(range(7)):
        raise check.fail("'weekdays' must name each of the seven days")
    seasons = lexicon.get("seasons")
    if not isinstance(seasons, list) or not seasons:
        raise check.fail("'seasons' must be a non-empty list")
    for entry in seasons:
        if not isinstance(entry, dict):
            raise check.fail(f"'seasons' entry {entry!r} is not a mapping")
        first = check.integer(entry.get("first"), f"first month of {entry!r}", 1, 12)
        last = check.integer(entry.get("last"), f"last month of {entry!r}", 1, 12)
        for name in check.words(entry, "names"):
            lex.seasons[name.lower()] = Season(name.lower(), first, last)
    lex.day_parts = [w.lower() for w in check.words(lexicon, "day_parts")]
    for word, number in check.mapping(lexicon, "numbers").items():
        lex.numbers[str(word).lower()] = check.integer(number, f"number word {word!r}", 1, 1000)
    for word, spec in check.mapping(lexicon, "units").items():
        if not isinstance(spec, dict) or spec.get("kind") not in ("day", "week", "month", "year"):
            raise check.fail(f"unit {word!r} needs kind day, week, month or year, got {spec!r}")
        lex.units[str(word).lower()] = (spec["kind"], check.integer(spec.get("size"), f"size of {word!r}", 1, 1000))
    for word, offset in check.mapping(lexicon, "relative_days").items():
        lex.relative_days[str(word).lower()] = check.integer(offset, f"offset of {word!r}", -7, 7)
    for word, offset in check.mapping(lexicon, "anchored_days").items():
        lex.anchored_days[str(word).lower()] = check.integer(offset, f"offset of {word!r}", -7, 7)
    lex.min_year = check.integer(lexicon.get("min_year"), "min_year", 1, 9999)
    lex.max_year = check.integer(lexicon.get("max_year"), "max_year", lex.min_year, 9999)

    check = _Checker(paths[1])
    lex.month_context = [w.lower() for w in check.words(context, "month_context")]
    for word, position in check.mapping(context, "position_words").items():
        if position not in ("early", "mid", "late"):
            raise check.fail(f"position of {word!r} must be early, mid or late, got {position!r}")
        lex.position_words[str(word).lower()] = position
    lex.year_blockers_before = {w.lower() for w in check.words(context, "year_blockers_before")}
    lex.year_blockers_after = {w.lower() for w in check.words(context, "year_blockers_after")}
    lex.blocking_entities = set(check.words(context, "blocking_entities"))
    lex.period_nouns = [w.lower() for w in check.words(context, "period_nouns")]
    lex.period_prepositions = {w.lower() for w in check.words(context, "period_prepositions")}
    lex.future_aux = {w.lower() for w in check.words(context, "future_aux")}
    lex.future_governors = {w.lower() for w in check.words(context, "future_governors")}
    lex.future_before = [w.lower() for w in check.words(context, "future_before")]
    lex.reporting_verbs = {w.lower() for w in check.words(context, "reporting_verbs")}
    lex.name_nouns = {w.lower() for w in check.words(context, "name_nouns")}
    lex.period_ends = [w.lower() for w in check.words(context, "period_ends")]
    story_day = context.get("story_day", True)
    if not isinstance(story_day, bool):
        raise check.fail(f"'story_day' must be true or false, got {story_day!r}")
    lex.story_day = story_day
    anchor = context.get("anchor_days", 31)
    lex.anchor_days = None if anchor is None else check.integer(anchor, "'anchor_days'", 0, 36500)

    check = _Checker(paths[2])
    lex.event_determiners = {w.lower() for w in check.words(events, "determiners")}
    for noun, spec in check.mapping(events, "nouns").items():
        if not isinstance(spec, dict):
            raise check.fail(f"event noun {noun!r} needs 'lemmas' and 'cameo'")
        lemmas = tuple(w.lower() for w in check.words(spec, "lemmas"))
        cameo = spec.get("cameo", [])
        if not isinstance(cameo, list) or not all(isinstance(c, str) and c.isdigit() for c in cameo):
            raise check.fail(f"'cameo' of event noun {noun!r} must list code prefixes as strings of digits")
        lex.event_nouns[str(noun).lower()] = EventNoun(str(noun).lower(), lemmas, tuple(cameo))
    return lex


@lru_cache(maxsize=1)
def load_lexicon(folder: str | None = None) -> Lexicon:
    """The checked word lists from ``folder`` (default: the packaged ``time/data``)."""
    base = Path(folder) if folder else DATA
    paths = tuple(base / name for name in FILES)
    lexicon, context, events = (_read(p) for p in paths)
    return parse_lexicon(lexicon, context, events, paths)  # type: ignore[arg-type]
