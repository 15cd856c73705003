"""Speakers in the layouts of real releases and news stories, through the whole pipeline.

Each text is written here in the shape real copy takes (none is copied from an
article): a statement introduced at the end of a longer paragraph, a bare office
title in a government's release, an interrupted quote, a pronoun after a quote,
a quote paragraph after a paragraph that names one person, a partial quote.
"""

from __future__ import annotations

import pytest

from communique.run import extract

pytestmark = pytest.mark.model


def speakers(text: str, source: str | None = None, published: str = "2022-09-20") -> list[tuple[str, str | None]]:
    art = extract(text, published, source=source)
    return [(q.text, q.speaker.name if q.speaker else None) for q in art.quotes if q.direct]


def speaker_of(found: list[tuple[str, str | None]], start: str) -> str | None:
    hits = [who for text, who in found if text.startswith(start)]
    assert hits, f"no quote starting {start!r} in {found}"
    return hits[0]


def test_a_bare_office_title_in_a_government_release_is_its_holder() -> None:
    text = ("Ahead of the summit, Foreign Secretary said:\n\n"
            "\u201cWe will work with every partner to hold aggression to account and to keep the peace.\u201d")
    found = speakers(text, "UK Foreign, Commonwealth & Development Office")
    assert speaker_of(found, "We will work with every partner") is not None


def test_an_unknown_speaker_stays_unknown() -> None:
    text = ("\u201cThe situation in the camps is getting worse every single day for the families,\u201d "
            "one aid worker told reporters.")
    found = speakers(text)
    assert speaker_of(found, "The situation in the camps") is None


@pytest.mark.parametrize("intro, who", [
    ("The following is attributable to Spokesperson Ned Price:", "Price"),
    ("Pentagon Press Secretary John Kirby provided the following statement:", "Kirby"),
])
def test_a_statement_introduced_without_a_speech_verb(intro: str, who: str) -> None:
    text = (f"Readout of the call\n\n{intro}\n\n"
            "Secretary Blinken spoke with the foreign minister of Armenia and stressed the need to "
            "return to the peace process without delay.")
    found = speakers(text, "US Department of State", "2022-10-01")
    assert who in (speaker_of(found, "Secretary Blinken spoke") or "")


def test_a_spokesperson_label_speaks_for_the_publisher() -> None:
    text = ("UK statement on the ceasefire\n\nFCDO Spokesperson:\n\n"
            "We welcome the announcement of a humanitarian ceasefire and urge all other parties to "
            "make similar announcements.")
    art = extract(text, "2022-03-25", source="UK Foreign, Commonwealth & Development Office")
    quote = next(q for q in art.quotes if q.text.startswith("We welcome"))
    assert quote.speaker is not None and quote.speaker.code.startswith("GBR")


#: (layout, text, publisher, published, the quote's first words, the speaker's name)
NAMED = [
    ("statement at the end of a longer paragraph",
     "Defence Secretary Grant Shapps met Estonian Defence Minister Hanno Pevkur in London on "
     "Monday to discuss support for the region and the work of their forces together. "
     "The Defence Secretary said:\n\n"
     "\"We will keep standing with Estonia for as long as it takes, and our troops will stay.\"\n\n"
     "The two ministers also visited a training site.",
     "UK Ministry of Defence", "2022-09-20", "We will keep standing", "Shapps"),
    ("interrupted quote keeps its speaker",
     "Defense Secretary Lloyd J. Austin III spoke at the base.\n\n"
     "\u201cIn every one of our soldiers,\u201d Austin continued, \u201cwe see the best of "
     "the country and of its allies.\u201d",
     "US Department of Defense", "2022-09-20", "we see the best", "Austin"),
    ("'she said' after a quote goes on with the speaker just heard",
     "Pentagon Press Secretary Sabrina Singh said Austin praised Minister Reznikov for the work "
     "of his forces.\n\n"
     "\"He thanked the minister for the courage of the Ukrainian armed forces in the defence of "
     "their country,\" she said.",
     "US Department of Defense", "2023-01-20", "He thanked the minister", "Singh"),
    ("quote paragraph after a paragraph naming one person",
     "Minister for Africa Andrew Mitchell has condemned the attack on the market in the north.\n\n"
     "\u201cI condemn this appalling attack on people going about their lives. My thoughts are with "
     "the families of those killed.\u201d",
     "UK Foreign, Commonwealth & Development Office", "2023-05-02", "I condemn this appalling attack", "Mitchell"),
    ("partial quote takes its clause subject",
     "Secretary of State Antony Blinken described the attack on the convoy as \u201ca cruel and "
     "senseless act of violence\u201d on Tuesday.",
     "US Department of State", "2023-05-02", "a cruel and senseless act", "Blinken"),
    ("role with modifiers points to the holder of that whole title",
     "Pentagon Deputy Press Secretary Sabrina Singh spoke to reporters today. Secretary of Defense "
     "Lloyd J. Austin III spoke with the Ukrainian defense minister this morning. "
     "\"The two leaders pledged to remain in close contact,\" the deputy press secretary said.",
     "US Department of Defense", "2022-10-21", "The two leaders pledged", "Singh"),
    ("name the model cut short is read to its end",
     "Pakistani Foreign Minister Makhdoom Shah Mahmood Qureshi met the envoy in Islamabad.\n\n"
     "\u201cNow we reach the stage of implementation and we had discussions in that regard,\u201d Qureshi said.",
     None, "2009-04-08", "Now we reach the stage", "Qureshi"),
]


@pytest.mark.parametrize("text, source, published, start, who", [row[1:] for row in NAMED],
                         ids=[row[0] for row in NAMED])
def test_the_named_speaker_of_a_layout(text: str, source: str | None, published: str, start: str, who: str) -> None:
    found = speakers(text, source, published)
    assert who in (speaker_of(found, start) or "")
