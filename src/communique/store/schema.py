"""The store's schema, as numbered migrations.

Each migration is a function ``(con) -> None`` registered with :func:`migration`
under a number; :func:`migrate` applies those not yet recorded in the
``migrations`` table, in order, each in its own transaction. To change the
schema, add a new numbered migration: never edit one that has shipped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

Migration = Callable[[Any], None]

MIGRATIONS: dict[int, tuple[str, Migration]] = {}


def migration(number: int, name: str) -> Callable[[Migration], Migration]:
    """Register a migration under ``number`` (a decorator)."""

    def decorate(fn: Migration) -> Migration:
        if number in MIGRATIONS:
            raise ValueError(f"migration {number} is registered twice")
        MIGRATIONS[number] = (name, fn)
        return fn

    return decorate


def applied(con: Any) -> list[int]:
    con.execute("CREATE TABLE IF NOT EXISTS migrations (number INTEGER PRIMARY KEY, name VARCHAR, "
                "applied_at TIMESTAMP)")
    return [r[0] for r in con.execute("SELECT number FROM migrations ORDER BY number").fetchall()]


def pending(con: Any) -> list[int]:
    done = set(applied(con))
    return [n for n in sorted(MIGRATIONS) if n not in done]


def migrate(con: Any) -> list[int]:
    """Apply every pending migration; returns their numbers."""
    todo = pending(con)
    for number in todo:
        name, fn = MIGRATIONS[number]
        con.execute("BEGIN TRANSACTION")
        try:
            fn(con)
            con.execute("INSERT INTO migrations VALUES (?, ?, ?)", [number, name, dt.datetime.now()])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
    return todo


@migration(1, "initial tables")
def _initial(con: Any) -> None:
    con.execute("""
        CREATE TABLE articles (
            id VARCHAR PRIMARY KEY, title VARCHAR, published DATE, source VARCHAR, url VARCHAR,
            text VARCHAR, text_hash VARCHAR, record VARCHAR, failed BOOLEAN,
            ingested_at TIMESTAMP DEFAULT current_timestamp)""")
    con.execute("CREATE INDEX articles_hash ON articles (text_hash)")
    con.execute("""
        CREATE TABLE actors (
            article_id VARCHAR, actor_id VARCHAR, name VARCHAR, code VARCHAR, country VARCHAR,
            role VARCHAR, kind VARCHAR, title VARCHAR)""")
    con.execute("""
        CREATE TABLE mentions (
            article_id VARCHAR, actor_id VARCHAR, start INTEGER, "end" INTEGER, text VARCHAR)""")
    con.execute("""
        CREATE TABLE events (
            uid BIGINT PRIMARY KEY, article_id VARCHAR, event_id VARCHAR,
            cameo VARCHAR, root VARCHAR, cameo_name VARCHAR, plover VARCHAR, goldstein DOUBLE,
            quad_class INTEGER, mode VARCHAR,
            date_value VARCHAR, date_granularity VARCHAR, date_phrase VARCHAR,
            date_start INTEGER, date_end INTEGER, day_first DATE, day_last DATE,
            place_name VARCHAR, place_country VARCHAR, place_lat DOUBLE, place_lon DOUBLE,
            place_start INTEGER, place_end INTEGER,
            trigger_text VARCHAR, trigger_start INTEGER, trigger_end INTEGER,
            sentence_text VARCHAR, sentence_start INTEGER, sentence_end INTEGER,
            sentence_number INTEGER, is_root BOOLEAN, confidence DOUBLE,
            source_actor VARCHAR, source_code VARCHAR, source_name VARCHAR,
            source_start INTEGER, source_end INTEGER,
            target_actor VARCHAR, target_code VARCHAR, target_name VARCHAR,
            target_start INTEGER, target_end INTEGER)""")
    con.execute("CREATE INDEX events_article ON events (article_id)")
    con.execute("""
        CREATE TABLE event_actors (
            uid BIGINT, role VARCHAR, actor_id VARCHAR, code VARCHAR, country VARCHAR,
            position INTEGER)""")
    con.execute("CREATE INDEX event_actors_uid ON event_actors (uid)")
    con.execute("""
        CREATE TABLE quotes (
            article_id VARCHAR, quote_id VARCHAR, text VARCHAR, start INTEGER, "end" INTEGER,
            direct BOOLEAN, verb VARCHAR, speaker_actor VARCHAR, speaker_code VARCHAR,
            speaker_name VARCHAR, speaker_start INTEGER, speaker_end INTEGER)""")
    con.execute("""
        CREATE TABLE claims (
            article_id VARCHAR, n INTEGER, actor_id VARCHAR, code VARCHAR, stance VARCHAR,
            issue VARCHAR, target VARCHAR, quote VARCHAR, span_start INTEGER, span_end INTEGER,
            date VARCHAR, evidence VARCHAR)""")
    con.execute("""
        CREATE TABLE dates (
            article_id VARCHAR, phrase VARCHAR, start INTEGER, "end" INTEGER, value VARCHAR,
            granularity VARCHAR)""")
    con.execute("""
        CREATE TABLE errors (
            article_id VARCHAR, code VARCHAR, stage VARCHAR, message VARCHAR, level VARCHAR)""")


@migration(2, "canonical events")
def _canonical(con: Any) -> None:
    con.execute("""
        CREATE TABLE canonical_events (
            cid BIGINT PRIMARY KEY, cameo VARCHAR, root VARCHAR, cameo_name VARCHAR, plover VARCHAR,
            goldstein DOUBLE, quad_class INTEGER, mode VARCHAR,
            date_value VARCHAR, date_granularity VARCHAR, day_first DATE, day_last DATE,
            place_name VARCHAR, place_country VARCHAR, place_lat DOUBLE, place_lon DOUBLE,
            source_code VARCHAR, source_name VARCHAR, target_code VARCHAR, target_name VARCHAR,
            countries VARCHAR, first_published DATE, url VARCHAR,
            num_mentions INTEGER, num_sources INTEGER, num_articles INTEGER)""")
    con.execute("""
        CREATE TABLE canonical_links (
            cid BIGINT, uid BIGINT, article_id VARCHAR, event_id VARCHAR,
            sentence_start INTEGER, sentence_end INTEGER)""")
    con.execute("CREATE INDEX canonical_links_cid ON canonical_links (cid)")
    con.execute("""
        CREATE TABLE canonical_actors (
            cid BIGINT, role VARCHAR, code VARCHAR, country VARCHAR, name VARCHAR, position INTEGER)""")
