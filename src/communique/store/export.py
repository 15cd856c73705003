"""Exports: JSONL, CSV and Parquet (through DuckDB's COPY), GDELT and ICEWS (tab-separated)."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import duckdb

from ..errors import StoreError
from .formats import GDELT_COLUMNS, ICEWS_COLUMNS, gdelt_rows, icews_rows

FORMATS = ("jsonl", "csv", "parquet", "gdelt", "icews")

_FLAT_RAW = """
    SELECT e.uid AS id, e.article_id, e.event_id, e.cameo, e.root, e.cameo_name, e.plover, e.goldstein,
           e.quad_class, e.mode, e.date_value AS date, e.date_granularity, e.day_first, e.day_last,
           e.place_name AS place, e.place_country, e.place_lat AS lat, e.place_lon AS lon,
           e.source_code, e.source_name, e.target_code, e.target_name,
           (SELECT string_agg(DISTINCT x.code, ';' ORDER BY x.code) FROM event_actors x WHERE x.uid = e.uid)
               AS participants,
           e.trigger_text, e.trigger_start, e.trigger_end, e.sentence_text, e.sentence_start, e.sentence_end,
           e.confidence, a.published, a.source AS outlet, a.url
    FROM events e JOIN articles a ON a.id = e.article_id ORDER BY e.uid"""

_FLAT_CANONICAL = """
    SELECT c.cid AS id, c.cameo, c.root, c.cameo_name, c.plover, c.goldstein, c.quad_class, c.mode,
           c.date_value AS date, c.date_granularity, c.day_first, c.day_last,
           c.place_name AS place, c.place_country, c.place_lat AS lat, c.place_lon AS lon,
           c.source_code, c.source_name, c.target_code, c.target_name, c.countries,
           (SELECT string_agg(DISTINCT x.code, ';' ORDER BY x.code) FROM canonical_actors x WHERE x.cid = c.cid)
               AS participants,
           c.num_mentions, c.num_sources, c.num_articles, c.first_published, c.url,
           (SELECT string_agg(l.article_id || '#' || l.event_id, ';' ORDER BY l.uid)
              FROM canonical_links l WHERE l.cid = c.cid) AS mentions
    FROM canonical_events c ORDER BY c.cid"""


def _literal(path: Path) -> str:
    """A file path as an SQL string literal (COPY takes no parameter for its target)."""
    return "'" + str(path).replace("'", "''") + "'"


class ExportMixin:
    """The ``export`` method of :class:`communique.store.Store`."""

    con: Any
    _rows: Any
    _scalar: Any
    events: Any

    def export(self, fmt: str, path: str | Path, canonical: bool = False) -> int:
        """Write every event (or canonical event) to ``path`` in ``fmt``; returns rows written.

        ``fmt`` is ``jsonl``, ``csv``, ``parquet``, ``gdelt`` (61 tab-separated
        columns, no header) or ``icews`` (20 tab-separated columns with a header).
        """
        if fmt not in FORMATS:
            raise StoreError("E702", value=fmt, known=", ".join(FORMATS))
        path = Path(path)
        if not path.parent.exists():
            raise StoreError("E705", path=path, detail="no such directory")
        try:
            if fmt in ("csv", "parquet"):
                query = _FLAT_CANONICAL if canonical else _FLAT_RAW
                options = "FORMAT CSV, HEADER" if fmt == "csv" else "FORMAT PARQUET"
                self.con.execute(f"COPY ({query}) TO {_literal(path)} ({options})")
                table = "canonical_events" if canonical else "events"
                return int(self._scalar(f"SELECT count(*) FROM {table}"))
            events = self.events(limit=None, canonical=canonical)
            if canonical:
                self._canonical_context(events)
            if fmt == "jsonl":
                with path.open("w", encoding="utf-8") as out:
                    for event in events:
                        out.write(json.dumps(event, ensure_ascii=False, default=str) + "\n")
                return len(events)
            return self._write_tsv(fmt, path, events)
        except OSError as exc:
            raise StoreError("E705", path=path, detail=exc.strerror or str(exc)) from None
        except duckdb.IOException as exc:  # COPY could not open the file
            raise StoreError("E705", path=path, detail=str(exc).split(": ", 1)[-1]) from None

    def _canonical_context(self, events: list[dict[str, Any]]) -> None:
        """Give canonical events the story fields of their first report (for GDELT/ICEWS)."""
        outlets = {r["id"]: r for r in self._rows("SELECT id, source, published FROM articles")}
        sentences = {r["uid"]: r for r in self._rows("SELECT uid, sentence_number, is_root FROM events")}
        for event in events:
            first = event["mentions"][0] if event.get("mentions") else {}
            article = outlets.get(first.get("article_id"), {})
            raw = sentences.get(first.get("uid"), {})
            event.update(article_id=first.get("article_id"), outlet=article.get("source"),
                         published=event.get("first_published"), sentence_number=raw.get("sentence_number"),
                         is_root=raw.get("is_root", True))

    def _write_tsv(self, fmt: str, path: Path, events: list[dict[str, Any]]) -> int:
        from ..places import load_gazetteer

        gaz = load_gazetteer()
        names = {r["code"]: r["name"] for r in self._rows(
            "SELECT code, mode(name) AS name FROM actors WHERE code IS NOT NULL GROUP BY code")}
        rows = gdelt_rows if fmt == "gdelt" else icews_rows
        n = 0
        with path.open("w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
            if fmt == "icews":
                writer.writerow(ICEWS_COLUMNS)
            for event in events:
                for row in rows(event, names, gaz):
                    writer.writerow([_clean(v) for v in row])
                    n += 1
        assert len(GDELT_COLUMNS) == 61 and len(ICEWS_COLUMNS) == 20
        return n


def _clean(value: str) -> str:
    """Tabs and line breaks inside a field would break the column count."""
    return " ".join(value.split()) if any(c in value for c in "\t\r\n") else value
