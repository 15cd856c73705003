"""The generated list of political people (actors/data/leaders.tsv, built by
scripts/build_leaders.py from the Phoenix country dictionary): loading and
validation, the build policy, and how a listed person is coded in an article."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from communique.actors.dictionaries import LEADER_COLUMNS, builtin, load_leaders
from communique.errors import DictionaryError
from conftest import script_module, shared_path

HEADER = "\t".join(LEADER_COLUMNS) + "\n"


def _write(tmp_path, body, header=HEADER):
    path = tmp_path / "leaders.tsv"
    path.write_text("# a comment\n" + header + body, encoding="utf-8")
    return path


def test_a_row_gives_every_name_form_with_dated_codes(tmp_path):
    path = _write(tmp_path, "Ann Example\tA. Example|Ann B. Example\tFRAGOV 2001-01-01..2005-01-01;"
                            "FRAELI ..2001-01-01\tFRAELI\n")
    entries = load_leaders(path, states={"FRA": "France"})
    assert {e.text for e in entries} == {"Ann Example", "A. Example", "Ann B. Example"}
    entry = entries[0]
    assert entry.kind == "person" and entry.country == "FRA" and entry.folded
    assert entry.code_at(dt.date(2003, 6, 1)) == "FRAGOV"
    assert entry.code_at(dt.date(1999, 6, 1)) == "FRAELI"
    assert entry.code_at(dt.date(2010, 6, 1)) == "FRAELI"   # after the last term: the row's own code


@pytest.mark.parametrize("body,header,problem", [
    ("Ann Example\t\tFRAGOV 2001-01-01..\tFRAELI\n", "name\tcode\n", "header"),
    ("Ann Example\t\tFRAELI\n", HEADER, "columns"),
    ("Ann Example\t\tFRAGOV 2001-01-01\tFRAELI\n", HEADER, "FROM..TO"),
    ("Ann Example\t\tFRAGOV 2001-13-01..\tFRAELI\n", HEADER, "not a date"),
    ("Ann Example\t\tDEUGOV 2001-01-01..\tFRAELI\n", HEADER, "every code must be of FRA"),
    ("Ann Example\t\t\tXYZELI\n", HEADER, "unknown country"),
    ("Ann Example\t\t\tfraeli\n", HEADER, "fraeli"),
])
def test_bad_rows_are_refused(tmp_path, body, header, problem):
    with pytest.raises(DictionaryError, match=problem):
        load_leaders(_write(tmp_path, body, header), states={"FRA": "France", "DEU": "Germany"})


def test_the_shipped_list_loads_and_yields_to_hand_written_names():
    dicts = builtin()
    people = [e for e in dicts.entries if e.folded]
    assert len({e.key for e in people}) > 10000
    hand = {e.text.lower() for e in dicts.entries if not e.folded} | {h.name.lower() for h in dicts.holders}
    assert not any(e.text.lower() in hand for e in people)


def _build():
    script = script_module("build_leaders")
    return script.build, yaml.safe_load(script.POLICY.read_text(encoding="utf-8"))


PHOENIX = """\
# header comment
FRANCE_  [FRA]
+PARIS_

ANN_EXAMPLE_  # CountryInfo.txt
+A._EXAMPLE_
+EXAMPLE_
+PRESIDENT_EXAMPLE_
\t[FRAELI 700101-990101]
\t[FRAGOV >990101]
BOB_TWICE_  # CountryInfo.txt
\t[FRAGOV 990101-020101]
BOB_TWICE_  # CountryInfo.txt
\t[DEUGOV 990101-020101]
CARL_NOBODY_  # CountryInfo.txt
\t[XYZGOV 990101-020101]
DORA_MARIA_SAMPLE_  # CountryInfo.txt
\t[FRAGOV 990101-020101]
"""


def test_the_build_keeps_people_with_full_names_and_closes_open_terms(tmp_path):
    build, policy = _build()
    source = tmp_path / "Phoenix.Countries.actors.txt"
    source.write_text(PHOENIX, encoding="utf-8")
    rows, stats = build(source, policy)
    assert [r[0] for r in rows] == ["Ann Example", "Dora Maria Sample"]  # no country, city or two-country name
    assert rows[1][1] == "Dora Sample"                      # a short form of a three-word name
    name, others, dated, code = rows[0]
    assert others == "A. Example"                           # no lone surname, no title phrase
    assert dated == f"FRAELI 1970-01-01..1999-01-02;FRAGOV 1999-01-01..{policy['vintage']}"
    assert code == "FRAELI"
    assert stats["two countries"] == 1 and stats["no country"] == 1


def test_the_shipped_list_regenerates_from_phoenix(tmp_path):
    build, policy = _build()
    rows, _ = build(shared_path("eval", "petrarch", "Phoenix.Countries.actors.txt"), policy)
    shipped = load_leaders()
    assert len(rows) == len({e.key for e in shipped})


def _article(text, published="2005-06-01", source=None):
    from communique.run import extract

    return extract(text, published=published, source=source, settings={"learned_events": False})


def _codes(art):
    return {a.name: a.code for a in art.actors}


@pytest.mark.model
def test_a_listed_person_takes_their_country_when_the_text_names_it():
    art = _article("Hamid Karzai met Pervez Musharraf. The talks in Afghanistan and Pakistan went well.")
    codes = _codes(art)
    assert codes.get("Hamid Karzai") == "AFGGOV"
    assert codes.get("Pervez Musharraf", "").startswith("PAK")


@pytest.mark.model
def test_the_publishers_country_counts_as_named():
    art = _article("Chris Huhne met the delegation.", published="2012-06-01",
                   source="UK Department of Energy and Climate Change")
    assert (_codes(art).get("Chris Huhne") or "").startswith("GBR")
    assert not _codes(_article("Chris Huhne met the delegation.", published="2012-06-01")).get("Chris Huhne")


@pytest.mark.model
def test_a_listed_name_alone_is_not_enough():
    # nothing else in the text names Afghanistan: a namesake is as likely as the president
    art = _article("Hamid Karzai met the delegation in London.")
    assert "AFGGOV" not in _codes(art).values()


@pytest.mark.model
def test_a_listed_name_matches_with_its_accents():
    art = _article("President José Eduardo dos Santos of Angola received the envoy.", published="2008-03-01")
    assert any(code.startswith("AGO") for code in _codes(art).values())


@pytest.mark.model
def test_a_title_gives_the_role_after_the_lists_last_term():
    # the list closes open terms at its date (2014): later, a title still says the office
    art = _article("President Juan Manuel Santos of Colombia received the delegation in Bogota.",
                   published="2016-08-01")
    assert _codes(art).get("Juan Manuel Santos") == "COLGOV"
    former = _article("Former President Juan Manuel Santos of Colombia received the delegation.",
                      published="2016-08-01")
    assert _codes(former).get("Juan Manuel Santos") == "COLELI"
