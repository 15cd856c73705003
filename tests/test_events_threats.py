"""Conditional threats: an action announced under a condition, and
'threatened to …', are CAMEO threats (13x), not intents (codebook 130–139)."""

from __future__ import annotations

import pytest

from communique.errors import DictionaryError
from communique.events import code_events
from communique.events.patterns import load_lexicon, parse_extras
from communique.events.testing import article_with_actors

ACTORS = {
    "Norway|Oslo": "NOR",
    "Chile|Santiago": "CHL",
    "it": "NOR",
}


def _coded(nlp, text):
    return [(e.cameo, e.source and e.source.code, e.target and e.target.code, e.mode)
            for e in code_events(article_with_actors(nlp, text, ACTORS)).events]


@pytest.mark.parametrize("text,code,target", [
    # cooperative withdrawal as leverage: threaten to halt international involvement
    ("Norway will withdraw its troops from Chile unless Santiago pays for them.", "136", "CHL"),
    ("Norway will pull out of Chile if Santiago does not pay.", "136", "CHL"),
    # the target comes from the condition when the action names none
    ("Norway will withdraw its peacekeepers unless Chile holds elections.", "136", "CHL"),
    ("If Chile does not free the hostages, Norway will attack.", "1384", "CHL"),
    # conflictual actions: the topic's threaten column
    ("If Chile does not release the prisoners, Norway will impose sanctions on Chile.", "1312", "CHL"),
    ("If Chile does not release the prisoners, Norway will cut aid to Chile.", "1311", "CHL"),
    ("Norway will halt talks with Chile unless Santiago stops the attacks.", "134", "CHL"),
    # reported: "said it would … unless"
    ("Norway said it would attack Chile unless Santiago withdrew its troops.", "1384", "CHL"),
    ("Norway warned that it will cut off aid to Chile if Santiago does not hold elections.", "1311", "CHL"),
])
def test_events_threats_conditional(nlp, text, code, target):
    assert (code, "NOR", target, "actual") in _coded(nlp, text)


@pytest.mark.parametrize("text,code", [
    ("Norway threatened to impose sanctions on Chile.", "1312"),
    ("Norway threatened to attack Chile.", "1384"),
    ("Norway threatened to withdraw its troops from Chile.", "136"),
    ("Norway threatened to cut diplomatic ties with Chile unless Santiago apologised.", "1313"),
])
def test_events_threats_threatened_to(nlp, text, code):
    assert (code, "NOR", "CHL", "actual") in _coded(nlp, text)


@pytest.mark.parametrize("text,expected", [
    # a conditional promise stays an intent
    ("Norway will provide aid to Chile if Santiago holds elections.", ("033", "NOR", "CHL", "intent")),
    ("Norway will meet Chile unless the talks collapse.", ("036", "NOR", "CHL", "intent")),
    ("Norway will withdraw its troops from Chile.", ("0356", "NOR", "CHL", "intent")),
    # "would … if" without a report is hypothetical, not a threat
    ("Norway would attack Chile if provoked.", ("190", "NOR", "CHL", "hypothetical")),
])
def test_events_threats_not_threats(nlp, text, expected):
    coded = _coded(nlp, text)
    assert expected in coded
    assert not any(c[0].startswith("13") for c in coded)


def test_events_threats_table():
    lex = load_lexicon()
    assert lex.threat_code("deescalate") == "136"
    assert lex.threat_code("sanction") == "1312"
    assert lex.threat_code("aid") is None  # giving aid is no threat


@pytest.mark.parametrize("data,needle", [
    ({"conditional_threats": {"deescalate": "087"}}, "deescalate"),
    ({"conditional_threats": {"no_topic": "136"}}, "no_topic"),
    ({"conditional_threats": ["deescalate"]}, "conditional_threats"),
])
def test_events_threats_table_is_validated(data, needle):
    lex = load_lexicon()
    with pytest.raises(DictionaryError) as err:
        parse_extras(data, lex.topics, lex.defaults, lex.codes, "frames.yaml")
    assert err.value.code == "E601" and needle in str(err.value)
