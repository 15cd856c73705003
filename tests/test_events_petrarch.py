"""PETRARCH verb dictionaries as user event patterns (events/petrarch.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.errors import DictionaryError
from communique.events import code_events
from communique.events.patterns import load_lexicon
from communique.events.petrarch import Translated, lemma_keys, parse_verbs, read_verbs, reversed_code, translate
from communique.events.testing import article_with_actors
from communique.events.user import lexicon_for
from conftest import shared_path

TINY = Path(__file__).parent / "data" / "petrarch" / "tiny.verbs.txt"


def test_events_petrarch_parses_synsets_blocks_and_patterns():
    synsets, blocks = parse_verbs(TINY.read_text(encoding="utf-8"), str(TINY))
    assert synsets["&GRAINS"] == [["wheat"], ["barley"], ["rice"]]
    assert synsets["&FUNDS"] == [["loans"], ["credit", "lines"]]
    ship = blocks[0]
    assert (ship.name, ship.code) == ("SHIP", "070")
    assert [v.head for v in ship.verbs] == ["ship", "airlift"]
    assert ship.verbs[0].forms == ["ships", "shipped"]
    assert [code for _, code, _ in ship.patterns] == ["0233", "0232", "070"]
    assert blocks[2].code is None  # [---]


@pytest.mark.parametrize("body,code,particle,before,after,out", [
    (" * &GRAINS ", "0233", None, [], [["barley", "rice", "wheat"]], "0233"),
    (" * WEAPONS_TO ", "0232", None, [], [["weapons"], ["to"]], "0232"),
    (" * FOR TALKS ", "036", "for", [], [["talks"]], "036"),
    (" HARSHLY * ", "112", None, [["harshly"]], [], "112"),
    (" SAID WOULD_* ", "173", None, [["said"], ["would"]], [], "173"),
    (" + * FROM $ ", "070", "from", [], [], ":070"),           # target before the verb: reversed
    (" + * FROM $ ", "032:033", "from", [], [], "033:032"),
    (" * {WHEAT | RICE} ", "0233", None, [], [["wheat", "rice"]], "0233"),
    (" $ * + ", "042:043", None, [], [], "042:043"),
])
def test_events_petrarch_patterns_translate(body, code, particle, before, after, out):
    synsets, _ = parse_verbs(TINY.read_text(encoding="utf-8"))
    assert translate(body, code, synsets, "x", 1) == Translated(particle, before, after, out)


@pytest.mark.parametrize("word,key", [("called", "call"), ("denied", "deny"), ("banned", "ban"),
                                      ("exchang", "exchange"), ("defie", "defy"), ("ship", "ship")])
def test_events_petrarch_block_names_reach_their_lemma(word, key):
    assert key in lemma_keys(word)


def test_events_petrarch_entries_carry_the_file_and_line():
    entries = read_verbs(TINY)
    paths = {p for p, _, _ in entries}
    assert paths == {str(TINY)}
    grains = [e for _, _, e in entries if e.get("code") == "0233"]
    assert grains and grains[0]["after"] == [["barley", "rice", "wheat"]]
    assert not any(e.get("verb", "").startswith("promise") and "after" not in e for _, _, e in entries)


@pytest.mark.parametrize("text,problem", [
    ("--- SHIP [070] ---\n- * GRAIN\n", "without a [code]"),
    ("- * GRAIN [070]\n", "before any"),
    ("--- SHIP [070] ---\nSHIP\n- GRAIN [070]\n", "without '*'"),
    ("--- SHIP [070] ---\n--- SEND [070] ---\nSEND\n", "lists no verb"),
    ("--- SHIP [070] ---\nSHIP {SHIPS\n", "unbalanced"),
])
def test_events_petrarch_bad_files_are_refused_with_the_line(tmp_path, text, problem):
    path = tmp_path / "bad.verbs"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DictionaryError) as err:
        lexicon_for([str(path)])
    assert err.value.code == "E603" and problem in str(err.value) and "line " in str(err.value)


@pytest.mark.parametrize("text,what", [
    ("--- SHIP [070] ---\nSHIP\n- * &NOPE [070]\n- * GRAIN [0233]\n", "patterns with an undefined synset"),
    ("--- SHIP [070] ---\nSHIP\n- * GRAIN [0233]\n######## TRANSFORMATIONS ####\n~ a (a b SHIP) SAY = a b 015\n",
     "transformations"),
])
def test_events_petrarch_unusable_entries_are_counted_not_fatal(tmp_path, caplog, text, what):
    path = tmp_path / "partial.verbs"
    path.write_text(text, encoding="utf-8")
    with caplog.at_level("WARNING"):
        lex = lexicon_for([str(path)])
    assert any(t.code == "0233" for t in lex.candidates("verb", "ship"))
    warned = [r.getMessage() for r in caplog.records if "W606" in r.getMessage()]
    assert len(warned) == 1 and f"1 {what}" in warned[0] and "line " in warned[0]


@pytest.mark.parametrize("body,after", [
    ("* (INTO CHARGES)", [["charges"]]),          # PETRARCH-2 phrase brackets are their words
    ("* {AID CONVOY}", [["aid"], ["convoy"]]),    # braces without '|' are a noun phrase
    ("* {AID | FOOD}", [["aid", "food"]]),        # with '|' they are alternatives
])
def test_events_petrarch_2_phrase_forms(body, after):
    assert translate(body, "070", {}, "x", 1).after == after


@pytest.mark.parametrize("code,reverse", [("042", ":042"), ("042:043", "043:042"), (":138", "138")])
def test_events_petrarch_reverse_codes(code, reverse):
    assert reversed_code(code) == reverse


def test_events_petrarch_production_dictionary_loads_whole(caplog):
    """PETRARCH-2's production dictionary: every block read, transformations counted."""
    path = shared_path("eval", "petrarch", "CAMEO.2.0.txt")
    with caplog.at_level("WARNING"):
        entries = read_verbs(path)
    assert len(entries) > 40000
    assert len({e[2]["verb"] for e in entries}) > 4000
    assert any("8 transformations" in r.getMessage() for r in caplog.records)
    lex = lexicon_for([str(path)])
    assert lex.candidates("verb", "besiege")[0].user


