"""The seed article: all gold quotes found, each with the right speaker."""

from __future__ import annotations

import pytest

from communique.quotes import find_quotes, quote_matches, speaker_matches
from test_quotes_helpers import build_article

pytestmark = [pytest.mark.model, pytest.mark.shared]

SCARE = ["main goal", "illegal", "special and unique"]


def _match(quotes, gold):
    return [q for q in quotes if q.direct and quote_matches(q.text, gold["text"])]


def test_quotes_seed_all_gold_quotes_found(seed_article, seed_gold):
    for gold in seed_gold["quotes"]:
        assert _match(seed_article.quotes, gold), gold["text"]
    texts = [q.text for q in seed_article.quotes if q.direct]
    for scare in SCARE:
        assert scare not in texts


def test_quotes_seed_speakers_end_to_end(seed_article, seed_gold):
    if not seed_article.actors:
        pytest.skip("the actors stage has not landed yet")
    wrong = []
    for gold in seed_gold["quotes"]:
        found = [q.to_dict()["speaker"] for q in _match(seed_article.quotes, gold)]
        if not any(speaker_matches(s, gold["speaker"], gold["actor"]) for s in found):
            wrong.append((gold["text"][:40], gold["speaker"], found))
    assert not wrong, wrong


def test_quotes_seed_speakers_with_hand_made_mentions(nlp, seed_article, seed_gold):
    """The attribution rules alone, with mentions listed by hand (names only, no pronouns)."""
    pronouns = {"he", "she", "it", "they"}
    specs = []
    for actor in seed_gold["actors"]:
        words = [w for w in actor.get("mentions", []) if w.lower() not in pronouns]
        kind = "person" if "role" in actor else "state"
        specs.append((actor["name"], actor["code"], kind, words or [actor["name"]]))
    art = build_article(nlp, seed_article.text, specs)
    quotes = find_quotes(art)
    for gold in seed_gold["quotes"]:
        found = [q.to_dict()["speaker"] for q in _match(quotes, gold)]
        assert any(speaker_matches(s, gold["speaker"], gold["actor"]) for s in found), (gold, found)
