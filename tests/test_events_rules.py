"""Coder rules: precision (background, disasters, uncertainty, questions,
duplicates, single actors), modes, multilateral events, reported speech and
speakers, on hand-built articles."""

from __future__ import annotations

import pytest

from communique.events import code_events
from communique.events.testing import article_with_actors

ACTORS = {
    "Norway|Oslo": "NOR",
    "Chile|Santiago": "CHL",
    "Kenya|Nairobi": "KEN",
    "Peru|Lima": "PER",
    "Kenyan refugees": "KENREF",
    "The Kenyan minister": "KENGOV",
    "Norwegian troops": "NORMIL",
    "Minister Ana Ruiz": "CHLGOV",
    "he": "CHLGOV",
}


def _events(nlp, text, quotes=None):
    return code_events(article_with_actors(nlp, text, ACTORS, quotes=quotes)).events


@pytest.mark.parametrize("text", [
    "It was not immediately clear if the meeting between Norway and Chile produced an agreement.",
    "It remains unclear whether Norway will sign the agreement with Chile.",
    "Did Norway attack Chile?",
    "A powerful earthquake killed dozens of people in Peru and Chile.",
    "The ten-year war between Peru and Chile devastated the region.",
    "Norway has hosted thousands of Kenyan refugees.",
    "The agreement between Norway and Chile is popular.",
    "Norway held talks.",
])
def test_events_rules_no_event(nlp, text):
    assert [(e.cameo, e.trigger_text) for e in _events(nlp, text)] == []


@pytest.mark.parametrize("text,code,mode", [
    ("Norway would attack Chile if provoked.", "190", "hypothetical"),
    ("Norway could impose sanctions on Chile.", "163", "hypothetical"),
    ("Norway refused to meet Chile.", "125", "actual"),
    ("Norway has not attacked Chile.", "190", "negated"),
    ("Norway will continue to attack Chile.", "190", "actual"),
    ("Norway plans to meet Chile next week.", "036", "intent"),
    ("Norway is willing to release prisoners held by Chile.", "0353", "intent"),
    ("No agreement was reached between Norway and Chile.", "057", "negated"),
    # a polite performative thanks now; a wish to attack is no attack
    ("Norway would like to thank Chile for its support.", "051", "actual"),
    ("Norway would like to attack Chile.", "190", "hypothetical"),
])
def test_events_rules_modes(nlp, text, code, mode):
    got = [(e.cameo, e.mode) for e in _events(nlp, text)]
    assert (code, mode) in got, got


def test_events_rules_one_record_for_a_multilateral_meeting(nlp):
    events = _events(nlp, "The foreign ministers of Norway, Chile, Peru and Kenya met in Lima on Monday.")
    assert len(events) == 1
    e = events[0]
    assert e.cameo == "040"
    assert [p.code for p in e.participants] == ["NOR", "CHL", "PER", "KEN"]
    assert (e.source.code, e.target.code) == ("NOR", "CHL")


def test_events_rules_host_is_the_source(nlp):
    events = _events(nlp, "Nairobi hosted the defense ministers of Norway, Chile and Peru for talks.")
    assert len(events) == 1
    e = events[0]
    assert e.cameo == "043" and e.source.code == "KEN"
    assert {p.code for p in e.participants} == {"KEN", "NOR", "CHL", "PER"}


def test_events_rules_place_is_not_a_participant(nlp):
    events = _events(nlp, "Norway and Chile met in Nairobi.")
    assert len(events) == 1
    assert {p.code for p in events[0].participants} == {"NOR", "CHL"}


def test_events_rules_meeting_in_a_third_country_keeps_its_parties(nlp):
    e = _events(nlp, "Norway met Chile in Lima.")[0]
    assert (e.source.code, e.target.code) == ("NOR", "CHL")


def test_events_rules_reported_speech_codes_the_embedded_subject(nlp):
    events = _events(nlp, "The Kenyan minister said Peru demands the withdrawal of Norwegian troops.")
    assert [(e.cameo, e.source.code, e.target.code) for e in events] == [("1056", "PER", "NORMIL")]


def test_events_rules_coordinated_subjects(nlp):
    e = _events(nlp, "Norway and Chile signed a trade agreement.")[0]
    assert e.cameo == "057"
    assert (e.source.code, e.target.code) == ("NOR", "CHL")


def test_events_rules_duplicate_in_one_sentence_is_one_event(nlp):
    events = _events(nlp, "Norway condemned Chile, and Norway condemned Chile again.")
    assert [e.cameo for e in events].count("111") == 1


def test_events_rules_first_person_in_a_quote_is_the_speaker(nlp):
    text = "\u201cWe demand the withdrawal of Norwegian troops,\u201d Minister Ana Ruiz said."
    quote = "We demand the withdrawal of Norwegian troops,"
    events = _events(nlp, text, quotes=[(quote, "Minister Ana Ruiz")])
    assert [(e.cameo, e.source.code, e.target.code) for e in events] == [("1056", "CHLGOV", "NORMIL")]


