"""Built-in dictionaries: each class loads, holds what news needs, and rejects bad entries."""

from __future__ import annotations

import datetime as dt

import pytest

from communique.actors import dictionaries as d
from communique.errors import DictionaryError


@pytest.fixture(scope="module")
def base():
    return d.builtin()


def _entries(base, text):
    return [e for e in base.entries if e.text == text]


@pytest.mark.parametrize("text,code,kind", [
    ("Türkiye", "TUR", "name"), ("Turkey", "TUR", "name"), ("Turks", "TUR", "demonym"),
    ("Britain", "GBR", "name"), ("UK", "GBR", "name"), ("Ivory Coast", "CIV", "name"),
    ("Côte d'Ivoire", "CIV", "name"), ("North Korea", "PRK", "name"), ("South Korean", "KOR", "demonym"),
    ("DR Congo", "COD", "name"), ("U.S.", "USA", "name"), ("America", "USA", "name"),
    ("Saudi", "SAU", "demonym"), ("Emiratis", "ARE", "demonym"), ("Syrians", "SYR", "demonym"),
    ("Ankara", "TUR", "capital"), ("Washington", "USA", "capital"), ("Kremlin", "RUS", "seat"),
    ("White House", "USA", "seat"), ("Palestine", "PSE", "name"), ("Kosovo", "XKX", "name"),
    ("Taiwan", "TWN", "name"), ("Western Sahara", "ESH", "name"), ("Holy See", "VAT", "name"),
])
def test_state_names(base, text, code, kind):
    hits = [e for e in _entries(base, text) if e.kind == "state"]
    assert hits and hits[0].code == code and hits[0].mention_kind == kind


def test_every_un_member_count(base):
    assert len(base.states) >= 197


def test_seat_carries_a_role(base):
    kremlin = _entries(base, "Kremlin")[0]
    assert kremlin.mention_role == "GOV"


@pytest.mark.parametrize("text,code", [
    ("NATO", "IGOWSTNAT"), ("EU", "IGOEEC"), ("United Nations", "IGOUNO"), ("IAEA", "IGOUNOIAE"),
    ("Arab League", "IGOARL"), ("ECOWAS", "IGOWAS"), ("World Bank", "IGOUNOWBK"), ("ICC", "IGOICC"),
])
def test_igo_codes(base, text, code):
    assert _entries(base, text)[0].code == code


@pytest.mark.parametrize("text,day,code", [
    ("Hezbollah", "2023-01-01", "LBNREB"), ("Boko Haram", "2023-01-01", "NGAREB"),
    ("Daesh", "2016-01-01", "IMGMOSISI"), ("Taliban", "2020-01-01", "AFGREB"),
    ("Taliban", "2022-01-01", "AFGGOV"), ("HTS", "2025-03-01", "SYRGOV"), ("Houthis", "2023-01-01", "YEMREB"),
])
def test_groups_are_date_aware(base, text, day, code):
    assert _entries(base, text)[0].code_at(dt.date.fromisoformat(day)) == code


@pytest.mark.parametrize("word,role", [
    ("foreign minister", "GOV"), ("defense minister", "MIL"), ("troops", "MIL"), ("state media", "MED"),
    ("opposition", "OPP"), ("militants", "REB"), ("police", "COP"), ("parliament", "LEG"), ("refugees", "REF"),
])
def test_role_words(base, word, role):
    assert [r.role for r in base.roles if r.text == word][0] == role


def test_office_holders_have_terms(base):
    lavrov = [h for h in base.holders if h.name == "Sergei Lavrov"][0]
    assert lavrov.covers(dt.date(2023, 5, 11)) and not lavrov.covers(dt.date(2003, 1, 1))


@pytest.mark.parametrize("loader,body,needle", [
    (d.load_states, "- {code: tur, name: Turkey}\n", "code 'tur'"),
    (d.load_states, "- {code: TUR, name: Turkey}\n- {code: TUR, name: Turkiye}\n", "listed twice"),
    (d.load_states, "- {code: TUR, name: Turkey, names: Turkiye}\n", "list of non-empty strings"),
    (d.load_igos, "- {name: NATO}\n", "needs 'code'"),
    (d.load_groups, "- {name: X, country: XXX, role: REB}\n", "unknown country"),
    (d.load_roles, "- {kind: title, role: GOV, words: [President]}\n", "lower case"),
    (d.load_offices, "offices: {hos: GOV}\nholders:\n- {name: A B, country: USA, office: hos, from: 2001-01-01, to: 2000-01-01}\n",
     "before"),
    (d.load_offices, "offices: {hos: GOV}\nholders:\n- {name: A B, country: USA, office: pm, from: 2001-01-01}\n",
     "unknown office"),
])
def test_validators_reject_bad_entries(tmp_path, loader, body, needle):
    path = tmp_path / "bad.yml"
    path.write_text(body, encoding="utf-8")
    kwargs = {"states": {"USA": "United States"}} if loader in (d.load_groups, d.load_offices) else {}
    with pytest.raises(DictionaryError) as err:
        loader(path, **kwargs)
    assert err.value.code == "E401" and needle in str(err.value)


def test_actors_name_words_load_and_refuse_bad_files(tmp_path):
    from communique.actors.dictionaries import name_words
    from communique.errors import DictionaryError

    honorifics, not_names = name_words()
    assert "Sheikh" in honorifics and "Monday" in not_names
    bad = tmp_path / "name_words.yml"
    bad.write_text("honorifics: []\nnot_names: [The]\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="E401"):
        name_words.__wrapped__(bad)
