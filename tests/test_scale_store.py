"""`communique ingest --workers 2`: workers extract, the driver stores; a rerun stores nothing twice."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from communique.cli import main
from communique.scale.synthetic import write_corpus
from communique.store import Store

pytestmark = pytest.mark.model


def _ingest(corpus, db, *extra):
    result = CliRunner().invoke(main, ["ingest", str(corpus), "--db", str(db), "--no-progress", *extra])
    assert result.exit_code == 0, result.output
    return result.output


def _ids(db):
    with Store(db) as store:
        return sorted(r[0] for r in store.con.execute("SELECT id FROM articles").fetchall()), store.counts()


def test_scale_parallel_ingest_stores_what_a_single_process_stores(tmp_path, pipeline):
    corpus = write_corpus(tmp_path / "news.jsonl", 40, seed=2)
    _ingest(corpus, tmp_path / "one.duckdb")
    _ingest(corpus, tmp_path / "two.duckdb", "--workers", "2", "--partition-size", "7")
    one, two = _ids(tmp_path / "one.duckdb"), _ids(tmp_path / "two.duckdb")
    assert one == two and len(one[0]) == 40
    again = _ingest(corpus, tmp_path / "two.duckdb", "--workers", "2")
    assert "0 added" in again and "40 skipped" in again
    assert _ids(tmp_path / "two.duckdb") == two
