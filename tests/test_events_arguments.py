"""Where an event's source comes from when its word has no subject of its own, and frame
words that are events with no event word after them, on sentences of our own through the
whole pipeline."""

from __future__ import annotations

import pytest

from test_events_wire import coded, has


@pytest.mark.parametrize("text,code,source,target", [
    ("The Chilean foreign minister flew home after meeting Peruvian officials in Lima.", "040", "CHL", "PER"),
    ("After meeting Peruvian officials in Lima, the Chilean foreign minister flew home.", "040", "CHL", "PER"),
    ("Brazil responded by expelling the Bolivian ambassador.", "166", "BRA", "BOL"),
])
def test_events_arguments_gerund_after_a_preposition_shares_the_subject(text: str, code: str, source: str,
                                                                        target: str) -> None:
    """"flew home after meeting X": the one who flew met X (``sharing_preps`` of words.yml)."""
    found = coded(text)
    assert has(found, code, source, target), found


def test_events_arguments_gerund_of_a_noun_shares_nothing() -> None:
    """"the visit after meeting X" hangs on a noun: no subject to share."""
    found = coded("The visit came a week after meeting Peruvian officials in Lima.")
    assert not [f for f in found if f[1] and f[1] != "---"], found


@pytest.mark.parametrize("text", [
    "Chile's president met the Peruvian president in Lima on Monday. They agreed to take forward work to further "
    "strengthen the bilateral relationship.",
    "Chile's president met the Peruvian president in Lima on Monday. The two leaders agreed that the protection of "
    "civilians was paramount.",
    "Chile's president met the Peruvian president in Lima on Monday. They committed to working together in the years "
    "ahead.",
    "Chile said it stands ready to respond to Peru choosing to talk.",
])
def test_events_sides_agreeing_is_an_intent_to_cooperate(text: str) -> None:
    """"agree", "commit" and "ready" are intents (030) even when what follows names no event
    word (``default: true`` in triggers.yaml): on the dev set such sentences were 030 in gold."""
    found = coded(text)
    assert has(found, "03", "CHL", "PER"), found
