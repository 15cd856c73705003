"""Library entry points: extract one text, or stream many inputs through the pipeline.

>>> art = extract("Turkey and Syria held talks in Moscow on Wednesday.",
...               published="2023-05-11")                 # doctest: +SKIP
>>> art.to_dict()["events"][0]["cameo"]                   # doctest: +SKIP
'043'
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import IO, Any

from .article import Article
from .ingest import read_inputs
from .ingest.meta import limit, set_published
from .pipeline import DEFAULT_STAGES, Pipeline
from .settings import load_settings

_PIPELINES: dict[str, Pipeline] = {}


def get_pipeline(settings: dict[str, Any] | None = None) -> Pipeline:
    """A pipeline for ``settings``, built once per process and reused."""
    full = load_settings(settings)
    key = json.dumps(full, sort_keys=True, default=str)
    if key not in _PIPELINES:
        _PIPELINES[key] = Pipeline(DEFAULT_STAGES, full, batch_size=full["batch_size"])
    return _PIPELINES[key]


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
    set_published(article, published, "extract()")
    limit(article, pipeline.settings["max_chars"], "extract()")
    if not text or not text.strip():
        from .ingest.meta import failed

        return failed(article.id or "", "E101", path="extract()")
    return pipeline(article)


def extract_inputs(inputs: Iterable[str], *, published: Any = None, source: str | None = None,
                   id: str | None = None, settings: dict[str, Any] | None = None,
                   stdin: IO[bytes] | None = None) -> Iterator[Article]:
    """Stream articles from ``inputs`` (files, folders, JSONL, ``-``) through the pipeline."""
    pipeline = get_pipeline(settings)
    articles = read_inputs(inputs, published=published, source=source, id=id,
                           max_chars=pipeline.settings["max_chars"], stdin=stdin)
    return pipeline.pipe(articles)


def dumps(record: dict[str, Any]) -> str:
    """One output record as deterministic compact JSON."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))
