"""Readers for each input format. Each yields :class:`Article` records, never raises
for one bad record: a record that cannot be read becomes an article carrying
a numbered error, and reading goes on."""

from __future__ import annotations

import json
from pathlib import Path
from typing import IO, Any, Iterator

from ..article import Article
from ..errors import InputError
from .encoding import decode
from .meta import failed, guess_title, set_published

#: Largest JSONL line read, in bytes (a longer one is refused with E115).
MAX_LINE_BYTES = 64 * 1024 * 1024

_STRING_FIELDS = ("id", "title", "source", "url")


def read_text(data: bytes, where: str, record_id: str) -> Article:
    """A plain-text article; a short first line is taken as its title."""
    try:
        text = decode(data, where)
    except InputError as exc:
        return failed(record_id, exc.code, **exc.fields)
    return Article(text=text, id=record_id, title=guess_title(text))


def read_html(data: bytes, where: str, record_id: str) -> Article:
    """The main text of an HTML page, with its title and date when present."""
    try:
        html = decode(data, where)
    except InputError as exc:
        return failed(record_id, exc.code, **exc.fields)
    try:
        import trafilatura

        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except (Exception, RecursionError) as exc:  # lxml and trafilatura fail in many ways
        return failed(record_id, "E108", path=where, detail=f"{type(exc).__name__}: {exc}")
    found = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
    text = (found.get("text") or "").strip()
    if not text:
        return failed(record_id, "E101", path=where)
    article = Article(text=text, id=record_id, title=found.get("title") or None,
                      url=found.get("url") or None, source=found.get("sitename") or None)
    if found.get("date"):
        set_published(article, found["date"], where)
    return article


def read_jsonl(stream: IO[bytes], where: str) -> Iterator[Article]:
    """One article per JSONL line; fields ``id, text, title, published, source, url``.

    Other fields are kept under ``meta``. Blank lines are skipped.
    """
    for number, raw in enumerate(_lines(stream), start=1):
        if isinstance(raw, int):  # an over-long line, measured but not kept
            yield failed(f"{where}:{number}", "E115", line=number, path=where, size=raw,
                         limit=MAX_LINE_BYTES)
            continue
        if not raw.strip():
            continue
        yield _record(raw, number, where)


def _lines(stream: IO[bytes]) -> Iterator[bytes | int]:
    """Lines of ``stream``; a line over MAX_LINE_BYTES is skipped and given as its size."""
    while True:
        line = stream.readline(MAX_LINE_BYTES + 1)
        if not line:
            return
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            size = len(line)
            while True:  # skip the rest of the line without keeping it
                more = stream.readline(MAX_LINE_BYTES)
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
    try:
        obj = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as exc:
        return failed(fallback_id, "E104", line=number, path=where, detail=str(exc)[:200])
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
    if not text.strip():
        return failed(record_id, "E101", path=f"{where}:{number}")
    if "\x00" in text:
        text = text.replace("\x00", " ")  # same length: offsets stay valid
    fields: dict[str, Any] = {}
    for key in _STRING_FIELDS[1:]:
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            return failed(record_id, "E106", field=key, line=number, path=where,
                          expected="a string", got=type(value).__name__)
        fields[key] = value or None
    article = Article(text=text, id=record_id, **fields)
    set_published(article, obj.get("published"), f"{where}:{number}")
    extra = {k: v for k, v in obj.items() if k not in ("id", "text", "published", *_STRING_FIELDS)}
    if extra:
        article.meta = extra
    return article


def read_file(path: Path, where: str) -> Iterator[Article]:
    """The articles of one file, chosen by its suffix."""
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        try:
            with path.open("rb") as stream:
                yield from read_jsonl(stream, where)
        except OSError as exc:
            yield failed(where, "E107", path=where, detail=exc.strerror or str(exc))
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield failed(where, "E107", path=where, detail=exc.strerror or str(exc))
        return
    if suffix in (".html", ".htm"):
        yield read_html(data, where, where)
    else:
        yield read_text(data, where, where)
