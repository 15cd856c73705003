"""Extracting inputs straight into a store, skipping articles it already holds."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from ..article import Article
from ..ingest import read_inputs
from ..run import get_pipeline
from ..settings import load_settings

Watch = Callable[[Iterable[Article]], Iterator[Article]]


def ingest_inputs(store: Any, inputs: Iterable[str], *, published: Any = None, source: str | None = None,
                  id: str | None = None, settings: dict[str, Any] | None = None, replace: bool = False,
                  watch: Watch | None = None) -> dict[str, int]:
    """Read ``inputs`` (as :func:`communique.run.extract_inputs` does), extract the
    articles the store does not hold yet (all of them with ``replace``), and store them.

    ``watch`` wraps the stream of extracted articles (a progress bar). Returns the
    counts of :meth:`Store.add_articles`, with articles skipped before extraction
    included in ``skipped``.
    """
    articles = read_inputs(inputs, published=published, source=source, id=id,
                           max_chars=load_settings(settings)["max_chars"])
    before = {"skipped": 0}

    def fresh() -> Iterator[Article]:
        for article in articles:
            if not replace and not article.failed and store.has_article(article.id, article.text):
                before["skipped"] += 1
                continue
            yield article

    def extracted() -> Iterator[Article]:
        stream = fresh()
        first = next(stream, None)
        if first is None:  # nothing new: the model is never loaded
            return
        yield from get_pipeline(settings).pipe(_chain(first, stream))

    done: Iterator[Article] = extracted()
    if watch is not None:
        done = watch(done)
    counts = store.add_articles((a.to_dict(include_text=True) for a in done), replace=replace)
    counts["skipped"] += before["skipped"]
    return counts


def _chain(first: Article, rest: Iterator[Article]) -> Iterator[Article]:
    yield first
    yield from rest
