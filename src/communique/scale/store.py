"""Parallel extraction into the store: workers extract, this process writes.

DuckDB has a single writer, so records come back from the workers in input
order and the driver appends them in chunks (:meth:`Store.add_articles`). The
store skips articles it holds already (by id), so running the same ingest
again after a crash or kill stores every article exactly once.
"""

from __future__ import annotations

from typing import Any, Callable, Iterable, Iterator

from .partition import PARTITION_SIZE
from .runner import run


def ingest_parallel(store: Any, inputs: Iterable[str], *, published: Any = None,
                    source: str | None = None, id: str | None = None,
                    settings: dict[str, Any] | None = None, replace: bool = False, workers: int = 1,
                    dask: bool = False, scheduler: str | None = None,
                    partition_size: int = PARTITION_SIZE,
                    on_record: Callable[[dict[str, Any]], None] | None = None) -> dict[str, int]:
    """Extract ``inputs`` on ``workers`` processes (or Dask) and add them to ``store``.

    ``on_record`` sees each record before it is stored (a progress bar). Returns
    the counts of :meth:`Store.add_articles`.
    """
    records = run(inputs, workers=workers, dask=dask, scheduler=scheduler, settings=settings,
                  published=published, source=source, id=id, include_text=True,
                  partition_size=partition_size)

    def watched() -> Iterator[dict[str, Any]]:
        for record in records:
            if on_record is not None:
                on_record(record)
            yield record

    return store.add_articles(watched(), replace=replace)
