"""Evaluation: run gold records through the pipeline and score the output.

>>> result = evaluate_file("../shared/eval/petrarch/PETR.UnitTest.records.xml")  # doctest: +SKIP
>>> result["events"]["1"]["f1"]                                                 # doctest: +SKIP

Modules: :mod:`.gold` (the common record shape), :mod:`.readers` (the three
gold formats), :mod:`.matching` (events to dyads, matching levels),
:mod:`.metrics` (the scores), :mod:`.plover_map` (PLOVER 2021 → 0.5),
:mod:`.report` (``docs/quality.md``).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..article import Article
from ..errors import ConfigError, DictionaryError, InputError
from ..settings import defaults
from .gold import GoldSet
from .metrics import score
from .readers import read_gold

__all__ = ["evaluate_file", "evaluate_set", "predict", "read_gold", "score"]


def _pipeline(settings: dict[str, Any]) -> tuple[Any, str | None]:
    from ..run import get_pipeline

    try:
        return get_pipeline(settings), None
    except (ConfigError, DictionaryError, InputError) as exc:
        if not settings.get("actors") and not settings.get("event_patterns"):
            raise
        note = f"the gold's dictionaries could not be loaded ({exc}); ran without them"
        print(f"communique eval: warning: {note}", file=sys.stderr)
        rest = {k: v for k, v in settings.items() if k not in ("actors", "event_patterns")}
        return get_pipeline(rest), note


def gold_settings(gold: GoldSet, gold_verbs: bool = True) -> dict[str, Any]:
    """The pipeline settings a gold file asks for (verb dictionaries only if wanted and supported)."""
    settings = dict(gold.settings)
    if not gold_verbs or "event_patterns" not in defaults():
        settings.pop("event_patterns", None)
    return settings


def predict(gold: GoldSet, actors: Iterable[str] = (), gold_verbs: bool = True,
            overrides: dict[str, Any] | None = None) -> tuple[dict[str, dict[str, Any]], list[str]]:
    """Our output for every evaluated record, keyed by record id, and any notes.

    ``gold_verbs`` loads a verb dictionary the gold file names (PETRARCH's
    ``<Verbfile>``) as extra event patterns; without it our own patterns code.
    ``overrides`` are further settings (the gold file's own dictionaries stay).
    """
    settings = {**(overrides or {}), **gold_settings(gold, gold_verbs)}
    extra = [str(Path(a).resolve()) for a in actors]
    if extra:
        settings["actors"] = list(settings.get("actors", [])) + extra
    pipeline, note = _pipeline(settings)
    articles = (Article(text=r.text, id=r.id, published=r.published, source=r.source) for r in gold.evaluated)
    outputs = {a.id or "": a.to_dict() for a in pipeline.pipe(articles)}
    return outputs, [note] if note else []


def evaluate_set(gold: GoldSet, actors: Iterable[str] = (), gold_verbs: bool = True,
                 settings: dict[str, Any] | None = None) -> dict[str, Any]:
    """Run and score one gold set."""
    actors = list(actors)
    outputs, notes = predict(gold, actors, gold_verbs, settings)
    result = score(gold, outputs)
    named = gold_settings(gold, gold_verbs)  # the dictionaries the gold file names
    result["dictionaries"] = [Path(a).name for a in named.get("actors", []) + named.get(
        "event_patterns", []) + actors]
    result["gold_verbs"] = bool(named.get("event_patterns"))
    result["notes"] = notes
    return result


def evaluate_file(path: str | Path, actors: Iterable[str] = (), gold_verbs: bool = True,
                  settings: dict[str, Any] | None = None) -> dict[str, Any]:
    """Read a gold file of any supported format, run it and score it (``settings``: overrides
    of the defaults, as ``--set`` gives them)."""
    return evaluate_set(read_gold(path), actors, gold_verbs, settings)
