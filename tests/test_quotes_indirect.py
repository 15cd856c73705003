"""Indirect speech: reported clauses become quotes with direct=False."""

from __future__ import annotations

import pytest

from communique.quotes import find_quotes
from test_quotes_helpers import build_article

pytestmark = pytest.mark.model

ACTORS = [
    ("Hossein Amir-Abdollahian", "IRNGOV", "person", ["Hossein Amir-Abdollahian", "Amir-Abdollahian"]),
    ("Mevlut Cavusoglu", "TURGOV", "person", ["Mevlut Cavusoglu", "Cavusoglu"]),
    ("Iran", "IRN", "state", ["Iran"]),
    ("Syria", "SYR", "state", ["Syria"]),
    ("Turkey", "TUR", "state", ["Turkey"]),
]


@pytest.mark.parametrize("text, clause, speaker, verb", [
    ("Amir-Abdollahian said Iran is ready to help promote negotiations between Syria and Turkey.",
     "Iran is ready to help promote negotiations between Syria and Turkey", "Hossein Amir-Abdollahian", "say"),
    ("Cavusoglu said that Turkey would keep its troops in the north for now.",
     "Turkey would keep its troops in the north for now", "Mevlut Cavusoglu", "say"),
    ("Cavusoglu stressed the need for closer cooperation against terrorism.",
     "the need for closer cooperation against terrorism", "Mevlut Cavusoglu", "stress"),
    ("Iran warned that any attack on Syria would have grave consequences.",
     "any attack on Syria would have grave consequences", "Iran", "warn"),
    ("Amir-Abdollahian met the envoy, adding that Syria can count on its neighbours.",
     "Syria can count on its neighbours", "Hossein Amir-Abdollahian", "add"),
])
def test_quotes_indirect_clauses(nlp, text, clause, speaker, verb):
    art = build_article(nlp, text, ACTORS)
    found = [(q.text, q.speaker.name if q.speaker else None, q.verb) for q in find_quotes(art)
             if not q.direct]
    assert (clause, speaker, verb) in found, found


def test_quotes_indirect_left_to_direct_quote(nlp):
    text = "Cavusoglu said that Turkey and Syria “share goals and common interests in the region.”"
    art = build_article(nlp, text, ACTORS)
    quotes = find_quotes(art)
    assert [q.direct for q in quotes] == [True]


@pytest.mark.parametrize("text", [
    "Cavusoglu did not say that Turkey would withdraw its troops.",
    "The minister, who said nothing, left early.",
])
def test_quotes_indirect_none(nlp, text):
    art = build_article(nlp, text, ACTORS)
    assert [q for q in find_quotes(art) if not q.direct] == []


def test_quotes_ids_in_text_order(nlp):
    text = ("Cavusoglu said that Turkey would keep its troops in the north. "
            "“We will not leave,” Cavusoglu said. Amir-Abdollahian said Iran is ready to help.")
    art = build_article(nlp, text, ACTORS)
    quotes = find_quotes(art)
    assert [q.id for q in quotes] == [f"Q{i}" for i in range(1, len(quotes) + 1)]
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)
    assert [q.direct for q in quotes] == [False, True, False]


def test_quotes_indirect_clause_stays_in_its_paragraph(nlp):
    text = ("Turkey moves troops, Syria says\n"
            "DAMASCUS -- Turkish troops crossed the border early on Tuesday, Syria's foreign ministry said.")
    art = build_article(nlp, text, ACTORS)
    for q in find_quotes(art):
        assert "\n" not in q.text
        assert not q.text.startswith("DAMASCUS")


@pytest.mark.parametrize("text, speaker", [
    ("The Iranian envoy said talks with Turkey would resume next week.", "Iran"),
    ("Turkish officials said the border crossing would reopen soon.", "Turkey"),
    ("Local residents said the border crossing would reopen soon.", None),
])
def test_quotes_indirect_speaker_heads(nlp, text, speaker):
    actors = ACTORS + [("Iran", "IRN", "state", ["Iranian"]), ("Turkey", "TUR", "state", ["Turkish"])]
    art = build_article(nlp, text, actors)
    (q,) = find_quotes(art)
    assert (q.speaker.name if q.speaker else None) == speaker


@pytest.mark.parametrize("text, clause, speaker", [
    ("According to Iran, the talks with Turkey will resume next week.",
     "the talks with Turkey will resume next week", "Iran"),
    ("The talks with Turkey will resume next week, according to Cavusoglu.",
     "The talks with Turkey will resume next week", "Mevlut Cavusoglu"),
    ("According to witnesses, the talks with Turkey will resume next week.", None, None),
])
def test_quotes_indirect_according_to(nlp, text, clause, speaker):
    art = build_article(nlp, text, ACTORS)
    found = [(q.text, q.speaker.name if q.speaker else None, q.verb) for q in find_quotes(art)]
    if clause is None:
        assert found == []
    else:
        assert found == [(clause, speaker, None)]
