"""What a worker does with one partition: read it, run the pipeline, return records.

Functions here are plain module-level functions so that local processes and
Dask workers can receive them by reference. The pipeline is built once per
worker process (:func:`communique.run.get_pipeline` caches it).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .. import errors
from ..article import Article
from ..errors import CommuniqueError, message
from ..pipeline import get_pipeline
from .partition import Partition, read_partition

if TYPE_CHECKING:
    from ..run import RunOptions


def pipe_partition(part: Partition, options: RunOptions,
                   skip: Callable[[Article], bool] | None = None) -> Iterator[Article]:
    """The articles of one partition through the pipeline (``skip`` leaves some out before it).

    The model is loaded only once there is an article to run."""
    articles = read_partition(part, options, options.max_chars)
    if skip is not None:
        articles = (a for a in articles if a.failed or not skip(a))
    first = next(articles, None)
    if first is None:
        return iter(())
    return get_pipeline(options.settings).pipe(itertools.chain([first], articles))


def extract_partition(part: Partition, options: RunOptions,
                      skip: Callable[[Article], bool] | None = None) -> list[dict[str, Any]]:
    """Output records of every article of ``part``, through the whole pipeline."""
    return [to_record(a, options.include_text) for a in pipe_partition(part, options, skip)]


def ingest_partition(part: Partition, options: RunOptions,
                     skip: Callable[[Article], bool] | None = None) -> list[dict[str, Any]]:
    """Records of ``part`` as read, without the pipeline (for tests and measurements)."""
    articles = read_partition(part, options, options.max_chars)
    return [to_record(a, options.include_text) for a in articles if skip is None or a.failed or not skip(a)]


def warm_up(settings: dict[str, Any]) -> None:
    """Build the pipeline in a fresh worker before work arrives (a process-pool initializer).

    A failure is left for the first task to raise, with its own error code:
    an initializer that raises would break the whole pool.
    """
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


def call(task: Any, part: Partition, options: RunOptions) -> list[dict[str, Any]] | Failure:
    """``task(part, options)``; a Communique error (bad settings, dictionary…) comes back as a Failure."""
    try:
        return task(part, options)
    except CommuniqueError as exc:
        return Failure(type(exc).__name__, exc.code, {k: str(v) for k, v in exc.fields.items()})
