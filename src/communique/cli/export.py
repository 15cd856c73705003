"""``communique export``: the store's events as JSONL, CSV, Parquet, GDELT or ICEWS files."""

from __future__ import annotations

import click

from ..store import FORMATS
from . import main
from .options import db_option
from .query import open_store


@main.command("export")
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True,
              help="jsonl, csv, parquet, gdelt (GDELT 2.0 events, 61 columns) or icews (20 columns).")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="File to write.")
@click.option("--canonical", is_flag=True, help="One row per happening (events merged across reports).")
@db_option
def export_command(fmt: str, output: str, canonical: bool, db: str) -> None:
    """Write the stored events to a file.

    GDELT and ICEWS rows are dyadic: a multilateral event becomes one row per
    pair of participants. Event dates are the resolved dates; GDELT's DATEADDED
    holds the story's publication date.

    \b
    Examples:
      communique export --format parquet -o events.parquet
      communique export --format gdelt --canonical -o events.gdelt.tsv --db news.duckdb
    """
    with open_store(db) as store:
        n = store.export(fmt, output, canonical=canonical)
    click.echo(f"communique: wrote {n} rows to {output}", err=True)
