"""``communique ingest``: extract articles into the store."""

from __future__ import annotations

import sys
from typing import Any

import click

from ..errors import InputError
from ..outputs import ingest
from ..run import RunOptions
from ..scale.options import scale_options
from ..store import Store
from . import main
from .extract import many_articles
from .options import db_option, metadata_options, pipeline_options, settings_from
from .progress import Tally


@main.command("ingest")
@click.argument("inputs", nargs=-1, required=True)
@db_option
@click.option("--replace", is_flag=True, help="Re-extract and replace articles already stored.")
@metadata_options
@pipeline_options
@click.option("--progress/--no-progress", default=None,
              help="Show a progress bar (default: when there is more than one article).")
@scale_options
def ingest_command(inputs: tuple[str, ...], db: str, replace: bool, published: str | None, source: str | None,
                   record_id: str | None, actor_files: tuple[str, ...], max_chars: int | None,
                   progress: bool | None, workers: int = 1, use_dask: bool = False, scheduler: str | None = None,
                   partition_size: int = 100, pattern_files: tuple[str, ...] = (),
                   overrides: dict[str, Any] | None = None) -> None:
    """Extract news articles and store them, with their text, in a DuckDB file.

    INPUT is a .txt, .html or .jsonl file, a folder of them, or '-'. Articles
    already stored (same id, or same text) are skipped unless --replace. Events
    reported by several articles are then grouped into canonical events.
    Exit code 0 means every article succeeded, 2 that some failed.

    \b
    Examples:
      communique ingest examples/ --published 2023-05-11
      communique ingest corpus.jsonl --db news.duckdb --replace
      communique ingest corpus.jsonl --db news.duckdb --workers 2
    """
    if record_id and many_articles(inputs):
        raise InputError("E114", count=len(inputs) if len(inputs) > 1 else "several")
    options = RunOptions(settings=settings_from(actor_files, max_chars, pattern_files, overrides), published=published,
                         source=source, id=record_id, include_text=True)
    tally = Tally()
    bar = tally.bar(many_articles(inputs) if progress is None else progress)

    def counted(records: list[dict[str, Any]]) -> None:
        for record in records:
            tally.add_record(record)
        bar.update(len(records))

    with Store(db) as store:
        try:
            counts = ingest(store, inputs, options, replace=replace, on_records=counted, workers=workers,
                            dask=use_dask, scheduler=scheduler, partition_size=partition_size)
        finally:
            bar.close()
        total = store.counts()
    click.echo(f"communique: {counts['added']} added, {counts['replaced']} replaced, {counts['skipped']} skipped; "
               f"{db} holds {total['articles']} articles, {total['events']} events "
               f"({total['canonical_events']} canonical)", err=True)
    if tally.failed:
        click.echo(f"communique: {tally.summary()}", err=True)
        sys.exit(2)
