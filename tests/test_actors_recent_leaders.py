"""The generated list of heads of state and government since 2000
(actors/data/leaders_recent.tsv, built by scripts/build_recent_leaders.py from Wikidata
and REIGN): the build's rules, loading beside the older list, and coding in an article."""

from __future__ import annotations

import datetime as dt

import pytest

from communique.actors.dictionaries import DATA, builtin, load_leaders
from conftest import script_module

WIKIDATA = """\
countryid,country,position,positionLabel,officeholder,officeholderLabel,start_year,end_year
Q1,Venezuela,Q2,President of Venezuela,Q3,Ana Ejemplo,2013,
Q1,Venezuela,Q2,President of Venezuela,Q4,Ana Ejemplo Vandal,2013,
Q5,Kenya,Q6,President of Kenya,Q7,Ben Sample,2013,2022
Q5,Kenya,Q6,President of Kenya,Q8,Q8,2022,
Q9,Republic of Abkhazia,Q10,President of Abkhazia,Q11,Carl Nobody,2020,
Q12,France,Q13,Monarch of France,Q14,Louis,2020,
"""
WIKIDATA_LATER = WIKIDATA.replace("Ana Ejemplo Vandal", "Ana Ejemplo")
REIGN = """\
stateabb,ccode,leadid,leader,sdate,smonth,syear,emonth,eyear,birthyear,gender,militarycareer,l_month,l_year,,,codedby,notes
KEN,501,x1,Dan Older,30,12,2002,4,2013,1931,1,0,,,,,,
KEN,501,x2,Kibaki,30,12,2002,4,2013,1931,1,0,,,,,,
KEN,501,x3,Eve Before,1,1,1990,6,1995,1931,1,0,,,,,,
UKG,200,x4,Dan Older,1,1,2005,1,2006,1931,1,0,,,,,,
GUI,438,x5,Fay Open,21,12,2010,,,1938,1,0,,,,,,
USA,2,x6,Joe Later,20,1,2021,,,1942,1,0,,,,,,
"""


def _build(tmp_path):
    build = script_module("build_recent_leaders").build
    paths = []
    for i, text in enumerate((WIKIDATA, WIKIDATA_LATER, WIKIDATA_LATER)):
        p = tmp_path / f"wikidata{i}.csv"
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    reign = tmp_path / "leaderlist.csv"
    reign.write_text(REIGN, encoding="utf-8")
    return build(paths, reign)


def test_the_build_keeps_full_names_of_known_states_with_their_terms(tmp_path):
    rows, stats = _build(tmp_path)
    by_name = {r[0]: r for r in rows}
    # no vandal label seen once, no Wikidata id, no unknown state, no lone name, nothing before 2000,
    # and no name two states' lists give
    assert set(by_name) == {"Ana Ejemplo", "Ben Sample", "Fay Open", "Joe Later"}
    assert by_name["Ana Ejemplo"][2:] == ["VENGOV 2013-01-01..", "VENELI"]        # still open
    assert by_name["Ben Sample"][2] == "KENGOV 2013-01-01..2023-01-01"
    assert by_name["Fay Open"][2] == "GINGOV 2010-12-21..2021-01-01"   # open in REIGN: ends at its newest start
    assert stats["two states"] == 1 and stats["wikidata skipped"]["one version"] == 1


def test_the_shipped_list_loads_and_yields_to_hand_written_names():
    recent = load_leaders(DATA / "leaders_recent.tsv")
    assert len({e.key for e in recent}) > 500
    dicts = builtin()
    hand = {e.text.lower() for e in dicts.entries if not e.folded} | {h.name.lower() for h in dicts.holders}
    shipped = [e for e in dicts.entries if e.folded]
    assert not any(e.text.lower() in hand for e in shipped)
    # a name of both lists is one entry, the recent list's
    assert len([e for e in shipped if e.text == "Ashraf Ghani"]) == 1


def test_a_recent_leader_keeps_the_older_lists_earlier_terms():
    ghani = next(e for e in builtin().entries if e.text == "Ashraf Ghani")
    assert ghani.code_at(dt.date(2019, 6, 1)) == "AFGGOV"      # president, from the recent list
    assert ghani.code_at(dt.date(2003, 6, 1)).startswith("AFGGOV")  # minister, from leaders.tsv


@pytest.mark.model
def test_a_recent_head_of_state_is_coded_where_the_article_names_the_state():
    from communique.run import extract

    art = extract("Nicolás Maduro accused Colombia of plotting a coup. Venezuela closed the border.",
                  published="2019-02-23", settings={"learned_events": False})
    assert {a.name: a.code for a in art.actors}.get("Nicolás Maduro") == "VENGOV"


@pytest.mark.model
@pytest.mark.parametrize("text,day,code,name", [
    ("The ambassador met President Duda in Warsaw to discuss security in Poland.", "2021-12-20", "POLGOV",
     "Andrzej Duda"),
    ("The Minister welcomed President Bashir's announcement of a ceasefire in Sudan.", "2011-08-26", "SDNGOV",
     "Omar Hassan Ahmad al Bashir"),
    ("The envoy spoke with Prime Minister Abiy about the crisis in Ethiopia.", "2020-11-16", "ETHGOV", "Abiy Ahmed"),
])
def test_a_leader_named_by_title_and_one_name_is_found_in_the_lists(text, day, code, name):
    from actors_helpers import code_at, run

    a = run(text, day=day)
    mention = next(m for m in a.mentions if m.text.split()[-1] in name.split() and len(m.text.split()) > 1)
    assert code_at(a, mention.text) == code and a.actor(mention.actor_id).name == name


@pytest.mark.model
def test_a_one_name_leader_stays_unresolved_where_the_country_is_not_named():
    from actors_helpers import run

    a = run("The ambassador met President Duda to discuss security.", day="2021-12-20")
    assert not [x for x in a.actors if x.name == "Andrzej Duda"]
