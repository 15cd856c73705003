"""The event store: articles and everything extracted from them, in DuckDB.

:class:`Store` is the only code that speaks SQL. It ingests output-contract
records (``Article.to_dict(include_text=True)``), groups events from many
reports into canonical events, answers queries and writes exports.

>>> from communique import Store
>>> with Store("communique.duckdb") as store:                    # doctest: +SKIP
...     store.add_articles(records)
...     store.dyad("TUR", "SYR", by="month")
"""

from __future__ import annotations

from pathlib import Path

from .core import StoreCore
from .export import FORMATS, ExportMixin
from .queries import PERIODS, QueryMixin

__all__ = ["Store", "FORMATS", "PERIODS", "DEFAULT_PATH"]

#: The database file used when none is given.
DEFAULT_PATH = "communique.duckdb"


class Store(QueryMixin, ExportMixin, StoreCore):
    """A DuckDB file of articles, actors, mentions, events, quotes, claims and dates.

    ``Store(path)`` opens (creating and migrating) the file; ``read_only=True``
    opens an existing one for queries, so several readers may share it.
    Methods return plain dicts; those returning many rows take ``as_frame=True``
    for a pandas DataFrame.
    """

    def __init__(self, path: str | Path = DEFAULT_PATH, read_only: bool = False) -> None:
        super().__init__(path, read_only=read_only)
