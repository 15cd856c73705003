"""The broad lexicon (data/lexicon.tsv) and events with a source alone."""

from __future__ import annotations

import pytest

from communique.errors import DictionaryError
from communique.events import code_events
from communique.events.broad import base_entries, parse_lexicon_tsv
from communique.events.patterns import DATA, load_lexicon
from communique.events.testing import article_with_actors
from conftest import script_module, shared_path

ACTORS = {"Indian troops": "INDMIL", "Pakistani soldiers": "PAKMIL", "North Korea": "PRK", "Norway": "NOR",
          "Israel": "ISR", "Gaza": "PSE"}


def _events(nlp, text):
    return [(e.cameo, e.source and e.source.code, e.target and e.target.code)
            for e in code_events(article_with_actors(nlp, text, ACTORS)).events]


def test_events_lexicon_is_broad_and_names_its_origin():
    entries = base_entries()
    assert len(entries) > 20000
    head = (DATA / "lexicon.tsv").read_text(encoding="utf-8").split("\n", 12)
    assert any("CAMEO.2.0.txt" in line and "MIT" in "".join(head) for line in head)
    roots = {e[2]["code"].lstrip(":")[:2] for e in entries}
    assert len(roots) >= 19


def test_events_lexicon_yields_to_our_own_words():
    lex = load_lexicon()
    for (_pos, lemma), triggers in lex.triggers.items():
        if any(not t.base for t in triggers):
            assert all(not t.base for t in triggers), lemma
    assert "say" not in {lemma for (_, lemma), ts in lex.triggers.items() if any(t.base for t in ts)}


@pytest.mark.parametrize("line,problem", [
    ("verb\tsnub\t111\n", "header"),
    ("pos\tphrase\tcode\tbefore\tafter\tforms\torigin\nverb\tsnub\t111\n", "columns"),
    ("pos\tphrase\tcode\tbefore\tafter\tforms\torigin\nadverb\tsnub\t111\t\t\t\tx\n", "pos"),
])
def test_events_lexicon_bad_lines_are_refused(line, problem):
    with pytest.raises(DictionaryError, match=problem):
        parse_lexicon_tsv(line, "x.tsv")


def test_events_lexicon_regenerates_from_petrarch():
    path = shared_path("eval", "petrarch", "CAMEO.2.0.txt")
    import yaml

    script = script_module("build_lexicon")
    rows = script.build(path, yaml.safe_load(script.POLICY.read_text(encoding="utf-8")))
    assert len(rows) == len(base_entries())


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    ("Indian troops ambushed Pakistani soldiers.", ("190", "INDMIL", "PAKMIL")),   # a verb only the lexicon has
    ("North Korea threatened to carry out more nuclear tests.", ("130", "PRK", None)),  # no target named
    ("Norway launched an offensive.", ("190", "NOR", None)),
])
def test_events_lexicon_codes(nlp, text, expected):
    assert expected in _events(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Norway welcomed the agreement.",     # praise needs its target (batch 1: such events were mostly wrong)
    "Norway said the talks went well.",   # a statement is no event
])
def test_events_without_a_target_only_for_the_roots_that_stand_alone(nlp, text):
    assert _events(nlp, text) == []


@pytest.mark.model
def test_events_with_a_source_alone_do_not_echo_a_full_event(nlp):
    got = _events(nlp, "Israel launched a strike on Gaza, the latest of its attacks.")
    assert [g for g in got if g[2] is None and g[0][:2] == "19"] == []


@pytest.mark.model
def test_events_reactions_leave_the_event_they_react_to(nlp):
    """An event noun in the object of praise or criticism is an event of its own agent."""
    actors = dict(ACTORS, **{"EU": "IGOEEC", "Syrian": "SYR", "Britain": "GBR"})
    text = "Britain welcomed new EU sanctions against the Syrian regime."
    got = {(e.cameo[:2], e.source and e.source.code) for e in
           code_events(article_with_actors(nlp, text, actors)).events}
    assert ("05", "GBR") in got and ("16", "IGOEEC") in got


@pytest.mark.model
@pytest.mark.parametrize("text", ["Norway spoke to Israel on Monday.", "Norway talked with Israel."])
def test_events_speaking_to_an_official_party_is_a_consultation(nlp, text):
    assert ("040", "NOR", "ISR") in _events(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    ("The UK is clear. Russia must stop its military operations in Georgia.", ("10", "GBRGOV")),
    ("The UK is clear. The Venezuelan government should release the prisoners.", ("02", "GBRGOV")),
])
def test_events_a_release_states_its_publishers_demands(text, expected):
    from communique.run import extract

    got = {(e.cameo[:2], e.source and e.source.code) for e in extract(text, published="2024-04-15",
                                                                          source="UK Foreign Office").events}
    assert expected in got
    # without a state publisher, the same words are no one's demand
    got = {(e.cameo[:2], e.source and e.source.code) for e in extract(text, published="2024-04-15").events}
    assert expected not in got


@pytest.mark.model
def test_events_a_headline_repeated_by_the_body_counts_once():
    from communique.run import extract

    text = ("Norway condemns Israel over Gaza strikes\n\n"
            "Norway on Monday condemned Israel over its strikes on Gaza, the foreign ministry said.")
    art = extract(text, published="2024-01-08")
    condemn = [e for e in art.events if e.cameo.startswith("11")]
    assert len(condemn) == 1 and condemn[0].trigger_span[0] > text.index("\n")
    assert [e.id for e in art.events] == [f"E{n}" for n in range(1, len(art.events) + 1)]


