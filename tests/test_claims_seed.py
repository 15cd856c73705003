"""The seed article's ledger: Syria's demand, Turkey's calls, Iran's offer."""

from __future__ import annotations

import pytest

from communique.claims import find_claims
from communique.quotes import find_quotes
from test_quotes_helpers import build_article

pytestmark = [pytest.mark.model, pytest.mark.shared]


def _has(claims, country, stance, *words):
    for c in claims:
        if c.code[:3] == country and c.stance == stance and all(w in c.issue.lower() for w in words):
            return True
    return False


def check_ledger(claims):
    rows = [(c.code, c.stance, c.issue) for c in claims]
    assert _has(claims, "SYR", "demand", "withdrawal", "turkish"), rows
    assert _has(claims, "SYR", "condition", "relations", "withdrawal"), rows
    assert _has(claims, "TUR", "demand", "cooperation", "terrorism"), rows
    assert _has(claims, "TUR", "demand", "return"), rows
    assert _has(claims, "IRN", "offer", "negotiations"), rows
    for c in claims:
        assert c.evidence_spans and c.date


def test_claims_seed_end_to_end(seed_article):
    if not seed_article.actors:
        pytest.skip("the actors stage has not landed yet")
    check_ledger(seed_article.claims)


def test_claims_seed_with_hand_made_mentions(nlp, seed_article, seed_gold):
    specs = []
    for actor in seed_gold["actors"]:
        words = [w for w in actor.get("mentions", []) if w.lower() not in {"he", "she", "it", "they"}]
        specs.append((actor["name"], actor["code"], "person" if "role" in actor else "state",
                      words or [actor["name"]]))
    art = build_article(nlp, seed_article.text, specs)
    art.published = seed_article.published
    art.quotes = find_quotes(art)
    claims = find_claims(art)
    check_ledger(claims)
    withdrawal = [c for c in claims if c.stance == "demand" and "withdrawal" in c.issue]
    assert len(withdrawal) == 1 and len(withdrawal[0].evidence_spans) >= 2  # quote and clause merged
