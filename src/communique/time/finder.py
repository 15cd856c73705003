"""Find temporal expressions in a text, with their spans, as unresolved :class:`Spec`\\ s.

:func:`find` runs every pattern of :mod:`communique.time.patterns`, turns each
match into a :class:`Found`, drops the false friends ("Theresa May", "2,000
troops", "a 12-year-old", "Resolution 2254"), keeps the longest of overlapping
matches, joins ranges ("between January 4 and February 7", "since 2011") and
widens the span over a leading "in"/"on" and position words ("in mid-April",
"late on Tuesday").

>>> [f.phrase for f in find("They met on Wednesday and in early March.")]
['on Wednesday', 'in early March']
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from .lexicon import Lexicon, load_lexicon
from .patterns import Patterns, get_patterns
from .resolve import Spec
from .tense import token_at

#: Words that may stand capitalised right before a month or weekday that is a date.
FUNCTION_WORDS = {"on", "in", "since", "by", "until", "till", "from", "last", "next", "this", "early",
                  "late", "mid", "between", "during", "before", "after", "through", "and", "or",
                  "of", "to", "past", "coming", "that", "the", "later", "earlier"}


@dataclass
class Found:
    """One expression: its span in the text, what it says, and the pattern that found it."""

    start: int
    end: int
    spec: Spec
    pattern: str
    text: str = ""

    @property
    def phrase(self) -> str:
        return self.text[self.start:self.end]


Builder = Callable[[re.Match[str], "Context"], Spec | None]


class Context:
    """What the builders need to judge a match: the text, word lists and parse entities."""

    def __init__(self, text: str, lex: Lexicon, pats: Patterns, doc: Any = None) -> None:
        self.text = text
        self.lex = lex
        self.pats = pats
        self.doc = doc

    def tail(self, start: int, size: int = 48) -> str:
        return self.text[max(0, start - size):start]

    def blocked_entity(self, start: int, end: int) -> bool:
        """True when the parse tags the words at [start, end) as a name or a number entity."""
        doc = self.doc
        if doc is None or len(doc) == 0:
            return False
        token = token_at(doc, start)
        while token.idx < end:
            if token.ent_type_ in self.lex.blocking_entities:
                return True
            if token.i + 1 >= len(doc):
                break
            token = doc[token.i + 1]
        return False

    def word_before(self, start: int) -> tuple[str, bool]:
        """The word right before ``start`` and whether a sentence break lies between."""
        m = self.pats.word_before.search(self.tail(start, 40))
        if not m:
            return "", True
        gap = m.group("gap")
        word = m.group("word")
        return word, any(c in gap for c in ".,!?\n\"“”:;()") or word.endswith(".")

    def name_before(self, start: int) -> bool:
        """True when a capitalised name runs into this word ("Theresa May", "Good Friday")."""
        word, broken = self.word_before(start)
        if broken or not word or not word[0].isupper():
            return False
        if word.endswith(("'s", "’s")):
            return False
        return word.lower() not in FUNCTION_WORDS

    def has_context(self, start: int) -> bool:
        return bool(self.pats.context.search(self.tail(start)))

    def year_ok(self, value: int, start: int, end: int) -> bool:
        if not self.lex.min_year <= value <= self.lex.max_year:
            return False
        word, broken = self.word_before(start)
        if not broken and word.lower() in self.lex.year_blockers_before:
            return False
        if self.tail(start, 2).endswith(("$", "€", "£", "#")):
            return False
        after = re.match(r"\s*([\w%]+)", self.text[end:end + 24])
        if after and after.group(1).lower() in self.lex.year_blockers_after:
            return False
        return not self.blocked_entity(start, end)


def _year(m: re.Match[str], group: str = "y") -> int | None:
    value = m.group(group)
    return int(value) if value else None


def _day_ok(day: int) -> bool:
    return 1 <= day <= 31


def _number(lex: Lexicon, word: str | None) -> int | None:
    if not word:
        return 1
    return int(word) if word.isdigit() else lex.numbers.get(word.lower())


def _unit(lex: Lexicon, word: str) -> tuple[str, int]:
    return lex.units[word.lower().rstrip("s") if word.lower() not in lex.units else word.lower()]


def build_iso(m: re.Match[str], ctx: Context) -> Spec | None:
    y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    if not (ctx.lex.min_year <= y <= ctx.lex.max_year and 1 <= mo <= 12 and _day_ok(d)):
        return None
    return Spec("date", year=y, month=mo, day=d)


def build_slash(m: re.Match[str], ctx: Context) -> Spec | None:
    a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    if not ctx.lex.min_year <= y <= ctx.lex.max_year:
        return None
    if a > 12 and 1 <= b <= 12 and _day_ok(a):
        return Spec("date", year=y, month=b, day=a)  # day/month
    if b > 12 and 1 <= a <= 12 and _day_ok(b):
        return Spec("date", year=y, month=a, day=b)  # month/day
    if a == b and 1 <= a <= 12:
        return Spec("date", year=y, month=a, day=a)
    if 1 <= a <= 12 and 1 <= b <= 12:
        return Spec("unknown")  # 5/10/2023: 10 May or 5 October, we cannot tell
    return None


def _month_ok(m: re.Match[str], ctx: Context) -> bool:
    name = m.group("m")
    if name in ctx.lex.ambiguous_months and ctx.name_before(m.start()):
        return False
    return not (name in ctx.lex.ambiguous_months and ctx.blocked_entity(m.start(), m.end()))


def build_md_range(m: re.Match[str], ctx: Context) -> Spec | None:
    if not _month_ok(m, ctx):
        return None
    d1, d2, mo, y = int(m.group("d1")), int(m.group("d2")), ctx.lex.month_numbers[m.group("m")], _year(m)
    if not (_day_ok(d1) and _day_ok(d2) and d1 < d2) or (y and not ctx.lex.min_year <= y <= ctx.lex.max_year):
        return None
    return Spec("range", first=Spec("date", year=y, month=mo, day=d1), second=Spec("date", year=y, month=mo, day=d2))


def build_day(m: re.Match[str], ctx: Context) -> Spec | None:
    if not _month_ok(m, ctx):
        return None
    after = re.match(r"\s+([A-Z][\w-]*)", ctx.text[m.end():m.end() + 30])
    if after and after.group(1).lower() in ctx.lex.name_nouns:
        return None  # "the March 14 Alliance"
    d, mo, y = int(m.group("d")), ctx.lex.month_numbers[m.group("m")], _year(m)
    if not _day_ok(d) or (y is not None and not ctx.lex.min_year <= y <= ctx.lex.max_year):
        return None
    return Spec("date", year=y, month=mo, day=d)


def build_month_year(m: re.Match[str], ctx: Context) -> Spec | None:
    y = int(m.group("y"))
    if not _month_ok(m, ctx) or not ctx.lex.min_year <= y <= ctx.lex.max_year:
        return None
    return Spec("date", year=y, month=ctx.lex.month_numbers[m.group("m")])


def build_decade(m: re.Match[str], ctx: Context) -> Spec | None:
    return Spec("decade", year=int(m.group("y")))


def build_year_range(m: re.Match[str], ctx: Context) -> Spec | None:
    y1, raw = int(m.group("y1")), m.group("y2")
    y2 = int(raw) if len(raw) == 4 else (y1 // 100) * 100 + int(raw)
    if not (y1 < y2 and ctx.year_ok(y1, m.start(), m.start() + 4) and ctx.year_ok(y2, m.start(), m.end())):
        return None
    return Spec("range", first=Spec("date", year=y1), second=Spec("date", year=y2))


def build_year(m: re.Match[str], ctx: Context) -> Spec | None:
    y = int(m.group("y"))
    if ctx.tail(m.start(), 1) == "-" and not re.search(r"\b(?i:mid)-$", ctx.tail(m.start(), 5)):
        return None
    return Spec("date", year=y) if ctx.year_ok(y, m.start(), m.end()) else None


def build_season(m: re.Match[str], ctx: Context) -> Spec | None:
    name = m.group("s")
    season = ctx.lex.seasons[name.lower()]
    y = _year(m)
    if y is None:
        if re.match(r"\s+of\b", ctx.text[m.end():m.end() + 4]):
            return None  # "the fall of Aleppo"
        if name[0].isupper() and ctx.name_before(m.start()):
            return None  # "the Arab Spring"
        if not ctx.has_context(m.start()):
            return None
    elif not ctx.lex.min_year <= y <= ctx.lex.max_year:
        return None
    return Spec("season", season=(season.first, season.last), year=y)


def build_weekday(m: re.Match[str], ctx: Context) -> Spec | None:
    if ctx.name_before(m.start()):
        return None
    return Spec("weekday", weekday=ctx.lex.weekday_numbers[m.group("w")])


def build_reldays(m: re.Match[str], ctx: Context) -> Spec | None:
    phrase = re.sub(r"\s+", " ", m.group("r").lower())
    return Spec("reldays", offset=ctx.lex.relative_days[phrase])


def build_weekend(m: re.Match[str], ctx: Context) -> Spec | None:
    mod = m.group("mod").lower()
    modifier = {"past": "last", "coming": "next", "the": None}.get(mod, mod)
    return Spec("weekend", modifier=modifier)


def build_anchored(m: re.Match[str], ctx: Context) -> Spec | None:
    phrase = re.sub(r"\s+", " ", m.group("r").lower())
    return Spec("anchored", offset=ctx.lex.anchored_days[phrase])


def build_relunit(m: re.Match[str], ctx: Context) -> Spec | None:
    rel = m.group("rel").lower()
    if rel == "last" and re.search(r"\b(?i:the)\s+$", ctx.tail(m.start(), 6)):
        return None  # "the last year" is a span
    offset = {"last": -1, "this": 0, "next": 1, "coming": 1}[rel]
    later = (m.group("pre") or "").lower() == "later"
    return Spec("relunit", unit=m.group("u").lower(), offset=offset, modifier="later" if later else None)


def build_span(m: re.Match[str], ctx: Context) -> Spec | None:
    if m.group("pl") and not m.group("n"):
        return None  # "the past years": no number
    count = _number(ctx.lex, m.group("n"))
    kind, size = _unit(ctx.lex, m.group("u"))
    if not count:
        return None
    return Spec("span", unit=kind, count=count * size)


def build_ago(m: re.Match[str], ctx: Context) -> Spec | None:
    count = _number(ctx.lex, m.group("n"))
    kind, size = _unit(ctx.lex, m.group("u"))
    if not count:
        return None
    if m.group("dir").lower() == "ago":
        return Spec("ago", unit=kind, count=count * size)
    if kind != "day":
        return None  # "two years later" counts from an event we cannot see
    sign = -1 if m.group("dir").lower() == "earlier" else 1
    return Spec("anchored", offset=sign * count * size)


def build_period(m: re.Match[str], ctx: Context) -> Spec | None:
    count = _number(ctx.lex, m.group("n"))
    kind, size = _unit(ctx.lex, m.group("u"))
    if not count or count * size > 200:
        return None
    return Spec("span", unit=kind, count=count * size, period=True)


def build_month(m: re.Match[str], ctx: Context) -> Spec | None:
    name = m.group("m")
    number = ctx.lex.month_numbers[name]
    possessive = ctx.text[m.end():m.end() + 2] in ("'s", "’s")
    if ctx.has_context(m.start()):
        if name in ctx.lex.ambiguous_months and ctx.blocked_entity(m.start(), m.end()):
            return None
        return Spec("date", month=number)
    if possessive and name != "May" and not ctx.name_before(m.start()):
        return Spec("date", month=number)
    if ctx.pats.month_pair.search(ctx.tail(m.start(), 30)):
        return Spec("date", month=number)  # the second month of "between January and March"
    return None


def build_years_of(m: re.Match[str], ctx: Context) -> Spec | None:
    if _unit(ctx.lex, m.group("u"))[0] != "year":
        return None  # "after five days of fighting" is a length, not a period up to now
    return build_period(m, ctx)


BUILDERS: dict[str, Builder] = {
    "iso": build_iso, "slash": build_slash, "md_range": build_md_range, "dm_range": build_md_range,
    "mdy": build_day, "dmy": build_day, "my": build_month_year, "decade": build_decade,
    "year_range": build_year_range, "year": build_year, "season": build_season, "weekday": build_weekday,
    "reldays": build_reldays, "weekend": build_weekend, "anchored": build_anchored, "relunit": build_relunit, "span": build_span,
    "ago": build_ago, "period": build_period, "years_of": build_years_of, "month": build_month,
}

#: Kinds whose span takes in a leading "in"/"on" and position words.
WIDENED = {"date", "weekday", "season", "decade", "reldays"}


def find(text: str, doc: Any = None, lex: Lexicon | None = None, pats: Patterns | None = None) -> list[Found]:
    """Every temporal expression of ``text``, in text order, without overlaps."""
    lex = lex or load_lexicon()
    pats = pats or get_patterns()
    ctx = Context(text, lex, pats, doc)
    windows = _windows(text, pats)
    candidates: list[Found] = []
    for pattern in pats.ordered:
        builder = BUILDERS[pattern.name]
        seen: set[tuple[int, int]] = set()
        for lo, hi in windows.get(pattern.needs, ()):
            for m in pattern.regex.finditer(text, lo, hi):
                if m.span() in seen:
                    continue
                seen.add(m.span())
                spec = builder(m, ctx)
                if spec is not None:
                    candidates.append(Found(m.start(), m.end(), spec, pattern.name, text))
    candidates.sort(key=lambda f: (f.start, -(f.end - f.start)))
    kept: list[Found] = []
    for found in candidates:
        if kept and found.start < kept[-1].end:
            continue
        kept.append(found)
    kept = _join(kept, ctx)
    for found in kept:
        _widen(found, ctx)
    return kept


#: How far before and after an anchor word a pattern may reach.
BEFORE, AFTER = 64, 128


def _windows(text: str, pats: Patterns) -> dict[str, list[tuple[int, int]]]:
    """Merged stretches of text around each kind of anchor word.

    One scan for digits and calendar words, then each pattern runs only near
    the anchors it needs: many times faster than twenty scans of the text.
    """
    hits: dict[str, list[tuple[int, int]]] = {}
    low = text.lower()
    for word, kind in pats.anchors:
        at = low.find(word)
        bounded = kind != "digit"
        while at >= 0:
            end = at + len(word)
            if not bounded or (not low[at - 1:at].isalpha() and (
                    not low[end:end + 1].isalpha() or (kind == "unit" and low[end:end + 1] in "si"))):
                hits.setdefault(kind, []).append((at, end))
            at = low.find(word, end)
    size = len(text)
    out: dict[str, list[tuple[int, int]]] = {}
    for kind, found in hits.items():
        found.sort()
        spans: list[tuple[int, int]] = []
        for start, end in found:
            lo, hi = max(0, start - BEFORE), min(size, end + AFTER)
            if spans and lo <= spans[-1][1]:
                spans[-1] = (spans[-1][0], max(hi, spans[-1][1]))
            else:
                spans.append((lo, hi))
        out[kind] = spans
    return out


def _join(found: list[Found], ctx: Context) -> list[Found]:
    """Join weekday + date, ranges and "since" phrases."""
    out: list[Found] = []
    i = 0
    while i < len(found):
        cur = found[i]
        nxt = found[i + 1] if i + 1 < len(found) else None
        gap = ctx.text[cur.end:nxt.start] if nxt else ""
        if nxt and cur.spec.kind == "weekday" and nxt.spec.kind == "date" and nxt.spec.day \
                and re.fullmatch(r",?\s+", gap):
            out.append(Found(cur.start, nxt.end, nxt.spec, nxt.pattern, ctx.text))
            i += 2
            continue
        if nxt and _joinable(cur.spec) and _joinable(nxt.spec) and ctx.pats.connector.fullmatch(gap):
            opener = ctx.pats.range_open.search(ctx.tail(cur.start, 12))
            dash = gap.strip() in ("-", "–", "—")
            if opener or (dash and cur.spec.year and nxt.spec.year):
                start = opener.start("w") + cur.start - len(ctx.tail(cur.start, 12)) if opener else cur.start
                spec = Spec("range", first=cur.spec, second=nxt.spec)
                out.append(Found(start, nxt.end, spec, "range", ctx.text))
                i += 2
                continue
        if nxt and cur.spec.kind == "date" and cur.spec.year is None and nxt.spec.kind == "relunit" \
                and nxt.spec.unit == "year" and re.fullmatch(r",?\s+", gap):
            spec = replace(cur.spec, unit="year", offset=nxt.spec.offset)  # "in August last year"
            out.append(Found(cur.start, nxt.end, spec, cur.pattern, ctx.text))
            i += 2
            continue
        since = ctx.pats.since.search(ctx.tail(cur.start, 16))
        possessive = ctx.text[cur.end:cur.end + 2] in ("'s", "’s")
        if since and not possessive and cur.spec.kind in ("date", "season", "decade", "weekday", "reldays", "relunit"):
            start = cur.start - len(ctx.tail(cur.start, 16)) + since.start()
            out.append(Found(start, cur.end, Spec("since", first=cur.spec), "since", ctx.text))
        else:
            out.append(cur)
        i += 1
    return out


def _joinable(spec: Spec) -> bool:
    return spec.kind in ("date", "season", "weekday") and spec.modifier is None


def _widen(found: Found, ctx: Context) -> None:
    """Take in "in"/"on", position words and last/next/this before the core."""
    if found.spec.kind not in WIDENED:
        return
    tail = ctx.tail(found.start, 40)
    m = ctx.pats.left.search(tail)
    if not m or m.start() == len(tail):
        return
    spec = found.spec
    if m.group("the") and spec.kind not in ("season", "decade"):
        if m.group("mod") or m.group("pos") or m.group("prep"):
            return  # "in the last Friday…": leave it alone
        return
    mod = (m.group("mod") or "").strip().lower()
    if mod and spec.kind in ("weekday", "season", "date") and not spec.year and spec.day is None:
        modifier = {"past": "last", "coming": "next"}.get(mod, mod)
        found.spec = replace(spec, modifier=modifier)
    elif mod:
        return  # "this 2023": leave the span as found
    start = m.start()
    prep = (m.group("prep") or "").strip().lower()
    day_level = spec.kind in ("weekday", "reldays") or spec.day is not None
    if prep and (prep == "on") != day_level:
        start = m.end("prep")  # "in Sunday's elections", "on March": keep the preposition out
    if start < len(tail):
        found.start = found.start - len(tail) + start