@pytest.mark.model
def test_events_a_headline_event_the_body_does_not_tell_is_dropped_unless_asked():
    from communique.run import extract

    headline = "Britain condemns Iran over tanker seizure"
    text = headline + "\n\nThe Foreign Secretary spoke to reporters in London on Friday."
    def condemnations(art):
        return [e for e in art.events if e.cameo.startswith("11")]

    assert not condemnations(extract(text, published="2024-01-08"))
    kept = condemnations(extract(text, published="2024-01-08", settings={"headline_events": True}))
    assert kept and kept[0].trigger_span[1] <= len(headline)
    # a text of one line has no headline: its event stays
    assert condemnations(extract(headline + ".", published="2024-01-08"))


@pytest.mark.model
def test_events_a_verbless_heading_below_the_title_is_no_event():
    from communique.run import extract

    text = ("Current events, 21 September 2022\n\n"
            "2022 Russian invasion of Ukraine\n\n"
            "Russian forces shelled Kharkiv on Wednesday.")
    art = extract(text, published="2022-09-21")
    heading_end = text.index("Russian forces")
    assert art.events and all(e.sentence_span[0] >= heading_end for e in art.events)
    assert [e.id for e in art.events] == [f"E{n}" for n in range(1, len(art.events) + 1)]
    # the same words with a verb are a report
    told = extract(text.replace("2022 Russian invasion of Ukraine", "Russia invaded Ukraine in 2022"),
                   published="2022-09-21")
    assert any(e.sentence_span[0] < heading_end for e in told.events)


@pytest.mark.model
@pytest.mark.parametrize("label", ["Northwestern Syria clashes", "Kyiv strikes", "2022–2023 Bangladesh protests",
                                   "Attempted assassination of Robert Fico"])
def test_events_a_topic_label_whose_verb_is_a_noun_is_no_event(label):
    from communique.run import extract

    text = f"Current events, 21 September 2022\n\n{label}\n\nUkraine strikes an oil refinery in Russia."
    art = extract(text, published="2022-09-21")
    body = text.index("Ukraine strikes")
    assert art.events and all(e.sentence_span[0] >= body for e in art.events)
    # a label line is no clause; the body line that reads the same way with an object is one
    assert any(e.cameo.startswith("19") for e in art.events)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "In association football, hosts Qatar win the Asian Cup after defeating Jordan 3–1 in the final.",
    "Novak Djokovic of Serbia defeats Casper Ruud of Norway to win his sixth ATP Finals title.",
    "Governor John Bel Edwards narrowly defeats Eddie Rispone of Louisiana to retain his seat in the runoff.",
])
def test_events_a_game_or_an_election_won_is_no_fight(text):
    from communique.run import extract

    assert not [e for e in extract(text, published="2024-01-08").events if e.cameo[:2] in ("18", "19", "20")]


@pytest.mark.model
def test_events_a_defeat_in_the_final_battle_is_still_a_fight():
    from communique.run import extract

    art = extract("Nigerian troops defeated Boko Haram fighters near Maiduguri in the final battle.",
                  published="2024-01-08")
    assert any(e.cameo.startswith("19") for e in art.events)


@pytest.mark.model
def test_events_no_targetless_event_from_a_nouns_modifier(nlp):
    actors = dict(ACTORS, **{"Eritrean": "ERI"})
    text = "The Eritrean border conflict caused tension for years."
    assert [e for e in _events_with(nlp, text, actors) if e[0][:2] == "19"] == []


def _events_with(nlp, text, actors):
    return [(e.cameo, e.source and e.source.code, e.target and e.target.code)
            for e in code_events(article_with_actors(nlp, text, actors)).events]


@pytest.mark.model
def test_events_all_sides_reach_the_two_parties_named_before():
    from communique.run import extract

    text = ("Fighting between the Sudanese Armed Forces and the Rapid Support Forces continued. "
            "We call on all sides to protect civilians.")
    art = extract(text, published="2024-06-18", source="UK Foreign Office")
    appeals = {e.target.code for e in art.events if e.cameo.startswith("02") and e.target}
    assert appeals == {"SDNMIL", "SDNREB"}


@pytest.mark.model
def test_events_violence_reported_by_another_country_is_also_an_accusation(nlp):
    actors = dict(ACTORS, **{"Kyrgyz officials": "KGZGOV", "Tajik forces": "TJKMIL", "Batken": "KGZ"})
    got = _events_with(nlp, "Kyrgyz officials said Tajik forces shelled the town of Batken.", actors)
    assert ("112", "KGZGOV", "TJKMIL") in got
    # the speaker's own forces: no accusation
    own = _events_with(nlp, "Kyrgyz officials said Kyrgyz forces shelled the town of Batken.",
                       dict(actors, **{"Kyrgyz forces": "KGZMIL"}))
    assert not [g for g in own if g[0] == "112"]


@pytest.mark.model
def test_events_a_speaker_is_not_the_agent_of_agentless_violence():
    from communique.run import extract

    text = '"Attacks earlier this week killed at least 40 civilians," Foreign Secretary David Lammy said.'
    art = extract(text, published="2025-08-14")
    assert not [e for e in art.events if e.cameo.startswith(("18", "19", "20")) and e.target is None]


@pytest.mark.model
def test_events_the_two_leaders_just_named_act_together():
    from communique.run import extract

    text = ("Prime Minister Rishi Sunak spoke to President Volodymyr Zelenskyy of Ukraine this morning. "
            "The leaders discussed the situation in Kherson.")
    art = extract(text, published="2022-11-11")
    discussed = [e for e in art.events if e.trigger_text == "discussed"]
    assert discussed and {discussed[0].source.code[:3], discussed[0].target.code[:3]} == {"GBR", "UKR"}
