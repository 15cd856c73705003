"""Office holders named by their title alone (actors/unnamed.py)."""

from __future__ import annotations

import pytest

from actors_helpers import code_at as _code_at
from actors_helpers import run


def test_the_title_takes_the_one_country_in_play():
    a = run("Kenya's government said on Monday it would reopen the border. The president welcomed the plan.")
    assert (_code_at(a, "The president") or "")[:3] == "KEN"


def test_the_title_is_the_person_named_earlier_with_it():
    a = run("Prime Minister Rishi Sunak spoke to the President of Ukraine this morning. "
            "The Prime Minister praised the bravery of the Ukrainian armed forces.", day="2022-11-11")
    code = _code_at(a, "The Prime Minister")
    assert code is not None and code.startswith("GBR")


@pytest.mark.parametrize("text", [
    "Kenya and Somalia signed a deal. The president welcomed it.",   # two countries: whose president?
    "Kenya signed a deal. The spokesman welcomed it.",                # no office: whose spokesman?
    "Kenya signed a deal. The ministers welcomed it.",               # a plural is no one office holder
])
def test_no_guess_when_the_country_is_not_clear(text):
    a = run(text)
    for phrase in ("The president", "The spokesman", "The ministers"):
        if phrase in text:
            assert _code_at(a, phrase) is None


UK_RELEASE = "Foreign, Commonwealth & Development Office (GOV.UK)"


@pytest.mark.parametrize("text", [
    "UK statement at the UN Security Council\n\nThank you, President. The situation in Yemen is grave.",
    "UK statement at the UN Security Council\n\nMadam President, the situation in Yemen is grave.",
])
def test_a_title_spoken_to_is_not_the_publishers_official(text):
    a = run(text, "2024-06-13", source=UK_RELEASE)
    assert not [m for m in a.mentions if m.text == "President"]


def test_a_list_of_officials_is_not_a_title_with_a_name():
    text = ("UK statement at the UN Security Council\n\n"
            "I thank the Secretary-General, Executive Director Russell and Mr Roosevelt for briefing us today.")
    a = run(text, "2024-06-13", source=UK_RELEASE)
    assert _code_at(a, "the Secretary-General") == "IGOUNO"
    assert not [m for m in a.mentions if m.text.startswith("Secretary-General,")]


PM_RELEASE = "Prime Minister's Office, 10 Downing Street (GOV.UK)"


def test_the_president_in_a_monarchys_release_is_the_president_named_before():
    text = ("PM call with President Obama\n\nThe Prime Minister spoke to President Obama yesterday. "
            "The President reiterated his strong support for the Syrian opposition.")
    a = run(text, "2015-06-13", source=PM_RELEASE)
    assert _code_at(a, "The President") == "USAGOV"


def test_a_title_opening_a_clause_it_addresses_is_no_actor():
    text = "UK statement at the UN Security Council\n\nPresident, we remain concerned by the violence in Haiti."
    a = run(text, "2024-06-13", source=UK_RELEASE)
    assert not [m for m in a.mentions if m.text == "President"]


@pytest.mark.parametrize("text,phrase,code", [
    ("Nigeria held elections on Saturday. The army attacked the rebels near Maiduguri.", "The army", "NGAMIL"),
    ("Nigeria held elections on Saturday. The army attacked the rebels near Maiduguri.", "the rebels", "NGAREB"),
    ("Peru's president dissolved the cabinet. The Senate rejected the decree on Monday.", "The Senate", "PERLEG"),
    ("Protests spread in Kenya. The police arrested ten protesters in Nairobi.", "The police", "KENCOP"),
])
def test_a_state_body_named_bare_is_the_one_countrys_in_its_role(text, phrase, code):
    assert _code_at(run(text), phrase) == code


@pytest.mark.parametrize("text", [
    "Kenya and Somalia signed a deal. The army welcomed it.",     # two countries: whose army?
    "The army attacked the rebels.",                              # no country at all
])
def test_a_bare_state_body_stays_unknown_without_one_country(text):
    assert _code_at(run(text), "The army") is None

