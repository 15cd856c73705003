"""Queries over stored events, actors, claims and dyads."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..errors import StoreError
from ..intervals import bucket, query_bound
from .core import _date, _frame

PERIODS = ("day", "week", "month", "year")
ACTOR_TABLES = {False: ("event_actors", "uid"), True: ("canonical_actors", "cid")}


def actor_condition(column: str, actor: str) -> tuple[str, list[Any]]:
    """SQL matching an actor filter: a 3-letter country code matches every code of that
    country (``TUR`` → ``TURGOV``), a longer code itself and its sub-codes."""
    value = actor.strip().upper()
    if not value.isalnum():
        raise StoreError("E706", name="actor", value=actor, detail="a CAMEO code is letters only, e.g. TUR or TURGOV")
    if len(value) == 3:
        return f"substr({column}, 1, 3) = ?", [value]
    return f"({column} = ? OR starts_with({column}, ?))", [value, value]


def _bound(name: str, value: str | None, end: bool) -> dt.date | None:
    if value is None:
        return None
    day = query_bound(value, end)
    if day is None:
        raise StoreError("E706", name=name, value=value, detail="use YYYY, YYYY-MM or YYYY-MM-DD")
    return day


def event_day(row: dict[str, Any]) -> dt.date | None:
    """The day an event is charted on: its resolved date's first day, or the story date."""
    if row.get("date_granularity") == "publication":
        return _date(row.get("day_last"))
    return _date(row.get("day_first"))


