"""``communique extract``: articles in, one JSON record per article out."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from ..errors import InputError
from ..outputs import write
from ..run import RunOptions
from ..scale.options import scale_options
from . import main
from .options import metadata_options, pipeline_options, settings_from
from .progress import Tally


def many_articles(inputs: tuple[str, ...]) -> bool:
    """Whether the inputs may hold more than one article (for the progress bar)."""
    if len(inputs) != 1:
        return True
    name = inputs[0]
    return name == "-" or Path(name).is_dir() or Path(name).suffix.lower() in (".jsonl", ".ndjson")


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
@scale_options
@click.option("--resume", is_flag=True, default=False,
              help="Carry on an interrupted run of the same command from its checkpoint.")
@click.option("--checkpoint", "checkpoint_path", type=click.Path(dir_okay=False), default=None,
              help="Checkpoint manifest (default: OUTPUT.progress.json).")
def extract_command(inputs: tuple[str, ...], output: str, fmt: str, published: str | None,
                    source: str | None, record_id: str | None, actor_files: tuple[str, ...],
                    max_chars: int | None, progress: bool | None, workers: int, use_dask: bool,
                    scheduler: str | None, partition_size: int, resume: bool,
                    checkpoint_path: str | None, pattern_files: tuple[str, ...] = (),
                    overrides: dict[str, Any] | None = None) -> None:
    """Extract actors, events, dates, quotes and claims from news articles.

    INPUT is a .txt, .html or .jsonl file, a folder of them, or '-' for standard
    input. Exit code 0 means every article succeeded, 2 that some failed.

    With -o FILE (JSONL), progress is checkpointed in FILE.progress.json after
    every partition; after a crash or kill, the same command with --resume
    finishes the run with every article exactly once.

    \b
    Examples:
      communique extract article.txt --published 2023-05-11
      communique extract corpus.jsonl -o events.jsonl
      communique extract corpus.jsonl -o events.jsonl --workers 2
      communique extract corpus.jsonl -o events.jsonl --dask --scheduler tcp://10.0.0.5:8786
      communique extract corpus.jsonl -o events.jsonl --resume
    """
    if record_id and many_articles(inputs):
        raise InputError("E114", count=len(inputs) if len(inputs) > 1 else "several")
    options = RunOptions(settings=settings_from(actor_files, max_chars, pattern_files, overrides), published=published,
                         source=source, id=record_id)
    tally = Tally()
    show = many_articles(inputs) if progress is None else progress
    bar: Any = None

    def total(n: int | None) -> None:
        nonlocal bar
        bar = tally.bar(show, n)

    def counted(records: list[dict[str, Any]]) -> dict[str, Any]:
        for record in records:
            tally.add_record(record)
        bar.update(len(records))
        bar.set_postfix(failed=tally.failed, refresh=False)
        return tally.as_dict()

    def resumed(counts: dict[str, Any]) -> None:
        tally.restore(counts)
        bar.n = bar.initial = tally.processed
        bar.refresh()

    try:
        write(inputs, options, output, fmt=fmt, resume=resume, checkpoint=checkpoint_path,
              partition_size=partition_size, on_total=total, on_records=counted, on_resume=resumed,
              workers=workers, dask=use_dask, scheduler=scheduler)
    finally:
        if bar is not None:
            bar.close()
    if tally.failed:
        click.echo(f"communique: {tally.summary()}", err=True)
        sys.exit(2)
    if show:
        click.echo(f"communique: {tally.summary()}", err=True)
