"""Option groups shared by several commands, as decorators."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

F = Callable[..., Any]


def metadata_options(func: F) -> F:
    """--published, --source and --id: metadata for inputs that do not carry it."""
    func = click.option("--id", "record_id", default=None,
                        help="Article id (one input only).")(func)
    func = click.option("--source", default=None, help="Source name, e.g. 'Reuters'.")(func)
    func = click.option("--published", default=None, metavar="YYYY-MM-DD",
                        help="Publication date; relative dates resolve against it.")(func)
    return func


def pipeline_options(func: F) -> F:
    """--actors, --patterns and --max-chars: what changes the extraction itself."""
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
                  pattern_files: tuple[str, ...] = ()) -> dict[str, Any]:
    """Settings overrides from the shared pipeline options."""
    settings: dict[str, Any] = {}
    if actor_files:
        settings["actors"] = list(actor_files)
    if pattern_files:
        settings["event_patterns"] = list(pattern_files)
    if max_chars is not None:
        settings["max_chars"] = max_chars
    return settings
