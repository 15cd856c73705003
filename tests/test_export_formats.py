"""Exports: every format re-loads; GDELT rows have 61 columns, ICEWS rows 20."""

from __future__ import annotations

import csv
import json

import duckdb
import pytest

from communique import Store
from communique.errors import StoreError
from communique.store.formats import GDELT_COLUMNS, ICEWS_COLUMNS, dyads, split_code
from test_store_ingest import event, record

FOUR = ("RUSGOV", "IRNGOV")


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("export") / "e.duckdb"
    recs = [
        record("a1", url="https://example.org/a1"),
        record("a2", "Four ministers met in Moscow.", source="Other", events=[
            event("E1", "043", "TURGOV", "SYRGOV", others=FOUR, date="2023-05-10", place="Moscow", country="RUS",
                  lat=55.75, lon=37.62)]),
        record("a3", "Troops shelled a town.\tTabbed.", published="2023-06-02", events=[
            event("E1", "195", "TURMIL", "SYRREB", quad=4, goldstein=-10.0, date="2023-06", granularity="month")]),
    ]
    with Store(path) as s:
        s.add_articles(recs)
        yield s


def test_export_column_counts_are_the_formats():
    assert len(GDELT_COLUMNS) == 61 and len(set(GDELT_COLUMNS)) == 61
    assert GDELT_COLUMNS[:2] == ("GlobalEventID", "Day") and GDELT_COLUMNS[-2:] == ("DATEADDED", "SOURCEURL")
    assert GDELT_COLUMNS.index("IsRootEvent") == 25 and GDELT_COLUMNS.index("ActionGeo_Type") == 51
    assert len(ICEWS_COLUMNS) == 20 and ICEWS_COLUMNS[0] == "Event ID" and ICEWS_COLUMNS[-1] == "Longitude"


@pytest.mark.parametrize("canonical", [False, True])
@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_export_reloads_with_duckdb(store, tmp_path, fmt, canonical):
    path = tmp_path / f"out.{fmt}"
    n = store.export(fmt, path, canonical=canonical)
    reader = "read_csv_auto" if fmt == "csv" else "read_parquet"
    con = duckdb.connect()
    rows = con.execute(f"SELECT * FROM {reader}(?)", [str(path)]).fetchall()
    names = [d[0] for d in con.description]
    assert len(rows) == n == (2 if canonical else 3)
    assert {"id", "cameo", "date", "participants", "place"} <= set(names)
    if not canonical:
        assert {"sentence_start", "trigger_start", "published"} <= set(names)


@pytest.mark.parametrize("canonical", [False, True])
def test_export_jsonl(store, tmp_path, canonical):
    path = tmp_path / "out.jsonl"
    n = store.export("jsonl", path, canonical=canonical)
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == n
    assert all("cameo" in line for line in lines)
    if canonical:
        assert all(line["mentions"] for line in lines)


def _tsv(path):
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.reader(f, delimiter="\t"))


@pytest.mark.parametrize("canonical", [False, True])
def test_export_gdelt_61_columns(store, tmp_path, canonical):
    path = tmp_path / "out.tsv"
    n = store.export("gdelt", path, canonical=canonical)
    rows = _tsv(path)
    # the four-way meeting expands into its 6 pairs; canonically the a1 pair report joins it
    assert n == len(rows) == (1 + 6 if canonical else 1 + 6 + 1)
    assert all(len(r) == 61 for r in rows)
    col = {name: i for i, name in enumerate(GDELT_COLUMNS)}
    talks = [r for r in rows if r[col["EventCode"]] == "043"]
    assert {(r[col["Actor1CountryCode"]], r[col["Actor2CountryCode"]]) for r in talks} >= {("TUR", "SYR"), ("RUS", "IRN")}
    assert all(r[col["Day"]] == "20230510" and r[col["DATEADDED"]] == "20230511000000" for r in talks)
    assert all(r[col["ActionGeo_Lat"]] == "55.75" and r[col["ActionGeo_CountryCode"]] == "RS" for r in talks)
    strike = [r for r in rows if r[col["EventCode"]] == "195"][0]
    assert strike[col["EventRootCode"]] == "19" and strike[col["QuadClass"]] == "4"
    assert strike[col["Day"]] == "20230601" and strike[col["Actor1Type1Code"]] == "MIL"
    assert len({r[0] for r in rows}) == len(rows)  # unique GlobalEventIDs
    if canonical:
        # the pair report joined the four-way meeting: one happening, two articles, two outlets
        assert len(talks) == 6
        assert all(r[col["NumArticles"]] == "2" and r[col["NumSources"]] == "2" for r in talks)


def test_export_icews_20_columns(store, tmp_path):
    path = tmp_path / "out.tsv"
    n = store.export("icews", path)
    rows = _tsv(path)
    assert tuple(rows[0]) == ICEWS_COLUMNS
    assert len(rows) - 1 == n == 8
    assert all(len(r) == 20 for r in rows)
    col = {name: i for i, name in enumerate(ICEWS_COLUMNS)}
    talks = [r for r in rows[1:] if r[col["CAMEO Code"]] == "043"]
    assert talks[0][col["Event Date"]] == "2023-05-10" and talks[0][col["City"]] == "Moscow"
    assert talks[0][col["Country"]] == "Russia" and talks[0][col["Source Sectors"]] == "Government"


def test_export_unknown_format(store, tmp_path):
    with pytest.raises(StoreError) as err:
        store.export("xml", tmp_path / "x")
    assert err.value.code == "E702"


@pytest.mark.parametrize("code,expected", [
    ("TURGOV", ("TUR", "", ["GOV"])),
    ("SYRREBMIL", ("SYR", "", ["REB", "MIL"])),
    ("IGOUNO", ("", "UNO", ["IGO"])),
    ("SYR", ("SYR", "", [])),
    (None, ("", "", [])),
])
def test_export_split_code(code, expected):
    assert split_code(code) == expected


@pytest.mark.parametrize("ev,pairs", [
    ({"source_code": "TUR", "target_code": "SYR", "participants": ["TUR", "SYR"]}, [("TUR", "SYR")]),
    ({"source_code": "TUR", "target_code": None, "participants": ["TUR"]}, [("TUR", None)]),
    ({"source_code": "A", "target_code": "B", "participants": ["A", "B", "C"]}, [("A", "B"), ("A", "C"), ("B", "C")]),
])
def test_export_dyads(ev, pairs):
    assert dyads(ev) == pairs
