"""Claim rules met on wire-style passages, each on sentences of our own (whole pipeline)."""

from __future__ import annotations

from typing import Any

import pytest


def _claims(text: str) -> list[tuple[str, str, str]]:
    from communique.run import extract
    article = extract(text, published="2024-06-04")
    return [(c.code[:3], c.stance, c.issue.lower()) for c in article.claims]


def _has(claims: list[tuple[str, str, str]], country: str, stance: str, word: str) -> bool:
    return any(c == country and s == stance and word in i for c, s, i in claims)


@pytest.mark.parametrize("text,country,stance,word", [
    # "stand with/by/behind X" is support for X
    ('"Canada stands with the people of Taiwan," Canadian Foreign Minister Melanie Joly said.',
     "CAN", "support", "taiwan"),
    ('"We will stand by Armenia whatever happens," French President Emmanuel Macron said.',
     "FRA", "support", "armenia"),
    # "X needs Y" said by X is a demand for Y
    ('"Lebanon needs urgent financial aid from its neighbours," Lebanese Prime Minister Najib Mikati said.',
     "LBN", "demand", "aid"),
    # a command in a direct quote is the speaker's demand
    ('"Release the hostages now," Israeli Prime Minister Benjamin Netanyahu told reporters.',
     "ISR", "demand", "hostages"),
    ('"Our message to Moscow is clear: withdraw your troops from Moldova," Romanian President '
     'Klaus Iohannis said.', "ROU", "demand", "moldova"),
])
def test_claim_found(text: str, country: str, stance: str, word: str) -> None:
    claims = _claims(text)
    assert _has(claims, country, stance, word), claims


@pytest.mark.parametrize("text,bad", [
    # "for as long as" is a duration, not a condition
    ('"Norway will help Ukraine for as long as it needs help," Norwegian Prime Minister Jonas Gahr '
     'Store said.', lambda c: c[1] == "condition"),
    ('"Japan will support the fund for as long as it takes," Japanese Foreign Minister Yoko '
     'Kamikawa said.', lambda c: c[1] == "condition"),
    # a pronoun object names no issue; "for as long as" is no issue either
    ('"We will support it for as long as it takes," the Dutch prime minister said.',
     lambda c: c[2] in ("long", "it")),
    # a command-like figure of speech is no demand
    ('"Let me be clear about our position on the border," Greek Prime Minister Kyriakos '
     'Mitsotakis said.', lambda c: c[1] == "demand"),
    # the audience of a speech verb is no issue
    ('"Serbia must recognise our borders," Kosovo President Vjosa Osmani told local radio.',
     lambda c: "radio" in c[2]),
])
def test_no_bad_claim(text: str, bad: Any) -> None:
    claims = _claims(text)
    assert not any(bad(c) for c in claims), claims
