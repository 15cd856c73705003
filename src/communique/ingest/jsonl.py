"""JSONL records: streamed line by line, a whole file or one byte range of it.

A range reader lets a worker read its own partition of a large file: lines are
numbered from the range's first line, so ids of records without one
(``path:line``) are the same however the file is split.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import IO, Any

from ..article import Article
from .meta import failed

#: Largest JSONL line read, in bytes, when no ``max_chars`` bound applies (E115 beyond).
MAX_LINE_BYTES = 64 * 1024 * 1024

#: Smallest line limit, in bytes, whatever ``max_chars`` says.
MIN_LINE_BYTES = 16 * 1024 * 1024

#: Deepest nesting of JSON arrays and objects kept in a record's extra fields.
MAX_DEPTH = 32

_STRING_FIELDS = ("id", "title", "source", "url")
_SKIP_CHUNK = 1024 * 1024
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def line_limit(max_chars: int | None) -> int:
    """The JSONL line limit in bytes for ``max_chars``: room for escapes, at least 16 MiB."""
    if not max_chars:
        return MAX_LINE_BYTES
    return max(MIN_LINE_BYTES, 8 * max_chars)


class Window:
    """A read-only view of bytes ``[start, end)`` of a binary stream, for ``readline``."""

    def __init__(self, stream: IO[bytes], start: int, end: int) -> None:
        stream.seek(start)
        self.stream = stream
        self.left = end - start

    def readline(self, size: int = -1) -> bytes:
        if self.left <= 0:
            return b""
        size = self.left if size is None or size < 0 else min(size, self.left)
        line = self.stream.readline(size)
        self.left -= len(line)
        return line


def read_jsonl(stream: IO[bytes] | Window, where: str, *, first_line: int = 1,
               max_line_bytes: int = MAX_LINE_BYTES) -> Iterator[Article]:
    """One article per JSONL line; fields ``id, text, title, published, source, url``.

    Other fields are kept under ``meta``. Blank lines are skipped. Lines are
    numbered from ``first_line``; a line over ``max_line_bytes`` gives E115.
    """
    for number, raw in enumerate(_lines(stream, max_line_bytes), start=first_line):
        if isinstance(raw, int):  # an over-long line, measured but not kept
            yield failed(f"{where}:{number}", "E115", line=number, path=where, size=raw,
                         limit=max_line_bytes)
            continue
        if not raw.strip():
            continue
        yield _record(raw, number, where)


def read_jsonl_range(path: str, where: str, start: int, end: int, first_line: int,
                     max_line_bytes: int = MAX_LINE_BYTES) -> Iterator[Article]:
    """The records of bytes ``[start, end)`` of the JSONL file ``path`` (line-aligned)."""
    with open(path, "rb") as stream:
        yield from read_jsonl(Window(stream, start, end), where, first_line=first_line,
                              max_line_bytes=max_line_bytes)


def _lines(stream: IO[bytes] | Window, limit: int) -> Iterator[bytes | int]:
    """Lines of ``stream``; a line over ``limit`` is skipped in chunks and given as its size."""
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            size = len(line)
            del line
            while True:  # skip the rest of the line, a chunk at a time
                more = stream.readline(_SKIP_CHUNK)
                size += len(more)
                if not more or more.endswith(b"\n"):
                    break
            yield size
        else:
            yield line


def _record(raw: bytes, number: int, where: str) -> Article:
    fallback_id = f"{where}:{number}"
    try:
        line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
    except UnicodeDecodeError:
        line = raw.decode("utf-8", errors="replace")
    del raw
    try:
        obj = json.loads(line)
    except (ValueError, RecursionError) as exc:  # ValueError also covers huge integers
        return failed(fallback_id, "E104", line=number, path=where, detail=str(exc)[:200])
    if isinstance(obj, (dict, list)) and _depth(obj) > MAX_DEPTH:
        return failed(fallback_id, "E104", line=number, path=where,
                      detail=f"values nested deeper than {MAX_DEPTH} levels")
    if _SURROGATE_ESCAPE.search(line):
        obj = _clean(obj)
    del line
    if not isinstance(obj, dict):
        return failed(fallback_id, "E113", line=number, path=where, got=type(obj).__name__)
    record_id = obj.get("id")
    if isinstance(record_id, (int, float)) and not isinstance(record_id, bool):
        record_id = str(record_id)
    if record_id is not None and not isinstance(record_id, str):
        return failed(fallback_id, "E106", field="id", line=number, path=where,
                      expected="a string", got=type(record_id).__name__)
    record_id = record_id or fallback_id
    if "text" not in obj or obj["text"] is None:
        return failed(record_id, "E105", line=number, path=where)
    text = obj["text"]
    if not isinstance(text, str):
        return failed(record_id, "E106", field="text", line=number, path=where,
                      expected="a string", got=type(text).__name__)
    if "\x00" in text:
        text = text.replace("\x00", " ")  # same length: offsets stay valid
    if not text.strip():
        return failed(record_id, "E101", path=f"{where}:{number}")
    fields: dict[str, Any] = {}
    for key in _STRING_FIELDS[1:]:
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            return failed(record_id, "E106", field=key, line=number, path=where,
                          expected="a string", got=type(value).__name__)
        fields[key] = value or None
    extra = {k: v for k, v in obj.items() if k not in ("id", "text", "published", *_STRING_FIELDS)}
    article = Article(text=text, id=record_id, **fields)
    article.set_published(obj.get("published"), f"{where}:{number}")
    if extra:
        article.meta = extra
    return article


def _clean(value: Any) -> Any:
    """``value`` with lone surrogates (from ``\\ud800``-style escapes) replaced by '?'.

    The replacement keeps string lengths, so character offsets stay valid.
    """
    if isinstance(value, str):
        return value.encode("utf-8", "replace").decode("utf-8")
    if isinstance(value, list):
        return [_clean(v) for v in value]
    if isinstance(value, dict):
        return {_clean(k): _clean(v) for k, v in value.items()}
    return value


def _depth(value: Any) -> int:
    """Nesting depth of lists and dicts, counted without recursion."""
    deepest = 0
    stack = [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict):
            children: Any = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        deepest = max(deepest, level)
        if deepest > MAX_DEPTH:
            return deepest
        stack.extend((child, level + 1) for child in children)
    return deepest
