"""Progress bars and the end-of-run summary, on standard error."""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator

from tqdm import tqdm

from ..article import Article


class Tally:
    """Counts processed and failed articles by error code while passing them through."""

    def __init__(self) -> None:
        self.processed = 0
        self.failed = 0
        self.codes: Counter[str] = Counter()
        self.started = time.perf_counter()

    def watch(self, articles: Iterable[Article], show: bool, total: int | None = None) -> Iterator[Article]:
        bar = tqdm(total=total, unit="art", disable=not show, file=sys.stderr, dynamic_ncols=True,
                   smoothing=0.1)
        try:
            for article in articles:
                self.processed += 1
                if article.failed:
                    self.failed += 1
                    for err in article.errors:
                        if err.level == "error":
                            self.codes[err.code] += 1
                bar.update(1)
                bar.set_postfix(failed=self.failed, refresh=False)
                yield article
        finally:
            bar.close()

    def add_record(self, record: dict) -> None:
        """Count one output record (a ``to_dict()`` dict) as :meth:`watch` counts an article."""
        self.processed += 1
        codes = [e.get("code") for e in record.get("errors") or () if e.get("level") == "error"]
        if codes:
            self.failed += 1
            self.codes.update(c for c in codes if c)

    def as_dict(self) -> dict:
        """The counts, for a checkpoint manifest."""
        return {"processed": self.processed, "failed": self.failed, "codes": dict(self.codes)}

    def restore(self, counts: dict) -> None:
        """Carry on from counts saved by :meth:`as_dict` (a resumed run)."""
        self.processed = int(counts.get("processed", 0))
        self.failed = int(counts.get("failed", 0))
        self.codes = Counter(counts.get("codes") or {})

    def bar(self, show: bool, total: int | None = None) -> tqdm:
        """A progress bar (articles/s, ETA when ``total`` is known) starting at :attr:`processed`."""
        return tqdm(total=total, initial=self.processed, unit="art", disable=not show,
                    file=sys.stderr, dynamic_ncols=True, smoothing=0.1)

    @property
    def elapsed(self) -> float:
        return time.perf_counter() - self.started

    def summary(self) -> str:
        parts = [f"{self.processed} processed", f"{self.failed} failed"]
        if self.codes:
            parts.append("by code: " + ", ".join(f"{c} x{n}" for c, n in sorted(self.codes.items())))
        parts.append(f"{self.elapsed:.1f}s elapsed")
        return "; ".join(parts)
