"""Serialised access to the one store the app holds, and to the extractor.

DuckDB allows one writer per database file, so the app opens a single
:class:`~communique.store.Store` and every request goes through it, one at a
time, under a lock. Extraction is serialised too: the spaCy pipeline is
shared by all requests.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from .errors import ApiError

Extractor = Callable[..., Any]


class StoreAccess:
    """Calls on one store object, one at a time; E806 when there is none."""

    def __init__(self, store: Any | None) -> None:
        self.store = store
        self._lock = threading.Lock()

    @property
    def available(self) -> bool:
        return self.store is not None

    def call(self, method: str, *args: Any, **kwargs: Any) -> Any:
        """``store.method(*args, **kwargs)`` under the lock."""
        if self.store is None:
            raise ApiError("E806")
        with self._lock:
            return getattr(self.store, method)(*args, **kwargs)

    def close(self) -> None:
        if self.store is not None and hasattr(self.store, "close"):
            with self._lock:
                self.store.close()


class ExtractAccess:
    """The extraction function, called one request at a time."""

    def __init__(self, extractor: Extractor | None = None) -> None:
        self._extractor = extractor
        self._lock = threading.Lock()

    def __call__(self, text: str, **metadata: Any) -> dict[str, Any]:
        """The output contract plus ``text`` for one article, not stored."""
        with self._lock:
            extractor = self._extractor
            if extractor is None:
                from ..run import extract

                extractor = self._extractor = extract
            article = extractor(text, **metadata)
        record: dict[str, Any] = article.to_dict(include_text=True)
        return record


def open_store(db_path: str, read_only: bool = False) -> Any:
    """Open the store at ``db_path`` (imported late: the store is optional here)."""
    from ..store import Store

    return Store(db_path, read_only=read_only)
