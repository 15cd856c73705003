"""Games and elections: "defeat", "beat" or "win" in a sentence about a match or a vote
tells who won a contest, not a fight ("Qatar win the Asian Cup after defeating Jordan 3–1
in the final"; "Edwards defeats Rispone to retain his seat"). The words are
``contest_verbs`` and ``contest_words`` of ``events/data/words.yml``."""

from __future__ import annotations

import re
from typing import Any

from ..data import package_words
from .patterns import norm

CONTEST_VERBS = package_words("events", "contest_verbs")
CONTEST_WORDS = package_words("events", "contest_words")
#: A score: "3–1", "2-0", "7–5".
SCORE = re.compile(r"\b\d{1,2} ?[–-] ?\d{1,2}\b")


def about_contest(sent: Any) -> bool:
    """Whether the sentence names a game or an election (as a noun: "the final", not "the
    final battle"), or gives a score."""
    return bool(SCORE.search(sent.text)) or any(
        t.pos_ in ("NOUN", "PROPN") and norm(t) in CONTEST_WORDS for t in sent)


def contest_sense(tok: Any) -> bool:
    """Whether ``tok`` is a contest verb ("defeated") in a sentence about a game or an election."""
    return norm(tok) in CONTEST_VERBS and about_contest(tok.sent)


def decided_contest(sent: Any) -> bool:
    """Whether a contest verb of the sentence is used in that sense."""
    return any(norm(t) in CONTEST_VERBS for t in sent) and about_contest(sent)
