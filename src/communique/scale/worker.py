"""What a worker does with one partition: read it, run the pipeline, return records.

Functions here are plain module-level functions so that local processes and
Dask workers can receive them by reference. The pipeline is built once per
worker process (:func:`communique.run.get_pipeline` caches it).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import errors
from ..article import Article
from ..errors import CommuniqueError, message
from ..ingest import finish, read_jsonl_range, read_one
from ..ingest.jsonl import line_limit
from ..settings import load_settings
from .partition import Partition


@dataclass(frozen=True)
class Options:
    """What every partition of a run shares: settings and the caller's metadata flags."""

    settings: dict[str, Any] = field(default_factory=dict)
    published: Any = None
    source: str | None = None
    id: str | None = None
    include_text: bool = False

    def key(self) -> dict[str, Any]:
        """The options that change the output, for the checkpoint fingerprint."""
        return {"settings": load_settings(self.settings), "published": self.published,
                "source": self.source, "id": self.id, "include_text": self.include_text}


def read_partition(part: Partition, options: Options, max_chars: int) -> Iterator[Article]:
    """The finished articles of ``part``, exactly as :func:`read_inputs` gives them."""
    flags = {"published": options.published, "source": options.source, "id": options.id,
             "max_chars": max_chars}
    if part.kind == "lines":
        where = part.names[0]
        for article in read_jsonl_range(part.paths[0], where, part.start, part.end, part.first_line,
                                        max_line_bytes=line_limit(max_chars)):
            yield finish(article, where, **flags)
    elif part.kind == "files":
        for name, path in zip(part.names, part.paths):
            yield from read_one(name, Path(path), **flags)
    else:
        yield from part.articles


def extract_partition(part: Partition, options: Options) -> list[dict[str, Any]]:
    """Output records of every article of ``part``, through the whole pipeline."""
    from ..run import get_pipeline

    pipeline = get_pipeline(options.settings)
    articles = read_partition(part, options, pipeline.settings["max_chars"])
    return [to_record(a, options.include_text) for a in pipeline.pipe(articles)]


def ingest_partition(part: Partition, options: Options) -> list[dict[str, Any]]:
    """Records of ``part`` as read, without the pipeline (for tests and measurements)."""
    max_chars = load_settings(options.settings)["max_chars"]
    return [to_record(a, options.include_text) for a in read_partition(part, options, max_chars)]


def warm_up(settings: dict[str, Any]) -> None:
    """Build the pipeline in a fresh worker before work arrives (a process-pool initializer).

    A failure is left for the first task to raise, with its own error code:
    an initializer that raises would break the whole pool.
    """
    from ..run import get_pipeline

    try:
        get_pipeline(settings)
    except Exception:
        pass


def to_record(article: Article, include_text: bool = False) -> dict[str, Any]:
    """``article.to_dict()``; an article that cannot be rendered becomes an E301 record."""
    try:
        return article.to_dict(include_text=include_text)
    except Exception as exc:  # one broken article never loses its partition
        bare = Article(text=article.text if include_text else "", id=article.id)
        detail = f"{type(exc).__name__}: {exc}"
        bare.add_error("E301", "output", message("E301", stage="output", article=article.id,
                                                 detail=detail))
        return bare.to_dict(include_text=include_text)


@dataclass(frozen=True)
class Failure:
    """A :class:`CommuniqueError` raised in a worker, in a form that survives pickling."""

    kind: str
    code: str
    fields: dict[str, str]

    def error(self) -> CommuniqueError:
        cls = getattr(errors, self.kind, CommuniqueError)
        if not (isinstance(cls, type) and issubclass(cls, CommuniqueError)):
            cls = CommuniqueError
        return cls(self.code, **self.fields)


def call(task: Any, part: Partition, options: Options) -> list[dict[str, Any]] | Failure:
    """``task(part, options)``; a Communique error (bad settings, dictionary…) comes back as a Failure."""
    try:
        return task(part, options)
    except CommuniqueError as exc:
        return Failure(type(exc).__name__, exc.code, {k: str(v) for k, v in exc.fields.items()})
