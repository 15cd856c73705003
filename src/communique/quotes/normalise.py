"""Helpers to compare quote texts, for tests and the evaluation harness.

>>> normalise_quote("  “We’ll  go,” ")
"we'll go"
>>> quote_matches("share goals and common interests", "“share goals and common interests.”")
True
"""

from __future__ import annotations

import re
import unicodedata

from ..cameo import same_side

_MARKS = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"',
                        "‘": "'", "’": "'", "‹": "'", "›": "'", "\u00a0": " "})
_SPACE = re.compile(r"\s+")
_EDGE = re.compile(r"^[\W_]+|[\W_]+$")


def normalise_quote(text: str) -> str:
    """Lower-case ``text`` with straight marks, single spaces and no edge punctuation."""
    text = unicodedata.normalize("NFKC", text or "").translate(_MARKS).lower()
    return _EDGE.sub("", _SPACE.sub(" ", text)).strip()


def quote_matches(found: str, gold: str) -> bool:
    """True when one normalised text contains the other (and neither is empty)."""
    a, b = normalise_quote(found), normalise_quote(gold)
    return bool(a) and bool(b) and (a in b or b in a)


def speaker_matches(found: dict | None, gold_name: str | None, gold_code: str | None,
                    country_level: bool = False) -> bool:
    """True when a quote's speaker dict (as in ``Quote.to_dict``) matches a gold speaker.

    It matches on the code (or only its country part, the first three letters,
    with ``country_level``), or on a shared word of the names. A gold speaker of ``None``
    matches only a found ``None``.
    """
    if gold_name is None and gold_code is None:
        return found is None
    if not found:
        return False
    code = (found.get("code") or "").upper()
    if gold_code and code:
        want = gold_code.upper()
        if code == want or (country_level and same_side(code, want)):
            return True
    name_words = set(normalise_quote(found.get("name") or "").replace("-", " ").split())
    gold_words = set(normalise_quote(gold_name or "").replace("-", " ").split())
    return bool(name_words & gold_words)
