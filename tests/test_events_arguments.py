"""Where an event's source comes from when its word has no subject of its own, and frame
words that are events with no event word after them, on sentences of our own through the
whole pipeline."""

from __future__ import annotations

import pytest

from communique.run import extract
from test_events_wire import coded, has


@pytest.mark.parametrize("text,code,source,target", [
    ("The Chilean foreign minister flew home after meeting Peruvian officials in Lima.", "040", "CHL", "PER"),
    ("After meeting Peruvian officials in Lima, the Chilean foreign minister flew home.", "040", "CHL", "PER"),
    ("Brazil responded by expelling the Bolivian ambassador.", "166", "BRA", "BOL"),
])
def test_events_arguments_gerund_after_a_preposition_shares_the_subject(text: str, code: str, source: str,
                                                                        target: str) -> None:
    """"flew home after meeting X": the one who flew met X (``sharing_preps`` of words.yml)."""
    found = coded(text)
    assert has(found, code, source, target), found


def test_events_arguments_gerund_of_a_noun_shares_nothing() -> None:
    """"the visit after meeting X" hangs on a noun: no subject to share."""
    found = coded("The visit came a week after meeting Peruvian officials in Lima.")
    assert not [f for f in found if f[1] and f[1] != "---"], found


@pytest.mark.parametrize("text", [
    "Chile's president met the Peruvian president in Lima on Monday. They agreed to take forward work to further "
    "strengthen the bilateral relationship.",
    "Chile's president met the Peruvian president in Lima on Monday. The two leaders agreed that the protection of "
    "civilians was paramount.",
    "Chile's president met the Peruvian president in Lima on Monday. They committed to working together in the years "
    "ahead.",
    "Chile said it stands ready to respond to Peru choosing to talk.",
])
def test_events_sides_agreeing_is_an_intent_to_cooperate(text: str) -> None:
    """"agree", "commit" and "ready" are intents (030) even when what follows names no event
    word (``default: true`` in triggers.yaml): on the dev set such sentences were 030 in gold."""
    found = coded(text)
    assert has(found, "03", "CHL", "PER"), found


@pytest.mark.parametrize("text,code,source,target", [
    ("At least seven people were killed in Israeli airstrikes on a camp in Gaza.", "19", "ISR", "PSE"),
    ("Two civilians were wounded in Russian shelling of Kharkiv, Ukraine.", "19", "RUS", "UKR"),
])
def test_events_arguments_passive_agent_named_by_its_means(text: str, code: str, source: str, target: str) -> None:
    """"killed in Israeli airstrikes": the strikes' modifier is the passive's agent (``force_means``)."""
    found = coded(text)
    assert has(found, code, source, target), found


@pytest.mark.parametrize("text,code", [
    ("Secretary of State Marco Rubio called Congolese President Felix Tshisekedi today.", "041"),
    ("Rubio called Congolese President Felix Tshisekedi on Monday to discuss the relationship.", "041"),
    ("Rubio called on Congolese President Felix Tshisekedi to release the prisoners.", "02"),
])
def test_events_arguments_a_date_is_no_particle_of_call(text: str, code: str) -> None:
    """"called X today" is a call even when parsed as naming X; "called X on Monday" is no "call on"."""
    found = coded(text)
    assert has(found, code, "USA", "COD"), found


def test_events_arguments_a_second_preposition_joined_by_and_is_the_verbs() -> None:
    """"spoke with X and with Y": Y is as much the verb's party as X."""
    found = coded("Chile's foreign minister spoke with local officials and with the Peruvian foreign minister about "
                  "the border.")
    assert has(found, "04", "CHL", "PER"), found


@pytest.mark.parametrize("text", [
    "Chile's foreign minister met the Peruvian foreign minister in Lima to discuss Bolivia.",
    "Chile's foreign minister met the Peruvian foreign minister to discuss Bolivia's border with Brazil.",
])
def test_events_arguments_the_purpose_of_a_meeting_is_no_second_meeting(text: str) -> None:
    """"met X to discuss Y": one meeting with X; Y is what they discussed (``meeting_purposes``)."""
    found = coded(text)
    assert has(found, "04", "CHL", "PER"), found
    assert not [f for f in found if f[2] == "BOL"], found


@pytest.mark.parametrize("text,code", [
    ("The United States conducted two drone strikes in southeastern Yemen, killing 11 suspected Yemeni militants.",
     "195"),
    ("Israeli forces mounted a series of air strikes on Gaza, killing at least 20 Palestinians.", "195"),
])
def test_events_arguments_one_use_of_force_told_twice_is_one_event(text: str, code: str) -> None:
    """"strikes …, killing 11": one act of force between the same countries, coded most specifically."""
    found = coded(text)
    force = [f for f in found if f[0].startswith("19")]
    assert [f[0] for f in force] == [code], found


@pytest.mark.parametrize("follow", [
    "We discussed ways to deepen our partnership.",
    "We have spoken about a range of foreign policy issues, including Syria.",
    "They exchanged views on migration.",
])
def test_events_arguments_we_after_a_meeting_are_both_its_parties(follow: str) -> None:
    text = f"Foreign Secretary Philip Hammond met President Abdel Fattah al-Sisi in Cairo today. {follow}"
    art = extract(text, published="2015-10-07", source="UK Foreign and Commonwealth Office",
                  settings={"learned_events": False})
    start = text.index(follow)
    later = [e for e in art.events if e.sentence_span[0] >= start]
    assert any(e.cameo.startswith("04") and {e.source.code, e.target.code if e.target else None}
               <= {"GBRGOV", "EGYGOV"} and e.target is not None for e in later), \
        [(e.cameo, e.source.code, e.target and e.target.code) for e in later]


def test_events_arguments_we_after_a_meeting_stay_alone_in_a_condemnation() -> None:
    text = "Foreign Secretary Philip Hammond met President Abdel Fattah al-Sisi in Cairo today. We condemn the attack."
    art = extract(text, published="2015-10-07", source="UK Foreign and Commonwealth Office",
                  settings={"learned_events": False})
    start = text.index("We condemn")
    assert not any(e.target is not None and e.target.code == "EGYGOV" for e in art.events
                   if e.sentence_span[0] >= start)


def test_events_arguments_a_court_striking_down_a_law_rejects_it() -> None:
    art = extract("The Supreme Court of Israel voted 8-7 to strike down the bill passed by the Knesset.",
                  published="2024-01-01", settings={"learned_events": False})
    found = [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None) for e in art.events]
    assert ("120", "ISRJUD", "ISRLEG") in found, found
    assert not any(c.startswith(("18", "19", "20")) for c, _, _ in found), found


@pytest.mark.parametrize("text,target", [
    ("We appreciate the support of Kenya.", "KEN"),
    ("We are thankful to Ghana for hosting the talks.", "GHA"),
    ("We are very appreciative of Egypt's leadership within the support group.", "EGY"),
    ("We value the visit of President Widodo.", "IDN"),
])
def test_events_arguments_gratitude_and_appreciation_praise_their_object(text: str, target: str) -> None:
    art = extract(text, published="2020-05-01", source="UK Foreign and Commonwealth Office",
                  settings={"learned_events": False})
    assert any(e.cameo == "051" and e.target is not None and e.target.code.startswith(target) for e in art.events), \
        [(e.cameo, e.target and e.target.code) for e in art.events]
