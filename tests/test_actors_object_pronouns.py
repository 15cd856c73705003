"""Object pronouns ("congratulate her", "thanked him", "condemned them") resolved
conservatively to the one person or group they can stand for (actors.objects)."""

from __future__ import annotations

import pytest


def run(text: str):  # type: ignore[no-untyped-def]
    from communique.run import extract

    return extract(text, published="2024-06-05")


def pronoun_codes(text: str) -> list[tuple[str, str]]:
    article = run(text)
    return [(m.text, article.ref(m).code) for m in article.mentions if m.kind == "pronoun"]


@pytest.mark.parametrize("text,word,code", [
    ("Biden called Sheinbaum to congratulate her.", "her", "MEXGOV"),
    ("Mexican President Claudia Sheinbaum won the election. U.S. President Joe Biden called to "
     "congratulate her.", "her", "MEXGOV"),
    ("Putin met Erdogan and thanked him for the deal.", "him", "TURGOV"),
    ("Russian President Vladimir Putin said Erdogan had invited him.", "him", "RUSGOV"),
    ("Sudanese rebels seized the town. Chad condemned them.", "them", "SDNREB"),
    ("Biden said the deal would help him.", "him", "USAGOV"),           # not the subject of "help"
    ("Erdogan met Putin. Biden met Macron and praised him.", "him", "FRAGOV"),
])
def test_actors_object_pronoun_resolved(text: str, word: str, code: str) -> None:
    assert (word, code) in pronoun_codes(text)


@pytest.mark.parametrize("text,word", [
    ("Biden met Trudeau and Macron and thanked him.", "him"),         # two candidates
    ("Macron praised her country.", "her"),                            # possessive, not an object
    ("Biden praised him.", "him"),                                     # only the clause's own subject
    ("Erdogan met Putin. Biden praised him.", "him"),                  # two in the sentence before
])
def test_actors_object_pronoun_left_unresolved(text: str, word: str) -> None:
    assert word not in [w for w, _ in pronoun_codes(text)]


def test_events_object_pronoun_gives_target() -> None:
    article = run("Biden called Sheinbaum to congratulate her.")
    assert any(e.cameo.startswith("05") and e.source and e.source.code == "USAGOV"
               and e.target and e.target.code == "MEXGOV" for e in article.events)
