"""Option groups shared by several commands, as decorators."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import click

from ..settings import load_settings

F = Callable[..., Any]


def metadata_options(func: F) -> F:
    """--published, --source and --id: metadata for inputs that do not carry it."""
    func = click.option("--id", "record_id", default=None,
                        help="Article id (one input only).")(func)
    func = click.option("--source", default=None, help="Source name, e.g. 'Reuters'.")(func)
    func = click.option("--published", default=None, metavar="YYYY-MM-DD",
                        help="Publication date; relative dates resolve against it.")(func)
    return func


def parse_sets(ctx: click.Context | None, param: click.Parameter | None, values: tuple[str, ...]
               ) -> dict[str, Any]:
    """``--set KEY=VALUE`` pairs as settings overrides, checked like any settings (E901, E902).

    A value is read as JSON when it is JSON (``0.25``, ``true``, ``["a.yml"]``), else as text.

    >>> parse_sets(None, None, ("learned_threshold=0.35", "learned_events=false"))
    {'learned_threshold': 0.35, 'learned_events': False}
    """
    out: dict[str, Any] = {}
    for item in values:
        key, sep, raw = item.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"{item!r} is not KEY=VALUE (e.g. --set learned_threshold=0.5)",
                                     ctx=ctx, param=param)
        try:
            value = json.loads(raw)
        except ValueError:
            value = raw
        out[key.strip()] = value
    load_settings(out)  # unknown keys and wrong types stop here, before any article is read
    return out


def set_option(func: F) -> F:
    """--set KEY=VALUE: any setting of docs/settings.md; repeatable."""
    return click.option("--set", "overrides", multiple=True, metavar="KEY=VALUE", callback=parse_sets,
                        help="Any setting (docs/settings.md), e.g. --set learned_threshold=0.5; repeatable.")(func)


def pipeline_options(func: F) -> F:
    """--actors, --patterns, --max-chars and --set: what changes the extraction itself."""
    func = set_option(func)
    func = click.option("--max-chars", type=int, default=None,
                        help="Cut longer article texts (default 1,000,000).")(func)
    func = click.option("--patterns", "pattern_files", multiple=True, type=click.Path(dir_okay=False),
                        help="Extra event patterns (YAML/JSON triggers or PETRARCH verbs); repeatable.")(func)
    func = click.option("--actors", "actor_files", multiple=True, type=click.Path(dir_okay=False),
                        help="Extra actor dictionary (native YAML/CSV or PETRARCH); repeatable.")(func)
    return func


def db_option(func: F) -> F:
    """--db: the store file."""
    return click.option("--db", default="communique.duckdb", show_default=True,
                        type=click.Path(dir_okay=False), help="DuckDB database file.")(func)


def settings_from(actor_files: tuple[str, ...], max_chars: int | None,
                  pattern_files: tuple[str, ...] = (), overrides: dict[str, Any] | None = None) -> dict[str, Any]:
    """Settings overrides from the shared pipeline options (the named options win over ``--set``)."""
    settings: dict[str, Any] = dict(overrides or {})
    if actor_files:
        settings["actors"] = list(actor_files)
    if pattern_files:
        settings["event_patterns"] = list(pattern_files)
    if max_chars is not None:
        settings["max_chars"] = max_chars
    return settings
