"""Small gaps: denying entry (172, not 016), force against protesters
(repression 175), purpose infinitives after verbs of means, protest
targets through possessors, and the protest sub-codes for event nouns."""

from __future__ import annotations

import pytest

from communique.events import code_events
from communique.events.testing import article_with_actors

ACTORS = {
    "Norway|Oslo": "NOR",
    "Chile|Santiago": "CHL",
    "Chilean diplomats": "CHLGOV",
    "Norwegian journalists": "NORMED",
    "Chilean protesters": "CHLOPP",
    "Chilean students": "CHLEDU",
    "Police": "CHLCOP",
    "the government": "CHLGOV",
}


def _coded(nlp, text):
    return [(e.cameo, e.source and e.source.code, e.target and e.target.code, e.mode)
            for e in code_events(article_with_actors(nlp, text, ACTORS)).events]


@pytest.mark.parametrize("text,source,target", [
    ("Norway denied entry to Chilean diplomats.", "NOR", "CHLGOV"),
    ("Norway denied Chilean diplomats entry.", "NOR", "CHLGOV"),
    ("Norway denied visas to Chilean diplomats.", "NOR", "CHLGOV"),
    ("Chile refused entry to Norwegian journalists.", "CHL", "NORMED"),
    ("Chile barred Norwegian journalists from entering the country.", "CHL", "NORMED"),
])
def test_events_domestic_deny_entry_is_an_administrative_sanction(nlp, text, source, target):
    coded = _coded(nlp, text)
    assert ("172", source, target, "actual") in coded
    assert not any(c[0] in ("016", "120") for c in coded)


def test_events_domestic_denying_a_charge_stays_016(nlp):
    assert ("016", "NOR", "CHL", "actual") in _coded(nlp, "Norway denied Chile's accusations.")


@pytest.mark.parametrize("text", [
    "Police opened fire to disperse Chilean protesters.",
    "Police opened fire on Chilean protesters.",
    "Police fired tear gas at Chilean protesters.",
    "Police fired rubber bullets at Chilean protesters.",
    "Police used tear gas to disperse Chilean protesters.",
])
def test_events_domestic_force_against_protesters_is_repression(nlp, text):
    coded = _coded(nlp, text)
    assert ("175", "CHLCOP", "CHLOPP", "actual") in coded
    assert not any(c[0].startswith("19") for c in coded)


@pytest.mark.parametrize("text,expected", [
    ("Norway threatened to attack Chilean protesters.", ("137", "NOR", "CHLOPP", "actual")),
    ("Norway opened fire on Chile.", ("193", "NOR", "CHL", "actual")),  # not protesters: fighting
    ("Norway sent troops to attack Chile.", ("190", "NOR", "CHL", "hypothetical")),  # purpose, not means
])
def test_events_domestic_repression_only_against_dissent(nlp, text, expected):
    assert expected in _coded(nlp, text)


@pytest.mark.parametrize("text,code,source,target", [
    ("Chilean protesters protested against the government's decision.", "1412", "CHLOPP", "CHLGOV"),
    ("Chilean students staged a protest against the government's decision.", "1412", "CHLEDU", "CHLGOV"),
    ("Chilean students held a rally against the new tax imposed by the government.", "1412", "CHLEDU", "CHLGOV"),
    ("Chilean students took to the streets to protest the government's decision.", "1412", "CHLEDU", "CHLGOV"),
    ("Chilean students gathered to protest against the government.", "140", "CHLEDU", "CHLGOV"),
    ("Chilean protesters staged a demonstration demanding the resignation of the government.", "1411", "CHLOPP", "CHLGOV"),
    ("Chilean students protested outside parliament against the government's plan.", "1412", "CHLEDU", "CHLGOV"),
])
def test_events_domestic_protest_targets(nlp, text, code, source, target):
    assert (code, source, target, "actual") in _coded(nlp, text)
