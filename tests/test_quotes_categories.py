"""Quote categories added in round two: "urged X to do Y", "NAME: …" transcripts, "…, says X" headlines."""

from __future__ import annotations

import pytest

from communique.run import extract

pytestmark = pytest.mark.model


def quotes(text):
    art = extract(text, published="2024-06-04")
    return [(q.text, q.direct, (q.speaker.code if q.speaker else None)) for q in art.quotes]


@pytest.mark.parametrize("text, clause, code", [
    ("Polish President Andrzej Duda urged NATO allies to raise defence spending to three percent of output.",
     "NATO allies to raise defence spending to three percent of output", "POL"),
    ("German Chancellor Olaf Scholz urged China to use its influence on Moscow.",
     "China to use its influence on Moscow", "DEU"),
    ("The Kremlin urged Washington to stop sending weapons to Kyiv.",
     "Washington to stop sending weapons to Kyiv", "RUS"),
])
def test_quotes_urged_reports_whole_clause(text, clause, code):
    found = quotes(text)
    assert any(t == clause and not d and (c or "").startswith(code) for t, d, c in found), found


def test_quotes_urged_inside_another_report_is_not_doubled():
    found = quotes("He urged Iran to return to the talks, Western officials said.")
    assert len(found) == 1 and "urged Iran to return to the talks" in found[0][0], found


@pytest.mark.parametrize("text, words, code", [
    ("LAVROV: We have never refused to negotiate, but any talks must reflect the realities.",
     "We have never refused to negotiate, but any talks must reflect the realities.", "RUS"),
    ("Sergei Lavrov met reporters in Moscow.\n\nLAVROV: We are ready to talk to anyone who is serious.",
     "We are ready to talk to anyone who is serious.", "RUS"),
    ("Antony Blinken spoke after the meeting.\n\nBLINKEN: Our position on the sanctions has not changed.",
     "Our position on the sanctions has not changed.", "USA"),
])
def test_quotes_transcript_lines_are_direct(text, words, code):
    found = quotes(text)
    assert any(t == words and d and (c or "").startswith(code) for t, d, c in found), found


@pytest.mark.parametrize("text", [
    "NOTE: The figures below are provisional and may change later.",
    "UPDATE: Adds comment from the foreign ministry in the third paragraph.",
])
def test_quotes_capitals_without_actor_are_not_transcripts(text):
    assert quotes(text) == []


@pytest.mark.parametrize("text, words, code", [
    ("Ceasefire needed now, says UN chief", "Ceasefire needed now", "IGOUNO"),
    ("Urgent reform needed, says IMF chief", "Urgent reform needed", "IGOIMF"),
])
def test_quotes_says_headlines(text, words, code):
    found = quotes(text)
    assert any(t == words and (c or "").startswith(code) for t, d, c in found), found
