"""User event patterns: the files of the ``event_patterns`` setting.

Each file adds trigger patterns to the built-in lexicon:

- ``.yml``/``.yaml``/``.json``: trigger entries in the format of
  ``events/data/triggers.yaml`` — a mapping with a ``triggers:`` list, or a
  bare list of entries. User entries may also name codes outside our CAMEO
  table (another scheme's labels; ``"A:B"`` codes the reverse event too),
  give ``needs`` (word groups that must all occur near the trigger) and
  ``forms`` (surface forms of a verb the parser may not lemmatize). A mapping
  may also hold the frame sections of ``frames.yaml`` — ``embedded_actions``,
  ``moving_subjects``, ``other_subject`` — which extend the built-in ones;
- ``.txt``/``.verbs``: a PETRARCH verb dictionary (:mod:`.petrarch`).

User patterns come before the built-in ones for the same word. A bad file is
refused with E603 (bad entry), E604 (unreadable) or E605 (unknown format).
:func:`lexicon_for` builds the lexicon once per tuple of paths.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..data import fail, read_data
from ..errors import DictionaryError
from .patterns import EXTRA_SECTIONS, Lexicon, lexicon_with_user, load_lexicon
from .petrarch import read_verbs

TRIGGER_SUFFIXES = (".yml", ".yaml", ".json")
PETRARCH_SUFFIXES = (".txt", ".verbs")


def read_triggers(path: Path) -> list[tuple[str, int, dict[str, Any]]]:
    """Trigger entries of a YAML or JSON pattern file, each with its file and number."""
    data = read_data(path, "E603", missing="E604")
    if isinstance(data, dict) and any(k in data for k in EXTRA_SECTIONS) and "triggers" not in data:
        return []  # frame sections only (read_frame_sections)
    if isinstance(data, dict) and "triggers" in data:
        data = data["triggers"]
    if not isinstance(data, list) or not data:
        raise fail(path, "the file should hold a list of trigger entries, or a mapping with a 'triggers' list", "E603")
    return [(str(path), i, entry) for i, entry in enumerate(data, 1)]


def read_pattern_file(path: str | Path) -> list[tuple[str, int, dict[str, Any]]]:
    """The trigger entries of one user pattern file, by its suffix."""
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix not in TRIGGER_SUFFIXES + PETRARCH_SUFFIXES:
        raise DictionaryError("E605", path=str(p), suffix=suffix or "(none)")
    if not p.is_file():
        raise DictionaryError("E604", path=str(p), detail="no such file")
    return read_triggers(p) if suffix in TRIGGER_SUFFIXES else read_verbs(p)


def read_frame_sections(path: str | Path) -> dict[str, Any] | None:
    """The frame sections (``embedded_actions``, ``moving_subjects``,
    ``other_subject``) of a YAML/JSON pattern file, or None; validated when
    the lexicon is built."""
    p = Path(path)
    if p.suffix.lower() not in TRIGGER_SUFFIXES:
        return None
    data = read_data(p, "E603", missing="E604")
    if not isinstance(data, dict):
        return None
    unknown = set(data) - {"triggers", "version", *EXTRA_SECTIONS}
    if unknown:
        raise fail(p, f"unknown section(s) {sorted(unknown)}", "E603")
    found = {k: data[k] for k in EXTRA_SECTIONS if k in data}
    return found or None


@functools.lru_cache(maxsize=8)
def _lexicon(paths: tuple[str, ...]) -> Lexicon:
    entries: list[tuple[str, int, dict[str, Any]]] = []
    extras: list[tuple[str, Any]] = []
    for path in paths:
        entries += read_pattern_file(path)
        sections = read_frame_sections(path)
        if sections is not None:
            extras.append((str(Path(path)), sections))
    try:
        return lexicon_with_user(entries, extras)
    except DictionaryError as exc:
        if exc.code != "E601" or not any(str(exc.fields.get("path")) == p for p in paths):
            raise
        raise DictionaryError("E603", **exc.fields) from exc  # the user's file, not ours


def lexicon_for(paths: Iterable[str | Path]) -> Lexicon:
    """The built-in lexicon plus the patterns of ``paths`` (cached per tuple of paths)."""
    key = tuple(str(Path(p)) for p in paths)
    return _lexicon(key) if key else load_lexicon()