class QueryMixin:
    """Read-only queries of :class:`communique.store.Store`."""

    con: Any
    _rows: Any

    def events(self, actor: str | None = None, code: str | None = None, root: str | None = None,
               start: str | None = None, end: str | None = None, mode: str | None = None,
               limit: int | None = 100, offset: int = 0, canonical: bool = False,
               as_frame: bool = False) -> Any:
        """Events (raw per article, or canonical), filtered; oldest first.

        ``actor`` matches any participant (``TUR`` the country level, ``TURGOV``
        the full code); ``code`` is a CAMEO code prefix, ``root`` the two-digit
        root; ``start``/``end`` bound the resolved date (``YYYY[-MM[-DD]]``).
        """
        table, key = ("canonical_events", "cid") if canonical else ("events", "uid")
        where, params = [], []
        if actor:
            cond, p = actor_condition("x.code", actor)
            where.append(f"e.{key} IN (SELECT x.{key} FROM {ACTOR_TABLES[canonical][0]} x WHERE {cond})")
            params += p
        if code:
            where.append("starts_with(e.cameo, ?)")
            params.append(code.strip())
        if root:
            where.append("e.root = ?")
            params.append(root.strip().zfill(2))
        first, last = _bound("start", start, False), _bound("end", end, True)
        if first:
            where.append("e.day_last >= ?")
            params.append(first)
        if last:
            where.append("e.day_first <= ?")
            params.append(last)
        if mode:
            where.append("e.mode = ?")
            params.append(str(getattr(mode, "value", mode)))  # a str or an Enum of modes
        clause = ("WHERE " + " AND ".join(where)) if where else ""
        page = ""
        if limit is not None:
            page = "LIMIT ? OFFSET ?"
            params += [int(limit), int(offset)]
        if canonical:
            sql = f"SELECT e.* FROM canonical_events e {clause} ORDER BY e.day_first NULLS LAST, e.cid {page}"
        else:
            sql = (f"SELECT e.*, a.source AS outlet, a.published, a.url, a.title FROM events e "
                   f"JOIN articles a ON a.id = e.article_id {clause} "
                   f"ORDER BY e.day_first NULLS LAST, e.uid {page}")
        rows = [self._shape(r, canonical) for r in self._rows(sql, params)]
        self._attach(rows, canonical)
        return _frame(rows) if as_frame else rows

    @staticmethod
    def _shape(row: dict[str, Any], canonical: bool) -> dict[str, Any]:
        out = {"id": row.pop("cid" if canonical else "uid")}
        for key in ("date_value", "place_name", "place_lat", "place_lon"):
            row[{"date_value": "date", "place_name": "place", "place_lat": "lat", "place_lon": "lon"}[key]] = row.pop(key)
        out.update(row)
        return out

    def _attach(self, rows: list[dict[str, Any]], canonical: bool) -> None:
        """Add ``participants`` (codes) and, for canonical events, ``mentions``."""
        if not rows:
            return
        ids = [r["id"] for r in rows]
        table, key = ACTOR_TABLES[canonical]
        codes: dict[int, list[str]] = {}
        for r in self._rows(f"SELECT {key} AS k, code FROM {table} WHERE list_contains(?, {key}) "
                            f"ORDER BY {key}, position", [ids]):
            if r["code"] not in codes.setdefault(r["k"], []):
                codes[r["k"]].append(r["code"])
        for row in rows:
            row["participants"] = codes.get(row["id"], [])
        if canonical:
            mentions: dict[int, list[dict[str, Any]]] = {}
            for m in self._rows("SELECT cid, uid, article_id, event_id, sentence_start, sentence_end "
                                "FROM canonical_links WHERE list_contains(?, cid) ORDER BY cid, uid", [ids]):
                mentions.setdefault(m["cid"], []).append(
                    {"uid": m["uid"], "article_id": m["article_id"], "event_id": m["event_id"],
                     "sentence_span": [m["sentence_start"], m["sentence_end"]]})
            for row in rows:
                row["mentions"] = mentions.get(row["id"], [])

    def dyad(self, a: str, b: str, by: str = "month", canonical: bool = False,
             as_frame: bool = False) -> Any:
        """The relationship of two actors over time, one row per period.

        Each row: ``period, n, q1..q4`` (counts by quad class), ``goldstein_sum``,
        ``goldstein_mean`` and ``event_ids``. An event counts when one of its
        participants matches ``a`` and another matches ``b`` (see :meth:`events`
        for matching), so a multilateral meeting counts for every pair.
        """
        by = str(getattr(by, "value", by))
        if by not in PERIODS:
            raise StoreError("E706", name="by", value=by, detail="use " + ", ".join(PERIODS))
        table, key = ACTOR_TABLES[canonical]
        cond_a, pa = actor_condition("x.code", a)
        cond_b, pb = actor_condition("y.code", b)
        source = "canonical_events" if canonical else "events"
        sql = (f"SELECT e.{key} AS id, e.quad_class, e.goldstein, e.day_first, e.day_last, e.date_granularity "
               f"FROM {source} e WHERE e.{key} IN (SELECT x.{key} FROM {table} x JOIN {table} y "
               f"ON x.{key} = y.{key} AND x.code <> y.code WHERE {cond_a} AND {cond_b}) ORDER BY e.{key}")
        periods: dict[str, dict[str, Any]] = {}
        for row in self._rows(sql, pa + pb):
            day = event_day(row)
            if day is None:
                continue
            label = bucket(day, by)
            p = periods.setdefault(label, {"period": label, "n": 0, "q1": 0, "q2": 0, "q3": 0, "q4": 0,
                                           "goldstein_sum": 0.0, "goldstein_mean": None, "event_ids": [],
                                           "_g": 0})
            p["n"] += 1
            if row["quad_class"] in (1, 2, 3, 4):
                p[f"q{row['quad_class']}"] += 1
            if row["goldstein"] is not None:
                p["goldstein_sum"] += float(row["goldstein"])
                p["_g"] += 1
            p["event_ids"].append(row["id"])
        out = []
        for label in sorted(periods):
            p = periods[label]
            n_scored = p.pop("_g")
            p["goldstein_sum"] = round(p["goldstein_sum"], 3)
            p["goldstein_mean"] = round(p["goldstein_sum"] / n_scored, 3) if n_scored else None
            out.append(p)
        return _frame(out) if as_frame else out

    def actors(self, limit: int | None = 100, offset: int = 0, as_frame: bool = False) -> Any:
        """Actors across articles by code: code, name, kind, n_mentions, n_articles."""
        page, params = ("LIMIT ? OFFSET ?", [int(limit), int(offset)]) if limit is not None else ("", [])
        rows = self._rows(f"""
            SELECT ac.code, mode(ac.name) AS name, mode(ac.kind) AS kind,
                   coalesce(sum(m.n), 0)::INTEGER AS n_mentions,
                   count(DISTINCT ac.article_id)::INTEGER AS n_articles
            FROM actors ac
            LEFT JOIN (SELECT article_id, actor_id, count(*) AS n FROM mentions GROUP BY ALL) m
                   ON m.article_id = ac.article_id AND m.actor_id = ac.actor_id
            WHERE ac.code IS NOT NULL
            GROUP BY ac.code ORDER BY n_mentions DESC, n_articles DESC, ac.code {page}""", params)
        return _frame(rows) if as_frame else rows

    def claims(self, actor: str | None = None, as_frame: bool = False) -> Any:
        """Positions over time: one row per actor, stance, issue and target, with the
        first and last dates asserted, how often (``n``) and in which ``articles``.

        ``actor`` matches a code (as in :meth:`events`) or a name (any case).
        """
        where, params = "", []  # type: tuple[str, list[Any]]
        if actor:
            value = actor.strip()
            if value.replace(" ", "").isalnum() and value.isupper():
                cond, params = actor_condition("c.code", value)
            else:
                cond, params = "lower(coalesce(ac.name, c.actor_id)) = lower(?)", [value]
            where = "WHERE " + cond
        rows = self._rows(f"""
            SELECT mode(coalesce(ac.name, c.actor_id)) AS actor, c.code, c.stance, c.issue, c.target,
                   min(coalesce(c.date, CAST(a.published AS VARCHAR))) AS first,
                   max(coalesce(c.date, CAST(a.published AS VARCHAR))) AS last,
                   count(*)::INTEGER AS n, list(DISTINCT c.article_id ORDER BY c.article_id) AS articles
            FROM claims c JOIN articles a ON a.id = c.article_id
            LEFT JOIN actors ac ON ac.article_id = c.article_id AND ac.actor_id = c.actor_id
            {where}
            GROUP BY c.code, c.stance, c.issue, c.target
            ORDER BY c.code, first, c.stance, c.issue""", params)
        return _frame(rows) if as_frame else rows
