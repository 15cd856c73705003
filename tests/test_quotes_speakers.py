"""Speakers: each attribution pattern, pronouns, and quotes with no speaker."""

from __future__ import annotations

import pytest

from communique.quotes import find_quotes
from test_quotes_helpers import build_article, pronoun_at

pytestmark = pytest.mark.model

ACTORS = [
    ("Sergei Lavrov", "RUSGOV", "person", ["Sergei Lavrov", "Lavrov"]),
    ("Faisal Mekdad", "SYRGOV", "person", ["Faisal Mekdad", "Mekdad"]),
    ("Mevlut Cavusoglu", "TURGOV", "person", ["Mevlut Cavusoglu", "Cavusoglu"]),
    ("Russia", "RUS", "state", ["Russia", "Moscow"]),
    ("Turkey", "TUR", "state", ["Turkey", "Ankara"]),
    ("Syria", "SYR", "state", ["Syria", "Damascus", "Syrian"]),
    ("Iran", "IRN", "state", ["Iran", "Tehran", "Iranian"]),
]


def speakers(nlp, text, direct_only=True):
    art = build_article(nlp, text, ACTORS)
    return [(q.text, q.speaker.name if q.speaker else None, q.verb)
            for q in find_quotes(art) if q.direct or not direct_only]


@pytest.mark.parametrize("text, quote, speaker, verb", [
    # subject before the quote, with and without a colon
    ("Lavrov said: “The talks will go on for as long as needed.”",
     "The talks will go on for as long as needed.", "Sergei Lavrov", "say"),
    ("Cavusoglu told reporters, \"We will not accept any new conditions.\"",
     "We will not accept any new conditions.", "Mevlut Cavusoglu", "tell"),
    # subject after the quote, normal and inverted
    ("“We will continue to demand a full withdrawal,” Mekdad said.",
     "We will continue to demand a full withdrawal,", "Faisal Mekdad", "say"),
    ("“Nobody wants another war in the region,” said Lavrov.",
     "Nobody wants another war in the region,", "Sergei Lavrov", "say"),
    ("“Our patience has limits and they know it,” Cavusoglu warned on Monday.",
     "Our patience has limits and they know it,", "Mevlut Cavusoglu", "warn"),
    # partial quote inside a reported clause
    ("Lavrov said he sees Moscow’s task as “consolidating the progress made so far.”",
     "consolidating the progress made so far.", "Sergei Lavrov", "say"),
    # state media quoted X as saying; X was quoted as saying
    ("Syrian state media quoted Mekdad as saying that both sides “share goals and common interests.”",
     "share goals and common interests.", "Faisal Mekdad", "say"),
    ("Turkish television quoted Cavusoglu as saying “the door to dialogue remains open.”",
     "the door to dialogue remains open.", "Mevlut Cavusoglu", "say"),
    ("“We will insist on the subject of withdrawal,” Mekdad was quoted as saying.",
     "We will insist on the subject of withdrawal,", "Faisal Mekdad", "say"),
    # according to X
    ("The meeting was “a first step towards lasting peace in the region,” according to Lavrov.",
     "a first step towards lasting peace in the region,", "Sergei Lavrov", None),
    # In a tweet, X said
    ("In a tweet, Cavusoglu said he stressed the need for “cooperation in the fight against terrorism.”",
     "cooperation in the fight against terrorism.", "Mevlut Cavusoglu", "stress"),
    ("In a post on Telegram, Mekdad wrote that “the occupation must end without delay.”",
     "the occupation must end without delay.", "Faisal Mekdad", "write"),
    # conjoined verb borrows the subject
    ("Lavrov pointed to the “special” moment and said, “All indications point to a new order in the world.”",
     "All indications point to a new order in the world.", "Sergei Lavrov", "say"),
])
def test_quotes_speakers_patterns(nlp, text, quote, speaker, verb):
    found = speakers(nlp, text)
    assert (quote, speaker, verb) in found, found


