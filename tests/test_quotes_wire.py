"""Wire-style attribution patterns, each on sentences of our own (whole pipeline)."""

from __future__ import annotations

from typing import Any

import pytest

from communique.quotes import quote_matches


def _extract(text: str) -> Any:
    from communique.run import extract
    return extract(text, published="2024-06-04")


def _quote(article: Any, text: str) -> Any:
    return next((q for q in article.quotes if quote_matches(q.text, text)), None)


def _country(quote: Any) -> str | None:
    return quote.speaker.code[:3] if quote and quote.speaker and quote.speaker.code else None


# (passage, quote text, speaker country)
CASES = [
    # a quote running over paragraphs after a dateline takes the next paragraph's speaker
    ('ROME -- "We have asked for a full inquiry into the sinking. Nobody has answered yet.\n\n'
     '"We will keep asking until we get the truth," Italian Prime Minister Giorgia Meloni said.',
     "We have asked for a full inquiry into the sinking", "ITA"),
    ('\u201cThe border will stay closed for the whole winter season.\n\n\u201cWe have no other choice,\u201d '
     'Finnish Prime Minister Petteri Orpo told reporters.', "The border will stay closed", "FIN"),
    # "the minister said" points back to the person named before
    ('Japanese Foreign Minister Yoko Kamikawa arrived in Manila on Monday.\n\n'
     '"Japan wants the sea lanes to stay open to all ships," the minister said.', "Japan wants the sea lanes", "JPN"),
    ('Kenyan President William Ruto opened the summit in Nairobi. "Africa must finance its own '
     'development at last," the president said.', "Africa must finance its own development", "KEN"),
    # "X, a spokesman for <actor>, said": the actor the spokesman speaks for
    ('"The talks were useful and will continue next week," said Matthew Jones, a spokesman for '
     'the Canadian foreign ministry.', "The talks were useful", "CAN"),
    # "according to a statement from <actor>"
    ("Qatar will host the next round of negotiations, according to a statement from the Qatari "
     "foreign ministry.", "Qatar will host the next round of negotiations", "QAT"),
    # "told a briefing that ...", which the parser hangs on the object as a relative clause
    ("The Indian foreign ministry spokesman told a weekly briefing that India rejected the "
     "remarks about Kashmir.", "India rejected the remarks about Kashmir", "IND"),
    # "the ministry said" points back to the last mention holding "ministry"
    ("The Egyptian foreign ministry summoned the Israeli ambassador on Sunday.\n\n"
     '"These raids endanger the whole truce and must stop at once," the ministry said.',
     "These raids endanger the whole truce", "EGY"),
    # "X, the head of <actor>", "the NATO secretary general"
    ('"The camps cannot take a single family more," said Anna Keller, the head of the United '
     "Nations refugee agency.", "The camps cannot take a single family more", "IGO"),
    ('"We will keep our forces ready in the east," the NATO secretary general told reporters.',
     "We will keep our forces ready in the east", "IGO"),
    # a speech verb the parser left without a subject: the one person named before it
    ("In a post on Telegram, Dmitry Medvedev, deputy chairman of Russia's Security Council, wrote "
     "that any strike on Moscow would meet a swift answer.", "any strike on Moscow would meet a swift answer", "RUS"),
    # a partial quote inside the reported clause leaves the clause reported speech
    ('Vietnamese Prime Minister Pham Minh Chinh said Hanoi would defend "every rock and every reef" '
     "of its islands in the East Sea.", "Hanoi would defend", "VNM"),
    # an interview transcript: answers are the interviewee's
    ("Greek Prime Minister Kyriakos Mitsotakis spoke to the newspaper Kathimerini.\n\n"
     "Q: Will Greece send more aid to Ukraine?\n\nA: We will do what our partners ask of us and more.",
     "We will do what our partners ask of us and more.", "GRC"),
    # headline attribution "Name: claim"
    ("Zelenskiy: Ukraine will never give up Crimea\n\nUkrainian President Volodymyr Zelenskiy "
     "spoke in Kyiv on Sunday.", "Ukraine will never give up Crimea", "UKR"),
]


@pytest.mark.parametrize("text,quote,country", CASES)
def test_wire_attribution(text: str, quote: str, country: str) -> None:
    article = _extract(text)
    found = _quote(article, quote)
    assert found is not None, [q.text for q in article.quotes]
    assert _country(found) == country


@pytest.mark.parametrize("text,not_quote", [
    # a question put to someone is not their statement
    ("Reporters asked the Egyptian president whether Egypt would open the crossing.",
     "Egypt would open the crossing"),
    ("Turkish Foreign Minister Hakan Fidan was asked if Ankara would support the plan.",
     "Ankara would support the plan"),
    # a trailing attribution is not reported content
    ('Iranian President Masoud Pezeshkian said the talks had gone "well", state television reported '
     "on Monday.", "state television reported on Monday"),
    # the interviewer's question is no quote
    ("Greek Prime Minister Kyriakos Mitsotakis spoke to the newspaper Kathimerini.\n\n"
     "Q: Will Greece send more aid to Ukraine soon?\n\nA: We will do what our partners ask of us.",
     "Will Greece send more aid to Ukraine soon"),
    # a headline whose part before the colon is no actor is no attribution
    ("Analysis: the ceasefire deal is fragile\n\nThe truce held for a second day.",
     "the ceasefire deal is fragile"),
])
def test_not_a_quote(text: str, not_quote: str) -> None:
    article = _extract(text)
    assert not any(quote_matches(q.text, not_quote) for q in article.quotes), \
        [q.text for q in article.quotes]
