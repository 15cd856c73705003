"""Dyads: a pair of actors over time; event and claim queries; the dyads command and its plot."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from communique import Store
from communique.cli import main
from communique.errors import StoreError
from communique.intervals import bucket, interval
from test_store_ingest import event, record

CLAIM = {"actor": "A1", "code": "TURGOV", "stance": "demand", "issue": "withdrawal", "target": "SYR",
         "evidence": {"quote": None, "span": [0, 6]}, "date": None}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("dyads") / "d.duckdb"
    recs = [
        record("jan", "January talks.", published="2023-01-20", events=[
            event("E1", "043", "TURGOV", "SYRGOV", date="2023-01-18", goldstein=2.8, quad=1),
            event("E2", "190", "TURMIL", "SYRREB", date="2023-01-19", goldstein=-10.0, quad=4, sentence=(50, 90)),
            event("E3", "111", "RUSGOV", "USAGOV", date="2023-01-19", goldstein=-2.0, quad=3, sentence=(90, 99)),
        ], claims=[CLAIM]),
        record("may", "May meeting.", published="2023-05-11", events=[
            event("E1", "043", "RUSGOV", "TURGOV", others=("SYRGOV", "IRNGOV"), date="2023-05-10", goldstein=2.8),
            event("E2", "036", "SYRGOV", "TURGOV", date=None, goldstein=4.0, quad=1, mode="intent",
                  sentence=(60, 80)),
        ], claims=[dict(CLAIM, stance="demand")]),
    ]
    with Store(path) as s:
        s.add_articles(recs)
    return str(path)


def test_dyads_by_month(db):
    with Store(db, read_only=True) as s:
        rows = s.dyad("TUR", "SYR", by="month")
    assert [r["period"] for r in rows] == ["2023-01", "2023-05"]
    jan, may = rows
    assert (jan["n"], jan["q1"], jan["q4"]) == (2, 1, 1)
    assert jan["goldstein_sum"] == pytest.approx(-7.2) and jan["goldstein_mean"] == pytest.approx(-3.6)
    assert may["n"] == 2  # the four-way meeting counts for the pair, and the undated intent on its story date
    assert len(jan["event_ids"]) == 2


@pytest.mark.parametrize("a,b,n", [
    ("SYR", "TUR", 4),        # direction does not matter
    ("TURGOV", "SYRGOV", 3),  # full codes: not the military strike
    ("RUS", "IRN", 1),        # a pair inside the multilateral meeting
    ("RUS", "USA", 1),
    ("IRN", "USA", 0),
])
def test_dyads_matching(db, a, b, n):
    with Store(db, read_only=True) as s:
        assert sum(r["n"] for r in s.dyad(a, b, by="year")) == n


def test_dyads_by_week_and_bad_period(db):
    with Store(db, read_only=True) as s:
        assert [r["period"] for r in s.dyad("TUR", "SYR", by="week")] == ["2023-W03", "2023-W19"]
        with pytest.raises(StoreError):
            s.dyad("TUR", "SYR", by="decade")


@pytest.mark.parametrize("kwargs,expected", [
    ({"actor": "TUR"}, 4),
    ({"actor": "TURMIL"}, 1),
    ({"root": "04"}, 2),
    ({"code": "19"}, 1),
    ({"start": "2023-05"}, 2),
    ({"start": "2023-01-19", "end": "2023-01-19"}, 2),
    ({"mode": "intent"}, 1),
    ({"actor": "USA", "root": "11"}, 1),
])
def test_dyads_event_filters(db, kwargs, expected):
    with Store(db, read_only=True) as s:
        assert len(s.events(**kwargs)) == expected


def test_dyads_claims_first_and_last(db):
    with Store(db, read_only=True) as s:
        rows = s.claims(actor="TUR")
        assert s.claims(actor="Turkey") == rows
        assert s.claims(actor="IRN") == []
    assert len(rows) == 1
    assert (rows[0]["first"], rows[0]["last"], rows[0]["n"]) == ("2023-01-20", "2023-05-11", 2)
    assert rows[0]["actor"] == "Turkey" and rows[0]["articles"] == ["jan", "may"]


def test_dyads_actors(db):
    with Store(db, read_only=True) as s:
        rows = s.actors()
    syria = next(r for r in rows if r["code"] == "SYRGOV")
    assert syria["n_mentions"] == 4 and syria["n_articles"] == 2 and syria["name"] == "Syria"


@pytest.mark.parametrize("value,by,label", [("2023-01-01", "week", "2022-W52"), ("2023-05-10", "month", "2023-05"),
                                            ("2023-05-10", "year", "2023")])
def test_dyads_bucket(value, by, label):
    assert bucket(interval(value)[0], by) == label


def test_dyads_command_table_and_plot(db, tmp_path):
    png = tmp_path / "tur-syr.png"
    result = CliRunner().invoke(main, ["dyads", "TUR", "SYR", "--db", db, "--plot", str(png)])
    assert result.exit_code == 0, result.output
    assert "2023-01" in result.output and "goldstein_sum" in result.output
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 5000


def test_dyads_command_events_listing(db):
    result = CliRunner().invoke(main, ["dyads", "TUR", "SYR", "--db", db, "--events"])
    assert result.exit_code == 0, result.output
    assert result.output.count("period") == 2 and "190" in result.output


@pytest.mark.parametrize("args", [["events", "--actor", "TUR"], ["actors"], ["claims", "--actor", "TUR"],
                                  ["dyads", "TUR", "SYR"]])
def test_dyads_query_commands_jsonl(db, args):
    result = CliRunner().invoke(main, [*args, "--db", db, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in result.output.splitlines()]
    assert lines


@pytest.mark.parametrize("args", [["events"], ["actors"], ["claims"], ["dyads", "TUR", "SYR"],
                                  ["export", "--format", "csv", "-o", "x.csv"]])
def test_dyads_missing_database(tmp_path, args):
    result = CliRunner().invoke(main, [*args, "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1
    assert "E703" in result.output and "Traceback" not in result.output
