"""``communique actors``, ``events`` and ``claims``: query the store.

Also the helpers the other store commands share: opening a database that must
exist, and printing rows as a readable table, JSONL or CSV.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import click

from ..errors import StoreError
from ..store import Store
from . import main
from .options import db_option

F = Callable[..., Any]

#: Widest a table cell gets before it is cut with an ellipsis.
CELL_WIDTH = 48


def open_store(db: str) -> Store:
    """The store at ``db``, read-only; E703 when the file does not exist."""
    if not Path(db).exists():
        raise StoreError("E703", path=db)
    return Store(db, read_only=True)


def format_option(func: F) -> F:
    """--format table|jsonl|csv for query commands."""
    return click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table",
                        show_default=True, help="A readable table, or JSONL/CSV for machines.")(func)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, (list, tuple)):
        return ",".join(_cell(v) for v in value)
    text = " ".join(str(value).split())
    return text if len(text) <= CELL_WIDTH else text[:CELL_WIDTH - 1] + "…"


def table(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> str:
    """Rows as a plain-text table with a header and aligned columns."""
    cells = [[_cell(r.get(c)) for c in columns] for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip() for row in cells]
    return "\n".join(lines)


def print_rows(rows: Sequence[dict[str, Any]], fmt: str, columns: Sequence[str]) -> None:
    """Print rows in ``fmt``: a table of ``columns``, or every field as JSONL or CSV."""
    if fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False, default=str))
    elif fmt == "csv":
        fields = list(rows[0]) if rows else list(columns)
        writer = csv.DictWriter(sys.stdout, fieldnames=fields, lineterminator="\n", extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: (json.dumps(v) if isinstance(v, (list, dict)) else v) for k, v in row.items()})
    elif rows:
        click.echo(table(rows, columns))
    else:
        click.echo("(no rows)")


@main.command("actors")
@db_option
@click.option("--limit", type=int, default=100, show_default=True, help="Most rows to show.")
@format_option
def actors_command(db: str, limit: int, fmt: str) -> None:
    """List the actors in the store, most mentioned first.

    \b
    Example:
      communique actors --db communique.duckdb --limit 20
    """
    with open_store(db) as store:
        rows = store.actors(limit=limit)
    print_rows(rows, fmt, ["code", "name", "kind", "n_mentions", "n_articles"])


EVENT_COLUMNS = ["id", "date", "cameo", "source_code", "target_code", "participants", "mode", "place", "trigger_text",
                 "article_id"]
CANONICAL_COLUMNS = ["id", "date", "cameo", "countries", "mode", "place", "num_mentions", "num_sources",
                     "num_articles"]


@main.command("events")
@db_option
@click.option("--actor", default=None, help="A participant: country (TUR) or full code (TURGOV).")
@click.option("--code", default=None, help="CAMEO code or code prefix, e.g. 043 or 04.")
@click.option("--root", default=None, help="CAMEO root class, e.g. 19 (fight).")
@click.option("--start", default=None, metavar="DATE", help="Events on or after YYYY[-MM[-DD]].")
@click.option("--end", default=None, metavar="DATE", help="Events on or before YYYY[-MM[-DD]].")
@click.option("--mode", type=click.Choice(["actual", "intent", "negated", "hypothetical"]), default=None,
              help="Only events of this mode.")
@click.option("--canonical", is_flag=True, help="One row per happening (events merged across reports).")
@click.option("--limit", type=int, default=100, show_default=True, help="Most rows to show.")
@format_option
def events_command(db: str, actor: str | None, code: str | None, root: str | None, start: str | None,
                   end: str | None, mode: str | None, canonical: bool, limit: int, fmt: str) -> None:
    """List stored events, oldest first, filtered by actor, code, date and mode.

    \b
    Examples:
      communique events --actor TUR --root 04 --start 2023-01 --end 2023-06
      communique events --canonical --format jsonl > happenings.jsonl
    """
    with open_store(db) as store:
        rows = store.events(actor=actor, code=code, root=root, start=start, end=end, mode=mode,
                            limit=limit, canonical=canonical)
    print_rows(rows, fmt, CANONICAL_COLUMNS if canonical else EVENT_COLUMNS)


@main.command("claims")
@db_option
@click.option("--actor", default=None, help="The claimant: a code (TUR, TURGOV) or a name.")
@format_option
def claims_command(db: str, actor: str | None, fmt: str) -> None:
    """An actor's positions over time: each stance on an issue, first and last asserted.

    \b
    Example:
      communique claims --actor TUR
    """
    with open_store(db) as store:
        rows = store.claims(actor=actor)
    print_rows(rows, fmt, ["actor", "code", "stance", "issue", "target", "first", "last", "n"])
