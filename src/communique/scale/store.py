"""Parallel extraction into the store: workers extract, this process writes.

DuckDB has a single writer, so records come back from the workers in input
order and the driver appends them, partition by partition
(:meth:`Store.add_articles`). The store skips articles it holds already (by
id), so running the same ingest again after a crash or kill stores every
article exactly once. A small manifest beside the database
(``DB.ingest-progress.json``) also lets that second run skip the partitions
the first one stored, instead of extracting them again.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from .checkpoint import read_manifest, write_manifest
from .partition import PARTITION_SIZE, fingerprint
from .runner import Task, partitions, run_partitions
from .worker import Options, extract_partition


def ingest_parallel(store: Any, inputs: Iterable[str], *, published: Any = None,
                    source: str | None = None, id: str | None = None,
                    settings: dict[str, Any] | None = None, replace: bool = False, workers: int = 1,
                    dask: bool = False, scheduler: str | None = None,
                    partition_size: int = PARTITION_SIZE,
                    on_record: Callable[[dict[str, Any]], None] | None = None,
                    task: Task = extract_partition, commit_every: float = 1.0) -> dict[str, int]:
    """Extract ``inputs`` on ``workers`` processes (or Dask) and add them to ``store``.

    ``on_record`` sees each record before it is stored (a progress bar). The
    manifest is updated at most every ``commit_every`` seconds. Returns the
    counts of :meth:`Store.add_articles` (``added``, ``skipped``, ``replaced``).
    """
    names = list(inputs)
    options = Options(settings=dict(settings or {}), published=published, source=source, id=id,
                      include_text=True)
    stream = partitions(names, options, size=partition_size)
    checkpointed = "-" not in names and str(getattr(store, "path", ":memory:")) != ":memory:"
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
    todo = parts[done:] if checkpointed else parts
    last = time.monotonic()
    for part, records in run_partitions(todo, options, workers=workers, dask=dask,
                                        scheduler=scheduler, task=task):
        if on_record is not None:
            for record in records:
                on_record(record)
        added = store.add_articles(records, replace=replace, merge=False)
        for key in counts:
            counts[key] += added.get(key, 0)
        if manifest is not None and (part.index + 1 == len(parts) or time.monotonic() - last >= commit_every):
            write_manifest(manifest, {"version": 1, "fingerprint": digest, "done": part.index + 1,
                                      "counts": counts, "articles": store.counts()["articles"]})
            last = time.monotonic()
    if counts["added"] or counts["replaced"]:
        store.merge()
    if manifest is not None:
        manifest.unlink(missing_ok=True)
    return counts
