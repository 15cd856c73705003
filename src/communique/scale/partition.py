"""Split inputs into partitions that workers read by themselves.

A JSONL file becomes line-aligned byte ranges found by a fast scan for
newlines (the driver never parses or keeps the records); other files are
grouped a few at a time; standard input is read by the driver and shipped in
chunks of articles. Reading every partition in order gives exactly the
records of :func:`communique.ingest.read_inputs`, with the same ids.

>>> parts = plan(["corpus.jsonl"], size=100)          # doctest: +SKIP
>>> parts[0].kind, parts[0].first_line, parts[0].count  # doctest: +SKIP
('lines', 1, 100)
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from ..article import Article
from ..ingest import finish, iter_paths, read_jsonl_range, read_one
from ..ingest.jsonl import line_limit

#: Records per partition, by default.
PARTITION_SIZE = 100

#: A JSONL partition is closed at the first line end past this many bytes.
PARTITION_BYTES = 8 * 1024 * 1024

_CHUNK = 1024 * 1024
_JSONL = (".jsonl", ".ndjson")


@dataclass(frozen=True)
class Partition:
    """One unit of work.

    ``kind`` is ``lines`` (bytes ``[start, end)`` of the JSONL file ``path``,
    first line numbered ``first_line``), ``files`` (whole files ``names``, read
    from ``paths``) or ``articles`` (articles already read from standard input).
    ``count`` is the number of records it holds, or at most holds (blank lines).
    """

    index: int
    kind: str
    names: tuple[str, ...] = ()
    paths: tuple[str, ...] = ()
    start: int = 0
    end: int = 0
    first_line: int = 1
    count: int = 0
    articles: tuple[Article, ...] = field(default=(), compare=False)

    def describe(self) -> str:
        """A short human description, for messages."""
        if self.kind == "lines":
            return f"{self.names[0]} lines {self.first_line}-{self.first_line + self.count - 1}"
        if self.kind == "files":
            more = f" and {len(self.names) - 1} more" if len(self.names) > 1 else ""
            return f"{self.names[0]}{more}"
        return f"standard input, {len(self.articles)} articles"

    def key(self) -> dict[str, Any]:
        """What identifies this partition's input, for the checkpoint fingerprint."""
        return {"kind": self.kind, "names": list(self.names), "start": self.start, "end": self.end,
                "first_line": self.first_line, "count": self.count}


def plan(inputs: Iterable[str], *, size: int = PARTITION_SIZE, max_bytes: int = PARTITION_BYTES,
         first_index: int = 0) -> list[Partition]:
    """The partitions of ``inputs`` (standard input ``-`` excluded: see :func:`stdin_partitions`)."""
    size = max(1, size)
    parts: list[Partition] = []
    group: list[tuple[str, str]] = []

    def close_group() -> None:
        if group:
            parts.append(Partition(first_index + len(parts), "files", tuple(n for n, _ in group),
                                   tuple(p for _, p in group), count=len(group)))
            group.clear()

    for name, path in iter_paths(inputs):
        if path is None:
            continue
        ranges = _jsonl_ranges(path, size, max_bytes) if path.suffix.lower() in _JSONL else None
        if ranges is None:
            group.append((name, os.path.abspath(path)))
            if len(group) >= size:
                close_group()
            continue
        close_group()
        for start, end, first, count in ranges:
            parts.append(Partition(first_index + len(parts), "lines", (name,), (os.path.abspath(path),),
                                   start=start, end=end, first_line=first, count=count))
    close_group()
    return parts


def _jsonl_ranges(path: Path, size: int, max_bytes: int) -> list[tuple[int, int, int, int]] | None:
    """Line-aligned ``(start, end, first_line, lines)`` ranges of a JSONL file.

    None when the file cannot be opened (it is then read whole, giving its numbered error).
    """
    ranges: list[tuple[int, int, int, int]] = []
    start = 0
    first = 1
    lines = 0
    offset = 0  # file offset of the current chunk
    last = b""
    try:
        stream = path.open("rb")
    except OSError:
        return None
    with stream:
        while True:
            chunk = stream.read(_CHUNK)
            if not chunk:
                break
            skip = chunk.count(b"\n")
            if lines + skip < size and offset + len(chunk) - start < max_bytes:
                lines += skip  # no partition ends in this chunk
            else:
                i = 0
                while True:  # walk the line ends, closing partitions as they fill
                    j = chunk.find(b"\n", i)
                    if j < 0:
                        break
                    lines += 1
                    i = j + 1
                    end = offset + i
                    if lines >= size or end - start >= max_bytes:
                        ranges.append((start, end, first, lines))
                        first += lines
                        start, lines = end, 0
            offset += len(chunk)
            last = chunk[-1:]
    if offset > start:  # the rest, with a last line that may lack its newline
        ranges.append((start, offset, first, lines + (last != b"\n")))
    return ranges


def stdin_partitions(stream: IO[bytes] | None, first_index: int, *, size: int = PARTITION_SIZE,
                     published: Any = None, source: str | None = None, id: str | None = None,
                     max_chars: int = 1_000_000) -> Iterator[Partition]:
    """Standard input read by the driver (JSONL streamed) and cut into article partitions."""
    chunk: list[Article] = []
    index = first_index
    for article in read_one("-", None, published=published, source=source, id=id,
                            max_chars=max_chars, stdin=stream):
        chunk.append(article)
        if len(chunk) >= size:
            yield Partition(index, "articles", ("-",), count=len(chunk), articles=tuple(chunk))
            index += 1
            chunk = []
    if chunk:
        yield Partition(index, "articles", ("-",), count=len(chunk), articles=tuple(chunk))


def fingerprint(parts: list[Partition], options: dict[str, Any]) -> str:
    """A digest of the partition plan and the run's options, to check a resume."""
    digest = hashlib.sha256()
    digest.update(json.dumps(options, sort_keys=True, default=str).encode())
    for part in parts:
        digest.update(json.dumps(part.key(), sort_keys=True).encode())
    return digest.hexdigest()


def partitions(inputs: Iterable[str], options: Any, *, size: int = PARTITION_SIZE,
               stdin: IO[bytes] | None = None) -> Iterator[Partition]:
    """Every partition of ``inputs`` in order; standard input ``-`` is read where it stands.

    ``options`` is the run's :class:`~communique.run.RunOptions` (its metadata
    flags go with the articles read from standard input)."""
    names = list(inputs)
    index = 0
    segment: list[str] = []
    for name in [*names, None]:
        if name is not None and name != "-":
            segment.append(name)
            continue
        for part in plan(segment, size=size, first_index=index):
            index += 1
            yield part
        segment = []
        if name == "-":
            for part in stdin_partitions(stdin, index, size=size, published=options.published,
                                         source=options.source, id=options.id, max_chars=options.max_chars):
                index += 1
                yield part


def read_partition(part: Partition, options: Any, max_chars: int) -> Iterator[Article]:
    """The finished articles of ``part``, exactly as :func:`communique.ingest.read_inputs` gives them."""
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
