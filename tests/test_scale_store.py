"""`communique ingest --workers 2`: workers extract, the driver stores; a rerun stores nothing twice."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from communique.cli import main
from communique.outputs import ingest
from communique.run import RunOptions
from communique.scale import ingest_partition
from communique.scale.synthetic import write_corpus
from communique.store import Store


def _ingest(corpus, db, *extra):
    result = CliRunner().invoke(main, ["ingest", str(corpus), "--db", str(db), "--no-progress", *extra])
    assert result.exit_code == 0, result.output
    return result.output


def _ids(db):
    with Store(db) as store:
        return sorted(r[0] for r in store.con.execute("SELECT id FROM articles").fetchall()), store.counts()


@pytest.mark.model
def test_scale_parallel_ingest_stores_what_a_single_process_stores(tmp_path, pipeline):
    corpus = write_corpus(tmp_path / "news.jsonl", 40, seed=2)
    _ingest(corpus, tmp_path / "one.duckdb")
    _ingest(corpus, tmp_path / "two.duckdb", "--workers", "2", "--partition-size", "7")
    one, two = _ids(tmp_path / "one.duckdb"), _ids(tmp_path / "two.duckdb")
    assert one == two and len(one[0]) == 40
    again = _ingest(corpus, tmp_path / "two.duckdb", "--workers", "2")
    assert "0 added" in again and "40 skipped" in again
    assert _ids(tmp_path / "two.duckdb") == two


class Crash(Exception):
    pass


def test_scale_ingest_after_a_crash_skips_stored_partitions_and_stores_each_once(tmp_path):
    corpus = write_corpus(tmp_path / "news.jsonl", 45, seed=4)
    seen = []

    def crash_at(n):
        def on_records(records):
            for record in records:
                seen.append(record["id"])
                if len(seen) == n:
                    raise Crash()
        return on_records

    with Store(tmp_path / "s.duckdb") as store:
        with pytest.raises(Crash):
            ingest(store, [str(corpus)], RunOptions(), partition_size=4, task=ingest_partition,
                   on_records=crash_at(30), commit_every=0)
    manifest = json.loads((tmp_path / "s.duckdb.ingest-progress.json").read_text())
    assert 0 < manifest["done"] < 8
    seen.clear()
    with Store(tmp_path / "s.duckdb") as store:
        counts = ingest(store, [str(corpus)], RunOptions(), partition_size=4, task=ingest_partition,
                        on_records=crash_at(-1))
        assert store.counts()["articles"] == 45
    assert len(seen) == 45 - 4 * manifest["done"]  # stored partitions are not extracted again
    assert counts["added"] == 45 and not (tmp_path / "s.duckdb.ingest-progress.json").exists()
