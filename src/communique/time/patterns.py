"""Regular expressions for temporal expressions, built once from the word lists.

Each :class:`Pattern` pairs a compiled regex with the name of the builder in
:mod:`communique.time.finder` that turns a match into a
:class:`~communique.time.resolve.Spec`. Month and weekday names are matched
with their capital letter only, so "may" the verb and "march" the noun stay
out; context words are matched in any case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import Lexicon, load_lexicon

#: Which anchor words a pattern needs: it is only tried near one of them.
NEEDS = {
    "iso": "digit", "slash": "digit", "dm_range": "digit", "dmy": "digit", "decade": "digit",
    "year_range": "digit", "year": "digit", "md_range": "month", "mdy": "month", "my": "month",
    "month": "month", "season": "season", "weekday": "weekday", "reldays": "rel", "weekend": "rel", "anchored": "unit",
    "relunit": "unit", "span": "unit", "ago": "unit", "period": "unit", "years_of": "unit",
}


@dataclass(frozen=True)
class Pattern:
    name: str
    regex: re.Pattern[str]
    needs: str


def alt(words: list[str] | set[str], *, fold: bool = False) -> str:
    """A non-capturing alternation of ``words``, longest first; spaces match any space."""
    parts = sorted(set(words), key=lambda w: (-len(w), w))
    body = "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in parts)
    return f"(?i:{body})" if fold else f"(?:{body})"


@dataclass(frozen=True)
class Patterns:
    """All compiled patterns plus the small context regexes the finder uses."""

    ordered: tuple[Pattern, ...]
    anchors: tuple[tuple[str, str], ...]  # (lower-case word or digit, kind) some pattern needs
    left: re.Pattern[str]  # in/on, early/mid/late, last/next/this before a core
    context: re.Pattern[str]  # a context word right before a bare month/season
    connector: re.Pattern[str]  # the words between the two ends of a range
    range_open: re.Pattern[str]  # "between" / "from" before a range
    since: re.Pattern[str]
    future_before: re.Pattern[str]
    future_words: re.Pattern[str]  # a fallback future test on text when there is no parse
    word_before: re.Pattern[str]
    month_pair: re.Pattern[str]  # "between January and " before a second bare month
    period_end: re.Pattern[str]  # "... ended in 1988" after a period


def build(lex: Lexicon) -> Patterns:
    """Compile every pattern from ``lex``."""
    month = alt(list(lex.month_numbers))
    full_months = alt([n for n in lex.month_numbers if not n.endswith(".") and len(n) >= 3
                       and n in _full_names(lex)])
    weekday = alt(list(lex.weekday_numbers))
    seasons = alt(list(lex.seasons) + [s.capitalize() for s in lex.seasons])
    parts = alt(lex.day_parts, fold=True)
    number = r"(?:\d{1,3}|" + alt(list(lex.numbers), fold=True) + ")"
    units = alt(list(lex.units), fold=True)
    period = alt(lex.period_nouns)
    day = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?(?!\w)(?![.,]\d)(?!\s*(?:%|percent|per\s+cent))"
    year = r"(?P<y>\d{4})(?!\w)(?![.,]\d)"
    days_apart = r"(?:\s*[-–—]\s*|\s+(?:to|and)\s+)"  # "8–9 July", "22 to 23 June"
    owner = r"(?P<det>(?i:the|its|their|his|her|our)|[A-Z][\w.-]*['’]s)"
    specs = [
        ("iso", r"(?<![\w/-])(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\w/-])"),
        ("slash", r"(?<![\w/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4})(?![\w/])"),
        ("md_range", rf"(?<!\w)(?P<m>{month})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?{days_apart}"
                     rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?!\w)(?:,?\s+{year})?"),
        ("dm_range", rf"(?<![\w,.$])(?P<d1>\d{{1,2}}){days_apart}(?P<d2>\d{{1,2}})\s+(?P<m>{month})(?!\w)"
                     rf"(?:,?\s+{year})?"),
        ("mdy", rf"(?<!\w)(?P<m>{month})\s+{day}(?:,?\s+{year})?"),
        ("dmy", rf"(?<![\w,.$€£])(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{month})(?!\w)"
                rf"(?:,?\s+{year})?"),
        ("my", rf"(?<!\w)(?P<m>{month}),?\s+{year}"),
        ("decade", r"(?<!\w)(?P<y>1[89]\d0|20\d0)(?:'s|’s|s)(?!\w)"),
        ("year_range", r"(?<![\w$€£.,/])(?P<y1>\d{4})\s*[-–—]\s*(?P<y2>\d{4}|\d{2})(?![\w%])(?![.,]\d)"),
        ("year", r"(?<![\w$€£.,/])(?P<y>\d{4})(?![\w%])(?![.,]\d)"
                 r"(?![-–—](?:\d|year|old|strong|member|seat|page))"),
        ("season", rf"(?<!\w)(?P<s>{seasons})(?:\s+(?:of\s+)?{year})?(?!\w)"),
        ("weekday", rf"(?<!\w)(?P<w>{weekday})(?:\s+(?P<part>{parts}))?(?!\w)"),
        ("reldays", rf"(?<!\w)(?P<r>{alt(list(lex.relative_days), fold=True)})(?:\s+(?P<part>{parts}))?(?!\w)"),
        ("weekend", r"(?<!\w)(?P<mod>(?i:the|this|last|next|past|coming))\s+(?P<w>(?i:weekend))(?!\w)"),
        ("anchored", rf"(?<!\w)(?P<r>{alt(list(lex.anchored_days), fold=True)})(?!\w)"
                     r"(?!\s+(?:the|a|an|his|her|its|their|this|that)\b|\s+[A-Z0-9])"),
        ("relunit", r"(?<!\w)(?:(?P<pre>(?i:earlier|later|early|late))\s+)?(?P<rel>(?i:last|this|next|coming))"
                    r"\s+(?P<u>(?i:week|month|year))(?!\w)"),
        ("span", rf"(?<!\w)(?i:the)\s+(?P<rel>(?i:past|last|previous))\s+(?:(?P<n>{number})\s+)?"
                 rf"(?P<u>{units})(?P<pl>s)?(?!\w)"),
        ("ago", rf"(?<!\w)(?P<n>{number})\s+(?P<u>{units})(?:s)?\s+(?P<dir>(?i:ago|earlier|later))(?!\w)"),
        ("period", rf"(?<!\w){owner}\s+(?P<n>{number})[-\s](?P<u>{units})(?:[-\s]long)?(?:\s+[a-z]+)??"
                   rf"\s+(?P<noun>{period})(?!\w)"),
        ("years_of", rf"(?<!\w)(?P<n>{number})\s+(?P<u>{units})s?\s+of\s+(?:[a-z]+\s+)??"
                     rf"(?P<noun>{period})(?!\w)"),
        ("month", rf"(?<!\w)(?P<m>{full_months})(?!\w)"),
    ]
    ordered = tuple(Pattern(name, re.compile(regex), NEEDS[name]) for name, regex in specs)
    rel_words = {w for phrase in lex.relative_days for w in phrase.split()} - {"last", "this", "earlier", "later"}
    rel_words.add("weekend")
    words: dict[str, str] = {d: "digit" for d in "0123456789"}
    for kind, group in (("unit", [u[:6] for u in lex.units]), ("rel", rel_words), ("season", lex.seasons),
                        ("weekday", lex.weekday_numbers), ("month", lex.month_numbers)):
        for word in group:
            words[word.lower()] = kind
    anchors = tuple(sorted(words.items()))
    positions = alt(list(lex.position_words), fold=True)
    left = re.compile(
        r"(?P<prep>\b(?i:in|on)\s+)?"
        rf"(?P<pos>\b{positions}(?:\s+(?i:on))?(?:\s+|-))?"
        r"(?P<mod>\b(?i:last|next|this|past|coming)\s+)?"
        r"(?P<the>\b(?i:the)\s+)?$")
    context = re.compile(rf"\b{alt(lex.month_context, fold=True)}(?:\s+(?i:the))?"
                         rf"(?:\s+{positions})?[\s-]+$")
    connector = re.compile(r"\s*(?:(?i:and|to|until|till|through|thru)|[-–—])\s*")
    range_open = re.compile(r"\b(?P<w>(?i:between|from))\s+$")
    since = re.compile(r"\b(?i:(?:ever\s+)?since)\s+$")
    future_before = re.compile(rf"\b{alt(lex.future_before, fold=True)}\s+$")
    future_words = re.compile(r"\b(?i:will|shall|'ll|’ll|is\s+to|are\s+to|to\s+be\s+held|due\s+to|set\s+to|"
                              r"scheduled|planned|expected\s+to|going\s+to)\b[^.;!?]*$")
    word_before = re.compile(r"(?P<word>[\w.'’-]+)(?P<gap>[^\w]*)$")
    month_pair = re.compile(rf"(?<!\w){month}(?:\s+\d{{1,2}})?,?\s+(?:(?i:and|to|or|through|until|till)\s+|[-–—]\s*)$")
    period_end = re.compile(rf"^[^.;!?]{{0,80}}?\b{alt(lex.period_ends, fold=True)}\b[^.;!?\d]{{0,30}}?"
                            r"(?<![\w$€£.,])(?P<y>\d{4})(?!\w)")
    return Patterns(ordered, anchors, left, context, connector, range_open, since, future_before, future_words,
                    word_before, month_pair, period_end)


def _full_names(lex: Lexicon) -> set[str]:
    """The first (full) spelling given for each month."""
    seen: dict[int, str] = {}
    for name, number in lex.month_numbers.items():
        seen.setdefault(number, name)
    return set(seen.values())


@lru_cache(maxsize=1)
def get_patterns() -> Patterns:
    """The compiled patterns of the packaged word lists (built once per process)."""
    return build(load_lexicon())
