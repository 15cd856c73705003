"""The language stage: parse texts in batches with the verified model, and repair the parse once.

- :mod:`.model` finds, verifies (by hash) and loads the spaCy model; nothing is
  downloaded at run time;
- :mod:`.linebreaks` joins the lines of hard-wrapped text first (same length, so
  offsets hold), so that a line break means the end of a block everywhere;
- :mod:`.lemmas` and :mod:`.acronyms` repair what the parser gets wrong, so that
  every later stage reads the same, repaired doc.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from ..article import Article
from ..errors import message
from ..pipeline import register_stage
from .lemmas import repair
from .linebreaks import unwrap
from .model import (
    MODEL_DIST,
    MODEL_HASHES,
    MODEL_PACKAGE,
    MODEL_VERSION,
    load_model,
    mark_paragraphs,
    model_info,
    model_path,
    verify_model,
)


def _chunks(text: str, size: int) -> list[str]:
    """Split ``text`` into parts of about ``size`` characters at line or space breaks.

    Joining the parts gives back ``text`` exactly, so offsets stay valid.
    """
    parts = []
    start = 0
    while len(text) - start > size:
        cut = text.rfind("\n", start + size // 2, start + size)
        if cut < 0:
            cut = text.rfind(" ", start + size // 2, start + size)
        cut = cut + 1 if cut >= 0 else start + size
        parts.append(text[start:cut])
        start = cut
    parts.append(text[start:])
    return parts


class LanguageStage:
    """Attach a spaCy ``Doc`` to each article, batching through ``nlp.pipe``."""

    def __init__(self, settings: dict[str, Any]) -> None:
        self.nlp = load_model()
        self.chunk = int(settings.get("parse_chunk_chars", 50000))
        self.batch_size = int(settings.get("batch_size", 16))

    def __call__(self, article: Article) -> Article:
        list(self.pipe([article]))
        return article

    def pipe(self, articles: Iterable[Article]) -> Iterator[Article]:
        articles = list(articles)
        for article in articles:
            article.text = unwrap(article.text)  # hard-wrapped lines joined, offsets kept
        short = [a for a in articles if len(a.text) <= self.chunk]
        for article, doc in zip(short, self.nlp.pipe((a.text for a in short), batch_size=self.batch_size)):
            article.doc = doc
        for article in articles:
            if len(article.text) > self.chunk:
                article.doc = self._parse_long(article)
        for article in articles:  # one repaired parse for every stage (lemmas.repair)
            if article.doc is not None:
                article.doc = repair(article.doc, self.nlp)
        return iter(articles)

    def _parse_long(self, article: Article) -> Any:
        from spacy.tokens import Doc

        parts = _chunks(article.text, self.chunk)
        docs = list(self.nlp.pipe(parts, batch_size=2))
        doc = Doc.from_docs(docs, ensure_whitespace=False)
        if doc.text != article.text:  # never let offsets drift
            raise RuntimeError(message("E203", detail="joined parts do not match the text"))
        article.add_error("W204", "language", message("W204", size=len(article.text), parts=len(parts)),
                          level="warning")
        return doc


@register_stage("language", requires=("text",), assigns=("text", "doc"))  # text: hard-wrapped lines joined
def make_language(settings: dict[str, Any]) -> LanguageStage:
    return LanguageStage(settings)


__all__ = ["MODEL_DIST", "MODEL_HASHES", "MODEL_PACKAGE", "MODEL_VERSION", "LanguageStage", "load_model",
           "make_language", "mark_paragraphs", "model_info", "model_path", "verify_model"]
