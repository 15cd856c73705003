"""``communique extract``: articles in, one JSON record per article out."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import click

from ..errors import InputError
from ..run import dumps
from ..scale import Options, Partition, partitions, run_partitions, write_resumable
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
@scale_options
@click.option("--resume", is_flag=True, default=False,
              help="Carry on an interrupted run of the same command from its checkpoint.")
@click.option("--checkpoint", "checkpoint_path", type=click.Path(dir_okay=False), default=None,
              help="Checkpoint manifest (default: OUTPUT.progress.json).")
def extract_command(inputs: tuple[str, ...], output: str, fmt: str, published: str | None,
                    source: str | None, record_id: str | None, actor_files: tuple[str, ...],
                    max_chars: int | None, progress: bool | None, workers: int, use_dask: bool,
                    scheduler: str | None, partition_size: int, resume: bool,
                    checkpoint_path: str | None, pattern_files: tuple[str, ...] = ()) -> None:
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
    options = Options(settings=settings_from(actor_files, max_chars, pattern_files), published=published,
                      source=source, id=record_id)
    show = many_articles(inputs) if progress is None else progress
    checkpointed = output != "-" and fmt == "jsonl" and "-" not in inputs
    if resume and not checkpointed:
        raise InputError("E906", path=checkpoint_path or f"{output}.progress.json",
                         detail="--resume needs -o FILE, --format jsonl and no standard input")
    run: dict[str, Any] = {"workers": workers, "dask": use_dask, "scheduler": scheduler}
    tally = Tally()
    if checkpointed:
        parts = list(partitions(inputs, options, size=partition_size))
        _extract_resumable(parts, options, output, tally, show, resume, checkpoint_path, run,
                           partition_size)
    else:
        stream = partitions(inputs, options, size=partition_size)
        parts_or_stream: Any = stream if "-" in inputs else list(stream)
        total = None if "-" in inputs else sum(p.count for p in parts_or_stream)
        records = _records(run_partitions(parts_or_stream, options, **run), tally, show, total)
        if output == "-":
            write_records(records, sys.stdout, fmt)
            sys.stdout.flush()
        else:
            with open(output, "w", encoding="utf-8", errors="backslashreplace") as out:
                write_records(records, out, fmt)
    if tally.failed:
        click.echo(f"communique: {tally.summary()}", err=True)
        sys.exit(2)
    if show:
        click.echo(f"communique: {tally.summary()}", err=True)


def _records(results: Iterator[tuple[Partition, list[dict[str, Any]]]], tally: Tally, show: bool,
             total: int | None) -> Iterator[dict[str, Any]]:
    """The records of each partition, counted on the tally and the progress bar."""
    bar = tally.bar(show, total)
    try:
        for _, records in results:
            for record in records:
                tally.add_record(record)
                yield record
            bar.update(len(records))
            bar.set_postfix(failed=tally.failed, refresh=False)
    finally:
        bar.close()


def _extract_resumable(parts: list[Partition], options: Options, output: str, tally: Tally,
                       show: bool, resume: bool, checkpoint_path: str | None, run: dict[str, Any],
                       partition_size: int) -> None:
    """Write the records of ``parts`` to ``output``, committing a checkpoint per partition."""
    bar = tally.bar(show, sum(p.count for p in parts))

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
        write_resumable(parts, options, output, resume=resume, manifest=checkpoint_path,
                        key={"partition_size": partition_size}, on_records=counted,
                        on_resume=resumed, **run)
    finally:
        bar.close()
