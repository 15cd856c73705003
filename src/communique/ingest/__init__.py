"""Ingest: turn files, folders, JSONL and standard input into :class:`Article` records.

>>> from communique.ingest import read_inputs
>>> arts = list(read_inputs(["examples/"], published="2023-05-11"))   # doctest: +SKIP

Input is streamed: a JSONL file is read line by line and a folder file by file,
in sorted order. A record that cannot be read becomes an article with a
numbered error (E1xx) and reading goes on.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from ..article import Article
from .formats import file_limit, read_file, read_html, read_jsonl, read_jsonl_range, read_text
from .jsonl import line_limit
from .meta import failed, limit

__all__ = ["read_inputs", "read_one", "finish", "iter_paths", "SUFFIXES"]

SUFFIXES = (".txt", ".text", ".html", ".htm", ".jsonl", ".ndjson")


def iter_paths(inputs: Iterable[str]) -> Iterator[tuple[str, Path | None]]:
    """Each input as ``(name, path)``: folders expand recursively in sorted order.

    ``-`` gives ``("-", None)``. A missing path gives ``(name, Path)`` that does not exist.
    """
    for name in inputs:
        if name == "-":
            yield name, None
            continue
        path = Path(name)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.suffix.lower() in SUFFIXES and not child.name.startswith("."):
                    yield str(child), child
        else:
            yield name, path


def read_inputs(inputs: Iterable[str], *, published: Any = None, source: str | None = None,
                id: str | None = None, max_chars: int = 1_000_000,
                stdin: IO[bytes] | None = None) -> Iterator[Article]:
    """Stream articles from files, folders, JSONL and ``-`` (standard input).

    Flags given here (``published``, ``source``, ``id``) fill what a record does not say.
    """
    for name, path in iter_paths(inputs):
        yield from read_one(name, path, published=published, source=source, id=id,
                            max_chars=max_chars, stdin=stdin)


def read_one(name: str, path: Path | None, *, published: Any = None, source: str | None = None,
             id: str | None = None, max_chars: int = 1_000_000,
             stdin: IO[bytes] | None = None) -> Iterator[Article]:
    """The finished articles of one input of :func:`iter_paths` (see :func:`read_inputs`)."""
    for article in _read_one(name, path, stdin, max_chars):
        yield finish(article, name, published=published, source=source, id=id, max_chars=max_chars)


def finish(article: Article, where: str, *, published: Any = None, source: str | None = None,
           id: str | None = None, max_chars: int = 1_000_000) -> Article:
    """Apply the caller's flags and the size limit to an article just read."""
    if not article.failed:
        _apply_flags(article, published, source, id, where)
        limit(article, max_chars, where)
    return article


def _read_one(name: str, path: Path | None, stdin: IO[bytes] | None,
              max_chars: int | None = None) -> Iterator[Article]:
    if path is None:
        stream = stdin if stdin is not None else sys.stdin.buffer
        head = stream.read(_PEEK)
        if head.lstrip()[:1] == b"{":  # JSONL: streamed, never held whole
            yield from read_jsonl(io.BufferedReader(_Joined(head, stream)), "<stdin>",
                                  max_line_bytes=line_limit(max_chars))
            return
        cap = file_limit(max_chars, html=True)
        data = head + (stream.read() if cap is None else stream.read(max(0, cap - len(head))))
        if head.lstrip()[:1] == b"<":
            yield read_html(data, "<stdin>", "stdin")
        else:
            yield read_text(data, "<stdin>", "stdin")
        return
    if not path.exists():
        yield failed(name, "E109", path=name)
        return
    yield from read_file(path, name, max_chars=max_chars)


_PEEK = 64 * 1024


class _Joined(io.RawIOBase):
    """Bytes already read (``head``) followed by the rest of ``stream``."""

    def __init__(self, head: bytes, stream: IO[bytes]) -> None:
        self.head = head
        self.stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self.head:
            n = min(len(buffer), len(self.head))
            buffer[:n] = self.head[:n]
            self.head = self.head[n:]
            return n
        data = self.stream.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)


def _apply_flags(article: Article, published: Any, source: str | None, record_id: str | None,
                 where: str) -> None:
    if published is not None and article.published is None:
        article.set_published(published, where)
    if source and not article.source:
        article.source = source
    if record_id:
        article.id = record_id


__all__ += ["read_text", "read_html", "read_jsonl", "read_jsonl_range"]
