"""Loading and validating the quotes stage's data file (``data/attribution.yml``).

A bad entry raises :class:`~communique.errors.DictionaryError` E651 naming the
file, the key and what is wrong.

>>> rules = load_rules()
>>> "say" in rules.speech_verbs
True
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..data import fail, read_data

DATA = Path(__file__).parent / "data"
MARK_KEYS = ("double_open", "double_close", "single_open", "single_close",
             "straight_double", "straight_single")


@dataclass(frozen=True)
class Rules:
    """Everything the quotes stage reads from its data file."""

    double_open: frozenset[str]
    double_close: frozenset[str]
    single_open: frozenset[str]
    single_close: frozenset[str]
    straight_double: frozenset[str]
    straight_single: frozenset[str]
    min_quote_words: int
    speech_verbs: frozenset[str]
    quoting_verbs: frozenset[str]
    object_report_verbs: frozenset[str]
    source_phrases: tuple[tuple[str, ...], ...]
    pronouns: dict[str, frozenset[str]]
    speaker_heads: frozenset[str]
    role_nouns: frozenset[str] = frozenset()
    body_nouns: frozenset[str] = frozenset()
    head_links: frozenset[str] = frozenset()
    question_words: frozenset[str] = frozenset()
    statement_cues: frozenset[str] = frozenset()

    @property
    def all_marks(self) -> frozenset[str]:
        return (self.double_open | self.double_close | self.single_open | self.single_close
                | self.straight_double | self.straight_single)

    def pronoun_kind(self, word: str) -> str | None:
        low = word.lower()
        for kind, words in self.pronouns.items():
            if low in words:
                return kind
        return None


def _words(raw: Any, key: str, path: Path) -> frozenset[str]:
    if not isinstance(raw, list) or not raw:
        raise fail(path, f"'{key}' must be a non-empty list of strings, got {raw!r}", "E651")
    out = set()
    for item in raw:
        if not isinstance(item, str) or not item.strip():
            raise fail(path, f"'{key}' holds {item!r}, which is not a non-empty string", "E651")
        out.add(item.strip().lower())
    return frozenset(out)


def validate(raw: Any, path: Path) -> Rules:
    """Check a parsed data file and turn it into :class:`Rules` (E651 on any bad entry)."""
    if not isinstance(raw, dict):
        raise fail(path, "the file must hold a mapping", "E651")
    marks = raw.get("marks")
    if not isinstance(marks, dict):
        raise fail(path, "'marks' must be a mapping", "E651")
    mark_sets: dict[str, frozenset[str]] = {}
    for key in MARK_KEYS:
        values = marks.get(key)
        if not isinstance(values, list) or any(not isinstance(v, str) or len(v) != 1 for v in values):
            raise fail(path, f"'marks.{key}' must be a list of single characters, got {values!r}", "E651")
        mark_sets[key] = frozenset(values)
    seen: dict[str, str] = {}
    for key, values in mark_sets.items():
        for v in values:
            if v in seen:
                raise fail(path, f"mark {v!r} is listed under both '{seen[v]}' and '{key}'", "E651")
            seen[v] = key
    min_words = raw.get("min_quote_words")
    if not isinstance(min_words, int) or isinstance(min_words, bool) or not 1 <= min_words <= 20:
        raise fail(path, f"'min_quote_words' must be an integer from 1 to 20, got {min_words!r}", "E651")
    phrases = raw.get("source_phrases")
    if not isinstance(phrases, list) or any(
            not isinstance(p, list) or len(p) < 2 or not all(isinstance(w, str) and w for w in p)
            for p in phrases):
        raise fail(path, f"'source_phrases' must be a list of word lists of two or more words, got {phrases!r}", "E651")
    pronouns = raw.get("pronouns")
    if not isinstance(pronouns, dict) or set(pronouns) != {"person", "thing", "plural"}:
        raise fail(path, "'pronouns' must map exactly person, thing and plural to word lists", "E651")
    return Rules(
        min_quote_words=min_words,
        speech_verbs=_words(raw.get("speech_verbs"), "speech_verbs", path),
        quoting_verbs=_words(raw.get("quoting_verbs"), "quoting_verbs", path),
        object_report_verbs=_words(raw.get("object_report_verbs"), "object_report_verbs", path),
        source_phrases=tuple(tuple(w.lower() for w in p) for p in phrases),
        pronouns={k: _words(v, f"pronouns.{k}", path) for k, v in pronouns.items()},
        speaker_heads=_words(raw.get("speaker_heads"), "speaker_heads", path),
        role_nouns=_words(raw.get("role_nouns"), "role_nouns", path),
        body_nouns=_words(raw.get("body_nouns"), "body_nouns", path),
        head_links=_words(raw.get("head_links"), "head_links", path),
        question_words=_words(raw.get("question_words"), "question_words", path),
        statement_cues=_words(raw.get("statement_cues") or [], "statement_cues", path),
        **mark_sets,
    )


def read_rules(path: Path) -> Rules:
    """Read and validate a data file at ``path``."""
    return validate(read_data(path, "E651"), path)


@lru_cache(maxsize=1)
def load_rules() -> Rules:
    """The built-in rules (read once per process)."""
    return read_rules(DATA / "attribution.yml")
