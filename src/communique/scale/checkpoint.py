"""Resumable output: a small manifest beside the output file, committed per partition.

Partitions finish in input order, so what is done is always a prefix: the
manifest records how many partitions are done and the output's byte length
after them. After each partition the output is flushed and fsynced, then the
manifest is replaced atomically (write, fsync, rename). Killed at any point,
a resumed run cuts the output back to the committed length and carries on
from the next partition: every record ends up in the output exactly once.

>>> ck = Checkpoint("out.jsonl", fingerprint="…", resume=False)   # doctest: +SKIP
>>> ck.commit(index=0, counts={...})                               # doctest: +SKIP
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from ..errors import InputError

VERSION = 1


def manifest_path(output: str | os.PathLike[str]) -> Path:
    """The default manifest of ``output``: ``OUTPUT.progress.json`` beside it."""
    return Path(f"{os.fspath(output)}.progress.json")


def read_manifest(path: Path) -> dict[str, Any] | None:
    """The manifest at ``path``, or None when there is none (or it is unreadable)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("version") == VERSION else None


def write_manifest(path: Path, data: dict[str, Any]) -> None:
    """Replace the manifest atomically: a crash leaves the old one or the new one, whole."""
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as out:
        json.dump(data, out, sort_keys=True)
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder if str(folder) else ".", os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class Checkpoint:
    """The output file and its manifest, for one run.

    With ``resume`` and a manifest of the same run (same ``fingerprint``), the
    output is cut back to the committed length and :attr:`done` partitions are
    skipped; otherwise the output starts empty. E906 when the manifest belongs
    to another run.
    """

    def __init__(self, output: str | os.PathLike[str], fingerprint: str, *, resume: bool = False,
                 manifest: str | os.PathLike[str] | None = None) -> None:
        try:
            self._open(output, fingerprint, resume, manifest)
        except OSError as exc:
            raise InputError("E907", path=output, detail=exc.strerror or str(exc)) from exc

    def _open(self, output: str | os.PathLike[str], fingerprint: str, resume: bool,
              manifest: str | os.PathLike[str] | None) -> None:
        self.output = Path(output)
        self.path = Path(manifest) if manifest else manifest_path(output)
        self.fingerprint = fingerprint
        self.done = 0
        self.counts: dict[str, Any] = {"processed": 0, "failed": 0, "codes": {}}
        self.resumed = False
        # a device or a pipe ("-o /dev/null", a FIFO) cannot be cut back or fsynced:
        # it is written straight through, with no manifest and nothing to resume
        self.regular = not self.output.exists() or self.output.is_file()
        self.out: IO[bytes]
        if not self.regular:
            if resume:
                raise InputError("E906", path=self.path,
                                 detail=f"{self.output} is not a regular file, so a run into it cannot resume")
            self.out = open(self.output, "wb")
            return
        state = read_manifest(self.path) if resume else None
        if resume and state is None and self.path.exists():
            raise InputError("E906", path=self.path, detail="the manifest is unreadable")
        if state is not None:
            if state.get("fingerprint") != fingerprint:
                raise InputError("E906", path=self.path,
                                 detail="the inputs or options differ from the checkpointed run")
            offset = int(state["offset"])
            if not self.output.exists() or self.output.stat().st_size < offset:
                raise InputError("E906", path=self.path,
                                 detail=f"the output {self.output} is shorter than its checkpoint")
            self.out = open(self.output, "r+b")
            self.out.truncate(offset)
            self.out.seek(offset)
            self.done = int(state["done"])
            self.counts = dict(state.get("counts") or self.counts)
            self.resumed = True
        else:
            self.out = open(self.output, "wb")
            self._save()

    def write(self, data: bytes) -> None:
        self.out.write(data)

    def commit(self, done: int, counts: dict[str, Any]) -> None:
        """Record that the first ``done`` partitions are in the output, durably."""
        self.out.flush()
        self.done = done
        self.counts = counts
        if not self.regular:
            return
        os.fsync(self.out.fileno())
        self._save()

    def _save(self) -> None:
        write_manifest(self.path, {"version": VERSION, "fingerprint": self.fingerprint,
                                   "done": self.done, "offset": self.out.tell(),
                                   "counts": self.counts, "output": str(self.output)})

    def close(self, finished: bool) -> None:
        """Close the output; a finished run removes its manifest."""
        self.out.close()
        if finished and self.regular:
            try:
                self.path.unlink()
            except FileNotFoundError:
                pass


def write_resumable(parts: list[Any], options: Any, output: str | os.PathLike[str], *,
                    resume: bool = False, manifest: str | os.PathLike[str] | None = None,
                    key: dict[str, Any] | None = None,
                    on_records: Callable[[list[dict[str, Any]]], dict[str, Any]] | None = None,
                    on_resume: Callable[[dict[str, Any]], None] | None = None,
                    commit_every: float = 1.0, **run: Any) -> Checkpoint:
    """Run ``parts`` and write their records to ``output`` as JSONL, checkpointed per partition.

    ``on_records(records)`` sees each partition's records and returns the counts
    to keep in the manifest; ``on_resume(counts)`` gets them back on a resume.
    ``run`` goes to :func:`communique.run.batches` (workers, dask, task…).
    A checkpoint is committed after a partition once ``commit_every`` seconds have
    passed since the last one (each commit costs three fsyncs), and at the end.
    """
    from ..run import batches, dumps
    from .partition import fingerprint

    digest = fingerprint(parts, {**options.key(), **(key or {}), "format": "jsonl"})
    check = Checkpoint(output, digest, resume=resume, manifest=manifest)
    if check.resumed and on_resume is not None:
        on_resume(check.counts)
    finished = False
    try:
        last = time.monotonic()
        for part, records in batches(None, options, parts=parts[check.done:], **run):
            counts = on_records(records) if on_records is not None else check.counts
            check.write("".join(dumps(r) + "\n" for r in records).encode("utf-8", "backslashreplace"))
            if part.index + 1 == len(parts) or time.monotonic() - last >= commit_every:
                check.commit(part.index + 1, counts)
                last = time.monotonic()
        finished = True
    finally:
        check.close(finished)
    return check
