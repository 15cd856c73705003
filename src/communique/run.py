"""The one run path: inputs → partitions → pipeline → records, serial, on processes or on Dask.

>>> art = extract("Turkey and Syria held talks in Moscow on Wednesday.",
...               published="2023-05-11")                 # doctest: +SKIP
>>> art.to_dict()["events"][0]["cameo"]                   # doctest: +SKIP
'043'
>>> options = RunOptions(published="2023-05-11")
>>> for record in stream(["corpus.jsonl"], options, workers=2):   # doctest: +SKIP
...     print(record["id"], len(record["events"]))

Every run goes the same way. :func:`~communique.scale.partition.partitions` cuts
the inputs into partitions; :func:`pipe_partition` reads one and runs the
pipeline over its articles; :func:`batches` hands partitions to this process, a
process pool or Dask and gives the records back in input order. :func:`stream`
yields those records, :func:`extract_inputs` the articles themselves (this
process only). Writing them to a file or a store is :mod:`communique.outputs`.
The records are the same, byte for byte, whatever runs them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any

from .article import Article
from .ingest.meta import failed, limit
from .pipeline import get_pipeline
from .scale.partition import PARTITION_SIZE, partitions
from .scale.worker import pipe_partition
from .settings import load_settings


@dataclass(frozen=True)
class RunOptions:
    """What every article of a run shares: pipeline settings and the caller's metadata.

    ``published``, ``source`` and ``id`` fill what a record does not say;
    ``include_text`` puts each article's text in its record (the store needs it).
    """

    settings: dict[str, Any] = field(default_factory=dict)
    published: Any = None
    source: str | None = None
    id: str | None = None
    include_text: bool = False

    @property
    def max_chars(self) -> int:
        return int(load_settings(self.settings)["max_chars"])

    def key(self) -> dict[str, Any]:
        """The options that change the output (for checkpoint fingerprints)."""
        return {"settings": load_settings(self.settings), "published": self.published,
                "source": self.source, "id": self.id, "include_text": self.include_text}


def extract(text: str, published: Any = None, *, title: str | None = None, source: str | None = None,
            url: str | None = None, id: str | None = None, actors: list[str] | None = None,
            settings: dict[str, Any] | None = None) -> Article:
    """Run the whole pipeline over one text and return the enriched :class:`Article`.

    ``published`` is a ``datetime.date`` or ``YYYY-MM-DD`` string; relative dates
    resolve against it. ``actors`` lists extra dictionary files.
    """
    settings = dict(settings or {})
    if actors:
        settings["actors"] = list(actors)
    pipeline = get_pipeline(settings)
    article = Article(text=text, id=id, title=title, source=source, url=url)
    article.set_published(published, "extract()")
    limit(article, pipeline.settings["max_chars"], "extract()")
    if not text or not text.strip():
        return failed(article.id or "", "E101", path="extract()")
    return pipeline(article)


def extract_inputs(inputs: Iterable[str], *, published: Any = None, source: str | None = None,
                   id: str | None = None, settings: dict[str, Any] | None = None,
                   stdin: IO[bytes] | None = None) -> Iterator[Article]:
    """Stream articles from ``inputs`` (files, folders, JSONL, ``-``) through the pipeline, in this process."""
    options = RunOptions(settings=dict(settings or {}), published=published, source=source, id=id)
    for part in partitions(inputs, options, stdin=stdin):
        yield from pipe_partition(part, options)


def batches(inputs: Iterable[str] | None, options: RunOptions, *, workers: int = 1, dask: bool = False,
            scheduler: str | None = None, partition_size: int = PARTITION_SIZE,
            stdin: IO[bytes] | None = None, parts: Iterable[Any] | None = None,
            skip: Callable[[Article], bool] | None = None, task: Callable[..., Any] | None = None,
            in_flight: int | None = None) -> Iterator[tuple[Any, list[dict[str, Any]]]]:
    """``(partition, records)`` for each partition of ``inputs`` (or the given ``parts``), in order.

    ``workers`` local processes (1: this process), or Dask with ``dask`` / ``scheduler``.
    ``skip`` leaves out articles before extraction, in this process only (a parallel run
    cannot share the caller's objects). At most ``in_flight`` partitions are out at a time.
    """
    from .scale.executors import executor, ordered
    from .scale.worker import extract_partition, warm_up

    if parts is None:
        parts = partitions(inputs or [], options, size=partition_size, stdin=stdin)
    if isinstance(parts, list) and len(parts) <= 1 and not scheduler:
        workers, dask = 1, False  # one partition: no pool to start, no model to load twice
    parallel = bool(dask or scheduler or workers > 1)
    task = task or extract_partition
    if skip is not None and not parallel:
        inner = task

        def task(part: Any, opts: RunOptions) -> list[dict[str, Any]]:
            return inner(part, opts, skip=skip)

    limit_ = in_flight or (2 * max(2 if dask else 1, workers) if parallel else 1)
    warm = warm_up if task is extract_partition else None
    with executor(workers, dask, scheduler, initializer=warm, initargs=(options.settings,)) as pool:
        yield from ordered(pool, task, parts, options, in_flight=limit_)


def stream(inputs: Iterable[str], options: RunOptions | None = None, **run: Any) -> Iterator[dict[str, Any]]:
    """Output records (``Article.to_dict()``) of every article of ``inputs``, in input order.

    ``run`` takes the keywords of :func:`batches` (``workers``, ``dask``, ``scheduler``,
    ``partition_size``, ``stdin``); the records are the same whatever they say.
    """
    for _, records in batches(inputs, options or RunOptions(), **run):
        yield from records


def dumps(record: dict[str, Any]) -> str:
    """One output record as deterministic compact JSON."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))
