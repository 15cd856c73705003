"""Datelines: a sentence starts after one, and "here" under one is its country
(found on the real-news dev set: Defense Department stories open "SEOUL, South
Korea, Sept. 29, 2013 – Defense Secretary Chuck Hagel arrived here today")."""

from __future__ import annotations

import pytest

from communique.language.dateline import dateline_at

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,city", [
    ("SEOUL, South Korea, Sept. 29, 2013 – Defense Secretary Hagel arrived.", "SEOUL"),
    ("MOSCOW (Dispatches) -- The ministers met.", "MOSCOW"),
    ("Ankara, May 10 (Reuters) - Turkey said.", "Ankara"),
])
def test_a_dateline_is_found_with_capitals_a_date_or_an_agency(text, city):
    found = dateline_at(text)
    assert found is not None and found.group("city").strip() == city


@pytest.mark.parametrize("text", [
    "Foreign Secretary William Hague said: the talks failed.",
    "Turkey - a NATO member - objected.",
])
def test_a_sentence_opening_is_no_dateline(text):
    assert dateline_at(text) is None


def _article(text, published="2013-09-29", source="US Department of Defense"):
    from communique.run import extract

    return extract(text, published=published, source=source, settings={"learned_events": False})


def test_the_sentence_after_a_dateline_keeps_its_subject():
    art = _article("Hagel in Seoul\n\nSEOUL, South Korea, Sept. 29, 2013 – Defense Secretary Chuck Hagel "
                   "arrived here today on a weeklong trip.")
    sents = [s.text for s in art.sentences()]
    assert any(s.startswith("Defense Secretary Chuck Hagel arrived") for s in sents), sents


def test_arriving_here_under_a_dateline_is_a_visit_to_its_country():
    art = _article("Hagel in Seoul\n\nSEOUL, South Korea, Sept. 29, 2013 – Defense Secretary Chuck Hagel "
                   "arrived here today on a weeklong trip.")
    got = [(e.cameo, e.source.code[:3], e.target and e.target.code[:3]) for e in art.events]
    assert ("042", "USA", "KOR") in got, got


def test_here_without_a_dateline_names_no_one():
    art = _article("Hagel in Seoul\n\nDefense Secretary Chuck Hagel arrived here today on a weeklong trip, "
                   "after talks with South Korea.")
    assert not any(e.cameo == "042" for e in art.events), [(e.cameo, e.target and e.target.code) for e in art.events]


def test_an_official_met_in_a_capital_is_of_its_country():
    art = _article("Boris Johnson met Prime Minister Sheikh Hasina in Dhaka to discuss the summit.",
                   published="2018-02-10", source="UK Foreign and Commonwealth Office")
    hasina = next(a for a in art.actors if "Hasina" in a.name)
    assert hasina.code == "BGDGOV", hasina


def test_a_foreign_president_in_a_release_is_of_the_country_in_play():
    art = _article("Moldova held elections in May. Today, we are honoured to welcome President Maia Sandu "
                   "to the United Kingdom.", published="2025-07-24",
                   source="UK Foreign, Commonwealth & Development Office")
    sandu = next(a for a in art.actors if "Sandu" in a.name)
    assert sandu.code == "MDAGOV", sandu


def test_a_deputy_in_a_release_stays_the_publishers():
    art = _article("Deputy Foreign Secretary Andrew Mitchell visited Chad.", published="2023-11-01",
                   source="UK Foreign, Commonwealth & Development Office")
    mitchell = next(a for a in art.actors if "Mitchell" in a.name)
    assert mitchell.code.startswith("GBR"), mitchell
