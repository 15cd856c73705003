"""Where a run's records go: a JSON/JSONL file or standard output, or a store.

Both take the records of :func:`communique.run.batches`, the one run path, so a
file, a store and the library see the same records.

>>> from communique.run import RunOptions
>>> write(["corpus.jsonl"], RunOptions(), "events.jsonl", workers=2)      # doctest: +SKIP
>>> with Store("news.duckdb") as store:                                     # doctest: +SKIP
...     ingest(store, ["corpus.jsonl"], RunOptions(include_text=True))
{'added': 200, 'skipped': 0, 'replaced': 0}
"""

from __future__ import annotations

import dataclasses
import json
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO, Any

from .article import Article
from .errors import InputError
from .run import RunOptions, batches, dumps
from .scale.checkpoint import read_manifest, write_manifest, write_resumable
from .scale.partition import PARTITION_SIZE, fingerprint, partitions

Records = list[dict[str, Any]]


def write_records(records: Iterable[dict[str, Any]], out: IO[str], fmt: str = "jsonl") -> None:
    """Write output records as JSONL (one a line) or as one JSON array."""
    if fmt == "json":
        out.write("[")
        for i, record in enumerate(records):
            out.write(("," if i else "") + "\n" + json.dumps(record, ensure_ascii=False, indent=1))
        out.write("\n]\n")
    else:
        for record in records:
            out.write(dumps(record) + "\n")


def write(inputs: Iterable[str], options: RunOptions, output: str = "-", *, fmt: str = "jsonl",
          resume: bool = False, checkpoint: str | None = None, partition_size: int = PARTITION_SIZE,
          on_total: Callable[[int | None], None] | None = None,
          on_records: Callable[[Records], dict[str, Any]] | None = None,
          on_resume: Callable[[dict[str, Any]], None] | None = None, **run: Any) -> None:
    """Extract ``inputs`` and write the records to ``output`` (``-``: standard output).

    A JSONL file that is not fed from standard input is checkpointed after every
    partition (``OUTPUT.progress.json``, or ``checkpoint``); ``resume`` carries an
    interrupted run on. ``on_total(n)`` hears how many records to expect (None when
    unknown), ``on_records(records)`` sees each partition's records and returns the
    counts to keep, ``on_resume(counts)`` gets them back on a resume. ``run`` goes to
    :func:`communique.run.batches` (``workers``, ``dask``, ``scheduler``, ``stdin``).
    """
    inputs = list(inputs)
    checkpointed = output != "-" and fmt == "jsonl" and "-" not in inputs
    if resume and not checkpointed:
        raise InputError("E906", path=checkpoint or f"{output}.progress.json",
                         detail="--resume needs -o FILE, --format jsonl and no standard input")
    stream = partitions(inputs, options, size=partition_size, stdin=run.pop("stdin", None))
    parts: Any = stream if "-" in inputs else list(stream)
    if on_total is not None:
        on_total(None if "-" in inputs else sum(p.count for p in parts))
    if checkpointed:
        write_resumable(parts, options, output, resume=resume, manifest=checkpoint,
                        key={"partition_size": partition_size}, on_records=on_records,
                        on_resume=on_resume, **run)
        return

    def records() -> Iterable[dict[str, Any]]:
        for _, batch in batches(None, options, parts=parts, **run):
            if on_records is not None:
                on_records(batch)
            yield from batch

    if output == "-":
        write_records(records(), sys.stdout, fmt)
        sys.stdout.flush()
        return
    try:
        out = open(output, "w", encoding="utf-8", errors="backslashreplace")
    except OSError as exc:
        raise InputError("E907", path=output, detail=exc.strerror or str(exc)) from exc
    with out:
        write_records(records(), out, fmt)


def ingest(store: Any, inputs: Iterable[str], options: RunOptions, *, replace: bool = False,
           partition_size: int = PARTITION_SIZE, on_records: Callable[[Records], Any] | None = None,
           commit_every: float = 1.0, **run: Any) -> dict[str, int]:
    """Extract ``inputs`` and store the records (:meth:`Store.ingest`), then merge reports.

    Articles the store holds already are skipped (before extraction when the run is
    in this process, on insert otherwise) unless ``replace``. For a database file,
    a manifest beside it (``DB.ingest-progress.json``) lets a second run after a
    crash skip the partitions the first one stored. Returns the counts ``added``,
    ``skipped`` and ``replaced``.
    """
    names = list(inputs)
    options = dataclasses.replace(options, include_text=True)
    checkpointed = "-" not in names and str(getattr(store, "path", ":memory:")) != ":memory:"
    stream = partitions(names, options, size=partition_size, stdin=run.pop("stdin", None))
    parts: Any = list(stream) if checkpointed else stream
    manifest = Path(f"{store.path}.ingest-progress.json") if checkpointed else None
    digest = fingerprint(parts, {**options.key(), "partition_size": partition_size,
                                 "replace": replace}) if checkpointed else ""
    counts = {"added": 0, "skipped": 0, "replaced": 0}
    done = 0
    state = read_manifest(manifest) if manifest is not None else None
    if (state is not None and state.get("fingerprint") == digest
            and store.counts()["articles"] >= int(state.get("articles", 0))):
        done = int(state["done"])
        counts.update(state.get("counts") or {})
    skipped = [0]

    def held(article: Article) -> bool:  # in this process: no need to extract it again
        if store.has_article(article.id, article.text):
            skipped[0] += 1
            return True
        return False

    todo = parts[done:] if checkpointed else parts
    last = time.monotonic()
    for part, records in batches(None, options, parts=todo, skip=None if replace else held, **run):
        if on_records is not None:
            on_records(records)
        added = store.ingest(records, replace=replace, merge=False)
        for key in counts:
            counts[key] += added.get(key, 0)
        if manifest is not None and (part.index + 1 == len(parts) or time.monotonic() - last >= commit_every):
            write_manifest(manifest, {"version": 1, "fingerprint": digest, "done": part.index + 1,
                                      "counts": counts, "articles": store.counts()["articles"]})
            last = time.monotonic()
    counts["skipped"] += skipped[0]
    if counts["added"] or counts["replaced"]:
        store.merge()
    if manifest is not None:
        manifest.unlink(missing_ok=True)
    return counts
