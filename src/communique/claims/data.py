"""Loading and validating the claims stage's data files (``data/*.yml``).

A bad entry raises :class:`~communique.errors.DictionaryError` E661 naming the
file and what is wrong.

>>> lex = load_lexicon()
>>> lex.stance_for_cameo("1056"), lex.stance_for_cameo("043")
('demand', None)
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..data import fail, read_data

DATA = Path(__file__).parent / "data"
POS = {"VERB", "NOUN", "ADJ", "AUX"}


@dataclass(frozen=True)
class Cue:
    lemma: str
    pos: frozenset[str]
    stance: str
    preps: frozenset[str]


@dataclass(frozen=True)
class Lexicon:
    """Stance cues and issue-wording rules."""

    stances: tuple[str, ...]
    cameo: dict[str, str]
    cues: dict[str, list[Cue]]
    condition_phrases: tuple[tuple[str, ...], ...]
    light_nouns: frozenset[str]
    light_verbs: frozenset[str]
    drop_modifiers: frozenset[str]
    head_synonyms: dict[str, str]
    nominalisations: dict[str, str]
    movement_nouns: frozenset[str]
    keep_preps: frozenset[str]
    rewrites: tuple[tuple[str, str], ...]
    max_words: int
    condition_idioms: tuple[tuple[str, ...], ...] = ()
    imperative_stance: str | None = None
    imperative_skip: frozenset[str] = frozenset()

    def stance_for_cameo(self, code: str | None) -> str | None:
        """The stance of an event code by its longest listed prefix, or None."""
        if not code:
            return None
        for n in range(len(code), 1, -1):
            if code[:n] in self.cameo:
                return self.cameo[code[:n]]
        return None

    def cue(self, lemma: str, pos: str) -> Cue | None:
        for cue in self.cues.get(lemma.lower(), []):
            if pos in cue.pos:
                return cue
        return None


def _strings(raw: Any, key: str, path: Path) -> frozenset[str]:
    if not isinstance(raw, list) or not raw or not all(isinstance(x, str) and x.strip() for x in raw):
        raise fail(path, f"'{key}' must be a non-empty list of strings, got {raw!r}", "E661")
    return frozenset(x.strip().lower() for x in raw)


def _mapping(raw: Any, key: str, path: Path) -> dict[str, str]:
    if not isinstance(raw, dict) or not all(isinstance(k, str) and isinstance(v, str) and v
                                            for k, v in raw.items()):
        raise fail(path, f"'{key}' must map strings to non-empty strings, got {raw!r}", "E661")
    return {k.lower(): v for k, v in raw.items()}


def _read(path: Path) -> dict[str, Any]:
    raw = read_data(path, "E661")
    if not isinstance(raw, dict):
        raise fail(path, "the file must hold a mapping", "E661")
    return raw


def validate_stances(raw: dict[str, Any], path: Path) -> dict[str, Any]:
    """Check the stances file; returns the parts a :class:`Lexicon` needs."""
    stances = raw.get("stances")
    if not isinstance(stances, list) or not stances or not all(isinstance(s, str) for s in stances):
        raise fail(path, f"'stances' must be a list of names, got {stances!r}", "E661")
    cameo = raw.get("cameo")
    if not isinstance(cameo, dict):
        raise fail(path, "'cameo' must map CAMEO code prefixes to stances", "E661")
    for code, stance in cameo.items():
        if not isinstance(code, str) or not code.isdigit() or not 2 <= len(code) <= 4:
            raise fail(path, f"CAMEO prefix {code!r} must be a quoted string of 2 to 4 digits", "E661")
        if stance not in stances:
            raise fail(path, f"CAMEO prefix {code!r} has unknown stance {stance!r}; use one of {stances}", "E661")
    cues: dict[str, list[Cue]] = {}
    entries = raw.get("cues")
    if not isinstance(entries, list) or not entries:
        raise fail(path, "'cues' must be a non-empty list", "E661")
    for n, entry in enumerate(entries, 1):
        if not isinstance(entry, dict) or not isinstance(entry.get("lemma"), str):
            raise fail(path, f"cue {n} must be a mapping with a 'lemma', got {entry!r}", "E661")
        if entry.get("stance") not in stances:
            raise fail(path, f"cue {n} ({entry['lemma']!r}) has unknown stance {entry.get('stance')!r}", "E661")
        pos = entry.get("pos", ["VERB"])
        if not isinstance(pos, list) or not pos or not set(pos) <= POS:
            raise fail(path, f"cue {n} ({entry['lemma']!r}) has bad pos {pos!r}; use some of {sorted(POS)}", "E661")
        preps = entry.get("preps", [])
        if not isinstance(preps, list) or not all(isinstance(p, str) for p in preps):
            raise fail(path, f"cue {n} ({entry['lemma']!r}) has bad preps {preps!r}", "E661")
        lemma = entry["lemma"].lower()
        cues.setdefault(lemma, []).append(Cue(lemma, frozenset(pos), entry["stance"], frozenset(preps)))
    phrases = _strings(raw.get("condition_phrases"), "condition_phrases", path)
    idioms = _strings(raw.get("condition_idioms"), "condition_idioms", path)
    for idiom in idioms:
        if not any(f" {q} " in f" {idiom} " and q != idiom for q in phrases):
            raise fail(path, f"condition idiom {idiom!r} must hold a condition phrase and more words", "E661")
    imperative = raw.get("imperative")
    if not isinstance(imperative, dict) or imperative.get("stance") not in stances:
        raise fail(path, f"'imperative' must map 'stance' to one of {stances} and 'skip' to verbs, "
                          f"got {imperative!r}", "E661")
    return {"stances": tuple(stances), "cameo": dict(cameo), "cues": cues,
            "condition_phrases": tuple(sorted((tuple(p.split()) for p in phrases), key=len, reverse=True)),
            "condition_idioms": tuple(tuple(p.split()) for p in sorted(idioms)),
            "imperative_stance": imperative["stance"],
            "imperative_skip": _strings(imperative.get("skip"), "imperative.skip", path)}


def validate_issues(raw: dict[str, Any], path: Path) -> dict[str, Any]:
    """Check the issue-wording file; returns the parts a :class:`Lexicon` needs."""
    rewrites = raw.get("rewrites", [])
    if not isinstance(rewrites, list) or not all(
            isinstance(r, list) and len(r) == 2 and all(isinstance(x, str) and x for x in r) for r in rewrites):
        raise fail(path, f"'rewrites' must be a list of [from, to] pairs of strings, got {rewrites!r}", "E661")
    max_words = raw.get("max_words")
    if not isinstance(max_words, int) or isinstance(max_words, bool) or not 2 <= max_words <= 40:
        raise fail(path, f"'max_words' must be an integer from 2 to 40, got {max_words!r}", "E661")
    return {
        "light_nouns": _strings(raw.get("light_nouns"), "light_nouns", path),
        "light_verbs": _strings(raw.get("light_verbs"), "light_verbs", path),
        "drop_modifiers": _strings(raw.get("drop_modifiers"), "drop_modifiers", path),
        "head_synonyms": _mapping(raw.get("head_synonyms"), "head_synonyms", path),
        "nominalisations": _mapping(raw.get("nominalisations"), "nominalisations", path),
        "movement_nouns": _strings(raw.get("movement_nouns"), "movement_nouns", path),
        "keep_preps": _strings(raw.get("keep_preps"), "keep_preps", path),
        "rewrites": tuple((a.lower(), b) for a, b in rewrites),
        "max_words": max_words,
    }


def read_lexicon(stances_path: Path, issues_path: Path) -> Lexicon:
    """Read and validate both files."""
    parts = validate_stances(_read(stances_path), stances_path)
    parts.update(validate_issues(_read(issues_path), issues_path))
    return Lexicon(**parts)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The built-in lexicon (read once per process)."""
    return read_lexicon(DATA / "stances.yml", DATA / "issues.yml")
