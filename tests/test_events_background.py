"""Event nouns recalled as background ("Russia's invasion of Ukraine") code no event;
the act told with its own verb still does (words.yml, background_nouns; found on the
real-news dev set, where such nominal events were right 13 times in 63)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _roots(text):
    from communique.run import extract

    art = extract(text, published="2023-02-20", source="Wikipedia", settings={"learned_events": False})
    return [(e.cameo[:2], e.source and e.source.code[:3], e.target and e.target.code[:3]) for e in art.events]


@pytest.mark.parametrize("text", [
    "As we approach the anniversary of Russia's invasion of Ukraine, the ministers are concerned.",
    "The United States remains unwavering in its commitment to Israel's security.",
    "The exercises started in response to the Speaker's visit to Taiwan.",
])
def test_a_recalled_act_is_no_event(text):
    assert not _roots(text)


@pytest.mark.parametrize("text,expected", [
    ("Russia invaded Ukraine in February 2022.", ("19", "RUS", "UKR")),
    ("Russian forces launched an invasion of Ukraine.", ("19", "RUS", "UKR")),
])
def test_the_act_told_with_its_verb_is_still_an_event(text, expected):
    assert expected in _roots(text)
