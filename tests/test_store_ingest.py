"""Store: ingesting output-contract records, de-duplication, replacement, migrations."""

from __future__ import annotations

from typing import Any

import pytest

from communique import Store
from communique.errors import StoreError
from communique.store import schema


def event(eid: str, cameo: str, source: str | None, target: str | None, *, others: tuple[str, ...] = (),
          date: str | None = None, granularity: str = "day", place: str | None = None,
          country: str | None = None, lat: float | None = None, lon: float | None = None,
          quad: int = 1, goldstein: float = 1.0, mode: str = "actual", sentence: tuple[int, int] = (0, 40),
          names: dict[str, str] | None = None) -> dict[str, Any]:
    """A hand-built event in the output-contract shape."""
    names = names or {}

    def ref(code: str | None) -> dict[str, Any] | None:
        return None if code is None else {"actor": code, "code": code, "name": names.get(code, code),
                                          "span": [sentence[0], sentence[0] + 3]}

    codes = [c for c in (source, target, *others) if c]
    return {
        "id": eid, "source": ref(source), "target": ref(target),
        "participants": [{"actor": c, "code": c} for c in codes],
        "cameo": cameo, "cameo_name": f"name of {cameo}", "plover": None, "goldstein": goldstein,
        "quad_class": quad, "mode": mode,
        "date": None if date is None else {"value": date, "granularity": granularity, "phrase": None, "span": None},
        "place": None if place is None else {"name": place, "country": country, "lat": lat, "lon": lon,
                                             "span": None},
        "trigger": {"text": "met", "span": [sentence[0] + 5, sentence[0] + 8]},
        "sentence": {"text": "x" * (sentence[1] - sentence[0]), "span": list(sentence)},
        "confidence": 0.8,
    }


def record(aid: str | None, text: str = "Turkey and Syria met in Moscow. They talked.", *,
           published: str | None = "2023-05-11", source: str | None = "Wire", events: list | None = None,
           claims: list | None = None, url: str | None = None) -> dict[str, Any]:
    """A hand-built output-contract record with text."""
    return {
        "id": aid, "title": f"Title {aid}", "published": published, "source": source, "url": url,
        "actors": [
            {"id": "A1", "name": "Turkey", "code": "TURGOV", "country": "TUR", "role": "GOV", "kind": "state",
             "title": None, "mentions": [{"start": 0, "end": 6, "text": "Turkey"}]},
            {"id": "A2", "name": "Syria", "code": "SYRGOV", "country": "SYR", "role": "GOV", "kind": "state",
             "title": None, "mentions": [{"start": 11, "end": 16, "text": "Syria"},
                                         {"start": 32, "end": 36, "text": "They"}]},
        ],
        "events": events if events is not None else [
            event("E1", "043", "TURGOV", "SYRGOV", date="2023-05-10", place="Moscow", country="RUS",
                  lat=55.75, lon=37.62)],
        "quotes": [{"id": "Q1", "text": "They talked", "span": [32, 43], "direct": False,
                    "speaker": None, "verb": None}],
        "claims": claims or [],
        "dates": [{"phrase": "Wednesday", "span": [0, 3], "value": "2023-05-10", "granularity": "day"}],
        "errors": [],
        "text": text,
    }


@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "t.duckdb") as s:
        yield s


def test_store_ingest_counts(store):
    result = store.add_articles([record("a1"), record("a2", "Other text.")])
    assert result == {"added": 2, "skipped": 0, "replaced": 0}
    counts = store.counts()
    assert counts["articles"] == 2 and counts["events"] == 2 and counts["quotes"] == 2
    assert counts["actors"] == 2


@pytest.mark.parametrize("first,second", [
    (record("a1"), record("a1", "Changed text.")),          # same id
    (record(None), record(None)),                            # no id, same text
])
def test_store_ingest_no_duplicates(store, first, second):
    store.add_articles([first])
    before = store.counts()
    result = store.add_articles([second])
    assert result["skipped"] == 1 and result["added"] == 0
    assert store.counts() == before


def test_store_ingest_duplicates_within_one_call(store):
    result = store.add_articles([record("a1"), record("a1")])
    assert result == {"added": 1, "skipped": 1, "replaced": 0}


def test_store_ingest_replace(store):
    store.add_articles([record("a1")])
    new = record("a1", "Replaced text.", events=[])
    assert store.add_articles([new], replace=True) == {"added": 0, "skipped": 0, "replaced": 1}
    assert store.article("a1")["text"] == "Replaced text."
    assert store.counts()["events"] == 0 and store.counts()["articles"] == 1


def test_store_article_round_trip(store):
    rec = record("a1")
    store.add_articles([rec])
    back = store.article("a1")
    assert back == rec
    assert store.article("missing") is None


def test_store_articles_listing(store):
    store.add_articles([record("a1"), record("a2", "Two.", published="2023-06-01", events=[])])
    rows = store.articles()
    assert [r["id"] for r in rows] == ["a2", "a1"]
    assert rows[1]["n_events"] == 1 and rows[1]["n_quotes"] == 1
    assert rows[0]["published"] == "2023-06-01"
    assert list(store.articles(as_frame=True).columns)[:3] == ["id", "title", "published"]


def test_store_migrations_recorded_once(tmp_path):
    path = tmp_path / "m.duckdb"
    Store(path).close()
    with Store(path) as s:
        numbers = [r[0] for r in s.con.execute("SELECT number FROM migrations ORDER BY number").fetchall()]
    assert numbers == sorted(schema.MIGRATIONS)


def test_store_read_only_missing_file(tmp_path):
    from communique.errors import StoreError

    with pytest.raises(StoreError) as err:
        Store(tmp_path / "absent.duckdb", read_only=True)
    assert err.value.code == "E703"


def test_store_event_provenance(store):
    store.add_articles([record("a1")])
    (ev,) = store.events()
    assert ev["trigger_start"] == 5 and ev["sentence_start"] == 0 and ev["sentence_end"] == 40
    assert ev["place"] == "Moscow" and ev["place_country"] == "RUS"
    assert ev["date"] == "2023-05-10" and ev["date_granularity"] == "day"
    assert ev["participants"] == ["TURGOV", "SYRGOV"]
    assert ev["outlet"] == "Wire" and ev["source_code"] == "TURGOV"


def test_store_migrations_new_one_applies_to_old_file(tmp_path):
    path = tmp_path / "old.duckdb"
    with Store(path) as s:
        s.add_articles([record("a1")])

    @schema.migration(999, "test: a new column")
    def _add_column(con):
        con.execute("ALTER TABLE articles ADD COLUMN language VARCHAR")

    try:
        with pytest.raises(StoreError, match="needs migrations"):  # a reader cannot migrate; it says so
            Store(path, read_only=True)
        with Store(path) as s:
            assert s.con.execute("SELECT language FROM articles").fetchall() == [(None,)]
            assert s.counts()["articles"] == 1
        with Store(path, read_only=True) as s:
            assert s.counts()["articles"] == 1
    finally:
        del schema.MIGRATIONS[999]


def test_store_migration_numbers_unique():
    with pytest.raises(ValueError):
        schema.migration(1, "again")(lambda con: None)
