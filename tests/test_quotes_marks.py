"""Quote marks: pairing, apostrophes, nesting, unbalanced marks, scare quotes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from communique.quotes import find_quote_spans, keep_span
from communique.quotes.data import load_rules


def texts(text: str) -> list[str]:
    return [s.text for s in find_quote_spans(text)]


def kept(text: str) -> list[str]:
    rules = load_rules()
    return [s.text for s in find_quote_spans(text, rules) if keep_span(text, s, rules)]


@pytest.mark.parametrize("text, expected", [
    ('He said "we will not leave the talks" today.', ["we will not leave the talks"]),
    ("He said “we will not leave the talks” today.", ["we will not leave the talks"]),
    ("He said ‘we will not leave the talks’ today.", ["we will not leave the talks"]),
    ("He said 'we will not leave the talks' today.", ["we will not leave the talks"]),
    ('"First part," she said, "and second part."', ["First part,", "and second part."]),
    ("“One.” “Two.”", ["One.", "Two."]),
])
def test_quotes_marks_straight_and_curly(text, expected):
    assert texts(text) == expected


@pytest.mark.parametrize("text", [
    "Syria’s army and Turkey's troops don't move.",
    "The forces’ plunder of the country’s resources.",
    "It's the rock 'n' roll of the '90s.",
])
def test_quotes_marks_apostrophes_are_not_quotes(text):
    assert kept(text) == []


def test_quotes_marks_span_is_inside_the_marks():
    text = "Mekdad said “we share goals.” Then he left."
    (span,) = find_quote_spans(text)
    assert text[span.start:span.end] == "we share goals."
    assert text[span.open_mark] == "“" and text[span.close_mark] == "”"


def test_quotes_marks_nested_quote_stays_inside():
    text = "He said: “They called it ‘a new era’ for the region.” Then he left."
    assert texts(text) == ["They called it ‘a new era’ for the region."]


def test_quotes_marks_quote_spanning_sentences():
    text = "“We are ready. We will talk. We want peace,” the minister said."
    assert texts(text) == ["We are ready. We will talk. We want peace,"]


@pytest.mark.parametrize("text, expected", [
    ("He said: “we are ready to talk to everyone", ["we are ready to talk to everyone"]),
    ("“We are ready to talk\n“And we will talk again,” he said.",
     ["We are ready to talk", "And we will talk again,"]),
    ("The talks ” were long and “ hard", []),
    ("A stray “ mark in the middle of a sentence.", []),
    ("Closing ” only, then “a real quote here” ok.", ["a real quote here"]),
])
def test_quotes_marks_unbalanced_degrade(text, expected):
    assert texts(text) == expected


def test_quotes_marks_continued_paragraph_flag():
    spans = find_quote_spans("“We are ready to talk\n“And we will,” he said.")
    assert spans[0].continued is True and spans[0].close_mark is None


@pytest.mark.parametrize("text, expected", [
    ("the Syrian government’s “main goal” was to end it.", []),
    ("all “illegal” military presences", []),
    ("the current “special and unique” situation", []),
    ("“No,” he said.", ["No,"]),
    ("He said: “Never.”", ["Never."]),
    ("they “share goals and common interests.”", ["share goals and common interests."]),
])
def test_quotes_marks_scare_quotes_are_dropped(text, expected):
    assert kept(text) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .,:\n“”‘’\"'«»„")), max_size=60))
def test_quotes_marks_never_crash(text):
    for span in find_quote_spans(text):
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start:span.end] == span.text
        assert span.text == span.text.strip()
