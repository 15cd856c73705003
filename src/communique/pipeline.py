"""Stage registry, order checking and the per-article runner.

A stage is a callable ``stage(article) -> article`` made by a factory that is
registered under a name, with the article fields it ``requires`` and
``assigns``. A stage may also offer ``pipe(articles)`` to work on a batch (the
language stage does, to batch texts through ``nlp.pipe``).

Built-in stages register exactly like a user's own::

    from communique.pipeline import register_stage

    @register_stage("shout", requires=("events",), assigns=("meta",))
    def make_shout(settings):
        def shout(article):
            article.meta["n_events"] = len(article.events)
            return article
        return shout

    Pipeline(["language", "actors", "time", "quotes", "events", "shout"])
"""

from __future__ import annotations

import dataclasses
import importlib
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from .article import Article
from .errors import PipelineError, message
from .settings import load_settings

#: Fields that every article has from ingest on.
INGEST_FIELDS = ("text", "id", "title", "published", "source", "url", "meta")

#: The default stage order, after ingest.
DEFAULT_STAGES = ("language", "actors", "time", "quotes", "events", "dating", "places", "claims")

#: Modules whose import registers the built-in stages.
BUILTIN_MODULES = (
    "communique.language",
    "communique.actors",
    "communique.time",
    "communique.quotes",
    "communique.events",
    "communique.places",
    "communique.claims",
)

StageFn = Callable[[Article], Article]
Factory = Callable[[dict[str, Any]], StageFn]


@dataclass(frozen=True)
class StageInfo:
    name: str
    factory: Factory
    requires: tuple[str, ...]
    assigns: tuple[str, ...]


REGISTRY: dict[str, StageInfo] = {}


def article_fields() -> frozenset[str]:
    """The public fields of :class:`Article`: what a stage may require or assign."""
    return frozenset(f.name for f in dataclasses.fields(Article) if not f.name.startswith("_"))


def register_stage(name: str, *, requires: Iterable[str] = (), assigns: Iterable[str] = ()
                   ) -> Callable[[Factory], Factory]:
    """Register a stage factory under ``name`` (a decorator).

    ``requires`` and ``assigns`` must name fields of :class:`Article` (E306 otherwise),
    as spaCy checks the attributes its components declare."""
    requires, assigns = tuple(requires), tuple(assigns)

    fields = article_fields()
    for field_name in (*requires, *assigns):
        if field_name not in fields:
            raise PipelineError("E306", stage=name, field=field_name, known=", ".join(sorted(fields)))

    def decorate(factory: Factory) -> Factory:
        existing = REGISTRY.get(name)
        if existing is not None and existing.factory is not factory:
            if getattr(existing.factory, "__qualname__", None) != getattr(factory, "__qualname__", None):
                raise PipelineError("E304", stage=name)
        REGISTRY[name] = StageInfo(name, factory, requires, assigns)
        return factory

    return decorate


def load_builtin_stages() -> None:
    for module in BUILTIN_MODULES:
        importlib.import_module(module)


def check_order(names: Iterable[str]) -> list[StageInfo]:
    """The stages for ``names``, after checking that each one's needs are met."""
    load_builtin_stages()
    available = set(INGEST_FIELDS)
    infos = []
    for name in names:
        info = REGISTRY.get(name)
        if info is None:
            raise PipelineError("E303", stage=name, known=", ".join(sorted(REGISTRY)))
        for need in info.requires:
            if need not in available:
                raise PipelineError("E302", stage=name, field=need)
        available.update(info.assigns)
        infos.append(info)
    return infos


class Pipeline:
    """A checked row of stages, run over a stream of articles.

    >>> nlp = Pipeline()                               # doctest: +SKIP
    >>> [a.to_dict() for a in nlp.pipe(articles)]      # doctest: +SKIP
    """

    def __init__(self, stages: Iterable[str] = DEFAULT_STAGES, settings: dict[str, Any] | None = None,
                 batch_size: int = 16) -> None:
        self.settings = dict(settings or {})
        self.infos = check_order(stages)
        self.stages: list[tuple[str, Any]] = [(i.name, i.factory(self.settings)) for i in self.infos]
        self.batch_size = batch_size

    @property
    def names(self) -> list[str]:
        return [name for name, _ in self.stages]

    def __call__(self, article: Article) -> Article:
        return next(iter(self.pipe([article])))

    def pipe(self, articles: Iterable[Article]) -> Iterator[Article]:
        """Run every stage over ``articles``, in input order, batch by batch."""
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= self.batch_size:
                yield from self._run_batch(batch)
                batch = []
        if batch:
            yield from self._run_batch(batch)

    def _run_batch(self, batch: list[Article]) -> list[Article]:
        live = [a for a in batch if not a.failed]
        for name, stage in self.stages:
            if not live:
                break
            piped = getattr(stage, "pipe", None)
            if piped is not None:
                try:
                    list(piped(live))
                except Exception:  # fall back to one at a time to isolate the bad article
                    for article in live:
                        self._run_one(name, stage, article)
            else:
                for article in live:
                    self._run_one(name, stage, article)
            live = [a for a in live if not a.failed]
        return batch

    @staticmethod
    def _run_one(name: str, stage: Any, article: Article) -> None:
        try:
            result = stage(article)
        except Exception as exc:  # one bad article never loses the batch
            detail = f"{type(exc).__name__}: {exc}"
            article.add_error("E301", name, message("E301", stage=name, article=article.id, detail=detail))
            return
        if result is not article:
            article.add_error("E305", name, message("E305", stage=name, got=type(result).__name__))


_PIPELINES: dict[str, Pipeline] = {}


def get_pipeline(settings: dict[str, Any] | None = None) -> Pipeline:
    """A pipeline for ``settings``, built once per process and reused."""
    full = load_settings(settings)
    key = json.dumps(full, sort_keys=True, default=str)
    if key not in _PIPELINES:
        _PIPELINES[key] = Pipeline(DEFAULT_STAGES, full, batch_size=full["batch_size"])
    return _PIPELINES[key]
