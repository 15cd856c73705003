"""The publisher's own voice (actors/publisher.py) and its office holders (actors/unnamed.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from actors_helpers import actors_pipeline
from actors_helpers import code_at as _code
from communique.article import Article


def _run(text: str, source: str | None):
    return actors_pipeline(())(Article(text=text, published=dt.date(2024, 4, 15), source=source))


@pytest.mark.parametrize("source,code", [
    ("UK Foreign, Commonwealth & Development Office", "GBRGOV"),
    ("U.S. Department of State", "USAGOV"),
])
def test_we_outside_quotes_is_the_publishing_government(source, code):
    a = _run('We call on Iran to release the ship. "We will respond," an Iranian official said.', source)
    assert _code(a, "We") == code
    assert _code(a, "We", 2) != code  # inside a quote: the speaker's


@pytest.mark.parametrize("source,code", [
    ("UK Foreign, Commonwealth & Development Office", "GBRGOV"),
    ("U.S. Department of State", "USAGOV"),
])
def test_i_outside_quotes_is_the_publishing_governments_speaker(source, code):
    a = _run('I condemn the attack on the embassy in Kabul. "I will respond," an Afghan official said. '
             "The museum covers World War I.", source)
    assert _code(a, "I") == code
    assert _code(a, "I", 2) != code  # inside a quote: the speaker's
    assert _code(a, "I", 3) is None  # a numeral, not a pronoun


@pytest.mark.parametrize("source,code", [
    ("U.S. Embassy Bamako", "USAGOV"),  # the host city after "Embassy" is not the publisher
    ("UK Foreign, Commonwealth & Development Office / British Embassy Tashkent", "GBRGOV"),
    ("U.S. Mission to Somalia", "USAGOV"),
    ("UK Foreign Office (press release; The Nigerian Voice copy)", "GBRGOV"),  # where it was copied
    ("Embassy of Japan in Kenya", "JPNGOV"),
])
def test_we_is_the_sending_state_of_an_embassy_or_a_copied_release(source, code):
    a = _run("We call on all parties to respect the ceasefire.", source)
    assert _code(a, "We") == code


@pytest.mark.parametrize("source", [None, "Wikipedia", "Dispatches"])
def test_we_is_left_alone_when_the_publisher_names_no_state(source):
    a = _run("We call on Iran to release the ship.", source)
    assert _code(a, "We") is None


def test_the_title_in_a_release_is_the_publishers_office_holder():
    a = _run("The Prime Minister met India's Prime Minister Narendra Modi in New Delhi. "
             "The Prime Minister congratulated Prime Minister Modi.", "Prime Minister's Office, UK government")
    assert (_code(a, "The Prime Minister") or "").startswith("GBR")
    assert (_code(a, "The Prime Minister", 2) or "").startswith("GBR")


def test_actors_an_unplaced_official_in_a_release_is_the_publisher_s():
    from communique import extract

    text = ("Minister for the Middle East, Dr Andrew Murrison, visits Iran\n\n"
            "The Minister of State, Dr Andrew Murrison, said:\n\nThis visit was an important opportunity.")
    art = extract(text, published="2019-06-24", source="UK Foreign and Commonwealth Office")
    assert [(x.name, x.code) for x in art.actors if x.kind == "person"] == [("Andrew Murrison", "GBRGOV")]
    wire = extract(text, published="2019-06-24", source="Reuters")  # no publishing government: left unplaced
    assert all(x.code != "GBRGOV" for x in wire.actors if x.kind == "person")


def test_the_publisher_is_found_with_a_petrarch_dictionary_loaded(tmp_path):
    # PETRARCH entries carry their country only in their code ("[USAGOV]")
    user = tmp_path / "user.actors.txt"
    user.write_text("US_DEPARTMENT_OF_STATE_\n\t[USAGOV]\n", encoding="utf-8")
    article = Article(text="We call on Iran to release the ship.", published=dt.date(2024, 4, 15),
                      source="US Department of State")
    a = actors_pipeline((str(user),))(article)
    assert _code(a, "We") == "USAGOV"


def test_an_unplaced_minister_beside_the_publishers_own_is_the_counterpart():
    a = _run("The Defence Secretary visited Minister Reznikov on his two-day visit to Ukraine.",
             "UK Ministry of Defence")
    assert (_code(a, "Minister Reznikov") or "").startswith("UKR")
    alone = _run("Minister Reznikov announced new funding for Ukraine.", "UK Ministry of Defence")
    assert (_code(alone, "Minister Reznikov") or "").startswith("GBR")  # no official of ours beside him


def test_a_place_named_first_is_no_nationality_in_a_release():
    text = "Following the summit in Vilnius in July, Minister Jane Doe will visit the Baltic states."
    def code(source):
        return next((a.code for a in _run(text, source).actors if a.name == "Jane Doe"), None)

    assert code("Foreign, Commonwealth & Development Office") == "GBRGOV"
    assert code("Reuters") == "LTUGOV"   # no publishing government: the sentence's state places her
