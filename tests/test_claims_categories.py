"""Claim categories added in round two: filler nouns ("attempt to", "efforts to", "bid to")
and passive cues with the issue as subject ("Ceasefire needed now")."""

from __future__ import annotations

import pytest

from communique.run import extract

pytestmark = pytest.mark.model


def claims(text):
    art = extract(text, published="2024-06-04")
    return [(c.code, c.stance, c.issue) for c in art.claims]


@pytest.mark.parametrize("text, country, stance, issue", [
    ("Egypt rejected any attempt to displace Palestinians into the Sinai, the foreign minister said.",
     "EGY", "oppose", "displace Palestinians"),
    ("Russia condemned efforts to expand NATO eastward, the Kremlin said.", "RUS", "oppose", "expand NATO"),
    ("France backs the bid to revive the nuclear deal, the foreign ministry said.",
     "FRA", "support", "revive nuclear deal"),
])
def test_claims_filler_nouns_step_to_the_infinitive(text, country, stance, issue):
    found = claims(text)
    assert any(c.startswith(country) and s == stance and i == issue for c, s, i in found), found


@pytest.mark.parametrize("text, code, issue", [
    ("Ceasefire needed now, says UN chief", "IGOUNO", "ceasefire"),
    ("More humanitarian aid is needed in Gaza, the UN secretary-general said.", "IGOUNO", "humanitarian aid"),
])
def test_claims_passive_need_takes_subject_as_issue(text, code, issue):
    found = claims(text)
    assert any(c.startswith(code) and s == "demand" and i.lower() == issue for c, s, i in found), found


@pytest.mark.parametrize("text", [
    "Russia needed more time to respond, the Kremlin said.",
    "Russia rejected the plan outright, the Kremlin said.",
])
def test_claims_active_verbs_keep_their_holder(text):
    found = claims(text)
    assert all(c.startswith("RUS") for c, s, i in found) and found, found
