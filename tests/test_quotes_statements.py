"""Statements printed as paragraphs after "X said:" (quotes/statements.py)."""

from __future__ import annotations

import pytest

from communique.run import extract

RELEASE = ("UK recognises the new government\n\n"
           "The UK acted today after weeks of talks.\n\n"
           "Foreign Secretary Jeremy Hunt said:\n\n"
           "The people of Venezuela have suffered enough. It is time for a new start.\n\n"
           "We urge all sides to show restraint in the coming days.\n\n"
           "Further information\n\n"
           "Media enquiries go to the press office.")


@pytest.mark.model
def test_paragraphs_after_said_colon_are_the_speakers_quotes():
    art = extract(RELEASE, published="2019-02-04")
    quotes = {q.text.split(".")[0]: q for q in art.quotes if q.direct}
    first = quotes["The people of Venezuela have suffered enough"]
    second = quotes["We urge all sides to show restraint in the coming days"]
    assert first.speaker is not None and first.speaker.name == "Jeremy Hunt"
    assert second.speaker is not None and second.speaker.name == "Jeremy Hunt"
    assert not any(q.text.startswith("Media enquiries") for q in art.quotes)  # the heading ended it


@pytest.mark.model
def test_quoted_paragraph_after_said_colon_takes_that_speaker():
    text = RELEASE.replace("The people of Venezuela have suffered enough. It is time for a new start.",
                           "“The people of Venezuela have suffered enough. It is time for a new start.”")
    art = extract(text, published="2019-02-04")
    q = next(q for q in art.quotes if q.text.startswith("The people"))
    assert q.speaker is not None and q.speaker.name == "Jeremy Hunt"


@pytest.mark.model
def test_a_spokesperson_in_a_governments_release_is_that_government():
    text = "Rwanda advances\n\nA government spokesperson said:\n\nWe urge Rwanda to immediately cease all hostilities."
    art = extract(text, published="2025-02-19", source="UK Foreign, Commonwealth & Development Office")
    q = next(q for q in art.quotes if q.text.startswith("We urge"))
    assert q.speaker is not None and q.speaker.code == "GBRGOV"
    plain = extract(text, published="2025-02-19")
    q = next(q for q in plain.quotes if q.text.startswith("We urge"))
    assert q.speaker is None or not q.speaker.code.startswith("GBR")


def test_quotes_a_transcript_speaker_goes_on_until_the_next_label():
    from communique import extract

    text = ("Remarks With Foreign Minister Lavrov\n\nJohn Kerry\nSecretary of State\n\n"
            "QUESTION:  Secretary Kerry, what happens to the ceasefire after midnight?\n\n"
            "SECRETARY KERRY:  Let me just say that today we released a document on the ceasefire.\n\n"
            "Now, as I said before, these are words on a piece of paper.\n\n"
            "QUESTION:  And what about the talks in Geneva next week?\n")
    art = extract(text, published="2016-05-09")
    said = {q.text: (q.speaker.name if q.speaker else None) for q in art.quotes}
    assert said.get("Now, as I said before, these are words on a piece of paper.") == "John Kerry"
    assert any(t.startswith("Let me just say") and who == "John Kerry" for t, who in said.items())
    assert all(who != "John Kerry" for t, who in said.items() if "Geneva" in t)


def test_quotes_a_statement_keeps_its_speaker_when_the_parser_loses_the_subject():
    from communique import extract

    text = ("Foreign Secretary in Brussels\n\nOn departing the EU Foreign Affairs Council, Foreign Secretary, "
            "Boris Johnson, said:\n\nWe got a very good agreement on sanctions against those responsible.\n")
    art = extract(text, published="2017-07-17", source="UK Foreign and Commonwealth Office")
    assert [q.speaker.name if q.speaker else None for q in art.quotes] == ["Boris Johnson"]


def test_quotes_a_transcript_label_may_hold_a_title_and_its_first_person_is_the_speaker():
    from communique import extract

    text = ("Secretary Pompeo and Italian Foreign Minister Luigi Di Maio at a Press Availability\n\n"
            "SECRETARY POMPEO:  Thank you. It is good to be back in Rome with my friend.\n\n"
            "FOREIGN MINISTER DI MAIO:  (Via interpreter) Good afternoon to you all.\n\n"
            "Once again, I would like to thank the United States for the help they have provided to us.\n")
    art = extract(text, published="2020-09-30", source="U.S. Department of State")
    said = {q.text: (q.speaker.code if q.speaker else None) for q in art.quotes}
    assert said.get("Once again, I would like to thank the United States for the help they have provided "
                    "to us.") == "ITAGOV", said
    start = text.index("I would like")
    mention = art.mention_at(start, start + 1)
    assert mention is not None and (mention.code or art.actor(mention.actor_id).code) == "ITAGOV"


def test_quotes_first_person_in_a_quote_is_its_speaker_not_the_publisher():
    from communique import extract

    text = ('The Foreign Secretary met Foreign Minister Sameh Shoukry in Cairo. '
            '"We will work with our British partners on migration," Shoukry said.')
    art = extract(text, published="2017-05-06", source="UK Foreign and Commonwealth Office")
    start = text.index("We will")
    mention = art.mention_at(start, start + 2)
    assert mention is not None and (mention.code or art.actor(mention.actor_id).code) == "EGYGOV"
