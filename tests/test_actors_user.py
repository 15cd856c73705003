"""User dictionaries: our YAML/CSV format and the PETRARCH actor and agent files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from actors_helpers import by_text, run
from communique.actors.user import load_petrarch, parse_code
from communique.errors import DictionaryError
from conftest import shared_path


@pytest.fixture(scope="module")
def petr() -> tuple[str, str]:
    base = shared_path("eval", "petrarch")
    return str(base / "PETR.Validate.actors.txt"), str(base / "PETR.Validate.agents.txt")


def test_both_petrarch_files_load(petr):
    actors, _ = load_petrarch(Path(petr[0]))
    _, agents = load_petrarch(Path(petr[1]))
    assert len(actors) > 100 and len(agents) > 80
    assert {"gondor", "minas tirith", "arnor"} <= {e.text.lower() for e in actors}
    assert any(r.text == "foreign minister" and r.role == "GOVFRM" for r in agents)


@pytest.mark.parametrize("text,day,mention,code", [
    ("Arnor is about to restore full diplomatic ties with Gondor.", "19950101", "Gondor", "GON"),
    ("Arnor is about to restore full diplomatic ties with Gondor.", "19950101", "Arnor", "ARN"),
    ("Soldiers attacked Minas Tirith.", "19950101", "Minas Tirith", "GON"),
    ("Gollum denounced Gondor.", "19940101", "Gollum", "HOB"),
    ("Gollum denounced Gondor.", "19970101", "Gollum", "HOBGOV"),
    ("Gollum denounced Gondor.", "20010101", "Gollum", "HOBREB"),
    ("Zimbabwe denounced Gondor.", "19780101", "Zimbabwe", "RHO"),
    ("Zimbabwe denounced Gondor.", "19900101", "Zimbabwe", "ZBW"),
    ("Egypt denounced Gondor.", "19900101", "Egypt", "UAR"),
])
def test_petrarch_actors_resolve(petr, text, day, mention, code):
    a = run(text, dt.datetime.strptime(day, "%Y%m%d").date().isoformat(), petr)
    assert by_text(a, mention).code == code


@pytest.mark.parametrize("text,code", [
    ("The Calenardhon government condemned the attack.", "CALGOV"),
    ("Osgiliath soldiers attacked Ithilen.", "OSGMIL"),
    ("Bree Prime Minister Romendacil will meet Eriadori leaders.", "BREGOV"),
    ("Lawmakers in Fornost welcomed the deal.", "FORLEG"),
    ("MSF Arnor is about to restore ties with Gondor.", "NGOARN"),
    ("Arnor's foreign minister, in remarks published on Monday, urged Eriador to respond.", "ARNGOVFRM"),
])
def test_petrarch_agents_combine_with_countries(petr, text, code):
    a = run(text, "1995-01-01", petr)
    assert code in {a.ref(m).code for m in a.mentions}


@pytest.mark.parametrize("block,expected", [
    ("HOB < 950601", ("HOB", None, dt.date(1995, 6, 1))),
    ("HOBREB > 990816", ("HOBREB", dt.date(1999, 8, 16), None)),
    ("HOBGOV 19950601 - 19990815", ("HOBGOV", dt.date(1995, 6, 1), dt.date(1999, 8, 16))),
    ("ZBW", ("ZBW", None, None)),
])
def test_petrarch_code_blocks(block, expected):
    assert parse_code(block) == expected


def test_native_yaml(tmp_path):
    path = tmp_path / "mine.yml"
    path.write_text(
        "actors:\n"
        "  - {name: Freedonia, code: FRD, names: [Republic of Freedonia], demonyms: [Freedonian, Freedonians],"
        " capitals: [Fredville]}\n"
        "  - {name: Rufus T. Firefly, code: FRDGOV, kind: person, country: FRD, role: GOV}\n"
        "roles:\n"
        "  - {kind: sector, role: MIL, words: [blue berets]}\n", encoding="utf-8")
    a = run("Freedonian blue berets entered Fredville. Rufus T. Firefly denied it.", "2023-01-01", (str(path),))
    assert by_text(a, "Fredville").code == "FRD"
    assert by_text(a, "Freedonian blue berets").code == "FRDMIL"
    assert by_text(a, "Rufus T. Firefly").code == "FRDGOV"


def test_native_csv(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text("name,code,kind,country,role,names,from,to\n"
                    "Sylvania,SYL,state,,,Sylvanian|Sylvanians,,\n"
                    "Trentino Party,SYLOPP,group,SYL,OPP,Trentinists,2000-01-01,2010-01-01\n", encoding="utf-8")
    a = run("Sylvanian officials met the Trentino Party.", "2005-01-01", (str(path),))
    assert by_text(a, "Trentino Party").code == "SYLOPP"
    assert by_text(a, "Sylvanian").code == "SYL"


@pytest.mark.parametrize("name,body,code", [
    ("missing.yml", None, "E402"),
    ("bad.yml", "actors:\n  - {name: X}\n", "E401"),
    ("bad2.yml", "people: []\n", "E401"),
    ("bad3.yml", "actors:\n  - {name: X, code: 12}\n", "E401"),
])
def test_bad_user_files_are_rejected(tmp_path, name, body, code):
    from communique.actors import resources

    path = tmp_path / name
    if body is not None:
        path.write_text(body, encoding="utf-8")
    with pytest.raises(DictionaryError) as err:
        resources((str(path),))
    assert err.value.code == code


def test_petrarch_bad_line_is_skipped_with_a_warning(tmp_path, caplog):
    path = tmp_path / "a.txt"
    path.write_text("GOOD_LAND [GDL]\nBROKEN_ENTRY\nOTHER [OTH 99-99]\n", encoding="utf-8")
    entries, _ = load_petrarch(path)
    assert [e.code for e in entries] == ["GDL"]
    assert "W403" in caplog.text


def test_petrarch_unit_records_codes_are_found(petr):
    """A regression guard: the codes the PETRARCH unit records expect are among ours."""
    import json

    path = shared_path("eval", "petrarch", "PETR.UnitTest.records.jsonl")
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    hit = total = 0
    for r in records[::3]:
        day = dt.datetime.strptime(r["date"], "%Y%m%d").date().isoformat()
        a = run(r["text"], day, petr)
        got = {a.ref(m).code for m in a.mentions} | {x.code for x in a.actors}
        expected = {e[k] for e in r["expected_events"] for k in ("sourcecode", "targetcode") if e.get(k)}
        hit += len(expected & got)
        total += len(expected)
    assert total > 100 and hit / total >= 0.85


def test_unattached_petrarch_agent_is_coded_like_petrarch(petr):
    a = run("Arnor is about to restore ties with Gondor, an official said on Saturday.", "1995-01-01", petr)
    assert "---GOV" in {x.code for x in a.actors}


def test_unattached_builtin_role_makes_no_actor():
    a = run("Arnor is about to restore ties with Gondor, a senior official said on Saturday.")
    assert not any(x.code.startswith("---") for x in a.actors)