@pytest.mark.parametrize("text, quote, speaker", [
    # a pronoun in the clause that the quote's verb is embedded in
    ("In April, Moscow hosted the defence ministers of Turkey and Syria for talks that it said "
     "focused on “practical steps to strengthen security in the region.”",
     "practical steps to strengthen security in the region.", "Russia"),
    ("Cavusoglu said he stressed the need for “working together to establish the basis for return.”",
     "working together to establish the basis for return.", "Mevlut Cavusoglu"),
    # a pronoun resolved to the one person named in the previous sentences
    ("Mekdad met his hosts in Moscow. “We will continue to demand a full withdrawal,” he said.",
     "We will continue to demand a full withdrawal,", "Faisal Mekdad"),
    ("Yet Mekdad added that the goal was to end the presence of foreign forces.\n"
     "“We will continue to demand and insist on the subject of withdrawal,” he was quoted as saying.",
     "We will continue to demand and insist on the subject of withdrawal,", "Faisal Mekdad"),
])
def test_quotes_speakers_pronouns(nlp, text, quote, speaker):
    assert (quote, speaker) in [(q, s) for q, s, _ in speakers(nlp, text)]


def test_quotes_speakers_pronoun_mention_from_actors_stage(nlp):
    text = "Lavrov and Cavusoglu met. “We agreed on the next steps of the process,” he said."
    art = build_article(nlp, text, ACTORS)
    pronoun_at(art, "he", "A3")  # the actors stage resolved "he" to Cavusoglu
    (q,) = [q for q in find_quotes(art) if q.direct]
    assert q.speaker is not None and q.speaker.name == "Mevlut Cavusoglu"
    assert q.speaker.code == "TURGOV"


@pytest.mark.parametrize("text", [
    # no speech verb, no source
    "The banner read “no to war and no to the occupation of our land” for days.",
    # an ambiguous pronoun: two persons named before it
    "Lavrov and Cavusoglu met in Moscow. “We agreed on the next steps of the process,” he said.",
    # a speaker who is not a known actor
    "“We agreed on the next steps of the process,” a local farmer said.",
    # it with no actor of its kind around
    "“The next steps of the process are agreed,” it said.",
])
def test_quotes_speakers_unknown_is_none(nlp, text):
    found = speakers(nlp, text)
    assert found and all(s is None for _, s, _ in found), found


def test_quotes_speakers_quote_paragraph_continues_previous_speaker(nlp):
    text = ("Lavrov said the talks would go on. “We are ready to work with all sides,” he said.\n"
            "“There is no alternative to a political settlement of this conflict.”")
    found = speakers(nlp, text)
    assert ("There is no alternative to a political settlement of this conflict.", "Sergei Lavrov",
            None) in found


def test_quotes_speakers_no_continuation_without_previous_speaker(nlp):
    text = ("The talks went on for hours in the capital.\n"
            "“There is no alternative to a political settlement of this conflict.”")
    assert [s for _, s, _ in speakers(nlp, text)] == [None]


def test_quotes_speakers_link_to_actor_code_and_span(nlp):
    text = "“Nobody wants another war in the region,” said Lavrov."
    art = build_article(nlp, text, ACTORS)
    (q,) = find_quotes(art)
    assert q.speaker.code == "RUSGOV" and q.speaker.actor == "A1"
    assert text[q.speaker.span[0]:q.speaker.span[1]] == "Lavrov"
    d = q.to_dict()
    assert d["speaker"]["code"] == "RUSGOV" and d["direct"] is True and d["span"] == [q.start, q.end]


def test_quotes_speakers_next_sentence_quote_continues_speaker(nlp):
    text = "“Any attempt to split the country will fail,” Lavrov said on Tuesday. “We urge Ankara to stop.”"
    found = speakers(nlp, text)
    assert ("We urge Ankara to stop.", "Sergei Lavrov", None) in found


def test_quotes_speakers_never_from_another_paragraph(nlp):
    text = ("“We urge everyone to stop the fighting at once.”\n"
            "Cavusoglu rejected the criticism, saying Ankara remained committed to peace.")
    found = speakers(nlp, text)
    assert ("We urge everyone to stop the fighting at once.", None, None) in found


@pytest.mark.parametrize("actors, speaker", [
    ([("Wang Yi", "CHNGOV", "person", ["Wang Yi"])], "Wang Yi"),
    # two persons share the name part: unknown rather than a guess
    ([("Wang Yi", "CHNGOV", "person", ["Wang Yi"]), ("Wang Wenbin", "CHNGOV", "person", ["Wang Wenbin"])], None),
])
def test_quotes_speakers_by_name_part(nlp, actors, speaker):
    text = "Wang Yi and Wang Wenbin spoke. “Any attempt to split the country will fail,” Wang said."
    art = build_article(nlp, text, actors)
    (q,) = find_quotes(art)
    assert (q.speaker.name if q.speaker else None) == speaker
