"""The pair a sentence speaks of without naming it (events/pair.py): "both nations",
"the two leaders", "each other" stand for the last two countries named before them."""

from __future__ import annotations

import pytest

from communique.events.learned import parties
from communique.events.pair import pair_in_play, pair_phrase
from communique.run import extract


def _sentences(text):
    article = extract(text, published="2025-07-25", settings={"learned_events": False})
    return article, list(article.sentences())


@pytest.mark.parametrize("second", [
    "Both nations accused each other of instigating the skirmish.",
    "The two leaders agreed to stay in touch.",
    "Casualties were reported on both sides.",
])
def test_pair_phrase_stands_for_the_last_two_countries(second):
    article, (first, sent) = _sentences("Thailand and Cambodia clashed on the border on Monday. " + second)
    phrase = pair_phrase(sent)
    assert phrase is not None
    assert [r.code[:3] for r in pair_in_play(article, sent, phrase)] == ["THA", "KHM"]
    kinds = {(p.side, p.kind) for p, _ in parties(article, sent, article.mentions_between(sent.start_char, sent.end_char))}
    assert {("THA", "pair"), ("KHM", "pair")} <= kinds


def test_pair_needs_the_phrase_and_two_different_countries():
    article, (_, sent) = _sentences("Thailand and Cambodia clashed on the border. The leaders met in Bangkok.")
    assert pair_phrase(sent) is None  # "the leaders" alone is no pair
    article, (_, sent) = _sentences("Thailand held elections on Sunday. Both parties claimed victory.")
    phrase = pair_phrase(sent)
    assert phrase is not None and pair_in_play(article, sent, phrase) == []  # one country in play


def _refs(article, sent):
    return [article.ref(m) for m in article.mentions_between(sent.start_char, sent.end_char)]


@pytest.mark.parametrize("text,target,joined", [
    ("Britain spoke with the foreign ministers of Kenya, Uganda and Tanzania.", "KEN", ["UGA", "TZA"]),
    ("Britain condemned Russia and Iran.", "RUS", ["IRN"]),
    ("Britain and Kenya condemned Uganda.", "UGA", []),  # a co-agent is no co-target
    ("The Kenyan envoy to Somalia met Uganda's president.", "UGA", []),
])
def test_conjoined_finds_the_targets_listed_with_the_target(text, target, joined):
    from communique.events.dyads import conjoined
    article, (sent,) = _sentences(text)
    refs = _refs(article, sent)
    chosen = next(r for r in refs if r.code[:3] == target)
    source = refs[0]
    assert [r.code[:3] for r in conjoined(article.doc, chosen, refs, source)] == joined
