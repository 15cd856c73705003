"""A mention never runs across a line break: a headline ending in a title is no title of the
name that opens the next paragraph."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _extract(text):
    from communique.run import extract

    return extract(text, published="2012-02-22", source="UK Foreign & Commonwealth Office",
                   settings={"learned_events": False})


@pytest.mark.parametrize("text", [
    "Foreign Secretary meets Egyptian Foreign Minister\n\nForeign Secretary William Hague met Egyptian Foreign "
    "Minister Dr Muhammad Kamel Amr in London on 22 February.",
    "Arrests in China\n\nAuthorities in Beijing detained three activists on Monday.",
    "Statement on Burundi\n\nPress reports say Burundian police fired on protesters.",
])
def test_actors_no_mention_crosses_a_line_break(text):
    art = _extract(text)
    spans = [art.text[m.start:m.end] for a in art.actors for m in a.mentions]
    assert spans and not [s for s in spans if "\n" in s], spans


def test_actors_headline_title_leaves_the_first_sentence_alone():
    art = _extract("Foreign Secretary meets Egyptian Foreign Minister\n\nForeign Secretary William Hague met Egyptian "
                   "Foreign Minister Dr Muhammad Kamel Amr in London on 22 February.")
    met = [e for e in art.events if e.trigger_text == "met"]
    assert met and met[0].source.code == "GBRGOV" and met[0].target.code == "EGYGOV", [
        (e.cameo, e.source and e.source.code, e.target and e.target.code) for e in art.events]
