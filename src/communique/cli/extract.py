"""``communique extract``: articles in, one JSON record per article out."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import IO, Any

import click

from ..errors import InputError
from ..run import dumps, extract_inputs
from . import main
from .options import metadata_options, pipeline_options, settings_from
from .progress import Tally


def many_articles(inputs: tuple[str, ...]) -> bool:
    """Whether the inputs may hold more than one article (for the progress bar)."""
    if len(inputs) != 1:
        return True
    name = inputs[0]
    return name == "-" or Path(name).is_dir() or Path(name).suffix.lower() in (".jsonl", ".ndjson")


def write_records(records: Any, out: IO[str], fmt: str) -> None:
    """Write output records as JSONL (one a line) or as one JSON array."""
    if fmt == "json":
        out.write("[")
        for i, record in enumerate(records):
            out.write(("," if i else "") + "\n" + json.dumps(record, ensure_ascii=False, indent=1))
        out.write("\n]\n")
    else:
        for record in records:
            out.write(dumps(record) + "\n")


@main.command("extract")
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), default="-",
              help="Output file (default: standard output).")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json"]), default="jsonl", show_default=True,
              help="One JSON object a line, or one JSON array.")
@metadata_options
@pipeline_options
@click.option("--progress/--no-progress", default=None,
              help="Show a progress bar (default: when there is more than one article).")
def extract_command(inputs: tuple[str, ...], output: str, fmt: str, published: str | None,
                    source: str | None, record_id: str | None, actor_files: tuple[str, ...],
                    max_chars: int | None, progress: bool | None) -> None:
    """Extract actors, events, dates, quotes and claims from news articles.

    INPUT is a .txt, .html or .jsonl file, a folder of them, or '-' for standard
    input. Exit code 0 means every article succeeded, 2 that some failed.

    \b
    Examples:
      communique extract article.txt --published 2023-05-11
      communique extract corpus.jsonl -o events.jsonl
    """
    if record_id and many_articles(inputs):
        raise InputError("E114", count=len(inputs) if len(inputs) > 1 else "several")
    settings = settings_from(actor_files, max_chars)
    show = many_articles(inputs) if progress is None else progress
    tally = Tally()
    articles = extract_inputs(inputs, published=published, source=source, id=record_id, settings=settings)
    records = (a.to_dict() for a in tally.watch(articles, show))
    if output == "-":
        write_records(records, sys.stdout, fmt)
        sys.stdout.flush()
    else:
        with open(output, "w", encoding="utf-8") as out:
            write_records(records, out, fmt)
    if tally.failed:
        click.echo(f"communique: {tally.summary()}", err=True)
        sys.exit(2)
    if show:
        click.echo(f"communique: {tally.summary()}", err=True)
