"""Acceptance: ingest examples/ and the shared four-way talks article into a fresh store,
query it, export it, and ingest again without duplicates. (Loads the language model.)"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from communique import Store
from communique.cli import main
from communique.run import extract_inputs
from conftest import EXAMPLES, SHARED

pytestmark = pytest.mark.model


def _inputs() -> list[str]:
    inputs = [str(EXAMPLES)] if EXAMPLES.exists() and any(EXAMPLES.iterdir()) else \
        [str(Path(__file__).parent / "data" / "merge" / "reports.jsonl")]
    seed = SHARED / "examples" / "four-way-talks.txt"
    if seed.exists():
        inputs.append(str(seed))
    return inputs


@pytest.fixture(scope="module")
def ingested(pipeline, tmp_path_factory):
    db = tmp_path_factory.mktemp("e2e") / "corpus.duckdb"
    args = ["ingest", *_inputs(), "--db", str(db), "--published", "2023-05-11", "--no-progress"]
    first = CliRunner().invoke(main, args)
    assert first.exit_code == 0, first.output
    with Store(db, read_only=True) as store:
        counts = store.counts()
    return db, args, counts


def test_store_end_to_end_counts_match_extraction(ingested):
    db, _, counts = ingested
    articles = list(extract_inputs(_inputs(), published="2023-05-11"))
    assert counts["articles"] == len(articles)
    assert counts["events"] == sum(len(a.events) for a in articles)
    assert counts["quotes"] == sum(len(a.quotes) for a in articles)
    assert counts["claims"] == sum(len(a.claims) for a in articles)
    assert counts["canonical_events"] <= counts["events"]
    with Store(db, read_only=True) as store:
        for art in articles[:2]:
            assert store.article(art.id) == art.to_dict(include_text=True)


def test_store_end_to_end_ingest_twice_unchanged(ingested):
    db, args, counts = ingested
    again = CliRunner().invoke(main, args)
    assert again.exit_code == 0, again.output
    assert "0 added" in again.output
    with Store(db, read_only=True) as store:
        assert store.counts() == counts


def test_store_end_to_end_replace(ingested):
    db, args, counts = ingested
    again = CliRunner().invoke(main, [*args, "--replace"])
    assert again.exit_code == 0, again.output
    assert f"{counts['articles']} replaced" in again.output
    with Store(db, read_only=True) as store:
        assert store.counts() == counts


@pytest.mark.parametrize("args", [
    ["events"], ["events", "--canonical"], ["events", "--actor", "TUR", "--format", "csv"], ["actors"],
    ["claims"], ["claims", "--actor", "TUR", "--format", "jsonl"], ["dyads", "TUR", "SYR"],
    ["dyads", "TUR", "SYR", "--by", "year", "--events"],
])
def test_store_end_to_end_queries(ingested, args):
    db, _, _ = ingested
    result = CliRunner().invoke(main, [*args, "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert result.output.strip()


def test_store_end_to_end_exports_reload(ingested, tmp_path):
    db, _, counts = ingested
    runner = CliRunner()
    for fmt in ("jsonl", "csv", "parquet", "gdelt", "icews"):
        for canonical in ((), ("--canonical",)):
            out = tmp_path / f"out-{fmt}{len(canonical)}"
            result = runner.invoke(main, ["export", "--format", fmt, "-o", str(out), "--db", str(db), *canonical])
            assert result.exit_code == 0, result.output
            expected = counts["canonical_events"] if canonical else counts["events"]
            if fmt == "jsonl":
                assert len([json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]) == expected
            elif fmt in ("csv", "parquet"):
                reader = "read_csv_auto" if fmt == "csv" else "read_parquet"
                n = duckdb.connect().execute(f"SELECT count(*) FROM {reader}(?)", [str(out)]).fetchone()[0]
                assert n == expected
            else:
                with out.open(encoding="utf-8", newline="") as f:
                    rows = list(csv.reader(f, delimiter="\t"))
                width = 61 if fmt == "gdelt" else 20
                assert all(len(r) == width for r in rows)
                assert len(rows) >= expected  # multilateral events expand into dyads


def test_store_end_to_end_failed_article_exit_2(pipeline, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    db = tmp_path / "f.duckdb"
    result = CliRunner().invoke(main, ["ingest", str(empty), "--db", str(db)])
    assert result.exit_code == 2
    with Store(db, read_only=True) as store:
        assert store.counts()["articles"] == 1
        assert store.article(str(empty))["errors"][0]["code"] == "E101"


def test_store_end_to_end_dyad_plot(ingested, tmp_path):
    db, _, _ = ingested
    png = tmp_path / "dyad.png"
    result = CliRunner().invoke(main, ["dyads", "TUR", "SYR", "--db", str(db), "--plot", str(png)])
    assert result.exit_code == 0, result.output
    assert png.read_bytes()[:4] == b"\x89PNG"
