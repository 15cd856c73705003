"""A government's own release speaks on the day it is published (time/dating.py, step 3)."""

from __future__ import annotations

import pytest

from communique.run import extract

TEXT = ("The Foreign Office summoned the Rwandan High Commissioner yesterday (18 February) "
        "following advances by the Rwandan Defence Force in eastern DRC.\n\n"
        "The UK strongly condemns the advances of the Rwandan Defence Force in eastern DRC.")


@pytest.mark.model
@pytest.mark.parametrize("source,expected", [
    ("UK Foreign, Commonwealth & Development Office", "2025-02-19"),  # the release's own voice: today
    (None, "2025-02-18"),                                               # wire copy: the story's day
])
def test_present_tense_in_a_release_is_the_publication_day(source, expected):
    art = extract(TEXT, published="2025-02-19", source=source)
    condemn = [e for e in art.events if e.trigger_text.startswith("condemn")]
    assert condemn and condemn[0].date is not None and condemn[0].date.value == expected
