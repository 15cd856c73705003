"""The library entry point for parallel and distributed runs.

>>> from communique.scale import run
>>> for record in run(["corpus.jsonl"], workers=2, published="2023-05-11"):   # doctest: +SKIP
...     print(record["id"], len(record["events"]))

Records come back in input order and are identical to a single-process run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any

from ..settings import load_settings
from .executors import executor, ordered
from .partition import PARTITION_SIZE, Partition, plan, stdin_partitions
from .worker import Options, extract_partition, warm_up

Task = Callable[[Partition, Options], list[dict[str, Any]]]


def partitions(inputs: Iterable[str], options: Options, *, size: int = PARTITION_SIZE,
               stdin: IO[bytes] | None = None) -> Iterator[Partition]:
    """Every partition of ``inputs`` in order; standard input ``-`` is read where it stands."""
    names = list(inputs)
    index = 0
    segment: list[str] = []
    max_chars = load_settings(options.settings)["max_chars"]
    for name in [*names, None]:
        if name is not None and name != "-":
            segment.append(name)
            continue
        for part in plan(segment, size=size, first_index=index):
            index += 1
            yield part
        segment = []
        if name == "-":
            for part in stdin_partitions(stdin, index, size=size, published=options.published,
                                         source=options.source, id=options.id, max_chars=max_chars):
                index += 1
                yield part


def run_partitions(parts: Iterable[Partition], options: Options, *, workers: int = 1,
                   dask: bool = False, scheduler: str | None = None, task: Task = extract_partition,
                   in_flight: int | None = None) -> Iterator[tuple[Partition, list[dict[str, Any]]]]:
    """``(partition, records)`` for each partition, in order, run where the flags say.

    ``workers`` local processes (1: this process), or Dask with ``dask``/``scheduler``.
    At most ``in_flight`` partitions (default: twice the workers) are out at a time.
    """
    if isinstance(parts, list) and len(parts) <= 1 and not scheduler:
        workers, dask = 1, False  # one partition: no pool to start, no model to load twice
    parallel = dask or scheduler or workers > 1
    limit = in_flight or (2 * max(2 if dask else 1, workers) if parallel else 1)
    warm = warm_up if task is extract_partition else None
    with executor(workers, dask, scheduler, initializer=warm, initargs=(options.settings,)) as pool:
        yield from ordered(pool, task, parts, options, in_flight=limit)


def run(inputs: Iterable[str], *, workers: int = 1, dask: bool = False, scheduler: str | None = None,
        settings: dict[str, Any] | None = None, published: Any = None, source: str | None = None,
        id: str | None = None, include_text: bool = False, partition_size: int = PARTITION_SIZE,
        stdin: IO[bytes] | None = None, task: Task = extract_partition) -> Iterator[dict[str, Any]]:
    """Output records (``Article.to_dict()``) of every article of ``inputs``, in input order.

    The same records, byte for byte, whatever ``workers``, ``dask`` or ``scheduler`` say.
    """
    options = Options(settings=dict(settings or {}), published=published, source=source, id=id,
                      include_text=include_text)
    parts = partitions(inputs, options, size=partition_size, stdin=stdin)
    for _, records in run_partitions(parts, options, workers=workers, dask=dask,
                                     scheduler=scheduler, task=task):
        yield from records
