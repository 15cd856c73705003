"""Readers for each input format. Each yields :class:`Article` records, never raises
for one bad record: a record that cannot be read becomes an article carrying
a numbered error, and reading goes on."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..article import Article
from ..errors import InputError, message
from .encoding import decode
from .jsonl import MAX_LINE_BYTES, line_limit, read_jsonl, read_jsonl_range
from .meta import failed, guess_title
from .striphtml import PARSER_MAX_DEPTH, nesting_depth, strip_tags

__all__ = ["read_text", "read_html", "read_jsonl", "read_jsonl_range", "read_file", "file_limit",
           "MAX_LINE_BYTES", "HTML_PARSE_BYTES"]

#: Larger HTML pages skip the full HTML parser (seconds and hundreds of MB per
#: 10 MB of markup) and have their tags stripped instead, with warning W116.
HTML_PARSE_BYTES = 4 * 1024 * 1024

#: Smallest read limit for one text or HTML file, in bytes.
MIN_FILE_BYTES = 16 * 1024 * 1024


def read_text(data: bytes, where: str, record_id: str) -> Article:
    """A plain-text article; a short first line is taken as its title."""
    try:
        text = decode(data, where)
    except InputError as exc:
        return failed(record_id, exc.code, **exc.fields)
    return Article(text=text, id=record_id, title=guess_title(text))


def read_html(data: bytes, where: str, record_id: str) -> Article:
    """The main text of an HTML page, with its title and date when present.

    A page that is too large or too deeply nested for the HTML parser, or that
    makes it fail, has its tags stripped instead (warning W116).
    """
    try:
        html = decode(data, where)
    except InputError as exc:
        return failed(record_id, exc.code, **exc.fields)
    if len(data) > HTML_PARSE_BYTES:
        return _stripped(html, where, record_id, f"{len(data)} bytes, over {HTML_PARSE_BYTES}")
    try:
        import trafilatura

        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except (Exception, RecursionError) as exc:  # lxml and trafilatura fail in many ways
        return _stripped(html, where, record_id, f"{type(exc).__name__}: {str(exc)[:200]}", "E108")
    found = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
    text = (found.get("text") or "").strip()
    if not text:
        if nesting_depth(data) > PARSER_MAX_DEPTH:
            return _stripped(html, where, record_id, f"tags nested deeper than {PARSER_MAX_DEPTH}")
        return failed(record_id, "E101", path=where)
    article = Article(text=text, id=record_id, title=found.get("title") or None,
                      url=found.get("url") or None, source=found.get("sitename") or None)
    if found.get("date"):
        article.set_published(found["date"], where)
    return article


def _stripped(html: str, where: str, record_id: str, detail: str, code: str = "E101") -> Article:
    """The tag-stripped text of ``html`` with warning W116, or error ``code`` when it is empty."""
    text = strip_tags(html)
    if not text:
        if code == "E108":
            return failed(record_id, code, path=where, detail=detail)
        return failed(record_id, code, path=where)
    article = Article(text=text, id=record_id)
    article.add_error("W116", "ingest", message("W116", path=where, detail=detail), level="warning")
    return article


def file_limit(max_chars: int | None, html: bool = False) -> int | None:
    """Bytes read from one text (or HTML) file for ``max_chars``; None means no limit.

    Four bytes a character always leaves at least ``max_chars`` characters of
    UTF-8 text; HTML gets more room for its markup.
    """
    if not max_chars:
        return None
    return max(MIN_FILE_BYTES, 8 * max_chars) if html else 4 * max_chars + 4


def read_file(path: Path, where: str, *, max_chars: int | None = None) -> Iterator[Article]:
    """The articles of one file, chosen by its suffix.

    With ``max_chars``, JSONL lines are bounded (E115) and a text or HTML file
    is read only up to :func:`file_limit` bytes (warning W117).
    """
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        try:
            with path.open("rb") as stream:
                yield from read_jsonl(stream, where, max_line_bytes=line_limit(max_chars))
        except OSError as exc:
            yield failed(where, "E107", path=where, detail=exc.strerror or str(exc))
        return
    html = suffix in (".html", ".htm")
    cap = file_limit(max_chars, html)
    try:
        with path.open("rb") as stream:
            data = stream.read() if cap is None else stream.read(cap + 1)
            size = stream.seek(0, 2) if cap is not None and len(data) > cap else len(data)
    except OSError as exc:
        yield failed(where, "E107", path=where, detail=exc.strerror or str(exc))
        return
    cut = cap is not None and len(data) > cap
    if cut:
        data = trim_utf8(data[:cap])
    article = read_html(data, where, where) if html else read_text(data, where, where)
    if cut and not article.failed:
        article.add_error("W117", "ingest", message("W117", path=where, size=size, limit=cap),
                          level="warning")
    yield article


def trim_utf8(data: bytes) -> bytes:
    """``data`` without a UTF-8 sequence cut short at its end."""
    end = len(data)
    i = end - 1
    while i >= 0 and end - i <= 4 and 0x80 <= data[i] < 0xC0:
        i -= 1
    if i >= 0 and data[i] >= 0xC0:
        need = 2 if data[i] < 0xE0 else 3 if data[i] < 0xF0 else 4
        if end - i < need:
            return data[:i]
    return data
