"""Hostile input through the quotes and claims stages: never crash, spans stay valid."""

from __future__ import annotations

import pytest

from communique.claims import find_claims
from communique.quotes import find_quotes
from test_quotes_helpers import build_article

pytestmark = pytest.mark.model

ACTORS = [("Turkey", "TUR", "state", ["Turkey", "Ankara"]), ("Syria", "SYR", "state", ["Syria"]),
          ("Mevlut Cavusoglu", "TURGOV", "person", ["Cavusoglu"])]

HOSTILE = [
    "“",
    "”” ““ '' \"\" ‘’",
    "\"\"\"\"\"\"\"\"\"\"",
    "Cavusoglu said “we will go on and on and on\n\n“and then what\n”",
    "“Unclosed at the start of the text, Cavusoglu said, and it goes on to the end",
    "He said, 'it's the ‘real’ thing\" and “left” ” ’",
    "Turkey said that.\n\n\n“\n”\n",
    "“" + "word " * 400 + "” Cavusoglu said.",
    "Ankara demands “” and Syria rejects ‘’ it.",
    "“🙂 emoji quote with 中文 and العربية,” Cavusoglu said.",
    "Cavusoglu said: " + "“Yes.” " * 30,
]


@pytest.mark.parametrize("text", HOSTILE)
def test_quotes_robust_hostile_text(nlp, text):
    art = build_article(nlp, text, ACTORS)
    art.quotes = find_quotes(art)
    for q in art.quotes:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start:q.end] == q.text
        if q.speaker is not None:
            assert art.actor(q.speaker.actor) is not None
    assert [q.id for q in art.quotes] == [f"Q{i}" for i in range(1, len(art.quotes) + 1)]
    for claim in find_claims(art):
        assert claim.stance in {"demand", "support", "oppose", "offer", "condition", "warn", "deny", "accuse"}
        for s, e in claim.evidence_spans:
            assert 0 <= s < e <= len(text)


def test_quotes_robust_without_parse_or_actors():
    from communique.article import Article

    art = Article(text="“We will not leave the talks,” he said.")
    quotes = find_quotes(art)  # no doc: marks only, no speakers
    assert [(q.text, q.speaker) for q in quotes] == [("We will not leave the talks,", None)]
    assert find_claims(art) == []
