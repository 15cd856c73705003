"""The store's core: opening the database, ingesting records, merging reports.

The only SQL in Communique lives in this package; every value travels as a
query parameter.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..errors import StoreError
from . import schema
from .merge import canonical, cluster, make_item
from .rows import record_id, record_rows, text_hash

#: Column order of each table, as inserted from row dicts.
TABLES: dict[str, tuple[str, ...]] = {
    "articles": ("id", "title", "published", "source", "url", "text", "text_hash", "record", "failed"),
    "actors": ("article_id", "actor_id", "name", "code", "country", "role", "kind", "title"),
    "mentions": ("article_id", "actor_id", "start", "end", "text"),
    "events": (
        "uid", "article_id", "event_id", "cameo", "root", "cameo_name", "plover", "goldstein",
        "quad_class", "mode", "date_value", "date_granularity", "date_phrase", "date_start", "date_end",
        "day_first", "day_last", "place_name", "place_country", "place_lat", "place_lon", "place_start",
        "place_end", "trigger_text", "trigger_start", "trigger_end", "sentence_text", "sentence_start",
        "sentence_end", "sentence_number", "is_root", "confidence", "source_actor", "source_code",
        "source_name", "source_start", "source_end", "target_actor", "target_code", "target_name",
        "target_start", "target_end"),
    "event_actors": ("uid", "role", "actor_id", "code", "country", "position"),
    "quotes": ("article_id", "quote_id", "text", "start", "end", "direct", "verb", "speaker_actor",
               "speaker_code", "speaker_name", "speaker_start", "speaker_end"),
    "claims": ("article_id", "n", "actor_id", "code", "stance", "issue", "target", "quote", "span_start",
               "span_end", "date", "evidence"),
    "dates": ("article_id", "phrase", "start", "end", "value", "granularity"),
    "errors": ("article_id", "code", "stage", "message", "level"),
}
CANONICAL_COLUMNS = (
    "cid", "cameo", "root", "cameo_name", "plover", "goldstein", "quad_class", "mode", "date_value",
    "date_granularity", "day_first", "day_last", "place_name", "place_country", "place_lat", "place_lon",
    "source_code", "source_name", "target_code", "target_name", "countries", "first_published", "url",
    "num_mentions", "num_sources", "num_articles")
#: Tables holding an article's rows, by the column naming the article.
ARTICLE_TABLES = ("actors", "mentions", "quotes", "claims", "dates", "errors", "events")

#: Records written per transaction.
CHUNK = 200


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def iso(value: Any) -> Any:
    """Dates as ISO strings, everything else as is (rows are plain JSON-able dicts)."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class StoreCore:
    """Connection, migrations, ingest and merge; see :class:`communique.store.Store`."""

    def __init__(self, path: str | Path = "communique.duckdb", read_only: bool = False) -> None:
        import duckdb  # here, so that "import communique" stays light

        self.path = Path(path)
        self.read_only = read_only
        if read_only and str(path) != ":memory:" and not self.path.exists():
            raise StoreError("E703", path=path)
        try:
            self.con = duckdb.connect(str(path), read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError("E701", path=path, detail=str(exc).splitlines()[0]) from None
        if read_only:
            try:
                todo = [n for n in sorted(schema.MIGRATIONS) if n not in self._applied_read_only()]
            except duckdb.Error:
                todo = sorted(schema.MIGRATIONS)
            if todo:
                self.con.close()
                raise StoreError("E701", path=path, detail=f"schema needs migrations {todo}; "
                                 "open it once read-write (e.g. 'communique ingest') to upgrade")
        else:
            schema.migrate(self.con)

    def _applied_read_only(self) -> set[int]:
        return {r[0] for r in self.con.execute("SELECT number FROM migrations").fetchall()}

    # -- lifecycle ------------------------------------------------------
    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Any:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- helpers --------------------------------------------------------
    def _scalar(self, sql: str, params: list[Any] | None = None) -> Any:
        """The first value of the first row of a query (None without rows)."""
        row = self.con.execute(sql, params or []).fetchone()
        return None if row is None else row[0]

    def _rows(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, params or [])
        names = [d[0] for d in cur.description]
        return [{k: iso(v) for k, v in zip(names, row)} for row in cur.fetchall()]

    def _insert(self, table: str, rows: list[dict[str, Any]], columns: tuple[str, ...]) -> None:
        """Bulk-insert row dicts: the values travel as a registered DataFrame, never as SQL text."""
        if not rows:
            return
        import pandas as pd

        frame = pd.DataFrame({c: pd.Series([r.get(c) for r in rows], dtype=object) for c in columns})
        cols = ", ".join(quote_ident(c) for c in columns)
        self.con.register("_incoming", frame)
        try:
            self.con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _incoming")
        finally:
            self.con.unregister("_incoming")

    def _delete_article(self, article_id: str) -> None:
        uids = "SELECT uid FROM events WHERE article_id = ?"
        self.con.execute(f"DELETE FROM event_actors WHERE uid IN ({uids})", [article_id])
        for table in ARTICLE_TABLES:
            self.con.execute(f"DELETE FROM {table} WHERE article_id = ?", [article_id])
        self.con.execute("DELETE FROM articles WHERE id = ?", [article_id])

    def _existing(self, record: dict[str, Any]) -> list[str]:
        """Ids of stored articles that ``record`` duplicates (same id; same text when it has none)."""
        if record.get("id"):
            found = self.con.execute("SELECT id FROM articles WHERE id = ?", [str(record["id"])]).fetchall()
        else:
            found = self.con.execute("SELECT id FROM articles WHERE id = ? OR text_hash = ?",
                                     [record_id(record), text_hash(record.get("text") or "")]).fetchall()
        return [r[0] for r in found]

    def has_article(self, article_id: str | None, text: str = "") -> bool:
        """Whether an article with this id (or, without one, this text) is stored and did not fail."""
        record = {"id": article_id, "text": text}
        ids = self._existing(record)
        if not ids:
            return False
        failed = self._scalar("SELECT bool_or(failed) FROM articles WHERE list_contains(?, id)", [ids])
        return not failed

    # -- ingest ---------------------------------------------------------
    def ingest(self, records: Iterable[dict[str, Any]], replace: bool = False,
               merge: bool = True) -> dict[str, int]:
        """Store output-contract records (``Article.to_dict(include_text=True)``), as
        :func:`communique.run.stream` gives them with ``include_text``.

        A record whose id (or, without an id, whose text) is already stored is
        skipped, or replaced with ``replace=True`` (a stored article that failed
        is always replaced). Canonical events are rebuilt
        afterwards unless ``merge=False``. Returns counts ``added``, ``skipped``,
        ``replaced``.
        """
        counts = {"added": 0, "skipped": 0, "replaced": 0}
        chunk: list[dict[str, Any]] = []
        for record in records:
            chunk.append(record)
            if len(chunk) >= CHUNK:
                self._add_chunk(chunk, replace, counts)
                chunk = []
        if chunk:
            self._add_chunk(chunk, replace, counts)
        if merge and (counts["added"] or counts["replaced"]):
            self.merge()
        return counts

    #: The earlier name of :meth:`ingest`, kept for scripts that use it.
    add_articles = ingest

    def _add_chunk(self, chunk: list[dict[str, Any]], replace: bool, counts: dict[str, int]) -> None:
        self.con.execute("BEGIN TRANSACTION")
        try:
            next_uid = int(self._scalar("SELECT coalesce(max(uid), 0) + 1 FROM events"))
            tables: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
            seen: set[str] = set()
            for record in chunk:
                aid = record_id(record)
                existing = self._existing(record)
                retry = bool(existing) and not self.has_article(record.get("id"), record.get("text") or "")
                if aid in seen or (existing and not replace and not retry):
                    counts["skipped"] += 1
                    continue
                for old in existing:
                    self._delete_article(old)
                counts["replaced" if existing else "added"] += 1
                seen.add(aid)
                rows = record_rows(record, next_uid)
                next_uid += len(rows["events"])
                for row in rows["articles"]:
                    row["published"] = _date(row["published"])
                for table, found in rows.items():
                    tables[table].extend(found)
            for table, columns in TABLES.items():
                self._insert(table, tables[table], columns)
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise

    # -- articles ---------------------------------------------------------
    def articles(self, limit: int = 50, offset: int = 0, as_frame: bool = False) -> Any:
        """Stored articles, newest first: id, title, published, source, url, n_events, n_quotes."""
        rows = self._rows("""
            SELECT a.id, a.title, a.published, a.source, a.url,
                   (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS n_events,
                   (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS n_quotes
            FROM articles a ORDER BY a.published DESC NULLS LAST, a.id LIMIT ? OFFSET ?""",
                          [int(limit), int(offset)])
        return _frame(rows) if as_frame else rows

    def article(self, article_id: str) -> dict[str, Any] | None:
        """The full output-contract record of one article, with its ``text``; None when absent."""
        found = self.con.execute("SELECT record, text FROM articles WHERE id = ?", [article_id]).fetchone()
        if found is None:
            return None
        record = json.loads(found[0])
        record["text"] = found[1]
        return record

    def counts(self) -> dict[str, int]:
        """How many articles, events, canonical events, quotes, claims and distinct actor codes."""
        def one(sql: str) -> int:
            return int(self._scalar(sql))

        return {
            "articles": one("SELECT count(*) FROM articles"),
            "events": one("SELECT count(*) FROM events"),
            "canonical_events": one("SELECT count(*) FROM canonical_events"),
            "quotes": one("SELECT count(*) FROM quotes"),
            "claims": one("SELECT count(*) FROM claims"),
            "actors": one("SELECT count(DISTINCT code) FROM actors"),
        }

    # -- merge ------------------------------------------------------------
    def merge(self) -> dict[str, int]:
        """Rebuild the canonical events from every stored event; returns counts."""
        events = self._rows("""
            SELECT e.*, a.source AS outlet, a.published, a.url
            FROM events e JOIN articles a ON a.id = e.article_id ORDER BY e.uid""")
        for row in events:
            for key in ("day_first", "day_last", "published"):
                row[key] = _date(row[key])
        actors: dict[int, list[dict[str, Any]]] = {}
        for a in self._rows("SELECT uid, role, code, country FROM event_actors ORDER BY uid, position"):
            actors.setdefault(a["uid"], []).append(a)
        items = [make_item(row, actors.get(row["uid"], [])) for row in events]
        groups = cluster(items)
        canon_rows, links, canon_actors = [], [], []
        for cid, group in enumerate(groups, 1):
            row = canonical(group)
            row["cid"] = cid
            canon_rows.append(row)
            for item in group:
                links.append({"cid": cid, "uid": item.uid, "article_id": item.article_id,
                              "event_id": item.row["event_id"], "sentence_start": item.row["sentence_start"],
                              "sentence_end": item.row["sentence_end"]})
            seen: set[tuple[str, str]] = set()
            for item in group:
                for a in actors.get(item.uid, []):
                    role = a["role"] if item is group[0] else "participant"
                    if (role, a["code"]) in seen or ("participant", a["code"]) in seen and role == "participant":
                        continue
                    seen.add((role, a["code"]))
                    canon_actors.append({"cid": cid, "role": role, "code": a["code"], "country": a["country"],
                                         "name": None, "position": len(seen)})
        self.con.execute("BEGIN TRANSACTION")
        try:
            for table in ("canonical_actors", "canonical_links", "canonical_events"):
                self.con.execute(f"DELETE FROM {table}")
            self._insert("canonical_events", canon_rows, CANONICAL_COLUMNS)
            self._insert("canonical_links", links,
                         ("cid", "uid", "article_id", "event_id", "sentence_start", "sentence_end"))
            self._insert("canonical_actors", canon_actors, ("cid", "role", "code", "country", "name", "position"))
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise
        return {"events": len(items), "canonical_events": len(groups), "merged": len(items) - len(groups)}


def _frame(rows: list[dict[str, Any]]) -> Any:
    import pandas as pd

    return pd.DataFrame(rows)