def test_events_petrarch_lexicon_puts_user_verbs_first():
    lex = lexicon_for([str(TINY)])
    first = lex.candidates("verb", "ship")[0]
    assert first.user and first.code in ("0233", "0232")
    assert lex.forms.get("shipped") == "ship"
    assert load_lexicon().candidates("verb", "ship") == [t for t in lex.candidates("verb", "ship") if not t.user]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    ("Canada shipped wheat to Haiti.", ("0233", "CAN", "HTI")),
    ("Canada airlifted barley to Haiti.", ("0233", "CAN", "HTI")),
    ("Canada shipped tractors to Haiti.", ("070", "CAN", "HTI")),
    ("Norway scolded Chile on Friday.", ("111", "NOR", "CHL")),
    ("Norway harshly scolded Chile on Friday.", ("112", "NOR", "CHL")),
    ("Chile was harshly scolded by Norway.", ("112", "NOR", "CHL")),
    ("Chile was scolded harshly by Norway.", ("111", "NOR", "CHL")),  # HARSHLY must come before the verb
])
def test_events_petrarch_verbs_code_a_sentence(nlp, text, expected):
    actors = {"Canada": "CAN", "Haiti": "HTI", "Norway": "NOR", "Chile": "CHL"}
    article = code_events(article_with_actors(nlp, text, actors), lexicon_for([str(TINY)]))
    assert expected in {(e.cameo, e.source and e.source.code, e.target and e.target.code) for e in article.events}


@pytest.mark.model
def test_events_petrarch_paired_code_gives_both_directions(nlp):
    article = code_events(article_with_actors(nlp, "Peru visited Bolivia.", {"Peru": "PER", "Bolivia": "BOL"}),
                          lexicon_for([str(TINY)]))
    got = [(e.id, e.cameo, e.source.code, e.target.code) for e in article.events]
    assert got == [("E1", "042", "PER", "BOL"), ("E2", "043", "BOL", "PER")]


@pytest.mark.model
def test_events_petrarch_verb_file_turns_the_learned_part_off():
    """A PETRARCH verb dictionary codes in its own scheme: no learned CAMEO events beside it."""
    from communique.run import extract

    text = "Britain and Iran share a long history."  # no rule codes it
    plain = extract(text, settings={"learned_threshold": 0.0})  # every silent sentence gets one
    assert any("learned" in " ".join(e.meta.get("notes", [])) for e in plain.events)
    with_file = extract(text, settings={"learned_threshold": 0.0, "event_patterns": [str(TINY)]})
    assert not any("learned" in " ".join(e.meta.get("notes", [])) for e in with_file.events)