def test_events_rules_event_noun_in_a_quote_is_an_accusation(nlp):
    text = "\u201cThe islands suffer under Norway's occupation,\u201d Minister Ana Ruiz said."
    quote = "The islands suffer under Norway's occupation,"
    events = _events(nlp, text, quotes=[(quote, "Minister Ana Ruiz")])
    assert ("112", "CHLGOV", "NOR") in [(e.cameo, e.source.code, e.target.code) for e in events]


def test_events_rules_comment_belongs_to_the_speaker(nlp):
    events = _events(nlp, "Minister Ana Ruiz said she was optimistic about the talks with Peru.")
    assert [(e.cameo, e.source.code, e.target.code) for e in events] == [("013", "CHLGOV", "PER")]


def test_events_rules_protest_may_stand_alone_but_a_meeting_may_not(nlp):
    assert [e.cameo for e in _events(nlp, "Kenyan refugees protested in Nairobi.")] == ["140"]
    assert _events(nlp, "Norway met in Oslo.") == []


def test_events_rules_record_fields(nlp):
    text = "Norway imposed sanctions on Chile."
    e = _events(nlp, text)[0]
    assert (e.cameo, e.cameo_name, e.plover, e.goldstein, e.quad_class) == (
        "163", "Impose embargo, boycott, or sanctions", "COERCE", -8.0, 4)
    assert text[e.trigger_span[0]:e.trigger_span[1]] == e.trigger_text
    assert e.sentence_span == (0, len(text)) and e.sentence_text == text
    assert 0 < e.confidence <= 1 and e.id == "E1" and e.place is None


@pytest.mark.parametrize("text,code", [
    ("Norway said Chile must withdraw its troops from Kenya.", "1056"),
    ("Norway insisted that Chile must hold talks with Peru.", "106"),
    ("Norway said Chile should release the prisoners.", "0253"),
])
def test_events_rules_obligation_in_reported_speech_is_a_demand(nlp, text, code):
    got = [(e.cameo, e.source.code, e.target.code) for e in _events(nlp, text)]
    assert (code, "NOR", "CHL") in got, got


@pytest.mark.parametrize("text,source,target", [
    ("Peru condemned Chile's occupation of the islands.", "PER", "CHL"),
    ("Chile's neighbors, especially Peru, met Norway.", "PER", "NOR"),
])
def test_events_rules_possessors(nlp, text, source, target):
    got = [(e.source.code, e.target and e.target.code) for e in _events(nlp, text)]
    assert got and got[0] == (source, target), got


@pytest.mark.parametrize("text,pair", [
    ("Minister Ana Ruiz spoke by phone with Norway on Monday.", {"CHLGOV", "NOR"}),
    ("Minister Ana Ruiz met on Tuesday with Norway.", {"CHLGOV", "NOR"}),
    ("Minister Ana Ruiz and Norway spoke on Monday.", {"CHLGOV", "NOR"}),
    ("Minister Ana Ruiz and Norway talked about Peru.", {"CHLGOV", "NOR"}),
])
def test_events_rules_talks_between_two(nlp, text, pair):
    """A "with" the parser hangs on the channel or day belongs to the verb, coordinated
    subjects of "spoke"/"talked" are the two parties, and what they talked about is no party."""
    events = [e for e in _events(nlp, text) if e.cameo.startswith("04")]
    assert len(events) == 1, [(e.cameo, e.trigger_text) for e in events]
    e = events[0]
    assert {e.source.code, e.target.code} == pair
    assert {p.code for p in e.participants} <= pair


@pytest.mark.parametrize("text", [
    "Minister Ana Ruiz spoke on Monday.",
    "Minister Ana Ruiz talked about Peru.",
])
def test_events_rules_one_speaker_is_no_meeting(nlp, text):
    assert [e.cameo for e in _events(nlp, text) if e.cameo.startswith("04")] == []


def test_events_rules_they_after_a_meeting_are_its_two_parties(nlp):
    text = ("Minister Ana Ruiz met Norway in Lima on Monday. "
            "They discussed Peru. The two sides also discussed trade.")
    events = [e for e in _events(nlp, text) if e.trigger_text == "discussed"]
    assert len(events) == 2
    for e in events:
        assert {e.source.code, e.target.code} == {"CHLGOV", "NOR"}  # Peru is what they discussed
        assert "source by pair" in e.meta["notes"]
        assert {p.code for p in e.participants} <= {"CHLGOV", "NOR"}


def test_events_rules_they_without_a_meeting_before_is_no_one(nlp):
    text = "Norway sent aid to Kenya on Monday. They discussed Peru."
    assert [e for e in _events(nlp, text) if e.trigger_text == "discussed"] == []


def test_events_rules_purpose_of_a_call_is_told_as_done(nlp):
    events = _events(nlp, "Minister Ana Ruiz visited Lima today to congratulate Norway on the agreement.")
    assert [(e.cameo[:2], e.mode) for e in events if e.trigger_text == "congratulate"] == [("05", "actual")]
    planned = _events(nlp, "Minister Ana Ruiz will visit Lima to congratulate Norway on the agreement.")
    assert [e.mode for e in planned if e.trigger_text == "congratulate"] != ["actual"]
