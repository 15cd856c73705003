"""Lemma fixes (data/lemmas.yaml): wrong model lemmas and split hyphenated verbs."""

from __future__ import annotations

import pytest

from communique.errors import DictionaryError
from communique.events import code_events
from communique.events.patterns import load_lexicon, norm
from communique.events.testing import article_with_actors
from communique.language.lemmas import hyphen_groups, join_hyphenated, load_fixes, parse_fixes

ACTORS = {
    "Norway|Oslo": "NOR",
    "Chile|Santiago": "CHL",
    "Norwegian soldiers": "NORMIL",
    "Chilean villagers": "CHLCVL",
}


def _coded(nlp, text):
    return [(e.cameo, e.source and e.source.code, e.target and e.target.code, e.mode)
            for e in code_events(article_with_actors(nlp, text, ACTORS)).events]


@pytest.mark.parametrize("text,word,lemma", [
    ("Oslo hoped for calm.", "hoped", "hope"),
    ("Santiago is hoping for calm.", "hoping", "hope"),
    ("Gunmen raped two women.", "raped", "rape"),
    ("Students staged a sit-in.", "staged", "stage"),
    ("The rebels are waging a war.", "waging", "wage"),
])
def test_events_lemmas_fixed_forms(nlp, text, word, lemma):
    tok = next(t for t in nlp(text) if t.text == word)
    assert norm(tok) == lemma


@pytest.mark.parametrize("text,code,source,target,mode", [
    ("Norway hoped Chile would accept the offer.", "013", "NOR", "CHL", "actual"),
    ("Norway is hoping for a deal with Chile.", "013", "NOR", "CHL", "actual"),
    ("Norwegian soldiers raped Chilean villagers.", "1821", "NORMIL", "CHLCVL", "actual"),
    ("Norway re-established diplomatic ties with Chile.", "050", "NOR", "CHL", "actual"),
    ("Norway de-escalated the conflict with Chile.", "087", "NOR", "CHL", "actual"),
    ("Norway is de-escalating the conflict with Chile.", "087", "NOR", "CHL", "actual"),
    ("Norway re-imposed sanctions on Chile.", "163", "NOR", "CHL", "actual"),
])
def test_events_lemmas_coded_everywhere(nlp, text, code, source, target, mode):
    assert (code, source, target, mode) in _coded(nlp, text)


@pytest.mark.parametrize("text,joined,lemma", [
    ("Oslo will re-impose tariffs.", "re-impose", "re-impose"),
    ("Chile re-established ties.", "re-established", "re-establish"),
    ("Peru test-fired a rocket.", "test-fired", "test-fire"),
    ("They agreed to de-escalate.", "de-escalate", "de-escalate"),
    ("Oslo re-opened the border.", "re-opened", "reopen"),  # the patterns spell "reopen"
    ("Lima counter-attacked.", "counter-attacked", "attack"),  # no pattern: the word's lemma
])
def test_events_lemmas_hyphenated_words_joined(nlp, text, joined, lemma):
    doc = nlp(text)
    out = join_hyphenated(doc, load_lexicon().pattern_words)
    tok = next(t for t in out if t.text == joined)
    assert norm(tok) == lemma
    assert tok.pos_ == "VERB"
    assert out.text == doc.text and len(out) < len(doc)
    assert all(t.text != joined for t in doc)  # the article's own parse is untouched


@pytest.mark.parametrize("text", [
    "The re - election campaign began.",  # spaced hyphen: not one word
    "Oslo and Santiago met.",
    "A de facto ceasefire held.",
])
def test_events_lemmas_nothing_to_join(nlp, text):
    doc = nlp(text)
    assert hyphen_groups(doc) == []
    assert join_hyphenated(doc) is doc


@pytest.mark.parametrize("text,expected", [
    ("Norway and Chile agreed on counter-terrorism cooperation.", ("0312", "NOR", "CHL", "intent")),
    ("Norway called for de-escalation with Chile.", ("0256", "NOR", "CHL", "actual")),
    ("Norway launched a counter-offensive against Chile.", ("190", "NOR", "CHL", "actual")),
])
def test_events_lemmas_hyphenated_nouns(nlp, text, expected):
    assert expected in _coded(nlp, text)


def test_events_lemmas_table_loads():
    fixes = load_fixes()
    assert fixes.forms["hoped"] == "hope"
    assert {"de", "re"} <= fixes.hyphen_prefixes


@pytest.mark.parametrize("data,problem", [
    ([], "should be a mapping"),
    ({"forms": ["hoped"]}, "'forms' should map"),
    ({"forms": {"hoped": 3}}, "forms 'hoped'"),
    ({"forms": {"two words": "x"}}, "forms 'two words'"),
    ({"hyphen_prefixes": "de"}, "'hyphen_prefixes' should be a list"),
    ({"hyphen_prefixes": ["de-"]}, "'hyphen_prefixes' should be a list"),
    ({"lemmas": {}}, "unknown section"),
])
def test_events_lemmas_validator_refuses(data, problem):
    with pytest.raises(DictionaryError) as err:
        parse_fixes(data, "x.yaml")
    assert err.value.code == "E601"
    assert problem in str(err.value)


def test_events_lemmas_workaround_gone():
    """The 'hop' pattern is no longer needed: the table fixes the lemma."""
    lex = load_lexicon()
    assert not [t for t in lex.candidates("verb", "hop") if not t.base]
